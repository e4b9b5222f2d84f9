package org.rapport.homework;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's homework for the portal home: due today, later this week, overdue, and weekly
 * completion.
 */
public record PortalHomework(
        List<HomeworkTask> today,
        List<HomeworkTask> thisWeek,
        List<HomeworkTask> overdue,
        List<WeekProgress> weeks)
        implements Serializable {

    static PortalHomework of(List<HomeworkTask> tasks, LocalDate day) {
        List<HomeworkTask> today = new ArrayList<>();
        List<HomeworkTask> week = new ArrayList<>();
        List<HomeworkTask> overdue = new ArrayList<>();
        for (HomeworkTask task : tasks) {
            if (task.isDone()
                    || task.getAssignment().getStatus() == AssignmentStatus.ENDED
                            && !task.getDueOn().isBefore(day)) {
                continue;
            }
            if (task.getDueOn().equals(day)) {
                today.add(task);
            } else if (task.getDueOn().isAfter(day)) {
                week.add(task);
            } else if (!task.getDueOn().isBefore(day.minusDays(14))) {
                overdue.add(task);
            }
        }
        List<WeekProgress> weeks = new ArrayList<>();
        LocalDate thisMonday = HomeworkService.weekOf(day);
        for (int i = 5; i >= 0; i--) {
            LocalDate monday = thisMonday.minusWeeks(i);
            int due = 0;
            int done = 0;
            for (HomeworkTask task : tasks) {
                if (!task.getDueOn().isBefore(monday)
                        && task.getDueOn().isBefore(monday.plusWeeks(1))
                        && !task.getDueOn().isAfter(day)) {
                    due++;
                    if (task.isDone()) {
                        done++;
                    }
                }
            }
            weeks.add(new WeekProgress(monday, due, done));
        }
        return new PortalHomework(today, week, overdue, weeks);
    }

    public List<HomeworkTask> getToday() {
        return today;
    }

    public List<HomeworkTask> getThisWeek() {
        return thisWeek;
    }

    public List<HomeworkTask> getOverdue() {
        return overdue;
    }

    public List<WeekProgress> getWeeks() {
        return weeks;
    }

    /** Whether there is nothing to show (named so: "empty" is a word of the page language). */
    public boolean isNothingYet() {
        return today.isEmpty()
                && thisWeek.isEmpty()
                && overdue.isEmpty()
                && weeks.stream().allMatch(w -> w.due() == 0);
    }

    /** One week's tasks that were due by now, and how many of them are done. */
    public record WeekProgress(LocalDate monday, int due, int done) implements Serializable {

        public LocalDate getMonday() {
            return monday;
        }

        public int getDue() {
            return due;
        }

        public int getDone() {
            return done;
        }

        public int getPercent() {
            return due == 0 ? 0 : Math.round(100f * done / due);
        }
    }
}
