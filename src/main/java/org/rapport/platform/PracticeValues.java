package org.rapport.platform;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The practice's settings at one moment: what an administrator saved, or the environment's defaults
 * before the first save. Immutable; getters for pages (EL does not read record accessors).
 */
public final class PracticeValues implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final ZoneId zone;
    private final int dayStartsHour;
    private final int dayEndsHour;
    private final List<String> rooms;
    private final String crisisText;
    private final Duration reminderLead;
    private final long version;
    private final Instant changedAt;
    private final String changedBy;

    public PracticeValues(
            String name,
            ZoneId zone,
            int dayStartsHour,
            int dayEndsHour,
            List<String> rooms,
            String crisisText,
            Duration reminderLead) {
        this(
                name,
                zone,
                dayStartsHour,
                dayEndsHour,
                rooms,
                crisisText,
                reminderLead,
                0,
                null,
                null);
    }

    PracticeValues(
            String name,
            ZoneId zone,
            int dayStartsHour,
            int dayEndsHour,
            List<String> rooms,
            String crisisText,
            Duration reminderLead,
            long version,
            Instant changedAt,
            String changedBy) {
        this.name = name;
        this.zone = zone;
        this.dayStartsHour = dayStartsHour;
        this.dayEndsHour = dayEndsHour;
        this.rooms = List.copyOf(rooms);
        this.crisisText = crisisText;
        this.reminderLead = reminderLead;
        this.version = version;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public String getName() {
        return name;
    }

    public ZoneId getZone() {
        return zone;
    }

    /** The first hour of the working day (0–23): the calendar starts there. */
    public int getDayStartsHour() {
        return dayStartsHour;
    }

    /** The hour the working day ends (1–24, after the first): the calendar ends there. */
    public int getDayEndsHour() {
        return dayEndsHour;
    }

    /** "08:00–20:00". */
    public String getWorkingHoursShown() {
        return hour(dayStartsHour) + "–" + hour(dayEndsHour);
    }

    /** The working day's start as a calendar's minTime ("08:00:00"). */
    public String getCalendarMinTime() {
        return hour(dayStartsHour) + ":00";
    }

    /** The working day's end as a calendar's maxTime ("20:00:00"; "24:00:00" for midnight). */
    public String getCalendarMaxTime() {
        return hour(dayEndsHour) + ":00";
    }

    /** 8 → "08:00". */
    public static String hour(int hour) {
        return (hour < 10 ? "0" : "") + hour + ":00";
    }

    public List<String> getRooms() {
        return rooms;
    }

    public String getCrisisText() {
        return crisisText;
    }

    public Duration getReminderLead() {
        return reminderLead;
    }

    /** The stored row's version (0: never saved). */
    public long getVersion() {
        return version;
    }

    /**
     * When an administrator last saved the settings; null while the environment's defaults apply.
     */
    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
