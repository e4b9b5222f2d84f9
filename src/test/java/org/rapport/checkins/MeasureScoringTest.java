package org.rapport.checkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * PHQ-9 and GAD-7 as the engine scores them, against totals and bands worked out by hand: the sum
 * of the nine (seven) items, each 0–3; the closing "how difficult" question does not count; one
 * unanswered item is prorated (the engine's rule: at least 80% answered, the sum is the mean times
 * the number of items), two are too many. Bands as V15 ships them (PHQ-9: Kroenke, Spitzer &
 * Williams 2001; GAD-7: Spitzer et al. 2006).
 */
class MeasureScoringTest {

    private static final String CHOICES =
            "Not at all|Several days|More than half the days|Nearly every day";
    private static final String DIFFICULTY =
            "Not difficult at all|Somewhat difficult|Very difficult|Extremely difficult";
    private static final List<Band> PHQ_BANDS =
            Band.parse("0:Minimal;5:Mild;10:Moderate;15:Moderately severe;20:Severe");
    private static final List<Band> GAD_BANDS =
            Band.parse("0:Minimal;5:Mild;10:Moderate;15:Severe");

    private final Questionnaire questionnaire =
            new Questionnaire("m", "M", "", Questionnaire.Rule.SUM, null, null);
    private final List<QuestionnaireItem> phq = items(9);
    private final List<QuestionnaireItem> gad = items(7);

    private List<QuestionnaireItem> items(int scored) {
        List<QuestionnaireItem> items = new ArrayList<>();
        for (int i = 1; i <= scored; i++) {
            items.add(new QuestionnaireItem(questionnaire, i, "Item " + i, 0, CHOICES, true, null));
        }
        items.add(
                new QuestionnaireItem(
                        questionnaire, scored + 1, "How difficult", 0, DIFFICULTY, false, null));
        return items;
    }

    /** Answers to the scored items in order (null: skipped), the difficulty question answered 3. */
    private static Scoring.Score score(List<QuestionnaireItem> items, Integer... answers) {
        Map<QuestionnaireItem, Integer> given = new HashMap<>();
        for (int i = 0; i < answers.length; i++) {
            given.put(items.get(i), answers[i]);
        }
        given.put(items.get(items.size() - 1), 3);
        return Scoring.score(Questionnaire.Rule.SUM, items, given::get);
    }

    private static String band(List<Band> bands, Double total) {
        Band band = Band.of(bands, total);
        return band == null ? null : band.label();
    }

    @Test
    void phq9TotalsAndTheEdgesOfEveryBand() {
        Object[][] cases = {
            {new Integer[] {0, 0, 0, 0, 0, 0, 0, 0, 0}, 0.0, "Minimal"},
            {new Integer[] {1, 1, 1, 1, 0, 0, 0, 0, 0}, 4.0, "Minimal"},
            {new Integer[] {1, 1, 1, 1, 1, 0, 0, 0, 0}, 5.0, "Mild"},
            {new Integer[] {1, 1, 1, 1, 1, 1, 1, 1, 1}, 9.0, "Mild"},
            {new Integer[] {2, 1, 1, 1, 1, 1, 1, 1, 1}, 10.0, "Moderate"},
            {new Integer[] {2, 2, 2, 2, 2, 1, 1, 1, 1}, 14.0, "Moderate"},
            {new Integer[] {2, 2, 2, 2, 2, 2, 1, 1, 1}, 15.0, "Moderately severe"},
            {new Integer[] {3, 3, 3, 2, 2, 2, 2, 1, 1}, 19.0, "Moderately severe"},
            {new Integer[] {3, 3, 3, 3, 2, 2, 2, 1, 1}, 20.0, "Severe"},
            {new Integer[] {3, 3, 3, 3, 3, 3, 3, 3, 3}, 27.0, "Severe"},
        };
        for (Object[] c : cases) {
            Scoring.Score score = score(phq, (Integer[]) c[0]);
            assertEquals(
                    c[1],
                    score.total(),
                    "the difficulty question (answered 3) is not in the total");
            assertEquals(c[2], band(PHQ_BANDS, score.total()), "total " + c[1]);
        }
    }

    @Test
    void gad7TotalsAndTheEdgesOfEveryBand() {
        Object[][] cases = {
            {new Integer[] {0, 0, 0, 0, 0, 0, 0}, 0.0, "Minimal"},
            {new Integer[] {1, 1, 1, 1, 0, 0, 0}, 4.0, "Minimal"},
            {new Integer[] {1, 1, 1, 1, 1, 0, 0}, 5.0, "Mild"},
            {new Integer[] {2, 2, 2, 1, 1, 1, 0}, 9.0, "Mild"},
            {new Integer[] {2, 2, 2, 1, 1, 1, 1}, 10.0, "Moderate"},
            {new Integer[] {2, 2, 2, 2, 2, 2, 2}, 14.0, "Moderate"},
            {new Integer[] {3, 2, 2, 2, 2, 2, 2}, 15.0, "Severe"},
            {new Integer[] {3, 3, 3, 3, 3, 3, 3}, 21.0, "Severe"},
        };
        for (Object[] c : cases) {
            Scoring.Score score = score(gad, (Integer[]) c[0]);
            assertEquals(c[1], score.total());
            assertEquals(c[2], band(GAD_BANDS, score.total()), "total " + c[1]);
        }
    }

    @Test
    void oneSkippedItemIsProratedTwoAreTooMany() {
        // PHQ-9, eight answered summing to 8: mean 1, times 9 items = 9.0 (mild); the same with 9
        // answered is 9
        assertEquals(9.0, score(phq, 1, 1, 1, 1, 1, 1, 1, 1, null).total());
        // eight answered summing to 9: 9 / 8 * 9 = 10.125, shown as 10.1 (moderate)
        Scoring.Score prorated = score(phq, 2, 1, 1, 1, 1, 1, 1, 1, null);
        assertEquals(10.1, prorated.total());
        assertEquals("Moderate", band(PHQ_BANDS, prorated.total()));
        assertNull(
                score(phq, 3, 3, 3, 3, 3, 3, 3, null, null).total(),
                "7 of 9 is under 80%: no total");
        // GAD-7: six of seven is enough (6 ≥ 5.6), five is not
        assertEquals(14.0, score(gad, 2, 2, 2, 2, 2, 2, null).total());
        assertNull(score(gad, 2, 2, 2, 2, 2, null, null).total());
    }

    @Test
    void theChoicesAreLabelledAndTheDifficultyQuestionIsAskedButNotScored() {
        QuestionnaireItem first = phq.get(0);
        assertEquals(
                List.of(
                        "Not at all",
                        "Several days",
                        "More than half the days",
                        "Nearly every day"),
                first.getChoices().stream().map(QuestionnaireItem.Choice::label).toList());
        assertEquals(3, first.getMax());
        assertEquals("More than half the days", first.labelOf(2));
        QuestionnaireItem difficulty = phq.get(9);
        assertEquals(false, difficulty.isScored());
        assertEquals(true, difficulty.isChoice());
        assertNull(Band.of(PHQ_BANDS, null), "no total, no band");
    }
}
