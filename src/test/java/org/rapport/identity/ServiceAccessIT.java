package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.audit.AuditFilter;
import org.rapport.audit.AuditQuery;
import org.rapport.checkins.CheckinAssignment;
import org.rapport.checkins.CheckinResponse;
import org.rapport.checkins.CheckinService;
import org.rapport.checkins.MeasureAlerts;
import org.rapport.checkins.QuestionnaireForm;
import org.rapport.clients.CaseloadQuery;
import org.rapport.clients.Client;
import org.rapport.clients.ClientDetails;
import org.rapport.clients.ClientService;
import org.rapport.clients.Confidentiality;
import org.rapport.clients.Couple;
import org.rapport.clients.CoupleDetails;
import org.rapport.clients.CoupleService;
import org.rapport.clients.RelationshipType;
import org.rapport.home.AnswersToRead;
import org.rapport.home.PracticeFigures;
import org.rapport.home.SessionGlance;
import org.rapport.homework.Assignment;
import org.rapport.homework.AssignmentDetails;
import org.rapport.homework.AssignmentStatus;
import org.rapport.homework.CoupleMode;
import org.rapport.homework.ExerciseFilter;
import org.rapport.homework.ExerciseForm;
import org.rapport.homework.ExerciseOrder;
import org.rapport.homework.ExerciseService;
import org.rapport.homework.HomeworkService;
import org.rapport.homework.HomeworkTask;
import org.rapport.homework.RepeatKind;
import org.rapport.notes.NoteDraft;
import org.rapport.notes.NoteService;
import org.rapport.notes.SessionNote;
import org.rapport.platform.EditConflict;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.Mailer;
import org.rapport.platform.NotVisible;
import org.rapport.platform.PracticeClock;
import org.rapport.platform.Slice;
import org.rapport.practice.PracticeSettingsForm;
import org.rapport.practice.PracticeSettingsService;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.AppointmentDetails;
import org.rapport.scheduling.AppointmentKind;
import org.rapport.scheduling.AppointmentStatus;
import org.rapport.scheduling.CalendarFeedService;
import org.rapport.scheduling.Modality;
import org.rapport.scheduling.SchedulingService;

