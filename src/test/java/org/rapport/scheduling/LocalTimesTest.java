package org.rapport.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Local times of the practice, across daylight-saving changes, and the dates of a series. */
class LocalTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aWeeklyTenOClockSessionStaysAtTenAcrossTheAutumnChange() {
        // clocks go back on Sunday 25 October 2026 in Europe
        List<LocalDate> dates =
                LocalTimes.seriesDates(
                        LocalDate.of(2026, 10, 20), AppointmentSeries.Frequency.WEEKLY, 3, null);
        assertEquals(
                List.of(
                        LocalDate.of(2026, 10, 20),
                        LocalDate.of(2026, 10, 27),
                        LocalDate.of(2026, 11, 3)),
                dates);
        ZonedDateTime before =
                LocalTimes.at(dates.get(0), LocalTime.of(10, 0), BERLIN).orElseThrow();
        ZonedDateTime after =
                LocalTimes.at(dates.get(1), LocalTime.of(10, 0), BERLIN).orElseThrow();
        assertEquals(LocalTime.of(10, 0), before.toLocalTime());
        assertEquals(LocalTime.of(10, 0), after.toLocalTime());
        assertEquals(
                8,
                before.toInstant().atOffset(ZoneOffset.UTC).getHour(),
                "10:00 summer time is 08:00 UTC");
        assertEquals(
                9,
                after.toInstant().atOffset(ZoneOffset.UTC).getHour(),
                "10:00 winter time is 09:00 UTC");
        assertEquals(
                Duration.ofDays(7).plusHours(1),
                Duration.between(before.toInstant(), after.toInstant()));
    }

    @Test
    void aTimeTheClocksSkipDoesNotExist() {
        // clocks go forward from 02:00 to 03:00 on Sunday 29 March 2026
        assertTrue(LocalTimes.at(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), BERLIN).isEmpty());
        assertTrue(
                LocalTimes.at(LocalDate.of(2026, 3, 29), LocalTime.of(3, 30), BERLIN).isPresent());
    }

    @Test
    void aTimeThatOccursTwiceIsTakenTheFirstTime() {
        ZonedDateTime twice =
                LocalTimes.at(LocalDate.of(2026, 10, 25), LocalTime.of(2, 30), BERLIN)
                        .orElseThrow();
        assertEquals(ZoneOffset.ofHours(2), twice.getOffset(), "the summer-time 02:30");
    }

    @Test
    void seriesEndAfterACountOrADateAndNeverRunAway() {
        LocalDate first = LocalDate.of(2026, 11, 3);
        assertEquals(
                List.of(first, first.plusWeeks(2), first.plusWeeks(4)),
                LocalTimes.seriesDates(
                        first, AppointmentSeries.Frequency.EVERY_TWO_WEEKS, 3, null));
        assertEquals(
                List.of(first, first.plusWeeks(1), first.plusWeeks(2)),
                LocalTimes.seriesDates(
                        first, AppointmentSeries.Frequency.WEEKLY, null, first.plusWeeks(2)));
        assertEquals(
                LocalTimes.MAX_OCCURRENCES,
                LocalTimes.seriesDates(
                                first, AppointmentSeries.Frequency.WEEKLY, null, first.plusYears(5))
                        .size());
    }
}
