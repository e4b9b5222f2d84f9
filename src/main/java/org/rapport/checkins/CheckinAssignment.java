package org.rapport.checkins;

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
import org.rapport.clients.Couple;
import org.rapport.identity.Account;

/**
 * A questionnaire given to a client, or to each partner of a couple separately: once, weekly for N
 * weeks, or a set number of hours before every session (or every Nth session).
 */
@Entity
@Table(name = "checkin_assignment")
public class CheckinAssignment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;

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

    @Column(name = "starts_on")
    private LocalDate startsOn;

    private int weeks;

    @Enumerated(EnumType.STRING)
    private CheckinSchedule schedule;

    /** Before-session only: hours before the start, in the practice's wall-clock time. */
    @Column(name = "hours_before")
    private Integer hoursBefore;

    /** Before-session only: before every Nth session from the assignment on (1 = every session). */
    @Column(name = "every_sessions")
    private Integer everySessions;

    @Column(name = "trend_visible")
    private boolean trendVisible;

    @Column(name = "couple_view_shared")
    private boolean coupleViewShared;

    private String status = "ACTIVE";

    @Column(name = "created_at")
    private Instant createdAt;

    @Version private long version;

    protected CheckinAssignment() {}

    CheckinAssignment(
            Questionnaire questionnaire,
            Account counselor,
            Client client,
            Couple couple,
            LocalDate startsOn,
            int weeks,
            boolean trendVisible,
            boolean coupleViewShared,
            Instant now) {
        this.questionnaire = questionnaire;
        this.counselor = counselor;
        this.client = client;
        this.couple = couple;
        this.startsOn = startsOn;
        this.weeks = weeks;
        this.schedule = weeks == 1 ? CheckinSchedule.ONCE : CheckinSchedule.WEEKLY;
        this.trendVisible = trendVisible;
        this.coupleViewShared = couple != null && coupleViewShared;
        this.createdAt = now;
    }

    /**
     * A questionnaire sent {@code hoursBefore} hours before every {@code everySessions}th session
     * from {@code now} on.
     */
    static CheckinAssignment beforeSessions(
            Questionnaire questionnaire,
            Account counselor,
            Client client,
            Couple couple,
            int hoursBefore,
            int everySessions,
            boolean trendVisible,
            boolean coupleViewShared,
            Instant now,
            LocalDate today) {
        CheckinAssignment assignment =
                new CheckinAssignment(
                        questionnaire,
                        counselor,
                        client,
                        couple,
                        today,
                        1,
                        trendVisible,
                        coupleViewShared,
                        now);
        assignment.schedule = CheckinSchedule.BEFORE_SESSION;
        assignment.hoursBefore = hoursBefore;
        assignment.everySessions = everySessions;
        return assignment;
    }

    /** No more check-ins are due, and the partners no longer see each other's scores. */
    void end() {
        status = "ENDED";
        coupleViewShared = false;
    }

    void shareCoupleView(boolean shared) {
        coupleViewShared = couple != null && shared;
    }

    /**
     * Whether the partners see each other's scores of this check-in now: the counselor shares the
     * couple view, and the check-in and the couple work go on. The portal's words come from this
     * rule, and {@link CheckinService#sharedCoupleView} reads by the same conditions.
     */
    public boolean isViewSharedNow() {
        return coupleViewShared && couple != null && couple.isActive() && !isEnded();
    }

    public boolean isEnded() {
        return "ENDED".equals(status);
    }

    public Long getId() {
        return id;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
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

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public int getWeeks() {
        return weeks;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public CheckinSchedule getSchedule() {
        return schedule;
    }

    public boolean isBeforeSession() {
        return schedule == CheckinSchedule.BEFORE_SESSION;
    }

    public Integer getHoursBefore() {
        return hoursBefore;
    }

    public Integer getEverySessions() {
        return everySessions;
    }

    /**
     * The schedule in words for the chart ("48 hours before each session"), without the first date.
     */
    public String getScheduleText() {
        return describe(schedule, weeks, hoursBefore, everySessions);
    }

    /**
     * A schedule in words: "once", "every week for 8 weeks", "48 hours before each session", "…
     * every 2nd session".
     */
    static String describe(
            CheckinSchedule schedule, Integer weeks, Integer hoursBefore, Integer everySessions) {
        if (schedule == CheckinSchedule.BEFORE_SESSION) {
            String hours = hoursBefore + (hoursBefore == 1 ? " hour" : " hours");
            return everySessions == 1
                    ? hours + " before each session"
                    : hours + " before every " + ordinal(everySessions) + " session";
        }
        return weeks == null || weeks == 1 ? "once" : "every week for " + weeks + " weeks";
    }

    private static String ordinal(int n) {
        String suffix =
                n % 100 >= 11 && n % 100 <= 13
                        ? "th"
                        : switch (n % 10) {
                            case 1 -> "st";
                            case 2 -> "nd";
                            case 3 -> "rd";
                            default -> "th";
                        };
        return n + suffix;
    }

    public boolean isCoupleViewShared() {
        return coupleViewShared;
    }

    public boolean isTrendVisible() {
        return trendVisible;
    }
}
