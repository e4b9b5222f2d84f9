package org.rapport.checkins;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.rapport.platform.Ids;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.NotVisible;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.AppointmentChanged;
import org.rapport.scheduling.Held;

/**
 * Trust check-ins: counselors assign a questionnaire (once, weekly, or before every session) to a
 * client or to each partner of a couple; clients answer their own in the portal; counselors see
 * everyone's scores over time. A partner never sees the other's answers or scores. Every read is
 * audited.
 */
@ApplicationScoped
public class CheckinService {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern(
                    "EEEE d MMMM 'at' HH:mm", java.util.Locale.ENGLISH);

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeClock clock;

    @Inject private ClientService clients;

    @Inject private CoupleService couples;

    @Inject private MeasureAlerts alerts;

    /**
     * Rapport's own check-in first (the one most often given), then the standard measures, then the
     * practice's own.
     */
    public List<Questionnaire> questionnaires() {
        gate.staff();
        return em.createQuery(
                        "SELECT q FROM Questionnaire q ORDER BY q.origin DESC,"
                                + " CASE WHEN q.bands IS NULL THEN 0 ELSE 1 END, q.title",
                        Questionnaire.class)
                .getResultList();
    }

    /**
     * Saves a practice's own questionnaire (for instruments the practice holds a licence to, or its
     * own).
     */
    @Transactional
    public Questionnaire define(QuestionnaireForm form) {
        Account caller = gate.staff();
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            problems.put("title", "Give the questionnaire a title.");
        } else if (form.getTitle().strip().length() > 160) {
            problems.put("title", "Keep the title under 160 characters.");
        }
        if (form.getDescription() != null && form.getDescription().strip().length() > 1000) {
            problems.put("description", "Keep the description under 1,000 characters.");
        }
        List<QuestionnaireForm.Item> items =
                form.getItems().stream()
                        .filter(i -> i.getText() != null && !i.getText().isBlank())
                        .toList();
        if (items.stream().noneMatch(QuestionnaireForm.Item::isScale)) {
            problems.put(
                    "items",
                    "Add at least one item answered on a scale (a questionnaire without one has nothing to score).");
        }
        for (int i = 0; i < form.getItems().size(); i++) {
            QuestionnaireForm.Item item = form.getItems().get(i);
            if (item.getText() == null || item.getText().isBlank()) {
                continue;
            }
            if (item.getText().strip().length() > 500) {
                problems.put("items:" + i + ":text", "An item holds at most 500 characters.");
            }
            if (item.isScale()) {
                if (item.getMin() == null || item.getMax() == null) {
                    problems.put("items:" + i + ":min", "Enter the lowest and the highest value.");
                } else if (item.getMin() >= item.getMax()) {
                    problems.put(
                            "items:" + i + ":min",
                            "The lowest value must be below the highest ("
                                    + item.getMin()
                                    + " is not below "
                                    + item.getMax()
                                    + ").");
                } else if (item.getMin() < -100 || item.getMax() > 100) {
                    problems.put("items:" + i + ":min", "Keep the values between −100 and 100.");
                }
                if (item.getLow() == null
                        || item.getLow().isBlank()
                        || item.getHigh() == null
                        || item.getHigh().isBlank()) {
                    problems.put("items:" + i + ":low", "Name both ends of the scale.");
                } else if (item.getLow().strip().length() > 60
                        || item.getHigh().strip().length() > 60) {
                    problems.put("items:" + i + ":low", "Keep the end labels under 60 characters.");
                }
            }
            if (item.getSubscale() != null && item.getSubscale().strip().length() > 60) {
                problems.put(
                        "items:" + i + ":subscale", "Keep the subscale name under 60 characters.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        String base =
                form.getTitle()
                        .strip()
                        .toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "questionnaire" : base.length() > 70 ? base.substring(0, 70) : base;
        String slug = base;
        for (int n = 2;
                !em.createQuery(
                                "SELECT q FROM Questionnaire q WHERE q.slug = :slug",
                                Questionnaire.class)
                        .setParameter("slug", slug)
                        .getResultList()
                        .isEmpty();
                n++) {
            slug = base + "-" + n;
        }
        Questionnaire questionnaire =
                new Questionnaire(
                        slug,
                        form.getTitle().strip(),
                        form.getDescription() == null ? "" : form.getDescription().strip(),
                        form.getScoring(),
                        em.find(Account.class, caller.getId()),
                        clock.now());
        em.persist(questionnaire);
        int position = 1;
        for (QuestionnaireForm.Item item : items) {
            QuestionnaireItem saved =
                    new QuestionnaireItem(
                            questionnaire,
                            position++,
                            item.getText().strip(),
                            item.isScale(),
                            item.getMin(),
                            item.getMax(),
                            item.getLow() == null ? null : item.getLow().strip(),
                            item.getHigh() == null ? null : item.getHigh().strip(),
                            item.isReversed(),
                            item.getSubscale());
            em.persist(saved);
            questionnaire.getItems().add(saved);
        }
        em.flush();
        audit.record(
                currentUser.actor(),
                AuditAction.CREATE,
                "Questionnaire",
                questionnaire.getId(),
                null,
                slug);
        return questionnaire;
    }

    /** Assigns a questionnaire: weekly for {@code weeks} weeks from the start (1 = once). */
    @Transactional
    public CheckinAssignment assign(
            Long questionnaireId,
            String with,
            LocalDate startsOn,
            Integer weeks,
            boolean trendVisible,
            boolean coupleViewShared) {
        Account caller = gate.staff();
        Map<String, String> problems = new LinkedHashMap<>();
        Target target = target(questionnaireId, with, coupleViewShared, problems);
        if (startsOn == null) {
            problems.put("startsOn", "Enter the first date.");
        } else if (startsOn.isBefore(clock.today().minusDays(7))) {
            problems.put("startsOn", "The first date can be at most a week ago.");
        }
        if (weeks == null || weeks < 1 || weeks > 52) {
            problems.put("weeks", "Choose 1 (once) to 52 weeks.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        CheckinAssignment assignment =
                new CheckinAssignment(
                        target.questionnaire(),
                        counselorFor(caller, target),
                        target.client(),
                        target.couple(),
                        startsOn,
                        weeks,
                        trendVisible,
                        coupleViewShared,
                        clock.now());
        em.persist(assignment);
        for (int week = 0; week < weeks; week++) {
            for (Client person : target.people()) {
                em.persist(new CheckinResponse(assignment, person, startsOn.plusWeeks(week)));
            }
        }
        em.flush();
        for (Client person : target.people()) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.CREATE,
                    "CheckinAssignment",
                    assignment.getId(),
                    person.getId(),
                    target.questionnaire().getSlug() + ", " + weeks + " week(s)");
        }
        return assignment;
    }

    /**
     * Assigns a questionnaire before the sessions of a client or a couple: it opens {@code
     * hoursBefore} hours (practice wall-clock time) before every {@code everySessions}th session
     * from now on (1 = every session), for each partner separately, and closes when the session
     * starts. {@link BeforeSessionJob} sends it.
     */
    @Transactional
    public CheckinAssignment assignBeforeSession(
            Long questionnaireId,
            String with,
            Integer hoursBefore,
            Integer everySessions,
            boolean trendVisible,
            boolean coupleViewShared) {
        Account caller = gate.staff();
        Map<String, String> problems = new LinkedHashMap<>();
        Target target = target(questionnaireId, with, coupleViewShared, problems);
        if (hoursBefore == null || hoursBefore < 1 || hoursBefore > 168) {
            problems.put("hoursBefore", "Choose 1 to 168 hours (a week) before the session.");
        }
        if (everySessions == null || everySessions < 1 || everySessions > 12) {
            problems.put("everySessions", "Choose 1 (every session) to 12 (every 12th session).");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        CheckinAssignment assignment =
                CheckinAssignment.beforeSessions(
                        target.questionnaire(),
                        counselorFor(caller, target),
                        target.client(),
                        target.couple(),
                        hoursBefore,
                        everySessions,
                        trendVisible,
                        coupleViewShared,
                        clock.now(),
                        clock.today());
        em.persist(assignment);
        em.flush();
        for (Client person : target.people()) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.CREATE,
                    "CheckinAssignment",
                    assignment.getId(),
                    person.getId(),
                    target.questionnaire().getSlug() + ", " + assignment.getScheduleText());
        }
        return assignment;
    }

    /**
     * Who a questionnaire is assigned to, and which: checked for both kinds of assignment alike.
     */
    private record Target(Questionnaire questionnaire, Client client, Couple couple) {

        List<Client> people() {
            return couple != null
                    ? List.of(couple.getPartnerOne(), couple.getPartnerTwo())
                    : List.of(client);
        }
    }

    private Target target(
            Long questionnaireId,
            String with,
            boolean coupleViewShared,
            Map<String, String> problems) {
        Questionnaire questionnaire =
                questionnaireId == null ? null : em.find(Questionnaire.class, questionnaireId);
        if (questionnaire == null) {
            problems.put("questionnaireId", "Choose a questionnaire.");
        }
        Client client = null;
        Couple couple = null;
        String who = with == null ? "" : with;
        Long id = Ids.parse(who.substring(who.indexOf(':') + 1));
        if (who.startsWith("client:") && id != null && clients.isVisible(id)) {
            client = em.find(Client.class, id);
        } else if (who.startsWith("couple:") && id != null && couples.isVisible(id)) {
            couple = em.find(Couple.class, id);
        }
        if (client == null && couple == null) {
            problems.put("with", "Choose a client or a couple on your caseload.");
        }
        if (questionnaire != null && !questionnaire.getBands().isEmpty() && coupleViewShared) {
            problems.put(
                    "coupleViewShared",
                    "A measure such as the "
                            + questionnaire.getTitle().split(":")[0]
                            + " is each partner's own: its scores are not shown to the other partner. Leave the couple view off.");
        }
        return new Target(questionnaire, client, couple);
    }

    private Account counselorFor(Account caller, Target target) {
        Account counselor =
                caller.getRole() == Role.COUNSELOR
                        ? caller
                        : target.couple() != null
                                ? target.couple().getCounselor()
                                : target.client().getPrimaryCounselor();
        return em.find(Account.class, counselor.getId());
    }

    /**
     * The check-ins assigned on a chart that are still going (a client's, or a couple's), latest
     * first.
     */
    public List<CheckinAssignment> assignedOn(Long clientId, Long coupleId) {
        gate.staff();
        if (clientId != null && !clients.isVisible(clientId)
                || coupleId != null && !couples.isVisible(coupleId)) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT a FROM CheckinAssignment a JOIN FETCH a.questionnaire WHERE "
                                + (coupleId != null ? "a.couple.id = :who" : "a.client.id = :who")
                                + " AND a.status = 'ACTIVE'"
                                + " ORDER BY a.startsOn DESC, a.id DESC",
                        CheckinAssignment.class)
                .setParameter("who", coupleId != null ? coupleId : clientId)
                .getResultList();
    }

