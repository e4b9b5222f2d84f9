package org.rapport.practice;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.identity.AccessGate;
import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.EditConflict;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.PracticeClock;
import org.rapport.platform.PracticeSettings;
import org.rapport.platform.PracticeSettingsChanged;
import org.rapport.platform.PracticeValues;
import org.rapport.platform.StoredPracticeSettings;

/**
 * The practice's settings page: administrators read and change the practice's name, time zone,
 * working hours, rooms, the portal's crisis text and the reminders' lead time. Every change is
 * audited, field by field, from what to what. Everyone else reads the settings through {@link
 * PracticeSettings} (and the few facts below).
 */
@ApplicationScoped
public class PracticeSettingsService {

    public static final int NAME_MAX = 120;
    public static final int ROOM_MAX = 80;
    public static final int ROOMS_MAX = 50;
    public static final int CRISIS_TEXT_MAX = 600;
    public static final int REMINDER_HOURS_MAX = 14 * 24;

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeSettings practice;

    @Inject private PracticeClock clock;

    @Inject private Event<PracticeSettingsChanged> changed;

    /**
     * The settings as the page edits them, with the version to save against; administrators only.
     */
    public Editing editing() {
        gate.admin();
        PracticeValues values =
                practice.valuesOf(em.find(StoredPracticeSettings.class, StoredPracticeSettings.ID));
        return new Editing(formOf(values), values);
    }

    /**
     * What the settings page shows: the form and the values it was filled from (who saved them,
     * when).
     */
    public record Editing(PracticeSettingsForm form, PracticeValues values) {}

