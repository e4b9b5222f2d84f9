package org.rapport.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.audit.AuditTrail.Actor;
import org.rapport.clients.Client;
import org.rapport.clients.Couple;
import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.PracticeClock;
import org.rapport.platform.PracticeSettings;

/**
 * The transactions that must never double-book, for {@link SchedulingService} only
 * (package-private: they trust the caller the service has checked). Each takes its row locks before
 * it reads anything.
 */
@ApplicationScoped
class BookingTransactions {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @PersistenceContext private EntityManager em;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeClock clock;

    @Inject private PracticeSettings practice;

    @Inject private jakarta.enterprise.event.Event<AppointmentChanged> changed;

    /**
     * The booking's transaction. It takes the row locks before it reads anything, so its reads see
     * every booking that committed while it waited: plain reads in MariaDB's repeatable-read
     * isolation show the database as it was at the transaction's first read.
     */
    @Transactional
    public List<Appointment> insertChecked(
            Account caller,
            Actor actor,
            long counselorId,
            Long clientId,
            Long coupleId,
            List<Long> attendeeIds,
            List<Instant[]> slots,
            AppointmentDetails details) {
        Account counselor = lock(counselorId, attendeeIds);
        Set<Client> attendees = new LinkedHashSet<>();
        for (Long id : attendeeIds) {
            attendees.add(em.find(Client.class, id));
        }
        List<String> clashes = new ArrayList<>();
        for (Instant[] slot : slots) {
            clash(caller, counselor, attendees, slot[0], slot[1], null).ifPresent(clashes::add);
        }
        if (!clashes.isEmpty()) {
            throw InvalidRecord.of(
                    "",
                    clashes.size() == 1
                            ? clashes.get(0)
                            : clashes.size()
                                    + " of the "
                                    + slots.size()
                                    + " sessions clash: "
                                    + String.join(" ", clashes));
        }
        AppointmentSeries series = null;
        if (details.getRepeat() != null) {
            series =
                    new AppointmentSeries(
                            counselor.getId(),
                            details.getRepeat(),
                            details.getStartTime(),
                            clock.zone().getId(),
                            clock.now());
            em.persist(series);
        }
        Client client = clientId == null ? null : em.find(Client.class, clientId);
        Couple couple = coupleId == null ? null : em.find(Couple.class, coupleId);
        List<Appointment> booked = new ArrayList<>();
        for (Instant[] slot : slots) {
            Appointment appointment =
                    new Appointment(
                            counselor,
                            client,
                            couple,
                            attendees,
                            slot[0],
                            slot[1],
                            details,
                            series,
                            clock.now(),
                            caller.getDisplayName());
            appointment.planReminder(reminderDue(slot[0]));
            em.persist(appointment);
            booked.add(appointment);
        }
        em.flush();
        booked.forEach(appointment -> appointment.getAttendees().size());
        return booked;
    }

    /** The move's transaction: locks first, then reads (as {@link #insertChecked} does). */
    /**
     * The audit trail writes in a transaction of its own, which needs a second connection: while
     * this transaction holds row locks that many requests wait for, those requests hold the pool's
     * connections, so the audit is written by the caller after the commit instead.
     */
    @Transactional
    public Appointment moveChecked(
            Account caller,
            long counselorId,
            List<Long> attendeeIds,
            long appointmentId,
            long expectedVersion,
            Instant newStart,
            Instant newEnd,
            boolean following,
            List<Appointment> moved) {
        lock(counselorId, attendeeIds);
        Appointment appointment =
                em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (appointment.getVersion() != expectedVersion) {
            throw InvalidRecord.of(
                    "",
                    "Someone changed this appointment meanwhile ("
                            + appointment.getUpdatedBy()
                            + "). Nothing was moved; the calendar now shows it as it is.");
        }
        if (appointment.isCancelled()) {
            throw InvalidRecord.of("", "A cancelled appointment cannot be moved; book a new one.");
        }
        List<Appointment> moving = new ArrayList<>();
        moving.add(appointment);
        if (following && appointment.getSeries() != null) {
            moving.addAll(laterInSeries(appointment));
        }
        ZoneId zone = clock.zone();
        ZonedDateTime oldLocal = appointment.getStartsAt().atZone(zone);
        ZonedDateTime newLocal = newStart.atZone(zone);
        Duration length = Duration.between(newStart, newEnd);
        long days =
                java.time.temporal.ChronoUnit.DAYS.between(
                        oldLocal.toLocalDate(), newLocal.toLocalDate());
        List<String> clashes = new ArrayList<>();
        List<Instant[]> targets = new ArrayList<>();
        for (Appointment each : moving) {
            // the same shift in local days and wall-clock time, so 10:00 stays 10:00 across DST
            LocalDate date = each.getStartsAt().atZone(zone).toLocalDate().plusDays(days);
            Optional<ZonedDateTime> start = LocalTimes.at(date, newLocal.toLocalTime(), zone);
            if (start.isEmpty()) {
                throw InvalidRecord.of(
                        "",
                        TIME.format(newLocal)
                                + " does not exist on "
                                + LocalTimes.day(date)
                                + " (the clocks skip that hour).");
            }
            Instant[] target = {start.get().toInstant(), start.get().toInstant().plus(length)};
            targets.add(target);
            clash(caller, each.getCounselor(), each.getAttendees(), target[0], target[1], moving)
                    .ifPresent(clashes::add);
        }
        if (!clashes.isEmpty()) {
            throw InvalidRecord.of("", String.join(" ", clashes) + " Nothing was moved.");
        }
        for (int i = 0; i < moving.size(); i++) {
            Appointment each = moving.get(i);
            each.moveTo(targets.get(i)[0], targets.get(i)[1], clock.now(), caller.getDisplayName());
            each.planReminder(reminderDue(targets.get(i)[0]));
            changed.fire(new AppointmentChanged(each.getId(), each.getStartsAt(), false));
        }
        moved.clear();
        moved.addAll(moving);
        return appointment;
    }

