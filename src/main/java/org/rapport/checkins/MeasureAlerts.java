package org.rapport.checkins;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.clients.Client;
import org.rapport.clients.ClientService;
import org.rapport.clients.Couple;
import org.rapport.clients.CoupleService;
import org.rapport.identity.AccessGate;
import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.platform.NotVisible;
import org.rapport.platform.PracticeClock;

/**
 * Alerts raised by sent check-ins and measures ({@link AlertRules}): raised in the transaction that
 * sends the answers, listed on the counselor's home page and on the chart, acknowledged by one of
 * the client's own counselors only (an administrator sees them but does not acknowledge for the
 * counselor). Never shown in the portal. Every read is audited.
 */
@ApplicationScoped
public class MeasureAlerts {

    /** How long an acknowledged alert stays on the chart. */
    static final long ACKNOWLEDGED_SHOWN_DAYS = 90;

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeClock clock;

    @Inject private ClientService clients;

    @Inject private CoupleService couples;

    /**
     * Raises what the rules find in the answers a client is sending (in the caller's transaction,
     * before the response itself is changed): the previous total is that of the person's last
     * answer to the same questionnaire.
     */
    void raise(
            CheckinResponse response,
            java.util.function.Function<QuestionnaireItem, Integer> answers) {
        Questionnaire questionnaire = response.getAssignment().getQuestionnaire();
        Client client = response.getClient();
        CheckinResponse previous =
                em.createQuery(
                                "SELECT r FROM CheckinResponse r JOIN r.assignment a"
                                        + " WHERE r.client.id = :client AND a.questionnaire.id = :q AND r.submittedAt IS NOT NULL AND r.id <> :id"
                                        + " ORDER BY r.submittedAt DESC, r.dueOn DESC, r.id DESC",
                                CheckinResponse.class)
                        .setParameter("client", client.getId())
                        .setParameter("q", questionnaire.getId())
                        .setParameter("id", response.getId())
                        .setMaxResults(1)
                        // read-only: not part of this transaction's changes (EclipseLink's commit
                        // trips over the
                        // sealed answers of a response it did not change: their embeddable has no
                        // entity listeners)
                        .setHint("eclipselink.read-only", "true")
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        Double previousTotal =
                previous == null
                        ? null
                        : Scoring.score(
                                        questionnaire.getScoring(),
                                        questionnaire.getItems(),
                                        previous::valueOf)
                                .total();
        for (AlertRules.Raised raised :
                AlertRules.evaluate(questionnaire, answers, previousTotal)) {
            em.persist(
                    new MeasureAlert(
                            client,
                            response,
                            response.getAssignment().getCounselor(),
                            raised.kind(),
                            raised.detail(),
                            clock.now()));
            audit.record(
                    currentUser.actor(),
                    AuditAction.CREATE,
                    "MeasureAlert",
                    null,
                    client.getId(),
                    raised.kind().name() + " raised by check-in response " + response.getId());
        }
    }

    /**
     * The alerts nobody has acknowledged yet, newest first: a counselor's (for the clients whose
     * questionnaire they gave, or whose primary counselor they are), or, for an administrator, the
     * whole practice's.
     */
    public List<MeasureAlert> open() {
        Account caller = gate.staff();
        String mine =
                caller.getRole() == Role.ADMIN
                        ? ""
                        : " AND (a.counselor.id = :me OR c.primaryCounselor.id = :me)";
        var query =
                em.createQuery(
                                "SELECT a FROM MeasureAlert a JOIN FETCH a.client c JOIN FETCH c.primaryCounselor"
                                        + " WHERE a.acknowledgedAt IS NULL"
                                        + mine
                                        + " ORDER BY a.raisedAt DESC, a.id DESC",
                                MeasureAlert.class)
                        .setMaxResults(50);
        if (caller.getRole() != Role.ADMIN) {
            query.setParameter("me", caller.getId());
        }
        // a couple's counselor keeps what they raised only while the couple's work lasts
        List<MeasureAlert> alerts =
                query.getResultList().stream()
                        .filter(a -> gate.client(caller, a.getClient()))
                        .toList();
        auditReads(alerts, "home page, open alerts");
        return alerts;
    }

