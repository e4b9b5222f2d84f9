package org.rapport.checkins;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rapport.clients.Client;
import org.rapport.clients.Couple;
import org.rapport.clients.DemoClientsCreated;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.PracticeClock;

/**
 * The demo practice's check-ins: Alex & Sam have answered the weekly trust and connection check-in every
 * Monday for ten weeks. Alex's trust scores start low and climb, with a dip in the fifth week (the week a
 * name on Sam's phone brought the old fear back); Sam's sense of being heard and of closeness grows. The
 * next two weeks are still to come, and Sam has not answered this week's yet. Morgan assigns it and each
 * partner answers in the portal through the check-in service, each on the evening of the day it was due
 * (the practice clock replays those days), so the demo obeys the same rules as real use.
 */
@ApplicationScoped
public class DemoCheckins {

    private static final int WEEKS_DONE = 10;

    @Inject
    private CheckinService checkins;

    @Inject
    private PracticeClock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AccountService accounts;

    @ActivateRequestContext
    void load(@Observes DemoClientsCreated demo) {
        Couple couple = demo.couplesByName().get("Alex & Sam");
        if (couple == null) {
            return;
        }
        LocalDate thisMonday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(WEEKS_DONE - 1);
        Account morgan = couple.getCounselor();
        Questionnaire weekly = currentUser.actingAs(morgan, () -> checkins.questionnaires()).stream()
                .filter(q -> "trust-connection-weekly".equals(q.getSlug())).findFirst().orElseThrow();
        clock.replaying(at(first, LocalTime.of(8, 0)), () -> currentUser.actingAs(morgan,
                () -> checkins.assign(weekly.getId(), "couple:" + couple.getId(), first, WEEKS_DONE + 2, true, true)));
        for (int week = 0; week < WEEKS_DONE; week++) {
            LocalDate due = first.plusWeeks(week);
            for (Client partner : List.of(couple.getPartnerOne(), couple.getPartnerTwo())) {
                boolean alex = partner.getLegalName().startsWith("Alex");
                if (!alex && week == WEEKS_DONE - 1) {
                    continue; // Sam has not answered this week's yet
                }
                Account portal = accounts.findByEmail(partner.getEmail()).orElseThrow();
                Map<Integer, Integer> byPosition = alex ? alex(week) : sam(week);
                String comment = comment(alex, week);
                clock.replaying(at(due, LocalTime.of(19, 0)), () -> currentUser.actingAs(portal, () -> {
                    CheckinResponse response = checkins.pending().stream().filter(r -> r.getDueOn().equals(due))
                            .findFirst().orElseThrow();
                    Map<Long, Integer> values = new HashMap<>();
                    Map<Long, String> texts = new HashMap<>();
                    for (QuestionnaireItem item : weekly.getItems()) {
                        if (item.isScale()) {
                            values.put(item.getId(), byPosition.get(item.getPosition()));
                        } else if (comment != null) {
                            texts.put(item.getId(), comment);
                        }
                    }
                    checkins.submit(response.getId(), values, texts);
                }));
            }
        }
    }

    private java.time.Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(clock.zone()).toInstant();
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