    /**
     * Shares the couple view of a couple's check-in with both partners, or withdraws it: from the
     * next page they open, each partner sees both lines, or only their own again.
     */
    @Transactional
    public CheckinAssignment shareCoupleView(long assignmentId, boolean shared) {
        gate.staff();
        CheckinAssignment assignment =
                em.find(CheckinAssignment.class, assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (assignment == null
                || assignment.getCouple() == null
                || !couples.isVisible(assignment.getCouple().getId())) {
            throw new NotVisible("check-in");
        }
        if (assignment.isEnded() || !assignment.getCouple().isActive()) {
            throw InvalidRecord.of(
                    "",
                    "This check-in has ended with the couple's work; nothing is shared any more.");
        }
        assignment.shareCoupleView(shared);
        for (Client partner :
                List.of(
                        assignment.getCouple().getPartnerOne(),
                        assignment.getCouple().getPartnerTwo())) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.UPDATE,
                    "CheckinAssignment",
                    assignmentId,
                    partner.getId(),
                    shared
                            ? "couple view shared with both partners"
                            : "couple view no longer shared");
        }
        return assignment;
    }

    /**
     * Everyone's scores on a chart (a client, or both partners of a couple), with session dates.
     */
    public Optional<CheckinChart> chart(Long clientId, Long coupleId) {
        gate.staff();
        if (clientId != null && !clients.isVisible(clientId)
                || coupleId != null && !couples.isVisible(coupleId)) {
            return Optional.empty();
        }
        List<Client> people;
        if (coupleId != null) {
            Couple couple = em.find(Couple.class, coupleId);
            people = List.of(couple.getPartnerOne(), couple.getPartnerTwo());
        } else {
            people = List.of(em.find(Client.class, clientId));
        }
        List<CheckinResponse> responses =
                em.createQuery(
                                "SELECT r FROM CheckinResponse r JOIN FETCH r.assignment a"
                                        + " JOIN FETCH a.questionnaire WHERE r.client.id IN :people AND r.submittedAt IS NOT NULL"
                                        + " ORDER BY r.submittedAt, r.dueOn, r.id",
                                CheckinResponse.class)
                        .setParameter("people", people.stream().map(Client::getId).toList())
                        .getResultList();
        String sessionsOf = coupleId != null ? "a.couple.id = :who" : "a.client.id = :who";
        List<Instant> sessions =
                em.createQuery(
                                "SELECT a.startsAt FROM Appointment a WHERE "
                                        + sessionsOf
                                        + " AND "
                                        + Held.CONDITION
                                        + " ORDER BY a.startsAt",
                                Instant.class)
                        .setParameter("who", coupleId != null ? coupleId : clientId)
                        .setParameter("heldBy", clock.now())
                        .getResultList();
        for (Client person : people) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.VIEW,
                    "CheckinResponse",
                    null,
                    person.getId(),
                    responses.size() + " check-ins on the chart");
        }
        return Optional.of(
                CheckinChart.of(
                        people,
                        responses,
                        sessions.stream().map(s -> s.atZone(clock.zone()).toLocalDate()).toList(),
                        clock.zone()));
    }

    /**
     * A couple's work ended (in that transaction): its check-ins end too. Nothing more is due for
     * either partner and the shared couple view is withdrawn; what was answered stays on the
     * couple's chart.
     */
    void onCoupleEnded(@Observes CoupleEnded ended) {
        List<CheckinAssignment> going =
                em.createQuery(
                                "SELECT a FROM CheckinAssignment a WHERE a.couple.id = :couple"
                                        + " AND a.status = 'ACTIVE'",
                                CheckinAssignment.class)
                        .setParameter("couple", ended.coupleId())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        for (CheckinAssignment assignment : going) {
            assignment.end();
            em.createQuery(
                            "DELETE FROM CheckinResponse r WHERE r.assignment.id = :id AND r.submittedAt IS NULL")
                    .setParameter("id", assignment.getId())
                    .executeUpdate();
            for (Client partner :
                    List.of(
                            assignment.getCouple().getPartnerOne(),
                            assignment.getCouple().getPartnerTwo())) {
                audit.record(
                        currentUser.actor(),
                        AuditAction.UPDATE,
                        "CheckinAssignment",
                        assignment.getId(),
                        partner.getId(),
                        "ended with the couple's work");
            }
        }
    }

    /**
     * An appointment moved or was cancelled (in that transaction). An unanswered questionnaire sent
     * before it follows it to its new time: it closes at the new start and opens as many hours
     * before; if it now opens later than now, the notice and reminder are sent again when it opens.
     * A cancelled session's unanswered questionnaire is withdrawn, so nobody is reminded of it.
     * Answered ones stay on the chart.
     */
    void onAppointmentChanged(@Observes AppointmentChanged changed) {
        List<CheckinResponse> open =
                em.createQuery(
                                "SELECT r FROM CheckinResponse r JOIN FETCH r.assignment"
                                        + " WHERE r.appointment.id = :appointment AND r.submittedAt IS NULL",
                                CheckinResponse.class)
                        .setParameter("appointment", changed.appointmentId())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        for (CheckinResponse response : open) {
            if (changed.cancelled()) {
                em.remove(response);
            } else {
                CheckinAssignment assignment = response.getAssignment();
                Instant opens =
                        BeforeSessionTimes.opensAt(
                                changed.startsAt(), assignment.getHoursBefore(), clock.zone());
                LocalDate day = changed.startsAt().atZone(clock.zone()).toLocalDate();
                // the chart dates it by the session's day, unless another one of this person's
                // already has that day
                boolean dayTaken =
                        !day.equals(response.getDueOn())
                                && !em.createQuery(
                                                "SELECT r.id FROM CheckinResponse r"
                                                        + " WHERE r.assignment = :assignment AND r.client = :client AND r.dueOn = :day",
                                                Long.class)
                                        .setParameter("assignment", assignment)
                                        .setParameter("client", response.getClient())
                                        .setParameter("day", day)
                                        .getResultList()
                                        .isEmpty();
                response.followSession(
                        opens,
                        changed.startsAt(),
                        dayTaken ? response.getDueOn() : day,
                        clock.now());
            }
        }
    }

    /**
     * Check-ins and measures the caller's clients sent since {@code since}, newest first (at most
     * {@code limit}), each with its total, its severity band and whether a PHQ-9's item 9 (thoughts
     * of self-harm) was above 0; for the counselor's home page. Audited per client.
     */
    public List<Answered> answeredSince(Instant since, int limit) {
        Account caller = gate.staff();
        List<CheckinResponse> responses =
                em.createQuery(
                                "SELECT r FROM CheckinResponse r JOIN FETCH r.assignment a"
                                        + " JOIN FETCH a.questionnaire JOIN FETCH r.client WHERE a.counselor.id = :me AND r.submittedAt >= :since"
                                        + " ORDER BY r.submittedAt DESC, r.dueOn DESC, r.id DESC",
                                CheckinResponse.class)
                        .setParameter("me", caller.getId())
                        .setParameter("since", since)
                        .setMaxResults(limit)
                        .getResultList();
        List<Answered> answered = new ArrayList<>();
        Map<Long, Integer> perClient = new LinkedHashMap<>();
        for (CheckinResponse response : responses) {
            Questionnaire questionnaire = response.getAssignment().getQuestionnaire();
            Scoring.Score score =
                    Scoring.score(
                            questionnaire.getScoring(),
                            questionnaire.getItems(),
                            response::valueOf);
            Band band = questionnaire.band(score.total());
            // the items a questionnaire marks as alerting (PHQ-9 item 9, or a practice's own), as
            // the alerts themselves are raised
            boolean selfHarm =
                    questionnaire.getItems().stream().anyMatch(i -> i.alerts(response.valueOf(i)));
            Client client = response.getClient();
            answered.add(
                    new Answered(
                            client.getId(),
                            client.getName(),
                            questionnaire.getShortTitle(),
                            response.getSubmittedAt(),
                            score.total(),
                            band == null ? null : band.label(),
                            selfHarm));
            perClient.merge(client.getId(), 1, Integer::sum);
        }
        Map<Long, String> details = new LinkedHashMap<>();
        perClient.forEach(
                (client, count) ->
                        details.put(client, "home page, " + count + " answered recently"));
        audit.recordEach(currentUser.actor(), AuditAction.VIEW, "CheckinResponse", details);
        return answered;
    }

    /**
     * A check-in or measure a client sent: who, what, when, the score and its band, and the item-9
     * flag.
     */
    public record Answered(
            long clientId,
            String client,
            String questionnaire,
            Instant submittedAt,
            Double total,
            String band,
            boolean selfHarm)
            implements java.io.Serializable {

        public long getClientId() {
            return clientId;
        }

        public String getClient() {
            return client;
        }

        public String getQuestionnaire() {
            return questionnaire;
        }

        public Instant getSubmittedAt() {
            return submittedAt;
        }

        public Double getTotal() {
            return total;
        }

        /** The total as people write it ("11", "7.2"); null when too few answers to score. */
        public String getTotalText() {
            return total == null
                    ? null
                    : total == Math.rint(total)
                            ? String.valueOf(total.longValue())
                            : total.toString();
        }

        public String getBand() {
            return band;
        }

        public boolean isSelfHarm() {
            return selfHarm;
        }
    }

    /**
     * The signed-in client's check-ins that are due now (from two weeks back), and those sent
     * before a session that are open (until the session starts), oldest first.
     */
    public List<CheckinResponse> pending() {
        Client me = clients.portalClient();
        return em.createQuery(
                        "SELECT r FROM CheckinResponse r JOIN FETCH r.assignment a JOIN FETCH a.questionnaire"
                                + " WHERE r.client.id = :me AND r.submittedAt IS NULL AND (r.closesAt IS NULL AND r.dueOn <= :today"
                                + " AND r.dueOn >= :from OR r.opensAt <= :now AND r.closesAt > :now)"
                                + " ORDER BY r.dueOn, r.id",
                        CheckinResponse.class)
                .setParameter("me", me.getId())
                .setParameter("today", clock.today())
                .setParameter("from", clock.today().minusDays(13))
                .setParameter("now", clock.now())
                .getResultList();
    }

    /** One of the client's own check-ins; empty for anyone else's (their partner's included). */
    public Optional<CheckinResponse> own(long responseId) {
        Client me = clients.portalClient();
        CheckinResponse response = em.find(CheckinResponse.class, responseId);
        if (response == null || !response.getClient().getId().equals(me.getId())) {
            audit.refused(
                    currentUser.actor(),
                    "CheckinResponse",
                    responseId,
                    response == null ? null : response.getClient().getId(),
                    response != null);
            return Optional.empty();
        }
        response.getAssignment().getQuestionnaire().getItems().size();
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "CheckinResponse",
                responseId,
                me.getId(),
                "own check-in");
        return Optional.of(response);
    }

    /** Submits the client's answers (item id → value or text); once only. */
    @Transactional
    public CheckinResponse submit(
            long responseId, Map<Long, Integer> values, Map<Long, String> texts) {
        Client me = clients.portalClient();
        CheckinResponse response =
                em.find(CheckinResponse.class, responseId, LockModeType.PESSIMISTIC_WRITE);
        if (response == null || !response.getClient().getId().equals(me.getId())) {
            throw new NotVisible("check-in");
        }
        if (response.isSubmitted()) {
            throw InvalidRecord.of(
                    "", "You sent this check-in already; thank you. Nothing was changed.");
        }
        if (response.isBeforeSession()) {
            if (response.isClosed(clock.now())) {
                throw InvalidRecord.of(
                        "",
                        "This questionnaire closed when your session began on "
                                + WHEN.format(response.getClosesAt().atZone(clock.zone()))
                                + ", so nothing was sent. Your counselor will send the next one before your next session.");
            }
            if (response.getOpensAt().isAfter(clock.now())) {
                throw InvalidRecord.of(
                        "",
                        "This questionnaire opens on "
                                + WHEN.format(response.getOpensAt().atZone(clock.zone()))
                                + ".");
            }
        } else if (response.getDueOn().isAfter(clock.today())) {
            throw InvalidRecord.of("", "This check-in opens on " + response.getDueOn() + ".");
        }
        Questionnaire questionnaire = response.getAssignment().getQuestionnaire();
        Map<Long, QuestionnaireItem> items = new HashMap<>();
        questionnaire.getItems().forEach(i -> items.put(i.getId(), i));
        Map<String, String> problems = new LinkedHashMap<>();
        List<CheckinResponse.Answer> answers = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : values.entrySet()) {
            QuestionnaireItem item = items.get(entry.getKey());
            if (item == null || !item.isScale()) {
                problems.put("", "An answer was sent for a question this check-in does not have.");
            } else if (entry.getValue() != null
                    && (entry.getValue() < item.getMin() || entry.getValue() > item.getMax())) {
                problems.put(
                        "item" + item.getId(),
                        "Choose a number from " + item.getMin() + " to " + item.getMax() + ".");
            } else if (entry.getValue() != null) {
                answers.add(new CheckinResponse.Answer(item.getId(), entry.getValue(), null));
            }
        }
        for (Map.Entry<Long, String> entry : texts.entrySet()) {
            QuestionnaireItem item = items.get(entry.getKey());
            if (item == null || item.isScale()) {
                problems.put("", "An answer was sent for a question this check-in does not have.");
            } else if (entry.getValue() != null && entry.getValue().length() > 2000) {
                problems.put("item" + item.getId(), "Keep this under 2,000 characters.");
            } else if (entry.getValue() != null && !entry.getValue().isBlank()) {
                answers.add(
                        new CheckinResponse.Answer(item.getId(), null, entry.getValue().strip()));
            }
        }
        long scaleItems = questionnaire.getScoredItems().size();
        long answered =
                answers.stream()
                        .filter(
                                a ->
                                        items.get(a.itemId()).isScale()
                                                && items.get(a.itemId()).isScored())
                        .count();
        if (problems.isEmpty() && answered < Math.ceil(Scoring.ENOUGH * scaleItems)) {
            problems.put(
                    "",
                    "Please answer at least "
                            + (long) Math.ceil(Scoring.ENOUGH * scaleItems)
                            + " of the "
                            + scaleItems
                            + " questions; you answered "
                            + answered
                            + ".");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        // the alerts first, from the answers given, before the response changes
        Map<Long, Integer> given = new HashMap<>();
        answers.stream()
                .filter(a -> a.value() != null)
                .forEach(a -> given.put(a.itemId(), a.value()));
        alerts.raise(response, item -> given.get(item.getId()));
        response.submit(answers, clock.now());
        // the answers are sent: the draft they were saved in as the client went is no longer needed
        em.createQuery("DELETE FROM CheckinDraftAnswer d WHERE d.response.id = :response")
                .setParameter("response", responseId)
                .executeUpdate();
        audit.record(
                currentUser.actor(),
                AuditAction.UPDATE,
                "CheckinResponse",
                responseId,
                me.getId(),
                "submitted");
        return response;
    }

    /**
     * Saves the client's answers so far to one of their own check-ins (item id → value or text), as
     * they go: a draft that is theirs alone until they send it. Nothing reads it but {@link
     * #draft}: no chart, score, alert or counselor's page. Returns when it was saved.
     */
    @Transactional
    public Instant saveDraft(long responseId, Map<Long, Integer> values, Map<Long, String> texts) {
        Client me = clients.portalClient();
        CheckinResponse response =
                em.find(CheckinResponse.class, responseId, LockModeType.PESSIMISTIC_WRITE);
        if (response == null || !response.getClient().getId().equals(me.getId())) {
            throw new NotVisible("check-in");
        }
        if (response.isSubmitted()) {
            throw InvalidRecord.of(
                    "",
                    "You sent this check-in already (on "
                            + WHEN.format(response.getSubmittedAt().atZone(clock.zone()))
                            + "); what was sent stays as it was. Thank you.");
        }
        if (response.isClosed(clock.now())) {
            throw InvalidRecord.of(
                    "",
                    "This questionnaire closed when your session began on "
                            + WHEN.format(response.getClosesAt().atZone(clock.zone()))
                            + ", so your answers were not saved.");
        }
        Map<Long, QuestionnaireItem> items = new HashMap<>();
        response.getAssignment()
                .getQuestionnaire()
                .getItems()
                .forEach(i -> items.put(i.getId(), i));
        Map<Long, Integer> keptValues = new HashMap<>();
        Map<Long, String> keptTexts = new HashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        values.forEach(
                (itemId, value) -> {
                    QuestionnaireItem item = items.get(itemId);
                    if (item == null || !item.isScale()) {
                        problems.put(
                                "",
                                "An answer was saved for a question this check-in does not have.");
                    } else if (value != null && (value < item.getMin() || value > item.getMax())) {
                        problems.put(
                                "",
                                "Choose a number from "
                                        + item.getMin()
                                        + " to "
                                        + item.getMax()
                                        + ".");
                    } else {
                        keptValues.put(itemId, value);
                    }
                });
        texts.forEach(
                (itemId, text) -> {
                    QuestionnaireItem item = items.get(itemId);
                    if (item == null || item.isScale()) {
                        problems.put(
                                "",
                                "An answer was saved for a question this check-in does not have.");
                    } else if (text != null && text.length() > 2000) {
                        problems.put(
                                "",
                                "Your note is over 2,000 characters: shorten it and it saves again (what you typed"
                                        + " is still in the box).");
                    } else {
                        keptTexts.put(itemId, text);
                    }
                });
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        Map<Long, CheckinDraftAnswer> saved = new HashMap<>();
        draftOf(responseId).forEach(d -> saved.put(d.getItemId(), d));
        Instant now = clock.now();
        java.util.Set<Long> given = new java.util.LinkedHashSet<>(keptValues.keySet());
        given.addAll(keptTexts.keySet());
        for (Long itemId : given) {
            CheckinDraftAnswer answer = saved.get(itemId);
            Integer value = keptValues.get(itemId);
            String text = keptTexts.get(itemId);
            if (answer == null) {
                if (value == null && (text == null || text.isBlank())) {
                    continue;
                }
                answer = new CheckinDraftAnswer(response, itemId);
                em.persist(answer);
            }
            answer.write(value, text, now);
            if (answer.isEmpty()) {
                em.remove(answer);
            }
        }
        return now;
    }

    /**
     * The client's answers so far to one of their own check-ins not sent yet (none once sent);
     * nothing for anyone else's.
     */
    public Optional<Draft> draft(long responseId) {
        Client me = clients.portalClient();
        CheckinResponse response = em.find(CheckinResponse.class, responseId);
        if (response == null || !response.getClient().getId().equals(me.getId())) {
            return Optional.empty();
        }
        if (response.isSubmitted()) {
            return Optional.of(new Draft(Map.of(), Map.of(), null));
        }
        Map<Long, Integer> values = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        Instant savedAt = null;
        for (CheckinDraftAnswer answer : draftOf(responseId)) {
            if (answer.getValue() != null) {
                values.put(answer.getItemId(), answer.getValue());
            }
            if (answer.getText() != null) {
                texts.put(answer.getItemId(), answer.getText());
            }
            savedAt =
                    savedAt == null || answer.getSavedAt().isAfter(savedAt)
                            ? answer.getSavedAt()
                            : savedAt;
        }
        return Optional.of(new Draft(values, texts, savedAt));
    }

    private List<CheckinDraftAnswer> draftOf(long responseId) {
        return em.createQuery(
                        "SELECT d FROM CheckinDraftAnswer d WHERE d.response.id = :response",
                        CheckinDraftAnswer.class)
                .setParameter("response", responseId)
                .getResultList();
    }

    /**
     * A check-in's answers so far (item id → value, item id → text) and when they were last saved
     * (null: never).
     */
    public record Draft(Map<Long, Integer> values, Map<Long, String> texts, Instant savedAt)
            implements java.io.Serializable {}

    /**
     * The client's own scores over time, where their counselor chose to show them the trend (a
     * check-in whose couple view is shared is in that view instead).
     */
    public List<CheckinChart.Point> ownTrend() {
        Client me = clients.portalClient();
        List<CheckinResponse> responses =
                em.createQuery(
                                "SELECT r FROM CheckinResponse r JOIN FETCH r.assignment a"
                                        + " JOIN FETCH a.questionnaire WHERE r.client.id = :me AND r.submittedAt IS NOT NULL"
                                        + " AND a.trendVisible = TRUE AND a.coupleViewShared = FALSE ORDER BY r.submittedAt, r.dueOn, r.id",
                                CheckinResponse.class)
                        .setParameter("me", me.getId())
                        .getResultList();
        return CheckinChart.of(List.of(me), responses, List.of(), clock.zone()).getPoints();
    }

    /**
     * The couple's chart (both partners' scores) for a partner, when the counselor shared the
     * couple view on one of the couple's check-ins and the couple work goes on; empty otherwise.
     * Only the check-ins of such assignments are shown.
     */
    public Optional<CheckinChart> sharedCoupleView() {
        Client me = clients.portalClient();
        List<CheckinAssignment> shared =
                em.createQuery(
                                "SELECT a FROM CheckinAssignment a JOIN a.couple p"
                                        + " WHERE a.coupleViewShared = TRUE AND p.status = org.rapport.clients.CoupleStatus.ACTIVE"
                                        + " AND (p.partnerOne.id = :me OR p.partnerTwo.id = :me)",
                                CheckinAssignment.class)
                        .setParameter("me", me.getId())
                        .getResultList();
        if (shared.isEmpty()) {
            return Optional.empty();
        }
        Couple couple = shared.get(0).getCouple();
        List<CheckinResponse> responses =
                em.createQuery(
                                "SELECT r FROM CheckinResponse r JOIN FETCH r.assignment a"
                                        + " JOIN FETCH a.questionnaire WHERE a IN :shared AND r.submittedAt IS NOT NULL"
                                        + " ORDER BY r.submittedAt, r.dueOn, r.id",
                                CheckinResponse.class)
                        .setParameter("shared", shared)
                        .getResultList();
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "CheckinResponse",
                null,
                me.getId(),
                "shared couple view, " + responses.size() + " check-ins");
        return Optional.of(
                CheckinChart.of(
                        List.of(couple.getPartnerOne(), couple.getPartnerTwo()),
                        responses,
                        List.of(),
                        clock.zone()));
    }

    /** A client's check-in scores as CSV (date, questionnaire, total, subscales), audited. */
    public int exportCsv(long clientId, Writer out) throws IOException {
        CheckinChart chart = chart(clientId, null).orElseThrow(() -> new NotVisible("client"));
        int rows = writeCsv(chart, out);
        audit.record(
                currentUser.actor(),
                AuditAction.EXPORT,
                "CheckinResponse",
                null,
                clientId,
                rows + " check-in scores (CSV)");
        return rows;
    }

    /**
     * Both partners' check-in scores on a couple's chart as CSV, one row per answer with who gave
     * it; audited per partner.
     */
    public int exportCoupleCsv(long coupleId, Writer out) throws IOException {
        CheckinChart chart = chart(null, coupleId).orElseThrow(() -> new NotVisible("couple"));
        int rows = writeCsv(chart, out);
        Couple couple = em.find(Couple.class, coupleId);
        for (Client partner : List.of(couple.getPartnerOne(), couple.getPartnerTwo())) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.EXPORT,
                    "CheckinResponse",
                    null,
                    partner.getId(),
                    rows + " check-in scores of the couple's chart (CSV)");
        }
        return rows;
    }

    private static int writeCsv(CheckinChart chart, Writer out) throws IOException {
        org.rapport.platform.CsvWriter csv = new org.rapport.platform.CsvWriter(out);
        csv.row("Date", "Questionnaire", "Person", "Total", "Subscales");
        for (CheckinChart.Point point : chart.getPoints()) {
            csv.row(
                    point.date().toString(),
                    point.questionnaire(),
                    point.person(),
                    point.score().total() == null ? "" : point.score().total().toString(),
                    point.subscaleText());
        }
        return chart.getPoints().size();
    }
}
