package org.rapport.homework;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The due dates of an assignment: once by a due date; every day for N weeks; or on chosen weekdays
 * for N weeks, counted from the start date. Pure arithmetic, so it is tested on its own.
 */
public final class HomeworkSchedule {

    public static final int MAX_WEEKS = 26;

    private HomeworkSchedule() {}

    /** What is wrong with a schedule (field → message); empty when it can be expanded. */
    public static Map<String, String> problems(
            LocalDate startsOn,
            RepeatKind repeat,
            LocalDate dueOn,
            Set<DayOfWeek> weekdays,
            Integer weeks) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (startsOn == null) {
            problems.put("startsOn", "Enter the start date.");
        }
        if (repeat == null) {
            problems.put("repeat", "Choose how often.");
            return problems;
        }
        switch (repeat) {
            case ONCE -> {
                if (dueOn == null) {
                    problems.put("dueOn", "Enter the due date.");
                } else if (startsOn != null && dueOn.isBefore(startsOn)) {
                    problems.put("dueOn", "The due date cannot be before the start date.");
                }
            }
            case DAILY, WEEKLY -> {
                if (weeks == null) {
                    problems.put(
                            "weeks",
                            "Say for how many weeks (1 to "
                                    + MAX_WEEKS
                                    + "): a recurring exercise needs an end.");
                } else if (weeks < 1 || weeks > MAX_WEEKS) {
                    problems.put("weeks", "Choose between 1 and " + MAX_WEEKS + " weeks.");
                }
                if (repeat == RepeatKind.WEEKLY && (weekdays == null || weekdays.isEmpty())) {
                    problems.put("weekdays", "Tick the days of the week.");
                }
            }
        }
        return problems;
    }

    /** How far ahead a start or a due date may lie: beyond it, a typing slip rather than a plan. */
    public static final int MAX_YEARS_AHEAD = 1;

    /**
     * What is wrong with the dates of a schedule as of today (field → message): a start more than a
     * week back (only when the start is being set, so an old assignment's own start stays valid), a
     * due date in the past, or either more than a year ahead.
     */
    public static Map<String, String> dateProblems(
            LocalDate today,
            LocalDate startsOn,
            boolean startIsNew,
            RepeatKind repeat,
            LocalDate dueOn) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate latest = today.plusYears(MAX_YEARS_AHEAD);
        if (startsOn != null && startIsNew && startsOn.isBefore(today.minusDays(7))) {
            problems.put("startsOn", "The start date can be at most a week ago.");
        } else if (startsOn != null && startsOn.isAfter(latest)) {
            problems.put(
                    "startsOn",
                    "The start date can be at most a year ahead (until "
                            + DAY_YEAR.format(latest)
                            + ").");
        }
        if (repeat == RepeatKind.ONCE && dueOn != null) {
            if (dueOn.isBefore(today)) {
                problems.put("dueOn", "The due date cannot be in the past.");
            } else if (dueOn.isAfter(latest)) {
                problems.put(
                        "dueOn",
                        "The due date can be at most a year ahead (until "
                                + DAY_YEAR.format(latest)
                                + ").");
            }
        }
        return problems;
    }

    /** "Tue 1 Dec", as the homework pages name a day. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH);
    private static final java.time.format.DateTimeFormatter DAY_YEAR =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

    /** The due dates, earliest first (call only when {@link #problems} is empty). */
    public static List<LocalDate> dueDates(
            LocalDate startsOn,
            RepeatKind repeat,
            LocalDate dueOn,
            Set<DayOfWeek> weekdays,
            Integer weeks) {
        List<LocalDate> dates = new ArrayList<>();
        switch (repeat) {
            case ONCE -> dates.add(dueOn);
            case DAILY -> {
                for (int day = 0; day < weeks * 7; day++) {
                    dates.add(startsOn.plusDays(day));
                }
            }
            case WEEKLY -> {
                Set<DayOfWeek> days = EnumSet.copyOf(weekdays);
                for (int day = 0; day < weeks * 7; day++) {
                    LocalDate date = startsOn.plusDays(day);
                    if (days.contains(date.getDayOfWeek())) {
                        dates.add(date);
                    }
                }
            }
        }
        return dates;
    }
}
