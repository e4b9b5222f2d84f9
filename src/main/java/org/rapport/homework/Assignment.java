package org.rapport.homework;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.rapport.clients.Couple;
import org.rapport.identity.Account;
import org.rapport.platform.Sealed;

/**
 * An exercise given to a client or a couple, once or recurring; its occurrences are {@link
 * HomeworkTask}s.
 */
@Entity
@Table(name = "homework_assignment")
public class Assignment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "exercise_id")
    private Exercise exercise;

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

    @Sealed private String instructions;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "repeat_kind")
    private RepeatKind repeat;

    @Column(name = "due_on")
    private LocalDate dueOn;

    private String weekdays;

    private Integer weeks;

    @Enumerated(EnumType.STRING)
    @Column(name = "couple_mode")
    private CoupleMode coupleMode;

    @Enumerated(EnumType.STRING)
    private AssignmentStatus status = AssignmentStatus.ACTIVE;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(
            name = "homework_reminder_optin",
            joinColumns = @JoinColumn(name = "assignment_id"))
    @Column(name = "client_id")
    private Set<Long> reminderClientIds = new HashSet<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    /** The assign form's one-time key: the same form sent twice assigns once. */
    @Column(name = "request_key")
    private String requestKey;

    @Version private long version;

    protected Assignment() {}

    Assignment(
            Exercise exercise,
            Account counselor,
            Client client,
            Couple couple,
            AssignmentDetails details,
            Instant now) {
        this.exercise = exercise;
        this.counselor = counselor;
        this.client = client;
        this.couple = couple;
        this.instructions =
                details.getInstructions() == null || details.getInstructions().isBlank()
                        ? null
                        : details.getInstructions().strip();
        this.coupleMode = couple == null ? null : details.getCoupleMode();
        this.requestKey = details.getRequestKey();
        this.createdAt = now;
        this.updatedAt = now;
        applySchedule(details);
    }

    private void applySchedule(AssignmentDetails details) {
        this.startsOn = details.getStartsOn();
        this.repeat = details.getRepeat();
        this.dueOn = details.getRepeat() == RepeatKind.ONCE ? details.getDueOn() : null;
        this.weekdays =
                details.getRepeat() == RepeatKind.WEEKLY
                        ? details.getWeekdays().stream()
                                .sorted()
                                .map(DayOfWeek::name)
                                .collect(Collectors.joining(","))
                        : null;
        this.weeks = details.getRepeat() == RepeatKind.ONCE ? null : details.getWeeks();
    }

    /** A new schedule (the service has checked it and re-made the future tasks). */
    void reschedule(AssignmentDetails schedule, String by, Instant now) {
        applySchedule(schedule);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void changeStatus(AssignmentStatus status, String by, Instant now) {
        this.status = status;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** "Every day for 2 weeks", "Weekly on Mon, Thu for 4 weeks", "Once, due 24 Nov". */
    public String getScheduleText() {
        return switch (repeat) {
            case ONCE ->
                    "Once, due "
                            + dueOn.getDayOfMonth()
                            + " "
                            + dueOn.getMonth()
                                    .getDisplayName(
                                            java.time.format.TextStyle.SHORT,
                                            java.util.Locale.ENGLISH);
            case DAILY -> "Every day for " + weeks + (weeks == 1 ? " week" : " weeks");
            case WEEKLY ->
                    "Weekly on "
                            + getWeekdaySet().stream()
                                    .sorted()
                                    .map(
                                            d ->
                                                    d.getDisplayName(
                                                            java.time.format.TextStyle.SHORT,
                                                            java.util.Locale.ENGLISH))
                                    .collect(Collectors.joining(", "))
                            + " for "
                            + weeks
                            + (weeks == 1 ? " week" : " weeks");
        };
    }

    public Set<DayOfWeek> getWeekdaySet() {
        if (weekdays == null || weekdays.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(weekdays.split(","))
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    /** "Alex & Sam" or "Taylor". */
    public String getWithName() {
        return couple != null ? couple.getName() : client.getName();
    }

    public boolean includes(Client someone) {
        return client != null ? client.getId().equals(someone.getId()) : couple.includes(someone);
    }

    public Long getId() {
        return id;
    }

    public Exercise getExercise() {
        return exercise;
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

    public String getInstructions() {
        return instructions;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public RepeatKind getRepeat() {
        return repeat;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public CoupleMode getCoupleMode() {
        return coupleMode;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public Set<Long> getReminderClientIds() {
        return reminderClientIds;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
