package org.rapport.checkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringWriter;
import java.util.HashMap;
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
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.NotVisible;
import org.rapport.platform.PracticeClock;

/**
 * Check-ins inside the real application: assigning to each partner, submitting (and what is
 * refused), partner privacy, the counselor's chart and CSV, and a practice defining its own
 * questionnaire.
 */
@ExtendWith(ArquillianExtension.class)
class CheckinsIT {

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

    @Inject private PracticeClock clock;

    @PersistenceContext private EntityManager em;

    @Inject private UserTransaction transaction;

    private String run;
    private Account counselor;
    private final Map<Long, Account> portals = new HashMap<>();

    @BeforeEach
    void practice() {
        run = String.valueOf(System.nanoTime());
        counselor =
                accounts.createWithPasswordHash(
                        "c" + run + "@test.invalid", "Counselor " + run, Role.COUNSELOR, null);
    }

    @Test
    void eachPartnerAnswersTheirOwnAndNeitherSeesTheOthers() throws Exception {
        as(counselor);
        Client one = portalClient("One");
        Client two = portalClient("Two");
        Couple couple = couple(one, two);
        Long weekly = weeklyCheckin();
        checkins.assign(weekly, "couple:" + couple.getId(), clock.today(), 4, false, false);
        asClient(one);
        List<CheckinResponse> onesPending = checkins.pending();
        assertEquals(1, onesPending.size(), "this week's, for partner one");
        CheckinResponse own = checkins.own(onesPending.get(0).getId()).orElseThrow();
        asClient(two);
        CheckinResponse twos = checkins.pending().get(0);
        assertTrue(
                checkins.own(own.getId()).isEmpty(), "a partner cannot open the other's check-in");
        assertThrows(
                NotVisible.class,
                () -> checkins.submit(own.getId(), answers(own, 7), Map.of()),
                "nor submit it by a crafted request");
        assertThrows(
                SecurityException.class,
                () -> checkins.chart(null, couple.getId()),
                "nor see scores");

        asClient(one);
        List<QuestionnaireItem> items = own.getAssignment().getQuestionnaire().getItems();
        Map<Long, Integer> outOfRange = answers(own, 7);
        outOfRange.put(items.get(0).getId(), 11);
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> checkins.submit(own.getId(), outOfRange, Map.of()))
                        .problems()
                        .get("item" + items.get(0).getId())
                        .contains("from 0 to 10"));
        Map<Long, Integer> stranger = answers(own, 7);
        stranger.put(999_999_999L, 3);
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> checkins.submit(own.getId(), stranger, Map.of()))
                        .problems()
                        .get("")
                        .contains("does not have"));
        Map<Long, Integer> few = new HashMap<>(Map.of(items.get(0).getId(), 5));
        assertTrue(
                assertThrows(InvalidRecord.class, () -> checkins.submit(own.getId(), few, Map.of()))
                        .problems()
                        .get("")
                        .contains("at least 8 of the 10"));
        checkins.submit(
                own.getId(),
                answers(own, 8),
                Map.of(items.get(items.size() - 1).getId(), "A good week."));
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> checkins.submit(own.getId(), answers(own, 2), Map.of()))
                        .problems()
                        .get("")
                        .contains("already"),
                "sent once only");
        assertTrue(checkins.pending().isEmpty());
        assertTrue(checkins.ownTrend().isEmpty(), "the counselor did not share the trend");

        asClient(two);
        checkins.submit(twos.getId(), answers(twos, 4), Map.of());
        assertTrue(
                checkins.sharedCoupleView().isEmpty(),
                "the couple view is not shared: no partner scores");

        as(counselor);
        CheckinChart chart = checkins.chart(null, couple.getId()).orElseThrow();
        assertEquals(2, chart.getPoints().size());
        assertTrue(
                chart.getTotalJson().contains("\"One\"")
                        && chart.getTotalJson().contains("\"Two\""),
                "both partners' lines, with their names");
        assertEquals(
                List.of("Connection", "Trust", "Conflict", "Hope"),
                chart.getSubscales(),
                "in the order of their first item");
        CheckinChart onesChart = checkins.chart(one.getId(), null).orElseThrow();
        assertEquals(
                1,
                onesChart.getPoints().size(),
                "a partner's own chart has only their own check-ins");
        StringWriter csv = new StringWriter();
        assertEquals(1, checkins.exportCsv(one.getId(), csv));
        assertTrue(
                csv.toString().startsWith("Date,Questionnaire,Person,Total,Subscales"),
                csv.toString());
        assertEquals(
                1L,
                ((Number)
                                em.createNativeQuery(
                                                "SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT'"
                                                        + " AND record_type = 'CheckinResponse' AND client_id = ?")
                                        .setParameter(1, one.getId())
                                        .getSingleResult())
                        .longValue(),
                "the export is audited");
        StringWriter coupleCsv = new StringWriter();
        assertEquals(
                2,
                checkins.exportCoupleCsv(couple.getId(), coupleCsv),
                "the couple's tab exports both partners' rows");
        assertTrue(
                coupleCsv.toString().contains(",One,") && coupleCsv.toString().contains(",Two,"),
                coupleCsv.toString());

        Account other =
                accounts.createWithPasswordHash(
                        "o" + run + "@test.invalid", "Other " + run, Role.COUNSELOR, null);
        as(other);
        assertTrue(checkins.chart(null, couple.getId()).isEmpty(), "not for another counselor");
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () ->
                                        checkins.assign(
                                                weekly,
                                                "couple:" + couple.getId(),
                                                clock.today(),
                                                4,
                                                false,
                                                false))
                        .problems()
                        .containsKey("with"));
    }

    @Test
    void thePhq9IsAnsweredByEachPartnerScoredWithItsBandsAndNeverSharedWithTheOther()
            throws Exception {
        as(counselor);
        Client one = portalClient("One");
        Client two = portalClient("Two");
        Couple couple = couple(one, two);
        Long phq =
                em.createQuery(
                                "SELECT q.id FROM Questionnaire q WHERE q.slug = 'phq-9'",
                                Long.class)
                        .getSingleResult();
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () ->
                                        checkins.assign(
                                                phq,
                                                "couple:" + couple.getId(),
                                                clock.today(),
                                                1,
                                                false,
                                                true))
                        .problems()
                        .get("coupleViewShared")
                        .contains("each partner's own"),
                "a measure's scores are never shown to the other partner");
        checkins.assign(phq, "couple:" + couple.getId(), clock.today(), 1, false, false);

        asClient(one);
        CheckinResponse mine = checkins.own(checkins.pending().get(0).getId()).orElseThrow();
        Questionnaire questionnaire = mine.getAssignment().getQuestionnaire();
        List<QuestionnaireItem> items = questionnaire.getItems();
        assertEquals(10, items.size(), "nine scored items and the difficulty question");
        assertEquals(
                "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
                questionnaire.getInstructions());
        assertTrue(questionnaire.getCopyright().contains("No permission required to reproduce"));
        assertEquals(
                List.of("44249-1", "44261-6", "44260-8", "69722-7"),
                List.of(
                        questionnaire.getLoincCode(),
                        questionnaire.getTotalLoincCode(),
                        items.get(8).getLoincCode(),
                        items.get(9).getLoincCode()));
        assertEquals("Nearly every day", items.get(0).labelOf(3));
        Map<Long, Integer> seven = new HashMap<>();
        items.subList(0, 7).forEach(i -> seven.put(i.getId(), 2));
        seven.put(items.get(9).getId(), 3);
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> checkins.submit(mine.getId(), seven, Map.of()))
                        .problems()
                        .get("")
                        .contains("at least 8 of the 9"),
                "the difficulty question does not count as an answer");
        Map<Long, Integer> eight = new HashMap<>();
        items.subList(0, 8).forEach(i -> eight.put(i.getId(), 1));
        eight.put(items.get(9).getId(), 1);
        checkins.submit(mine.getId(), eight, Map.of());

        asClient(two);
        assertThrows(
                SecurityException.class,
                () -> checkins.chart(null, couple.getId()),
                "the partner sees nothing");

        as(counselor);
        CheckinChart section =
                checkins.chart(null, couple.getId()).orElseThrow().getSections().get(0);
        assertEquals("PHQ-9: Patient Health Questionnaire", section.getTitle());
        assertEquals(
                9.0,
                section.getPoints().get(0).getTotal(),
                "eight answers of 1, prorated to nine items");
        assertEquals("Mild", section.getPoints().get(0).getBand());
        assertTrue(
                section.getTotalJson().contains("Moderately severe 15–19")
                        && section.getTotalJson().contains("\"max\":27"),
                "the chart shades the bands on the 0–27 scale: " + section.getTotalJson());
        assertEquals("PHQ-9", section.getChanges().get(0).getQuestionnaire());
    }

    @Test
    void aHalfDoneCheckinIsSavedForTheClientAloneAndCountsOnlyOnceSent() throws Exception {
        as(counselor);
        Client client = portalClient("Drafting");
        Client stranger = portalClient("Stranger");
        Long phq =
                em.createQuery(
                                "SELECT q.id FROM Questionnaire q WHERE q.slug = 'phq-9'",
                                Long.class)
                        .getSingleResult();
        checkins.assign(phq, "client:" + client.getId(), clock.today(), 1, false, false);
        asClient(client);
        CheckinResponse mine = checkins.own(checkins.pending().get(0).getId()).orElseThrow();
        List<QuestionnaireItem> items = mine.getAssignment().getQuestionnaire().getItems();
        Map<Long, Integer> soFar = new HashMap<>();
        items.subList(0, 8).forEach(i -> soFar.put(i.getId(), 1));
        soFar.put(
                items.get(8).getId(),
                2); // item 9, thoughts of self-harm: an alert once sent, not before
        assertTrue(checkins.saveDraft(mine.getId(), soFar, Map.of()) != null);
        CheckinService.Draft draft = checkins.draft(mine.getId()).orElseThrow();
        assertEquals(soFar, draft.values(), "the answers so far come back, on any device");

        asClient(stranger);
        assertThrows(
                NotVisible.class,
                () -> checkins.saveDraft(mine.getId(), soFar, Map.of()),
                "nobody else's to save");
        assertTrue(checkins.draft(mine.getId()).isEmpty(), "nor to read");
        as(counselor);
        assertTrue(
                checkins.chart(client.getId(), null).orElseThrow().isNoCheckins(),
                "no point on the counselor's chart");
        assertTrue(
                checkins.answeredSince(clock.now().minusSeconds(3600), 50).stream()
                        .noneMatch(a -> a.getClientId() == client.getId()),
                "nothing on the counselor's home page");
        assertEquals(
                0L,
                ((Number)
                                em.createNativeQuery(
                                                "SELECT COUNT(*) FROM measure_alert WHERE client_id = ?")
                                        .setParameter(1, client.getId())
                                        .getSingleResult())
                        .longValue(),
                "no alert from a draft");

        asClient(client);
        Map<Long, Integer> rest = new HashMap<>(soFar);
        rest.put(items.get(9).getId(), 1);
        checkins.submit(mine.getId(), rest, Map.of());
        assertTrue(
                checkins.draft(mine.getId()).orElseThrow().values().isEmpty(),
                "sent: the draft is gone");
        assertEquals(
                0L,
                ((Number)
                                em.createNativeQuery(
                                                "SELECT COUNT(*) FROM checkin_draft_answer WHERE response_id = ?")
                                        .setParameter(1, mine.getId())
                                        .getSingleResult())
                        .longValue());
        assertTrue(
                assertThrows(
                                InvalidRecord.class,
                                () -> checkins.saveDraft(mine.getId(), soFar, Map.of()))
                        .problems()
                        .get("")
                        .contains("sent this check-in already"),
                "an old tab saving later changes nothing");
        assertThrows(
                InvalidRecord.class,
                () -> checkins.submit(mine.getId(), rest, Map.of()),
                "sent once");
        as(counselor);
        assertEquals(
                1L,
                ((Number)
                                em.createNativeQuery(
                                                "SELECT COUNT(*) FROM measure_alert WHERE client_id = ?")
                                        .setParameter(1, client.getId())
                                        .getSingleResult())
                        .longValue(),
                "the alert, once sent");
        assertEquals(1, checkins.chart(client.getId(), null).orElseThrow().getPoints().size());
    }

    @Test
    void whenTheCounselorSharesTheCoupleViewBothPartnersSeeBothLines() throws Exception {
        as(counselor);
        Client one = portalClient("Shared One");
        Client two = portalClient("Shared Two");
        Couple couple = couple(one, two);
        sharedCheckinAnsweredByTheFirst(couple, one, 2);
        asClient(two);
        CheckinChart view = checkins.sharedCoupleView().orElseThrow();
        assertEquals(1, view.getPoints().size());
        assertEquals(
                "Shared One",
                view.getPoints().get(0).person(),
                "partner two sees partner one's score");

        as(counselor);
        CheckinAssignment assigned = checkins.assignedOn(null, couple.getId()).get(0);
        assertTrue(assigned.isCoupleViewShared());
        Account stranger =
                accounts.createWithPasswordHash(
                        "stranger" + System.nanoTime() + "@test.invalid",
                        "Stranger",
                        Role.COUNSELOR,
                        null);
        as(stranger);
        assertThrows(
                NotVisible.class,
                () -> checkins.shareCoupleView(assigned.getId(), false),
                "another counselor cannot change what the partners see");
        assertTrue(checkins.assignedOn(null, couple.getId()).isEmpty());
        as(counselor);
        checkins.shareCoupleView(assigned.getId(), false);
        asClient(two);
        assertTrue(checkins.sharedCoupleView().isEmpty(), "the counselor withdrew the couple view");
        as(counselor);
        checkins.shareCoupleView(assigned.getId(), true);
        asClient(two);
        assertTrue(checkins.sharedCoupleView().isPresent(), "and shared it again");
    }

    @Test
    void whenTheCoupleWorkEndsTheSharedViewAndTheCoupleCheckinsStop() throws Exception {
        as(counselor);
        Client one = portalClient("Parted One");
        Client two = portalClient("Parted Two");
        Couple couple = couple(one, two);
        sharedCheckinAnsweredByTheFirst(couple, one, 4);
        asClient(two);
        assertTrue(checkins.sharedCoupleView().isPresent());
        assertEquals(1, checkins.pending().size());

        as(counselor);
        couples.end(couple.getId(), clock.today());
        asClient(two);
        assertTrue(
                checkins.sharedCoupleView().isEmpty(),
                "a former partner's scores no longer reach them");
        assertTrue(checkins.pending().isEmpty(), "no more couple check-ins are due");
        as(counselor);
        assertEquals(
                1,
                checkins.chart(null, couple.getId()).orElseThrow().getPoints().size(),
                "the counselor keeps what was answered");
    }

    @Test
    void aPracticeDefinesItsOwnQuestionnaireAndBadDefinitionsAreExplained() {
        as(counselor);
        QuestionnaireForm empty = new QuestionnaireForm();
        empty.setTitle("Nothing in it " + run);
        assertTrue(
                assertThrows(InvalidRecord.class, () -> checkins.define(empty))
                        .problems()
                        .containsKey("items"));

        QuestionnaireForm inverted = new QuestionnaireForm();
        inverted.setTitle("Inverted " + run);
        inverted.getItems().get(0).setText("How settled do you feel?");
        inverted.getItems().get(0).setMin(5);
        inverted.getItems().get(0).setMax(5);
        assertTrue(
                assertThrows(InvalidRecord.class, () -> checkins.define(inverted))
                        .problems()
                        .get("items:0:min")
                        .contains("must be below"));

        QuestionnaireForm good = new QuestionnaireForm();
        good.setTitle("Our agreement scale " + run);
        good.setScoring(Questionnaire.Rule.SUM);
        good.getItems().get(0).setText("We kept our agreements this week.");
        good.addItem();
        good.getItems().get(1).setText("I held back something I wanted to say.");
        good.getItems().get(1).setReversed(true);
        good.getItems().get(1).setSubscale("Openness");
        Questionnaire saved = checkins.define(good);
        assertEquals(2, saved.getItems().size());
        assertTrue(saved.isOwnedByPractice());
        assertTrue(
                checkins.questionnaires().stream().anyMatch(q -> q.getId().equals(saved.getId())));
    }

    // ---- builders

    private Long weeklyCheckin() {
        return em.createQuery(
                        "SELECT q.id FROM Questionnaire q WHERE q.slug = 'trust-connection-weekly'",
                        Long.class)
                .getSingleResult();
    }

    private static Map<Long, Integer> answers(CheckinResponse response, int value) {
        Map<Long, Integer> answers = new HashMap<>();
        response.getAssignment()
                .getQuestionnaire()
                .getScaleItems()
                .forEach(i -> answers.put(i.getId(), value));
        return answers;
    }

    private Client portalClient(String name) throws Exception {
        ClientDetails details = new ClientDetails();
        details.setLegalName(name + " " + run);
        details.setPreferredName(name);
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

    /**
     * A weekly check-in of the couple with the couple view shared, which partner {@code one}
     * answers (all sevens).
     */
    private void sharedCheckinAnsweredByTheFirst(Couple couple, Client one, int weeks) {
        checkins.assign(
                weeklyCheckin(), "couple:" + couple.getId(), clock.today(), weeks, false, true);
        asClient(one);
        CheckinResponse mine = checkins.pending().get(0);
        checkins.submit(
                mine.getId(), answers(checkins.own(mine.getId()).orElseThrow(), 7), Map.of());
    }

    private void asClient(Client client) {
        as(portals.get(client.getId()));
    }

    private void as(Account account) {
        request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, account);
    }
}
