package org.rapport.homework;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.FieldMessages;
import org.rapport.platform.Ids;
import org.rapport.platform.NotFound;
import org.rapport.platform.Pages;
import org.rapport.platform.PracticeClock;

/**
 * The portal page of one task: the exercise, the counselor's note, the reflection prompts (answers
 * are saved as drafts while the client types), sharing with the partner where allowed, and "mark
 * complete".
 */
@Named
@ViewScoped
public class DoHomework implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private HomeworkService homework;

    @Inject private PracticeClock clock;

    private String id;
    private long taskId; // kept in the session: what to load again after a fail-over
    // the exercise shown is not part of the session copy (nor serializable): loaded again after a
    // fail-over; the answers being typed stay
    private transient PortalTask task;
    private List<AnswerRow> answers = new ArrayList<>();
    private Integer difficulty;
    private Integer helpfulness;
    private boolean reminder;
    private java.time.Instant savedAt;

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Long parsed = Ids.parse(id);
        PortalTask loaded = parsed == null ? null : homework.portalTask(parsed).orElse(null);
        task = loaded;
        if (loaded == null) {
            NotFound.respond();
            return;
        }
        taskId = parsed;
        answers = new ArrayList<>();
        for (ReflectionPrompt prompt : loaded.exercise().getPrompts()) {
            HomeworkAnswer own = loaded.ownAnswers().get(prompt.getId());
            answers.add(
                    new AnswerRow(
                            prompt,
                            own == null ? null : own.getText(),
                            own == null ? null : own.getScale(),
                            own != null && own.isShared()));
        }
        reminder = loaded.reminderOn();
        difficulty = loaded.task().getDifficulty();
        helpfulness = loaded.task().getHelpfulness();
    }

    private PortalTask task() {
        if (task == null && taskId != 0) {
            task = homework.portalTask(taskId).orElse(null);
        }
        return task;
    }

    /** Autosave and "Save for later". */
    public void save() {
        PortalTask shown = task();
        if (shown != null && shown.task().isDone()) {
            return;
        }
        Pages.run(
                "task",
                () -> {
                    homework.saveAnswers(taskId, inputs());
                    savedAt = clock.now();
                });
    }

    public String complete() {
        return Pages.act(
                "task",
                () -> {
                    homework.saveAnswers(taskId, inputs());
                    homework.complete(taskId, difficulty, helpfulness);
                    return "/portal/index?faces-redirect=true&done=" + taskId;
                });
    }

    public void changeReminder() {
        Pages.run(
                "task",
                () -> {
                    homework.setReminder(taskId, reminder);
                    FieldMessages.info(
                            reminder
                                    ? "We will e-mail you on the days this exercise is due."
                                    : "No more reminder e-mails for this exercise.");
                });
    }

    private List<HomeworkService.AnswerInput> inputs() {
        return answers.stream()
                .map(
                        a ->
                                new HomeworkService.AnswerInput(
                                        a.getPrompt().getId(),
                                        a.getText(),
                                        a.getScale(),
                                        a.isShared()))
                .toList();
    }

    public String getSavedLabel() {
        return savedAt == null
                ? "Your answers save themselves as you type."
                : "Saved " + org.rapport.platform.Dates.saved(savedAt, clock.zone(), clock.today());
    }

    public List<Integer> getScaleValues() {
        return List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    public List<Integer> getRatingValues() {
        return List.of(1, 2, 3, 4, 5);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PortalTask getTask() {
        return task();
    }

    public List<AnswerRow> getAnswers() {
        return answers;
    }

    public Integer getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Integer difficulty) {
        this.difficulty = difficulty;
    }

    public Integer getHelpfulness() {
        return helpfulness;
    }

    public void setHelpfulness(Integer helpfulness) {
        this.helpfulness = helpfulness;
    }

    public boolean isReminder() {
        return reminder;
    }

    public void setReminder(boolean reminder) {
        this.reminder = reminder;
    }

    /** One prompt with the client's answer as the form holds it. */
    public static class AnswerRow implements Serializable {

        private static final long serialVersionUID = 1L;
        // the prompt's words, not the entity: an entity would bring its whole exercise into the
        // session
        private final Prompt prompt;
        private String text;
        private Integer scale;
        private boolean shared;

        AnswerRow(ReflectionPrompt prompt, String text, Integer scale, boolean shared) {
            this.prompt =
                    new Prompt(
                            prompt.getId(),
                            prompt.getQuestion(),
                            prompt.isScale(),
                            prompt.getScaleLowLabel(),
                            prompt.getScaleHighLabel());
            this.text = text;
            this.scale = scale;
            this.shared = shared;
        }

        public Prompt getPrompt() {
            return prompt;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getScale() {
            return scale;
        }

        public void setScale(Integer scale) {
            this.scale = scale;
        }

        public boolean isShared() {
            return shared;
        }

        public void setShared(boolean shared) {
            this.shared = shared;
        }
    }

    /** What the page shows of a reflection prompt. */
    public record Prompt(
            Long id, String question, boolean scale, String scaleLowLabel, String scaleHighLabel)
            implements Serializable {

        public Long getId() {
            return id;
        }

        public String getQuestion() {
            return question;
        }

        public boolean isScale() {
            return scale;
        }

        public String getScaleLowLabel() {
            return scaleLowLabel;
        }

        public String getScaleHighLabel() {
            return scaleHighLabel;
        }
    }
}
