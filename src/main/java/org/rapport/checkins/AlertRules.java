package org.rapport.checkins;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * When a sent check-in or measure needs the counselor's attention, as a pure function of the
 * questionnaire, the answers and the person's previous total on the same questionnaire:
 *
 * <ul>
 *   <li>an answer above an item's alert value (PHQ-9 item 9: any thoughts of being better off dead
 *       or of self-harm);
 *   <li>a total that moved into a higher severity band than the previous one;
 *   <li>otherwise, a total that got worse by at least the questionnaire's reliable change (for
 *       Rapport's trust check-in, a drop of 1.5 points or more on its 0-10 mean).
 * </ul>
 */
public final class AlertRules {

    private AlertRules() {}

    /** One alert to raise: its kind and the words the counselor reads. */
    public record Raised(MeasureAlert.Kind kind, String detail) {}

    public static List<Raised> evaluate(
            Questionnaire questionnaire,
            Function<QuestionnaireItem, Integer> answers,
            Double previousTotal) {
        List<Raised> raised = new ArrayList<>();
        String name = questionnaire.getShortTitle();
        for (QuestionnaireItem item : questionnaire.getScaleItems()) {
            Integer value = answers.apply(item);
            if (item.alerts(value)) {
                raised.add(
                        new Raised(
                                MeasureAlert.Kind.SELF_HARM,
                                name
                                        + " item "
                                        + item.getPosition()
                                        + " (\""
                                        + shorten(item.getText())
                                        + "\"): "
                                        + item.labelOf(value)
                                        + "."));
            }
        }
        Double total =
                Scoring.score(questionnaire.getScoring(), questionnaire.getItems(), answers)
                        .total();
        if (total == null || previousTotal == null) {
            return raised;
        }
        List<Band> bands = questionnaire.getBands();
        Band now = Band.of(bands, total);
        Band before = Band.of(bands, previousTotal);
        String change = format(previousTotal) + " → " + format(total);
        if (now != null && before != null && now.rank() > before.rank()) {
            String reliable = questionnaire.reliableChangeOf(previousTotal, total);
            raised.add(
                    new Raised(
                            MeasureAlert.Kind.BAND_RISE,
                            name
                                    + " total rose from "
                                    + format(previousTotal)
                                    + " ("
                                    + before.label()
                                    + ") to "
                                    + format(total)
                                    + " ("
                                    + now.label()
                                    + ")"
                                    + (reliable != null ? ", a " + reliable : "")
                                    + "."));
        } else if ("reliable deterioration"
                .equals(questionnaire.reliableChangeOf(previousTotal, total))) {
            raised.add(
                    new Raised(
                            MeasureAlert.Kind.WORSENED,
                            name
                                    + " total "
                                    + (questionnaire.isHigherBetter() ? "dropped" : "rose")
                                    + " "
                                    + change
                                    + " ("
                                    + signed(total - previousTotal)
                                    + "; a change of "
                                    + format(questionnaire.getReliableChange())
                                    + " or more is meaningful)."));
        }
        return raised;
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "…";
    }

    static String format(Double value) {
        return value == Math.rint(value)
                ? String.valueOf(value.longValue())
                : String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    private static String signed(double value) {
        return (value > 0 ? "+" : "−") + format(Math.abs(value));
    }
}
