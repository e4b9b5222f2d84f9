package org.rapport.scheduling;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar output (RFC 5545) through iCal4j: a counselor's feed or a client's single appointment.
 * Only what the entries carry is written; callers decide how little that is (initials, no clinical
 * text).
 */
public final class Ics {

    /** One event: its id, times, title and place (null for none). */
    public record Entry(
            String uid,
            Instant start,
            Instant end,
            String title,
            String location,
            boolean cancelled) {}

    private Ics() {}

    public static void write(String calendarName, List<Entry> entries, Writer out)
            throws IOException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Rapport//Rapport practice management//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", calendarName));
        for (Entry entry : entries) {
            VEvent event = new VEvent(entry.start(), entry.end(), entry.title());
            event.add(new Uid(entry.uid()));
            if (entry.location() != null) {
                event.add(new Location(entry.location()));
            }
            if (entry.cancelled()) {
                event.add(ImmutableStatus.VEVENT_CANCELLED);
            }
            calendar.add(event);
        }
        new CalendarOutputter(false).output(calendar, out);
    }
}
