package org.rapport.notes;

import org.rapport.scheduling.Appointment;

/**
 * What the note page shows: the appointment, its note (null before the first save), whether the
 * caller may write it (and if not, why), whether the caller is the session's counselor, and the
 * caller's own private note (null when none).
 */
public record NotePage(
        Appointment appointment,
        SessionNote note,
        boolean mayWrite,
        String whyNotWritable,
        boolean ownSession,
        ProcessNote processNote) {}
