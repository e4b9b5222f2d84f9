package org.rapport.homework;

import java.time.LocalDate;
import java.util.List;

/** An assignment with every task and answer, for the counselor. */
public record AssignmentView(Assignment assignment, List<HomeworkTask> tasks, List<HomeworkAnswer> answers,
        LocalDate today) {

    public List<HomeworkAnswer> answersFor(HomeworkTask task) {
        return answers.stream().filter(a -> a.getTask().getId().equals(task.getId())).toList();
    }

    /** Tasks whose time has come (due today or earlier), latest first. */
    public List<HomeworkTask> getDueTasks() {
        return tasks.stream().filter(t -> !t.getDueOn().isAfter(today))
                .sorted(HomeworkService.BY_DUE.reversed()).toList();
    }

    public long getUpcoming() {
        return tasks.stream().filter(t -> t.getDueOn().isAfter(today)).count();
    }

    public LocalDate getToday() {
        return today;
    }

    public Assignment getAssignment() {
        return assignment;
    }
}
