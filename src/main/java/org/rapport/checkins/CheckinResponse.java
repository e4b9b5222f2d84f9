package org.rapport.checkins;

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

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.rapport.clients.Client;
import org.rapport.platform.Sealed;
import org.rapport.scheduling.Appointment;

/**
 * One check-in one person owes on one day, and once submitted, their answers. One sent before a
 * session belongs to that appointment and is open from {@code opensAt} until the session starts
 * ({@code closesAt}); its {@code dueOn} is the session's day.
 */
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

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "appointment_id")
    private Appointment appointment;

    @Column(name = "opens_at")
    private Instant opensAt;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "checkin_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<Answer> answers = new ArrayList<>();

    protected CheckinResponse() {}

    CheckinResponse(CheckinAssignment assignment, Client client, LocalDate dueOn) {
        this.assignment = assignment;
        this.client = client;
        this.dueOn = dueOn;
    }

    /**
     * Its session moved: it opens and closes with the new time. If it now opens later, the notice
     * and the reminder go out again when it opens (the one sent told of a questionnaire that is not
     * open yet).
     */
    void followSession(Instant opens, Instant closes, LocalDate sessionDay, Instant now) {
        opensAt = opens;
        closesAt = closes;
        dueOn = sessionDay;
        if (opens.isAfter(now)) {
            notifiedAt = null;
            remindedAt = null;
        }
    }

    void submit(List<Answer> given, Instant at) {
        answers.clear();
        answers.addAll(given);
        submittedAt = at;
    }

    public Integer valueOf(QuestionnaireItem item) {
        return answers.stream()
                .filter(a -> a.itemId.equals(item.getId()))
                .findFirst()
                .map(a -> a.value)
                .orElse(null);
    }

    public String textOf(QuestionnaireItem item) {
        return answers.stream()
                .filter(a -> a.itemId.equals(item.getId()))
                .findFirst()
                .map(a -> a.text)
                .orElse(null);
    }

    /** Whether it was sent before a session (and closes when the session starts). */
    public boolean isBeforeSession() {
        return closesAt != null;
    }

    /**
     * For the portal: "Please answer before your session on Monday 23 November at 10:00" (practice
     * time).
     */
    public String answerBefore(java.time.ZoneId zone) {
        return closesAt == null
                ? ""
                : "Please answer before your session on "
                        + java.time.format.DateTimeFormatter.ofPattern(
                                        "EEEE d MMMM 'at' HH:mm", java.util.Locale.ENGLISH)
                                .format(closesAt.atZone(zone));
    }

    /** Whether the session it was sent before has begun: it can no longer be answered. */
    public boolean isClosed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
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

    public Appointment getAppointment() {
        return appointment;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    /** When the session it was sent before starts; null for a check-in due on a day. */
    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getNotifiedAt() {
        return notifiedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
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

        protected Answer() {}

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
