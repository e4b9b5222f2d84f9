package org.rapport.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The one row of the practice's settings as an administrator saved them. Until the first save
 * ({@link #isSaved()} false) its values are empty and the environment's defaults apply ({@link
 * PracticeSettings}).
 */
@Entity
@Table(name = "practice_settings")
public class StoredPracticeSettings {

    /** The row's id: there is only this one. */
    public static final int ID = 1;

    @Id private Integer id;

    @Column(name = "practice_name")
    private String practiceName;

    @Column(name = "time_zone")
    private String timeZone;

    @Column(name = "day_starts_hour")
    private Integer dayStartsHour;

    @Column(name = "day_ends_hour")
    private Integer dayEndsHour;

    /** Room names, one per line, in the administrator's order. */
    private String rooms;

    @Column(name = "crisis_text")
    private String crisisText;

    @Column(name = "reminder_lead_minutes")
    private Integer reminderLeadMinutes;

    @Version private long version;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    protected StoredPracticeSettings() {}

    /** Takes the values an administrator saved (already checked by the settings service). */
    public void change(PracticeValues values, Instant at, String by) {
        practiceName = values.getName();
        timeZone = values.getZone().getId();
        dayStartsHour = values.getDayStartsHour();
        dayEndsHour = values.getDayEndsHour();
        rooms = String.join("\n", values.getRooms());
        crisisText = values.getCrisisText();
        reminderLeadMinutes = (int) values.getReminderLead().toMinutes();
        changedAt = at;
        changedBy = by;
    }

    public boolean isSaved() {
        return changedAt != null;
    }

    String getPracticeName() {
        return practiceName;
    }

    String getTimeZone() {
        return timeZone;
    }

    Integer getDayStartsHour() {
        return dayStartsHour;
    }

    Integer getDayEndsHour() {
        return dayEndsHour;
    }

    String getRooms() {
        return rooms;
    }

    String getCrisisText() {
        return crisisText;
    }

    Integer getReminderLeadMinutes() {
        return reminderLeadMinutes;
    }

    public long getVersion() {
        return version;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
