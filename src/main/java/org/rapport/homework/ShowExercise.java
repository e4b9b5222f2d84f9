package org.rapport.homework;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.NotFound;

/** One exercise in full: what it is for, its steps and its reflection prompts. */
@Named
@ViewScoped
public class ShowExercise implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ExerciseService exercises;

    @Inject private HomeworkService homework;

    private transient List<Assignment> assigned; // loaded once per request cycle after a fail-over

    private String id; // kept in the session: what to load again after a fail-over
    private transient Exercise
            exercise; // not part of the session copy: loaded again after a fail-over

    /** Loads the exercise named in the address, or answers 404 when there is none. */
    public void open() throws IOException {
        exercise = exercises.findBySlug(id).orElse(null);
        if (exercise == null) {
            NotFound.respond();
        }
    }

    private Exercise exercise() {
        if (exercise == null && id != null) {
            exercise = exercises.findBySlug(id).orElse(null);
        }
        return exercise;
    }

    public Exercise getExercise() {
        return exercise();
    }

    /**
     * Where the caller has this exercise assigned now (a few, latest first), with links to each.
     */
    public List<Assignment> getAssigned() {
        if (assigned == null) {
            Exercise shown = exercise();
            assigned = shown == null ? List.of() : homework.assignedOf(shown.getId(), 20);
        }
        return assigned;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
