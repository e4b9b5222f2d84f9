package org.rapport.notes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import org.rapport.clients.Client;
import org.rapport.clients.ClientService;
import org.rapport.clients.CoupleService;
import org.rapport.homework.ExerciseService;
import org.rapport.homework.Strategy;
import org.rapport.identity.AccessGate;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.platform.EditConflict;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.NotVisible;
import org.rapport.platform.PracticeClock;
import org.rapport.platform.Slice;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.Held;

/**
 * Session notes: written (and autosaved) by the appointment's counselor, signed with their
 * password, then locked; corrected only by addenda. Who may read a note: an administrator, the
 * appointment's counselor, and for an individual client's note their primary counselor. Clients
 * never see notes. Private process notes are read and written by their author only. Every read is
 * audited.
 */
@ApplicationScoped
public class NoteService {

    private static final DateTimeFormatter SIGNED =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeClock clock;

    @Inject private AccountService accounts;

    @Inject private ClientService clients;

    @Inject private CoupleService couples;

    @Inject private ExerciseService exercises;

    @Inject private Validator validator;

    /**
     * Everything the note page shows for an appointment: the appointment, its note (if any), what
     * the caller may do.
     */
    public Optional<NotePage> page(long appointmentId) {
        Account caller = gate.staff();
        Appointment appointment = loadAppointment(appointmentId);
        SessionNote note = appointment == null ? null : noteOf(appointmentId);
        if (appointment == null || !gate.note(caller, appointment)) {
            audit.refused(
                    currentUser.actor(),
                    "SessionNote",
                    appointmentId,
                    appointment == null || appointment.getClient() == null
                            ? null
                            : appointment.getClient().getId(),
                    appointment != null);
            return Optional.empty();
        }
        ProcessNote processNote = null;
        if (note != null) {
            note.getAddenda().forEach(a -> a.getAuthor().getDisplayName());
            note.getAttendees().size();
            note.getInterventions().size();
            processNote = ownProcessNote(caller, note.getId());
        }
        boolean mayWrite = mayWrite(caller, appointment) && (note == null || !note.isSigned());
        String whyNot =
                mayWrite || (note != null && note.isSigned())
                        ? null
                        : whyNotWritable(caller, appointment);
        auditRead(
                appointment,
                note == null ? null : note.getId(),
                AuditAction.VIEW,
                note == null ? "no note yet" : null);
        return Optional.of(
                new NotePage(
                        appointment,
                        note,
                        mayWrite,
                        whyNot,
                        caller.getId().equals(appointment.getCounselor().getId()),
                        processNote));
    }

    /**
     * A draft for an appointment that has no note yet: date, length and attendees from the
     * appointment.
     */
    public NoteDraft newDraft(Appointment appointment) {
        if (!gate.note(gate.staff(), appointment)) {
            throw new NotVisible("appointment");
        }
        NoteDraft draft = new NoteDraft();
        draft.setFormat(lastFormatOf(appointment.getCounselor().getId()));
        draft.setSessionDate(appointment.getStartsAt().atZone(clock.zone()).toLocalDate());
        draft.setLengthMinutes(
                (int)
                        Duration.between(appointment.getStartsAt(), appointment.getEndsAt())
                                .toMinutes());
        draft.setAttendeeIds(
                appointment.getAttendees().stream().map(Client::getId).sorted().toList());
        return draft;
    }

