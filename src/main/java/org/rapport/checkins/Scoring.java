package org.rapport.checkins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns answers into scores. Only scored items count (a standard measure's closing "how difficult"
 * question does not). Reversed items count as (min + max − answer). A score is the mean of the
 * answered items (or, for SUM, that mean times the number of items, so a skipped item does not drag
 * the sum down); with fewer than 80% of its items answered, a score is not given at all. Subscales
 * are scored the same way over their own items.
 */
public final class Scoring {

    static final double ENOUGH = 0.8;

    private Scoring() {}

    /** The total and subscale scores (a score is null when too few of its items were answered). */
    public static Score score(
            Questionnaire.Rule rule,
            List<QuestionnaireItem> items,
            java.util.function.Function<QuestionnaireItem, Integer> answers) {
        List<QuestionnaireItem> scale =
                items.stream()
                        .filter(QuestionnaireItem::isScale)
                        .filter(QuestionnaireItem::isScored)
                        .toList();
        Map<String, Double> subscales = new LinkedHashMap<>();
        for (String subscale :
                scale.stream()
                        .map(QuestionnaireItem::getSubscale)
                        .filter(s -> s != null)
                        .distinct()
                        .toList()) {
            subscales.put(
                    subscale,
                    of(
                            rule,
                            scale.stream().filter(i -> subscale.equals(i.getSubscale())).toList(),
                            answers));
        }
        return new Score(of(rule, scale, answers), subscales);
    }

    private static Double of(
            Questionnaire.Rule rule,
            List<QuestionnaireItem> items,
            java.util.function.Function<QuestionnaireItem, Integer> answers) {
        if (items.isEmpty()) {
            return null;
        }
        List<Double> values = new ArrayList<>();
        for (QuestionnaireItem item : items) {
            Integer answer = answers.apply(item);
            if (answer != null) {
                values.add(
                        (double)
                                (item.isReversed()
                                        ? item.getMin() + item.getMax() - answer
                                        : answer));
            }
        }
        if (values.size() < Math.ceil(ENOUGH * items.size())) {
            return null;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double score = rule == Questionnaire.Rule.SUM ? mean * items.size() : mean;
        return Math.round(score * 10) / 10.0;
    }

    /** A total and its subscales. */
    public record Score(Double total, Map<String, Double> subscales)
            implements java.io.Serializable {}
}
