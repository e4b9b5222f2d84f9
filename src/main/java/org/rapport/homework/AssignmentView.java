package org.rapport.homework;

import java.time.LocalDate;
import java.util.List;

/** An assignment with every task and answer, for the counselor. */
public record AssignmentView(
        Assignment assignment,
        List<HomeworkTask> tasks,
        List<HomeworkAnswer> answers,
        LocalDate today) {

    public List<HomeworkAnswer> answersFor(HomeworkTask task) {
        return answers.stream().filter(a -> a.getTask().getId().equals(task.getId())).toList();
    }

    /** Tasks whose time has come (due today or earlier), latest first. */
    public List<HomeworkTask> getDueTasks() {
        return tasks.stream()
                .filter(t -> !t.getDueOn().isAfter(today))
                .sorted(HomeworkService.BY_DUE.reversed())
                .toList();
    }

    public long getUpcoming() {
        return tasks.stream().filter(t -> t.getDueOn().isAfter(today)).count();
    }

    /** The first task still to come (due after today), or null. */
    public LocalDate getFirstUpcoming() {
        return tasks.stream()
                .map(HomeworkTask::getDueOn)
                .filter(d -> d.isAfter(today))
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    /** "Nothing due yet: first on Tue 1 Dec (8 tasks to come)." */
    public String getNothingDueText() {
        long upcoming = getUpcoming();
        LocalDate first = getFirstUpcoming();
        return first == null
                ? "Nothing is due: no task is left to come."
                : "Nothing due yet: first on "
                        + HomeworkSchedule.day(first)
                        + " ("
                        + upcoming
                        + (upcoming == 1 ? " task" : " tasks")
                        + " to come).";
    }

    public LocalDate getToday() {
        return today;
    }

    public Assignment getAssignment() {
        return assignment;
    }
}
