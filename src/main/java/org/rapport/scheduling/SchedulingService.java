package org.rapport.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.audit.AuditTrail.Actor;
import org.rapport.clients.CaseloadQuery;
import org.rapport.clients.CaseloadRow;
import org.rapport.clients.Client;
import org.rapport.clients.ClientService;
import org.rapport.clients.Couple;
import org.rapport.clients.CoupleService;
import org.rapport.identity.AccessGate;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.PracticeClock;
import org.rapport.platform.Settings;
import org.rapport.platform.Slice;

/**
 * Appointments: booked, moved and cancelled by the counselor (or an administrator), seen by the
 * clients they are for. No counselor and no client is ever in two overlapping appointments that are
 * not cancelled: every booking locks the counselor's and the clients' rows (counselor first, then
 * clients by id) before it looks for clashes, so two requests at the same moment are decided one
 * after the other.
 */
@ApplicationScoped
public class SchedulingService {

    public static final Duration LONGEST = Duration.ofHours(8);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeClock clock;

    @Inject private Settings settings;

    @Inject private ClientService clients;

    @Inject private CoupleService couples;

    @Inject private AccountService accounts;

    @Inject private Validator validator;

    @Inject private BookingTransactions transactions;

    @Inject private jakarta.enterprise.event.Event<AppointmentChanged> changed;

    @Inject private AppointmentNotices notices;

    @Inject private jakarta.enterprise.event.Event<AppointmentNotices.Outgoing> outgoing;

