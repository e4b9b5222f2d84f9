package org.rapport.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Dates and times as pages show them: "13 Sep 2026", "13 Sep 2026, 10:32" in the practice's time
 * zone.
 */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject private PracticeClock clock;

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The day of a moment, in the practice's time zone. */
    public String dayOf(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(clock.zone()));
    }

    /**
     * When something was saved, as a save label shows it: the time for today ("18:30:05"), the day
     * and time for an older save ("28 Nov, 18:30"), so an old draft does not look like this
     * morning's.
     */
    public static String saved(Instant at, java.time.ZoneId zone, LocalDate today) {
        java.time.ZonedDateTime local = at.atZone(zone);
        return local.toLocalDate().equals(today)
                ? SAVED_TODAY.format(local)
                : SAVED_EARLIER.format(local);
    }

    private static final DateTimeFormatter SAVED_TODAY =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final DateTimeFormatter SAVED_EARLIER =
            DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(clock.zone()));
    }
}
