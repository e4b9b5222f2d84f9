package org.rapport.scheduling;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.rapport.clients.Client;
import org.rapport.clients.Couple;
import org.rapport.identity.Account;
import org.rapport.platform.Sealed;

/**
 * A session in a counselor's calendar, with one client or one couple. Times are stored in UTC and
 * shown in the practice's time zone. The memo is short and non-clinical (session notes hold the
 * rest).
 */
@Entity
@Table(name = "appointment")
public class Appointment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "counselor_id")
    private Account counselor;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    /** Everyone the appointment occupies: the client, or both partners of the couple. */
    @ManyToMany(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(
            name = "appointment_attendee",
            joinColumns = @JoinColumn(name = "appointment_id"),
            inverseJoinColumns = @JoinColumn(name = "client_id"))
    private Set<Client> attendees = new HashSet<>();

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private AppointmentKind kind;

    @Enumerated(EnumType.STRING)
    private Modality modality;

    private String room;

    @Column(name = "video_link")
    private String videoLink;

    @Enumerated(EnumType.STRING)
    private AppointmentStatus status = AppointmentStatus.SCHEDULED;

    @Sealed
    @Column(name = "status_reason")
    private String statusReason;

    @Sealed private String memo;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "series_id")
    private AppointmentSeries series;

    @Column(name = "reminder_due_at")
    private Instant reminderDueAt;

    /**
     * Whether the session's note is signed: set by the notes in the transaction that signs it, read
     * by "notes to write".
     */
    @Column(name = "note_signed")
    private boolean noteSigned;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version private long version;

    protected Appointment() {}

    Appointment(
            Account counselor,
            Client client,
            Couple couple,
            Set<Client> attendees,
            Instant startsAt,
            Instant endsAt,
            AppointmentDetails details,
            AppointmentSeries series,
            Instant now,
            String by) {
        this.counselor = counselor;
        this.client = client;
        this.couple = couple;
        this.attendees.addAll(attendees);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.series = series;
        this.createdAt = now;
        describe(details, now, by);
    }

    void describe(AppointmentDetails details, Instant now, String by) {
        kind = details.getKind();
        modality = details.getModality();
        room = modality == Modality.IN_PERSON ? blankToNull(details.getRoom()) : null;
        videoLink = modality == Modality.TELEHEALTH ? blankToNull(details.getVideoLink()) : null;
        memo = blankToNull(details.getMemo());
        touch(now, by);
    }

    void moveTo(Instant startsAt, Instant endsAt, Instant now, String by) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        touch(now, by);
    }

    /** A changed time gets a new reminder; a cancelled appointment none. */
    void planReminder(Instant due) {
        reminderDueAt = status == AppointmentStatus.SCHEDULED ? due : null;
        reminderSentAt = null;
    }

    void changeStatus(AppointmentStatus status, String reason, Instant now, String by) {
        this.status = status;
        this.statusReason = blankToNull(reason);
        if (status != AppointmentStatus.SCHEDULED) {
            reminderDueAt = null;
        }
        touch(now, by);
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Who the appointment is with: "Alex & Sam" or "Taylor". */
    public String getWithName() {
        return couple != null ? couple.getName() : client.getName();
    }

    /** Initials only, for calendars outside Rapport: "A.R. & S.O." */
    public String getInitials() {
        if (couple != null) {
            return initials(couple.getPartnerOne()) + " & " + initials(couple.getPartnerTwo());
        }
        return initials(client);
    }

    private static String initials(Client someone) {
        StringBuilder letters = new StringBuilder();
        for (String part : someone.getLegalName().split("\\s+")) {
            if (!part.isEmpty()) {
                letters.append(Character.toUpperCase(part.charAt(0))).append('.');
            }
        }
        return letters.toString();
    }

    public Duration getLength() {
        return Duration.between(startsAt, endsAt);
    }

    public boolean isNoteSigned() {
        return noteSigned;
    }

    public boolean isCancelled() {
        return status.isCancelled();
    }

    public Long getId() {
        return id;
    }

    public Account getCounselor() {
        return counselor;
    }

    public Client getClient() {
        return client;
    }

    public Couple getCouple() {
        return couple;
    }

    public Set<Client> getAttendees() {
        return attendees;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public Modality getModality() {
        return modality;
    }

    public String getRoom() {
        return room;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public String getMemo() {
        return memo;
    }

    public AppointmentSeries getSeries() {
        return series;
    }

    public Instant getReminderDueAt() {
        return reminderDueAt;
    }

    public Instant getReminderSentAt() {
        return reminderSentAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