    List<Appointment> laterInSeries(Appointment appointment) {
        return em.createQuery(
                        "SELECT a FROM Appointment a WHERE a.series.id = :series AND a.startsAt > :start"
                                + " AND a.status = :scheduled ORDER BY a.startsAt",
                        Appointment.class)
                .setParameter("series", appointment.getSeries().getId())
                .setParameter("start", appointment.getStartsAt())
                .setParameter("scheduled", AppointmentStatus.SCHEDULED)
                .getResultList();
    }

    /**
     * The first clash of a time with the counselor's or the attendees' other appointments, as a
     * sentence naming it; {@code ignoring} are appointments being moved together. Called after the
     * row locks.
     */
    private Optional<String> clash(
            Account caller,
            Account counselor,
            Set<Client> attendees,
            Instant start,
            Instant end,
            List<Appointment> ignoring) {
        List<Long> ignored =
                ignoring == null
                        ? List.of(-1L)
                        : ignoring.stream().map(Appointment::getId).toList();
        List<Appointment> counselorClash =
                em.createQuery(
                                "SELECT a FROM Appointment a WHERE a.counselor.id = :k"
                                        + " AND a.status IN :occupying AND a.startsAt < :end AND a.endsAt > :start AND a.id NOT IN :ignored"
                                        + " ORDER BY a.startsAt",
                                Appointment.class)
                        .setParameter("k", counselor.getId())
                        .setParameter("occupying", AppointmentStatus.OCCUPYING)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .setParameter("ignored", ignored)
                        .setMaxResults(1)
                        .getResultList();
        if (!counselorClash.isEmpty()) {
            Appointment other = counselorClash.get(0);
            String whose =
                    caller.getId().equals(counselor.getId())
                            ? "This overlaps your appointment"
                            : "This overlaps " + counselor.getDisplayName() + "'s appointment";
            return Optional.of(whose + " with " + other.getWithName() + " on " + when(other) + ".");
        }
        if (attendees.isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = attendees.stream().map(Client::getId).toList();
        List<Object[]> clientClash =
                em.createQuery(
                                "SELECT t, a FROM Appointment a JOIN a.attendees t"
                                        + " WHERE t.id IN :clients AND a.status IN :occupying AND a.startsAt < :end AND a.endsAt > :start"
                                        + " AND a.id NOT IN :ignored ORDER BY a.startsAt",
                                Object[].class)
                        .setParameter("clients", ids)
                        .setParameter("occupying", AppointmentStatus.OCCUPYING)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .setParameter("ignored", ignored)
                        .setMaxResults(1)
                        .getResultList();
        if (!clientClash.isEmpty()) {
            Client who = (Client) clientClash.get(0)[0];
            Appointment other = (Appointment) clientClash.get(0)[1];
            return Optional.of(
                    who.getName()
                            + " already has an appointment on "
                            + when(other)
                            + " (with another counselor).");
        }
        return Optional.empty();
    }

    /** "Tue 24 Nov 2026, 10:00–10:50" in the practice's time zone. */
    String when(Appointment appointment) {
        ZonedDateTime start = appointment.getStartsAt().atZone(clock.zone());
        ZonedDateTime end = appointment.getEndsAt().atZone(clock.zone());
        return LocalTimes.day(start.toLocalDate())
                + ", "
                + TIME.format(start)
                + "–"
                + TIME.format(end);
    }

    /**
     * Locks the counselor's row, then the clients' rows by id: every booking takes them in this
     * order.
     */
    /**
     * Locks the counselor's row, then the clients' rows by id: every booking and move takes them in
     * this order.
     */
    private Account lock(long counselorId, List<Long> attendeeIds) {
        Account counselor = em.find(Account.class, counselorId, LockModeType.PESSIMISTIC_WRITE);
        for (Long id : attendeeIds.stream().sorted().toList()) {
            em.find(Client.class, id, LockModeType.PESSIMISTIC_WRITE);
        }
        return counselor;
    }

    Instant reminderDue(Instant start) {
        Instant due = start.minus(practice.reminderLead());
        Instant now = clock.now();
        return start.isBefore(now) ? null : due.isBefore(now) ? now : due;
    }

    void auditAttendees(Actor actor, Appointment appointment, AuditAction action, String detail) {
        for (Client attendee : appointment.getAttendees()) {
            audit.record(
                    actor, action, "Appointment", appointment.getId(), attendee.getId(), detail);
        }
    }
}
