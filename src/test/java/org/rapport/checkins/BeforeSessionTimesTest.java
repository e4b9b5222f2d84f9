package org.rapport.checkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * When a before-session questionnaire opens and reminds, in the practice's wall-clock time across
 * DST changes.
 */
class BeforeSessionTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void opensTheGivenHoursBeforeOnAnOrdinaryWeek() {
        Instant monday10 = at(BERLIN, "2026-11-23T10:00");
        assertEquals(
                at(BERLIN, "2026-11-21T10:00"), BeforeSessionTimes.opensAt(monday10, 48, BERLIN));
        assertEquals(
                at(BERLIN, "2026-11-22T10:00"), BeforeSessionTimes.opensAt(monday10, 24, BERLIN));
        assertEquals(
                at(BERLIN, "2026-11-23T09:00"), BeforeSessionTimes.opensAt(monday10, 1, BERLIN));
    }

    @Test
    void acrossSpringForwardTheWallClockTimeIsKept() {
        // Berlin: the clocks go from 02:00 to 03:00 on Sunday 29 March 2026
        Instant monday10 = at(BERLIN, "2026-03-30T10:00");
        Instant opens = BeforeSessionTimes.opensAt(monday10, 48, BERLIN);
        assertEquals(
                LocalDateTime.parse("2026-03-28T10:00"),
                opens.atZone(BERLIN).toLocalDateTime(),
                "Saturday 10:00");
        assertEquals(
                Duration.ofHours(47),
                Duration.between(opens, monday10),
                "one hour fewer really passes");
    }

    @Test
    void acrossFallBackTheWallClockTimeIsKept() {
        // Berlin: the clocks go from 03:00 back to 02:00 on Sunday 25 October 2026
        Instant monday10 = at(BERLIN, "2026-10-26T10:00");
        Instant opens = BeforeSessionTimes.opensAt(monday10, 48, BERLIN);
        assertEquals(
                LocalDateTime.parse("2026-10-24T10:00"),
                opens.atZone(BERLIN).toLocalDateTime(),
                "Saturday 10:00");
        assertEquals(
                Duration.ofHours(49),
                Duration.between(opens, monday10),
                "one hour more really passes");
        // New York: back on Sunday 1 November 2026
        Instant nyMonday9 = at(NEW_YORK, "2026-11-02T09:00");
        assertEquals(
                LocalDateTime.parse("2026-10-30T09:00"),
                BeforeSessionTimes.opensAt(nyMonday9, 72, NEW_YORK)
                        .atZone(NEW_YORK)
                        .toLocalDateTime());
    }

    @Test
    void anOpeningInTheSpringGapMovesToTheHourAfterIt() {
        // 24 hours before Monday 02:30 in New York is Sunday 8 March 2026 02:30, which does not
        // exist
        Instant monday230 = at(NEW_YORK, "2026-03-09T02:30");
        Instant opens = BeforeSessionTimes.opensAt(monday230, 24, NEW_YORK);
        assertEquals(
                LocalDateTime.parse("2026-03-08T03:30"), opens.atZone(NEW_YORK).toLocalDateTime());
        assertTrue(opens.isBefore(monday230));
    }

    @Test
    void theReminderGoesHalfwayBetweenTheNoticeAndTheSession() {
        Instant start = at(BERLIN, "2026-11-23T10:00");
        Instant notified = start.minus(Duration.ofHours(48));
        assertEquals(
                Optional.of(start.minus(Duration.ofHours(24))),
                BeforeSessionTimes.remindAt(notified, start));
        Instant late = start.minus(Duration.ofHours(5));
        assertEquals(
                Optional.of(start.minus(Duration.ofMinutes(150))),
                BeforeSessionTimes.remindAt(late, start),
                "a notice that went out late: halfway through the time that was left");
    }

    @Test
    void noReminderForANoticeSentShortlyBeforeTheSession() {
        Instant start = at(BERLIN, "2026-11-23T10:00");
        assertEquals(
                Optional.empty(),
                BeforeSessionTimes.remindAt(start.minus(Duration.ofMinutes(119)), start));
        assertTrue(
                BeforeSessionTimes.remindAt(start.minus(Duration.ofHours(2)), start).isPresent());
    }

    @Test
    void everyNthSessionCountsFromTheFirst() {
        assertEquals(List.of(0, 1, 2, 3, 4), sentOf(1));
        assertEquals(
                List.of(0, 3, 6),
                IntStream.range(0, 8)
                        .filter(p -> BeforeSessionTimes.isSent(p, 3))
                        .boxed()
                        .toList());
        assertFalse(BeforeSessionTimes.isSent(1, 2));
        assertTrue(BeforeSessionTimes.isSent(2, 2));
    }

    private static List<Integer> sentOf(int every) {
        return IntStream.range(0, 5)
                .filter(p -> BeforeSessionTimes.isSent(p, every))
                .boxed()
                .toList();
    }

    private static Instant at(ZoneId zone, String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), zone).toInstant();
    }
}
