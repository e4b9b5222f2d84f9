package org.rapport.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.homework.PortalHomework.WeekProgress;

/** The portal's week-by-week columns start at the first week the client had an exercise due. */
class PortalHomeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 19);

    private static WeekProgress week(int weeksLater, int due, int done) {
        return new WeekProgress(MONDAY.plusWeeks(weeksLater), due, done);
    }

    @Test
    void emptyWeeksBeforeTheFirstExerciseAreLeftOut() {
        List<WeekProgress> weeks =
                List.of(
                        week(0, 0, 0),
                        week(1, 0, 0),
                        week(2, 2, 1),
                        week(3, 0, 0),
                        week(4, 3, 3),
                        week(5, 0, 0));
        assertEquals(
                List.of(week(2, 2, 1), week(3, 0, 0), week(4, 3, 3), week(5, 0, 0)),
                PortalHome.fromFirstWeekWithWork(weeks),
                "a quiet week after the first stays, labelled");
    }

    @Test
    void sixWeeksWithWorkStayAndNoWorkAtAllLeavesThisWeek() {
        List<WeekProgress> full =
                List.of(
                        week(0, 1, 1),
                        week(1, 2, 1),
                        week(2, 2, 1),
                        week(3, 1, 0),
                        week(4, 3, 3),
                        week(5, 1, 0));
        assertEquals(full, PortalHome.fromFirstWeekWithWork(full));
        List<WeekProgress> none =
                List.of(
                        week(0, 0, 0),
                        week(1, 0, 0),
                        week(2, 0, 0),
                        week(3, 0, 0),
                        week(4, 0, 0),
                        week(5, 0, 0));
        assertEquals(List.of(week(5, 0, 0)), PortalHome.fromFirstWeekWithWork(none));
    }
}
