package org.rapport.clients;

/**
 * Tells whether a client has clinical history elsewhere in Rapport (sessions, notes). A capability
 * that keeps such records provides one as a CDI bean; a client with history cannot be anonymized.
 */
public interface ClinicalHistory {

    /**
     * A sentence naming what the client has ("Alex has 12 appointments."), or null when nothing.
     */
    String describe(long clientId);
}
