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
import org.rapport.notes.MissingNotes;
import org.rapport.notes.NoteService;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.SchedulingService;

/**
 * The counselor's home page: today's and tomorrow's sessions, the notes still to write, and the check-ins and
 * measures clients sent this week (a PHQ-9 whose item 9 is above 0 marked). Reads through the services, which
 * check access and audit.
 */
@Named
@ViewScoped
public class CounselorHome implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    @Inject
    private SchedulingService scheduling;

    @Inject
    private NoteService notes;

    @Inject
    private CheckinService checkins;

    @Inject
    private PracticeClock clock;

    private List<Session> today;
    private List<Session> tomorrow;
    private long notesToWrite;
    private MissingNotes.Row oldestNote;
    private List<CheckinService.Answered> answered;
    private String todayLabel;
    private String tomorrowLabel;

    public void open() {
        ZoneId zone = clock.zone();
        LocalDate day = clock.today();
        Instant now = clock.now();
        List<Appointment> sessions = scheduling.range(null, day.atStartOfDay(zone).toInstant(),
                day.plusDays(2).atStartOfDay(zone).toInstant());
        Instant midnight = day.plusDays(1).atStartOfDay(zone).toInstant();
        today = sessions.stream().filter(a -> a.getStartsAt().isBefore(midnight)).map(a -> Session.of(a, zone, now)).toList();
        tomorrow = sessions.stream().filter(a -> !a.getStartsAt().isBefore(midnight)).map(a -> Session.of(a, zone, now))
                .toList();
        MissingNotes missing = notes.missingNotes(null, 1);
        notesToWrite = missing.total();
        oldestNote = missing.rows().isEmpty() ? null : missing.rows().get(0);
        answered = checkins.answeredSince(now.minus(Duration.ofDays(7)), 30);
        todayLabel = DAY.format(day);
        tomorrowLabel = DAY.format(day.plusDays(1));
    }

    public List<Session> getToday() {
        return today;
    }

    public List<Session> getTomorrow() {
        return tomorrow;
    }

    public long getNotesToWrite() {
        return notesToWrite;
    }

    public MissingNotes.Row getOldestNote() {
        return oldestNote;
    }

    public List<CheckinService.Answered> getAnswered() {
        return answered;
    }

    public List<CheckinService.Answered> getSelfHarm() {
        return answered.stream().filter(CheckinService.Answered::isSelfHarm).toList();
    }

    public String getTodayLabel() {
        return todayLabel;
    }

    public String getTomorrowLabel() {
        return tomorrowLabel;
    }

    /** One session as the home page lists it. */
    public record Session(long id, String time, String with, String kind, String modality,
            String status, boolean cancelled, boolean started, boolean noteSigned, Long clientId, Long coupleId)
            implements Serializable {

        static Session of(Appointment a, ZoneId zone, Instant now) {
            return new Session(a.getId(), TIME.format(a.getStartsAt().atZone(zone)) + "–" + TIME.format(a.getEndsAt()
                    .atZone(zone)), a.getWithName(), a.getCouple() != null ? "Couple session" : "Individual",
                    a.getModality().getLabel(), a.getStatus().getLabel(), a.getStatus().isCancelled(),
                    !a.getStartsAt().isAfter(now), a.isNoteSigned(), a.getClient() == null ? null : a.getClient().getId(),
                    a.getCouple() == null ? null : a.getCouple().getId());
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
