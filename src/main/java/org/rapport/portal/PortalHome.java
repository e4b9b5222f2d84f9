package org.rapport.portal;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.clients.Client;
import org.rapport.clients.ClientService;
import org.rapport.platform.NotFound;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.SchedulingService;

/**
 * The client's portal home: their homework (today, this week, overdue, progress) and their
 * appointments.
 */
@Named
@ViewScoped
public class PortalHome implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Inject private ClientService clients;

    @Inject private SchedulingService scheduling;

    @Inject private PracticeClock clock;

    @Inject private org.rapport.homework.HomeworkService homeworkService;

    @Inject private org.rapport.checkins.CheckinService checkinService;

    // what the page shows is not part of the session copy: read again (all of it) only after a
    // fail-over
    private transient Shown shown;

    /** Everything the portal home shows, read in one go. */
    private record Shown(
            Client client,
            org.rapport.homework.PortalHomework homework,
            List<org.rapport.checkins.CheckinResponse> checkins,
            List<org.rapport.checkins.CheckinChart.Point> trend,
            org.rapport.checkins.CheckinChart coupleView,
            List<Appointment> upcoming,
            List<Appointment> past) {}

    public void open() throws IOException {
        shown = load();
        if (shown == null) {
            NotFound.respond();
        }
    }

    private Shown shown() {
        if (shown == null) {
            shown = load();
        }
        return shown;
    }

    /** The signed-in client's portal home, or null when the caller has no client record. */
    private Shown load() {
        Client client = clients.ownRecord().orElse(null);
        if (client == null) {
            return null;
        }
        Instant now = clock.now();
        List<Appointment> all = scheduling.portalAppointments();
        return new Shown(
                client,
                homeworkService.portalHome(),
                checkinService.pending(),
                checkinService.ownTrend(),
                checkinService.sharedCoupleView().orElse(null),
                all.stream().filter(a -> a.getEndsAt().isAfter(now)).toList(),
                all.stream()
                        .filter(a -> !a.getEndsAt().isAfter(now))
                        .sorted(java.util.Comparator.comparing(Appointment::getStartsAt).reversed())
                        .limit(20)
                        .toList());
    }

    /** "Tuesday 24 November 2026, 17:00–17:50" in the practice's time zone. */
    public String when(Appointment appointment) {
        ZonedDateTime start = appointment.getStartsAt().atZone(clock.zone());
        return WHEN.format(start)
                + "–"
                + UNTIL.format(appointment.getEndsAt().atZone(clock.zone()));
    }

    public List<org.rapport.checkins.CheckinResponse> getCheckins() {
        return shown().checkins();
    }

    public org.rapport.checkins.CheckinChart getCoupleView() {
        return shown().coupleView();
    }

    public List<org.rapport.checkins.CheckinChart.Point> getTrend() {
        return shown().trend();
    }

    public org.rapport.homework.PortalHomework getHomework() {
        return shown().homework();
    }

    /**
     * The weeks of "the last six weeks" worth a column: from the first of them with an exercise due
     * (a column for a week before the client had any said nothing), to this week.
     */
    public List<org.rapport.homework.PortalHomework.WeekProgress> getProgressWeeks() {
        return fromFirstWeekWithWork(shown().homework().weeks());
    }

    /** The weeks from the first with an exercise due (this week alone when none had one). */
    static List<org.rapport.homework.PortalHomework.WeekProgress> fromFirstWeekWithWork(
            List<org.rapport.homework.PortalHomework.WeekProgress> weeks) {
        int first = 0;
        while (first < weeks.size() - 1 && weeks.get(first).due() == 0) {
            first++;
        }
        return weeks.subList(first, weeks.size());
    }

    /** "Today", "Thursday 26 Nov" or "Monday 16 Nov (4 days ago)". */
    public String due(java.time.LocalDate date) {
        java.time.LocalDate today = clock.today();
        if (date.equals(today)) {
            return "Today";
        }
        String day = DateTimeFormatter.ofPattern("EEEE d MMM", Locale.ENGLISH).format(date);
        long ago = java.time.temporal.ChronoUnit.DAYS.between(date, today);
        return ago > 0 ? day + " (" + ago + (ago == 1 ? " day ago)" : " days ago)") : day;
    }

    public Client getClient() {
        return shown().client();
    }

    public List<Appointment> getUpcoming() {
        return shown().upcoming();
    }

    public List<Appointment> getPast() {
        return shown().past();
    }
}
