package org.rapport.clients;

import java.io.Serializable;

/**
 * One row of the client list: the client and, when they are in an active couple, that couple (the
 * couple's name only when the caller may open it).
 */
public record CaseloadRow(Client client, Couple couple, boolean coupleVisible)
        implements Serializable {

    public Client getClient() {
        return client;
    }

    public Couple getCouple() {
        return couple;
    }

    public boolean isCoupleVisible() {
        return coupleVisible;
    }
}
