package org.rapport.homework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A client's task as the portal shows it: the exercise, their own answers by prompt id, what their
 * partner shared (or, for a task done together, answered), whether they may share, and their
 * reminder choice.
 */
public record PortalTask(
        HomeworkTask task,
        Exercise exercise,
        Map<Long, HomeworkAnswer> ownAnswers,
        List<HomeworkAnswer> partnerAnswers,
        boolean mayShare,
        boolean reminderOn,
        LocalDate today) {

    // getters for the pages (their expression language reads bean properties, not record
    // components)

    public HomeworkTask getTask() {
        return task;
    }

    public Exercise getExercise() {
        return exercise;
    }

    public List<HomeworkAnswer> getPartnerAnswers() {
        return partnerAnswers;
    }

    public boolean isMayShare() {
        return mayShare;
    }
}
