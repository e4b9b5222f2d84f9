package org.rapport.homework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rapport.clients.Client;
import org.rapport.clients.Couple;
import org.rapport.clients.DemoClientsCreated;
import org.rapport.identity.Account;
import org.rapport.platform.PracticeClock;

/**
 * The demo practice's homework, so that the counselor's homework pages and the clients' portal have
 * something believable to show. Alex & Sam hold a weekly transparency check-in together on Sundays:
 * four are done, by each partner in turn, with their sense of security rising week by week and Morgan's
 * feedback on some, and the latest is still open. Each keeps a trigger journal on Wednesdays and Saturdays:
 * Alex has done most entries and shared some with Sam; Sam has done half, missed one and left one as a
 * saved draft. A small-victories jar for both of them is due in a few days. Taylor Brooks has finished a
 * self-worth inventory, with Jordan's feedback, and has a personal growth goal under way with one review
 * done and one overdue. Dates follow today; every answer is invented.
 */
@ApplicationScoped
public class DemoHomework {

    @Inject
    private HomeworkService homework;

    @Inject
    private PracticeClock clock;

    void load(@Observes DemoClientsCreated demo) {
        LocalDate today = clock.today();
        // looked up in the maps, not with demo.client(): that throws for a name the demo no longer has
        Couple alexAndSam = demo.couplesByName().get("Alex & Sam");
        Client alex = demo.clientsByLegalName().get("Alexandra Rivera");
        Client sam = demo.clientsByLegalName().get("Samuel Okafor");
        if (alexAndSam != null && alex != null && sam != null) {
            checkIns(alexAndSam.getCounselor(), alexAndSam, alex, sam, today);
            triggerJournals(alexAndSam.getCounselor(), alexAndSam, alex, sam, today);
            homework.assignForDemo(alexAndSam.getCounselor(), null, alexAndSam, "small-victories-jar",
                    once(today.minusDays(2), today.plusDays(3), CoupleMode.TOGETHER, "Start the jar this week and"
                            + " both add slips. On the due date, read them out together and answer the questions as"
                            + " a couple."));
        }
        Client taylor = demo.clientsByLegalName().get("Taylor Brooks");
        if (taylor != null) {
            taylor(taylor.getPrimaryCounselor(), taylor, today);
        }
    }

    /** Sundays, together: four done by Alex and Sam in turn, the latest left open. */
    private void checkIns(Account morgan, Couple couple, Client alex, Client sam, LocalDate today) {
        LocalDate firstSunday = today.minusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        Assignment checkIn = homework.assignForDemo(morgan, null, couple, "weekly-transparency-check-in",
                weekly(firstSunday, 8, CoupleMode.TOGETHER, "Sunday evenings after dinner, phones face down on the"
                        + " table. Sam goes first; Alex, keep your questions for this time where you can.",
                        DayOfWeek.SUNDAY));
        List<HomeworkTask> sundays = due(checkIn, null, today);
        List<HomeworkTask> done = sundays.subList(0, Math.max(0, sundays.size() - 1));
        complete(at(done, 0), alex, false, 4, 3,
                "A real first step: Sam brought up the lunch before you had to ask, and Alex, you could say what"
                        + " helped. Keep Sam's list short and honest rather than long and perfect.",
                4,
                "Sam says the hardest thing was telling me he'd had lunch with two people from his old team,"
                        + " because he knew I'd ask who else was there. Having it on his list beforehand meant he"
                        + " couldn't talk himself out of it.",
                "That he told me before I asked. Seeing that he'd written a list made it feel planned, not"
                        + " dragged out of him.",
                5);
        complete(at(done, 1), sam, false, 4, 4, null,
                5,
                "The hardest thing was the group message about the work drinks, since that's what started last"
                        + " week's argument. I raised it first thing so it wasn't hanging over the whole evening.",
                "Alex said it helped that I showed her the message myself and didn't get defensive when she asked"
                        + " who else was going.",
                6);
        complete(at(done, 2), alex, false, 3, 5,
                "Telling Alex about next week's meeting a week ahead is exactly the kind of offered information"
                        + " this check-in is for. Notice together how much calmer it felt when nothing had to be dug"
                        + " out.",
                6,
                "Sam told me about a meeting next week that the colleague will be in. He admitted he nearly left it"
                        + " until the day before, and that remembering how last time went is what made him say it now.",
                "Hearing it a week ahead instead of finding out afterwards. He also offered to text me when the"
                        + " meeting finishes, which I hadn't even asked for.",
                7);
        complete(at(done, 3), sam, false, 2, 5,
                "Four check-ins in a row, and this one took twenty minutes: the routine is becoming ordinary, which"
                        + " is the point. When you both feel ready, Alex can start sharing her week too.",
                7,
                "Nothing big came up, so the hard part was mentioning that Mum's birthday present cost more than we'd"
                        + " agreed. It felt petty, but money is one of our areas, so it went on the list.",
                "Alex said what helped most was that I kept it short and didn't over-explain. She asked her two"
                        + " questions and we were done.",
                8);
    }

