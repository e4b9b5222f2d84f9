package org.rapport.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

/** The iCalendar Rapport writes is read back by iCal4j's parser with the same events. */
class IcsTest {

    @Test
    void writtenEventsParseBack() throws Exception {
        Instant start = Instant.parse("2026-11-24T16:00:00Z");
        StringWriter out = new StringWriter();
        Ics.write(
                "Rapport",
                List.of(
                        new Ics.Entry(
                                "appointment-1@rapport",
                                start,
                                start.plusSeconds(3000),
                                "A.R. & S.O. (couple)",
                                "Room 2",
                                false),
                        new Ics.Entry(
                                "appointment-2@rapport",
                                start.plusSeconds(86400),
                                start.plusSeconds(89400),
                                "T.B.",
                                null,
                                true)),
                out);
        Calendar calendar = new CalendarBuilder().build(new StringReader(out.toString()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        assertEquals("A.R. & S.O. (couple)", events.get(0).getSummary().getValue());
        assertEquals("20261124T160000Z", events.get(0).getDateTimeStart().getValue());
        assertEquals("Room 2", events.get(0).getLocation().getValue());
        assertEquals("CANCELLED", events.get(1).getStatus().getValue());
        assertTrue(out.toString().contains("UID:appointment-1@rapport"), out.toString());
    }
}
