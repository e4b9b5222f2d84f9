package org.rapport.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.PracticeValues;

class PracticeSettingsServiceTest {

    private static PracticeSettingsForm form() {
        PracticeSettingsForm form = new PracticeSettingsForm();
        form.setPracticeName(" Harbor Street Counseling ");
        form.setTimeZone("Europe/Berlin");
        form.setDayStartsHour(8);
        form.setDayEndsHour(20);
        form.setRooms("Room 1\n\n  Blue room \r\nRoom 3\n");
        form.setCrisisText("Call 112.");
        form.setReminderHours(24);
        return form;
    }

    @Test
    void goodInputIsTakenTrimmedWithoutEmptyRoomLines() {
        PracticeValues values = PracticeSettingsService.check(form());
        assertEquals("Harbor Street Counseling", values.getName());
        assertEquals(ZoneId.of("Europe/Berlin"), values.getZone());
        assertEquals(List.of("Room 1", "Blue room", "Room 3"), values.getRooms());
        assertEquals(Duration.ofHours(24), values.getReminderLead());
        assertEquals("08:00–20:00", values.getWorkingHoursShown());
        assertEquals("20:00:00", values.getCalendarMaxTime());
    }

    @Test
    void badInputIsRefusedFieldByField() {
        PracticeSettingsForm form = form();
        form.setPracticeName("");
        form.setTimeZone("Mars/Olympus");
        form.setDayStartsHour(20);
        form.setDayEndsHour(8);
        form.setRooms("Room 1\nROOM 1");
        form.setCrisisText("x".repeat(601));
        form.setReminderHours(0);
        InvalidRecord refused =
                assertThrows(InvalidRecord.class, () -> PracticeSettingsService.check(form));
        assertEquals(
                List.of(
                        "practiceName",
                        "timeZone",
                        "dayEndsHour",
                        "rooms",
                        "crisisText",
                        "reminderHours"),
                List.copyOf(
                        refused.problems().keySet().stream()
                                .sorted((a, b) -> order(a) - order(b))
                                .toList()));
        assertEquals(
                "“ROOM 1” is listed twice: give each room its own name.",
                refused.problems().get("rooms"));
    }

    private static int order(String field) {
        return List.of(
                        "practiceName",
                        "timeZone",
                        "dayEndsHour",
                        "rooms",
                        "crisisText",
                        "reminderHours")
                .indexOf(field);
    }

    @Test
    void roomChangesReadAsPeopleSayThem() {
        assertEquals(
                "renamed “Room 3” to “Blue room”",
                PracticeSettingsService.roomChanges(
                        List.of("Room 1", "Room 3"), List.of("Room 1", "Blue room")));
        assertEquals(
                "added “Garden”; removed “Room 1”",
                PracticeSettingsService.roomChanges(
                        List.of("Room 1", "Room 2"), List.of("Room 2", "Garden")));
    }

    @Test
    void zonesAreShownWithTheirOffsetNow() {
        Instant winter = Instant.parse("2026-01-15T12:00:00Z");
        assertEquals(
                "Europe/Berlin (UTC+01:00)",
                EditPracticeSettings.label(ZoneId.of("Europe/Berlin"), winter));
        assertEquals(
                "America/New York (UTC-05:00)",
                EditPracticeSettings.label(ZoneId.of("America/New_York"), winter));
        assertEquals("UTC (UTC+00:00)", EditPracticeSettings.label(ZoneId.of("UTC"), winter));
    }
}
