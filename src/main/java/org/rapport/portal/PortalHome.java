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

/** The client's portal home: their upcoming and past appointments (their own and their couple's). */
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

    private Client client;
    private List<Appointment> upcoming = List.of();
    private List<Appointment> past = List.of();

    public void open() throws IOException {
        client = clients.ownRecord().orElse(null);
        if (client == null) {
            NotFound.respond();
            return;
        }
        Instant now = clock.now();
        List<Appointment> all = scheduling.portalAppointments();
        upcoming = all.stream().filter(a -> a.getEndsAt().isAfter(now)).toList();
        past = all.stream().filter(a -> !a.getEndsAt().isAfter(now))
                .sorted(java.util.Comparator.comparing(Appointment::getStartsAt).reversed()).limit(20).toList();
    }

    /** "Tuesday 24 November 2026, 17:00–17:50" in the practice's time zone. */
    public String when(Appointment appointment) {
        ZonedDateTime start = appointment.getStartsAt().atZone(clock.zone());
        return WHEN.format(start) + "–" + UNTIL.format(appointment.getEndsAt().atZone(clock.zone()));
    }

    public Client getClient() {
        return client;
    }

    public List<Appointment> getUpcoming() {
        return upcoming;
    }

    public List<Appointment> getPast() {
        return past;
    }
}
