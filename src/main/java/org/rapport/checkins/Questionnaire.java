package org.rapport.checkins;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.identity.Account;

/** A check-in questionnaire: its items and how it is scored (Rapport's own, or one a practice defined). */
// Reference data that never changes once written (strategies come with the migrations; a questionnaire
// cannot be edited after it is saved), so every instance of a cluster may keep it in its shared cache.
@jakarta.persistence.Cacheable
@Entity
@Table(name = "questionnaire")
public class Questionnaire implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How item answers become a score. */
    public enum Rule { SUM, MEAN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private Rule scoring;

    private String origin;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "questionnaire", fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<QuestionnaireItem> items = new ArrayList<>();

    @Version
    private long version;

    protected Questionnaire() {
    }

    Questionnaire(String slug, String title, String description, Rule scoring, Account createdBy, Instant now) {
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.scoring = scoring;
        this.origin = "PRACTICE";
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public List<QuestionnaireItem> getScaleItems() {
        return items.stream().filter(QuestionnaireItem::isScale).toList();
    }

    /** The subscales in the order their first item appears. */
    public List<String> getSubscales() {
        return items.stream().map(QuestionnaireItem::getSubscale).filter(s -> s != null && !s.isBlank()).distinct().toList();
    }

    public String getSubscaleText() {
        return String.join(", ", getSubscales());
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Rule getScoring() {
        return scoring;
    }

    public boolean isOwnedByPractice() {
        return "PRACTICE".equals(origin);
    }

    public List<QuestionnaireItem> getItems() {
        return items;
    }
}
