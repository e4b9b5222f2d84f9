package org.rapport.homework;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A trust-rebuilding strategy (reference data): every exercise practises one. */
// Reference data that never changes once written (strategies come with the migrations; a
// questionnaire
// cannot be edited after it is saved), so every instance of a cluster may keep it in its shared
// cache.
@jakarta.persistence.Cacheable
@Entity
@Table(name = "strategy")
public class Strategy implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "strategy_key")
    private String key;

    private String name;

    private String summary;

    @Column(name = "sort_order")
    private int sortOrder;

    protected Strategy() {}

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
