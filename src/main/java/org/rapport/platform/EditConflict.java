package org.rapport.platform;

import java.time.Instant;

/**
 * Someone saved the record after the caller opened it. Nothing of the caller's was saved; the
 * exception carries what is stored now, so the page can show both versions.
 */
public class EditConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Object current;
    private final long currentVersion;
    private final String changedBy;
    private final Instant changedAt;

    public EditConflict(Object current, long currentVersion, String changedBy, Instant changedAt) {
        super("The record was changed by " + changedBy + " while it was being edited.");
        this.current = current;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /**
     * What is stored now, in the form the page edits (a client's details, a note draft, a feedback
     * text).
     */
    public Object current() {
        return current;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
