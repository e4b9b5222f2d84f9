package org.rapport.homework;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An assignment on a chart, with its progress: due so far, done, overdue, due soon, rate and
 * streak.
 */
public record AssignmentSummary(
        long id,
        String title,
        String strategy,
        String schedule,
        String mode,
        AssignmentStatus status,
        int dueSoFar,
        int done,
        int overdue,
        int dueSoon,
        int streak,
        LocalDate nextDue,
        String progress)
        implements Serializable {

    static AssignmentSummary of(Assignment assignment, List<HomeworkTask> tasks, LocalDate today) {
        int dueSoFar = 0;
        int done = 0;
        int overdue = 0;
        int dueSoon = 0;
        LocalDate next = null;
        for (HomeworkTask task : tasks) {
            if (!task.getDueOn().isAfter(today)) {
                dueSoFar++;
            }
            if (task.isDone()) {
                done++;
            } else if (task.getDueOn().isBefore(today)) {
                overdue++;
            } else if (!task.getDueOn().isAfter(today.plusDays(7))) {
                dueSoon++;
            }
            if (!task.isDone()
                    && !task.getDueOn().isBefore(today)
                    && (next == null || task.getDueOn().isBefore(next))) {
                next = task.getDueOn();
            }
        }
        int streak = 0;
        for (int i = tasks.size() - 1; i >= 0; i--) {
            HomeworkTask task = tasks.get(i);
            if (task.getDueOn().isAfter(today) || !task.isDone() && task.getDueOn().equals(today)) {
                continue; // not due yet
            }
            if (!task.isDone()) {
                break;
            }
            streak++;
        }
        LocalDate first =
                tasks.stream().map(HomeworkTask::getDueOn).min(LocalDate::compareTo).orElse(null);
        return new AssignmentSummary(
                assignment.getId(),
                assignment.getExercise().getTitle(),
                assignment.getExercise().getStrategy().getName(),
                assignment.getScheduleText(),
                assignment.getCoupleMode() == null ? null : assignment.getCoupleMode().getLabel(),
                assignment.getStatus(),
                dueSoFar,
                done,
                overdue,
                dueSoon,
                streak,
                assignment.getStatus() == AssignmentStatus.ACTIVE ? next : null,
                progress(dueSoFar, done, first, assignment.getStatus()));
    }

    /**
     * "3 of 4 done (75%)"; before anything was due, what a person would say instead of "0 of 0
     * done": "Nothing due yet: first on Tue 1 Dec".
     */
    static String progress(int dueSoFar, int done, LocalDate first, AssignmentStatus status) {
        if (dueSoFar > 0) {
            return done
                    + " of "
                    + dueSoFar
                    + " done ("
                    + Math.min(100, Math.round(100f * done / dueSoFar))
                    + "%)";
        }
        if (status == AssignmentStatus.ENDED || first == null) {
            return status == AssignmentStatus.ENDED
                    ? "Ended before anything was due"
                    : "Nothing due yet";
        }
        return "Nothing due yet: first on "
                + HomeworkSchedule.day(first)
                + (status == AssignmentStatus.PAUSED ? " (paused)" : "");
    }

    public String getProgress() {
        return progress;
    }

    /** Done out of due so far, in percent (null before anything was due). */
    public Integer getCompletionRate() {
        return dueSoFar == 0 ? null : Math.min(100, Math.round(100f * done / dueSoFar));
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getStrategy() {
        return strategy;
    }

    public String getSchedule() {
        return schedule;
    }

    public String getMode() {
        return mode;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public int getDueSoFar() {
        return dueSoFar;
    }

    public int getDone() {
        return done;
    }

    public int getOverdue() {
        return overdue;
    }

    public int getDueSoon() {
        return dueSoon;
    }

    public int getStreak() {
        return streak;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }
}