    /** Wednesdays and Saturdays, each partner on their own, for the two weeks so far. */
    private void triggerJournals(Account morgan, Couple couple, Client alex, Client sam, LocalDate today) {
        Assignment journal = homework.assignForDemo(morgan, null, couple, "trigger-journal",
                weekly(today.minusWeeks(2), 4, CoupleMode.SEPARATELY, "Make a short entry whenever the urge comes"
                        + " up, and answer the questions on Wednesdays and Saturdays. Share your answers with each"
                        + " other only when you want to.", DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY));
        // two weeks back to yesterday: four days each
        List<HomeworkTask> hers = due(journal, alex, today.minusDays(1));
        complete(at(hers, 0), alex, false, 4, 4,
                "Thank you for writing down the evening you did check; that entry tells us as much as the one where"
                        + " you didn't. The nine o'clock pattern is worth looking at together on Tuesday.",
                7,
                "It was the evenings Sam came home late without texting. Both times it started around nine, when"
                        + " dinner was going cold and I kept looking at the clock.",
                "Writing in the journal before touching his phone helped the first time. The second time I was too"
                        + " tired and wound up, and I checked anyway.",
                4);
        complete(at(hers, 1), alex, true, 3, 4, null,
                6,
                "Anything to do with his work: his phone buzzing during dinner, or him mentioning the team drinks."
                        + " It's less about the phone than about not knowing who is on the other end.",
                "A walk round the block gave me my fifteen minutes. Being alone in the flat with his phone on the"
                        + " counter made it much harder.",
                5);
        complete(at(hers, 2), alex, true, 3, 5,
                "Texting to ask how it was going instead of tracking him is a big change, Alex, and you made it in"
                        + " exactly the situation that used to be hardest. Worth bringing to Sunday's check-in.",
                5,
                "It was weaker this week. The one strong moment was when Sam was out helping a friend move and went"
                        + " quiet for three hours.",
                "I reminded myself he'd told me the plan at the Sunday check-in, then texted to ask how it was going"
                        + " instead of checking where he was. He answered within ten minutes.",
                6);
        // the latest is left open: overdue
        List<HomeworkTask> his = due(journal, sam, today.minusDays(1));
        complete(at(his, 0), sam, false, 4, 3, null,
                3,
                "For me it's less suspicion than feeling checked on. When Alex asks where I was, even in a normal"
                        + " voice, I go quiet and want to leave the room.",
                "Counting my breaths and saying \"give me a minute\" instead of just going silent. It's harder when"
                        + " I'm already tired from work.",
                4);
        // the second is missed: overdue
        complete(at(his, 2), sam, true, 3, 4, null,
                2,
                "It mostly happens late in the evening when we're both tired. The same questions on a weekend"
                        + " morning don't set me off in the same way.",
                "I told Alex I could feel myself shutting down and asked to finish the talk after dinner, and we did."
                        + " Saying it out loud was harder than the talk itself.",
                6);
        draft(at(his, 3), sam,
                3,
                "Alex asked about the conference next month and I felt the old pull to keep my answer vague.");
    }