    /**
     * The alerts on a chart (a client's, or both partners' of a couple): the open ones, then those
     * acknowledged in the last 90 days, newest first. Empty for a chart the caller may not open.
     */
    public List<MeasureAlert> onChart(Long clientId, Long coupleId) {
        gate.staff();
        String whose;
        Long who;
        if (coupleId != null) {
            if (!couples.isVisible(coupleId)) {
                audit.refused(
                        currentUser.actor(),
                        "Couple",
                        coupleId,
                        null,
                        em.find(Couple.class, coupleId) != null);
                return List.of();
            }
            whose =
                    ", Couple p WHERE p.id = :who AND (a.client = p.partnerOne OR a.client = p.partnerTwo)";
            who = coupleId;
        } else if (clientId != null && clients.isVisible(clientId)) {
            whose = " WHERE a.client.id = :who";
            who = clientId;
        } else {
            if (clientId != null) {
                boolean exists = em.find(Client.class, clientId) != null;
                audit.refused(
                        currentUser.actor(), "Client", clientId, exists ? clientId : null, exists);
            }
            return List.of();
        }
        List<MeasureAlert> alerts =
                em.createQuery(
                                "SELECT a FROM MeasureAlert a JOIN FETCH a.client"
                                        + " LEFT JOIN FETCH a.acknowledgedBy"
                                        + whose
                                        + " AND (a.acknowledgedAt IS NULL OR a.acknowledgedAt >= :shown)"
                                        + " ORDER BY CASE WHEN a.acknowledgedAt IS NULL THEN 0 ELSE 1 END, a.raisedAt DESC, a.id DESC",
                                MeasureAlert.class)
                        .setParameter("who", who)
                        .setParameter(
                                "shown",
                                clock.now().minus(ACKNOWLEDGED_SHOWN_DAYS, ChronoUnit.DAYS))
                        .setMaxResults(30)
                        .getResultList();
        auditReads(alerts, "chart, alerts");
        return alerts;
    }

    /**
     * Acknowledges an alert: only a counselor of the client (their primary counselor, or the
     * counselor of a couple they are in) may; who and when is kept. Acknowledging twice changes
     * nothing.
     */
    @Transactional
    public MeasureAlert acknowledge(long alertId) {
        Account caller = gate.staff();
        MeasureAlert alert = em.find(MeasureAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE);
        if (alert == null || !gate.client(caller, alert.getClient())) {
            audit.refused(
                    currentUser.actor(),
                    "MeasureAlert",
                    alertId,
                    alert == null ? null : alert.getClient().getId(),
                    alert != null);
            throw new NotVisible("alert");
        }
        if (caller.getRole() != Role.COUNSELOR) {
            throw new AccessGate.NotPermitted(
                    "Only the client's counselors acknowledge an alert: they follow it up.");
        }
        if (!alert.isAcknowledged()) {
            alert.acknowledge(em.find(Account.class, caller.getId()), clock.now());
            audit.record(
                    currentUser.actor(),
                    AuditAction.UPDATE,
                    "MeasureAlert",
                    alertId,
                    alert.getClient().getId(),
                    "acknowledged");
        }
        return alert;
    }

    private void auditReads(List<MeasureAlert> alerts, String what) {
        Map<Long, Long> perClient =
                alerts.stream()
                        .collect(
                                Collectors.groupingBy(
                                        a -> a.getClient().getId(), Collectors.counting()));
        Map<Long, String> details = new java.util.LinkedHashMap<>();
        perClient.forEach((client, count) -> details.put(client, what + ", " + count));
        audit.recordEach(currentUser.actor(), AuditAction.VIEW, "MeasureAlert", details);
    }
}
