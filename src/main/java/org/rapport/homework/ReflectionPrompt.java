package org.rapport.homework;

import java.io.Serializable;

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
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A question the client answers after doing an exercise: in words, or on a 0-10 scale. */
@Entity
@Table(name = "exercise_prompt")
public class ReflectionPrompt implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The ends of every reflection scale. */
    public static final int SCALE_MIN = 0;

    public static final int SCALE_MAX = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "exercise_id")
    private Exercise exercise;

    private int position;

    private String question;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type")
    private AnswerType answerType;

    @Column(name = "scale_low_label")
    private String scaleLowLabel;

    @Column(name = "scale_high_label")
    private String scaleHighLabel;

    protected ReflectionPrompt() {}

    ReflectionPrompt(Exercise exercise, int position, ExerciseForm.Question question) {
        this.exercise = exercise;
        this.position = position;
        write(question);
    }

    void write(ExerciseForm.Question question) {
        this.question = question.getText().strip();
        this.answerType = question.getAnswerType();
        this.scaleLowLabel = answerType == AnswerType.SCALE ? question.getLow().strip() : null;
        this.scaleHighLabel = answerType == AnswerType.SCALE ? question.getHigh().strip() : null;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getQuestion() {
        return question;
    }

    public AnswerType getAnswerType() {
        return answerType;
    }

    public boolean isScale() {
        return answerType == AnswerType.SCALE;
    }

    public String getScaleLowLabel() {
        return scaleLowLabel;
    }

    public String getScaleHighLabel() {
        return scaleHighLabel;
    }
}
