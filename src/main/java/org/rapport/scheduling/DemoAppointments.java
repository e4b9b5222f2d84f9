package org.rapport.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rapport.clients.DemoClientsCreated;
import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.PracticeClock;

/**
 * The demo practice's calendar: six weeks back and six ahead. Alex & Sam have a weekly couple series
 * (one session cancelled), Alex also sees Morgan every two weeks, and the other clients have their own
 * rhythms, in person and by video. Booked through the scheduling service as the counselors themselves
 * (past sessions recorded as past, then marked completed or cancelled), so the demo obeys every rule a
 * counselor does, no double booking included.
 */
@ApplicationScoped
public class DemoAppointments {

    @Inject
    private SchedulingService scheduling;

    @Inject
    private PracticeClock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private jakarta.enterprise.event.Event<DemoAppointmentsCreated> created;

    @ActivateRequestContext
    void load(@Observes DemoClientsCreated demo) {
        LocalDate weekStart = clock.today().minusWeeks(6).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Account morgan = demo.client("Alexandra Rivera").getPrimaryCounselor();
        Account jordan = demo.client("Taylor Brooks").getPrimaryCounselor();

        weekly(morgan, null, demo.couple("Alex & Sam"), weekStart, DayOfWeek.TUESDAY, "17:00", 50, 13,
                details(AppointmentKind.COUPLE, "Room 2", null, null), Set.of(3));
        every2(morgan, demo.client("Alexandra Rivera"), weekStart, DayOfWeek.THURSDAY, "10:00", 50, 7,
                details(AppointmentKind.INDIVIDUAL, "Room 2", null, null));
        weekly(morgan, null, demo.couple("Priya & Dan"), weekStart.plusWeeks(1), DayOfWeek.WEDNESDAY, "18:00", 60, 11,
                details(AppointmentKind.COUPLE, null, "https://video.example.org/rapport-priya-dan",
                        "Evening slot: both work days"), Set.of());
        weekly(morgan, demo.client("Elena Petrova"), null, weekStart, DayOfWeek.MONDAY, "09:00", 50, 12,
                details(AppointmentKind.INDIVIDUAL, "Room 1", null, null), Set.of(5));
        weekly(morgan, demo.client("Marcus Bell"), null, weekStart, DayOfWeek.FRIDAY, "14:00", 50, 12,
                details(AppointmentKind.INDIVIDUAL, null, "https://video.example.org/rapport-marcus", null), Set.of());
        weekly(morgan, demo.client("Noah Fischer"), null, weekStart.plusWeeks(2), DayOfWeek.MONDAY, "11:00", 50, 10,
                details(AppointmentKind.INDIVIDUAL, "Room 1", null, null), Set.of());
        single(morgan, demo.client("Aisha Karimi"), clock.today().plusDays(2), "15:00", 80,
                details(AppointmentKind.INTAKE, "Room 2", null, "Bring the intake forms"));

        weekly(jordan, demo.client("Taylor Brooks"), null, weekStart, DayOfWeek.MONDAY, "11:00", 50, 12,
                details(AppointmentKind.INDIVIDUAL, null, "https://video.example.org/rapport-taylor", null), Set.of(2));
        weekly(jordan, demo.client("Grace Liu"), null, weekStart, DayOfWeek.TUESDAY, "09:30", 50, 12,
                details(AppointmentKind.INDIVIDUAL, "Room 3", null, null), Set.of());
        every2(jordan, demo.client("Riley Thompson"), weekStart, DayOfWeek.WEDNESDAY, "13:00", 50, 6,
                details(AppointmentKind.INDIVIDUAL, "Room 3", null, null));
        weekly(jordan, demo.client("Mateo Silva"), null, weekStart.plusWeeks(3), DayOfWeek.THURSDAY, "16:00", 50, 9,
                details(AppointmentKind.INDIVIDUAL, "Room 3", null, null), Set.of());
        weekly(jordan, demo.client("Leon Becker"), null, weekStart, DayOfWeek.FRIDAY, "10:00", 50, 12,
                details(AppointmentKind.INDIVIDUAL, "Room 3", null, null), Set.of(4));
        single(jordan, demo.client("Nadia Rahman"), clock.today().plusDays(1), "14:00", 80,
                details(AppointmentKind.INTAKE, "Room 3", null, null));
        created.fire(new DemoAppointmentsCreated());
    }

    private void weekly(Account counselor, org.rapport.clients.Client client, org.rapport.clients.Couple couple,
            LocalDate weekStart, DayOfWeek day, String time, int minutes, int count, AppointmentDetails details,
            Set<Integer> cancelled) {
        book(counselor, client != null ? "client:" + client.getId() : "couple:" + couple.getId(),
                weekStart.with(TemporalAdjusters.nextOrSame(day)), time, minutes, AppointmentSeries.Frequency.WEEKLY,
                count, details, cancelled);
    }

    private void every2(Account counselor, org.rapport.clients.Client client, LocalDate weekStart, DayOfWeek day,
            String time, int minutes, int count, AppointmentDetails details) {
        book(counselor, "client:" + client.getId(), weekStart.with(TemporalAdjusters.nextOrSame(day)), time, minutes,
                AppointmentSeries.Frequency.EVERY_TWO_WEEKS, count, details, Set.of());
    }

    private void single(Account counselor, org.rapport.clients.Client client, LocalDate date, String time, int minutes,
            AppointmentDetails details) {
        book(counselor, "client:" + client.getId(), date, time, minutes, null, 1, details, Set.of());
    }

    /** Books as the counselor; occurrences before now become completed, except those cancelled (by index). */
    private void book(Account counselor, String with, LocalDate first, String time, int minutes,
            AppointmentSeries.Frequency repeat, int count, AppointmentDetails details, Set<Integer> cancelled) {
        details.setWith(with);
        details.setDate(first);
        details.setStartTime(LocalTime.parse(time));
        details.setEndTime(LocalTime.parse(time).plusMinutes(minutes));
        details.setRepeat(repeat);
        details.setOccurrences(repeat == null ? null : count);
        details.setPastConfirmed(true);
        currentUser.actingAs(counselor, () -> {
            List<Appointment> booked = scheduling.book(details);
            for (int i = 0; i < booked.size(); i++) {
                Appointment appointment = booked.get(i);
                if (cancelled.contains(i)) {
                    scheduling.changeStatus(appointment.getId(), AppointmentStatus.CANCELLED_BY_CLIENT, "Unwell", false);
                } else if (appointment.getStartsAt().isBefore(clock.now())) {
                    scheduling.changeStatus(appointment.getId(), AppointmentStatus.COMPLETED, null, false);
                }
            }
        });
    }

    private static AppointmentDetails details(AppointmentKind kind, String room, String videoLink, String memo) {
        AppointmentDetails details = new AppointmentDetails();
        details.setKind(kind);
        details.setModality(videoLink == null ? Modality.IN_PERSON : Modality.TELEHEALTH);
        details.setRoom(room);
        details.setVideoLink(videoLink);
        details.setMemo(memo);
        return details;
    }
}
