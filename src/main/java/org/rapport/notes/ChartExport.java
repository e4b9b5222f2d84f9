package org.rapport.notes;

import java.util.List;

import org.rapport.clients.Client;

/** A client's signed notes (their own sessions and their couples' joint sessions), oldest first. */
public record ChartExport(Client client, List<SessionNote> notes) {
}
