package org.rapport.checkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoringTest {

    private final Questionnaire questionnaire =
            new Questionnaire("t", "T", "", Questionnaire.Rule.MEAN, null, null);
    private final QuestionnaireItem honest = item(1, false, "Trust");
    private final QuestionnaireItem checking = item(2, true, "Trust");
    private final QuestionnaireItem close = item(3, false, "Connection");
    private final QuestionnaireItem heard = item(4, false, "Connection");
    private final QuestionnaireItem note =
            new QuestionnaireItem(
                    questionnaire, 5, "Anything else?", false, null, null, null, null, false, null);
    private final List<QuestionnaireItem> items = List.of(honest, checking, close, heard, note);

    private QuestionnaireItem item(int position, boolean reversed, String subscale) {
        return new QuestionnaireItem(
                questionnaire,
                position,
                "Item " + position,
                true,
                0,
                10,
                "Low",
                "High",
                reversed,
                subscale);
    }

    @Test
    void aReversedItemCountsFromTheOtherEnd() {
        Map<QuestionnaireItem, Integer> answers =
                new HashMap<>(Map.of(honest, 8, checking, 2, close, 6, heard, 4));
        Scoring.Score score = Scoring.score(Questionnaire.Rule.MEAN, items, answers::get);
        assertEquals(6.5, score.total(), "(8 + (10 − 2) + 6 + 4) / 4");
        assertEquals(8.0, score.subscales().get("Trust"));
        assertEquals(5.0, score.subscales().get("Connection"));
    }

    @Test
    void aSumIsTheMeanTimesTheItemsSoASkippedItemDoesNotLowerIt() {
        Map<QuestionnaireItem, Integer> all =
                new HashMap<>(Map.of(honest, 6, checking, 4, close, 6, heard, 6));
        assertEquals(24.0, Scoring.score(Questionnaire.Rule.SUM, items, all::get).total());
    }

    @Test
    void tooFewAnswersGiveNoScoreRatherThanAMisleadingOne() {
        Map<QuestionnaireItem, Integer> three =
                new HashMap<>(Map.of(honest, 6, checking, 4, close, 6));
        Scoring.Score score = Scoring.score(Questionnaire.Rule.MEAN, items, three::get);
        assertNull(score.total(), "3 of 4 scale items is under 80%");
        assertEquals(6.0, score.subscales().get("Trust"), "the trust subscale is complete");
        assertNull(score.subscales().get("Connection"), "1 of 2 connection items is not enough");
    }
}
