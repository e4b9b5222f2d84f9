package org.rapport.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rapport.clients.Client;
import org.rapport.clients.Couple;
import org.rapport.clients.DemoClientsCreated;
import org.rapport.homework.Assignment;
import org.rapport.homework.AssignmentDetails;
import org.rapport.homework.CoupleMode;
import org.rapport.homework.ExerciseService;
import org.rapport.homework.HomeworkService;
import org.rapport.homework.HomeworkService.AnswerInput;
import org.rapport.homework.HomeworkTask;
import org.rapport.homework.ReflectionPrompt;
import org.rapport.homework.RepeatKind;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.platform.PracticeClock;

/**
 * The demo practice's homework, from {@code homework.json}, so that the counselor's homework pages
 * and the clients' portal have something believable to show. Alex & Sam hold a weekly transparency
 * check-in together on Sundays: four are done, by each partner in turn, with Morgan's feedback on
 * some, and the latest is still open. Each keeps a trigger journal on Wednesdays and Saturdays:
 * Alex has done most entries and shared some with Sam; Sam has done half, missed one and left one
 * as a saved draft. A small-victories jar for both of them is due in a few days. Taylor Brooks has
 * finished a self-worth inventory, with Jordan's feedback, and has a personal growth goal under way
 * with one review done and one overdue.
 *
 * <p>Entered as it happens in the practice, through the homework service: the counselor assigns on
 * the start day; the client answers in the portal on the evening a task is due and completes it;
 * the counselor gives feedback the next morning. Each signed in as themselves, on the replayed
 * practice clock. Nothing is answered ahead of its date.
 */
@ApplicationScoped
public class DemoHomework {

    private static final LocalTime ASSIGNED = LocalTime.of(9, 30);
    private static final LocalTime ANSWERED = LocalTime.of(20, 30);
    private static final LocalTime FEEDBACK = LocalTime.of(8, 45);

    @Inject private HomeworkService homework;

    @Inject private ExerciseService exercises;

    @Inject private AccountService accounts;

    @Inject private DemoSteps steps;

    @Inject private PracticeClock clock;

    @ActivateRequestContext
    void load(@Observes DemoClientsCreated demo) {
        LocalDate today = clock.today();
        for (Planned planned : DemoData.read("homework.json", Plan.class).assignments) {
            // looked up in the maps: a name the demo no longer has leaves its homework out
            Couple couple =
                    planned.couple == null ? null : demo.couplesByName().get(planned.couple);
            Client client =
                    planned.client == null ? null : demo.clientsByLegalName().get(planned.client);
            if (couple == null && client == null) {
                continue;
            }
            Account counselor =
                    couple != null ? couple.getCounselor() : client.getPrimaryCounselor();
            AssignmentDetails details = planned.details(today);
            details.setExerciseId(exercises.findBySlug(planned.exercise).orElseThrow().getId());
            details.setWith(
                    couple != null ? "couple:" + couple.getId() : "client:" + client.getId());
            Assignment assignment =
                    steps.as(
                            counselor,
                            at(details.getStartsOn(), ASSIGNED),
                            () -> homework.assign(details));
            List<HomeworkTask> tasks =
                    steps.as(
                            counselor,
                            clock.now(),
                            () -> homework.assignment(assignment.getId()).orElseThrow().tasks());
            for (Answered answered : planned.answered) {
                Client person = demo.clientsByLegalName().get(answered.person);
                HomeworkTask task =
                        taskOf(
                                tasks,
                                planned.coupleMode == CoupleMode.TOGETHER ? null : person,
                                answered.task);
                if (person != null && task != null && !task.getDueOn().isAfter(today)) {
                    answer(counselor, assignment.getId(), person, task, answered);
                }
            }
        }
    }

    /**
     * The person's (null: the couple's together) {@code number}th task, counted from 1; null when
     * there are fewer.
     */
    private static HomeworkTask taskOf(List<HomeworkTask> tasks, Client person, int number) {
        List<HomeworkTask> theirs =
                tasks.stream()
                        .filter(
                                t ->
                                        person == null
                                                ? t.getClient() == null
                                                : t.getClient() != null
                                                        && t.getClient()
                                                                .getId()
                                                                .equals(person.getId()))
                        .toList();
        return number >= 1 && number <= theirs.size() ? theirs.get(number - 1) : null;
    }

