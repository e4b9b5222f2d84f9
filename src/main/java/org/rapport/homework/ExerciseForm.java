package org.rapport.homework;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A practice exercise as the editing page holds it: its text, its steps and its reflection
 * questions.
 */
public class ExerciseForm implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_STEPS = 12;
    public static final int MAX_QUESTIONS = 5;

    private Long version; // of the exercise this form was made from; null for a new one
    private String title;
    private String strategyKey;
    private String goal;
    private Integer minutesNeeded = 20;
    private String frequency = "Once a week";
    private Participation participation = Participation.BOTH_TOGETHER;
    private List<Line> steps = new ArrayList<>();
    private List<Question> questions = new ArrayList<>();

    /** A copy of an exercise's content, to edit. */
    static ExerciseForm of(Exercise exercise) {
        ExerciseForm form = new ExerciseForm();
        form.version = exercise.getVersion();
        form.title = exercise.getTitle();
        form.strategyKey = exercise.getStrategy().getKey();
        form.goal = exercise.getGoal();
        form.minutesNeeded = exercise.getMinutesNeeded();
        form.frequency = exercise.getFrequency();
        form.participation = exercise.getParticipation();
        exercise.getSteps().forEach(step -> form.steps.add(new Line(step.getText())));
        for (ReflectionPrompt prompt : exercise.getPrompts()) {
            Question question = new Question();
            question.text = prompt.getQuestion();
            question.answerType = prompt.getAnswerType();
            question.low = prompt.getScaleLowLabel();
            question.high = prompt.getScaleHighLabel();
            form.questions.add(question);
        }
        return form;
    }

    public void addStep() {
        if (steps.size() < MAX_STEPS) {
            steps.add(new Line(null));
        }
    }

    public void removeStep(int index) {
        if (index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    public void addQuestion() {
        if (questions.size() < MAX_QUESTIONS) {
            questions.add(new Question());
        }
    }

    public void removeQuestion(int index) {
        if (index >= 0 && index < questions.size()) {
            questions.remove(index);
        }
    }

    Long getVersion() {
        return version;
    }

    void setVersion(Long version) {
        this.version = version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStrategyKey() {
        return strategyKey;
    }

    public void setStrategyKey(String strategyKey) {
        this.strategyKey = strategyKey;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public Integer getMinutesNeeded() {
        return minutesNeeded;
    }

    public void setMinutesNeeded(Integer minutesNeeded) {
        this.minutesNeeded = minutesNeeded;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public Participation getParticipation() {
        return participation;
    }

    public void setParticipation(Participation participation) {
        this.participation = participation;
    }

    public List<Line> getSteps() {
        return steps;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    /** One step's text. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;
        private String text;

        public Line() {}

        Line(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** One reflection question: free text, or a 0–10 scale with a label at each end. */
    public static class Question implements Serializable {

        private static final long serialVersionUID = 1L;
        private String text;
        private AnswerType answerType = AnswerType.TEXT;
        private String low;
        private String high;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public AnswerType getAnswerType() {
            return answerType;
        }

        public void setAnswerType(AnswerType answerType) {
            this.answerType = answerType == null ? AnswerType.TEXT : answerType;
        }

        public String getLow() {
            return low;
        }

        public void setLow(String low) {
            this.low = low;
        }

        public String getHigh() {
            return high;
        }

        public void setHigh(String high) {
            this.high = high;
        }
    }
}
