package org.rapport.checkins;

/**
 * How a check-in or measure is given: once, every week for some weeks, or before the client's
 * sessions.
 */
public enum CheckinSchedule {
    ONCE,
    WEEKLY,
    /**
     * A set number of hours before every session (or every Nth), closed when the session starts.
     */
    BEFORE_SESSION
}
