package org.rapport.clients;

import java.io.Serializable;

/**
 * A stored client who may be the same person as the one being saved, always one the caller may see
 * (matches on other caseloads go to the administrator, never to the caller).
 */
public record PossibleDuplicate(
        Long clientId, String name, String reason, String counselorName, boolean visible)
        implements Serializable {

    public Long getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public String getReason() {
        return reason;
    }

    public String getCounselorName() {
        return counselorName;
    }

    public boolean isVisible() {
        return visible;
    }
}
