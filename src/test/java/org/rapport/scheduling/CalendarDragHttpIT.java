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
 * Issue 13, defect 11: a drag in a calendar that was shown before someone else moved the
 * appointment used to apply its shift to where the appointment is now, silently undoing the other
 * person's move.
 */
class CalendarDragHttpIT {

    private static final String FORM = "calendar-form";
    private static final String SCHEDULE = FORM + ":schedule";

    @Test
    void aDragFromACalendarShownBeforeSomeoneElseMovedTheAppointmentMovesNothing() {
        long morgan = TestAccounts.id(DemoAccounts.MORGAN);
        long id =
                TestAccounts.count(
                        "SELECT MIN(id) FROM appointment WHERE counselor_id = ? AND status = 'SCHEDULED'"
                                + " AND starts_at > UTC_TIMESTAMP() + INTERVAL 1 DAY",
                        morgan);
        long before = startOf(id);
        WebSession counselor =
                new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        HttpResponse<String> page = counselor.get("counselor/calendar.xhtml");
        Instant at = Instant.ofEpochSecond(before);
        HttpResponse<String> shown =
                counselor.ajaxOn(
                        page,
                        FORM,
                        SCHEDULE,
                        null,
                        SCHEDULE,
                        Map.of(
                                SCHEDULE + "_event", "true",
                                SCHEDULE + "_start", at.minus(Duration.ofDays(1)).toString(),
                                SCHEDULE + "_end", at.plus(Duration.ofDays(1)).toString()));
        assertTrue(
                Pattern.compile("\"id\"\\s*:\\s*\"" + id + "\"").matcher(shown.body()).find(),
                "the calendar shows the appointment: " + shown.body());

        TestAccounts.update(
                "UPDATE appointment SET starts_at = starts_at + INTERVAL 2 HOUR,"
                        + " ends_at = ends_at + INTERVAL 2 HOUR, version = version + 1 WHERE id = ?",
                id);
        HttpResponse<String> dragged =
                counselor.ajaxOn(
                        page,
                        FORM,
                        SCHEDULE,
                        "eventMove",
                        FORM + ":status-area series",
                        Map.of(
                                SCHEDULE + "_movedEventId",
                                String.valueOf(id),
                                SCHEDULE + "_yearDelta",
                                "0",
                                SCHEDULE + "_monthDelta",
                                "0",
                                SCHEDULE + "_dayDelta",
                                "0",
                                SCHEDULE + "_minuteDelta",
                                "60",
                                SCHEDULE + "_allDay",
                                "false"));

        assertEquals(200, dragged.statusCode());
        assertTrue(
                dragged.body().contains("Nothing was moved"),
                "the counselor is told: " + dragged.body());
        assertEquals(
                before + 7_200,
                startOf(id),
                "the other person's move stands, and the drag moved nothing");
    }

