package org.rapport.perf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.rapport.perf.Practice.Appt;
import org.rapport.perf.Practice.Case;
import org.rapport.perf.Practice.Person;
import org.rapport.perf.Reference.Item;

/**
 * Rapport's weekly trust and connection check-in, assigned at a session to most couples (each
 * partner answers) and to some individual clients: one response row per person and week, submitted
 * or still owed, with answers whose scores improve over the weeks.
 */
final class CheckinRows {

    private final Practice practice;
    private final SqlInserts sql;
    private final AuditLog audit;
    private final Reference reference;

    /** Submitted responses, for the audit trail: response id, client id, when, account id. */
    final List<long[]> submitted = new ArrayList<>();

    int shortBy;

    private record Planned(Case kase, LocalDate startsOn, int weeks, Instant created) {}

    CheckinRows(Practice practice, SqlInserts sql, AuditLog audit, Reference reference) {
        this.practice = practice;
        this.sql = sql;
        this.audit = audit;
        this.reference = reference;
    }

    void write() {
        SplittableRandom r = practice.random(40);
        List<Planned> planned = plan(r);
        planned.sort(Comparator.comparing(Planned::created));
        SqlInserts.Table assignments =
                sql.table(
                        "checkin_assignment",
                        "id, questionnaire_id, counselor_id, client_id,"
                                + " couple_id, starts_on, weeks, trend_visible, couple_view_shared, status, created_at, version");
        SqlInserts.Table responses =
                sql.table("checkin_response", "id, assignment_id, client_id, due_on, submitted_at");
        SqlInserts.Table answers =
                sql.table("checkin_answer", "response_id, item_id, scale_value, text_value");
        long responseId = 1;
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            long id = i + 1;
            Case c = p.kase();
            LocalDate lastDue = p.startsOn().plusWeeks(p.weeks() - 1);
            boolean ended = c.endedOn != null && lastDue.isBefore(practice.today);
            assignments.row(
                    id,
                    reference.questionnaireId(),
                    c.counselor.accountId,
                    c.isCouple() ? null : c.client.id,
                    c.isCouple() ? c.couple.id : null,
                    p.startsOn(),
                    p.weeks(),
                    r.nextInt(10) < 6,
                    c.isCouple() && r.nextBoolean(),
                    ended ? "ENDED" : "ACTIVE",
                    p.created(),
                    0L);
            List<Person> people = c.people();
            double[] base = new double[people.size()];
            double[] gain = new double[people.size()];
            for (int k = 0; k < people.size(); k++) {
                base[k] = 2 + r.nextDouble() * 3;
                gain[k] = 2 + r.nextDouble() * 3;
                audit.add(
                        p.created(),
                        c.counselor.accountId,
                        AuditLog.CREATE,
                        "CheckinAssignment",
                        id,
                        people.get(k).id,
                        reference.questionnaireSlug() + ", " + p.weeks() + " week(s)");
            }
            double answering = Math.min(0.95, c.compliance + 0.15);
            for (int week = 0; week < p.weeks(); week++) {
                LocalDate due = p.startsOn().plusWeeks(week);
                for (int k = 0; k < people.size(); k++) {
                    Person person = people.get(k);
                    long rid = responseId++;
                    Instant at = null;
                    if (due.isBefore(practice.today) && r.nextDouble() < answering) {
                        at =
                                practice.at(due, 18 + r.nextInt(4), r.nextInt(60))
                                        .plus(Duration.ofHours(r.nextInt(2) * 24));
                        if (!at.isBefore(practice.now)) {
                            at = null;
                        }
                    }
                    responses.row(rid, id, person.id, due, at);
                    if (at == null) {
                        continue;
                    }
                    double progress = p.weeks() == 1 ? 1 : week / (double) (p.weeks() - 1);
                    for (Item item : reference.items()) {
                        if (item.scale()) {
                            double value = base[k] + gain[k] * progress + (r.nextDouble() * 2 - 1);
                            int score = Practice.clamp((int) Math.round(value), 0, 10);
                            answers.row(rid, item.id(), item.reversed() ? 10 - score : score, null);
                        } else if (r.nextInt(100) < 12) {
                            answers.row(
                                    rid, item.id(), null, Practice.pick(r, Texts.CHECKIN_COMMENTS));
                        }
                    }
                    submitted.add(
                            new long[] {rid, person.id, at.getEpochSecond(), person.accountId});
                }
            }
        }
    }

    /** Check-ins until their responses add up to the size's count (couples give two per week). */
    private List<Planned> plan(SplittableRandom r) {
        List<Case> candidates = new ArrayList<>();
        for (Case c : practice.cases) {
            boolean started = c.appts.get(0).start < practice.now.getEpochSecond();
            if (started && c.parent == null && r.nextInt(100) < (c.isCouple() ? 70 : 12)) {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty()) {
            candidates.addAll(
                    practice.cases.stream()
                            .filter(c -> c.appts.get(0).start < practice.now.getEpochSecond())
                            .toList());
        }
        Practice.shuffle(r, candidates);
        List<Planned> planned = new ArrayList<>();
        int remaining = practice.size.checkins();
        for (int pass = 0; pass < 20 && remaining > 0; pass++) {
            for (Case c : candidates) {
                int persons = c.people().size();
                if (remaining < persons) {
                    continue;
                }
                List<Appt> held =
                        c.appts.stream()
                                .filter(a -> a.start < practice.now.getEpochSecond())
                                .toList();
                // a course under way today mostly has its check-in running now
                int from =
                        c.active && pass == 0 && r.nextInt(10) < 8
                                ? Math.max(0, held.size() - 12)
                                : 0;
                Appt session = held.get(from + r.nextInt(held.size() - from));
                LocalDate startsOn = practice.date(session.start).plusDays(r.nextInt(7));
                int most = 52;
                if (c.endedOn != null) {
                    most = (int) Math.min(52, ChronoUnit.WEEKS.between(startsOn, c.endedOn) + 1);
                }
                int weeks =
                        Math.min(
                                Math.min(6 + r.nextInt(21), Math.max(1, most)),
                                remaining / persons);
                if (weeks < 1) {
                    continue;
                }
                planned.add(
                        new Planned(
                                c,
                                startsOn,
                                weeks,
                                Instant.ofEpochSecond(session.end()).plus(Duration.ofMinutes(8))));
                remaining -= weeks * persons;
                if (remaining == 0) {
                    break;
                }
            }
        }
        shortBy = remaining;
        return planned;
    }
}
