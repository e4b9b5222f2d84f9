package org.rapport.clients;

import java.io.Serializable;
import java.util.List;

/**
 * What a client's chart shows: the record, the couples the caller may open (the active one first),
 * whether the client is in an active couple the caller does not see, and the status history.
 */
public record ClientChart(
        Client client,
        List<Couple> couples,
        boolean inOtherCounselorsCouple,
        List<ClientStatusChange> statusHistory,
        boolean mayAnonymize)
        implements Serializable {

    /**
     * Whether the chart offers to form a couple with this client: not already in an active couple
     * (theirs or another counselor's), not discharged, not anonymized. The couple service checks
     * the same again.
     */
    public boolean isMayFormCouple() {
        return getActiveCouple() == null
                && !inOtherCounselorsCouple
                && client.getStatus() != ClientStatus.DISCHARGED
                && !client.isAnonymized();
    }

    /**
     * Whether the caller may anonymize the record (an administrator; the service checks the
     * history).
     */
    public boolean isMayAnonymize() {
        return mayAnonymize;
    }

    /** The active couple the caller may open, if any. */
    public Couple getActiveCouple() {
        return couples.stream().filter(Couple::isActive).findFirst().orElse(null);
    }

    public List<Couple> getPastCouples() {
        return couples.stream().filter(c -> !c.isActive()).toList();
    }

    public Client getClient() {
        return client;
    }

    public boolean isInOtherCounselorsCouple() {
        return inOtherCounselorsCouple;
    }

    public List<ClientStatusChange> getStatusHistory() {
        return statusHistory;
    }
}