    /**
     * Saves the page's values, when the stored settings are still at {@code expectedVersion};
     * administrators only. Refuses bad input field by field ({@link InvalidRecord}, nothing saved)
     * and a save over another administrator's newer one ({@link EditConflict}).
     */
    @Transactional
    public PracticeValues save(PracticeSettingsForm form, long expectedVersion) {
        Account admin = gate.admin();
        PracticeValues wanted = check(form);
        StoredPracticeSettings row =
                em.find(
                        StoredPracticeSettings.class,
                        StoredPracticeSettings.ID,
                        LockModeType.PESSIMISTIC_WRITE);
        PracticeValues before = practice.valuesOf(row);
        if (row.getVersion() != expectedVersion) {
            throw new EditConflict(
                    formOf(before), row.getVersion(), row.getChangedBy(), row.getChangedAt());
        }
        List<String> changes = changes(before, wanted);
        if (changes.isEmpty() && row.isSaved()) {
            return before;
        }
        row.change(wanted, clock.now(), admin.getDisplayName());
        em.flush();
        for (String change : changes) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.UPDATE,
                    "PracticeSettings",
                    null,
                    null,
                    change);
        }
        if (changes.isEmpty()) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.UPDATE,
                    "PracticeSettings",
                    null,
                    null,
                    "Saved the environment's defaults as the practice's settings");
        }
        changed.fire(
                new PracticeSettingsChanged(before.getReminderLead(), wanted.getReminderLead()));
        return practice.valuesOf(row);
    }

    /**
     * The portal's crisis notice (every page of the portal shows it; the messaging page too).
     * Anyone.
     */
    public String crisisText() {
        return practice.getCrisisText();
    }

    /** The practice's working day (the calendar shows these hours). Anyone. */
    public PracticeValues workingHours() {
        return practice.values();
    }

    /** The practice's rooms, in the administrator's order (offered when booking). Anyone. */
    public List<String> rooms() {
        return practice.getRooms();
    }

    // ---- checks

    static PracticeValues check(PracticeSettingsForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = strip(form.getPracticeName());
        if (name == null) {
            problems.put("practiceName", "Enter the practice's name.");
        } else if (name.length() > NAME_MAX) {
            problems.put(
                    "practiceName",
                    "Keep the name to " + NAME_MAX + " characters (it has " + name.length() + ").");
        }
        ZoneId zone = null;
        String zoneId = strip(form.getTimeZone());
        try {
            zone = zoneId == null ? null : ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            zone = null;
        }
        if (zone == null) {
            problems.put(
                    "timeZone",
                    "Choose the practice's time zone from the list, such as Europe/Berlin.");
        }
        Integer starts = form.getDayStartsHour();
        Integer ends = form.getDayEndsHour();
        if (starts == null || starts < 0 || starts > 23) {
            problems.put("dayStartsHour", "Choose the hour the working day starts.");
        }
        if (ends == null || ends < 1 || ends > 24) {
            problems.put("dayEndsHour", "Choose the hour the working day ends.");
        } else if (starts != null && ends <= starts) {
            problems.put(
                    "dayEndsHour",
                    "The working day must end after it starts ("
                            + PracticeValues.hour(starts)
                            + ").");
        }
        List<String> rooms = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        String text = form.getRooms() == null ? "" : form.getRooms();
        for (String line : text.split("\\R")) {
            String room = line.strip();
            if (room.isEmpty()) {
                continue;
            }
            if (room.length() > ROOM_MAX) {
                problems.putIfAbsent(
                        "rooms",
                        "Keep each room's name to "
                                + ROOM_MAX
                                + " characters (“"
                                + room.substring(0, 30)
                                + "…” has "
                                + room.length()
                                + ").");
            } else if (!seen.add(room.toLowerCase(Locale.ROOT))) {
                problems.putIfAbsent(
                        "rooms", "“" + room + "” is listed twice: give each room its own name.");
            }
            rooms.add(room);
        }
        if (rooms.size() > ROOMS_MAX) {
            problems.putIfAbsent("rooms", "List at most " + ROOMS_MAX + " rooms.");
        }
        String crisis = strip(form.getCrisisText());
        if (crisis == null) {
            problems.put(
                    "crisisText",
                    "Enter what a client in danger should do: the portal shows it on every page.");
        } else if (crisis.length() > CRISIS_TEXT_MAX) {
            problems.put(
                    "crisisText",
                    "Keep the crisis text to "
                            + CRISIS_TEXT_MAX
                            + " characters (it has "
                            + crisis.length()
                            + ").");
        }
        Integer hours = form.getReminderHours();
        if (hours == null || hours < 1 || hours > REMINDER_HOURS_MAX) {
            problems.put(
                    "reminderHours",
                    "Enter how many hours before a session its reminder goes: 1 to "
                            + REMINDER_HOURS_MAX
                            + ".");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        return new PracticeValues(name, zone, starts, ends, rooms, crisis, Duration.ofHours(hours));
    }

    /** Each changed setting in words, from what to what (one audit row each). */
    static List<String> changes(PracticeValues before, PracticeValues after) {
        List<String> changes = new ArrayList<>();
        change(changes, "Practice name", before.getName(), after.getName());
        change(changes, "Time zone", before.getZone().getId(), after.getZone().getId());
        change(
                changes,
                "Working hours",
                before.getWorkingHoursShown(),
                after.getWorkingHoursShown());
        if (!before.getRooms().equals(after.getRooms())) {
            changes.add("Rooms: " + roomChanges(before.getRooms(), after.getRooms()));
        }
        change(changes, "Crisis text", before.getCrisisText(), after.getCrisisText());
        change(
                changes,
                "Reminder lead time",
                lead(before.getReminderLead()),
                lead(after.getReminderLead()));
        return changes;
    }

    private static void change(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + ": “" + shorten(before) + "” → “" + shorten(after) + "”");
        }
    }

    /** "renamed “Room 3” to “Blue room”; added “Garden room”; removed “Room 1”". */
    static String roomChanges(List<String> before, List<String> after) {
        List<String> words = new ArrayList<>();
        List<String> removed = new ArrayList<>(before);
        removed.removeAll(after);
        List<String> added = new ArrayList<>(after);
        added.removeAll(before);
        // a name replaced in its own place is a rename
        for (String old : List.copyOf(removed)) {
            int place = before.indexOf(old);
            if (place < after.size() && added.contains(after.get(place))) {
                words.add("renamed “" + old + "” to “" + after.get(place) + "”");
                removed.remove(old);
                added.remove(after.get(place));
            }
        }
        added.forEach(room -> words.add("added “" + room + "”"));
        removed.forEach(room -> words.add("removed “" + room + "”"));
        if (words.isEmpty()) {
            words.add("new order " + String.join(", ", after));
        }
        return String.join("; ", words);
    }

    private static String lead(Duration lead) {
        long minutes = lead.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static PracticeSettingsForm formOf(PracticeValues values) {
        PracticeSettingsForm form = new PracticeSettingsForm();
        form.setPracticeName(values.getName());
        form.setTimeZone(values.getZone().getId());
        form.setDayStartsHour(values.getDayStartsHour());
        form.setDayEndsHour(values.getDayEndsHour());
        form.setRooms(String.join("\n", values.getRooms()));
        form.setCrisisText(values.getCrisisText());
        form.setReminderHours(
                (int) Math.max(1, Math.round(values.getReminderLead().toMinutes() / 60.0)));
        return form;
    }
}
