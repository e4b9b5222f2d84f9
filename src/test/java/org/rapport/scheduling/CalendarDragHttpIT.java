package org.rapport.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * Issue 13, defect 11: a drag in a calendar that was shown before someone else moved the appointment used
 * to apply its shift to where the appointment is now, silently undoing the other person's move.
 */
class CalendarDragHttpIT {

    private static final String FORM = "calendar-form";
    private static final String SCHEDULE = FORM + ":schedule";

    @Test
    void aDragFromACalendarShownBeforeSomeoneElseMovedTheAppointmentMovesNothing() {
        long morgan = TestAccounts.id(DemoAccounts.MORGAN);
        long id = TestAccounts.count("SELECT MIN(id) FROM appointment WHERE counselor_id = ? AND status = 'SCHEDULED'"
                + " AND starts_at > UTC_TIMESTAMP() + INTERVAL 1 DAY", morgan);
        long before = startOf(id);
        WebSession counselor = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        HttpResponse<String> page = counselor.get("counselor/calendar.xhtml");
        Instant at = Instant.ofEpochSecond(before);
        HttpResponse<String> shown = counselor.ajaxOn(page, FORM, SCHEDULE, null, SCHEDULE, Map.of(
                SCHEDULE + "_event", "true",
                SCHEDULE + "_start", at.minus(Duration.ofDays(1)).toString(),
                SCHEDULE + "_end", at.plus(Duration.ofDays(1)).toString()));
        assertTrue(Pattern.compile("\"id\"\\s*:\\s*\"" + id + "\"").matcher(shown.body()).find(),
                "the calendar shows the appointment: " + shown.body());

        TestAccounts.update("UPDATE appointment SET starts_at = starts_at + INTERVAL 2 HOUR,"
                + " ends_at = ends_at + INTERVAL 2 HOUR, version = version + 1 WHERE id = ?", id);
        HttpResponse<String> dragged = counselor.ajaxOn(page, FORM, SCHEDULE, "eventMove", FORM + ":messages " + SCHEDULE,
                Map.of(SCHEDULE + "_movedEventId", String.valueOf(id), SCHEDULE + "_yearDelta", "0",
                        SCHEDULE + "_monthDelta", "0", SCHEDULE + "_dayDelta", "0", SCHEDULE + "_minuteDelta", "60",
                        SCHEDULE + "_allDay", "false"));

        assertEquals(200, dragged.statusCode());
        assertTrue(dragged.body().contains("Nothing was moved"), "the counselor is told: " + dragged.body());
        assertEquals(before + 7_200, startOf(id), "the other person's move stands, and the drag moved nothing");
    }

    private static long startOf(long appointment) {
        return TestAccounts.count("SELECT UNIX_TIMESTAMP(starts_at) FROM appointment WHERE id = ?", appointment);
    }
}
