package org.rapport.checkins;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.rapport.identity.Account;

/**
 * A check-in questionnaire: its items and how it is scored (Rapport's own, or one a practice
 * defined).
 */
// Reference data that never changes once written (strategies come with the migrations; a
// questionnaire
// cannot be edited after it is saved), so every instance of a cluster may keep it in its shared
// cache.
@jakarta.persistence.Cacheable
@Entity
@Table(name = "questionnaire")
public class Questionnaire implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How item answers become a score. */
    public enum Rule {
        SUM,
        MEAN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String title;
    private String description;

    /** Shown above the items (a standard measure's stem: "Over the last 2 weeks, …"). */
    private String instructions;

    /** The line the measure's owner asks to be shown with it. */
    private String copyright;

    @Column(name = "loinc_code")
    private String loincCode;

    @Column(name = "total_loinc_code")
    private String totalLoincCode;

    /** Severity bands, "lowest total:label" pairs separated by ";", ascending; null for none. */
    private String bands;

    @Enumerated(EnumType.STRING)
    private Rule scoring;

    /** The name where space is short ("PHQ-9", "Trust check-in"); null: the title. */
    @Column(name = "short_title")
    private String shortTitle;

    /**
     * The change in the total that counts as reliable (beyond measurement error); null when none is
     * known.
     */
    @Column(name = "reliable_change")
    private java.math.BigDecimal reliableChange;

    /** A higher total is better (a trust check-in), or worse (a PHQ-9). */
    @Column(name = "higher_is_better")
    private boolean higherIsBetter = true;

    /**
     * What each subscale means in people's words, one "Name=wording" per line; null: the names
     * alone.
     */
    @Column(name = "subscale_wording")
    private String subscaleWording;

    private String origin;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "questionnaire", fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<QuestionnaireItem> items = new ArrayList<>();

    @Version private long version;

    protected Questionnaire() {}

    Questionnaire(
            String slug,
            String title,
            String description,
            Rule scoring,
            Account createdBy,
            Instant now) {
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.scoring = scoring;
        this.origin = "PRACTICE";
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * Makes this a measure with bands and a reliable change (as the migrations do); for building
     * one in code.
     */
    Questionnaire measure(String bands, Double reliableChange, boolean higherIsBetter) {
        this.bands = bands;
        this.reliableChange =
                reliableChange == null ? null : java.math.BigDecimal.valueOf(reliableChange);
        this.higherIsBetter = higherIsBetter;
        return this;
    }

    public List<QuestionnaireItem> getScaleItems() {
        return items.stream().filter(QuestionnaireItem::isScale).toList();
    }

    /**
     * The items that count towards the score (a standard measure's closing "how difficult" question
     * does not).
     */
    public List<QuestionnaireItem> getScoredItems() {
        return items.stream()
                .filter(QuestionnaireItem::isScale)
                .filter(QuestionnaireItem::isScored)
                .toList();
    }

    /** The severity bands, lowest first; empty when the questionnaire has none. */
    public List<Band> getBands() {
        return Band.parse(bands);
    }

    /** The band a total falls in (null for no total, or no bands). */
    public Band band(Double total) {
        return Band.of(getBands(), total);
    }

    /** The lowest and highest total the scored items allow (for a chart's axis). */
    public double[] totalRange() {
        List<QuestionnaireItem> scored = getScoredItems();
        if (scoring == Rule.MEAN) {
            return new double[] {
                scored.stream().mapToInt(QuestionnaireItem::getMin).min().orElse(0),
                scored.stream().mapToInt(QuestionnaireItem::getMax).max().orElse(10)
            };
        }
        return new double[] {
            scored.stream().mapToInt(QuestionnaireItem::getMin).sum(),
            scored.stream().mapToInt(QuestionnaireItem::getMax).sum()
        };
    }

    /**
     * The short name ("PHQ-9", "Trust check-in"; else the part of the title before a colon, or the
     * title).
     */
    public String getShortTitle() {
        if (shortTitle != null && !shortTitle.isBlank()) {
            return shortTitle;
        }
        int colon = title.indexOf(':');
        return colon > 0 ? title.substring(0, colon) : title;
    }

    public Double getReliableChange() {
        return reliableChange == null ? null : reliableChange.doubleValue();
    }

    public boolean isHigherBetter() {
        return higherIsBetter;
    }

    /**
     * What a change of the total from {@code before} to {@code after} means (the thresholds V16
     * ships: PHQ-9 6 points and GAD-7 4 points, the reliable-change criteria of NHS Talking
     * Therapies, "The NHS Talking Therapies Manual", 2024, after Jacobson &amp; Truax 1991;
     * Rapport's trust check-in 1.5 points, a rule of thumb with no published source): "reliable
     * improvement", "reliable deterioration", or null when it is smaller than the reliable change
     * (or none is known).
     */
    public String reliableChangeOf(Double before, Double after) {
        return reliableChange(getReliableChange(), higherIsBetter, before, after);
    }

    /**
     * {@link #reliableChangeOf} for a threshold and direction given (null threshold: none known).
     */
    static String reliableChange(
            Double threshold, boolean higherIsBetter, Double before, Double after) {
        if (threshold == null
                || before == null
                || after == null
                || Math.abs(after - before) < threshold - 1e-9) {
            return null;
        }
        return (after > before) == higherIsBetter
                ? "reliable improvement"
                : "reliable deterioration";
    }

    public String getInstructions() {
        return instructions;
    }

    public String getCopyright() {
        return copyright;
    }

    public String getLoincCode() {
        return loincCode;
    }

    public String getTotalLoincCode() {
        return totalLoincCode;
    }

    /** The subscales in the order their first item appears. */
    public List<String> getSubscales() {
        return items.stream()
                .map(QuestionnaireItem::getSubscale)
                .filter(s -> s != null && !s.isBlank())
                .distinct()
                .toList();
    }

    /**
     * A subscale in people's words with the direction of its numbers ("How calmly you handled
     * disagreements (10 = very calmly)"); the name alone when the questionnaire gives none (a
     * practice's own).
     */
    public String wordingOf(String subscale) {
        if (subscaleWording != null && subscale != null) {
            for (String line : subscaleWording.split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0 && line.substring(0, equals).strip().equals(subscale)) {
                    return line.substring(equals + 1).strip();
                }
            }
        }
        return subscale;
    }

    public String getSubscaleText() {
        return String.join(", ", getSubscales());
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Rule getScoring() {
        return scoring;
    }

    public boolean isOwnedByPractice() {
        return "PRACTICE".equals(origin);
    }

    public List<QuestionnaireItem> getItems() {
        return items;
    }
}
