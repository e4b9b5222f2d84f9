package org.rapport.homework;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.FieldMessages;
import org.rapport.platform.NotFound;
import org.rapport.platform.Pages;

/**
 * The page where a practice writes its own exercise, or duplicates a library exercise and adapts
 * it.
 */
@Named
@ViewScoped
public class EditExercise implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ExerciseService exercises;

    private String id;
    private String copy;
    private ExerciseForm form;
    private transient List<Strategy>
            strategies; // not part of the session copy: loaded again after a fail-over

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id != null && !id.isBlank()) {
            form = exercises.formOf(id).orElse(null);
            if (form == null) {
                NotFound.respond(); // unknown, or a library exercise (read-only)
                return;
            }
        } else {
            form = exercises.draft(copy);
        }
        strategies = exercises.strategies();
    }

    public String save() {
        return Pages.act(
                "exercise",
                () -> {
                    Exercise saved =
                            exercises.savePractice(
                                    id == null || id.isBlank() ? null : id, copy, form);
                    return "/counselor/exercise?faces-redirect=true&id=" + saved.getSlug();
                },
                conflict -> {
                    // the counselor's version stays in the form; saving again replaces the stored
                    // one, knowingly
                    ExerciseForm stored = (ExerciseForm) conflict.current();
                    form.setVersion(conflict.currentVersion());
                    FieldMessages.error(
                            null,
                            "Someone saved this exercise after you opened it. Theirs reads: \u201c"
                                    + stored.getTitle()
                                    + "\u201d, goal \u201c"
                                    + stored.getGoal()
                                    + "\u201d, "
                                    + stored.getSteps().size()
                                    + (stored.getSteps().size() == 1 ? " step, " : " steps, ")
                                    + stored.getQuestions().size()
                                    + (stored.getQuestions().size() == 1
                                            ? " question"
                                            : " questions")
                                    + ". Your version is still below and was not saved: open the exercise in another tab to"
                                    + " compare, then save again to replace theirs.");
                });
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public List<Participation> getParticipations() {
        return List.of(Participation.values());
    }

    public List<AnswerType> getAnswerTypes() {
        return List.of(AnswerType.values());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCopy() {
        return copy;
    }

    public void setCopy(String copy) {
        this.copy = copy;
    }

    public ExerciseForm getForm() {
        return form;
    }

    private List<Strategy> strategies() {
        if (strategies == null) {
            strategies = exercises.strategies();
        }
        return strategies;
    }

    public List<Strategy> getStrategies() {
        return strategies();
    }
}
