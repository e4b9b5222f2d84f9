package org.rapport.platform;

import java.time.Duration;

/**
 * An administrator saved the practice's settings (a CDI event, fired inside the saving
 * transaction). Observers in the same transaction adjust what depends on a value (the reminders'
 * due times); the cache of {@link PracticeSettings} is refreshed once the transaction has
 * committed.
 */
public record PracticeSettingsChanged(Duration reminderLeadBefore, Duration reminderLeadAfter) {

    public boolean reminderLeadChanged() {
        return !reminderLeadBefore.equals(reminderLeadAfter);
    }
}
