package org.rapport.perf;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.rapport.perf.Practice.Appt;
import org.rapport.perf.Practice.Case;
import org.rapport.perf.Practice.Person;
import org.rapport.perf.Reference.Exercise;
import org.rapport.perf.Reference.Prompt;

/**
 * Homework: library exercises assigned at sessions, once or recurring, their tasks (one per person
 * and due date, or one shared task with person_key 0 for a couple working together), and the
 * answers and ratings of the tasks that were done. Tasks are spread over the courses in proportion
 * to their sessions.
 */
final class HomeworkRows {

    private final Practice practice;
    private final SqlInserts sql;
    private final AuditLog audit;
    private final List<Exercise> alone;
    private final List<Exercise> together;

    /** Done tasks, for the audit trail: task id, who completed it, when. */
    final List<long[]> done = new ArrayList<>();

    private static final class Assignment {
        long id;
        Case kase;
        Exercise exercise;
        String mode;
        String repeat;
        LocalDate startsOn;
        LocalDate dueOn;
        EnumSet<DayOfWeek> weekdays;
        Integer weeks;
        String instructions;
        Instant created;
        List<LocalDate> dates;
        List<Person> people;
    }

    HomeworkRows(Practice practice, SqlInserts sql, AuditLog audit, Reference reference) {
        this.practice = practice;
        this.sql = sql;
        this.audit = audit;
        this.alone = reference.exercises().stream().filter(e -> !e.together()).toList();
        this.together = reference.exercises().stream().filter(Exercise::together).toList();
    }