    private NoteFormat lastFormatOf(long counselorId) {
        return em.createQuery(
                        "SELECT n.format FROM SessionNote n WHERE n.author.id = :me ORDER BY n.id DESC",
                        NoteFormat.class)
                .setParameter("me", counselorId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(NoteFormat.SOAP);
    }

    /**
     * Saves the draft (creating the note on its first save). {@code expectedVersion} is the version
     * the writer last saw (null for a new note); if someone saved in between, nothing is saved and
     * an {@link EditConflict} carries what is stored. A signed note is refused.
     */
    @Transactional
    public SessionNote saveDraft(long appointmentId, Long expectedVersion, NoteDraft draft) {
        Account caller = gate.staff();
        Appointment appointment =
                em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null || !gate.note(caller, appointment)) {
            // the same answer for an appointment that is not there and one the caller may not see
            throw new NotVisible("appointment");
        }
        if (!mayWrite(caller, appointment)) {
            throw InvalidRecord.of("", whyNotWritable(caller, appointment));
        }
        SessionNote note = noteOf(appointmentId);
        if (note != null && note.isSigned()) {
            throw signedAlready(note);
        }
        if (note == null && expectedVersion != null
                || note != null
                        && (expectedVersion == null || note.getVersion() != expectedVersion)) {
            if (note == null) {
                throw new NotVisible("note");
            }
            throw new EditConflict(
                    note.toDraft(),
                    note.getVersion(),
                    note.getAuthor().getDisplayName(),
                    note.getUpdatedAt());
        }
        Set<Client> attendees = check(appointment, draft);
        Instant now = clock.now();
        if (note == null) {
            note = new SessionNote(appointment, caller, now);
            note.write(draft, attendees, now);
            em.persist(note);
            em.flush();
            auditRead(appointment, note.getId(), AuditAction.CREATE, "draft");
        } else {
            note.write(draft, attendees, now);
            em.flush();
        }
        return note;
    }

