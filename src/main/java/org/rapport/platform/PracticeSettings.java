package org.rapport.platform;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The practice's settings as everyone reads them (its name, time zone, working hours, rooms, the
 * crisis text of the portal, the reminders' lead time): what an administrator saved on the settings
 * page, or, until the first save, the environment's defaults ({@link Settings}). Pages read it as
 * {@code #{practice}}.
 *
 * <p>Kept in memory and read again from the database at most every 30 seconds, and at once after a
 * save on this instance: other instances of a cluster see a change within 30 seconds, without a
 * restart.
 */
@Named("practice")
@ApplicationScoped
public class PracticeSettings {

    /** Shown to clients in the portal until the practice writes its own. */
    public static final String DEFAULT_CRISIS_TEXT =
            "If you are in danger or thinking of harming yourself, call 112"
                    + " (911 in North America) or go to the nearest emergency department now. Messages in this portal are"
                    + " not read around the clock.";

    /** The calendar's hours before the practice chooses its own. */
    public static final int DEFAULT_DAY_STARTS = 7;

    public static final int DEFAULT_DAY_ENDS = 21;

    static final Duration REFRESH = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(PracticeSettings.class.getName());

    @PersistenceContext private EntityManager em;

    @Inject private Settings settings;

    private volatile PracticeValues values;
    private volatile long readAt;

    /** The settings now (from memory; from the database when they are older than 30 seconds). */
    public PracticeValues values() {
        PracticeValues current = values;
        if (current == null || System.nanoTime() - readAt > REFRESH.toNanos()) {
            current = reload();
        }
        return current;
    }

    public String getName() {
        return values().getName();
    }

    public ZoneId zone() {
        return values().getZone();
    }

    public String getCrisisText() {
        return values().getCrisisText();
    }

    public List<String> getRooms() {
        return values().getRooms();
    }

    public Duration reminderLead() {
        return values().getReminderLead();
    }

    /** What applies before an administrator first saves the page. */
    public PracticeValues defaults() {
        List<String> rooms =
                settings.demoMode() ? List.of("Room 1", "Room 2", "Room 3") : List.of();
        return new PracticeValues(
                settings.practiceName(),
                settings.timeZone(),
                DEFAULT_DAY_STARTS,
                DEFAULT_DAY_ENDS,
                rooms,
                DEFAULT_CRISIS_TEXT,
                settings.reminderLead());
    }

    /** The values a stored row stands for: its own once saved, the defaults before. */
    public PracticeValues valuesOf(StoredPracticeSettings row) {
        if (row == null || !row.isSaved()) {
            PracticeValues defaults = defaults();
            return new PracticeValues(
                    defaults.getName(),
                    defaults.getZone(),
                    defaults.getDayStartsHour(),
                    defaults.getDayEndsHour(),
                    defaults.getRooms(),
                    defaults.getCrisisText(),
                    defaults.getReminderLead(),
                    row == null ? 0 : row.getVersion(),
                    null,
                    null);
        }
        List<String> rooms =
                row.getRooms() == null || row.getRooms().isEmpty()
                        ? List.of()
                        : Arrays.asList(row.getRooms().split("\n"));
        return new PracticeValues(
                row.getPracticeName(),
                ZoneId.of(row.getTimeZone()),
                row.getDayStartsHour(),
                row.getDayEndsHour(),
                rooms,
                row.getCrisisText(),
                Duration.ofMinutes(row.getReminderLeadMinutes()),
                row.getVersion(),
                row.getChangedAt(),
                row.getChangedBy());
    }

    /** After a save has committed: read again at the next use. */
    void saved(@Observes(during = TransactionPhase.AFTER_SUCCESS) PracticeSettingsChanged changed) {
        readAt = System.nanoTime() - REFRESH.toNanos() - 1;
    }

    private synchronized PracticeValues reload() {
        if (values != null && System.nanoTime() - readAt <= REFRESH.toNanos()) {
            return values; // another thread read them meanwhile
        }
        try {
            values = valuesOf(em.find(StoredPracticeSettings.class, StoredPracticeSettings.ID));
        } catch (RuntimeException e) {
            // the database does not answer: keep what we had (or the defaults) and try again in a
            // few seconds
            LOG.log(
                    Level.WARNING,
                    "The practice's settings could not be read; using "
                            + (values == null ? "the environment's defaults" : "the last ones read")
                            + " for now: "
                            + e);
            if (values == null) {
                values = defaults();
            }
            readAt = System.nanoTime() - REFRESH.toNanos() + Duration.ofSeconds(5).toNanos();
            return values;
        }
        readAt = System.nanoTime();
        return values;
    }
}