    /**
     * The client answers in the portal that evening (and completes the task); the counselor's
     * feedback follows.
     */
    private void answer(
            Account counselor,
            long assignmentId,
            Client person,
            HomeworkTask task,
            Answered answered) {
        Account portal = accounts.findByEmail(person.getEmail()).orElseThrow();
        Instant evening = at(task.getDueOn(), ANSWERED);
        steps.as(
                portal,
                evening,
                () -> {
                    List<ReflectionPrompt> prompts =
                            homework.portalTask(task.getId())
                                    .orElseThrow()
                                    .getExercise()
                                    .getPrompts();
                    List<AnswerInput> inputs = new ArrayList<>();
                    for (ReflectionPrompt prompt : prompts) {
                        Object value =
                                prompt.getPosition() <= answered.answers.size()
                                        ? answered.answers.get(prompt.getPosition() - 1)
                                        : null;
                        if (value instanceof Number number) {
                            inputs.add(
                                    new AnswerInput(
                                            prompt.getId(),
                                            null,
                                            number.intValue(),
                                            answered.shared));
                        } else if (value != null) {
                            inputs.add(
                                    new AnswerInput(
                                            prompt.getId(),
                                            value.toString(),
                                            null,
                                            answered.shared));
                        }
                    }
                    homework.saveAnswers(task.getId(), inputs);
                    return null;
                });
        if (answered.draft) {
            return;
        }
        steps.as(
                portal,
                evening.plusSeconds(10 * 60),
                () -> homework.complete(task.getId(), answered.difficulty, answered.helpfulness));
        if (answered.feedback != null) {
            // the counselor opens the assignment and writes feedback on the task as it is stored
            steps.as(
                    counselor,
                    at(task.getDueOn().plusDays(1), FEEDBACK),
                    () -> {
                        long version =
                                homework.assignment(assignmentId).orElseThrow().tasks().stream()
                                        .filter(t -> t.getId().equals(task.getId()))
                                        .findFirst()
                                        .orElseThrow()
                                        .getVersion();
                        return homework.giveFeedback(task.getId(), version, answered.feedback);
                    });
        }
    }

    private Instant at(LocalDate day, LocalTime time) {
        return DemoData.at(day, time, clock.zone());
    }

    // ---------------------------------------------------------------- homework.json

    public static class Plan {
        public List<Planned> assignments = List.of();
    }

    /**
     * An assignment of a library exercise (by slug) to a couple (by name) or a client (by legal
     * name).
     */
    public static class Planned {
        public String couple;
        public String client;
        public String exercise;
        public DemoData.RelativeDate startsOn;
        public RepeatKind repeat;
        public DemoData.RelativeDate dueOn;
        public Integer weeks;
        public List<DayOfWeek> weekdays = List.of();
        public CoupleMode coupleMode;
        public String instructions;
        public List<Answered> answered = List.of();

        AssignmentDetails details(LocalDate today) {
            AssignmentDetails details = new AssignmentDetails();
            details.setStartsOn(startsOn.from(today));
            details.setRepeat(repeat);
            details.setDueOn(dueOn == null ? null : dueOn.from(today));
            details.setWeeks(weeks);
            if (!weekdays.isEmpty()) {
                details.setWeekdays(EnumSet.copyOf(weekdays));
            }
            details.setCoupleMode(coupleMode);
            details.setInstructions(instructions);
            return details;
        }
    }

    /**
     * A task answered: the {@code task}th (from 1) of the person's own tasks, or of the couple's
     * when done together (then {@code person} is the partner who answers). Answers by prompt
     * position: a number for a scale, text otherwise. A draft is saved and not completed.
     */
    public static class Answered {
        public int task;
        public String person;
        public boolean shared;
        public boolean draft;
        public Integer difficulty;
        public Integer helpfulness;
        public String feedback;
        public List<Object> answers = List.of();
    }
}