    /**
     * Saves the final text and signs the note, in one transaction: the caller's password confirms
     * it is them. The note gets its signing time and content hash and is locked.
     */
    @Transactional
    public SessionNote sign(
            long appointmentId, Long expectedVersion, NoteDraft draft, String password) {
        Account caller = gate.staff();
        if (!accounts.confirmPassword(caller.getId(), password)) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.ACCESS_DENIED,
                    "SessionNote",
                    null,
                    null,
                    "wrong password when signing the note of appointment " + appointmentId);
            throw InvalidRecord.of(
                    "password",
                    "That is not your password. The note is saved as a draft and not signed.");
        }
        Map<String, String> problems = completeness(draft);
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        SessionNote note = saveDraft(appointmentId, expectedVersion, draft);
        note.sign(caller, clock.now());
        em.flush();
        markSigned(appointmentId);
        auditRead(note.getAppointment(), note.getId(), AuditAction.SIGN, note.getContentHash());
        return note;
    }

    /** What a note needs before it can be signed (field → message). */
    static Map<String, String> completeness(NoteDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!draft.hasText()) {
            problems.put(
                    "section1",
                    "Write the note before signing it: at least one section needs text.");
        }
        if (draft.getSessionDate() == null) {
            problems.put("sessionDate", "Enter the session date.");
        }
        if (draft.getLengthMinutes() == null) {
            problems.put("lengthMinutes", "Enter the session's length in minutes (1 to 480).");
        }
        if (draft.getAttendeeIds().isEmpty()) {
            problems.put("attendeeIds", "Tick who came to the session.");
        }
        if (draft.getRiskLevel() != RiskLevel.NONE
                && (draft.getRiskComment() == null || draft.getRiskComment().isBlank())) {
            problems.put(
                    "riskComment",
                    "Describe the risk and what was done about it (required above “none”).");
        }
        return problems;
    }

    /** Adds a signed addendum to a signed note (any staff member who may read the note). */
    @Transactional
    public Addendum addAddendum(long noteId, String text, String password) {
        Account caller = gate.staff();
        SessionNote note = em.find(SessionNote.class, noteId, LockModeType.PESSIMISTIC_WRITE);
        if (note == null || !gate.note(caller, note.getAppointment())) {
            throw new NotVisible("note");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            problems.put("addendum", "Write the addendum first.");
        } else if (text.length() > Addendum.MAX) {
            problems.put("addendum", "An addendum holds at most 10,000 characters.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        if (!accounts.confirmPassword(caller.getId(), password)) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.ACCESS_DENIED,
                    "SessionNote",
                    noteId,
                    null,
                    "wrong password when signing an addendum");
            throw InvalidRecord.of(
                    "addendumPassword", "That is not your password. The addendum was not added.");
        }
        if (!note.isSigned()) {
            throw InvalidRecord.of(
                    "addendum", "Addenda are for signed notes; this draft can still be edited.");
        }
        Addendum addendum =
                new Addendum(note, em.find(Account.class, caller.getId()), text, clock.now());
        em.persist(addendum);
        em.flush();
        note.getAddenda().add(addendum);
        auditRead(
                note.getAppointment(),
                note.getId(),
                AuditAction.SIGN,
                "addendum " + addendum.getId());
        return addendum;
    }

    /** Saves the caller's private process note for a session note (its author only). */
    @Transactional
    public ProcessNote saveProcessNote(long noteId, Long expectedVersion, String text) {
        Account caller = gate.staff();
        SessionNote note = em.find(SessionNote.class, noteId);
        // a private note is its author's alone: the session's own counselor
        if (note == null || !gate.writeNote(caller, note.getAppointment())) {
            throw new NotVisible("note");
        }
        if (text != null && text.length() > ProcessNote.MAX) {
            throw InvalidRecord.of(
                    "processNote", "A private note holds at most 20,000 characters.");
        }
        ProcessNote own =
                em.createQuery(
                                "SELECT p FROM ProcessNote p WHERE p.note.id = :note AND p.author.id = :me",
                                ProcessNote.class)
                        .setParameter("note", noteId)
                        .setParameter("me", caller.getId())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (own == null) {
            if (expectedVersion != null) {
                throw InvalidRecord.of("processNote", "Your private note was removed meanwhile.");
            }
            own = new ProcessNote(note, em.find(Account.class, caller.getId()));
            own.write(text, clock.now());
            em.persist(own);
        } else {
            if (expectedVersion == null || own.getVersion() != expectedVersion) {
                throw new EditConflict(
                        own.getBody(),
                        own.getVersion(),
                        caller.getDisplayName(),
                        own.getUpdatedAt());
            }
            own.write(text, clock.now());
        }
        em.flush();
        return own;
    }

    /**
     * The notes shown on a client's chart, latest first: their own sessions' and their couples'
     * joint sessions' (those the caller may read), at most {@code limit}.
     */
    public Slice<NoteSummary> forClient(long clientId, int limit) {
        Account caller = gate.staff();
        if (!clients.isVisible(clientId)) {
            return Slice.empty();
        }
        List<SessionNote> notes = notesOfClientAndCouples(clientId, "", limit + 1);
        boolean more = notes.size() > limit;
        notes.sort(LATEST_FIRST);
        return summaries(caller, notes, "Client", clientId, limit, more);
    }

    private static final Comparator<SessionNote> LATEST_FIRST =
            Comparator.comparing(SessionNote::getSessionDate)
                    .thenComparing(SessionNote::getId)
                    .reversed();

    /**
     * The notes of the client's own sessions and of their couples' joint sessions, in two indexed
     * reads: one condition "own or the couple's" across two outer joins made MariaDB scan every
     * note of the practice. With a limit, the latest that many of each.
     */
    private List<SessionNote> notesOfClientAndCouples(
            long clientId, String alsoFetch, Integer limit) {
        String select =
                "SELECT n FROM SessionNote n JOIN FETCH n.appointment a JOIN FETCH a.counselor"
                        + alsoFetch
                        + " LEFT JOIN FETCH n.client cl LEFT JOIN FETCH n.couple p LEFT JOIN FETCH p.partnerOne"
                        + " LEFT JOIN FETCH p.partnerTwo WHERE ";
        String order = " ORDER BY n.sessionDate DESC, n.id DESC";
        var own =
                em.createQuery(select + "cl.id = :id" + order, SessionNote.class)
                        .setParameter("id", clientId);
        List<SessionNote> notes =
                new ArrayList<>((limit == null ? own : own.setMaxResults(limit)).getResultList());
        List<Long> coupleIds =
                em.createQuery(
                                "SELECT c.id FROM Couple c WHERE c.partnerOne.id = :id"
                                        + " OR c.partnerTwo.id = :id",
                                Long.class)
                        .setParameter("id", clientId)
                        .getResultList();
        if (!coupleIds.isEmpty()) {
            var joint =
                    em.createQuery(select + "p.id IN :couples" + order, SessionNote.class)
                            .setParameter("couples", coupleIds);
            notes.addAll((limit == null ? joint : joint.setMaxResults(limit)).getResultList());
        }
        return notes;
    }

    /** The notes of a couple's joint sessions, latest first, at most {@code limit}. */
    public Slice<NoteSummary> forCouple(long coupleId, int limit) {
        Account caller = gate.staff();
        if (!couples.isVisible(coupleId)) {
            return Slice.empty();
        }
        List<SessionNote> notes =
                em.createQuery(
                                "SELECT n FROM SessionNote n JOIN FETCH n.appointment a"
                                        + " JOIN FETCH a.counselor LEFT JOIN FETCH n.couple p LEFT JOIN FETCH p.partnerOne"
                                        + " LEFT JOIN FETCH p.partnerTwo WHERE p.id = :id ORDER BY n.sessionDate DESC, n.id DESC",
                                SessionNote.class)
                        .setParameter("id", coupleId)
                        .setMaxResults(limit + 1)
                        .getResultList();
        return summaries(caller, notes, "Couple", coupleId, limit, notes.size() > limit);
    }

    /**
     * The first {@code limit} of the notes (in order) the caller may read, as summaries; audited.
     */
    private Slice<NoteSummary> summaries(
            Account caller,
            List<SessionNote> notes,
            String type,
            long id,
            int limit,
            boolean more) {
        List<SessionNote> visible =
                notes.stream().filter(n -> gate.note(caller, n.getAppointment())).toList();
        List<SessionNote> shown = visible.size() > limit ? visible.subList(0, limit) : visible;
        Map<Long, Long> addenda = addendumCounts(shown);
        Slice<NoteSummary> slice =
                Slice.of(
                        shown.stream()
                                .map(
                                        note ->
                                                NoteSummary.of(
                                                        note,
                                                        addenda.getOrDefault(note.getId(), 0L)))
                                .toList(),
                        limit,
                        more || visible.size() > limit);
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "SessionNote",
                null,
                "Client".equals(type) ? id : null,
                slice.size() + " notes of " + type.toLowerCase(Locale.ROOT) + " " + id);
        return slice;
    }

    private Map<Long, Long> addendumCounts(List<SessionNote> notes) {
        if (notes.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "SELECT d.note.id, COUNT(d) FROM Addendum d WHERE d.note.id IN :ids GROUP BY d.note.id",
                        Object[].class)
                .setParameter("ids", notes.stream().map(SessionNote::getId).toList())
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * Sessions held ({@link Held}) without a signed note, oldest first: the caller's own, or every
     * counselor's for an administrator (optionally one counselor's). At most {@code limit} rows.
     */
    public MissingNotes missingNotes(Long counselorId, int limit) {
        Account caller = gate.staff();
        Long counselor = caller.getRole() == Role.ADMIN ? counselorId : caller.getId();
        // the appointment's own flag, in the index (status, note_signed, counselor, time): no look
        // at its note
        // held sessions (Held: completed, or scheduled and over) without a signed note
        String where =
                " WHERE "
                        + Held.CONDITION
                        + " AND a.noteSigned = FALSE"
                        + (counselor != null ? " AND a.counselor.id = :k" : "");
        var query =
                em.createQuery(
                                "SELECT a FROM Appointment a JOIN FETCH a.counselor LEFT JOIN FETCH a.client"
                                        + " LEFT JOIN FETCH a.couple p LEFT JOIN FETCH p.partnerOne LEFT JOIN FETCH p.partnerTwo"
                                        + where
                                        + " ORDER BY a.startsAt, a.id",
                                Appointment.class)
                        .setParameter("heldBy", clock.now());
        var perCounselor =
                em.createQuery(
                                "SELECT a.counselor.id, a.counselor.displayName, COUNT(a), MIN(a.startsAt)"
                                        + " FROM Appointment a"
                                        + where
                                        + " GROUP BY a.counselor.id, a.counselor.displayName"
                                        + " ORDER BY a.counselor.displayName",
                                Object[].class)
                        .setParameter("heldBy", clock.now());
        if (counselor != null) {
            query.setParameter("k", counselor);
            perCounselor.setParameter("k", counselor);
        }
        List<Appointment> appointments = query.setMaxResults(limit).getResultList();
        Map<Long, SessionNote> drafts = new HashMap<>();
        if (!appointments.isEmpty()) {
            em.createQuery(
                            "SELECT n FROM SessionNote n WHERE n.appointment.id IN :ids",
                            SessionNote.class)
                    .setParameter("ids", appointments.stream().map(Appointment::getId).toList())
                    .getResultList()
                    .forEach(n -> drafts.put(n.getAppointment().getId(), n));
        }
        LocalDate today = clock.today();
        List<MissingNotes.Row> rows = new ArrayList<>();
        for (Appointment a : appointments) {
            LocalDate day = a.getStartsAt().atZone(clock.zone()).toLocalDate();
            SessionNote draft = drafts.get(a.getId());
            rows.add(
                    new MissingNotes.Row(
                            a.getId(),
                            a.getStartsAt(),
                            a.getWithName(),
                            a.getCounselor().getDisplayName(),
                            java.time.temporal.ChronoUnit.DAYS.between(day, today),
                            draft != null,
                            draft == null ? null : draft.getUpdatedAt()));
        }
        List<MissingNotes.Counselor> counts =
                perCounselor.getResultList().stream()
                        .map(
                                r ->
                                        new MissingNotes.Counselor(
                                                (Long) r[0],
                                                (String) r[1],
                                                (Long) r[2],
                                                (Instant) r[3]))
                        .toList();
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "SessionNote",
                null,
                null,
                "missing-notes report, " + rows.size() + " rows");
        return new MissingNotes(rows, counts);
    }

    /**
     * Records on the appointment that its note is signed, for "notes to write". A bulk update: it
     * is not an edit of the appointment, so it neither changes its version nor conflicts with
     * someone moving it.
     */
    private void markSigned(long appointmentId) {
        em.createQuery("UPDATE Appointment a SET a.noteSigned = TRUE WHERE a.id = :id")
                .setParameter("id", appointmentId)
                .executeUpdate();
    }

    /**
     * A note with its addenda for export, if the caller may read it (private notes are never part
     * of it).
     */
    public Optional<SessionNote> forExport(long noteId) {
        Account caller = gate.staff();
        SessionNote note = loadNote(noteId);
        if (note == null || !gate.note(caller, note.getAppointment())) {
            audit.refused(currentUser.actor(), "SessionNote", noteId, null, note != null);
            return Optional.empty();
        }
        auditRead(note.getAppointment(), note.getId(), AuditAction.EXPORT, "PDF");
        // the PDF's header names each person with their diagnoses
        if (note.getCouple() != null) {
            note.getCouple().getPartnerOne().getDiagnoses().size();
            note.getCouple().getPartnerTwo().getDiagnoses().size();
        } else if (note.getClient() != null) {
            note.getClient().getDiagnoses().size();
        }
        return Optional.of(note);
    }

    /**
     * The signed notes of a client's chart for export, oldest first (drafts and private notes are
     * left out). Their couples' joint notes may hold the partner's disclosures: they are part of it
     * only when the counselor chose so, and the audit says which.
     */
    public Optional<ChartExport> chartForExport(long clientId, boolean includeCoupleNotes) {
        Account caller = gate.staff();
        Client client = clients.find(clientId).orElse(null);
        if (client == null) {
            return Optional.empty();
        }
        client.getDiagnoses().size();
        List<SessionNote> signed =
                notesOfClientAndCouples(clientId, " JOIN FETCH n.signedBy", null).stream()
                        .filter(
                                n ->
                                        n.getSignedAt() != null
                                                && gate.note(caller, n.getAppointment()))
                        .sorted(
                                java.util.Comparator.comparing(SessionNote::getSessionDate)
                                        .thenComparing(SessionNote::getId))
                        .toList();
        List<SessionNote> notes =
                includeCoupleNotes
                        ? signed
                        : signed.stream().filter(n -> !n.isCoupleNote()).toList();
        int leftOut = signed.size() - notes.size();
        notes.forEach(
                n -> {
                    n.getAddenda().forEach(a -> a.getAuthor().getDisplayName());
                    n.getAttendees().size();
                    n.getInterventions().size();
                });
        audit.record(
                currentUser.actor(),
                AuditAction.EXPORT,
                "SessionNote",
                null,
                clientId,
                "chart PDF, "
                        + notes.size()
                        + " signed notes, "
                        + (includeCoupleNotes
                                ? "couple sessions' notes included"
                                : "couple sessions' notes left out (" + leftOut + ")"));
        return Optional.of(new ChartExport(client, notes, includeCoupleNotes, leftOut));
    }

    /**
     * How many signed notes of the client's couples' joint sessions the caller may read: the
     * chart's export asks before it includes them.
     */
    public long signedCoupleNotesOf(long clientId) {
        Account caller = gate.staff();
        if (!clients.isVisible(clientId)) {
            return 0;
        }
        return em.createQuery(
                        "SELECT n FROM SessionNote n JOIN FETCH n.appointment a JOIN FETCH a.counselor"
                                + " JOIN n.couple p WHERE n.signedAt IS NOT NULL AND (p.partnerOne.id = :id OR p.partnerTwo.id = :id)",
                        SessionNote.class)
                .setParameter("id", clientId)
                .getResultStream()
                .filter(n -> gate.note(caller, n.getAppointment()))
                .count();
    }

    /** The library's strategies, offered as interventions. */
    public List<Strategy> interventions() {
        return exercises.strategies();
    }

    /**
     * The note's state for an appointment, for links from the appointment page: null (none), draft,
     * signed.
     */
    public Optional<SessionNote> noteFor(long appointmentId) {
        Account caller = gate.staff();
        SessionNote note = noteOf(appointmentId);
        if (note == null || !gate.note(caller, note.getAppointment())) {
            return Optional.empty();
        }
        return Optional.of(note);
    }

    // ---- rules

    private Set<Client> check(Appointment appointment, NoteDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<NoteDraft> violation : validator.validate(draft)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        LocalDate today = clock.today();
        if (draft.getSessionDate() == null) {
            draft.setSessionDate(appointment.getStartsAt().atZone(clock.zone()).toLocalDate());
        } else if (draft.getSessionDate().isAfter(today)) {
            problems.put("sessionDate", "The session date cannot be in the future.");
        } else if (draft.getSessionDate().isBefore(today.minusYears(10))) {
            problems.put(
                    "sessionDate", "Enter the date of the session (within the last ten years).");
        }
        if (draft.getLengthMinutes() == null) {
            draft.setLengthMinutes(
                    (int)
                            Duration.between(appointment.getStartsAt(), appointment.getEndsAt())
                                    .toMinutes());
        }
        Map<Long, Client> present = new HashMap<>();
        appointment.getAttendees().forEach(c -> present.put(c.getId(), c));
        Set<Client> attendees = new HashSet<>();
        for (Long id : draft.getAttendeeIds()) {
            Client attendee = present.get(id);
            if (attendee == null) {
                problems.put(
                        "attendeeIds", "Only the appointment's clients can be marked as present.");
            } else {
                attendees.add(attendee);
            }
        }
        if (!draft.getInterventions().isEmpty()) {
            Set<String> known = new HashSet<>();
            interventions().forEach(s -> known.add(s.getKey()));
            if (!known.containsAll(draft.getInterventions())) {
                problems.put(
                        "interventions",
                        "Choose interventions from the list (others go in the text field).");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        return attendees;
    }

    private boolean mayWrite(Account caller, Appointment appointment) {
        return gate.writeNote(caller, appointment)
                && !appointment.isCancelled()
                && !appointment.getStartsAt().isAfter(clock.now());
    }

    private String whyNotWritable(Account caller, Appointment appointment) {
        if (!appointment.getCounselor().getId().equals(caller.getId())) {
            return "Only "
                    + appointment.getCounselor().getDisplayName()
                    + ", whose session this was, writes its note.";
        }
        if (appointment.isCancelled()) {
            return "This appointment was cancelled: there is no session to write a note about.";
        }
        if (appointment.getStartsAt().isAfter(clock.now())) {
            return "This session has not started yet; its note can be written once it has.";
        }
        return "You cannot write this note.";
    }

    private InvalidRecord signedAlready(SessionNote note) {
        return InvalidRecord.of(
                "",
                "This note was signed on "
                        + SIGNED.format(note.getSignedAt().atZone(clock.zone()))
                        + " and can no longer be changed. Add an addendum to correct or add to it.");
    }

    private Appointment loadAppointment(long appointmentId) {
        Appointment appointment =
                em.createQuery(
                                "SELECT a FROM Appointment a JOIN FETCH a.counselor"
                                        + " LEFT JOIN FETCH a.client c LEFT JOIN FETCH a.couple p LEFT JOIN FETCH p.partnerOne"
                                        + " LEFT JOIN FETCH p.partnerTwo WHERE a.id = :id",
                                Appointment.class)
                        .setParameter("id", appointmentId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (appointment != null) {
            appointment.getAttendees().size();
        }
        return appointment;
    }

    private SessionNote noteOf(long appointmentId) {
        return em.createQuery(
                        "SELECT n FROM SessionNote n WHERE n.appointment.id = :id",
                        SessionNote.class)
                .setParameter("id", appointmentId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private SessionNote loadNote(long noteId) {
        SessionNote note =
                em.createQuery(
                                "SELECT n FROM SessionNote n JOIN FETCH n.appointment a JOIN FETCH a.counselor"
                                        + " LEFT JOIN FETCH n.client LEFT JOIN FETCH n.couple p LEFT JOIN FETCH p.partnerOne"
                                        + " LEFT JOIN FETCH p.partnerTwo WHERE n.id = :id",
                                SessionNote.class)
                        .setParameter("id", noteId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (note != null) {
            note.getAddenda().forEach(a -> a.getAuthor().getDisplayName());
            note.getAttendees().size();
            note.getInterventions().size();
            if (note.getSignedBy() != null) {
                note.getSignedBy().getDisplayName();
            }
        }
        return note;
    }

    private ProcessNote ownProcessNote(Account caller, long noteId) {
        return em.createQuery(
                        "SELECT p FROM ProcessNote p WHERE p.note.id = :note AND p.author.id = :me",
                        ProcessNote.class)
                .setParameter("note", noteId)
                .setParameter("me", caller.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private void auditRead(
            Appointment appointment, Long noteId, AuditAction action, String detail) {
        for (Client attendee : appointment.getAttendees()) {
            audit.record(
                    currentUser.actor(),
                    action,
                    "SessionNote",
                    noteId,
                    attendee.getId(),
                    detail == null
                            ? "appointment " + appointment.getId()
                            : detail + ", appointment " + appointment.getId());
        }
    }

    /** Earliest session first. */
    static final Comparator<SessionNote> BY_DATE =
            Comparator.comparing(SessionNote::getSessionDate).thenComparing(SessionNote::getId);
}
