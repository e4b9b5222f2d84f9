package org.rapport.homework;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A homework exercise: what it is for, how to do it step by step, and the reflection prompts the
 * client answers afterwards.
 */
@Entity
@Table(name = "exercise")
@NamedEntityGraph(
        name = Exercise.WHOLE,
        attributeNodes = {
            @NamedAttributeNode("strategy"),
            @NamedAttributeNode("steps"),
            @NamedAttributeNode("prompts")
        })
public class Exercise implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Everything the exercise page shows. */
    static final String WHOLE = "Exercise.whole";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "strategy_key")
    private Strategy strategy;

    private String goal;

    @Column(name = "minutes_needed")
    private int minutesNeeded;

    private String frequency;

    @Enumerated(EnumType.STRING)
    private Participation participation;

    @Enumerated(EnumType.STRING)
    private ExerciseOrigin origin;

    @ElementCollection
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "exercise_step", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderBy("position")
    private List<ExerciseStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "exercise")
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("position")
    private List<ReflectionPrompt> prompts = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "created_by")
    private org.rapport.identity.Account createdBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "based_on_id")
    private Exercise basedOn;

    @Version private long version;

    protected Exercise() {}

    /** A practice's own exercise (library exercises come from the migrations only). */
    Exercise(String slug, org.rapport.identity.Account createdBy, Exercise basedOn) {
        this.slug = slug;
        this.origin = ExerciseOrigin.PRACTICE;
        this.createdBy = createdBy;
        this.basedOn = basedOn;
    }

    /**
     * Takes the form's text; steps are replaced (prompts are the service's business: answers refer
     * to them).
     */
    void describe(ExerciseForm form, Strategy strategy) {
        title = form.getTitle().strip();
        this.strategy = strategy;
        goal = form.getGoal().strip();
        minutesNeeded = form.getMinutesNeeded();
        frequency = form.getFrequency().strip();
        participation = form.getParticipation();
        steps.clear();
        int position = 1;
        for (ExerciseForm.Line step : form.getSteps()) {
            if (step.getText() != null && !step.getText().isBlank()) {
                steps.add(new ExerciseStep(position++, step.getText().strip()));
            }
        }
    }

    public boolean isPractice() {
        return origin == ExerciseOrigin.PRACTICE;
    }

    public Exercise getBasedOn() {
        return basedOn;
    }

    public long getVersion() {
        return version;
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

    public Strategy getStrategy() {
        return strategy;
    }

    public String getGoal() {
        return goal;
    }

    public int getMinutesNeeded() {
        return minutesNeeded;
    }

    public String getFrequency() {
        return frequency;
    }

    public Participation getParticipation() {
        return participation;
    }

    public ExerciseOrigin getOrigin() {
        return origin;
    }

    public List<ExerciseStep> getSteps() {
        return steps;
    }

    public List<ReflectionPrompt> getPrompts() {
        return prompts;
    }
}
