package org.rapport.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.rapport.checkins.CheckinResponse;
import org.rapport.checkins.CheckinService;
import org.rapport.checkins.Questionnaire;
import org.rapport.checkins.QuestionnaireItem;
import org.rapport.clients.Client;
import org.rapport.clients.Couple;
import org.rapport.clients.DemoClientsCreated;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.platform.PracticeClock;

/**
 * The demo practice's check-ins, from {@code checkins.json}: Alex & Sam have answered the weekly
 * trust and connection check-in every Monday for ten weeks. Alex's trust scores start low and
 * climb, with a dip in the fifth week (the week a name on Sam's phone brought the old fear back);
 * Sam's sense of being heard and of closeness grows. The next two weeks are still to come, and Sam
 * has not answered this week's yet. Morgan assigns it on the first Monday morning and each partner
 * answers in the portal through the check-in service on the evening of the day it was due, on the
 * replayed practice clock.
 */
@ApplicationScoped
public class DemoCheckins {

    private static final LocalTime ASSIGNED = LocalTime.of(8, 0);
    private static final LocalTime ANSWERED = LocalTime.of(19, 0);

    @Inject private CheckinService checkins;

    @Inject private DemoSteps steps;

    @Inject private PracticeClock clock;

    @Inject private AccountService accounts;

    @ActivateRequestContext
    void load(@Observes DemoClientsCreated demo) {
        Weekly plan = DemoData.read("checkins.json", Weekly.class);
        Couple couple = demo.couplesByName().get(plan.couple);
        if (couple == null) {
            return;
        }
        LocalDate thisMonday =
                clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(plan.weeksAnswered - 1L);
        Account counselor = couple.getCounselor();
        Questionnaire questionnaire =
                steps.as(
                        counselor,
                        clock.now(),
                        () -> {
                            Questionnaire found =
                                    checkins.questionnaires().stream()
                                            .filter(q -> plan.questionnaire.equals(q.getSlug()))
                                            .findFirst()
                                            .orElseThrow();
                            found.getItems().size(); // read while its step lasts
                            return found;
                        });
        steps.as(
                counselor,
                DemoData.at(first, ASSIGNED, clock.zone()),
                () ->
                        checkins.assign(
                                questionnaire.getId(),
                                "couple:" + couple.getId(),
                                first,
                                plan.weeksAnswered + plan.weeksAhead,
                                true,
                                true));
        for (int week = 0; week < plan.weeksAnswered; week++) {
            LocalDate due = first.plusWeeks(week);
            for (Partner partner : plan.partners) {
                Client client = demo.clientsByLegalName().get(partner.client);
                if (client == null || week >= partner.weeks.size()) {
                    continue; // not answered (yet)
                }
                Answers answers = partner.weeks.get(week);
                Account portal = accounts.findByEmail(client.getEmail()).orElseThrow();
                steps.as(
                        portal,
                        DemoData.at(due, ANSWERED, clock.zone()),
                        () -> {
                            CheckinResponse response =
                                    checkins.pending().stream()
                                            .filter(r -> r.getDueOn().equals(due))
                                            .findFirst()
                                            .orElseThrow();
                            Map<Long, Integer> values = new HashMap<>();
                            Map<Long, String> texts = new HashMap<>();
                            for (QuestionnaireItem item : questionnaire.getItems()) {
                                if (item.isScale()) {
                                    values.put(
                                            item.getId(),
                                            answers.scores.get(item.getPosition() - 1));
                                } else if (answers.comment != null) {
                                    texts.put(item.getId(), answers.comment);
                                }
                            }
                            return checkins.submit(response.getId(), values, texts);
                        });
            }
        }
    }

    // ---------------------------------------------------------------- checkins.json

    /**
     * A weekly check-in of a couple (by name), by questionnaire slug, answered for some weeks with
     * more to come.
     */
    public static class Weekly {
        public String couple;
        public String questionnaire;
        public int weeksAnswered;
        public int weeksAhead;
        public List<Partner> partners = List.of();
    }

    /**
     * A partner (by legal name) and their answers, week by week from the first (fewer: not answered
     * yet).
     */
    public static class Partner {
        public String client;
        public List<Answers> weeks = List.of();
    }

    /** The scale items' scores by position (from 1), and the comment for the text item, if any. */
    public static class Answers {
        public List<Integer> scores = List.of();
        public String comment;
    }
}
