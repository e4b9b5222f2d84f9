package org.rapport.home;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.checkins.CheckinService;
import org.rapport.checkins.MeasureAlert;
import org.rapport.checkins.MeasureAlerts;
import org.rapport.notes.MissingNotes;
import org.rapport.notes.NoteService;
import org.rapport.platform.FieldMessages;
import org.rapport.platform.Pages;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.AppointmentStatus;
import org.rapport.scheduling.Held;
import org.rapport.scheduling.SchedulingService;

/**
 * The counselor's home page: today's and tomorrow's sessions, the notes still to write, and the
 * check-ins and measures clients sent this week (a PHQ-9 whose item 9 is above 0 marked). Reads
 * through the services, which check access and audit.
 */
@Named
@ViewScoped
public class CounselorHome implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    @Inject private SchedulingService scheduling;

    @Inject private NoteService notes;

    @Inject private CheckinService checkins;

    @Inject private MeasureAlerts measureAlerts;

    @Inject private PracticeFigures practiceFigures;

    @Inject private AnswersToRead answersToRead;

    @Inject private SessionGlance sessionGlance;

    @Inject private org.rapport.identity.CurrentUser currentUser;

    @Inject private PracticeClock clock;

    private transient List<Session> today;
    private transient List<Session> tomorrow;
    private long notesToWrite;
    private transient MissingNotes.Row oldestNote;
    private transient List<CheckinService.Answered> answered;
    private transient List<MeasureAlert> alerts;
    private transient PracticeFigures.Figures figures;
    private transient List<AnswersToRead.Unread> unread;
    private transient java.util.Map<Long, SessionGlance.Glance> glances;
    // what the page shows is not part of the session's copy of this bean: read again when missing
    // (after a
    // fail-over), which keeps a counselor's session small
    private transient boolean loaded;
    private String todayLabel;
    private String tomorrowLabel;

    /** The session just marked a no-show from this page, for its undo. */
    private Long undoable;

    public void open() {
        loaded = true;
        glances = java.util.Map.of();
        ZoneId zone = clock.zone();
        LocalDate day = clock.today();
        Instant now = clock.now();
        todayLabel = DAY.format(day);
        tomorrowLabel = DAY.format(day.plusDays(1));
        MissingNotes missing = notes.missingNotes(null, 1);
        notesToWrite = missing.total();
        oldestNote = missing.rows().isEmpty() ? null : missing.rows().get(0);
        alerts = measureAlerts.open();
        if (currentUser.isAdmin()) {
            // an administrator has no sessions of their own: the practice's figures instead
            figures = practiceFigures.figures();
            today = List.of();
            tomorrow = List.of();
            answered = List.of();
            unread = List.of();
            return;
        }
        List<Appointment> sessions =
                scheduling.range(
                        null,
                        day.atStartOfDay(zone).toInstant(),
                        day.plusDays(2).atStartOfDay(zone).toInstant());
        Instant midnight = day.plusDays(1).atStartOfDay(zone).toInstant();
        today =
                sessions.stream()
                        .filter(a -> a.getStartsAt().isBefore(midnight))
                        .map(a -> Session.of(a, zone, now))
                        .toList();
        tomorrow =
                sessions.stream()
                        .filter(a -> !a.getStartsAt().isBefore(midnight))
                        .map(a -> Session.of(a, zone, now))
                        .toList();
        answered = checkins.answeredSince(now.minus(Duration.ofDays(7)), 30);
        unread = answersToRead.mine(20);
        glances =
                sessionGlance.forSessions(sessions).stream()
                        .collect(
                                java.util.stream.Collectors.toMap(
                                        SessionGlance.Glance::appointmentId, g -> g));
    }

    /** What changed since the session's previous one (null for a cancelled session). */
    public SessionGlance.Glance glance(long appointmentId) {
        ensureLoaded();
        return glances.get(appointmentId);
    }

    /** The clients who sent answers since the counselor last opened their chart. */
    public List<AnswersToRead.Unread> getUnread() {
        ensureLoaded();
        return unread;
    }

    private void ensureLoaded() {
        if (!loaded) {
            open();
        }
    }

    public PracticeFigures.Figures getFigures() {
        ensureLoaded();
        return figures;
    }

    /**
     * Records that a session held by the rule (over, nobody marked it) did not take place: a
     * no-show, in one click, with an undo on the page.
     */
    public void markNoShow(long appointmentId) {
        if (Pages.run(
                "home",
                () -> {
                    Appointment changed =
                            scheduling
                                    .changeStatus(
                                            appointmentId,
                                            AppointmentStatus.NO_SHOW,
                                            "Marked on the home page",
                                            false)
                                    .orElseThrow(
                                            () ->
                                                    new org.rapport.platform.NotVisible(
                                                            "appointment"));
                    FieldMessages.info(
                            changed.getWithName()
                                    + ", "
                                    + TIME.format(changed.getStartsAt().atZone(clock.zone()))
                                    + ": marked as a no-show. It no longer waits for a note.");
                })) {
            undoable = appointmentId;
        }
        open();
    }

    /** Takes back the no-show just marked: the session counts as held again. */
    public void undoNoShow() {
        if (undoable != null) {
            long id = undoable;
            Pages.run(
                    "home",
                    () -> {
                        scheduling.changeStatus(id, AppointmentStatus.SCHEDULED, null, false);
                        FieldMessages.info("Undone: the session counts as held again.");
                    });
            undoable = null;
        }
        open();
    }

    public boolean isUndoable() {
        return undoable != null;
    }

    public List<Session> getToday() {
        ensureLoaded();
        return today;
    }

    public List<Session> getTomorrow() {
        ensureLoaded();
        return tomorrow;
    }

    public long getNotesToWrite() {
        ensureLoaded();
        return notesToWrite;
    }

    public MissingNotes.Row getOldestNote() {
        ensureLoaded();
        return oldestNote;
    }

    public List<CheckinService.Answered> getAnswered() {
        ensureLoaded();
        return answered;
    }

    /** The alerts nobody has acknowledged yet (see {@link MeasureAlerts#open}). */
    public List<MeasureAlert> getAlerts() {
        ensureLoaded();
        return alerts;
    }

    public String getTodayLabel() {
        return todayLabel;
    }

    public String getTomorrowLabel() {
        return tomorrowLabel;
    }

    /**
     * One session as the home page lists it; {@code held}: over and not cancelled or a no-show (see
     * {@link Held}).
     */
    public record Session(
            long id,
            String time,
            String with,
            String kind,
            String modality,
            String status,
            boolean cancelled,
            boolean started,
            boolean noteSigned,
            Long clientId,
            Long coupleId,
            boolean held,
            boolean unmarked)
            implements Serializable {

        static Session of(Appointment a, ZoneId zone, Instant now) {
            boolean held = Held.held(a.getStatus(), a.getEndsAt(), now);
            boolean unmarked = held && a.getStatus() == AppointmentStatus.SCHEDULED;
            return new Session(
                    a.getId(),
                    TIME.format(a.getStartsAt().atZone(zone))
                            + "–"
                            + TIME.format(a.getEndsAt().atZone(zone)),
                    a.getWithName(),
                    a.getCouple() != null ? "Couple session" : "Individual",
                    a.getModality().getLabel(),
                    unmarked ? "Held" : a.getStatus().getLabel(),
                    a.getStatus().isCancelled(),
                    !a.getStartsAt().isAfter(now),
                    a.isNoteSigned(),
                    a.getClient() == null ? null : a.getClient().getId(),
                    a.getCouple() == null ? null : a.getCouple().getId(),
                    held,
                    unmarked);
        }

        public boolean isHeld() {
            return held;
        }

        /**
         * Held by the rule and not marked by anyone: a no-show can still be recorded in one click.
         */
        public boolean isUnmarked() {
            return unmarked;
        }

        public long getId() {
            return id;
        }

        public String getTime() {
            return time;
        }

        public String getWith() {
            return with;
        }

        public String getKind() {
            return kind;
        }

        public String getModality() {
            return modality;
        }

        public String getStatus() {
            return status;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        public boolean isStarted() {
            return started;
        }

        public boolean isNoteSigned() {
            return noteSigned;
        }

        public Long getClientId() {
            return clientId;
        }

        public Long getCoupleId() {
            return coupleId;
        }
    }
}
