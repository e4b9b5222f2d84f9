package org.rapport.scheduling;

import java.util.EnumSet;
import java.util.Set;

/** What became of an appointment. Cancelled ones free their time; the others keep it. */
public enum AppointmentStatus {
    SCHEDULED("Scheduled"),
    COMPLETED("Completed"),
    CANCELLED_BY_CLIENT("Cancelled by the client"),
    CANCELLED_BY_COUNSELOR("Cancelled by the counselor"),
    LATE_CANCELLATION("Late cancellation"),
    NO_SHOW("No-show");

    /** The statuses that occupy the time: no other appointment may overlap them. */
    public static final Set<AppointmentStatus> OCCUPYING =
            EnumSet.of(SCHEDULED, COMPLETED, NO_SHOW);

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isCancelled() {
        return !OCCUPYING.contains(this);
    }
}
