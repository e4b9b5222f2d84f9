package org.rapport.notes;

import java.util.List;

import org.rapport.clients.Client;

/**
 * A client's signed notes for export, oldest first: their own sessions' and, when the counselor
 * chose so, their couples' joint sessions' ({@code coupleNotesLeftOut} says how many joint notes
 * were left out).
 */
public record ChartExport(
        Client client,
        List<SessionNote> notes,
        boolean coupleNotesIncluded,
        int coupleNotesLeftOut) {}
