package org.rapport.homework;

import java.time.LocalDate;
import java.util.List;

/**
 * Homework between an appointment's previous session and this one: what was done (with answers) and
 * what is overdue.
 */
public record SessionSummary(
        LocalDate since,
        LocalDate until,
        List<HomeworkTask> tasks,
        List<HomeworkAnswer> answers,
        LocalDate today) {

    public List<HomeworkTask> getDone() {
        return tasks.stream().filter(HomeworkTask::isDone).toList();
    }

    public List<HomeworkTask> getOverdue() {
        return tasks.stream().filter(t -> t.isOverdue(today)).toList();
    }

    public List<HomeworkAnswer> answersFor(HomeworkTask task) {
        return answers.stream().filter(a -> a.getTask().getId().equals(task.getId())).toList();
    }

    /** Whether nothing was due in the time (named so: "empty" is a word of the page language). */
    public boolean isNothingDue() {
        return tasks.isEmpty();
    }

    public LocalDate getSince() {
        return since;
    }
}
