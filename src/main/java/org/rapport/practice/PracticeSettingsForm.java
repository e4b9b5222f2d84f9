package org.rapport.practice;

import java.io.Serializable;

/** The settings page's fields, as typed (checked by {@link PracticeSettingsService#save}). */
public class PracticeSettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String practiceName;
    private String timeZone;
    private Integer dayStartsHour;
    private Integer dayEndsHour;

    /** One room per line. */
    private String rooms;

    private String crisisText;
    private Integer reminderHours;

    public String getPracticeName() {
        return practiceName;
    }

    public void setPracticeName(String practiceName) {
        this.practiceName = practiceName;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getDayStartsHour() {
        return dayStartsHour;
    }

    public void setDayStartsHour(Integer dayStartsHour) {
        this.dayStartsHour = dayStartsHour;
    }

    public Integer getDayEndsHour() {
        return dayEndsHour;
    }

    public void setDayEndsHour(Integer dayEndsHour) {
        this.dayEndsHour = dayEndsHour;
    }

    public String getRooms() {
        return rooms;
    }

    public void setRooms(String rooms) {
        this.rooms = rooms;
    }

    public String getCrisisText() {
        return crisisText;
    }

    public void setCrisisText(String crisisText) {
        this.crisisText = crisisText;
    }

    public Integer getReminderHours() {
        return reminderHours;
    }

    public void setReminderHours(Integer reminderHours) {
        this.reminderHours = reminderHours;
    }
}
