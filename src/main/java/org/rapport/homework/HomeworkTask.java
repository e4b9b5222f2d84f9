package org.rapport.homework;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.rapport.clients.Client;
import org.rapport.platform.Sealed;

/**
 * One occurrence of an assignment for one person, or for both partners of a couple working together
 * ({@code client} null). Open until completed; then it carries the ratings and, later, the
 * counselor's feedback.
 */
@Entity
@Table(name = "homework_task")
public class HomeworkTask implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whether a task is done. */
    public enum Status {
        OPEN,
        DONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "assignment_id")
    private Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "client_id")
    private Client client;

    @Column(name = "person_key")
    private long personKey;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    @Column(name = "completed_at")
    private Instant completedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "completed_by")
    private Client completedBy;

    private Integer difficulty;

    private Integer helpfulness;

    @Sealed private String feedback;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    @Column(name = "feedback_by")
    private String feedbackBy;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Version private long version;

    protected HomeworkTask() {}

    HomeworkTask(Assignment assignment, Client client, LocalDate dueOn) {
        this.assignment = assignment;
        this.client = client;
        this.personKey = client == null ? 0 : client.getId();
        this.dueOn = dueOn;
    }

    void complete(Client by, Integer difficulty, Integer helpfulness, Instant now) {
        status = Status.DONE;
        completedBy = by;
        completedAt = now;
        this.difficulty = difficulty;
        this.helpfulness = helpfulness;
    }

    void giveFeedback(String text, String by, Instant now) {
        feedback = text == null || text.isBlank() ? null : text.strip();
        feedbackBy = by;
        feedbackAt = now;
    }

    public boolean isDone() {
        return status == Status.DONE;
    }

    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Client getClient() {
        return client;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Client getCompletedBy() {
        return completedBy;
    }

    public Integer getDifficulty() {
        return difficulty;
    }

    public Integer getHelpfulness() {
        return helpfulness;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getFeedbackAt() {
        return feedbackAt;
    }

    public String getFeedbackBy() {
        return feedbackBy;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public long getVersion() {
        return version;
    }
}
