package org.rapport.home;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.checkins.Band;
import org.rapport.checkins.CheckinResponse;
import org.rapport.checkins.Questionnaire;
import org.rapport.checkins.Scoring;
import org.rapport.clients.Client;
import org.rapport.homework.HomeworkTask;
import org.rapport.identity.AccessGate;
import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.Held;

/**
 * What changed since the last session, at a glance, for the sessions on the counselor's home page:
 * since the client's (or couple's) previous session held, how much homework was done and how much
 * is overdue, and each person's latest check-in and measure totals sent since then with the change
 * from the one before. Three reads for all the sessions together, audited per client.
 */
@ApplicationScoped
public class SessionGlance {

    /** How far back a previous session, and the scores before it, are looked for. */
    static final Duration LOOK_BACK = Duration.ofDays(120);

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeClock clock;

    /** One glance per session the caller may see (cancelled sessions have none). */
    public List<Glance> forSessions(List<Appointment> sessions) {
        Account caller = gate.staff();
        List<Appointment> shown =
                sessions.stream()
                        .filter(a -> !a.isCancelled() && gate.appointment(caller, a))
                        .toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        List<Long> clientIds = new ArrayList<>(List.of(-1L));
        List<Long> coupleIds = new ArrayList<>(List.of(-1L));
        List<Long> people = new ArrayList<>(List.of(-1L));
        for (Appointment a : shown) {
            if (a.getCouple() != null) {
                coupleIds.add(a.getCouple().getId());
            } else {
                clientIds.add(a.getClient().getId());
            }
            people(a).forEach(c -> people.add(c.getId()));
        }
        Instant now = clock.now();
        Instant from = now.minus(LOOK_BACK);
        LocalDate today = clock.today();
        // outer joins: a path such as a.client.id in the select list would drop the couples'
        // sessions
        List<Object[]> held =
                em.createQuery(
                                "SELECT a.startsAt, c.id, p.id FROM Appointment a LEFT JOIN a.client c"
                                        + " LEFT JOIN a.couple p WHERE (c.id IN :clients OR p.id IN :couples) AND "
                                        + Held.CONDITION
                                        + " AND a.startsAt >= :from ORDER BY a.startsAt",
                                Object[].class)
                        .setParameter("clients", clientIds)
                        .setParameter("couples", coupleIds)
                        .setParameter("heldBy", now)
                        .setParameter("from", from)
                        .getResultList();
        Map<Long, Instant> since = new LinkedHashMap<>();
        for (Appointment a : shown) {
            Long client = a.getCouple() == null ? a.getClient().getId() : null;
            Long couple = a.getCouple() == null ? null : a.getCouple().getId();
            Instant previous =
                    held.stream()
                            .filter(
                                    r ->
                                            Objects.equals(r[1], client)
                                                    && Objects.equals(r[2], couple)
                                                    && ((Instant) r[0]).isBefore(a.getStartsAt()))
                            .map(r -> (Instant) r[0])
                            .reduce((x, y) -> y)
                            .orElse(null);
            since.put(a.getId(), previous);
        }
        LocalDate earliest =
                since.values().stream()
                        .filter(Objects::nonNull)
                        .min(Comparator.naturalOrder())
                        .map(i -> i.atZone(clock.zone()).toLocalDate())
                        .orElse(today.minusWeeks(2));
        // scalars, not tasks: nothing more to load for each
        List<Object[]> tasks =
                em.createQuery(
                                "SELECT t.dueOn, t.status, c.id, p.id FROM HomeworkTask t"
                                        + " JOIN t.assignment a LEFT JOIN a.client c LEFT JOIN a.couple p"
                                        + " WHERE (c.id IN :clients OR p.id IN :couples) AND t.dueOn >= :from"
                                        + " AND t.dueOn <= :today",
                                Object[].class)
                        .setParameter("clients", clientIds)
                        .setParameter("couples", coupleIds)
                        .setParameter("from", earliest)
                        .setParameter("today", today)
                        .getResultList();
        List<CheckinResponse> responses =
                em.createQuery(
                                "SELECT r FROM CheckinResponse r JOIN FETCH r.client"
                                        + " JOIN FETCH r.assignment a JOIN FETCH a.questionnaire WHERE r.client.id IN :people AND r.submittedAt >= :from"
                                        + " ORDER BY r.submittedAt, r.id",
                                CheckinResponse.class)
                        .setParameter("people", people)
                        .setParameter("from", from)
                        .getResultList();

        List<Glance> glances = new ArrayList<>();
        Map<Long, String> audited = new LinkedHashMap<>();
        for (Appointment a : shown) {
            Instant previous = since.get(a.getId());
            LocalDate sinceDay =
                    previous == null
                            ? today.minusWeeks(2)
                            : previous.atZone(clock.zone()).toLocalDate();
            int done = 0;
            int overdue = 0;
            for (Object[] t : tasks) {
                LocalDate due = (LocalDate) t[0];
                boolean theirs =
                        a.getCouple() != null
                                ? a.getCouple().getId().equals(t[3])
                                : a.getClient().getId().equals(t[2]);
                if (!theirs || due.isBefore(sinceDay)) {
                    continue;
                }
                if (t[1] == HomeworkTask.Status.DONE) {
                    done++;
                } else if (due.isBefore(today)) {
                    overdue++;
                }
            }
            List<String> scores = new ArrayList<>();
            for (Client person : people(a)) {
                scores.addAll(scores(person, responses, previous, a.getCouple() != null));
                audited.put(person.getId(), "home page, since the last session");
            }
            glances.add(
                    new Glance(
                            a.getId(), previous == null ? null : sinceDay, done, overdue, scores));
        }
        audit.recordEach(currentUser.actor(), AuditAction.VIEW, "Appointment", audited);
        return glances;
    }

