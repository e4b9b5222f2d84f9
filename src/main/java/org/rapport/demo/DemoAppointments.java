package org.rapport.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rapport.clients.Client;
import org.rapport.clients.Couple;
import org.rapport.clients.DemoClientsCreated;
import org.rapport.identity.Account;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.AppointmentDetails;
import org.rapport.scheduling.AppointmentKind;
import org.rapport.scheduling.AppointmentSeries;
import org.rapport.scheduling.AppointmentStatus;
import org.rapport.scheduling.DemoAppointmentsCreated;
import org.rapport.scheduling.Modality;
import org.rapport.scheduling.SchedulingService;

/**
 * The demo practice's calendar, from {@code appointments.json}: six weeks back and six ahead. Alex
 * & Sam have a weekly couple series (one session cancelled), Alex also sees Morgan every two weeks,
 * and the other clients have their own rhythms, in person and by video. Booked through the
 * scheduling service by the counselors themselves a week before the first session, each past
 * session then marked completed just after it ended (or cancelled by the client that morning), on
 * the replayed practice clock: the demo obeys every rule a counselor does, no double booking
 * included.
 */
@ApplicationScoped
public class DemoAppointments {

    private static final Duration BOOKED_AHEAD = Duration.ofDays(7);
    private static final Duration RECORDED_AFTER_END = Duration.ofMinutes(5);
    private static final LocalTime CANCELLED_AT = LocalTime.of(8, 15);

    @Inject private SchedulingService scheduling;

    @Inject private DemoSteps steps;

    @Inject private PracticeClock clock;

    @Inject private Event<DemoAppointmentsCreated> created;

    @ActivateRequestContext
    void load(@Observes DemoClientsCreated demo) {
        Calendar calendar = DemoData.read("appointments.json", Calendar.class);
        LocalDate today = clock.today();
        LocalDate weekStart =
                today.minusWeeks(calendar.calendarStartsWeeksAgo)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (Series series : calendar.series) {
            Couple couple = series.couple == null ? null : demo.couplesByName().get(series.couple);
            Client client =
                    series.client == null ? null : demo.clientsByLegalName().get(series.client);
            if (couple == null && client == null) {
                continue;
            }
            Account counselor =
                    couple != null ? couple.getCounselor() : client.getPrimaryCounselor();
            AppointmentDetails details = series.details(weekStart, today);
            details.setWith(
                    couple != null ? "couple:" + couple.getId() : "client:" + client.getId());
            book(counselor, details, series.cancelledByClient, calendar.cancellationReason);
        }
        created.fire(new DemoAppointmentsCreated());
    }

    /**
     * Books a week ahead as the counselor; each occurrence that has ended is completed, or
     * cancelled (by number).
     */
    private void book(
            Account counselor, AppointmentDetails details, List<Integer> cancelled, String reason) {
        Instant first = DemoData.at(details.getDate(), details.getStartTime(), clock.zone());
        List<Appointment> booked =
                steps.as(counselor, first.minus(BOOKED_AHEAD), () -> scheduling.book(details));
        for (int i = 0; i < booked.size(); i++) {
            Appointment appointment = booked.get(i);
            long id = appointment.getId();
            if (cancelled.contains(i + 1)) {
                Instant morning =
                        DemoData.at(
                                appointment.getStartsAt().atZone(clock.zone()).toLocalDate(),
                                CANCELLED_AT,
                                clock.zone());
                steps.as(
                        counselor,
                        morning,
                        () ->
                                scheduling.changeStatus(
                                        id, AppointmentStatus.CANCELLED_BY_CLIENT, reason, false));
            } else if (appointment.getStartsAt().isBefore(clock.now())) {
                // a session under way now is recorded now
                steps.as(
                        counselor,
                        appointment.getEndsAt().plus(RECORDED_AFTER_END),
                        () ->
                                scheduling.changeStatus(
                                        id, AppointmentStatus.COMPLETED, null, false));
            }
        }
    }

    // ---------------------------------------------------------------- appointments.json

    public static class Calendar {
        /** The calendar begins on the Monday of the week this many weeks ago. */
        public int calendarStartsWeeksAgo;

        public String cancellationReason;
        public List<Series> series = List.of();
    }

    /**
     * A series with a couple (by name) or a client (by legal name): on {@code day} of the
     * calendar's week {@code firstWeek} (from 0), or once on {@code date}.
     */
    public static class Series {
        public String couple;
        public String client;
        public AppointmentKind kind;
        public int firstWeek;
        public DayOfWeek day;
        public DemoData.RelativeDate date;
        public LocalTime time;
        public int minutes;
        public AppointmentSeries.Frequency repeat;
        public Integer occurrences;
        public String room;
        public String videoLink;
        public String memo;

        /** The occurrences (from 1) the client cancelled. */
        public List<Integer> cancelledByClient = List.of();

        AppointmentDetails details(LocalDate weekStart, LocalDate today) {
            AppointmentDetails details = new AppointmentDetails();
            details.setKind(kind);
            details.setModality(videoLink == null ? Modality.IN_PERSON : Modality.TELEHEALTH);
            details.setRoom(room);
            details.setVideoLink(videoLink);
            details.setMemo(memo);
            details.setDate(
                    date != null
                            ? date.from(today)
                            : weekStart
                                    .plusWeeks(firstWeek)
                                    .with(TemporalAdjusters.nextOrSame(day)));
            details.setStartTime(time);
            details.setEndTime(time.plusMinutes(minutes));
            details.setRepeat(repeat);
            details.setOccurrences(repeat == null ? null : occurrences);
            return details;
        }
    }
}
