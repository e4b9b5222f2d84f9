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
import org.rapport.clients.DemoClientsCreated;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.platform.PracticeClock;

/**
 * The demo practice's standard measures, from {@code measures.json}: each client's primary
 * counselor gives a measure weekly, from as many Mondays back as there are answers, and the client
 * answers each in the portal that evening through the check-in service (on the replayed practice
 * clock), so that its alerts are raised as they would be: Alex's PHQ-9 improves reliably; Sam's
 * GAD-7 rises into a higher band last week, the demo's one alert on Morgan's home page.
 */
@ApplicationScoped
public class DemoMeasures {

    private static final LocalTime ASSIGNED = LocalTime.of(9, 0);
    private static final LocalTime ANSWERED = LocalTime.of(20, 0);

    @Inject private CheckinService checkins;

    @Inject private DemoSteps steps;

    @Inject private PracticeClock clock;

    @Inject private AccountService accounts;

    @ActivateRequestContext
    void load(@Observes DemoClientsCreated demo) {
        Plan plan = DemoData.read("measures.json", Plan.class);
        LocalDate thisMonday =
                clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (Measure measure : plan.measures) {
            Client client = demo.clientsByLegalName().get(measure.client);
            if (client == null || client.getEmail() == null) {
                continue;
            }
            Account counselor = client.getPrimaryCounselor();
            int weeks = measure.answers.size();
            LocalDate first = thisMonday.minusWeeks(weeks);
            Questionnaire questionnaire =
                    steps.as(
                            counselor,
                            clock.now(),
                            () -> {
                                Questionnaire found =
                                        checkins.questionnaires().stream()
                                                .filter(
                                                        q ->
                                                                measure.questionnaire.equals(
                                                                        q.getSlug()))
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
                                    "client:" + client.getId(),
                                    first,
                                    weeks,
                                    true,
                                    false));
            Account portal = accounts.findByEmail(client.getEmail()).orElseThrow();
            for (int week = 0; week < weeks; week++) {
                LocalDate due = first.plusWeeks(week);
                List<Integer> scores = measure.answers.get(week);
                steps.as(
                        portal,
                        DemoData.at(due, ANSWERED, clock.zone()),
                        () -> {
                            CheckinResponse response =
                                    checkins.pending().stream()
                                            .filter(
                                                    r ->
                                                            r.getDueOn().equals(due)
                                                                    && r.getAssignment()
                                                                            .getQuestionnaire()
                                                                            .getId()
                                                                            .equals(
                                                                                    questionnaire
                                                                                            .getId()))
                                            .findFirst()
                                            .orElseThrow();
                            Map<Long, Integer> values = new HashMap<>();
                            for (QuestionnaireItem item : questionnaire.getItems()) {
                                values.put(item.getId(), scores.get(item.getPosition() - 1));
                            }
                            return checkins.submit(response.getId(), values, Map.of());
                        });
            }
        }
    }

    // ---------------------------------------------------------------- measures.json

    /** The measures of the demo practice. */
    public static class Plan {
        public List<Measure> measures = List.of();
    }

    /**
     * A client (by legal name), the measure (by slug), and their answers week by week (item values
     * by position).
     */
    public static class Measure {
        public String client;
        public String questionnaire;
        public String note;
        public List<List<Integer>> answers = List.of();
    }
}
