package org.rapport.checkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
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
import org.rapport.platform.NotVisible;
import org.rapport.platform.PracticeClock;

/**
 * Alerts from sent measures inside the real application: a partner's PHQ-9 with thoughts of
 * self-harm and a total in a higher band raises two alerts for the couple's counselor, none for the
 * other partner's answers; nobody in the portal can read them; only the client's counselor
 * acknowledges (who and when is kept), not an administrator, not another counselor; a trust
 * check-in that drops by the reliable change raises one.
 */
@ExtendWith(ArquillianExtension.class)
class MeasureAlertsIT {

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

    @Inject private MeasureAlerts alerts;

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
    void aPartnersWorseningPhq9AlertsTheCounselorOnlyAndOnlyTheirCounselorAcknowledgesIt()
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
        checkins.assign(
                phq, "couple:" + couple.getId(), clock.today().minusWeeks(1), 2, false, false);

        asClient(one);
        List<CheckinResponse> due = checkins.pending();
        assertEquals(2, due.size(), "last week's and this week's");
        // last week: every item "several days" except item 9: total 8, Mild
        checkins.submit(due.get(0).getId(), phq(due.get(0), 1, 1, 1, 1, 1, 1, 1, 1, 0), Map.of());
        assertEquals(0L, alertsOf(one), "a first, mild answer raises nothing");
        // this week: total 17 (Moderately severe), item 9 "several days"
        checkins.submit(due.get(1).getId(), phq(due.get(1), 3, 2, 2, 2, 2, 2, 2, 1, 1), Map.of());
        asClient(two);
        CheckinResponse twos = checkins.pending().get(0);
        checkins.submit(twos.getId(), phq(twos, 3, 3, 3, 3, 3, 3, 3, 3, 0), Map.of());
        assertEquals(
                0L,
                alertsOf(two),
                "a first answer, however high, with item 9 at 0: nothing to compare, no alert");
        assertThrows(SecurityException.class, () -> alerts.open(), "no alert reaches the portal");
        assertThrows(
                SecurityException.class,
                () -> alerts.onChart(one.getId(), null),
                "not the partner's either");

