package org.rapport.checkins;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.rapport.platform.Sealed;

/**
 * One answer of a check-in the client has not sent yet, saved as they go so that they can leave and
 * come back (on another device too). It is the client's alone: nothing that scores, charts or
 * alerts reads this table; sending the check-in moves the answers into the response and removes the
 * draft.
 */
@Entity
@Table(name = "checkin_draft_answer")
public class CheckinDraftAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "response_id")
    private CheckinResponse response;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "scale_value")
    private Integer value;

    @Sealed
    @Column(name = "text_value")
    private String text;

    @Column(name = "saved_at")
    private Instant savedAt;

    protected CheckinDraftAnswer() {}

    CheckinDraftAnswer(CheckinResponse response, Long itemId) {
        this.response = response;
        this.itemId = itemId;
    }

    void write(Integer value, String text, Instant now) {
        this.value = value;
        this.text = text == null || text.isBlank() ? null : text;
        this.savedAt = now;
    }

    boolean isEmpty() {
        return value == null && text == null;
    }

    public Long getItemId() {
        return itemId;
    }

    public Integer getValue() {
        return value;
    }

    public String getText() {
        return text;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
