package org.rapport.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Dates and times as pages show them: "13 Sep 2026", "13 Sep 2026, 10:32" in the practice's time zone. */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Inject
    private PracticeClock clock;

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The day of a moment, in the practice's time zone. */
    public String dayOf(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(clock.zone()));
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(clock.zone()));
    }
}
