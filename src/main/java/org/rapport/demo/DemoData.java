package org.rapport.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Reads the demo practice's resource files ({@code src/main/resources/org/rapport/demo/*.json})
 * through JSON-B, and turns their dates, written relative to today, into dates.
 */
final class DemoData {

    private DemoData() {}

    /** The resource file {@code name} of this package, read as {@code type}. */
    static <T> T read(String name, Class<T> type) {
        try (InputStream in = DemoData.class.getResourceAsStream(name);
                Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException(
                        "The demo practice's " + name + " is missing from the application");
            }
            return jsonb.fromJson(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    /** The moment {@code time} on {@code day} in the practice's time zone. */
    static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /**
     * A date written relative to today: {@code {"weeksAgo": 4, "onOrBefore": "SUNDAY"}}, {@code
     * {"daysAgo": 12}}, {@code {"daysFromToday": 3}}; the parts add up.
     */
    public static class RelativeDate {
        public int weeksAgo;
        public int daysAgo;
        public int daysFromToday;

        /** Then the latest such weekday on or before that date. */
        public DayOfWeek onOrBefore;

        LocalDate from(LocalDate today) {
            LocalDate date = today.minusWeeks(weeksAgo).minusDays(daysAgo).plusDays(daysFromToday);
            return onOrBefore == null
                    ? date
                    : date.with(TemporalAdjusters.previousOrSame(onOrBefore));
        }
    }
}
