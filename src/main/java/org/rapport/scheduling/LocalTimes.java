package org.rapport.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Local dates and times of the practice turned into instants, and the dates of a recurring series.
 * A weekly 10:00 session stays at 10:00 local time whatever the UTC offset that week.
 */
public final class LocalTimes {

    /** The longest series one booking makes (a year of weekly sessions). */
    public static final int MAX_OCCURRENCES = 52;

    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private LocalTimes() {}

    /**
     * The moment a local date and time stand for, or empty when the clocks skip that time (the
     * spring change). A time that occurs twice (the autumn change) is taken the first time it
     * occurs.
     */
    public static Optional<ZonedDateTime> at(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = LocalDateTime.of(date, time);
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.ofLocal(local, zone, null));
    }

    /**
     * The dates of a series starting on {@code first}: every one or two weeks, {@code count} times
     * or until {@code until} (inclusive), at most {@link #MAX_OCCURRENCES}.
     */
    public static List<LocalDate> seriesDates(
            LocalDate first,
            AppointmentSeries.Frequency frequency,
            Integer count,
            LocalDate until) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = first;
                dates.size() < MAX_OCCURRENCES;
                date = date.plusWeeks(frequency.weeks())) {
            if (count != null && dates.size() >= count) {
                break;
            }
            if (count == null && until != null && date.isAfter(until)) {
                break;
            }
            dates.add(date);
        }
        return dates;
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }
}