    /** Taylor's self-worth inventory, done with Jordan's feedback, and a growth goal with one review overdue. */
    private void taylor(Account jordan, Client taylor, LocalDate today) {
        Assignment inventory = homework.assignForDemo(jordan, taylor, null, "self-worth-inventory",
                once(today.minusDays(12), today.minusDays(5), null, "Take your time with the strengths list. If"
                        + " you get stuck, ask someone you trust what they come to you for."));
        complete(at(due(inventory, taylor, today), 0), taylor, false, 3, 5,
                "Asking Jamie took courage, and it gave you real evidence against the \"they'll get bored of me\""
                        + " thought. Keep the inventory within reach on the late nights you said are hardest.",
                6,
                "The strengths list. I got to three quickly and then stalled, so I texted my brother Jamie to ask"
                        + " what I'm good at. It felt embarrassing, but he answered straight away.",
                "\"They'll get bored of me and find someone better.\" My answer: I can't know that, and I've kept"
                        + " close friends for more than ten years, so people don't just get bored of me.",
                "That I finished the 10k I trained for, and that a colleague thanked me for covering her shifts"
                        + " while her dad was in hospital.");

        Assignment goal = homework.assignForDemo(jordan, taylor, null, "personal-growth-goal",
                weekly(today.minusWeeks(1), 3, null, "Ten minutes on Mondays and Thursdays is enough: what you did,"
                        + " what got in the way, and your next small step.", DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        // one Monday and one Thursday since the start: the first done, the second overdue
        complete(at(due(goal, taylor, today.minusDays(1)), 0), taylor, false, 3, 4, null,
                "On evenings my partner is out with friends, I'll make a plan of my own, like climbing or calling"
                        + " Jamie, instead of waiting by my phone.",
                3,
                "One evening I had nothing planned and spent it scrolling and waiting for a text. This week I'll"
                        + " book the climbing session in advance so the evening already has a plan.",
                6);
    }

    // ---------------------------------------------------------------- helpers

    private static AssignmentDetails weekly(LocalDate startsOn, int weeks, CoupleMode mode, String instructions,
            DayOfWeek... days) {
        AssignmentDetails details = details(startsOn, RepeatKind.WEEKLY, mode, instructions);
        details.setWeeks(weeks);
        details.setWeekdays(EnumSet.copyOf(List.of(days)));
        return details;
    }

    private static AssignmentDetails once(LocalDate startsOn, LocalDate dueOn, CoupleMode mode, String instructions) {
        AssignmentDetails details = details(startsOn, RepeatKind.ONCE, mode, instructions);
        details.setDueOn(dueOn);
        return details;
    }

    private static AssignmentDetails details(LocalDate startsOn, RepeatKind repeat, CoupleMode mode,
            String instructions) {
        AssignmentDetails details = new AssignmentDetails();
        details.setStartsOn(startsOn);
        details.setRepeat(repeat);
        details.setCoupleMode(mode);
        details.setInstructions(instructions);
        return details;
    }

    /** One person's tasks of an assignment (null: the couple's together), due on or before {@code last}. */
    private List<HomeworkTask> due(Assignment assignment, Client who, LocalDate last) {
        List<HomeworkTask> tasks = new ArrayList<>();
        for (HomeworkTask task : homework.tasksForDemo(assignment.getId())) {
            boolean theirs = who == null ? task.getClient() == null
                    : task.getClient() != null && task.getClient().getId().equals(who.getId());
            if (theirs && !task.getDueOn().isAfter(last)) {
                tasks.add(task);
            }
        }
        return tasks;
    }

    /** The task at {@code index}, or null when the schedule gave fewer. */
    private static HomeworkTask at(List<HomeworkTask> tasks, int index) {
        return index < tasks.size() ? tasks.get(index) : null;
    }

    /** Answers (by prompt position, from 1) and completes a task. */
    private void complete(HomeworkTask task, Client by, boolean shared, int difficulty, int helpfulness,
            String feedback, Object... answers) {
        write(task, by, shared, difficulty, helpfulness, feedback, true, answers);
    }

    /** Answers saved without completing: the task stays open. */
    private void draft(HomeworkTask task, Client by, Object... answers) {
        write(task, by, false, null, null, null, false, answers);
    }

    private void write(HomeworkTask task, Client by, boolean shared, Integer difficulty, Integer helpfulness,
            String feedback, boolean complete, Object[] answers) {
        if (task == null || task.getDueOn().isAfter(clock.today())) {
            return; // nothing is answered ahead of its date
        }
        Map<Integer, Object> byPosition = new HashMap<>();
        for (int i = 0; i < answers.length; i++) {
            if (answers[i] != null) {
                byPosition.put(i + 1, answers[i]);
            }
        }
        homework.completeForDemo(task.getId(), by, byPosition, shared, difficulty, helpfulness, feedback, complete);
    }
}
