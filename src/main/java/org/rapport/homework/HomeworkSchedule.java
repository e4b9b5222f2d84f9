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
 * The due dates of an assignment: once by a due date; every day for N weeks; or on chosen weekdays for
 * N weeks, counted from the start date. Pure arithmetic, so it is tested on its own.
 */
public final class HomeworkSchedule {

    public static final int MAX_WEEKS = 26;

    private HomeworkSchedule() {
    }

    /** What is wrong with a schedule (field → message); empty when it can be expanded. */
    public static Map<String, String> problems(LocalDate startsOn, RepeatKind repeat, LocalDate dueOn,
            Set<DayOfWeek> weekdays, Integer weeks) {
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
                    problems.put("weeks", "Say for how many weeks (1 to " + MAX_WEEKS + "): a recurring exercise needs an end.");
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

    /** The due dates, earliest first (call only when {@link #problems} is empty). */
    public static List<LocalDate> dueDates(LocalDate startsOn, RepeatKind repeat, LocalDate dueOn,
            Set<DayOfWeek> weekdays, Integer weeks) {
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
