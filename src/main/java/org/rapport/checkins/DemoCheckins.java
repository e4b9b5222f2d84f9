package org.rapport.checkins;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rapport.clients.Couple;
import org.rapport.clients.DemoClientsCreated;
import org.rapport.platform.PracticeClock;

/**
 * The demo practice's check-ins: Alex & Sam have answered the weekly trust and connection check-in every
 * Monday for ten weeks. Alex's trust scores start low and climb, with a dip in the fifth week (the week a
 * name on Sam's phone brought the old fear back); Sam's sense of being heard and of closeness grows. The
 * next two weeks are still to come, and Sam has not answered this week's yet.
 */
@ApplicationScoped
public class DemoCheckins {

    private static final int WEEKS_DONE = 10;

    @Inject
    private CheckinService checkins;

    @Inject
    private PracticeClock clock;

    void load(@Observes DemoClientsCreated demo) {
        Couple couple = demo.couplesByName().get("Alex & Sam");
        if (couple == null) {
            return;
        }
        LocalDate thisMonday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(WEEKS_DONE - 1);
        List<CheckinResponse> responses = checkins.assignForDemo(couple.getCounselor(), couple, first, WEEKS_DONE + 2);
        for (CheckinResponse response : responses) {
            int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(first, response.getDueOn());
            if (response.getDueOn().isAfter(clock.today())) {
                continue;
            }
            boolean alex = response.getClient().getLegalName().startsWith("Alex");
            if (!alex && week == WEEKS_DONE - 1) {
                continue; // Sam has not answered this week's yet
            }
            checkins.submitForDemo(response.getId(), alex ? alex(week) : sam(week), comment(alex, week));
        }
    }

    /** Alex, the partner who was hurt: trust low at first and rising, a setback in week 5. */
    private static Map<Integer, Integer> alex(int week) {
        double p = week / 9.0;
        int dip = week == 4 ? 2 : 0;
        return values(3 + 4 * p, 2 + 5 * p - dip, 3 + 4 * p - dip, 1 + 6 * p - dip, 9 - 6 * p + dip, 8 - 5 * p + dip,
                3 + 4 * p, 3 + 5 * p - dip, 2 + 5 * p, 4 + 4 * p - dip);
    }

    /** Sam: trusts Alex throughout; feeling heard and close grows, with a harder week 5 too. */
    private static Map<Integer, Integer> sam(int week) {
        double p = week / 9.0;
        int dip = week == 4 ? 2 : 0;
        return values(4 + 3 * p - dip, 7 + 2 * p, 7 + 2 * p, 7 + 2 * p, 2 - p, 4 - 3 * p + dip,
                3 + 4 * p - dip, 4 + 4 * p - dip, 3 + 5 * p, 5 + 4 * p);
    }

    private static Map<Integer, Integer> values(double... byPosition) {
        Map<Integer, Integer> values = new HashMap<>();
        for (int i = 0; i < byPosition.length; i++) {
            values.put(i + 1, (int) Math.max(0, Math.min(10, Math.round(byPosition[i]))));
        }
        return values;
    }

    private static String comment(boolean alex, int week) {
        if (alex) {
            return switch (week) {
                case 0 -> "I want to believe this can work, but I don't trust my own judgement right now.";
                case 4 -> "The name on the phone at dinner knocked me back. I want to talk about it on Tuesday.";
                case 8 -> "We laughed a lot this weekend. It felt like us again for a while.";
                default -> null;
            };
        }
        return switch (week) {
            case 2 -> "Telling Alex about my day before being asked is getting easier.";
            case 4 -> "I felt I was back on trial this week and went quiet. I know that doesn't help.";
            default -> null;
        };
    }
}