    /**
     * Issue 17: a dragged session of a series asks "only this one or the later ones too" before
     * anything moves; "only this" moves it alone; the move can be undone; a drop onto a clash says
     * why nothing moved.
     */
    @Test
    void aDraggedSessionOfASeriesAsksFirstMovesAloneOnRequestAndCanBeUndone() {
        long morgan = TestAccounts.id(DemoAccounts.MORGAN);
        long id =
                TestAccounts.count(
                        "SELECT MAX(a.id) FROM appointment a WHERE a.counselor_id = ?"
                                + " AND a.status = 'SCHEDULED' AND a.series_id IS NOT NULL AND a.starts_at > UTC_TIMESTAMP() + INTERVAL 2 DAY"
                                + " AND (SELECT COUNT(*) FROM appointment b WHERE b.series_id = a.series_id AND b.status = 'SCHEDULED'"
                                + " AND b.starts_at > a.starts_at) >= 1",
                        morgan);
        long later =
                TestAccounts.count(
                        "SELECT MIN(b.id) FROM appointment a JOIN appointment b"
                                + " ON b.series_id = a.series_id AND b.starts_at > a.starts_at AND b.status = 'SCHEDULED' WHERE a.id = ?",
                        id);
        long before = startOf(id);
        long laterBefore = startOf(later);
        // to 06:00 of the same day (UTC), a time the demo practice never books
        long minutes =
                -TestAccounts.count(
                        "SELECT HOUR(starts_at) * 60 + MINUTE(starts_at) - 360 FROM appointment"
                                + " WHERE id = ?",
                        id);
        WebSession counselor =
                new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        HttpResponse<String> page = counselor.get("counselor/calendar.xhtml");
        show(counselor, page, before);

        HttpResponse<String> dragged = drag(counselor, page, id, minutes);
        assertTrue(
                dragged.body().contains("PF('seriesMove').show()"),
                "the counselor is asked: " + dragged.body());
        assertTrue(dragged.body().contains("It is part of a series"), dragged.body());
        assertEquals(before, startOf(id), "nothing moves before the counselor chooses");

        HttpResponse<String> onlyThis =
                counselor.ajaxOn(
                        page,
                        "series",
                        "series:only-this",
                        null,
                        FORM + ":status-area",
                        Map.of("series:only-this", "series:only-this"));
        assertTrue(onlyThis.body().contains("moved to"), onlyThis.body());
        assertTrue(
                onlyThis.body().contains("undo-move"),
                "the move can be undone: " + onlyThis.body());
        assertEquals(before + minutes * 60, startOf(id), "this session moved");
        assertEquals(laterBefore, startOf(later), "the later sessions of the series stay");

        HttpResponse<String> undone =
                counselor.ajaxOn(
                        page,
                        FORM,
                        FORM + ":undo-move",
                        null,
                        FORM + ":status-area",
                        Map.of(FORM + ":undo-move", FORM + ":undo-move"));
        assertTrue(undone.body().contains("Move undone"), undone.body());
        assertEquals(before, startOf(id), "back where it was");

        // onto the later session of the same series (same counselor, same clients): a clash, said
        // in words
        long toLater = (laterBefore - before) / 60;
        show(counselor, page, before);
        HttpResponse<String> clash = drag(counselor, page, id, toLater);
        if (clash.body().contains("PF('seriesMove').show()")) {
            clash =
                    counselor.ajaxOn(
                            page,
                            "series",
                            "series:only-this",
                            null,
                            FORM + ":status-area",
                            Map.of("series:only-this", "series:only-this"));
        }
        assertTrue(
                clash.body().contains("Nothing was moved"),
                "a drop onto a clash says why: " + clash.body());
        assertEquals(before, startOf(id));
    }

    private static void show(WebSession session, HttpResponse<String> page, long around) {
        Instant at = Instant.ofEpochSecond(around);
        session.ajaxOn(
                page,
                FORM,
                SCHEDULE,
                null,
                SCHEDULE,
                Map.of(
                        SCHEDULE + "_event",
                        "true",
                        SCHEDULE + "_start",
                        at.minus(Duration.ofDays(2)).toString(),
                        SCHEDULE + "_end",
                        at.plus(Duration.ofDays(9)).toString()));
    }

    private static HttpResponse<String> drag(
            WebSession session, HttpResponse<String> page, long id, long minutes) {
        return session.ajaxOn(
                page,
                FORM,
                SCHEDULE,
                "eventMove",
                FORM + ":status-area series",
                Map.of(
                        SCHEDULE + "_movedEventId",
                        String.valueOf(id),
                        SCHEDULE + "_yearDelta",
                        "0",
                        SCHEDULE + "_monthDelta",
                        "0",
                        SCHEDULE + "_dayDelta",
                        "0",
                        SCHEDULE + "_minuteDelta",
                        String.valueOf(minutes),
                        SCHEDULE + "_allDay",
                        "false"));
    }

    private static long startOf(long appointment) {
        return TestAccounts.count(
                "SELECT UNIX_TIMESTAMP(starts_at) FROM appointment WHERE id = ?", appointment);
    }
}
