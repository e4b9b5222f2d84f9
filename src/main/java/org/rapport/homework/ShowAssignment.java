package org.rapport.homework;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.clients.InvalidRecord;
import org.rapport.platform.FieldMessages;
import org.rapport.platform.Ids;
import org.rapport.platform.NotFound;

/** One assignment for its counselor: every task with the answers, feedback, pause, resume and end. */
@Named
@ViewScoped
public class ShowAssignment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HomeworkService homework;

    private String id;
    private long assignmentId; // kept in the session: what to load again after a fail-over
    // not part of the session copy (nor serializable): loaded again after a fail-over; the feedback typed stays
    private transient AssignmentView view;
    private Map<Long, String> feedback = new HashMap<>();

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        Long parsed = Ids.parse(id);
        AssignmentView loaded = parsed == null ? null : homework.assignment(parsed).orElse(null);
        view = loaded;
        if (loaded == null) {
            NotFound.respond();
            return;
        }
        assignmentId = parsed;
        loaded.tasks().forEach(t -> feedback.put(t.getId(), t.getFeedback()));
    }

    private void reload() {
        view = homework.assignment(assignmentId).orElseThrow();
    }

    private AssignmentView view() {
        if (view == null && assignmentId != 0) {
            view = homework.assignment(assignmentId).orElse(null);
        }
        return view;
    }

    public void saveFeedback(long taskId) {
        try {
            homework.giveFeedback(taskId, feedback.get(taskId));
            reload();
            FieldMessages.info("Feedback saved; the client sees it in their history.");
        } catch (InvalidRecord invalid) {
            FieldMessages.show("tasks", invalid.problems());
        }
    }

    public void change(AssignmentStatus status) {
        try {
            homework.changeStatus(assignmentId, status);
            reload();
            FieldMessages.info(switch (status) {
                case PAUSED -> "Paused: the client does not see its tasks until you resume it.";
                case ACTIVE -> "Resumed.";
                case ENDED -> "Ended: its future tasks were removed; what was done stays.";
            });
        } catch (InvalidRecord invalid) {
            FieldMessages.show("actions", invalid.problems());
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AssignmentView getView() {
        return view();
    }

    public Map<Long, String> getFeedback() {
        return feedback;
    }
}