    /**
     * Who a session is for: its client, or the couple's partners (read with the session, see
     * SchedulingService.range).
     */
    private static List<Client> people(Appointment a) {
        return a.getCouple() != null
                ? List.of(a.getCouple().getPartnerOne(), a.getCouple().getPartnerTwo())
                : List.of(a.getClient());
    }

    /**
     * A person's latest total per questionnaire sent since {@code since}, with its band and the
     * change.
     */
    private static List<String> scores(
            Client person, List<CheckinResponse> responses, Instant since, boolean named) {
        Map<Long, List<CheckinResponse>> byQuestionnaire = new LinkedHashMap<>();
        responses.stream()
                .filter(r -> r.getClient().getId().equals(person.getId()))
                .forEach(
                        r ->
                                byQuestionnaire
                                        .computeIfAbsent(
                                                r.getAssignment().getQuestionnaire().getId(),
                                                q -> new ArrayList<>())
                                        .add(r));
        List<String> lines = new ArrayList<>();
        for (List<CheckinResponse> own : byQuestionnaire.values()) {
            CheckinResponse latest = own.get(own.size() - 1);
            if (since != null && latest.getSubmittedAt().isBefore(since)) {
                continue; // nothing new since the last session
            }
            Questionnaire q = latest.getAssignment().getQuestionnaire();
            Double total = Scoring.score(q.getScoring(), q.getItems(), latest::valueOf).total();
            if (total == null) {
                continue;
            }
            Double before =
                    own.size() < 2
                            ? null
                            : Scoring.score(
                                            q.getScoring(),
                                            q.getItems(),
                                            own.get(own.size() - 2)::valueOf)
                                    .total();
            Band band = q.band(total);
            String change =
                    before == null
                            ? ""
                            : (total > before ? ", +" : total < before ? ", −" : ", ±")
                                    + format(Math.abs(total - before));
            lines.add(
                    (named ? person.getName() + ": " : "")
                            + q.getShortTitle()
                            + " "
                            + format(total)
                            + (band != null || !change.isEmpty()
                                    ? " ("
                                            + (band != null ? band.label() : "")
                                            + (band == null
                                                    ? change.replaceFirst("^, ", "")
                                                    : change)
                                            + ")"
                                    : ""));
        }
        return lines;
    }

    private static String format(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded)
                : String.valueOf(rounded);
    }

    /** A session's glance: since which day, homework done and overdue, and the score lines. */
    public record Glance(
            long appointmentId,
            LocalDate since,
            int homeworkDone,
            int homeworkOverdue,
            List<String> scores)
            implements Serializable {

        public long getAppointmentId() {
            return appointmentId;
        }

        public LocalDate getSince() {
            return since;
        }

        public int getHomeworkDone() {
            return homeworkDone;
        }

        public int getHomeworkOverdue() {
            return homeworkOverdue;
        }

        public List<String> getScores() {
            return scores;
        }

        public boolean isNothingNew() {
            return homeworkDone == 0 && homeworkOverdue == 0 && scores.isEmpty();
        }
    }
}