    void write() {
        SplittableRandom r = practice.random(30);
        List<Assignment> assignments = plan(r);
        assignments.sort(Comparator.comparing((Assignment a) -> a.created));
        SqlInserts.Table rows =
                sql.table(
                        "homework_assignment",
                        "id, exercise_id, counselor_id, client_id, couple_id,"
                                + " instructions, starts_on, repeat_kind, due_on, weekdays, weeks, couple_mode, status, created_at,"
                                + " updated_at, version");
        SqlInserts.Table tasks =
                sql.table(
                        "homework_task",
                        "id, assignment_id, client_id, person_key, due_on, status,"
                                + " completed_at, completed_by, difficulty, helpfulness, feedback, feedback_at, feedback_by,"
                                + " reminder_sent_at, version");
        SqlInserts.Table answers =
                sql.table(
                        "homework_answer",
                        "id, task_id, prompt_id, client_id, text_value, scale_value, shared, updated_at");
        long taskId = 1;
        long answerId = 1;
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            a.id = i + 1;
            Case c = a.kase;
            LocalDate lastDue = a.dates.get(a.dates.size() - 1);
            String status;
            Instant updated = a.created;
            if (lastDue.isBefore(practice.today)) {
                status = c.endedOn != null || r.nextInt(4) > 0 ? "ENDED" : "ACTIVE";
                if (status.equals("ENDED")) {
                    Instant ended = practice.endOfDay(lastDue.plusDays(1 + r.nextInt(7)), r);
                    updated = ended.isAfter(a.created) ? ended : a.created;
                }
            } else {
                status = r.nextInt(100) < 3 ? "PAUSED" : "ACTIVE";
            }
            rows.row(
                    a.id,
                    a.exercise.id(),
                    c.counselor.accountId,
                    c.isCouple() ? null : c.client.id,
                    c.isCouple() ? c.couple.id : null,
                    a.instructions,
                    a.startsOn,
                    a.repeat,
                    a.dueOn,
                    a.weekdays == null
                            ? null
                            : a.weekdays.stream()
                                    .sorted()
                                    .map(DayOfWeek::name)
                                    .collect(Collectors.joining(",")),
                    a.weeks,
                    a.mode,
                    status,
                    a.created,
                    updated,
                    status.equals("ACTIVE") ? 0L : 1L);
            for (Person p : c.people()) {
                audit.add(
                        a.created,
                        c.counselor.accountId,
                        AuditLog.CREATE,
                        "Assignment",
                        a.id,
                        p.id,
                        a.exercise.slug() + ", " + scheduleText(a));
            }
            boolean shareable = c.isCouple() && c.couple.confidentiality.equals("NO_SECRETS");
            for (LocalDate due : a.dates) {
                for (Person person : a.people) {
                    long id = taskId++;
                    Instant completed = null;
                    if (due.isBefore(practice.today) && r.nextDouble() < c.compliance) {
                        completed = practice.at(due, 18 + r.nextInt(4), r.nextInt(60));
                        if (!completed.isBefore(practice.now)) {
                            completed = null;
                        }
                    }
                    Long clientId = person == null ? null : person.id;
                    long personKey = person == null ? 0 : person.id;
                    if (completed == null) {
                        tasks.row(
                                id, a.id, clientId, personKey, due, "OPEN", null, null, null, null,
                                null, null, null, null, 0L);
                        continue;
                    }
                    Person by =
                            person != null
                                    ? person
                                    : (r.nextBoolean() ? c.couple.one : c.couple.two);
                    String feedback = null;
                    Instant feedbackAt = null;
                    if (r.nextInt(100) < 18) {
                        Instant at =
                                practice.at(
                                        due.plusDays(1 + r.nextInt(3)),
                                        9 + r.nextInt(8),
                                        r.nextInt(60));
                        if (at.isBefore(practice.now)) {
                            feedback = Practice.pick(r, Texts.FEEDBACK);
                            feedbackAt = at;
                        }
                    }
                    Integer difficulty = r.nextInt(100) < 85 ? 1 + r.nextInt(5) : null;
                    Integer helpfulness = r.nextInt(100) < 85 ? 1 + r.nextInt(5) : null;
                    tasks.row(
                            id,
                            a.id,
                            clientId,
                            personKey,
                            due,
                            "DONE",
                            completed,
                            by.id,
                            difficulty,
                            helpfulness,
                            feedback,
                            feedbackAt,
                            feedback == null ? null : c.counselor.displayName,
                            null,
                            feedback == null ? 1L : 2L);
                    boolean shared = shareable && person != null && r.nextInt(10) < 4;
                    List<Prompt> prompts = a.exercise.prompts();
                    for (int p = 0; p < prompts.size(); p++) {
                        if (p > 0 && r.nextInt(100) >= 85) {
                            continue;
                        }
                        Prompt prompt = prompts.get(p);
                        String text =
                                prompt.scale()
                                        ? null
                                        : Texts.ANSWERS.get(
                                                (int) ((id * 31 + p * 7) % Texts.ANSWERS.size()));
                        Integer scale = prompt.scale() ? 2 + r.nextInt(8) : null;
                        answers.row(
                                answerId++, id, prompt.id(), by.id, text, scale, shared, completed);
                    }
                    done.add(new long[] {id, by.id, completed.getEpochSecond(), by.accountId});
                }
            }
        }
    }

    /** The assignments of every course, each course's share of the tasks exactly. */
    private List<Assignment> plan(SplittableRandom r) {
        List<Case> cases = practice.cases;
        long[] sessions = new long[cases.size()];
        long total = 0;
        for (int i = 0; i < cases.size(); i++) {
            sessions[i] =
                    cases.get(i).appts.stream()
                            .filter(a -> a.status.equals(Practice.COMPLETED))
                            .count();
            total += sessions[i];
        }
        int[] budget = new int[cases.size()];
        int given = 0;
        for (int i = 0; i < cases.size(); i++) {
            budget[i] = total == 0 ? 0 : (int) (practice.size.tasks() * sessions[i] / total);
            given += budget[i];
        }
        while (given < practice.size.tasks() && total > 0) {
            int i = r.nextInt(cases.size());
            if (sessions[i] > 0) {
                budget[i]++;
                given++;
            }
        }
        List<Assignment> all = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            List<Appt> held =
                    c.appts.stream().filter(a -> a.status.equals(Practice.COMPLETED)).toList();
            int remaining = budget[i];
            // spread over the whole course, from the latest session back, so that clients in care
            // now have
            // homework under way (an assignment averages about five tasks)
            int expected = Math.max(1, Math.round(remaining / (c.isCouple() ? 5.5f : 4.5f)));
            double step = Math.max(1.0, held.size() / (double) expected);
            double position = held.size() - 1;
            while (remaining > 0) {
                Appt session = held.get(Math.floorMod((int) Math.floor(position), held.size()));
                position -= step * (0.5 + r.nextDouble());
                Assignment a = assignment(c, session, remaining, r);
                remaining -= a.dates.size() * a.people.size();
                all.add(a);
            }
        }
        return all;
    }

    private Assignment assignment(Case c, Appt session, int remaining, SplittableRandom r) {
        Assignment a = new Assignment();
        a.kase = c;
        boolean couple = c.isCouple();
        a.exercise =
                couple && r.nextInt(10) < 6 ? Practice.pick(r, together) : Practice.pick(r, alone);
        a.mode = couple ? (a.exercise.together() ? "TOGETHER" : "SEPARATELY") : null;
        a.startsOn = practice.date(session.start);
        a.created = Instant.ofEpochSecond(session.end()).plus(Duration.ofMinutes(5));
        a.instructions = r.nextBoolean() ? Practice.pick(r, Texts.INSTRUCTIONS) : null;
        int roll = r.nextInt(100);
        if (roll < 40) {
            once(a, a.startsOn.plusDays(3 + r.nextInt(8)));
        } else if (roll < 85) {
            EnumSet<DayOfWeek> days = EnumSet.of(DayOfWeek.of(1 + r.nextInt(7)));
            if (r.nextBoolean()) {
                days.add(DayOfWeek.of(1 + r.nextInt(7)));
            }
            weekly(a, days, 1 + r.nextInt(6));
        } else {
            daily(a, 1 + r.nextInt(2));
        }
        people(a);
        int persons = a.people.size();
        if (a.dates.size() * persons > remaining) {
            if (remaining >= persons) {
                weekly(a, EnumSet.of(a.startsOn.getDayOfWeek()), Math.min(26, remaining / persons));
            } else {
                // one task left for a couple that works separately: a shared exercise done together
                a.exercise = Practice.pick(r, together);
                a.mode = "TOGETHER";
                once(a, a.startsOn.plusDays(7));
                people(a);
            }
        }
        return a;
    }

    private static void once(Assignment a, LocalDate due) {
        a.repeat = "ONCE";
        a.dueOn = due;
        a.weekdays = null;
        a.weeks = null;
        a.dates = List.of(due);
    }

    /**
     * The due dates as HomeworkSchedule expands them: the chosen weekdays within weeks × 7 days
     * from the start.
     */
    private static void weekly(Assignment a, EnumSet<DayOfWeek> days, int weeks) {
        a.repeat = "WEEKLY";
        a.dueOn = null;
        a.weekdays = days;
        a.weeks = weeks;
        List<LocalDate> dates = new ArrayList<>();
        for (int day = 0; day < weeks * 7; day++) {
            LocalDate date = a.startsOn.plusDays(day);
            if (days.contains(date.getDayOfWeek())) {
                dates.add(date);
            }
        }
        a.dates = dates;
    }

    private static void daily(Assignment a, int weeks) {
        a.repeat = "DAILY";
        a.dueOn = null;
        a.weekdays = null;
        a.weeks = weeks;
        List<LocalDate> dates = new ArrayList<>();
        for (int day = 0; day < weeks * 7; day++) {
            dates.add(a.startsOn.plusDays(day));
        }
        a.dates = dates;
    }

    /**
     * Whose tasks: the client; each partner (separately); or one task for both (null: together).
     */
    private static void people(Assignment a) {
        Case c = a.kase;
        if (!c.isCouple()) {
            a.people = List.of(c.client);
        } else if ("SEPARATELY".equals(a.mode)) {
            a.people = List.of(c.couple.one, c.couple.two);
        } else {
            List<Person> both = new ArrayList<>();
            both.add(null);
            a.people = both;
        }
    }

    /** As Assignment.getScheduleText words it. */
    private static String scheduleText(Assignment a) {
        return switch (a.repeat) {
            case "ONCE" ->
                    "Once, due "
                            + a.dueOn.getDayOfMonth()
                            + " "
                            + a.dueOn.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "DAILY" -> "Every day for " + a.weeks + (a.weeks == 1 ? " week" : " weeks");
            default ->
                    "Weekly on "
                            + a.weekdays.stream()
                                    .sorted()
                                    .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                                    .collect(Collectors.joining(", "))
                            + " for "
                            + a.weeks
                            + (a.weeks == 1 ? " week" : " weeks");
        };
    }
}