/**
 * Every public method of every service, called inside the application as each kind of caller: the
 * services themselves refuse, whatever page (or none) calls them. The table must list every public
 * method (found by reflection), so a new one cannot be added without deciding who may call it.
 *
 * <p>The practice: Alex and Sam are Morgan X's clients and a couple in X's care (no secrets); Alex
 * and Dana were a couple seen by W, whose work ended; Chris and Dana are Y's clients. Alex had a
 * session with X (its note signed), Alex and Sam have a couple session ahead, homework each partner
 * does separately and a weekly check-in.
 *
 * <p>Callers: anonymous (nobody signed in), Alex (the client), Sam (the partner), Chris (another
 * client), X (Alex's own counselor and the couple's), Y (another counselor), W (the former couple
 * counselor of Alex and Dana), an administrator.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceAccessIT {

    /*
     * allow  the operation works (a change: it got past the access checks and was stopped by the stale
     *        version or the input the test sends, so the data stays as it is)
     * 404    not visible: an empty answer, NotVisible ("does not exist", as for a record that is not there),
     *        or a form's picker answering "choose one on your caseload"
     * deny   refused outright (SecurityException): the wrong kind of caller
     *
     * A row whose operation starts with "*" is a read of one client record: each "allow" must leave a
     * VIEW (or EXPORT) row of that caller in the audit trail, each "404" an ACCESS_DENIED row.
     */
    private static final String[] CALLERS = {
        "anonymous", "alex", "sam", "chris", "X", "Y", "W", "admin"
    };
    private static final String TABLE =
            """
            operation                             | anonymous | alex  | sam   | chris | X     | Y     | W     | admin
            *ClientService.find                   | deny      | allow | 404   | 404   | allow | 404   | 404   | allow
            ClientService.isVisible               | deny      | allow | 404   | 404   | allow | 404   | 404   | allow
            *ClientService.chart                  | deny      | 404   | 404   | 404   | allow | 404   | 404   | allow
            ClientService.signedInClient          | deny      | allow | allow | allow | 404   | 404   | 404   | 404
            ClientService.portalClient            | deny      | allow | allow | allow | deny  | deny  | deny  | deny
            ClientService.ownRecord               | deny      | allow | allow | allow | 404   | 404   | 404   | 404
            ClientService.caseloadPage            | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            ClientService.caseloadCount           | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            ClientService.exportCaseload          | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            ClientService.possibleDuplicates      | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            ClientService.create                  | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            ClientService.update                  | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            ClientService.changeStatus            | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            ClientService.anonymize               | deny      | deny  | deny  | deny  | deny  | deny  | deny  | allow
            ClientService.counselors              | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            ClientService.inviteToPortal          | deny      | 404   | 404   | 404   | 404   | allow | 404   | allow
            CoupleService.isVisible               | deny      | allow | allow | 404   | allow | 404   | 404   | allow
            *CoupleService.find                   | deny      | allow | allow | 404   | allow | 404   | 404   | allow
            *CoupleService.find(ended)            | deny      | allow | 404   | 404   | 404   | 404   | allow | allow
            CoupleService.visibleCouplesOf        | deny      | allow | allow | 404   | allow | 404   | allow | allow
            CoupleService.create                  | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            CoupleService.update                  | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            CoupleService.end                     | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            CoupleService.reactivate              | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            CoupleService.counselors              | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            *NoteService.page                     | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            NoteService.newDraft                  | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            NoteService.saveDraft                 | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            NoteService.sign                      | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            NoteService.addAddendum               | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            NoteService.saveProcessNote           | deny      | deny  | deny  | deny  | allow | 404   | 404   | 404
            NoteService.forClient                 | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            NoteService.forCouple                 | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            NoteService.missingNotes              | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            *NoteService.forExport                | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            NoteService.chartForExport            | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            NoteService.signedCoupleNotesOf       | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            NoteService.interventions             | allow     | allow | allow | allow | allow | allow | allow | allow
            NoteService.noteFor                   | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            HomeworkService.assign                | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            HomeworkService.forChart              | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            *HomeworkService.assignment           | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            HomeworkService.giveFeedback          | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            HomeworkService.changeStatus          | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            HomeworkService.reschedule            | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            HomeworkService.assignedOf            | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            HomeworkService.beforeSession         | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            HomeworkService.portalHome            | deny      | allow | allow | allow | deny  | deny  | deny  | deny
            HomeworkService.history               | deny      | allow | allow | allow | deny  | deny  | deny  | deny
            *HomeworkService.portalTask           | deny      | allow | 404   | 404   | deny  | deny  | deny  | deny
            HomeworkService.saveAnswers           | deny      | allow | 404   | 404   | deny  | deny  | deny  | deny
            HomeworkService.complete              | deny      | allow | 404   | 404   | deny  | deny  | deny  | deny
            HomeworkService.setReminder           | deny      | allow | 404   | 404   | deny  | deny  | deny  | deny
            ExerciseService.find                  | allow     | allow | allow | allow | allow | allow | allow | allow
            ExerciseService.count                 | allow     | allow | allow | allow | allow | allow | allow | allow
            ExerciseService.findBySlug            | allow     | allow | allow | allow | allow | allow | allow | allow
            ExerciseService.strategies            | allow     | allow | allow | allow | allow | allow | allow | allow
            ExerciseService.strategy              | allow     | allow | allow | allow | allow | allow | allow | allow
            ExerciseService.draft                 | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            ExerciseService.formOf                | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            ExerciseService.savePractice          | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            CheckinService.questionnaires         | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            CheckinService.define                 | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            CheckinService.assign                 | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            CheckinService.assignBeforeSession    | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            CheckinService.assignedOn             | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            CheckinService.shareCoupleView        | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            CheckinService.chart                  | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            CheckinService.exportCsv              | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            CheckinService.exportCoupleCsv        | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            CheckinService.pending                | deny      | allow | allow | allow | deny  | deny  | deny  | deny
            *CheckinService.own                   | deny      | allow | 404   | 404   | deny  | deny  | deny  | deny
            CheckinService.submit                 | deny      | allow | 404   | 404   | deny  | deny  | deny  | deny
            CheckinService.draft                  | deny      | allow | 404   | 404   | deny  | deny  | deny  | deny
            CheckinService.saveDraft              | deny      | allow | 404   | 404   | deny  | deny  | deny  | deny
            CheckinService.ownTrend               | deny      | allow | allow | allow | deny  | deny  | deny  | deny
            CheckinService.sharedCoupleView       | deny      | allow | allow | allow | deny  | deny  | deny  | deny
            CheckinService.answeredSince          | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            MeasureAlerts.open                    | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            *MeasureAlerts.onChart                | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            MeasureAlerts.acknowledge             | deny      | deny  | deny  | deny  | allow | 404   | 404   | deny
            PracticeFigures.figures               | deny      | deny  | deny  | deny  | deny  | deny  | deny  | allow
            AnswersToRead.mine                    | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            SessionGlance.forSessions             | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            SchedulingService.range               | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            *SchedulingService.find               | deny      | allow | 404   | 404   | allow | 404   | 404   | allow
            *SchedulingService.find(couple)       | deny      | allow | allow | 404   | allow | 404   | 404   | allow
            SchedulingService.portalAppointments  | deny      | allow | allow | 404   | deny  | deny  | deny  | deny
            SchedulingService.forChart            | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            SchedulingService.bookable            | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            SchedulingService.bookableByKey       | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            SchedulingService.book                | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            SchedulingService.move                | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            SchedulingService.describe            | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            SchedulingService.changeStatus        | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            SchedulingService.laterInSeries       | deny      | deny  | deny  | deny  | allow | 404   | 404   | allow
            CalendarFeedService.enabledSince      | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            CalendarFeedService.newAddress        | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            CalendarFeedService.turnOff           | deny      | deny  | deny  | deny  | allow | allow | allow | allow
            CalendarFeedService.entries           | 404       | 404   | 404   | 404   | 404   | 404   | 404   | 404
            StaffService.list                     | deny      | deny  | deny  | deny  | deny  | deny  | deny  | allow
            StaffService.invite                   | deny      | deny  | deny  | deny  | deny  | deny  | deny  | allow
            StaffService.disable                  | deny      | deny  | deny  | deny  | deny  | deny  | deny  | allow
            StaffService.enable                   | deny      | deny  | deny  | deny  | deny  | deny  | deny  | allow
            AuditQuery.find                       | deny      | deny  | deny  | deny  | deny  | deny  | deny  | allow
            AuditQuery.count                      | deny      | deny  | deny  | deny  | deny  | deny  | deny  | allow
            AuditQuery.exportCsv                  | deny      | deny  | deny  | deny  | deny  | deny  | deny  | allow
            PracticeSettingsService.editing       | deny      | deny  | deny  | deny  | deny  | deny  | deny  | allow
            PracticeSettingsService.save          | deny      | deny  | deny  | deny  | deny  | deny  | deny  | allow
            PracticeSettingsService.crisisText    | allow     | allow | allow | allow | allow | allow | allow | allow
            PracticeSettingsService.workingHours  | allow     | allow | allow | allow | allow | allow | allow | allow
            PracticeSettingsService.rooms         | allow     | allow | allow | allow | allow | allow | allow | allow
            """;

    /**
     * The account store: the building blocks of sign-in and of the checked services above, which
     * pass who acts (an {@code Actor}) or run before anyone is signed in. Not callable from a page;
     * each is listed with why it has no caller check of its own.
     */
    private static final Map<String, String> ACCOUNT_STORE =
            Map.ofEntries(
                    Map.entry("AccountService.findByEmail", "sign-in, before anyone is signed in"),
                    Map.entry(
                            "AccountService.find",
                            "the signed-in account's own record (CurrentUser, SessionGuard)"),
                    Map.entry(
                            "AccountService.confirmPassword",
                            "re-authentication of the caller (signing notes, second factor)"),
                    Map.entry(
                            "AccountService.count",
                            "start-up: whether the practice has any account yet"),
                    Map.entry(
                            "AccountService.checkPassword", "sign-in, before anyone is signed in"),
                    Map.entry(
                            "AccountService.issueTicket",
                            "sign-in, after the password and second factor"),
                    Map.entry(
                            "AccountService.redeem",
                            "sign-in, after the password and second factor"),
                    Map.entry(
                            "AccountService.sessionStillValid",
                            "SessionGuard, for the signed-in account"),
                    Map.entry(
                            "AccountService.disable",
                            "StaffService.disable (administrators), which checks"),
                    Map.entry(
                            "AccountService.enable",
                            "StaffService.enable (administrators), which checks"),
                    Map.entry(
                            "AccountService.anonymize",
                            "ClientService.anonymize (administrators), which checks"),
                    Map.entry(
                            "AccountService.create",
                            "StaffService.invite and ClientService.inviteToPortal, which check"),
                    Map.entry(
                            "AccountService.readdressInvitation",
                            "ClientService.inviteToPortal, which checks"),
                    Map.entry(
                            "AccountService.createWithPasswordHash",
                            "practice set-up at first start (demo, first administrator)"),
                    Map.entry(
                            "AccountService.setPassword",
                            "one-time links (set and reset password), checked by their token"),
                    Map.entry(
                            "AccountService.staff",
                            "StaffService.list (administrators), which checks"));

    private static final List<Class<?>> SERVICES =
            List.of(
                    ClientService.class,
                    CoupleService.class,
                    NoteService.class,
                    HomeworkService.class,
                    ExerciseService.class,
                    CheckinService.class,
                    MeasureAlerts.class,
                    PracticeFigures.class,
                    AnswersToRead.class,
                    SessionGlance.class,
                    SchedulingService.class,
                    CalendarFeedService.class,
                    StaffService.class,
                    AuditQuery.class,
                    PracticeSettingsService.class,
                    AccountService.class);

    private static final String PASSWORD = "access-Table-2026!";

    @Deployment
    static WebArchive rapport() {
        return ShrinkWrap.create(ZipImporter.class, "rapport.war")
                .importFrom(new File(System.getProperty("rapport.war", "target/rapport.war")))
                .as(WebArchive.class);
    }

    @Inject private HttpServletRequest request;

    @Inject private AccountService accounts;

    @Inject private ClientService clients;

    @Inject private CoupleService couples;

    @Inject private NoteService notes;

    @Inject private HomeworkService homework;

    @Inject private ExerciseService exercises;

    @Inject private CheckinService checkins;

    @Inject private MeasureAlerts alerts;

    @Inject private PracticeFigures figures;

    @Inject private AnswersToRead toRead;

    @Inject private SessionGlance glance;

    @Inject private SchedulingService scheduling;

    @Inject private CalendarFeedService feeds;

    @Inject private AuditQuery audit;

    @Inject private StaffService staff;

    @Inject private PracticeSettingsService practiceSettings;

    @Inject private PracticeClock clock;

    @PersistenceContext private EntityManager em;

    @Inject private UserTransaction transaction;

    private final String run = String.valueOf(System.nanoTime());

    @Test
    void theTableListsEveryPublicMethodOfEveryService() {
        Set<String> inTable = new TreeSet<>(ACCOUNT_STORE.keySet());
        TABLE.lines()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> l.split("\\|")[0].strip().replace("*", "").replaceAll("\\(.*\\)$", ""))
                .forEach(inTable::add);
        Set<String> methods = new TreeSet<>();
        for (Class<?> service : SERVICES) {
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()) {
                    methods.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        Set<String> missing = new TreeSet<>(methods);
        missing.removeAll(inTable);
        Set<String> gone = new TreeSet<>(inTable);
        gone.removeAll(methods);
        assertTrue(
                missing.isEmpty(),
                "public service methods missing from the access table: " + missing);
        assertTrue(
                gone.isEmpty(),
                "rows of the access table for methods that no longer exist: " + gone);
    }

    @Test
    void everyCallerGetsWhatTheTableSays() throws Exception {
        Map<String, Account> callers = new LinkedHashMap<>();
        Account x = account("x", Role.COUNSELOR);
        Account y = account("y", Role.COUNSELOR);
        Account w = account("w", Role.COUNSELOR);
        Account admin = account("admin", Role.ADMIN);

        // the practice, made through the services as its counselors
        as(x);
        Client alex = client("Alex");
        Client sam = client("Sam");
        as(y);
        Client chris = client("Chris");
        Client dana = client("Dana");
        Client eve = client("Eve");
        Account alexPortal = portal(alex);
        Account samPortal = portal(sam);
        Account chrisPortal = portal(chris);
        as(admin);
        Couple ended = couples.create(coupleDetails(alex, dana, w));
        couples.end(ended.getId(), clock.today());
        as(x);
        Couple couple = couples.create(coupleDetails(alex, sam, null));
        Appointment past =
                scheduling
                        .book(
                                appointment(
                                        "client:" + alex.getId(), clock.today().minusDays(3), true))
                        .get(0);
        scheduling.changeStatus(past.getId(), AppointmentStatus.COMPLETED, null, false);
        NoteDraft draft = notes.newDraft(notes.page(past.getId()).orElseThrow().appointment());
        draft.setSection1("Alex talked about the week.");
        SessionNote saved = notes.saveDraft(past.getId(), null, draft);
        SessionNote note = notes.sign(past.getId(), saved.getVersion(), draft, PASSWORD);
        Appointment pastTogether =
                scheduling
                        .book(
                                appointment(
                                        "couple:" + couple.getId(),
                                        clock.today().minusDays(2),
                                        true))
                        .get(0);
        scheduling.changeStatus(pastTogether.getId(), AppointmentStatus.COMPLETED, null, false);
        NoteDraft together = notes.newDraft(pastTogether);
        together.setSection1("Both talked about the week.");
        notes.sign(
                pastTogether.getId(),
                notes.saveDraft(pastTogether.getId(), null, together).getVersion(),
                together,
                PASSWORD);
        Appointment ahead =
                scheduling
                        .book(
                                appointment(
                                        "couple:" + couple.getId(),
                                        clock.today().plusDays(3),
                                        false))
                        .get(0);
        Assignment assignment = homework.assign(homework("couple:" + couple.getId()));
        HomeworkTask alexTask =
                em.createQuery(
                                "SELECT t FROM HomeworkTask t WHERE t.assignment.id = :id"
                                        + " AND t.client.id = :alex ORDER BY t.dueOn",
                                HomeworkTask.class)
                        .setParameter("id", assignment.getId())
                        .setParameter("alex", alex.getId())
                        .setMaxResults(1)
                        .getSingleResult();
        Long weekly =
                em.createQuery(
                                "SELECT q.id FROM Questionnaire q WHERE q.slug = 'trust-connection-weekly'",
                                Long.class)
                        .getSingleResult();
        CheckinAssignment checkin =
                checkins.assign(weekly, "couple:" + couple.getId(), clock.today(), 2, true, false);
        CheckinResponse alexCheckin =
                em.createQuery(
                                "SELECT r FROM CheckinResponse r WHERE r.assignment.id = :id"
                                        + " AND r.client.id = :alex ORDER BY r.dueOn",
                                CheckinResponse.class)
                        .setParameter("id", checkin.getId())
                        .setParameter("alex", alex.getId())
                        .setMaxResults(1)
                        .getSingleResult();
        Account colleague = account("colleague", Role.COUNSELOR);
        // an alert raised as in use: Alex answers a PHQ-9 with item 9 above "Not at all"
        Long phq =
                em.createQuery(
                                "SELECT q.id FROM Questionnaire q WHERE q.slug = 'phq-9'",
                                Long.class)
                        .getSingleResult();
        CheckinAssignment measure =
                checkins.assign(phq, "client:" + alex.getId(), clock.today(), 1, false, false);
        as(alexPortal);
        CheckinResponse alexPhq =
                checkins.pending().stream()
                        .filter(r -> r.getAssignment().getId().equals(measure.getId()))
                        .findFirst()
                        .orElseThrow();
        Map<Long, Integer> phqAnswers = new java.util.HashMap<>();
        checkins.own(alexPhq.getId())
                .orElseThrow()
                .getAssignment()
                .getQuestionnaire()
                .getScaleItems()
                .forEach(i -> phqAnswers.put(i.getId(), i.getPosition() == 9 ? 1 : 0));
        checkins.submit(alexPhq.getId(), phqAnswers, Map.of());
        as(x);
        long alert =
                ((Number)
                                em.createNativeQuery(
                                                "SELECT MAX(id) FROM measure_alert WHERE client_id = ?")
                                        .setParameter(1, alex.getId())
                                        .getSingleResult())
                        .longValue();

        callers.put("anonymous", null);
        callers.put("alex", alexPortal);
        callers.put("sam", samPortal);
        callers.put("chris", chrisPortal);
        callers.put("X", x);
        callers.put("Y", y);
        callers.put("W", w);
        callers.put("admin", admin);

        ClientDetails stale = new ClientDetails();
        CoupleDetails staleCouple = coupleDetails(alex, sam, null);
        Map<String, Supplier<Object>> operations = new LinkedHashMap<>();
        operations.put("ClientService.find", () -> clients.find(alex.getId()));
        operations.put("ClientService.isVisible", () -> clients.isVisible(alex.getId()));
        operations.put("ClientService.chart", () -> clients.chart(alex.getId()));
        operations.put("ClientService.signedInClient", () -> clients.signedInClient());
        operations.put("ClientService.portalClient", () -> clients.portalClient());
        operations.put("ClientService.ownRecord", () -> clients.ownRecord());
        operations.put(
                "ClientService.caseloadPage",
                () ->
                        clients.caseloadPage(CaseloadQuery.everyone(), 0, 1000).stream()
                                .filter(row -> row.client().getId().equals(alex.getId()))
                                .findFirst());
        operations.put(
                "ClientService.caseloadCount",
                () -> done(() -> clients.caseloadCount(CaseloadQuery.everyone())));
        operations.put(
                "ClientService.exportCaseload",
                () ->
                        done(
                                () ->
                                        write(
                                                out ->
                                                        clients.exportCaseload(
                                                                CaseloadQuery.everyone(), out))));
        operations.put(
                "ClientService.possibleDuplicates",
                () -> {
                    ClientDetails same = new ClientDetails();
                    same.setLegalName("Someone Else " + run);
                    same.setEmail(alex.getEmail());
                    return clients.possibleDuplicates(same, null);
                });
        operations.put("ClientService.create", () -> clients.create(new ClientDetails()));
        operations.put("ClientService.update", () -> clients.update(alex.getId(), -1, stale));
        operations.put(
                "ClientService.changeStatus",
                () -> clients.changeStatus(alex.getId(), null, null, null));
        operations.put("ClientService.anonymize", () -> done(() -> clients.anonymize(eve.getId())));
        operations.put("ClientService.counselors", () -> clients.counselors());
        operations.put("ClientService.inviteToPortal", () -> clients.inviteToPortal(dana.getId()));
        operations.put("CoupleService.isVisible", () -> couples.isVisible(couple.getId()));
        operations.put("CoupleService.find", () -> couples.find(couple.getId()));
        operations.put("CoupleService.find(ended)", () -> couples.find(ended.getId()));
        operations.put(
                "CoupleService.visibleCouplesOf", () -> couples.visibleCouplesOf(alex.getId()));
        operations.put("CoupleService.create", () -> couples.create(new CoupleDetails()));
        operations.put(
                "CoupleService.update", () -> couples.update(couple.getId(), -1, staleCouple));
        operations.put(
                "CoupleService.end", () -> couples.end(couple.getId(), LocalDate.of(1999, 1, 1)));
        operations.put("CoupleService.reactivate", () -> couples.reactivate(couple.getId()));
        operations.put("CoupleService.counselors", () -> couples.counselors());
        operations.put("NoteService.page", () -> notes.page(past.getId()));
        operations.put("NoteService.newDraft", () -> notes.newDraft(past));
        operations.put("NoteService.saveDraft", () -> notes.saveDraft(past.getId(), null, draft));
        operations.put(
                "NoteService.sign",
                () -> notes.sign(past.getId(), note.getVersion(), draft, PASSWORD));
        operations.put(
                "NoteService.addAddendum", () -> notes.addAddendum(note.getId(), "", PASSWORD));
        operations.put(
                "NoteService.saveProcessNote",
                () -> notes.saveProcessNote(note.getId(), -1L, "A thought."));
        operations.put("NoteService.forClient", () -> notes.forClient(alex.getId(), 20));
        operations.put("NoteService.forCouple", () -> notes.forCouple(couple.getId(), 20));
        operations.put("NoteService.missingNotes", () -> notes.missingNotes(null, 20));
        operations.put("NoteService.forExport", () -> notes.forExport(note.getId()));
        operations.put(
                "NoteService.chartForExport", () -> notes.chartForExport(alex.getId(), true));
        // a count (0 here: the couple has had no session yet, and 0 for a client one may not see):
        // only a refusal counts
        operations.put(
                "NoteService.signedCoupleNotesOf",
                () -> done(() -> notes.signedCoupleNotesOf(alex.getId())));
        operations.put("NoteService.interventions", () -> notes.interventions());
        operations.put("NoteService.noteFor", () -> notes.noteFor(past.getId()));
        operations.put(
                "HomeworkService.assign",
                () -> {
                    AssignmentDetails nothing = homework("couple:" + couple.getId());
                    nothing.setExerciseId(null);
                    return homework.assign(nothing);
                });
        operations.put(
                "HomeworkService.forChart", () -> homework.forChart(null, couple.getId(), 20));
        operations.put("HomeworkService.assignment", () -> homework.assignment(assignment.getId()));
        operations.put(
                "HomeworkService.giveFeedback",
                () -> homework.giveFeedback(alexTask.getId(), -1, "Well done."));
        operations.put(
                "HomeworkService.changeStatus",
                () -> homework.changeStatus(assignment.getId(), AssignmentStatus.ACTIVE));
        operations.put(
                "HomeworkService.reschedule",
                () -> homework.reschedule(assignment.getId(), -1, new AssignmentDetails()));
        operations.put(
                "HomeworkService.assignedOf",
                () -> homework.assignedOf(assignment.getExercise().getId(), 20));
        operations.put(
                "HomeworkService.beforeSession", () -> homework.beforeSession(ahead.getId()));
        operations.put("HomeworkService.portalHome", () -> homework.portalHome());
        operations.put("HomeworkService.history", () -> done(() -> homework.history()));
        operations.put("HomeworkService.portalTask", () -> homework.portalTask(alexTask.getId()));
        operations.put(
                "HomeworkService.saveAnswers",
                () -> done(() -> homework.saveAnswers(alexTask.getId(), List.of())));
        operations.put(
                "HomeworkService.complete", () -> homework.complete(alexTask.getId(), 99, 99));
        operations.put(
                "HomeworkService.setReminder",
                () -> done(() -> homework.setReminder(alexTask.getId(), false)));
        operations.put(
                "ExerciseService.find",
                () -> exercises.find(ExerciseFilter.NONE, ExerciseOrder.TITLE, true, 0, 10));
        operations.put("ExerciseService.count", () -> exercises.count(ExerciseFilter.NONE));
        operations.put("ExerciseService.findBySlug", () -> exercises.findBySlug("trigger-journal"));
        operations.put("ExerciseService.strategies", () -> exercises.strategies());
        operations.put(
                "ExerciseService.strategy",
                () ->
                        exercises.strategies().stream()
                                .findFirst()
                                .flatMap(s -> exercises.strategy(s.getKey())));
        operations.put("ExerciseService.draft", () -> exercises.draft(null));
        operations.put(
                "ExerciseService.formOf", () -> done(() -> exercises.formOf("trigger-journal")));
        operations.put(
                "ExerciseService.savePractice",
                () -> exercises.savePractice(null, null, new ExerciseForm()));
        operations.put("CheckinService.questionnaires", () -> checkins.questionnaires());
        operations.put("CheckinService.define", () -> checkins.define(new QuestionnaireForm()));
        operations.put(
                "CheckinService.assign",
                () ->
                        checkins.assign(
                                null, "couple:" + couple.getId(), clock.today(), 2, true, false));
        operations.put(
                "CheckinService.assignBeforeSession",
                () ->
                        checkins.assignBeforeSession(
                                null, "couple:" + couple.getId(), 48, 1, true, false));
        operations.put(
                "CheckinService.assignedOn", () -> checkins.assignedOn(null, couple.getId()));
        operations.put(
                "CheckinService.shareCoupleView",
                () -> checkins.shareCoupleView(checkin.getId(), false));
        operations.put("CheckinService.chart", () -> checkins.chart(null, couple.getId()));
        operations.put(
                "CheckinService.exportCoupleCsv",
                () -> done(() -> write(out -> checkins.exportCoupleCsv(couple.getId(), out))));
        operations.put(
                "CheckinService.exportCsv",
                () -> done(() -> write(out -> checkins.exportCsv(alex.getId(), out))));
        operations.put("CheckinService.pending", () -> done(() -> checkins.pending()));
        operations.put("CheckinService.own", () -> checkins.own(alexCheckin.getId()));
        operations.put("CheckinService.draft", () -> checkins.draft(alexCheckin.getId()));
        operations.put(
                "CheckinService.saveDraft",
                () -> checkins.saveDraft(alexCheckin.getId(), Map.of(), Map.of()));
        operations.put(
                "CheckinService.submit",
                () -> checkins.submit(alexCheckin.getId(), Map.of(), Map.of()));
        operations.put("CheckinService.ownTrend", () -> done(() -> checkins.ownTrend()));
        operations.put(
                "CheckinService.sharedCoupleView", () -> done(() -> checkins.sharedCoupleView()));
        operations.put(
                "CheckinService.answeredSince",
                () ->
                        done(
                                () ->
                                        checkins.answeredSince(
                                                java.time.Instant.now()
                                                        .minus(java.time.Duration.ofDays(7)),
                                                20)));
        operations.put("PracticeFigures.figures", () -> figures.figures());
        operations.put("AnswersToRead.mine", () -> done(() -> toRead.mine(20)));
        operations.put(
                "SessionGlance.forSessions",
                () -> glance.forSessions(List.of(em.find(Appointment.class, ahead.getId()))));
        operations.put("MeasureAlerts.open", () -> done(() -> alerts.open()));
        operations.put("MeasureAlerts.onChart", () -> alerts.onChart(alex.getId(), null));
        operations.put("MeasureAlerts.acknowledge", () -> alerts.acknowledge(alert));
        operations.put(
                "SchedulingService.range",
                () ->
                        done(
                                () ->
                                        scheduling.range(
                                                null,
                                                clock.now().minusSeconds(86_400 * 7),
                                                clock.now().plusSeconds(86_400 * 7))));
        operations.put("SchedulingService.find", () -> scheduling.find(past.getId()));
        operations.put("SchedulingService.find(couple)", () -> scheduling.find(ahead.getId()));
        operations.put(
                "SchedulingService.portalAppointments", () -> scheduling.portalAppointments());
        operations.put(
                "SchedulingService.forChart", () -> scheduling.forChart(alex.getId(), null, 20));
        operations.put("SchedulingService.bookable", () -> scheduling.bookable("Alex " + run));
        operations.put(
                "SchedulingService.bookableByKey",
                () -> scheduling.bookableByKey("client:" + alex.getId()));
        operations.put(
                "SchedulingService.book",
                () -> {
                    AppointmentDetails clash =
                            appointment("client:" + alex.getId(), clock.today().plusDays(3), false);
                    clash.setEndTime(
                            clash.getStartTime()
                                    .minusMinutes(10)); // ends before it starts: refused as input
                    return scheduling.book(clash);
                });
        operations.put(
                "SchedulingService.move",
                () ->
                        scheduling.move(
                                ahead.getId(), -1, ahead.getStartsAt(), ahead.getEndsAt(), false));
        operations.put(
                "SchedulingService.describe",
                () ->
                        scheduling.describe(
                                ahead.getId(),
                                -1,
                                appointment(
                                        "couple:" + couple.getId(),
                                        clock.today().plusDays(3),
                                        false)));
        operations.put(
                "SchedulingService.changeStatus",
                () -> scheduling.changeStatus(ahead.getId(), null, null, false));
        operations.put(
                "SchedulingService.laterInSeries", () -> scheduling.laterInSeries(ahead.getId()));
        operations.put("CalendarFeedService.enabledSince", () -> done(() -> feeds.enabledSince()));
        operations.put("CalendarFeedService.newAddress", () -> feeds.newAddress());
        operations.put("CalendarFeedService.turnOff", () -> done(() -> feeds.turnOff()));
        operations.put("CalendarFeedService.entries", () -> feeds.entries("not-a-feed-" + run));
        operations.put("StaffService.list", () -> staff.list());
        operations.put(
                "StaffService.invite",
                () ->
                        staff.invite(
                                "New Person",
                                "n" + System.nanoTime() + "@test.invalid",
                                Role.COUNSELOR));
        operations.put("StaffService.disable", () -> done(() -> staff.disable(colleague.getId())));
        operations.put("StaffService.enable", () -> done(() -> staff.enable(colleague.getId())));
        operations.put("AuditQuery.find", () -> audit.find(AuditFilter.NONE, 0, 10));
        operations.put("AuditQuery.count", () -> audit.count(AuditFilter.NONE));
        operations.put(
                "AuditQuery.exportCsv", () -> write(out -> audit.exportCsv(AuditFilter.NONE, out)));
        operations.put("PracticeSettingsService.editing", () -> practiceSettings.editing());
        // an empty practice name: past the access check, refused as input, nothing saved
        operations.put(
                "PracticeSettingsService.save",
                () -> {
                    PracticeSettingsForm unnamed = practiceSettings.editing().form();
                    unnamed.setPracticeName(" ");
                    return practiceSettings.save(unnamed, 0);
                });
        operations.put("PracticeSettingsService.crisisText", () -> practiceSettings.crisisText());
        operations.put(
                "PracticeSettingsService.workingHours", () -> practiceSettings.workingHours());
        operations.put("PracticeSettingsService.rooms", () -> done(() -> practiceSettings.rooms()));

        List<String> wrong = new ArrayList<>();
        for (String line : TABLE.lines().skip(1).filter(l -> !l.isBlank()).toList()) {
            String[] cells = line.split("\\|");
            String operation = cells[0].strip();
            boolean audited = operation.startsWith("*");
            Supplier<Object> call = operations.get(operation.replace("*", ""));
            if (call == null) {
                wrong.add("no call written for " + operation);
                continue;
            }
            for (int i = 0; i < CALLERS.length; i++) {
                Account caller = callers.get(CALLERS[i]);
                as(caller);
                long auditBefore = lastAuditId();
                String actual = outcome(call);
                String expected = cells[i + 1].strip();
                if (!expected.equals(actual)) {
                    wrong.add(
                            CALLERS[i]
                                    + " calling "
                                    + operation
                                    + ": expected "
                                    + expected
                                    + ", got "
                                    + actual);
                } else if (audited && caller != null && !expected.equals("deny")) {
                    List<String> actions = auditActionsSince(auditBefore, caller);
                    boolean recorded =
                            expected.equals("allow")
                                    ? actions.contains("VIEW") || actions.contains("EXPORT")
                                    : actions.contains("ACCESS_DENIED");
                    if (!recorded) {
                        wrong.add(
                                CALLERS[i]
                                        + " calling "
                                        + operation
                                        + " ("
                                        + expected
                                        + ") left no "
                                        + (expected.equals("allow") ? "VIEW" : "ACCESS_DENIED")
                                        + " row in the audit trail: "
                                        + actions);
                    }
                }
            }
        }
        request.removeAttribute(CurrentUser.ACCOUNT_ATTRIBUTE);
        assertTrue(
                wrong.isEmpty(),
                wrong.size() + " outcomes differ from the table:\n" + String.join("\n", wrong));
        assertEquals(
                TABLE.lines().skip(1).filter(l -> !l.isBlank()).count(),
                operations.size(),
                "every call written is in the table");
    }

    // ---- outcomes

    private static String outcome(Supplier<Object> operation) {
        try {
            Object result = operation.get();
            return isEmpty(result) ? "404" : "allow";
        } catch (RuntimeException e) {
            return outcome(e);
        }
    }

    private static String outcome(Throwable thrown) {
        Throwable cause = thrown;
        while (true) {
            if (cause instanceof SecurityException) {
                return "deny";
            }
            if (cause instanceof NotVisible) {
                return "404";
            }
            if (cause instanceof InvalidRecord invalid) {
                return invalid.problems().values().stream()
                                .anyMatch(ServiceAccessIT::readsAsNotThere)
                        ? "404"
                        : "allow";
            }
            if (cause instanceof EditConflict || cause instanceof Mailer.MailNotSent) {
                return "allow"; // past the access checks: stopped by the stale version, or this
                // server sends no mail
            }
            if (cause.getCause() == null || cause.getCause() == cause) {
                return "error: " + cause;
            }
            cause = cause.getCause();
        }
    }

    /**
     * A form's picker refuses a client or couple the caller may not see as it refuses one that is
     * not there: "choose one on your caseload" (a field message, since the person chose it in the
     * form).
     */
    private static boolean readsAsNotThere(String message) {
        return message.toLowerCase().contains("on your caseload");
    }

    private static boolean isEmpty(Object result) {
        return result == null
                || result instanceof Optional<?> optional && optional.isEmpty()
                || result instanceof Collection<?> collection && collection.isEmpty()
                || result instanceof Slice<?> slice && slice.items().isEmpty()
                || result instanceof Boolean visible && !visible
                || result instanceof Number count && count.longValue() == 0;
    }

    /**
     * For a call whose empty answer is a correct one for an allowed caller: only a refusal counts.
     */
    private static Object done(Runnable work) {
        work.run();
        return "done";
    }

    private static Object write(IoWork work) {
        try {
            StringWriter out = new StringWriter();
            return work.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface IoWork {
        Object write(StringWriter out) throws IOException;
    }

    private long lastAuditId() {
        Object max =
                em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_event")
                        .getSingleResult();
        return ((Number) max).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> auditActionsSince(long id, Account caller) {
        return em.createNativeQuery(
                        "SELECT action FROM audit_event WHERE id > ? AND account_id = ?")
                .setParameter(1, id)
                .setParameter(2, caller.getId())
                .getResultList();
    }

    // ---- the practice

    private void as(Account account) {
        if (account == null) {
            request.removeAttribute(CurrentUser.ACCOUNT_ATTRIBUTE);
        } else {
            request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, account);
        }
    }

    private Account account(String name, Role role) {
        return accounts.createWithPasswordHash(
                name + run + "@test.invalid",
                name + " " + run,
                role,
                PasswordHasher.hash(PASSWORD));
    }

    private Client client(String name) {
        ClientDetails details = new ClientDetails();
        details.setLegalName(name + " " + run);
        details.setPreferredName(name);
        details.setEmail(name.toLowerCase() + run + "@client.test.invalid");
        return clients.create(details);
    }

    /** The client's portal account, as if they had accepted the invitation. */
    private Account portal(Client client) throws Exception {
        Account portal =
                accounts.createWithPasswordHash(
                        "portal-" + client.getEmail(), client.getName(), Role.CLIENT, null);
        transaction.begin();
        em.createNativeQuery("UPDATE client SET portal_account_id = ? WHERE id = ?")
                .setParameter(1, portal.getId())
                .setParameter(2, client.getId())
                .executeUpdate();
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        return portal;
    }

    private static CoupleDetails coupleDetails(Client one, Client two, Account counselor) {
        CoupleDetails details = new CoupleDetails();
        details.setPartnerOneId(one.getId());
        details.setPartnerTwoId(two.getId());
        details.setRelationshipType(RelationshipType.MARRIED);
        details.setConfidentiality(Confidentiality.NO_SECRETS);
        if (counselor != null) {
            details.setCounselorId(counselor.getId());
        }
        return details;
    }

    private static AppointmentDetails appointment(String with, LocalDate day, boolean past) {
        AppointmentDetails details = new AppointmentDetails();
        details.setWith(with);
        details.setDate(day);
        details.setStartTime(LocalTime.of(10, 0));
        details.setEndTime(LocalTime.of(10, 50));
        details.setKind(
                with.startsWith("couple:") ? AppointmentKind.COUPLE : AppointmentKind.INDIVIDUAL);
        details.setModality(Modality.IN_PERSON);
        details.setPastConfirmed(past);
        return details;
    }

    private AssignmentDetails homework(String with) {
        AssignmentDetails details = new AssignmentDetails();
        details.setWith(with);
        details.setExerciseId(
                em.createQuery(
                                "SELECT e.id FROM Exercise e WHERE e.slug = 'trigger-journal'",
                                Long.class)
                        .getSingleResult());
        details.setStartsOn(clock.today());
        details.setRepeat(RepeatKind.WEEKLY);
        details.setWeekdays(EnumSet.of(clock.today().getDayOfWeek()));
        details.setWeeks(2);
        details.setCoupleMode(CoupleMode.SEPARATELY);
        return details;
    }
}
