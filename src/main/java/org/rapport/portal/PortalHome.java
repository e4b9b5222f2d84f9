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

/** The client's portal home: their homework (today, this week, overdue, progress) and their appointments. */
@Named
@ViewScoped
public class PortalHome implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Inject
    private ClientService clients;

    @Inject
    private SchedulingService scheduling;

    @Inject
    private PracticeClock clock;

    @Inject
    private org.rapport.homework.HomeworkService homeworkService;

    // shown data is not part of the session copy: loaded again after a fail-over (it is the signed-in client's)
    private transient org.rapport.homework.PortalHomework homework;

    @Inject
    private org.rapport.checkins.CheckinService checkinService;

    private transient List<org.rapport.checkins.CheckinResponse> checkins = List.of();
    private transient List<org.rapport.checkins.CheckinChart.Point> trend = List.of();
    private transient org.rapport.checkins.CheckinChart coupleView;
    private transient boolean coupleViewLoaded; // none shared is an answer too: read once only

    private transient Client client;
    private transient List<Appointment> upcoming = List.of();
    private transient List<Appointment> past = List.of();

    public void open() throws IOException {
        client = clients.ownRecord().orElse(null);
        if (client == null) {
            NotFound.respond();
            return;
        }
        homework = homeworkService.portalHome();
        checkins = checkinService.pending();
        trend = checkinService.ownTrend();
        coupleView = checkinService.sharedCoupleView().orElse(null);
        coupleViewLoaded = true;
        loadAppointments();
    }

    private void loadAppointments() {
        Instant now = clock.now();
        List<Appointment> all = scheduling.portalAppointments();
        upcoming = all.stream().filter(a -> a.getEndsAt().isAfter(now)).toList();
        past = all.stream().filter(a -> !a.getEndsAt().isAfter(now))
                .sorted(java.util.Comparator.comparing(Appointment::getStartsAt).reversed()).limit(20).toList();
    }

    // what open() read; each is read again only after a fail-over
    private Client client() {
        if (client == null) {
            client = clients.ownRecord().orElse(null);
        }
        return client;
    }

    private org.rapport.homework.PortalHomework homework() {
        if (homework == null) {
            homework = homeworkService.portalHome();
        }
        return homework;
    }

    private List<org.rapport.checkins.CheckinResponse> checkins() {
        if (checkins == null) {
            checkins = checkinService.pending();
        }
        return checkins;
    }

    private List<org.rapport.checkins.CheckinChart.Point> trend() {
        if (trend == null) {
            trend = checkinService.ownTrend();
        }
        return trend;
    }

    private org.rapport.checkins.CheckinChart coupleView() {
        if (!coupleViewLoaded) {
            coupleView = checkinService.sharedCoupleView().orElse(null);
            coupleViewLoaded = true;
        }
        return coupleView;
    }

    private List<Appointment> upcoming() {
        if (upcoming == null) {
            loadAppointments();
        }
        return upcoming;
    }

    private List<Appointment> past() {
        if (past == null) {
            loadAppointments();
        }
        return past;
    }

    /** "Tuesday 24 November 2026, 17:00–17:50" in the practice's time zone. */
    public String when(Appointment appointment) {
        ZonedDateTime start = appointment.getStartsAt().atZone(clock.zone());
        return WHEN.format(start) + "–" + UNTIL.format(appointment.getEndsAt().atZone(clock.zone()));
    }

    public List<org.rapport.checkins.CheckinResponse> getCheckins() {
        return checkins();
    }

    public org.rapport.checkins.CheckinChart getCoupleView() {
        return coupleView();
    }

    public List<org.rapport.checkins.CheckinChart.Point> getTrend() {
        return trend();
    }

    public org.rapport.homework.PortalHomework getHomework() {
        return homework();
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
        return client();
    }

    public List<Appointment> getUpcoming() {
        return upcoming();
    }

    public List<Appointment> getPast() {
        return past();
    }
}