    /**
     * The appointments of a counselor between two moments (a calendar's visible range), audited.
     */
    public List<Appointment> range(Long counselorId, Instant from, Instant to) {
        Account caller = gate.staff();
        long counselor =
                caller.getRole() == Role.ADMIN && counselorId != null
                        ? counselorId
                        : caller.getId();
        if (Duration.between(from, to).toDays() > 62) {
            to = from.plus(Duration.ofDays(62));
        }
        List<Appointment> found =
                em.createQuery(
                                "SELECT a FROM Appointment a LEFT JOIN FETCH a.client"
                                        + " LEFT JOIN FETCH a.couple p LEFT JOIN FETCH p.partnerOne LEFT JOIN FETCH p.partnerTwo"
                                        + " WHERE a.counselor.id = :k AND a.startsAt < :to AND a.startsAt > :earliest AND a.endsAt > :from"
                                        + " ORDER BY a.startsAt",
                                Appointment.class)
                        .setParameter("k", counselor)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .setParameter(
                                "earliest",
                                from.minus(LONGEST)) // bounds the index range on both sides
                        .getResultList();
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "Calendar",
                counselor,
                null,
                appointments(found.size()) + " " + from + " to " + to);
        return found;
    }

    private static String appointments(int count) {
        return count == 1 ? "1 appointment" : count + " appointments";
    }

    /**
     * How many later sessions of an appointment's series are still scheduled (0 outside a series),
     * so a drag or a cancellation can ask "this one or all following"; for its counselor or an
     * administrator.
     */
    public Optional<Integer> laterInSeries(long appointmentId) {
        Account caller = gate.staff();
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null || !gate.appointment(caller, appointment)) {
            return Optional.empty();
        }
        return Optional.of(
                appointment.getSeries() == null
                        ? 0
                        : transactions.laterInSeries(appointment).size());
    }

    /** One appointment, for its counselor, an administrator or a client it is for. */
    public Optional<Appointment> find(long appointmentId) {
        Account caller = currentUser.require();
        Appointment appointment =
                em.createQuery(
                                "SELECT a FROM Appointment a JOIN FETCH a.counselor"
                                        + " LEFT JOIN FETCH a.client LEFT JOIN FETCH a.couple p LEFT JOIN FETCH p.partnerOne"
                                        + " LEFT JOIN FETCH p.partnerTwo WHERE a.id = :id",
                                Appointment.class)
                        .setParameter("id", appointmentId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (appointment == null || !gate.appointment(caller, appointment)) {
            audit.refused(
                    currentUser.actor(),
                    "Appointment",
                    appointmentId,
                    appointment == null || appointment.getClient() == null
                            ? null
                            : appointment.getClient().getId(),
                    appointment != null);
            return Optional.empty();
        }
        appointment.getAttendees().size();
        for (Client attendee : appointment.getAttendees()) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.VIEW,
                    "Appointment",
                    appointment.getId(),
                    attendee.getId(),
                    null);
        }
        return Optional.of(appointment);
    }

    /** The signed-in client's appointments (their own and their couple's), soonest first. */
    public List<Appointment> portalAppointments() {
        Account caller = gate.portalClient();
        List<Appointment> found =
                em.createQuery(
                                "SELECT DISTINCT a FROM Appointment a JOIN a.attendees t"
                                        + " JOIN FETCH a.counselor LEFT JOIN FETCH a.client LEFT JOIN FETCH a.couple p"
                                        + " LEFT JOIN FETCH p.partnerOne LEFT JOIN FETCH p.partnerTwo"
                                        + " WHERE t.portalAccount.id = :me ORDER BY a.startsAt",
                                Appointment.class)
                        .setParameter("me", caller.getId())
                        .getResultList();
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "Appointment",
                null,
                null,
                "own portal, " + appointments(found.size()));
        return found;
    }

    /**
     * A chart's appointments, latest first: the client's own and their couples' joint sessions (or
     * a couple's), those of the caller (every counselor's for an administrator), at most {@code
     * limit}.
     */
    public Slice<Appointment> forChart(Long clientId, Long coupleId, int limit) {
        Account caller = gate.staff();
        if (clientId != null && !clients.isVisible(clientId)
                || coupleId != null && !couples.isVisible(coupleId)) {
            return Slice.empty();
        }
        // The client's own sessions and their couples' in separate indexed reads: one condition
        // "own or the
        // couple's" across two outer joins made MariaDB scan every appointment of the practice.
        // Each reads
        // one more than shown, to know whether there are older ones.
        boolean admin = caller.getRole() == Role.ADMIN;
        String select =
                "SELECT a FROM Appointment a JOIN FETCH a.counselor k LEFT JOIN FETCH a.client cl"
                        + " LEFT JOIN FETCH a.couple p LEFT JOIN FETCH p.partnerOne LEFT JOIN FETCH p.partnerTwo WHERE "
                        + (admin ? "" : "k.id = :me AND ");
        List<Long> coupleIds =
                clientId == null
                        ? List.of(coupleId)
                        : em.createQuery(
                                        "SELECT c.id FROM Couple c"
                                                + " WHERE c.partnerOne.id = :id OR c.partnerTwo.id = :id",
                                        Long.class)
                                .setParameter("id", clientId)
                                .getResultList();
        List<Appointment> all = new ArrayList<>();
        if (clientId != null) {
            var own =
                    em.createQuery(
                                    select + "cl.id = :id ORDER BY a.startsAt DESC, a.id DESC",
                                    Appointment.class)
                            .setParameter("id", clientId)
                            .setMaxResults(limit + 1);
            all.addAll((admin ? own : own.setParameter("me", caller.getId())).getResultList());
        }
        if (!coupleIds.isEmpty()) {
            var joint =
                    em.createQuery(
                                    select + "p.id IN :couples ORDER BY a.startsAt DESC, a.id DESC",
                                    Appointment.class)
                            .setParameter("couples", coupleIds)
                            .setMaxResults(limit + 1);
            all.addAll((admin ? joint : joint.setParameter("me", caller.getId())).getResultList());
        }
        all.sort(
                Comparator.comparing(Appointment::getStartsAt)
                        .thenComparing(Appointment::getId)
                        .reversed());
        Slice<Appointment> shown = Slice.of(all, limit, false);
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "Appointment",
                null,
                clientId,
                shown.size()
                        + " appointments on the chart of "
                        + (clientId != null ? "client " + clientId : "couple " + coupleId));
        return shown;
    }

    /** Who the caller can book: their current clients and couples, searched by name. */
    public List<Bookable> bookable(String search) {
        gate.staff();
        List<Bookable> found = new ArrayList<>();
        Set<Long> couplesSeen = new LinkedHashSet<>();
        for (CaseloadRow row :
                clients.caseloadPage(
                        new CaseloadQuery(
                                search,
                                CaseloadQuery.StatusFilter.CURRENT,
                                CaseloadQuery.Kind.ALL,
                                CaseloadQuery.Order.NAME,
                                true),
                        0,
                        15)) {
            if (row.coupleVisible() && couplesSeen.add(row.couple().getId())) {
                found.add(
                        new Bookable(
                                "couple:" + row.couple().getId(),
                                row.couple().getName() + " (couple)"));
            }
            found.add(new Bookable("client:" + row.client().getId(), row.client().getListLabel()));
        }
        return found;
    }

    /** "Tue 24 Nov 2026, 10:00–10:50" in the practice's time zone. */
    String when(Appointment appointment) {
        return transactions.when(appointment);
    }

    /** The label of a client or couple key ("client:12"), if the caller may book them. */
    public Optional<Bookable> bookableByKey(String key) {
        gate.staff();
        Map<String, String> problems = new LinkedHashMap<>();
        Who who = resolve(key, problems);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                who.couple() != null
                        ? new Bookable(key, who.couple().getName() + " (couple)")
                        : new Bookable(key, who.client().getListLabel()));
    }

    /**
     * Books an appointment, or every occurrence of a series (all or none). The input is checked
     * first; then one transaction locks the rows, looks for clashes and inserts (see {@link
     * #insertChecked}).
     */
    public List<Appointment> book(AppointmentDetails details) {
        return book(gate.staff(), currentUser.actor(), details);
    }

    List<Appointment> book(Account caller, Actor actor, AppointmentDetails details) {
        Map<String, String> problems = checkDetails(details);
        Who who = resolve(details.getWith(), problems);
        Account counselor = counselorFor(caller, details.getCounselorId(), problems);
        ZoneId zone = clock.zone();
        List<Instant[]> slots = new ArrayList<>();
        if (problems.isEmpty()) {
            List<LocalDate> dates =
                    details.getRepeat() == null
                            ? List.of(details.getDate())
                            : LocalTimes.seriesDates(
                                    details.getDate(),
                                    details.getRepeat(),
                                    details.getOccurrences(),
                                    details.getRepeatUntil());
            for (LocalDate date : dates) {
                Optional<ZonedDateTime> start = LocalTimes.at(date, details.getStartTime(), zone);
                Optional<ZonedDateTime> end =
                        LocalTimes.at(details.endDate(date), details.getEndTime(), zone);
                if (start.isEmpty() || end.isEmpty()) {
                    problems.putIfAbsent(
                            "startTime",
                            TIME.format(
                                            start.isEmpty()
                                                    ? details.getStartTime()
                                                    : details.getEndTime())
                                    + " does not exist on "
                                    + LocalTimes.day(date)
                                    + ": the clocks skip that hour. Choose another time.");
                    break;
                }
                slots.add(new Instant[] {start.get().toInstant(), end.get().toInstant()});
            }
            if (!slots.isEmpty()) {
                checkLength(slots.get(0)[0], slots.get(0)[1], problems);
                if (slots.get(0)[0].isBefore(clock.now()) && !details.isPastConfirmed()) {
                    problems.putIfAbsent(
                            "pastConfirmed",
                            "This start is in the past. To record a session that"
                                    + " already took place, tick \"Record a past session\".");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        List<Appointment> booked =
                transactions.insertChecked(
                        caller,
                        actor,
                        counselor.getId(),
                        who.client() == null ? null : who.client().getId(),
                        who.couple() == null ? null : who.couple().getId(),
                        who.attendees().stream().map(Client::getId).toList(),
                        slots,
                        details);
        // audited after the commit (see BookingTransactions.moveChecked)
        for (Appointment appointment : booked) {
            transactions.auditAttendees(actor, appointment, AuditAction.CREATE, null);
        }
        return booked;
    }

    /**
     * Moves an appointment (drag in the calendar, or a new time in the form); with {@code
     * following}, every later scheduled occurrence of its series moves by the same amount (local
     * time kept).
     */
    public Optional<Appointment> move(
            long appointmentId,
            long expectedVersion,
            Instant newStart,
            Instant newEnd,
            boolean following) {
        Account caller = gate.staff();
        Appointment current = em.find(Appointment.class, appointmentId);
        if (current == null || !gate.appointment(caller, current)) {
            return Optional.empty();
        }
        Map<String, String> problems = new LinkedHashMap<>();
        checkLength(newStart, newEnd, problems);
        outsideBookable(newStart.atZone(clock.zone()).toLocalDate())
                .ifPresent(message -> problems.put("date", message));
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        List<Long> attendees = current.getAttendees().stream().map(Client::getId).toList();
        List<Appointment> moved = new ArrayList<>();
        Appointment appointment =
                transactions.moveChecked(
                        caller,
                        current.getCounselor().getId(),
                        attendees,
                        appointmentId,
                        expectedVersion,
                        newStart,
                        newEnd,
                        following,
                        moved);
        for (Appointment each : moved) {
            transactions.auditAttendees(currentUser.actor(), each, AuditAction.UPDATE, "moved");
        }
        return Optional.of(appointment);
    }

    /** Saves the kind, place and memo (not the time: that is {@link #move}). */
    @Transactional
    public Optional<Appointment> describe(
            long appointmentId, long expectedVersion, AppointmentDetails details) {
        Account caller = gate.staff();
        Appointment appointment =
                em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null || !gate.appointment(caller, appointment)) {
            return Optional.empty();
        }
        if (appointment.getVersion() != expectedVersion) {
            throw InvalidRecord.of(
                    "",
                    "Someone changed this appointment meanwhile ("
                            + appointment.getUpdatedBy()
                            + "). Close it and open it again to see their changes.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        checkPlace(details, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        appointment.describe(details, clock.now(), caller.getDisplayName());
        transactions.auditAttendees(currentUser.actor(), appointment, AuditAction.UPDATE, null);
        return Optional.of(appointment);
    }

    /**
     * Records what became of an appointment (completed, cancelled, no-show); with {@code
     * following}, every later scheduled occurrence of its series gets the same status (cancelling
     * the rest of a series).
     */
    @Transactional
    public Optional<Appointment> changeStatus(
            long appointmentId, AppointmentStatus status, String reason, boolean following) {
        return changeStatus(appointmentId, status, reason, following, false);
    }

    /**
     * As {@link #changeStatus(long, AppointmentStatus, String, boolean)}; with {@code
     * notifyClients}, each attendee with an e-mail address is told of a cancellation or a missed
     * session once the change is committed (the date, time and counselor; never the reason).
     */
    @Transactional
    public Optional<Appointment> changeStatus(
            long appointmentId,
            AppointmentStatus status,
            String reason,
            boolean following,
            boolean notifyClients) {
        Account caller = gate.staff();
        Appointment appointment =
                em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null || !gate.appointment(caller, appointment)) {
            return Optional.empty();
        }
        if (status == null) {
            throw InvalidRecord.of("status", "Choose what became of the appointment.");
        }
        if (reason != null && reason.strip().length() > 300) {
            throw InvalidRecord.of("reason", "Keep the reason to 300 characters.");
        }
        if (status != AppointmentStatus.SCHEDULED
                && !status.isCancelled()
                && appointment.getStartsAt().isAfter(clock.now())) {
            throw InvalidRecord.of(
                    "status",
                    status.getLabel() + " can only be recorded once the appointment has begun.");
        }
        if (status == AppointmentStatus.SCHEDULED && appointment.isCancelled()) {
            throw InvalidRecord.of(
                    "status", "A cancelled appointment cannot be scheduled again; book a new one.");
        }
        List<Appointment> changing = new ArrayList<>();
        changing.add(appointment);
        if (following && appointment.getSeries() != null && status.isCancelled()) {
            changing.addAll(transactions.laterInSeries(appointment));
        }
        for (Appointment each : changing) {
            each.changeStatus(status, reason, clock.now(), caller.getDisplayName());
            changed.fire(
                    new AppointmentChanged(each.getId(), each.getStartsAt(), each.isCancelled()));
            transactions.auditAttendees(
                    currentUser.actor(), each, AuditAction.UPDATE, "status " + status);
        }
        if (notifyClients && (status.isCancelled() || status == AppointmentStatus.NO_SHOW)) {
            outgoing.fire(notices.write(changing, status));
        }
        return Optional.of(appointment);
    }

    private Map<String, String> checkDetails(AppointmentDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<AppointmentDetails> violation : validator.validate(details)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (details.getWith() == null || details.getWith().isBlank()) {
            problems.put("with", "Choose the client or couple.");
        }
        if (details.getDate() == null) {
            problems.put("date", "Enter the date.");
        } else {
            outsideBookable(details.getDate()).ifPresent(message -> problems.put("date", message));
        }
        if (details.getStartTime() == null) {
            problems.put("startTime", "Enter the start time.");
        }
        if (details.getEndTime() == null) {
            problems.put("endTime", "Enter the end time.");
        } else if (details.getEndTime().equals(details.getStartTime())) {
            problems.put("endTime", "The end must be after the start.");
        } else if (details.isEndsNextDay()
                && Duration.between(details.getStartTime(), details.getEndTime())
                                .plusDays(1)
                                .compareTo(LONGEST)
                        > 0) {
            problems.put(
                    "endTime",
                    "The end must be after the start. (An end before the start means the next"
                            + " day, for a session past midnight: at most 8 hours after it starts.)");
        }
        if (details.getKind() == null) {
            problems.put("kind", "Choose the kind of session.");
        }
        checkPlace(details, problems);
        if (details.getRepeat() != null) {
            if (details.getOccurrences() == null && details.getRepeatUntil() == null) {
                problems.put(
                        "occurrences", "Enter how many sessions, or the date the series ends.");
            } else if (details.getOccurrences() != null && details.getRepeatUntil() != null) {
                problems.put(
                        "repeatUntil",
                        "Give the number of sessions or the date the series ends, not both: clear one.");
            } else if (details.getOccurrences() != null
                    && (details.getOccurrences() < 2
                            || details.getOccurrences() > LocalTimes.MAX_OCCURRENCES)) {
                problems.put(
                        "occurrences",
                        "A series has between 2 and " + LocalTimes.MAX_OCCURRENCES + " sessions.");
            } else if (details.getOccurrences() == null
                    && details.getDate() != null
                    && !details.getRepeatUntil().isAfter(details.getDate())) {
                problems.put("repeatUntil", "The series must end after its first session.");
            }
            if (details.getRepeatUntil() != null && !problems.containsKey("repeatUntil")) {
                outsideBookable(details.getRepeatUntil())
                        .ifPresent(message -> problems.put("repeatUntil", message));
            }
        }
        return problems;
    }

    /**
     * Dates a practice means: from a year back (recording a past session) to three years ahead.
     * Outside them a year typed wrong (1900, 9999) is refused with the range, rather than booked
     * where no page shows it.
     */
    private Optional<String> outsideBookable(LocalDate date) {
        LocalDate earliest = clock.today().minusYears(1);
        LocalDate latest = clock.today().plusYears(3);
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            return Optional.of(
                    "Choose a date from "
                            + LocalTimes.day(earliest)
                            + " to "
                            + LocalTimes.day(latest)
                            + ".");
        }
        return Optional.empty();
    }

    private static void checkPlace(AppointmentDetails details, Map<String, String> problems) {
        if (details.getModality() == null) {
            problems.putIfAbsent("modality", "Choose in person or telehealth.");
        } else if (details.getModality() == Modality.TELEHEALTH
                && (details.getVideoLink() == null || details.getVideoLink().isBlank())) {
            problems.putIfAbsent("videoLink", "Enter the video link for a telehealth session.");
        }
    }

    private static void checkLength(Instant start, Instant end, Map<String, String> problems) {
        Duration length = Duration.between(start, end);
        if (length.isNegative() || length.isZero()) {
            problems.putIfAbsent("endTime", "The end must be after the start.");
        } else if (length.compareTo(LONGEST) > 0) {
            problems.putIfAbsent("endTime", "An appointment lasts at most 8 hours.");
        }
    }

    /** The client or couple behind "client:12" / "couple:3", if the caller may book them. */
    private Who resolve(String with, Map<String, String> problems) {
        if (with == null || with.isBlank()) {
            return new Who(null, null, Set.of());
        }
        String[] parts = with.split(":");
        Long id =
                parts.length == 2 && parts[1].matches("\\d{1,18}") ? Long.valueOf(parts[1]) : null;
        if (id != null && parts[0].equals("client")) {
            Optional<Client> client = clients.find(id);
            if (client.isPresent() && !client.get().isAnonymized()) {
                return new Who(client.get(), null, Set.of(client.get()));
            }
        } else if (id != null && parts[0].equals("couple")) {
            Optional<Couple> couple = couples.find(id);
            if (couple.isPresent() && couple.get().isActive()) {
                Set<Client> both = new LinkedHashSet<>();
                both.add(couple.get().getPartnerOne());
                both.add(couple.get().getPartnerTwo());
                return new Who(null, couple.get(), both);
            }
        }
        problems.put("with", "Choose a client or an active couple on your caseload.");
        return new Who(null, null, Set.of());
    }

    private record Who(Client client, Couple couple, Set<Client> attendees) {}

    private Account counselorFor(Account caller, Long counselorId, Map<String, String> problems) {
        if (caller.getRole() != Role.ADMIN
                || counselorId == null
                || counselorId.equals(caller.getId())) {
            if (caller.getRole() == Role.ADMIN && counselorId == null) {
                problems.put("counselorId", "Choose whose calendar the appointment goes in.");
            }
            return caller;
        }
        Optional<Account> counselor =
                accounts.find(counselorId).filter(a -> a.getRole() == Role.COUNSELOR);
        if (counselor.isEmpty()) {
            problems.put("counselorId", "Choose one of the practice's counselors.");
            return caller;
        }
        return counselor.get();
    }

    /** Earliest first, for lists. */
    static final Comparator<Appointment> BY_START = Comparator.comparing(Appointment::getStartsAt);

    /** Something the counselor can book: a client or a couple, with the label the picker shows. */
    public record Bookable(String key, String label) implements java.io.Serializable {

        public String getKey() {
            return key;
        }

        public String getLabel() {
            return label;
        }
    }
}
