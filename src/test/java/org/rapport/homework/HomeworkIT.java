package org.rapport.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.clients.Client;
import org.rapport.clients.ClientDetails;
import org.rapport.clients.ClientService;
import org.rapport.clients.Confidentiality;
import org.rapport.clients.Couple;
import org.rapport.clients.CoupleDetails;
import org.rapport.clients.CoupleService;
import org.rapport.clients.RelationshipType;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.platform.EditConflict;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.NotVisible;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.AppointmentDetails;
import org.rapport.scheduling.AppointmentKind;
import org.rapport.scheduling.Modality;
import org.rapport.scheduling.SchedulingService;

/**
 * Homework inside the real application against MariaDB: assigning (and what is refused), the tasks
 * it makes, partner privacy in both confidentiality policies, crafted requests for someone else's
 * task, completing once, the before-session summary, and reminders sent once.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class HomeworkIT {

    /** The reminded client's address, shared with the client-side check of the mail server. */
    static final String REMINDED = "homework-reminded@test.invalid";

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

    @Inject private HomeworkService homework;

    @Inject private HomeworkReminderJob reminders;

    @Inject private ExerciseService exercises;

    @Inject private SchedulingService scheduling;

    @Inject private PracticeClock clock;

    @PersistenceContext private EntityManager em;

    @Inject private UserTransaction transaction;

    private String run;
    private Account counselor;
    private Account other;

    @BeforeEach
    void practice() {
        if (accounts == null) {
            return; // the client-side check has nothing injected
        }
        run = String.valueOf(System.nanoTime());
        counselor = account("k", Role.COUNSELOR);
        other = account("o", Role.COUNSELOR);
    }

    @Test
    void badAssignmentsGetAMessageEachAndSomeoneElsesClientIsRefused() {
        as(counselor);
        Client client = client("Solo");
        AssignmentDetails endless = details("client:" + client.getId(), "promise-log");
        endless.setRepeat(RepeatKind.DAILY);
        endless.setWeeks(null);
        assertTrue(refused(endless).get("weeks").contains("needs an end"));
        AssignmentDetails early = details("client:" + client.getId(), "promise-log");
        early.setRepeat(RepeatKind.ONCE);
        early.setDueOn(clock.today().minusDays(1));
        assertEquals("The due date cannot be before the start date.", refused(early).get("dueOn"));
        assertTrue(
                refused(details("client:" + client.getId(), "no-such-exercise"))
                        .containsKey("exerciseId"));

        as(other);
        assertEquals(
                "Choose a client or a couple on your caseload.",
                refused(details("client:" + client.getId(), "promise-log")).get("with"),
                "not another counselor's client");
        assertEquals(0, homework.forChart(client.getId(), null, 20).size());
    }

    @Test
    void separatelyMakesATaskPerPartnerAndPartnersSeeOnlyWhatIsSharedUnderNoSecrets()
            throws Exception {
        as(counselor);
        Client one = portalClient("One");
        Client two = portalClient("Two");
        Couple couple = couple(one, two, Confidentiality.NO_SECRETS);
        AssignmentDetails details = details("couple:" + couple.getId(), "trigger-journal");
        details.setCoupleMode(CoupleMode.SEPARATELY);
        Assignment assignment = homework.assign(details);
        List<HomeworkTask> tasks = tasks(assignment);
        assertEquals(2 * 2, tasks.size(), "weekly on one day for two weeks, one task per partner");

        HomeworkTask onesToday = taskOf(tasks, one);
        HomeworkTask twosToday = taskOf(tasks, two);
        ReflectionPrompt first = prompts(assignment).get(0);
        ReflectionPrompt second = prompts(assignment).get(1);
        asClient(one);
        homework.saveAnswers(
                onesToday.getId(),
                List.of(
                        new HomeworkService.AnswerInput(
                                first.getId(), "Private: I checked the phone twice.", null, false),
                        new HomeworkService.AnswerInput(
                                second.getId(),
                                second.isScale() ? null : "Shared: I said it out loud.",
                                second.isScale() ? 6 : null,
                                true)));

        asClient(two);
        PortalTask seenByTwo = homework.portalTask(twosToday.getId()).orElseThrow();
        assertTrue(seenByTwo.mayShare());
        assertEquals(
                1, seenByTwo.partnerAnswers().size(), "only the shared answer reaches the partner");
        assertFalse(
                seenByTwo.partnerAnswers().get(0).getText() != null
                        && seenByTwo.partnerAnswers().get(0).getText().contains("Private"));
        assertTrue(
                homework.portalTask(onesToday.getId()).isEmpty(),
                "the partner's own task cannot be opened by id");
        assertThrows(
                NotVisible.class,
                () ->
                        homework.saveAnswers(
                                onesToday.getId(),
                                List.of(
                                        new HomeworkService.AnswerInput(
                                                first.getId(),
                                                "Overwritten by the partner",
                                                null,
                                                false))));
        assertThrows(NotVisible.class, () -> homework.complete(onesToday.getId(), null, null));

        as(counselor);
        AssignmentView drafts = homework.assignment(assignment.getId()).orElseThrow();
        assertEquals(
                0,
                drafts.answersFor(
                                drafts.tasks().stream()
                                        .filter(t -> t.getId().equals(onesToday.getId()))
                                        .findFirst()
                                        .orElseThrow())
                        .size(),
                "saved for later: the client's own until sent, not the counselor's to read");
        asClient(one);
        homework.complete(onesToday.getId(), null, null);
        as(counselor);
        AssignmentView view = homework.assignment(assignment.getId()).orElseThrow();
        assertEquals(
                2,
                view.answersFor(
                                view.tasks().stream()
                                        .filter(t -> t.getId().equals(onesToday.getId()))
                                        .findFirst()
                                        .orElseThrow())
                        .size(),
                "once sent, the counselor reads both answers, shared or not");
    }

    @Test
    void whenTheCoupleWorkEndsNothingMoreFlowsBetweenTheFormerPartners() throws Exception {
        as(counselor);
        Client one = portalClient("Ended One");
        Client two = portalClient("Ended Two");
        Couple couple = couple(one, two, Confidentiality.NO_SECRETS);
        AssignmentDetails separately = details("couple:" + couple.getId(), "trigger-journal");
        separately.setCoupleMode(CoupleMode.SEPARATELY);
        Assignment assignment = homework.assign(separately);
        Assignment together =
                homework.assign(details("couple:" + couple.getId(), "trigger-journal"));
        HomeworkTask onesToday = taskOf(tasks(assignment), one);
        HomeworkTask twosToday = taskOf(tasks(assignment), two);
        ReflectionPrompt first = prompts(assignment).get(0);
        asClient(one);
        homework.saveAnswers(
                onesToday.getId(),
                List.of(
                        new HomeworkService.AnswerInput(
                                first.getId(),
                                "Shared while we were in couple work.",
                                null,
                                true)));
        asClient(two);
        assertEquals(
                1, homework.portalTask(twosToday.getId()).orElseThrow().partnerAnswers().size());

        as(counselor);
        couples.end(couple.getId(), clock.today());
        asClient(two);
        PortalTask afterwards = homework.portalTask(twosToday.getId()).orElse(null);
        assertTrue(
                afterwards == null
                        || afterwards.partnerAnswers().isEmpty() && !afterwards.mayShare(),
                "a former partner's answers no longer reach them, and nothing more can be shared");
        PortalHomework home = homework.portalHome();
        assertTrue(
                java.util.stream.Stream.concat(
                                home.getToday().stream(), home.getThisWeek().stream())
                        .noneMatch(t -> t.getAssignment().getCouple() != null),
                "no more couple homework is due, together or separately");
        as(counselor);
        assertEquals(
                AssignmentStatus.ENDED,
                homework.assignment(assignment.getId()).orElseThrow().assignment().getStatus());
        assertEquals(
                AssignmentStatus.ENDED,
                homework.assignment(together.getId()).orElseThrow().assignment().getStatus());
    }

    @Test
    void underIndividualConfidentialityNothingReachesThePartnerEvenWhenAskedToShare()
            throws Exception {
        as(counselor);
        Client one = portalClient("Conf One");
        Client two = portalClient("Conf Two");
        Couple couple = couple(one, two, Confidentiality.INDIVIDUAL_CONFIDENTIAL);
        AssignmentDetails details = details("couple:" + couple.getId(), "trigger-journal");
        details.setCoupleMode(CoupleMode.SEPARATELY);
        Assignment assignment = homework.assign(details);
        List<HomeworkTask> tasks = tasks(assignment);
        asClient(one);
        homework.saveAnswers(
                taskOf(tasks, one).getId(),
                List.of(
                        new HomeworkService.AnswerInput(
                                prompts(assignment).get(0).getId(),
                                "Wanted to share this.",
                                null,
                                true)));
        asClient(two);
        PortalTask seen = homework.portalTask(taskOf(tasks, two).getId()).orElseThrow();
        assertFalse(seen.mayShare());
        assertTrue(seen.partnerAnswers().isEmpty());
    }

    @Test
    void togetherMakesOneTaskForBothAndCompletingTwiceChangesNothing() throws Exception {
        as(counselor);
        Client one = portalClient("Tog One");
        Client two = portalClient("Tog Two");
        Couple couple = couple(one, two, Confidentiality.NO_SECRETS);
        AssignmentDetails details =
                details("couple:" + couple.getId(), "weekly-transparency-check-in");
        details.setCoupleMode(CoupleMode.TOGETHER);
        Assignment assignment = homework.assign(details);
        List<HomeworkTask> tasks = tasks(assignment);
        assertEquals(2, tasks.size(), "one task a week for both");
        HomeworkTask today = tasks.get(0);

        asClient(two);
        ReflectionPrompt scale =
                prompts(assignment).stream()
                        .filter(ReflectionPrompt::isScale)
                        .findFirst()
                        .orElseThrow();
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () ->
                                        homework.saveAnswers(
                                                today.getId(),
                                                List.of(
                                                        new HomeworkService.AnswerInput(
                                                                scale.getId(), null, 11, false))))
                        .problems()
                        .containsKey("answers:0:scale"));
        ReflectionPrompt text =
                prompts(assignment).stream().filter(p -> !p.isScale()).findFirst().orElseThrow();
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () ->
                                        homework.saveAnswers(
                                                today.getId(),
                                                List.of(
                                                        new HomeworkService.AnswerInput(
                                                                text.getId(),
                                                                "x".repeat(4001),
                                                                null,
                                                                false))))
                        .problems()
                        .containsKey("answers:0:text"),
                "an over-long answer is refused");
        homework.saveAnswers(
                today.getId(),
                List.of(new HomeworkService.AnswerInput(scale.getId(), null, 7, false)));
        homework.complete(today.getId(), 2, 5);
        InvalidRecord again =
                assertThrows(InvalidRecord.class, () -> homework.complete(today.getId(), 1, 1));
        assertTrue(again.problems().get("").contains("already"));
        asClient(one);
        PortalTask seenByOne = homework.portalTask(today.getId()).orElseThrow();
        assertTrue(seenByOne.task().isDone(), "either partner completes a shared task for both");
        assertEquals(
                1,
                seenByOne.partnerAnswers().size(),
                "answers of a task done together belong to both");
        assertEquals(5, seenByOne.task().getHelpfulness());
        assertEquals(
                1L,
                ((Number)
                                em.createNativeQuery(
                                                "SELECT COUNT(*) FROM homework_task WHERE id = ? AND status = 'DONE'")
                                        .setParameter(1, today.getId())
                                        .getSingleResult())
                        .longValue());
    }

    @Test
    void theBeforeSessionSummaryShowsWhatWasDoneAndWhatIsOverdue() throws Exception {
        as(counselor);
        Client client = portalClient("Summary");
        AssignmentDetails details = details("client:" + client.getId(), "promise-log");
        details.setStartsOn(clock.today().minusDays(3));
        details.setRepeat(RepeatKind.DAILY);
        details.setWeeks(1);
        Assignment assignment = homework.assign(details);
        List<HomeworkTask> tasks = tasks(assignment);
        asClient(client);
        ReflectionPrompt first = prompts(assignment).get(0);
        homework.saveAnswers(
                tasks.get(1).getId(),
                List.of(
                        new HomeworkService.AnswerInput(
                                first.getId(),
                                first.isScale() ? null : "Kept the school-run promise.",
                                first.isScale() ? 8 : null,
                                false)));
        homework.complete(tasks.get(1).getId(), 3, 4);

        as(counselor);
        AppointmentDetails appointment = new AppointmentDetails();
        appointment.setWith("client:" + client.getId());
        appointment.setDate(clock.today().plusDays(1));
        appointment.setStartTime(LocalTime.of(9, 0));
        appointment.setEndTime(LocalTime.of(9, 50));
        appointment.setKind(AppointmentKind.INDIVIDUAL);
        appointment.setModality(Modality.IN_PERSON);
        Appointment next = scheduling.book(appointment).get(0);
        SessionSummary summary = homework.beforeSession(next.getId()).orElseThrow();
        assertEquals(1, summary.getDone().size());
        assertEquals(1, summary.answersFor(summary.getDone().get(0)).size());
        assertEquals(2, summary.getOverdue().size(), "the days before today that were not done");
        as(other);
        assertTrue(homework.beforeSession(next.getId()).isEmpty(), "not for another counselor");
    }

    @Test
    void anIndividualSummaryNeverShowsAPartnersCoupleHomeworkToACounselorOutsideTheCouplesCare()
            throws Exception {
        as(other);
        Client alone =
                portalClient("Seen Alone"); // on the other counselor's caseload for individual work
        as(counselor);
        Client partner = portalClient("Private Partner");
        Couple couple =
                coupleAcrossCaseloads(alone, partner, Confidentiality.INDIVIDUAL_CONFIDENTIAL);
        AssignmentDetails details = details("couple:" + couple.getId(), "trigger-journal");
        details.setCoupleMode(CoupleMode.SEPARATELY);
        Assignment assignment = homework.assign(details);
        ReflectionPrompt first = prompts(assignment).get(0);
        asClient(partner);
        homework.saveAnswers(
                taskOf(tasks(assignment), partner).getId(),
                List.of(
                        new HomeworkService.AnswerInput(
                                first.getId(),
                                first.isScale() ? null : "Only for the couple's counselor.",
                                first.isScale() ? 2 : null,
                                false)));
        homework.complete(taskOf(tasks(assignment), partner).getId(), null, null);

        as(other);
        AppointmentDetails individual = new AppointmentDetails();
        individual.setWith("client:" + alone.getId());
        individual.setDate(clock.today().plusDays(1));
        individual.setStartTime(LocalTime.of(11, 0));
        individual.setEndTime(LocalTime.of(11, 50));
        individual.setKind(AppointmentKind.INDIVIDUAL);
        individual.setModality(Modality.IN_PERSON);
        Appointment session = scheduling.book(individual).get(0);
        SessionSummary summary = homework.beforeSession(session.getId()).orElseThrow();
        assertTrue(
                summary.answers().stream()
                        .noneMatch(a -> a.getClient().getId().equals(partner.getId())),
                "the partner's unshared answer does not reach a counselor outside the couple's care");
        assertTrue(
                summary.tasks().stream().noneMatch(t -> t.getAssignment().getCouple() != null),
                "the couple's homework belongs to the couple's care");

        as(counselor); // the couple's counselor sees the couple's homework in the same
        // client's individual session
        SessionSummary theirs =
                homework.beforeSession(bookIndividual(alone, 14).getId()).orElseThrow();
        assertTrue(theirs.tasks().stream().anyMatch(t -> t.getAssignment().getCouple() != null));
        assertTrue(
                theirs.answers().stream()
                        .noneMatch(a -> a.getClient().getId().equals(partner.getId())),
                "an individual session's summary is about that client: the partner's own task stays on the couple chart");
    }

    @Test
    void aChartListsActiveThenPausedThenEndedHomework() {
        as(counselor);
        Client client = client("Ordered");
        Assignment ended = homework.assign(details("client:" + client.getId(), "trigger-journal"));
        Assignment paused = homework.assign(details("client:" + client.getId(), "trigger-journal"));
        Assignment active = homework.assign(details("client:" + client.getId(), "trigger-journal"));
        homework.changeStatus(ended.getId(), AssignmentStatus.ENDED);
        homework.changeStatus(paused.getId(), AssignmentStatus.PAUSED);
        assertEquals(
                List.of(active.getId(), paused.getId(), ended.getId()),
                homework.forChart(client.getId(), null, 20).items().stream()
                        .map(AssignmentSummary::getId)
                        .toList());
        assertEquals(
                List.of(active.getId(), paused.getId()),
                homework.forChart(client.getId(), null, 2).items().stream()
                        .map(AssignmentSummary::getId)
                        .toList(),
                "the first page holds the first two in that order");
    }

    @Test
    void aNewScheduleKeepsWhatWasDoneOrStartedAndRemakesOnlyTheDaysToCome() throws Exception {
        as(counselor);
        Client client = portalClient("Moved");
        AssignmentDetails details = details("client:" + client.getId(), "promise-log");
        LocalDate today = clock.today();
        details.setStartsOn(today.minusDays(2));
        details.setRepeat(RepeatKind.DAILY);
        details.setWeeks(1);
        Assignment assignment = homework.assign(details);
        List<HomeworkTask> tasks = tasks(assignment);
        assertEquals(7, tasks.size());
        ReflectionPrompt first = prompts(assignment).get(0);
        asClient(client);
        homework.saveAnswers(
                tasks.get(1).getId(), List.of(answer(first, "Kept the school-run promise.")));
        homework.complete(tasks.get(1).getId(), 2, 4);
        homework.saveAnswers(
                tasks.get(2).getId(), List.of(answer(first, "Half written, not sent yet.")));

        as(counselor);
        AssignmentView before = homework.assignment(assignment.getId()).orElseThrow();
        long seen = before.assignment().getVersion();
        AssignmentDetails weekly = AssignmentDetails.scheduleOf(before.assignment());
        weekly.setRepeat(RepeatKind.WEEKLY);
        weekly.setWeekdays(EnumSet.of(today.plusDays(3).getDayOfWeek()));
        weekly.setWeeks(2);
        Assignment changed = homework.reschedule(assignment.getId(), seen, weekly);
        assertTrue(changed.getScheduleText().startsWith("Weekly on"), changed.getScheduleText());
        assertEquals(
                List.of(
                        today.minusDays(2),
                        today.minusDays(1),
                        today,
                        today.plusDays(3),
                        today.plusDays(10)),
                tasks(assignment).stream().map(HomeworkTask::getDueOn).toList(),
                "the past day nobody did, the day done, today's started task, then the new weekly days only");
        HomeworkTask done = tasks(assignment).get(1);
        assertTrue(done.isDone());
        assertEquals(
                tasks.get(1).getId(),
                done.getId(),
                "the task done is the same task, with its ratings");
        assertEquals(4, done.getHelpfulness());
        assertEquals(
                1L,
                ((Number)
                                em.createNativeQuery(
                                                "SELECT COUNT(*) FROM homework_answer WHERE task_id = ?")
                                        .setParameter(1, done.getId())
                                        .getSingleResult())
                        .longValue(),
                "its answer is kept");
        assertEquals(
                1L,
                ((Number)
                                em.createNativeQuery(
                                                "SELECT COUNT(*) FROM homework_answer WHERE task_id = ?")
                                        .setParameter(1, tasks.get(2).getId())
                                        .getSingleResult())
                        .longValue(),
                "so is the started one's");
        assertTrue(
                ((Number)
                                        em.createNativeQuery(
                                                        "SELECT COUNT(*) FROM audit_event WHERE record_type = 'Assignment'"
                                                                + " AND record_id = ? AND detail LIKE 'schedule: Every day for 1 week %Weekly on%'")
                                                .setParameter(1, assignment.getId())
                                                .getSingleResult())
                                .longValue()
                        >= 1,
                "the change is audited");

        EditConflict conflict =
                assertThrows(
                        EditConflict.class,
                        () -> homework.reschedule(assignment.getId(), seen, details),
                        "a change over a schedule someone changed since is refused");
        assertEquals(
                changed.getScheduleText(), conflict.current(), "and says what the schedule is now");
        assertEquals(counselor.getDisplayName(), conflict.changedBy());
        assertEquals(5, tasks(assignment).size(), "nothing of the refused change was saved");
    }

    @Test
    void aScheduleWithADateInThePastOrYearsAheadIsRefusedAndNothingChanges() throws Exception {
        as(counselor);
        Client client = client("Dated");
        Assignment assignment = homework.assign(details("client:" + client.getId(), "promise-log"));
        long version =
                homework.assignment(assignment.getId()).orElseThrow().assignment().getVersion();
        AssignmentDetails once = AssignmentDetails.scheduleOf(assignment);
        once.setRepeat(RepeatKind.ONCE);
        once.setDueOn(clock.today().minusDays(1));
        once.setStartsOn(clock.today().minusDays(3));
        assertEquals(
                "The due date cannot be in the past.",
                rescheduleRefused(assignment, version, once).get("dueOn"));
        once.setDueOn(LocalDate.of(9999, 12, 31));
        assertTrue(
                rescheduleRefused(assignment, version, once)
                        .get("dueOn")
                        .startsWith("The due date can be at most a year ahead"));
        AssignmentDetails longAgo = AssignmentDetails.scheduleOf(assignment);
        longAgo.setStartsOn(clock.today().minusYears(3));
        assertEquals(
                "The start date can be at most a week ago.",
                rescheduleRefused(assignment, version, longAgo).get("startsOn"));
        AssignmentDetails noWeeks = AssignmentDetails.scheduleOf(assignment);
        noWeeks.setWeeks(500);
        assertTrue(rescheduleRefused(assignment, version, noWeeks).containsKey("weeks"));
        assertEquals(2, tasks(assignment).size(), "the two weekly tasks stay as they were");
        assertEquals(
                version,
                homework.assignment(assignment.getId()).orElseThrow().assignment().getVersion());

        AssignmentDetails farAway = details("client:" + client.getId(), "promise-log");
        farAway.setStartsOn(LocalDate.of(9999, 1, 4));
        assertTrue(
                refused(farAway)
                        .get("startsOn")
                        .startsWith("The start date can be at most a year ahead"));
        AssignmentDetails pastDue = details("client:" + client.getId(), "promise-log");
        pastDue.setStartsOn(clock.today().minusDays(5));
        pastDue.setRepeat(RepeatKind.ONCE);
        pastDue.setDueOn(clock.today().minusDays(2));
        assertEquals("The due date cannot be in the past.", refused(pastDue).get("dueOn"));

        as(other);
        assertThrows(
                NotVisible.class,
                () ->
                        homework.reschedule(
                                assignment.getId(),
                                version,
                                AssignmentDetails.scheduleOf(assignment)),
                "another counselor's assignment cannot be rescheduled");
    }

    @Test
    void theSameFormSentTwiceAssignsOnceAndTheExerciseSaysWhereItIsAssigned() {
        as(counselor);
        Client client = client("Twice");
        AssignmentDetails details = details("client:" + client.getId(), "promise-log");
        details.setRequestKey(java.util.UUID.randomUUID().toString());
        Assignment first = homework.assign(details);
        Assignment again = homework.assign(details);
        assertEquals(first.getId(), again.getId(), "a double click assigns once");
        assertEquals(1, homework.forChart(client.getId(), null, 20).size());
        assertEquals(2, tasks(first).size());

        long exerciseId = first.getExercise().getId();
        assertTrue(
                homework.assignedOf(exerciseId, 50).stream()
                        .anyMatch(a -> a.getId().equals(first.getId())),
                "the exercise page lists where its counselor assigned it");
        as(other);
        assertTrue(
                homework.assignedOf(exerciseId, 50).stream()
                        .noneMatch(a -> a.getId().equals(first.getId())),
                "never to another counselor");
    }

    @Test
    void aNewAssignmentWithNothingDueYetSaysWhenTheFirstIs() {
        as(counselor);
        Client client = client("Later");
        AssignmentDetails details = details("client:" + client.getId(), "promise-log");
        details.setStartsOn(clock.today().plusDays(1));
        details.setWeekdays(EnumSet.of(clock.today().plusDays(1).getDayOfWeek()));
        homework.assign(details);
        AssignmentSummary summary = homework.forChart(client.getId(), null, 20).items().get(0);
        assertEquals(
                "Nothing due yet: first on " + HomeworkSchedule.day(clock.today().plusDays(1)),
                summary.getProgress());
    }

    private Map<String, String> rescheduleRefused(
            Assignment assignment, long version, AssignmentDetails schedule) {
        return assertThrows(
                        InvalidRecord.class,
                        () -> homework.reschedule(assignment.getId(), version, schedule))
                .problems();
    }

    private static HomeworkService.AnswerInput answer(ReflectionPrompt prompt, String text) {
        return new HomeworkService.AnswerInput(
                prompt.getId(), prompt.isScale() ? null : text, prompt.isScale() ? 6 : null, false);
    }

    @Test
    void aClientsChartListsNoHomeworkOfACoupleTheCallerMayNotOpen() throws Exception {
        as(other);
        Client alone = portalClient("Chart Alone");
        as(counselor);
        Client partner = portalClient("Chart Partner");
        Couple couple = coupleAcrossCaseloads(alone, partner, Confidentiality.NO_SECRETS);
        AssignmentDetails details = details("couple:" + couple.getId(), "trigger-journal");
        details.setCoupleMode(CoupleMode.SEPARATELY);
        homework.assign(details);
        assertEquals(
                1,
                homework.forChart(alone.getId(), null, 20).size(),
                "the couple's counselor sees it on the chart");

        as(other); // the client's individual counselor, outside the couple's care
        assertTrue(
                homework.forChart(alone.getId(), null, 20).isEmpty(),
                "no title or progress of a couple's homework the caller may not open");
        assertTrue(homework.forChart(null, couple.getId(), 20).isEmpty());
    }

    @Test
    void aFormerCoupleCounselorNoLongerOpensThePartnersOwnChartsButKeepsTheCoupleRecord()
            throws Exception {
        as(other); // the client's own counselor
        Client alone = portalClient("Former Alone");
        AssignmentDetails individual = details("client:" + alone.getId(), "trigger-journal");
        homework.assign(individual);
        as(counselor);
        Client partner = portalClient("Former Partner");
        Couple couple = coupleAcrossCaseloads(alone, partner, Confidentiality.NO_SECRETS);
        homework.assign(details("couple:" + couple.getId(), "trigger-journal"));
        assertTrue(
                clients.isVisible(alone.getId()),
                "while the couple work lasts, its counselor sees both partners");

        couples.end(couple.getId(), clock.today());
        assertFalse(
                clients.isVisible(alone.getId()),
                "after it ended, not the partner who is not their own client");
        assertTrue(clients.find(alone.getId()).isEmpty());
        assertTrue(
                homework.forChart(alone.getId(), null, 20).isEmpty(),
                "nor their individual homework");
        assertTrue(
                clients.caseloadPage(
                                new org.rapport.clients.CaseloadQuery(
                                        alone.getLegalName(),
                                        org.rapport.clients.CaseloadQuery.StatusFilter.ALL,
                                        org.rapport.clients.CaseloadQuery.Kind.ALL,
                                        org.rapport.clients.CaseloadQuery.Order.NAME,
                                        true),
                                0,
                                10)
                        .isEmpty(),
                "nor in their client list");
        assertTrue(clients.isVisible(partner.getId()), "their own client stays theirs");
        assertTrue(
                couples.isVisible(couple.getId()),
                "the record of the couple work stays with its counselor");
        assertEquals(1, homework.forChart(null, couple.getId(), 20).size());

        as(other);
        assertTrue(clients.isVisible(alone.getId()));
        assertEquals(
                1,
                homework.forChart(alone.getId(), null, 20).size(),
                "the own counselor still sees their work");
    }

    private Appointment bookIndividual(Client client, int hour) {
        AppointmentDetails individual = new AppointmentDetails();
        individual.setWith("client:" + client.getId());
        individual.setDate(clock.today().plusDays(2));
        individual.setStartTime(LocalTime.of(hour, 0));
        individual.setEndTime(LocalTime.of(hour, 50));
        individual.setKind(AppointmentKind.INDIVIDUAL);
        individual.setModality(Modality.IN_PERSON);
        return scheduling.book(individual).get(0);
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void aReminderGoesOutOncePerTaskAndOnlyToWhoeverAskedForIt() throws Exception {
        as(counselor);
        Client client = portalClient("Reminded");
        transaction.begin();
        em.createNativeQuery("UPDATE client SET email = ? WHERE id = ?")
                .setParameter(1, REMINDED)
                .setParameter(2, client.getId())
                .executeUpdate();
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        Assignment assignment = homework.assign(details("client:" + client.getId(), "promise-log"));
        HomeworkTask today = tasks(assignment).get(0);
        reminders.sendDue();
        assertEquals(0, countReminded(assignment), "nobody asked for it yet");
        asClient(client);
        homework.setReminder(today.getId(), true);
        reminders.sendDue();
        reminders.sendDue();
        assertEquals(1, countReminded(assignment), "claimed and sent once");
    }

    /**
     * Issue 13, defect 11: the later of two edits of a practice exercise used to replace the
     * earlier silently.
     */
    @Test
    void twoEditsOfOnePracticeExerciseDoNotOverwriteEachOther() {
        as(counselor);
        ExerciseForm copy = exercises.draft("promise-log");
        copy.setTitle("Promise log, two editors " + run);
        Exercise ours = exercises.savePractice(null, "promise-log", copy);
        ExerciseForm mine = exercises.formOf(ours.getSlug()).orElseThrow();
        ExerciseForm theirs = exercises.formOf(ours.getSlug()).orElseThrow();
        theirs.setGoal("Their goal: promises that fit the rota.");
        exercises.savePractice(ours.getSlug(), null, theirs);

        mine.setGoal("My goal: one promise a week.");
        EditConflict conflict =
                assertThrows(
                        EditConflict.class,
                        () -> exercises.savePractice(ours.getSlug(), null, mine));
        assertEquals(
                "Their goal: promises that fit the rota.",
                ((ExerciseForm) conflict.current()).getGoal(),
                "the stored version comes back to be shown");
        assertEquals(
                "Their goal: promises that fit the rota.",
                exercises.findBySlug(ours.getSlug()).orElseThrow().getGoal(),
                "nothing of mine was saved");

        ExerciseForm again = exercises.formOf(ours.getSlug()).orElseThrow();
        again.setGoal("My goal: one promise a week.");
        exercises.savePractice(ours.getSlug(), null, again);
        assertEquals(
                "My goal: one promise a week.",
                exercises.findBySlug(ours.getSlug()).orElseThrow().getGoal());
    }

    @Test
    void aLibraryExerciseIsDuplicatedForThePracticeAndTheLibraryItselfStaysReadOnly()
            throws Exception {
        as(counselor);
        ExerciseForm copy = exercises.draft("promise-log");
        assertEquals("Promise log (our version)", copy.getTitle());
        copy.setTitle("Promise log for shift workers " + run);
        copy.getSteps()
                .get(0)
                .setText("Use the notes app you already check at the end of each shift.");
        Exercise ours = exercises.savePractice(null, "promise-log", copy);
        assertTrue(ours.isPractice());
        assertNotNull(ours.getSlug());
        Exercise reread = exercises.findBySlug(ours.getSlug()).orElseThrow();
        assertEquals(
                "Use the notes app you already check at the end of each shift.",
                reread.getSteps().get(0).getText());
        assertEquals(
                exercises.findBySlug("promise-log").orElseThrow().getPrompts().size(),
                reread.getPrompts().size(),
                "the questions come along");
        assertTrue(
                exercises.formOf("promise-log").isEmpty(), "a library exercise has no edit form");
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> exercises.savePractice("promise-log", null, copy))
                        .problems()
                        .get("")
                        .contains("read-only"));
        assertEquals("Promise log", exercises.findBySlug("promise-log").orElseThrow().getTitle());

        ExerciseForm bad = exercises.draft(null);
        bad.getQuestions().get(0).setText("How sure are you?");
        bad.getQuestions().get(0).setAnswerType(AnswerType.SCALE);
        java.util.Map<String, String> problems =
                assertThrows(InvalidRecord.class, () -> exercises.savePractice(null, null, bad))
                        .problems();
        assertTrue(
                problems.containsKey("title")
                        && problems.containsKey("strategyKey")
                        && problems.containsKey("goal")
                        && problems.containsKey("steps")
                        && problems.containsKey("questions:0:low"),
                problems.toString());

        // once answered, the questions stay; the rest can still change
        Client client = portalClient("Practice");
        AssignmentDetails details = details("client:" + client.getId(), ours.getSlug());
        Assignment assignment = homework.assign(details);
        asClient(client);
        homework.saveAnswers(
                tasks(assignment).get(0).getId(),
                List.of(
                        new HomeworkService.AnswerInput(
                                prompts(assignment).get(0).getId(),
                                prompts(assignment).get(0).isScale() ? null : "An answer.",
                                prompts(assignment).get(0).isScale() ? 5 : null,
                                false)));
        as(counselor);
        ExerciseForm edit = exercises.formOf(ours.getSlug()).orElseThrow();
        edit.getQuestions().get(0).setText("A different question");
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> exercises.savePractice(ours.getSlug(), null, edit))
                        .problems()
                        .containsKey("questions"));
        ExerciseForm retitled = exercises.formOf(ours.getSlug()).orElseThrow();
        retitled.setGoal("For partners on shifts: promises that fit the rota.");
        exercises.savePractice(ours.getSlug(), null, retitled);
        assertEquals(
                "For partners on shifts: promises that fit the rota.",
                exercises.findBySlug(ours.getSlug()).orElseThrow().getGoal());
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    @org.jboss.arquillian.container.test.api.RunAsClient
    void theMailServerGotThatReminderOnce() throws InterruptedException {
        Thread.sleep(1_000);
        assertEquals(1, org.rapport.testing.TestMail.countTo(REMINDED));
        assertTrue(org.rapport.testing.TestMail.newestTo(REMINDED).contains("Today is the day"));
    }

    // ---- builders

    private long countReminded(Assignment assignment) {
        return ((Number)
                        em.createNativeQuery(
                                        "SELECT COUNT(*) FROM homework_task WHERE assignment_id = ?"
                                                + " AND reminder_sent_at IS NOT NULL")
                                .setParameter(1, assignment.getId())
                                .getSingleResult())
                .longValue();
    }

    private Map<String, String> refused(AssignmentDetails details) {
        return assertThrows(InvalidRecord.class, () -> homework.assign(details)).problems();
    }

    private AssignmentDetails details(String with, String slug) {
        AssignmentDetails details = new AssignmentDetails();
        details.setWith(with);
        em.createQuery("SELECT e.id FROM Exercise e WHERE e.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .ifPresent(details::setExerciseId);
        details.setStartsOn(clock.today());
        details.setRepeat(RepeatKind.WEEKLY);
        details.setWeekdays(EnumSet.of(clock.today().getDayOfWeek()));
        details.setWeeks(2);
        return details;
    }

    private List<HomeworkTask> tasks(Assignment assignment) {
        return em.createQuery(
                        "SELECT t FROM HomeworkTask t LEFT JOIN FETCH t.client WHERE t.assignment.id = :id"
                                + " ORDER BY t.dueOn, t.id",
                        HomeworkTask.class)
                .setParameter("id", assignment.getId())
                .getResultList();
    }

    private List<ReflectionPrompt> prompts(Assignment assignment) {
        return em.createQuery(
                        "SELECT p FROM ReflectionPrompt p WHERE p.exercise.id = :id ORDER BY p.position",
                        ReflectionPrompt.class)
                .setParameter("id", assignment.getExercise().getId())
                .getResultList();
    }

    private static HomeworkTask taskOf(List<HomeworkTask> tasks, Client client) {
        return tasks.stream()
                .filter(t -> t.getClient() != null && t.getClient().getId().equals(client.getId()))
                .findFirst()
                .orElseThrow();
    }

    private Client client(String name) {
        ClientDetails details = new ClientDetails();
        details.setLegalName(name + " " + run);
        details.setPreferredName(name);
        details.setEmail(name.replace(' ', '-').toLowerCase() + run + "@client.test.invalid");
        return clients.create(details);
    }

    /** A client with a portal account, so they can be "signed in" as themselves. */
    private Client portalClient(String name) throws Exception {
        Client client = client(name);
        Account portal =
                accounts.createWithPasswordHash(
                        name.replace(' ', '-').toLowerCase() + run + "@test.invalid",
                        name,
                        Role.CLIENT,
                        null);
        transaction.begin();
        em.createNativeQuery("UPDATE client SET portal_account_id = ? WHERE id = ?")
                .setParameter(1, portal.getId())
                .setParameter(2, client.getId())
                .executeUpdate();
        transaction.commit();
        em.getEntityManagerFactory().getCache().evictAll();
        portals.put(client.getId(), portal);
        return client;
    }

    private final java.util.Map<Long, Account> portals = new java.util.HashMap<>();

    private void asClient(Client client) {
        as(portals.get(client.getId()));
    }

    /**
     * A couple seen by the counselor whose first partner is on another caseload: only an
     * administrator can link them. The counselor is the caller afterwards.
     */
    private Couple coupleAcrossCaseloads(Client one, Client two, Confidentiality policy) {
        as(account("admin-of-" + one.getId() + "-", Role.ADMIN));
        CoupleDetails details = new CoupleDetails();
        details.setPartnerOneId(one.getId());
        details.setPartnerTwoId(two.getId());
        details.setRelationshipType(RelationshipType.MARRIED);
        details.setConfidentiality(policy);
        details.setCounselorId(counselor.getId());
        Couple couple = couples.create(details);
        as(counselor);
        return couple;
    }

    private Couple couple(Client one, Client two, Confidentiality policy) {
        CoupleDetails details = new CoupleDetails();
        details.setPartnerOneId(one.getId());
        details.setPartnerTwoId(two.getId());
        details.setRelationshipType(RelationshipType.MARRIED);
        details.setConfidentiality(policy);
        return couples.create(details);
    }

    private void as(Account account) {
        request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, account);
    }

    private Account account(String name, Role role) {
        return accounts.createWithPasswordHash(
                name + run + "@test.invalid", name + " " + run, role, null);
    }
}
