package org.rapport.checkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * When a sent measure raises an alert: PHQ-9 item 9 above "Not at all", a total that moved into a
 * higher severity band, or (without a band change) a change for the worse of at least the reliable
 * change; and when it does not (a better total, a small change, no previous answer to compare
 * with).
 */
class AlertRulesTest {

    private static final String CHOICES =
            "Not at all|Several days|More than half the days|Nearly every day";

    private final Questionnaire phq =
            new Questionnaire(
                            "phq-9",
                            "PHQ-9: Patient Health Questionnaire",
                            "",
                            Questionnaire.Rule.SUM,
                            null,
                            null)
                    .measure(
                            "0:Minimal;5:Mild;10:Moderate;15:Moderately severe;20:Severe",
                            6.0,
                            false);
    private final Questionnaire trust =
            new Questionnaire(
                            "trust",
                            "Weekly trust and connection check-in",
                            "",
                            Questionnaire.Rule.MEAN,
                            null,
                            null)
                    .measure(null, 1.5, true);

    AlertRulesTest() {
        for (int i = 1; i <= 9; i++) {
            QuestionnaireItem item =
                    new QuestionnaireItem(phq, i, "Item " + i, 0, CHOICES, true, null);
            phq.getItems().add(i == 9 ? item.alertAbove(0) : item);
        }
        for (int i = 1; i <= 4; i++) {
            trust.getItems()
                    .add(
                            new QuestionnaireItem(
                                    trust,
                                    i,
                                    "Item " + i,
                                    true,
                                    0,
                                    10,
                                    "Never",
                                    "Always",
                                    false,
                                    null));
        }
    }

    private static List<AlertRules.Raised> phq(Questionnaire q, Double previous, int... answers) {
        Map<QuestionnaireItem, Integer> given = new HashMap<>();
        for (int i = 0; i < answers.length; i++) {
            given.put(q.getItems().get(i), answers[i]);
        }
        return AlertRules.evaluate(q, given::get, previous);
    }

    private static List<MeasureAlert.Kind> kinds(List<AlertRules.Raised> raised) {
        return raised.stream().map(AlertRules.Raised::kind).toList();
    }

    @Test
    void item9AboveNotAtAllAlertsEvenTheFirstTime() {
        List<AlertRules.Raised> raised = phq(phq, null, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertEquals(List.of(MeasureAlert.Kind.SELF_HARM), kinds(raised));
        assertTrue(
                raised.get(0).detail().contains("PHQ-9 item 9")
                        && raised.get(0).detail().contains("Several days"),
                raised.get(0).detail());
        assertEquals(
                List.of(),
                phq(phq, null, 3, 3, 3, 3, 3, 3, 3, 3, 0),
                "a high total alone, with nothing before it");
    }

    @Test
    void aTotalInAHigherBandThanThePreviousOneAlerts() {
        // 9 (Mild) → 10 (Moderate): the band's lower edge
        List<AlertRules.Raised> raised = phq(phq, 9.0, 2, 2, 2, 2, 1, 1, 0, 0, 0);
        assertEquals(List.of(MeasureAlert.Kind.BAND_RISE), kinds(raised));
        assertEquals("PHQ-9 total rose from 9 (Mild) to 10 (Moderate).", raised.get(0).detail());
        // 4 (Minimal) → 18 (Moderately severe): also a reliable deterioration, said in the same
        // alert
        raised = phq(phq, 4.0, 3, 3, 2, 2, 2, 2, 2, 2, 0);
        assertEquals(List.of(MeasureAlert.Kind.BAND_RISE), kinds(raised));
        assertTrue(
                raised.get(0).detail().endsWith("a reliable deterioration."),
                raised.get(0).detail());
        assertEquals(
                List.of(),
                phq(phq, 14.0, 2, 2, 2, 2, 2, 1, 0, 0, 0),
                "14 → 11: still Moderate, and better");
        assertEquals(
                List.of(),
                phq(phq, 10.0, 2, 2, 2, 2, 2, 2, 2, 0, 0),
                "10 → 14: the same band, a change below 6");
    }

    @Test
    void aDropOfAtLeastTheReliableChangeAlertsWhenNoBandSaysSo() {
        List<AlertRules.Raised> raised =
                phq(trust, 8.0, 7, 6, 6, 7); // mean 6.5: a drop of exactly 1.5
        assertEquals(List.of(MeasureAlert.Kind.WORSENED), kinds(raised));
        assertEquals(
                "Weekly trust and connection check-in total dropped 8 → 6.5 (−1.5; a change of 1.5 or more is"
                        + " meaningful).",
                raised.get(0).detail());
        assertEquals(List.of(), phq(trust, 8.0, 7, 7, 6, 7), "8 → 6.8: a drop below 1.5");
        assertEquals(
                List.of(), phq(trust, 5.0, 9, 9, 9, 9), "a rise is good news for a trust check-in");
        assertEquals(
                List.of(), phq(trust, 8.0, 7, 6), "too few answers to score: nothing to compare");
    }

    @Test
    void theChartNamesReliableChangeInTheMeasuresDirection() {
        assertEquals("reliable improvement", phq.reliableChangeOf(18.0, 12.0));
        assertEquals("reliable deterioration", phq.reliableChangeOf(6.0, 12.0));
        assertEquals(null, phq.reliableChangeOf(12.0, 7.0), "five points: below the PHQ-9's six");
        assertEquals("reliable improvement", trust.reliableChangeOf(5.0, 6.5));
    }
}
