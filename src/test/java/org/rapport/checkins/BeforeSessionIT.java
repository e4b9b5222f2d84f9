package org.rapport.checkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.AppointmentDetails;
import org.rapport.scheduling.AppointmentKind;
import org.rapport.scheduling.AppointmentStatus;
import org.rapport.scheduling.Modality;
import org.rapport.scheduling.SchedulingService;
import org.rapport.testing.TestMail;

/**
 * Questionnaires sent before every session, inside the real application with the real job: one per
 * partner when the time comes, never twice, following a moved session, withdrawn for a cancelled
 * one, closed when the session begins; and the e-mails each partner got (checked from outside,
 * where the test mail server runs). The job also runs on its own every minute meanwhile: every
 * assertion holds whichever run did the work.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BeforeSessionIT {

    /** The partners' addresses, shared with the client-side check of their e-mail. */
    static final String ONE = "before-session-one@test.invalid";

    static final String TWO = "before-session-two@test.invalid";

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

    @Inject private CheckinService checkins;

    @Inject private SchedulingService scheduling;

    @Inject private BeforeSessionJob job;

    @Inject private PracticeClock clock;

    @PersistenceContext private EntityManager em;

    @Inject private UserTransaction transaction;

    private String run;
    private Account counselor;
    private final Map<Long, Account> portals = new HashMap<>();

    @BeforeEach
    void practice() {
        if (accounts == null) {
            return; // the client-side check has nothing injected
        }
        run = String.valueOf(System.nanoTime());
        counselor =
                accounts.createWithPasswordHash(
                        "c" + run + "@test.invalid", "Counselor " + run, Role.COUNSELOR, null);
    }

    @Test
    @Order(1)
    void
            eachPartnerGetsTheirOwnBeforeTheSessionOnceFollowingAMoveWithdrawnOnCancelClosedAtTheStart()
                    throws Exception {
        as(counselor);
        Client one = portalClient("One", ONE);
        Client two = portalClient("Two", TWO);
        Couple couple = couple(one, two);
        // two sessions on consecutive days, both within 72 hours: their questionnaires are open now
        ZonedDateTime first =
                clock.now()
                        .plus(Duration.ofHours(30))
                        .atZone(clock.zone())
                        .truncatedTo(ChronoUnit.HOURS);
        Appointment kept = book("couple:" + couple.getId(), first);
        Appointment cancelled = book("couple:" + couple.getId(), first.plusDays(1));
        Appointment later =
                book(
                        "couple:" + couple.getId(),
                        first.plusDays(5)); // not open yet: 72 hours is too early
        CheckinAssignment assignment =
                checkins.assignBeforeSession(
                        phq9(), "couple:" + couple.getId(), 72, 1, false, false);
        assertEquals("72 hours before each session", assignment.getScheduleText());

        job.run();
        job.run(); // as a second run, or a second instance, would
        List<CheckinResponse> responses = responses(assignment);
        assertEquals(
                4,
                responses.size(),
                "one per partner for each of the two open sessions, none twice: " + responses);
        assertEquals(
                Set.of(one.getId(), two.getId()),
                ofSession(responses, kept).stream()
                        .map(r -> r.getClient().getId())
                        .collect(Collectors.toSet()),
                "each partner their own");
        assertTrue(
                responses.stream()
                        .noneMatch(r -> r.getAppointment().getId().equals(later.getId())));
        assertTrue(responses.stream().allMatch(r -> r.getNotifiedAt() != null), "everyone told");
        assertTrue(
                responses.stream().allMatch(r -> r.getRemindedAt() == null),
                "nobody reminded yet: halfway is later");
        CheckinResponse onesKept =
                ofSession(responses, kept).stream()
                        .filter(r -> r.getClient().getId().equals(one.getId()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(kept.getStartsAt(), onesKept.getClosesAt());
        assertEquals(
                BeforeSessionTimes.opensAt(kept.getStartsAt(), 72, clock.zone()),
                onesKept.getOpensAt());

        asClient(one);
        List<CheckinResponse> pending = checkins.pending();
        assertEquals(2, pending.size(), "partner one's two, not partner two's: " + pending);
        assertTrue(
                pending.get(0)
                        .answerBefore(clock.zone())
                        .startsWith("Please answer before your session on "));

        // as if the notices had gone out long ago: the one reminder is due now
        as(counselor);
        transaction.begin();
        em.createNativeQuery("UPDATE checkin_response SET notified_at = ? WHERE appointment_id = ?")
                .setParameter(
                        1,
                        LocalDateTime.ofInstant(
                                clock.now().minus(Duration.ofHours(60)), ZoneOffset.UTC))
                .setParameter(2, kept.getId())
                .executeUpdate();
        transaction.commit();
        job.run();
        job.run();
        assertTrue(
                ofSession(responses(assignment), kept).stream()
                        .allMatch(r -> r.getRemindedAt() != null),
                "reminded");
        assertTrue(
                ofSession(responses(assignment), cancelled).stream()
                        .allMatch(r -> r.getRemindedAt() == null));

        // partner two answers before the session that will be cancelled; partner one does not
        asClient(two);
        CheckinResponse twosCancelled = ofSession(checkins.pending(), cancelled).get(0);
        checkins.submit(
                twosCancelled.getId(),
                answers(checkins.own(twosCancelled.getId()).orElseThrow(), 1),
                Map.of());

        as(counselor);
        Appointment current = scheduling.find(kept.getId()).orElseThrow();
        Instant moved = current.getStartsAt().plus(Duration.ofHours(2));
        scheduling.move(
                kept.getId(),
                current.getVersion(),
                moved,
                moved.plus(Duration.ofMinutes(50)),
                false);
        scheduling.changeStatus(
                cancelled.getId(), AppointmentStatus.CANCELLED_BY_CLIENT, null, false);
        job.run();
        responses = responses(assignment);
        assertEquals(
                3,
                responses.size(),
                "the cancelled session's unanswered one is gone, the answered one stays: "
                        + responses);
        List<CheckinResponse> ofCancelled = ofSession(responses, cancelled);
        assertEquals(1, ofCancelled.size());
        assertTrue(ofCancelled.get(0).isSubmitted());
        for (CheckinResponse response : ofSession(responses, kept)) {
            assertEquals(moved, response.getClosesAt(), "closes with the session's new start");
            assertEquals(
                    BeforeSessionTimes.opensAt(moved, 72, clock.zone()), response.getOpensAt());
            assertNotNull(response.getNotifiedAt(), "still open: not told again");
        }

        // as if the session had begun a minute ago
        transaction.begin();
        em.createNativeQuery("UPDATE checkin_response SET closes_at = ? WHERE appointment_id = ?")
                .setParameter(
                        1,
                        LocalDateTime.ofInstant(
                                clock.now().minus(Duration.ofMinutes(1)), ZoneOffset.UTC))
                .setParameter(2, kept.getId())
                .executeUpdate();
        transaction.commit();
        job.run();
        assertEquals(3, responses(assignment).size(), "a closed one is not created again");
        asClient(one);
        assertTrue(
                checkins.pending().isEmpty(),
                "closed at the start, and the cancelled one withdrawn");
        InvalidRecord refused =
                assertThrows(
                        InvalidRecord.class,
                        () ->
                                checkins.submit(
                                        onesKept.getId(),
                                        answers(checkins.own(onesKept.getId()).orElseThrow(), 1),
                                        Map.of()));
        assertTrue(
                refused.problems()
                        .get("")
                        .startsWith("This questionnaire closed when your session began"),
                refused.problems().toString());
    }

    @Test
    @Order(2)
    void everyNthSessionCountsFromTheFirstAfterTheAssignment() throws Exception {
        as(counselor);
        Client client = portalClient("Nth", null);
        ZonedDateTime first =
                clock.now()
                        .plus(Duration.ofHours(26))
                        .atZone(clock.zone())
                        .truncatedTo(ChronoUnit.HOURS);
        Appointment one = book("client:" + client.getId(), first);
        Appointment two = book("client:" + client.getId(), first.plusDays(1));
        Appointment three = book("client:" + client.getId(), first.plusDays(2));
        CheckinAssignment assignment =
                checkins.assignBeforeSession(
                        phq9(), "client:" + client.getId(), 168, 2, false, false);
        assertEquals("168 hours before every 2nd session", assignment.getScheduleText());
        job.run();
        assertEquals(
                Set.of(one.getId(), three.getId()),
                responses(assignment).stream()
                        .map(r -> r.getAppointment().getId())
                        .collect(Collectors.toSet()),
                "the 1st and the 3rd, not the 2nd");
        assertFalse(
                responses(assignment).stream()
                        .anyMatch(r -> r.getAppointment().getId().equals(two.getId())));
    }

    @Test
    @Order(3)
    void badScheduleInputIsRefusedFieldByField() {
        as(counselor);
        Client client = clients.create(details("Refused"));
        InvalidRecord refused =
                assertThrows(
                        InvalidRecord.class,
                        () ->
                                checkins.assignBeforeSession(
                                        phq9(), "client:" + client.getId(), 0, 13, false, false));
        assertTrue(refused.problems().containsKey("hoursBefore"), refused.problems().toString());
        assertTrue(refused.problems().containsKey("everySessions"), refused.problems().toString());
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () ->
                                        checkins.assignBeforeSession(
                                                phq9(),
                                                "client:" + client.getId(),
                                                169,
                                                null,
                                                false,
                                                false))
                        .problems()
                        .containsKey("hoursBefore"));
    }

    @Test
    @Order(4)
    @RunAsClient
    void eachPartnerGotOneNoticePerSessionAndOneReminder() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (TestMail.countTo(ONE) < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        for (String partner : List.of(ONE, TWO)) {
            assertEquals(
                    2,
                    TestMail.countTo(partner, "A questionnaire before your session"),
                    partner
                            + ": one notice for each of the two sessions whose questionnaire opened");
            assertEquals(
                    1,
                    TestMail.countTo(partner, "Reminder: a questionnaire before your session"),
                    partner + ": one reminder, for the session still open at the reminder time");
        }
        String mail = TestMail.newestTo(ONE);
        assertTrue(mail.contains("Please answer it before your session on"), mail);
        assertFalse(
                mail.contains("PHQ") || mail.contains("depress"),
                "never what the questionnaire is: " + mail);
    }

    // ---- builders

    private Long phq9() {
        return em.createQuery("SELECT q.id FROM Questionnaire q WHERE q.slug = 'phq-9'", Long.class)
                .getSingleResult();
    }

    private List<CheckinResponse> responses(CheckinAssignment assignment) {
        return em.createQuery(
                        "SELECT r FROM CheckinResponse r JOIN FETCH r.client JOIN FETCH r.appointment"
                                + " WHERE r.assignment.id = :id ORDER BY r.id",
                        CheckinResponse.class)
                .setParameter("id", assignment.getId())
                .getResultList();
    }

    private static List<CheckinResponse> ofSession(
            List<CheckinResponse> responses, Appointment appointment) {
        return responses.stream()
                .filter(
                        r ->
                                r.getAppointment() != null
                                        && r.getAppointment().getId().equals(appointment.getId()))
                .toList();
    }

    private Appointment book(String with, ZonedDateTime start) {
        AppointmentDetails details = new AppointmentDetails();
        details.setWith(with);
        details.setDate(start.toLocalDate());
        details.setStartTime(start.toLocalTime());
        details.setEndTime(start.toLocalTime().plusMinutes(50));
        details.setKind(
                with.startsWith("couple") ? AppointmentKind.COUPLE : AppointmentKind.INDIVIDUAL);
        details.setModality(Modality.IN_PERSON);
        return scheduling.book(details).get(0);
    }

    private static Map<Long, Integer> answers(CheckinResponse response, int value) {
        Map<Long, Integer> answers = new HashMap<>();
        response.getAssignment()
                .getQuestionnaire()
                .getScaleItems()
                .forEach(i -> answers.put(i.getId(), value));
        return answers;
    }

    private ClientDetails details(String name) {
        ClientDetails details = new ClientDetails();
        details.setLegalName(name + " " + run);
        details.setPreferredName(name);
        return details;
    }

    private Client portalClient(String name, String email) throws Exception {
        ClientDetails details = details(name);
        details.setEmail(email);
        Client client = clients.create(details);
        Account portal =
                accounts.createWithPasswordHash(
                        name.toLowerCase() + run + "@test.invalid", name, Role.CLIENT, null);
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

    private Couple couple(Client one, Client two) {
        CoupleDetails details = new CoupleDetails();
        details.setPartnerOneId(one.getId());
        details.setPartnerTwoId(two.getId());
        details.setRelationshipType(RelationshipType.MARRIED);
        details.setConfidentiality(Confidentiality.NO_SECRETS);
        return couples.create(details);
    }

    private void asClient(Client client) {
        as(portals.get(client.getId()));
    }

    private void as(Account account) {
        request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, account);
    }
}
