package org.rapport.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HomeworkScheduleTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void onceIsDueOnItsDueDate() {
        assertEquals(
                List.of(MONDAY.plusDays(4)),
                HomeworkSchedule.dueDates(MONDAY, RepeatKind.ONCE, MONDAY.plusDays(4), null, null));
    }

    @Test
    void dailyRunsEveryDayForTheWeeksGiven() {
        List<LocalDate> dates = HomeworkSchedule.dueDates(MONDAY, RepeatKind.DAILY, null, null, 2);
        assertEquals(14, dates.size());
        assertEquals(MONDAY, dates.get(0));
        assertEquals(MONDAY.plusDays(13), dates.get(13));
    }

    @Test
    void weeklyFallsOnTheChosenDaysOnlyStartingFromTheStartDate() {
        LocalDate wednesday = MONDAY.plusDays(2);
        List<LocalDate> dates =
                HomeworkSchedule.dueDates(
                        wednesday,
                        RepeatKind.WEEKLY,
                        null,
                        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                        2);
        assertEquals(
                List.of(
                        MONDAY.plusDays(3),
                        MONDAY.plusDays(7),
                        MONDAY.plusDays(10),
                        MONDAY.plusDays(14)),
                dates,
                "Thursday, Monday, Thursday, Monday: two weeks from Wednesday");
        assertTrue(
                dates.stream()
                        .allMatch(
                                d ->
                                        d.getDayOfWeek() == DayOfWeek.MONDAY
                                                || d.getDayOfWeek() == DayOfWeek.THURSDAY));
    }

    @Test
    void badSchedulesGetAMessageEach() {
        Map<String, String> before =
                HomeworkSchedule.problems(MONDAY, RepeatKind.ONCE, MONDAY.minusDays(1), null, null);
        assertEquals("The due date cannot be before the start date.", before.get("dueOn"));
        Map<String, String> endless =
                HomeworkSchedule.problems(MONDAY, RepeatKind.DAILY, null, null, null);
        assertTrue(endless.get("weeks").contains("needs an end"), endless.toString());
        Map<String, String> noDays =
                HomeworkSchedule.problems(
                        MONDAY, RepeatKind.WEEKLY, null, EnumSet.noneOf(DayOfWeek.class), 3);
        assertEquals("Tick the days of the week.", noDays.get("weekdays"));
        assertTrue(
                HomeworkSchedule.problems(
                                MONDAY, RepeatKind.WEEKLY, null, EnumSet.of(DayOfWeek.FRIDAY), 27)
                        .containsKey("weeks"));
        assertTrue(
                HomeworkSchedule.problems(null, RepeatKind.ONCE, MONDAY, null, null)
                        .containsKey("startsOn"));
        assertEquals(
                Map.of(),
                HomeworkSchedule.problems(
                        MONDAY, RepeatKind.WEEKLY, null, EnumSet.of(DayOfWeek.FRIDAY), 26));
    }

    @Test
    void datesArePlausibleAsOfToday() {
        assertEquals(
                Map.of(),
                HomeworkSchedule.dateProblems(
                        MONDAY, MONDAY.minusDays(7), true, RepeatKind.ONCE, MONDAY));
        assertEquals(
                "The start date can be at most a week ago.",
                HomeworkSchedule.dateProblems(
                                MONDAY, MONDAY.minusDays(8), true, RepeatKind.WEEKLY, null)
                        .get("startsOn"));
        assertEquals(
                Map.of(),
                HomeworkSchedule.dateProblems(
                        MONDAY, MONDAY.minusYears(1), false, RepeatKind.WEEKLY, null),
                "an assignment's own old start stays valid when another part of its schedule changes");
        assertEquals(
                "The start date can be at most a year ahead (until 23 Nov 2027).",
                HomeworkSchedule.dateProblems(
                                MONDAY, LocalDate.of(9999, 1, 1), false, RepeatKind.DAILY, null)
                        .get("startsOn"));
        assertEquals(
                "The due date cannot be in the past.",
                HomeworkSchedule.dateProblems(
                                MONDAY, MONDAY, true, RepeatKind.ONCE, MONDAY.minusDays(1))
                        .get("dueOn"));
        assertTrue(
                HomeworkSchedule.dateProblems(
                                MONDAY,
                                MONDAY,
                                true,
                                RepeatKind.ONCE,
                                MONDAY.plusYears(1).plusDays(1))
                        .get("dueOn")
                        .startsWith("The due date can be at most a year ahead"));
        assertEquals(
                Map.of(),
                HomeworkSchedule.dateProblems(
                        MONDAY, MONDAY, true, RepeatKind.WEEKLY, MONDAY.minusYears(5)),
                "a due date belongs to a one-off only");
    }

    @Test
    void progressSaysWhatAPersonWouldBeforeAnythingIsDue() {
        assertEquals(
                "Nothing due yet: first on Tue 1 Dec",
                AssignmentSummary.progress(
                        0, 0, LocalDate.of(2026, 12, 1), AssignmentStatus.ACTIVE));
        assertEquals(
                "Nothing due yet: first on Tue 1 Dec (paused)",
                AssignmentSummary.progress(
                        0, 0, LocalDate.of(2026, 12, 1), AssignmentStatus.PAUSED));
        assertEquals(
                "Nothing due yet", AssignmentSummary.progress(0, 0, null, AssignmentStatus.ACTIVE));
        assertEquals(
                "Ended before anything was due",
                AssignmentSummary.progress(0, 0, null, AssignmentStatus.ENDED));
        assertEquals(
                "3 of 4 done (75%)",
                AssignmentSummary.progress(4, 3, MONDAY, AssignmentStatus.ACTIVE));
    }
}
