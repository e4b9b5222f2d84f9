package org.rapport.checkins;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.rapport.clients.Client;
import org.rapport.platform.Sealed;

/** One check-in one person owes on one day, and once submitted, their answers. */
@Entity
@Table(name = "checkin_response")
public class CheckinResponse implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "assignment_id")
    private CheckinAssignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "checkin_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<Answer> answers = new ArrayList<>();

    protected CheckinResponse() {
    }

    CheckinResponse(CheckinAssignment assignment, Client client, LocalDate dueOn) {
        this.assignment = assignment;
        this.client = client;
        this.dueOn = dueOn;
    }

    void submit(List<Answer> given, Instant at) {
        answers.clear();
        answers.addAll(given);
        submittedAt = at;
    }

    public Integer valueOf(QuestionnaireItem item) {
        return answers.stream().filter(a -> a.itemId.equals(item.getId())).findFirst().map(a -> a.value).orElse(null);
    }

    public String textOf(QuestionnaireItem item) {
        return answers.stream().filter(a -> a.itemId.equals(item.getId())).findFirst().map(a -> a.text).orElse(null);
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public Long getId() {
        return id;
    }

    public CheckinAssignment getAssignment() {
        return assignment;
    }

    public Client getClient() {
        return client;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** One item's answer. */
    @Embeddable
    public static class Answer implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "item_id")
        private Long itemId;

        @Column(name = "scale_value")
        private Integer value;

        @Sealed(row = {"response_id", "item_id"})
        @Column(name = "text_value")
        private String text;

        protected Answer() {
        }

        Answer(Long itemId, Integer value, String text) {
            this.itemId = itemId;
            this.value = value;
            this.text = text;
        }

        Long itemId() {
            return itemId;
        }

        Integer value() {
            return value;
        }
    }
}
