package org.rapport.checkins;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One item: a scale from min to max with an anchor at each end (optionally reversed), or free text.
 */
// Reference data that never changes once written (strategies come with the migrations; a
// questionnaire
// cannot be edited after it is saved), so every instance of a cluster may keep it in its shared
// cache.
@jakarta.persistence.Cacheable
@Entity
@Table(name = "questionnaire_item")
public class QuestionnaireItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;

    private int position;
    private String text;
    private String kind;

    @Column(name = "min_value")
    private Integer min;

    @Column(name = "max_value")
    private Integer max;

    @Column(name = "low_anchor")
    private String lowAnchor;

    @Column(name = "high_anchor")
    private String highAnchor;

    private boolean reversed;
    private String subscale;

    @Column(name = "loinc_code")
    private String loincCode;

    /**
     * Labels of the values min..max, "|"-separated (a standard measure's answer choices); null: a
     * number scale.
     */
    private String choices;

    /** Whether the answer counts towards the score. */
    private boolean scored = true;

    /** An answer above this value raises an alert for the client's counselors (null: none does). */
    @Column(name = "alert_above")
    private Integer alertAbove;

    protected QuestionnaireItem() {}

    QuestionnaireItem(
            Questionnaire questionnaire,
            int position,
            String text,
            boolean scale,
            Integer min,
            Integer max,
            String lowAnchor,
            String highAnchor,
            boolean reversed,
            String subscale) {
        this.questionnaire = questionnaire;
        this.position = position;
        this.text = text;
        this.kind = scale ? "SCALE" : "TEXT";
        this.min = scale ? min : null;
        this.max = scale ? max : null;
        this.lowAnchor = scale ? lowAnchor : null;
        this.highAnchor = scale ? highAnchor : null;
        this.reversed = scale && reversed;
        this.subscale = subscale == null || subscale.isBlank() ? null : subscale.strip();
    }

    /** A standard measure's item: labelled choices for min..max ("|"-separated), scored or not. */
    QuestionnaireItem(
            Questionnaire questionnaire,
            int position,
            String text,
            int min,
            String choices,
            boolean scored,
            String loincCode) {
        this(
                questionnaire,
                position,
                text,
                true,
                min,
                min + choices.split("\\|").length - 1,
                null,
                null,
                false,
                null);
        this.choices = choices;
        this.scored = scored;
        this.loincCode = loincCode;
        String[] labels = choices.split("\\|");
        this.lowAnchor = labels[0].strip();
        this.highAnchor = labels[labels.length - 1].strip();
    }

    public boolean isScale() {
        return "SCALE".equals(kind);
    }

    /** The values a person can choose, low to high. */
    public java.util.List<Integer> getValues() {
        java.util.List<Integer> values = new java.util.ArrayList<>();
        if (isScale()) {
            for (int v = min; v <= max; v++) {
                values.add(v);
            }
        }
        return values;
    }

    /**
     * Whether the answers are labelled choices ("Not at all", "Several days", …) rather than
     * numbers.
     */
    public boolean isChoice() {
        return isScale() && choices != null && !choices.isBlank();
    }

    /** The labelled choices, low to high, each with the value it scores. */
    public java.util.List<Choice> getChoices() {
        java.util.List<Choice> list = new java.util.ArrayList<>();
        if (isChoice()) {
            String[] labels = choices.split("\\|");
            for (int v = min; v <= max && v - min < labels.length; v++) {
                list.add(new Choice(v, labels[v - min].strip()));
            }
        }
        return list;
    }

    /** The label of an answer (its number when the item has no labelled choices). */
    public String labelOf(Integer value) {
        if (value == null) {
            return null;
        }
        return getChoices().stream()
                .filter(c -> c.value() == value)
                .map(Choice::label)
                .findFirst()
                .orElse(String.valueOf(value));
    }

    public boolean isScored() {
        return scored;
    }

    /**
     * Whether this answer is one the client's counselors must be alerted to (PHQ-9 item 9 above 0).
     */
    public boolean alerts(Integer value) {
        return alertAbove != null && value != null && value > alertAbove;
    }

    /** Sets the alert value (as V16 does for PHQ-9 item 9); for building a measure in code. */
    QuestionnaireItem alertAbove(Integer value) {
        this.alertAbove = value;
        return this;
    }

    public boolean isAlerting() {
        return alertAbove != null;
    }

    public String getLoincCode() {
        return loincCode;
    }

    /** One labelled answer. */
    public record Choice(int value, String label) implements Serializable {

        public int getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public Integer getMin() {
        return min;
    }

    public Integer getMax() {
        return max;
    }

    public String getLowAnchor() {
        return lowAnchor;
    }

    public String getHighAnchor() {
        return highAnchor;
    }

    public boolean isReversed() {
        return reversed;
    }

    public String getSubscale() {
        return subscale;
    }
}