        as(counselor);
        List<MeasureAlert> open =
                alerts.open().stream()
                        .filter(a -> a.getClient().getId().equals(one.getId()))
                        .toList();
        assertEquals(
                List.of(MeasureAlert.Kind.SELF_HARM, MeasureAlert.Kind.BAND_RISE),
                open.stream().map(MeasureAlert::getKind).sorted().toList(),
                "the band rise and item 9");
        MeasureAlert selfHarm =
                open.stream()
                        .filter(a -> a.getKind() == MeasureAlert.Kind.SELF_HARM)
                        .findFirst()
                        .orElseThrow();
        assertTrue(selfHarm.getDetail().contains("Several days"), selfHarm.getDetail());
        MeasureAlert rise =
                open.stream()
                        .filter(a -> a.getKind() == MeasureAlert.Kind.BAND_RISE)
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                "PHQ-9 total rose from 8 (Mild) to 17 (Moderately severe), a reliable deterioration.",
                rise.getDetail());
        assertEquals(
                2,
                alerts.onChart(null, couple.getId()).size(),
                "the couple's chart shows them too");

        Account other =
                accounts.createWithPasswordHash(
                        "o" + run + "@test.invalid", "Other " + run, Role.COUNSELOR, null);
        as(other);
        assertTrue(
                alerts.open().stream().noneMatch(a -> a.getClient().getId().equals(one.getId())));
        assertTrue(alerts.onChart(one.getId(), null).isEmpty());
        assertThrows(
                NotVisible.class,
                () -> alerts.acknowledge(selfHarm.getId()),
                "another counselor cannot");
        Account admin =
                accounts.createWithPasswordHash(
                        "a" + run + "@test.invalid", "Admin " + run, Role.ADMIN, null);
        as(admin);
        assertTrue(
                alerts.open().stream().anyMatch(a -> a.getId().equals(selfHarm.getId())),
                "the administrator sees it");
        assertThrows(
                SecurityException.class,
                () -> alerts.acknowledge(selfHarm.getId()),
                "but does not acknowledge it");

        as(counselor);
        MeasureAlert acknowledged = alerts.acknowledge(selfHarm.getId());
        assertEquals(counselor.getId(), acknowledged.getAcknowledgedBy().getId());
        assertNotNull(acknowledged.getAcknowledgedAt());
        assertEquals(
                acknowledged.getAcknowledgedAt().getEpochSecond(),
                alerts.acknowledge(selfHarm.getId()).getAcknowledgedAt().getEpochSecond(),
                "acknowledging twice keeps the first");
        assertTrue(
                alerts.open().stream().noneMatch(a -> a.getId().equals(selfHarm.getId())),
                "off the home page");
        assertTrue(
                alerts.onChart(one.getId(), null).stream()
                        .anyMatch(a -> a.getId().equals(selfHarm.getId()) && a.isAcknowledged()),
                "still on the chart, acknowledged");
        assertEquals(
                1L,
                ((Number)
                                em.createNativeQuery(
                                                "SELECT COUNT(*) FROM audit_event WHERE action = 'UPDATE'"
                                                        + " AND record_type = 'MeasureAlert' AND record_id = ? AND account_id = ?")
                                        .setParameter(1, selfHarm.getId())
                                        .setParameter(2, counselor.getId())
                                        .getSingleResult())
                        .longValue(),
                "acknowledged once, audited");
        CheckinChart.Change change =
                checkins.chart(one.getId(), null)
                        .orElseThrow()
                        .getSections()
                        .get(0)
                        .getChanges()
                        .get(0);
        assertEquals(
                "reliable deterioration since the first, reliable deterioration since the previous (6 points or more)",
                change.getReliableNote());
    }

    @Test
    void aTrustCheckinThatDropsByTheReliableChangeAlerts() throws Exception {
        as(counselor);
        Client client = portalClient("Solo");
        Long weekly =
                em.createQuery(
                                "SELECT q.id FROM Questionnaire q WHERE q.slug = 'trust-connection-weekly'",
                                Long.class)
                        .getSingleResult();
        checkins.assign(
                weekly, "client:" + client.getId(), clock.today().minusWeeks(1), 2, false, false);
        asClient(client);
        List<CheckinResponse> due = checkins.pending();
        checkins.submit(due.get(0).getId(), trust(due.get(0), 8), Map.of());
        checkins.submit(due.get(1).getId(), trust(due.get(1), 5), Map.of());
        as(counselor);
        List<MeasureAlert> open = alerts.onChart(client.getId(), null);
        assertEquals(
                List.of(MeasureAlert.Kind.WORSENED),
                open.stream().map(MeasureAlert::getKind).toList());
        assertTrue(
                open.get(0).getDetail().startsWith("Trust check-in total dropped 8 → 5 (−3"),
                open.get(0).getDetail());
    }

    // ---- builders

    /** PHQ-9 answers to items 1–9 in order, the difficulty question "somewhat difficult". */
    private static Map<Long, Integer> phq(CheckinResponse response, int... values) {
        List<QuestionnaireItem> items = response.getAssignment().getQuestionnaire().getItems();
        Map<Long, Integer> answers = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            answers.put(items.get(i).getId(), values[i]);
        }
        answers.put(items.get(9).getId(), 1);
        return answers;
    }

    /**
     * Trust check-in answers that score {@code score} on every item (reversed items answered the
     * other way).
     */
    private static Map<Long, Integer> trust(CheckinResponse response, int score) {
        Map<Long, Integer> answers = new HashMap<>();
        response.getAssignment()
                .getQuestionnaire()
                .getScaleItems()
                .forEach(
                        i ->
                                answers.put(
                                        i.getId(),
                                        i.isReversed() ? i.getMin() + i.getMax() - score : score));
        return answers;
    }

    private long alertsOf(Client client) {
        return ((Number)
                        em.createNativeQuery(
                                        "SELECT COUNT(*) FROM measure_alert WHERE client_id = ?")
                                .setParameter(1, client.getId())
                                .getSingleResult())
                .longValue();
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
        details.setConfidentiality(Confidentiality.INDIVIDUAL_CONFIDENTIAL);
        return couples.create(details);
    }

    private void asClient(Client client) {
        as(portals.get(client.getId()));
    }

    private void as(Account account) {
        request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, account);
    }
}
