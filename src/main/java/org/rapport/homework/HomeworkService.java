package org.rapport.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import org.rapport.clients.Couple;
import org.rapport.clients.CoupleEnded;
import org.rapport.clients.CoupleService;
import org.rapport.identity.AccessGate;
import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.platform.EditConflict;
import org.rapport.platform.Ids;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.NotVisible;
import org.rapport.platform.PracticeClock;
import org.rapport.platform.Slice;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.Held;

/**
 * Homework: counselors assign exercises to their clients and couples and read the answers; clients
 * do their own tasks in the portal. A partner never reads the other's answers unless the answering
 * partner shared them and the couple's policy is "no secrets" (answers of a task done together
 * belong to both). Every read of a client's homework is audited.
 */
@ApplicationScoped
public class HomeworkService {

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeClock clock;

    @Inject private ClientService clients;

    @Inject private CoupleService couples;

    @Inject private Validator validator;

    // ---------------------------------------------------------------- counselor side

    /**
     * Assigns an exercise; its tasks are created at once (per partner, or one shared task when
     * together).
     */
    @Transactional
    public Assignment assign(AssignmentDetails details) {
        Account caller = gate.staff();
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<AssignmentDetails> violation : validator.validate(details)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        Exercise exercise =
                details.getExerciseId() == null
                        ? null
                        : em.find(Exercise.class, details.getExerciseId());
        if (exercise == null) {
            problems.put("exerciseId", "Choose an exercise from the library.");
        }
        Client client = null;
        Couple couple = null;
        String with = details.getWith() == null ? "" : details.getWith();
        Long id = Ids.parse(with.substring(with.indexOf(':') + 1));
        if (with.startsWith("client:") && id != null && clients.isVisible(id)) {
            client = em.find(Client.class, id);
        } else if (with.startsWith("couple:") && id != null && couples.isVisible(id)) {
            couple = em.find(Couple.class, id);
            if (!couple.isActive()) {
                problems.put(
                        "with", "This couple's work has ended; re-activate it to assign homework.");
            }
        }
        if (client == null && couple == null) {
            problems.put("with", "Choose a client or a couple on your caseload.");
        }
        problems.putAll(
                HomeworkSchedule.problems(
                        details.getStartsOn(),
                        details.getRepeat(),
                        details.getDueOn(),
                        details.getWeekdays(),
                        details.getWeeks()));
        HomeworkSchedule.dateProblems(
                        clock.today(),
                        details.getStartsOn(),
                        true,
                        details.getRepeat(),
                        details.getDueOn())
                .forEach(problems::putIfAbsent);
        if (couple != null && details.getCoupleMode() == null) {
            problems.put("coupleMode", "Choose whether the partners do it separately or together.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        if (details.getRequestKey() != null) {
            // the same form sent twice (a double click, a reload): one assignment, the first one
            em.lock(client != null ? client : couple, LockModeType.PESSIMISTIC_WRITE);
            Optional<Assignment> already =
                    em.createQuery(
                                    "SELECT a FROM Assignment a WHERE a.requestKey = :key",
                                    Assignment.class)
                            .setParameter("key", details.getRequestKey())
                            .getResultStream()
                            .findFirst();
            if (already.isPresent()) {
                if (!gate.assignment(caller, already.get())) {
                    throw InvalidRecord.of(
                            "", "This form was used already; open Assign homework again.");
                }
                return already.get();
            }
        }
        Account counselor =
                caller.getRole() == Role.COUNSELOR
                        ? caller
                        : couple != null ? couple.getCounselor() : client.getPrimaryCounselor();
        Assignment assignment =
                new Assignment(
                        exercise,
                        em.find(Account.class, counselor.getId()),
                        client,
                        couple,
                        details,
                        clock.now());
        em.persist(assignment);
        for (LocalDate due :
                HomeworkSchedule.dueDates(
                        details.getStartsOn(),
                        details.getRepeat(),
                        details.getDueOn(),
                        details.getWeekdays(),
                        details.getWeeks())) {
            if (client != null) {
                em.persist(new HomeworkTask(assignment, client, due));
            } else if (details.getCoupleMode() == CoupleMode.TOGETHER) {
                em.persist(new HomeworkTask(assignment, null, due));
            } else {
                em.persist(new HomeworkTask(assignment, couple.getPartnerOne(), due));
                em.persist(new HomeworkTask(assignment, couple.getPartnerTwo(), due));
            }
        }
        em.flush();
        for (Client person : people(assignment)) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.CREATE,
                    "Assignment",
                    assignment.getId(),
                    person.getId(),
                    exercise.getSlug() + ", " + assignment.getScheduleText());
        }
        return assignment;
    }

    /**
     * A chart's homework: the client's own assignments and their couple's (or a couple's), with
     * progress; active, then paused, then ended, latest first within each, at most {@code limit}.
     */
    public Slice<AssignmentSummary> forChart(Long clientId, Long coupleId, int limit) {
        gate.staff();
        if (clientId != null && !clients.isVisible(clientId)
                || coupleId != null && !couples.isVisible(coupleId)) {
            return Slice.empty();
        }
        // own and couples' assignments in separate indexed reads (one "or" across outer joins scans
        // them all);
        // of the client's couples only those the caller may open: not even a title of the others'
        // homework
        String select =
                "SELECT a FROM Assignment a JOIN FETCH a.exercise e JOIN FETCH e.strategy LEFT JOIN FETCH"
                        + " a.client cl LEFT JOIN FETCH a.couple p LEFT JOIN FETCH p.partnerOne LEFT JOIN FETCH p.partnerTwo WHERE ";
        // active, then paused, then ended (as CHART_ORDER), latest first within each
        String order =
                " ORDER BY CASE a.status WHEN org.rapport.homework.AssignmentStatus.ACTIVE THEN 0"
                        + " WHEN org.rapport.homework.AssignmentStatus.PAUSED THEN 1 ELSE 2 END, a.startsOn DESC, a.id DESC";
        List<Long> coupleIds =
                clientId == null ? List.of(coupleId) : couples.visibleCouplesOf(clientId);
        List<Assignment> found = new ArrayList<>();
        if (clientId != null) {
            found.addAll(
                    em.createQuery(select + "cl.id = :id" + order, Assignment.class)
                            .setParameter("id", clientId)
                            .setMaxResults(limit + 1)
                            .getResultList());
        }
        if (!coupleIds.isEmpty()) {
            found.addAll(
                    em.createQuery(select + "p.id IN :couples" + order, Assignment.class)
                            .setParameter("couples", coupleIds)
                            .setMaxResults(limit + 1)
                            .getResultList());
        }
        found.sort(CHART_ORDER);
        List<Assignment> shown = found.size() > limit ? found.subList(0, limit) : found;
        Map<Long, List<HomeworkTask>> tasks = tasksOf(shown);
        LocalDate today = clock.today();
        Slice<AssignmentSummary> summaries =
                Slice.of(
                        shown.stream()
                                .map(
                                        a ->
                                                AssignmentSummary.of(
                                                        a,
                                                        tasks.getOrDefault(a.getId(), List.of()),
                                                        today))
                                .toList(),
                        limit,
                        found.size() > limit);
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "Assignment",
                null,
                clientId,
                summaries.size()
                        + " assignments on the chart of "
                        + (clientId != null ? "client " + clientId : "couple " + coupleId));
        return summaries;
    }

    private static final Comparator<Assignment> CHART_ORDER =
            Comparator.comparing(Assignment::getStatus) // declared active, paused, ended
                    .thenComparing(Assignment::getStartsOn, Comparator.reverseOrder())
                    .thenComparing(Assignment::getId, Comparator.reverseOrder());

    private Map<Long, List<HomeworkTask>> tasksOf(List<Assignment> assignments) {
        Map<Long, List<HomeworkTask>> byAssignment = new HashMap<>();
        if (assignments.isEmpty()) {
            return byAssignment;
        }
        em.createQuery(
                        "SELECT t FROM HomeworkTask t WHERE t.assignment.id IN :ids ORDER BY t.dueOn, t.id",
                        HomeworkTask.class)
                .setParameter("ids", assignments.stream().map(Assignment::getId).toList())
                .getResultList()
                .forEach(
                        t ->
                                byAssignment
                                        .computeIfAbsent(
                                                t.getAssignment().getId(), k -> new ArrayList<>())
                                        .add(t));
        return byAssignment;
    }

    /** One assignment with every task and every answer, for its counselor or an administrator. */
    public Optional<AssignmentView> assignment(long assignmentId) {
        Account caller = gate.staff();
        Assignment assignment = loadAssignment(assignmentId);
        if (assignment == null || !gate.assignment(caller, assignment)) {
            audit.refused(
                    currentUser.actor(),
                    "Assignment",
                    assignmentId,
                    assignment == null || assignment.getClient() == null
                            ? null
                            : assignment.getClient().getId(),
                    assignment != null);
            return Optional.empty();
        }
        List<HomeworkTask> tasks =
                tasksOf(List.of(assignment)).getOrDefault(assignmentId, List.of());
        List<HomeworkAnswer> answers =
                tasks.isEmpty()
                        ? List.of()
                        : em.createQuery(
                                        "SELECT a FROM HomeworkAnswer a"
                                                + " JOIN FETCH a.prompt JOIN FETCH a.client WHERE a.task.id IN :ids AND a.task.status = :done"
                                                + " ORDER BY a.prompt.position",
                                        HomeworkAnswer.class)
                                .setParameter(
                                        "ids", tasks.stream().map(HomeworkTask::getId).toList())
                                .setParameter("done", HomeworkTask.Status.DONE)
                                .getResultList();
        for (Client person : people(assignment)) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.VIEW,
                    "Assignment",
                    assignmentId,
                    person.getId(),
                    "answers");
        }
        return Optional.of(new AssignmentView(assignment, tasks, answers, clock.today()));
    }

    /**
     * The counselor's feedback on a completed task (shown to the client in their history), over the
     * version of the task the counselor saw: when someone saved the task since, nothing is saved
     * and {@link EditConflict} carries the stored feedback (a {@code String}, possibly null) so the
     * page can show both.
     */
    @Transactional
    public HomeworkTask giveFeedback(long taskId, long expectedVersion, String text) {
        Account caller = gate.staff();
        if (text != null && text.length() > 2000) {
            throw InvalidRecord.of("feedback", "Keep feedback under 2,000 characters.");
        }
        HomeworkTask task = em.find(HomeworkTask.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null || !gate.assignment(caller, task.getAssignment())) {
            throw new NotVisible("task");
        }
        if (!task.isDone()) {
            throw InvalidRecord.of("feedback", "Feedback is for completed tasks.");
        }
        if (task.getVersion() != expectedVersion) {
            throw new EditConflict(
                    task.getFeedback(),
                    task.getVersion(),
                    task.getFeedbackBy() == null ? "the client" : task.getFeedbackBy(),
                    task.getFeedbackAt());
        }
        task.giveFeedback(text, caller.getDisplayName(), clock.now());
        return task;
    }

    /**
     * Pauses, resumes or ends an assignment. Ending removes its future tasks that have no answers.
     */
    @Transactional
    public Assignment changeStatus(long assignmentId, AssignmentStatus status) {
        Account caller = gate.staff();
        Assignment assignment =
                em.find(Assignment.class, assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (assignment == null || !gate.assignment(caller, assignment)) {
            throw new NotVisible("assignment");
        }
        if (assignment.getStatus() == AssignmentStatus.ENDED) {
            throw InvalidRecord.of(
                    "", "This assignment has ended; assign the exercise again to restart it.");
        }
        assignment.changeStatus(status, caller.getDisplayName(), clock.now());
        if (status == AssignmentStatus.ENDED) {
            removeFutureTasks(assignmentId);
        }
        for (Client person : people(assignment)) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.UPDATE,
                    "Assignment",
                    assignmentId,
                    person.getId(),
                    status.name());
        }
        return assignment;
    }

    /**
     * A new schedule for an assignment, over the version the counselor saw (else {@link
     * EditConflict} with the schedule as it stands now, as text). What was done or started stays as
     * it is, and so do past days nobody did; the open tasks from today on that nobody has started
     * make way for the new schedule's days from today.
     */
    @Transactional
    public Assignment reschedule(
            long assignmentId, long expectedVersion, AssignmentDetails schedule) {
        Account caller = gate.staff();
        Assignment assignment =
                em.find(Assignment.class, assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (assignment == null || !gate.assignment(caller, assignment)) {
            throw new NotVisible("assignment");
        }
        if (assignment.getVersion() != expectedVersion) {
            throw new EditConflict(
                    assignment.getScheduleText(),
                    assignment.getVersion(),
                    assignment.getUpdatedBy() == null ? "someone else" : assignment.getUpdatedBy(),
                    assignment.getUpdatedAt());
        }
        if (assignment.getStatus() == AssignmentStatus.ENDED) {
            throw InvalidRecord.of(
                    "", "This assignment has ended; assign the exercise again to restart it.");
        }
        LocalDate today = clock.today();
        Map<String, String> problems =
                new LinkedHashMap<>(
                        HomeworkSchedule.problems(
                                schedule.getStartsOn(),
                                schedule.getRepeat(),
                                schedule.getDueOn(),
                                schedule.getWeekdays(),
                                schedule.getWeeks()));
        HomeworkSchedule.dateProblems(
                        today,
                        schedule.getStartsOn(),
                        !java.util.Objects.equals(schedule.getStartsOn(), assignment.getStartsOn()),
                        schedule.getRepeat(),
                        schedule.getDueOn())
                .forEach(problems::putIfAbsent);
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        String before = assignment.getScheduleText();
        removeFutureTasks(assignmentId);
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (HomeworkTask task :
                em.createQuery(
                                "SELECT t FROM HomeworkTask t WHERE t.assignment.id = :id",
                                HomeworkTask.class)
                        .setParameter("id", assignmentId)
                        .getResultList()) {
            kept.add(
                    task.getDueOn()
                            + "/"
                            + (task.getClient() == null ? 0 : task.getClient().getId()));
        }
        for (LocalDate due :
                HomeworkSchedule.dueDates(
                        schedule.getStartsOn(),
                        schedule.getRepeat(),
                        schedule.getDueOn(),
                        schedule.getWeekdays(),
                        schedule.getWeeks())) {
            if (due.isBefore(today)) {
                continue; // a new schedule never makes days that are already over
            }
            for (Client person : doers(assignment)) {
                if (kept.add(due + "/" + (person == null ? 0 : person.getId()))) {
                    em.persist(new HomeworkTask(assignment, person, due));
                }
            }
        }
        assignment.reschedule(schedule, caller.getDisplayName(), clock.now());
        em.flush();
        for (Client person : people(assignment)) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.UPDATE,
                    "Assignment",
                    assignmentId,
                    person.getId(),
                    "schedule: " + before + " \u2192 " + assignment.getScheduleText());
        }
        return assignment;
    }

    /** Who gets a task on each day: the client, each partner, or both together (null). */
    private static List<Client> doers(Assignment assignment) {
        if (assignment.getClient() != null) {
            return List.of(assignment.getClient());
        }
        if (assignment.getCoupleMode() == CoupleMode.TOGETHER) {
            return java.util.Collections.singletonList(null);
        }
        return List.of(
                assignment.getCouple().getPartnerOne(), assignment.getCouple().getPartnerTwo());
    }

    /**
     * Where an exercise is assigned now (not ended): the caller's own assignments for a counselor,
     * any for an administrator, of clients and couples the caller may open; latest first, at most
     * {@code limit}.
     */
    public List<Assignment> assignedOf(long exerciseId, int limit) {
        Account caller = gate.staff();
        String mine = caller.getRole() == Role.COUNSELOR ? " AND a.counselor.id = :me" : "";
        var query =
                em.createQuery(
                                "SELECT a FROM Assignment a LEFT JOIN FETCH a.client LEFT JOIN FETCH a.couple p"
                                        + " LEFT JOIN FETCH p.partnerOne LEFT JOIN FETCH p.partnerTwo WHERE a.exercise.id = :exercise"
                                        + " AND a.status <> :ended"
                                        + mine
                                        + " ORDER BY a.startsOn DESC, a.id DESC",
                                Assignment.class)
                        .setParameter("exercise", exerciseId)
                        .setParameter("ended", AssignmentStatus.ENDED);
        if (!mine.isEmpty()) {
            query.setParameter("me", caller.getId());
        }
        List<Assignment> found =
                query.setMaxResults(limit).getResultList().stream()
                        .filter(a -> gate.assignment(caller, a))
                        .toList();
        if (!found.isEmpty()) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.VIEW,
                    "Assignment",
                    null,
                    null,
                    found.size() + " assignments of exercise " + exerciseId);
        }
        return found;
    }

    /**
     * A couple's work ended (in that transaction): its homework ends too, so nothing more is due
     * for either partner, together or separately. What was done stays on the couple's chart.
     */
    void onCoupleEnded(@Observes CoupleEnded ended) {
        List<Assignment> going =
                em.createQuery(
                                "SELECT a FROM Assignment a WHERE a.couple.id = :couple"
                                        + " AND a.status <> :ended",
                                Assignment.class)
                        .setParameter("couple", ended.coupleId())
                        .setParameter("ended", AssignmentStatus.ENDED)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        for (Assignment assignment : going) {
            assignment.changeStatus(
                    AssignmentStatus.ENDED, currentUser.actor().name(), clock.now());
            removeFutureTasks(assignment.getId());
            for (Client person : people(assignment)) {
                audit.record(
                        currentUser.actor(),
                        AuditAction.UPDATE,
                        "Assignment",
                        assignment.getId(),
                        person.getId(),
                        "ENDED with the couple's work");
            }
        }
    }

    /** An ended assignment's open tasks from today on that nobody has started. */
    private void removeFutureTasks(long assignmentId) {
        em.createQuery(
                        "DELETE FROM HomeworkTask t WHERE t.assignment.id = :id AND t.status = :open AND t.dueOn >= :today"
                                + " AND NOT EXISTS (SELECT a FROM HomeworkAnswer a WHERE a.task = t)")
                .setParameter("id", assignmentId)
                .setParameter("open", HomeworkTask.Status.OPEN)
                .setParameter("today", clock.today())
                .executeUpdate();
    }

    /**
     * The before-session summary of an appointment: what its client or couple did since their
     * previous session (answers and scale scores per person) and what is overdue.
     */
    public Optional<SessionSummary> beforeSession(long appointmentId) {
        Account caller = gate.staff();
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null || !gate.appointment(caller, appointment)) {
            return Optional.empty();
        }
        Couple coupleSession = appointment.getCouple();
        Long whoId =
                coupleSession != null ? coupleSession.getId() : appointment.getClient().getId();
        if (coupleSession != null ? !couples.isVisible(whoId) : !clients.isVisible(whoId)) {
            return Optional.empty();
        }
        String who = coupleSession != null ? "a.couple.id = :who" : "a.client.id = :who";
        Instant previous =
                em.createQuery(
                                "SELECT MAX(a.startsAt) FROM Appointment a WHERE "
                                        + who
                                        + " AND a.startsAt < :start AND "
                                        + Held.CONDITION,
                                Instant.class)
                        .setParameter("who", whoId)
                        .setParameter("start", appointment.getStartsAt())
                        .setParameter("heldBy", clock.now())
                        .getSingleResult();
        LocalDate since =
                previous == null
                        ? appointment.getStartsAt().atZone(clock.zone()).toLocalDate().minusWeeks(2)
                        : previous.atZone(clock.zone()).toLocalDate();
        LocalDate until = appointment.getStartsAt().atZone(clock.zone()).toLocalDate();
        // An individual session shows the client's own homework, and of a couple's homework only
        // what is
        // theirs (their own tasks and those done together), and only when the caller is in that
        // couple's
        // care: a partner's own answers belong to the couple's chart, never to someone else's
        // session.
        List<Long> couplesInCare =
                coupleSession != null ? List.of() : couples.visibleCouplesOf(whoId);
        // Two indexed reads (assignments by client or couple, then tasks by assignment and due
        // date) rather
        // than one "own, or together and in a couple in care" condition, which scanned every
        // assignment.
        String tasksOf =
                "SELECT t FROM HomeworkTask t JOIN FETCH t.assignment a JOIN FETCH a.exercise"
                        + " LEFT JOIN FETCH t.client WHERE a.id IN :ids AND t.dueOn >= :since AND t.dueOn <= :until";
        List<HomeworkTask> tasks = new ArrayList<>();
        List<Long> whole =
                em.createQuery(
                                "SELECT x.id FROM Assignment x WHERE "
                                        + (coupleSession != null
                                                ? "x.couple.id = :who"
                                                : "x.client.id = :who"),
                                Long.class)
                        .setParameter("who", whoId)
                        .getResultList();
        if (!whole.isEmpty()) {
            tasks.addAll(
                    em.createQuery(tasksOf, HomeworkTask.class)
                            .setParameter("ids", whole)
                            .setParameter("since", since)
                            .setParameter("until", until)
                            .getResultList());
        }
        List<Long> ofCouples =
                couplesInCare.isEmpty()
                        ? List.of()
                        : em.createQuery(
                                        "SELECT x.id FROM Assignment x"
                                                + " WHERE x.couple.id IN :couples",
                                        Long.class)
                                .setParameter("couples", couplesInCare)
                                .getResultList();
        if (!ofCouples.isEmpty()) {
            tasks.addAll(
                    em.createQuery(tasksOf + " AND t.personKey IN (:who, 0)", HomeworkTask.class)
                            .setParameter("ids", ofCouples)
                            .setParameter("who", whoId)
                            .setParameter("since", since)
                            .setParameter("until", until)
                            .getResultList());
        }
        tasks.sort(Comparator.comparing(HomeworkTask::getDueOn).thenComparing(HomeworkTask::getId));
        List<HomeworkAnswer> answers =
                tasks.isEmpty()
                        ? List.of()
                        : em.createQuery(
                                        "SELECT a FROM HomeworkAnswer a"
                                                + " JOIN FETCH a.prompt JOIN FETCH a.client WHERE a.task.id IN :ids AND a.task.status = :done"
                                                + " ORDER BY a.task.dueOn, a.prompt.position",
                                        HomeworkAnswer.class)
                                .setParameter(
                                        "ids", tasks.stream().map(HomeworkTask::getId).toList())
                                .setParameter("done", HomeworkTask.Status.DONE)
                                .getResultList();
        java.util.Set<Long> read = new java.util.LinkedHashSet<>();
        appointment.getAttendees().forEach(attendee -> read.add(attendee.getId()));
        answers.forEach(answer -> read.add(answer.getClient().getId()));
        for (Long person : read) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.VIEW,
                    "Assignment",
                    null,
                    person,
                    "before-session summary of appointment " + appointmentId);
        }
        return Optional.of(new SessionSummary(since, until, tasks, answers, clock.today()));
    }

    // ---------------------------------------------------------------- client side

    /**
     * The signed-in client's homework: due today, this week, overdue, and the last weeks'
     * completion.
     */
    public PortalHomework portalHome() {
        Client me = clients.portalClient();
        LocalDate today = clock.today();
        List<Long> mine = assignmentsOf(me);
        List<HomeworkTask> tasks =
                mine.isEmpty()
                        ? List.of()
                        : em.createQuery(
                                        "SELECT t FROM HomeworkTask t"
                                                + " JOIN FETCH t.assignment a JOIN FETCH a.exercise LEFT JOIN FETCH a.couple WHERE "
                                                + MINE
                                                + " AND t.dueOn >= :from AND t.dueOn <= :to AND a.status <> :paused ORDER BY t.dueOn, t.id",
                                        HomeworkTask.class)
                                .setParameter("mine", mine)
                                .setParameter("me", me.getId())
                                .setParameter("from", today.minusWeeks(6))
                                .setParameter("to", today.plusDays(6))
                                .setParameter("paused", AssignmentStatus.PAUSED)
                                .getResultList();
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "Assignment",
                null,
                me.getId(),
                "own portal homework");
        return PortalHomework.of(tasks, today);
    }

    /** The client's completed tasks with the counselor's feedback, latest first. */
    public List<HomeworkTask> history() {
        Client me = clients.portalClient();
        List<Long> mine = assignmentsOf(me);
        List<HomeworkTask> done =
                mine.isEmpty()
                        ? List.of()
                        : em.createQuery(
                                        "SELECT t FROM HomeworkTask t"
                                                + " JOIN FETCH t.assignment a JOIN FETCH a.exercise LEFT JOIN FETCH a.couple WHERE "
                                                + MINE
                                                + " AND t.status = :done ORDER BY t.completedAt DESC, t.id DESC",
                                        HomeworkTask.class)
                                .setParameter("mine", mine)
                                .setParameter("me", me.getId())
                                .setParameter("done", HomeworkTask.Status.DONE)
                                .setMaxResults(200)
                                .getResultList();
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "Assignment",
                null,
                me.getId(),
                "own homework history");
        return done;
    }

    /**
     * One of the client's own tasks, with their answers and what their partner shared; empty for
     * anyone else's.
     */
    public Optional<PortalTask> portalTask(long taskId) {
        Client me = clients.portalClient();
        HomeworkTask task = ownTask(taskId, false);
        if (task == null) {
            audit.refused(
                    currentUser.actor(),
                    "HomeworkTask",
                    taskId,
                    null,
                    em.find(HomeworkTask.class, taskId) != null);
            return Optional.empty();
        }
        Exercise exercise =
                em.createQuery("SELECT e FROM Exercise e WHERE e.id = :id", Exercise.class)
                        .setParameter("id", task.getAssignment().getExercise().getId())
                        .setHint(
                                "jakarta.persistence.fetchgraph", em.getEntityGraph(Exercise.WHOLE))
                        .getSingleResult();
        List<HomeworkAnswer> answers = answersOf(task);
        Map<Long, HomeworkAnswer> own = new HashMap<>();
        List<HomeworkAnswer> partners = new ArrayList<>();
        for (HomeworkAnswer answer : answers) {
            if (answer.getClient().getId().equals(me.getId())) {
                own.put(answer.getPrompt().getId(), answer);
            } else if (task.getClient() == null) {
                partners.add(answer); // a task done together: both partners' answers belong to both
            }
        }
        Assignment assignment = task.getAssignment();
        if (assignment.getCouple() != null
                && task.getClient() != null
                && AccessGate.partnersShare(assignment.getCouple())) {
            // the partner's task of the same day: only what they chose to share
            partners.addAll(
                    em.createQuery(
                                    "SELECT a FROM HomeworkAnswer a JOIN FETCH a.prompt JOIN FETCH a.client"
                                            + " WHERE a.task.assignment.id = :assignment AND a.task.dueOn = :due AND a.client.id <> :me"
                                            + " AND a.shared = TRUE ORDER BY a.prompt.position",
                                    HomeworkAnswer.class)
                            .setParameter("assignment", assignment.getId())
                            .setParameter("due", task.getDueOn())
                            .setParameter("me", me.getId())
                            .getResultList());
        }
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "HomeworkTask",
                taskId,
                me.getId(),
                "own task");
        return Optional.of(
                new PortalTask(
                        task,
                        exercise,
                        own,
                        partners,
                        assignment.getCouple() != null
                                && task.getClient() != null
                                && AccessGate.partnersShare(assignment.getCouple()),
                        assignment.getReminderClientIds().contains(me.getId()),
                        clock.today()));
    }

    /** Saves the client's answers as they type (a draft until the task is completed). */
    @Transactional
    public void saveAnswers(long taskId, List<AnswerInput> inputs) {
        Client me = clients.portalClient();
        HomeworkTask task = ownTask(taskId, true);
        if (task == null) {
            throw new NotVisible("exercise");
        }
        if (task.isDone()) {
            throw InvalidRecord.of(
                    "", "You completed this exercise already; your answers are kept as they were.");
        }
        Map<Long, ReflectionPrompt> prompts = new HashMap<>();
        task.getAssignment().getExercise().getPrompts().forEach(p -> prompts.put(p.getId(), p));
        Map<String, String> problems = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            AnswerInput input = inputs.get(i);
            ReflectionPrompt prompt = prompts.get(input.promptId());
            if (prompt == null) {
                problems.put("", "An answer was sent for a question this exercise does not have.");
            } else if (input.text() != null && input.text().length() > HomeworkAnswer.TEXT_MAX) {
                problems.put("answers:" + i + ":text", "An answer holds at most 4,000 characters.");
            } else if (input.scale() != null && (input.scale() < 0 || input.scale() > 10)) {
                problems.put("answers:" + i + ":scale", "Choose a number from 0 to 10.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        boolean mayShare =
                task.getAssignment().getCouple() != null
                        && task.getClient() != null
                        && AccessGate.partnersShare(task.getAssignment().getCouple());
        Map<Long, HomeworkAnswer> existing = new HashMap<>();
        answersOf(task).stream()
                .filter(a -> a.getClient().getId().equals(me.getId()))
                .forEach(a -> existing.put(a.getPrompt().getId(), a));
        Instant now = clock.now();
        for (AnswerInput input : inputs) {
            HomeworkAnswer answer = existing.get(input.promptId());
            if (answer == null) {
                if ((input.text() == null || input.text().isBlank()) && input.scale() == null) {
                    continue;
                }
                answer = new HomeworkAnswer(task, prompts.get(input.promptId()), me);
                em.persist(answer);
            }
            answer.write(
                    input.text(),
                    prompts.get(input.promptId()).isScale() ? input.scale() : null,
                    mayShare && input.shared(),
                    now);
        }
    }

    /** Marks a task complete (once: a second press says so and changes nothing). */
    @Transactional
    public HomeworkTask complete(long taskId, Integer difficulty, Integer helpfulness) {
        Client me = clients.portalClient();
        HomeworkTask task = ownTask(taskId, true);
        if (task == null) {
            throw new NotVisible("exercise");
        }
        if (task.isDone()) {
            throw InvalidRecord.of(
                    "", "You marked this exercise complete already; nothing was changed.");
        }
        if (difficulty != null && (difficulty < 1 || difficulty > 5)
                || helpfulness != null && (helpfulness < 1 || helpfulness > 5)) {
            throw InvalidRecord.of("ratings", "Ratings go from 1 to 5.");
        }
        task.complete(me, difficulty, helpfulness, clock.now());
        audit.record(
                currentUser.actor(),
                AuditAction.UPDATE,
                "HomeworkTask",
                taskId,
                me.getId(),
                "completed");
        return task;
    }

    /** The client's choice of an e-mail on the day a task of the assignment is due. */
    @Transactional
    public void setReminder(long taskId, boolean wanted) {
        Client me = clients.portalClient();
        HomeworkTask task = ownTask(taskId, false);
        if (task == null) {
            throw new NotVisible("exercise");
        }
        Assignment assignment =
                em.find(
                        Assignment.class,
                        task.getAssignment().getId(),
                        LockModeType.PESSIMISTIC_WRITE);
        if (wanted) {
            assignment.getReminderClientIds().add(me.getId());
        } else {
            assignment.getReminderClientIds().remove(me.getId());
        }
    }

    // ---------------------------------------------------------------- rules

    /**
     * Tasks that are the client's, among the tasks of {@link #assignmentsOf}: their own tasks, and
     * their couple's tasks done together (person key 0), never the partner's own.
     */
    private static final String MINE = "t.assignment.id IN :mine AND t.personKey IN (:me, 0)";

    /**
     * The ids of the assignments that can hold the client's tasks: their own, and their couples'
     * (also of a couple whose work ended). Read first, by index, so that the task query is a range
     * on (assignment, due date) per assignment: one condition "own, or together and the couple's"
     * over all tasks made MariaDB scan every assignment of the practice (0.4 s on a five-year
     * practice).
     */
    private List<Long> assignmentsOf(Client me) {
        List<Long> ids =
                new ArrayList<>(
                        em.createQuery(
                                        "SELECT x.id FROM Assignment x WHERE x.client.id = :me",
                                        Long.class)
                                .setParameter("me", me.getId())
                                .getResultList());
        ids.addAll(
                em.createQuery(
                                "SELECT x.id FROM Assignment x WHERE x.couple.id IN (SELECT c.id FROM Couple c"
                                        + " WHERE c.partnerOne.id = :me OR c.partnerTwo.id = :me)",
                                Long.class)
                        .setParameter("me", me.getId())
                        .getResultList());
        return ids;
    }

    private HomeworkTask ownTask(long taskId, boolean lock) {
        HomeworkTask task =
                lock
                        ? em.find(HomeworkTask.class, taskId, LockModeType.PESSIMISTIC_WRITE)
                        : em.find(HomeworkTask.class, taskId);
        if (task == null) {
            return null;
        }
        return gate.ownTask(gate.caller(), task)
                        && task.getAssignment().getStatus() != AssignmentStatus.PAUSED
                ? task
                : null;
    }

    private List<HomeworkAnswer> answersOf(HomeworkTask task) {
        return em.createQuery(
                        "SELECT a FROM HomeworkAnswer a JOIN FETCH a.prompt JOIN FETCH a.client"
                                + " WHERE a.task.id = :task ORDER BY a.prompt.position",
                        HomeworkAnswer.class)
                .setParameter("task", task.getId())
                .getResultList();
    }

    private Assignment loadAssignment(long assignmentId) {
        return em.createQuery(
                        "SELECT a FROM Assignment a JOIN FETCH a.exercise e JOIN FETCH e.strategy"
                                + " JOIN FETCH a.counselor LEFT JOIN FETCH a.client LEFT JOIN FETCH a.couple p"
                                + " LEFT JOIN FETCH p.partnerOne LEFT JOIN FETCH p.partnerTwo WHERE a.id = :id",
                        Assignment.class)
                .setParameter("id", assignmentId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static List<Client> people(Assignment assignment) {
        return assignment.getClient() != null
                ? List.of(assignment.getClient())
                : List.of(
                        assignment.getCouple().getPartnerOne(),
                        assignment.getCouple().getPartnerTwo());
    }

    /** An answer as the portal sends it. */
    public record AnswerInput(long promptId, String text, Integer scale, boolean shared) {}

    /** Earliest due first. */
    static final Comparator<HomeworkTask> BY_DUE =
            Comparator.comparing(HomeworkTask::getDueOn).thenComparing(HomeworkTask::getId);

    /** Monday of the week a date falls in. */
    static LocalDate weekOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    }

    static long daysBetween(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }
}
