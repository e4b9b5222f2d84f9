package org.rapport.homework;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.Dates;
import org.rapport.platform.FieldMessages;
import org.rapport.platform.Ids;
import org.rapport.platform.NotFound;
import org.rapport.platform.Pages;

/**
 * One assignment for its counselor: every task with the answers, feedback, pause, resume and end.
 */
@Named
@ViewScoped
public class ShowAssignment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private HomeworkService homework;

    @Inject private Dates dates;

    private String id;
    private long assignmentId; // kept in the session: what to load again after a fail-over
    // not part of the session copy (nor serializable): loaded again after a fail-over; the feedback
    // typed stays
    private transient AssignmentView view;
    private Map<Long, String> feedback = new HashMap<>();
    private Map<Long, Long> versions = new HashMap<>(); // of each task as the counselor last saw it
    private AssignmentDetails
            schedule; // the schedule form, filled from the assignment as it stands
    private long scheduleVersion; // of the assignment as the counselor last saw it
    private boolean editingSchedule;

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
        schedule = AssignmentDetails.scheduleOf(loaded.assignment());
        scheduleVersion = loaded.assignment().getVersion();
        loaded.tasks()
                .forEach(
                        t -> {
                            feedback.put(t.getId(), t.getFeedback());
                            versions.put(t.getId(), t.getVersion());
                        });
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
        Pages.run(
                "tasks",
                () -> {
                    HomeworkTask saved =
                            homework.giveFeedback(
                                    taskId,
                                    versions.getOrDefault(taskId, -1L),
                                    feedback.get(taskId));
                    versions.put(taskId, saved.getVersion());
                    reload();
                    FieldMessages.info("Feedback saved; the client sees it in their history.");
                },
                conflict -> {
                    // the counselor's text stays in the box; saving again replaces what is stored
                    // now, knowingly
                    versions.put(taskId, conflict.currentVersion());
                    String stored = (String) conflict.current();
                    reload();
                    FieldMessages.error(
                            null,
                            "This task changed after you opened the page ("
                                    + conflict.changedBy()
                                    + (conflict.changedAt() == null
                                            ? ""
                                            : ", " + dates.moment(conflict.changedAt()))
                                    + "). "
                                    + (stored == null
                                            ? "It has no feedback now."
                                            : "Its feedback now reads: \u201c" + stored + "\u201d.")
                                    + " Your text is still in the box: save again to replace it, or change yours first.");
                });
    }

    public void change(AssignmentStatus status) {
        Pages.run(
                "actions",
                () -> {
                    Assignment changed = homework.changeStatus(assignmentId, status);
                    scheduleVersion = changed.getVersion();
                    reload();
                    FieldMessages.info(
                            switch (status) {
                                case PAUSED ->
                                        "Paused: the client does not see its tasks until you resume it.";
                                case ACTIVE -> "Resumed.";
                                case ENDED ->
                                        "Ended: its future tasks were removed; what was done stays.";
                            });
                });
    }

    /**
     * Opens (or closes) the form that changes the schedule, filled with the schedule as it stands.
     */
    public void editSchedule(boolean open) {
        editingSchedule = open;
        if (open) {
            reload();
            schedule = AssignmentDetails.scheduleOf(view.assignment());
            scheduleVersion = view.assignment().getVersion();
        }
    }

    public void saveSchedule() {
        Pages.run(
                "schedule",
                () -> {
                    Assignment changed =
                            homework.reschedule(assignmentId, scheduleVersion, schedule);
                    scheduleVersion = changed.getVersion();
                    editingSchedule = false;
                    reload();
                    long toCome = view.getUpcoming();
                    FieldMessages.info(
                            "Schedule changed: "
                                    + changed.getScheduleText()
                                    + ". "
                                    + (toCome == 0
                                            ? "Nothing more is due."
                                            : toCome
                                                    + (toCome == 1 ? " task" : " tasks")
                                                    + " to come, first on "
                                                    + HomeworkSchedule.day(view.getFirstUpcoming())
                                                    + ".")
                                    + " What was done or started stays as it was.");
                },
                conflict -> {
                    // the counselor's choice stays in the form; saving again applies it over
                    // theirs, knowingly
                    scheduleVersion = conflict.currentVersion();
                    reload();
                    FieldMessages.error(
                            null,
                            "This assignment changed after you opened the page ("
                                    + conflict.changedBy()
                                    + (conflict.changedAt() == null
                                            ? ""
                                            : ", " + dates.moment(conflict.changedAt()))
                                    + "); its schedule"
                                    + " now reads \u201c"
                                    + conflict.current()
                                    + "\u201d. Nothing was saved. Your choice is still in the"
                                    + " form: save again to apply it, or change it first.");
                });
    }

    public AssignmentDetails getSchedule() {
        return schedule;
    }

    public boolean isEditingSchedule() {
        return editingSchedule;
    }

    public java.util.List<RepeatKind> getRepeats() {
        return java.util.List.of(RepeatKind.values());
    }

    public java.util.List<java.time.DayOfWeek> getDays() {
        return java.util.Arrays.asList(java.time.DayOfWeek.values());
    }

    public String dayLabel(java.time.DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
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
