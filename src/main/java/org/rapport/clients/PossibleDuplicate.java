package org.rapport.clients;

import java.io.Serializable;

/**
 * A stored client who may be the same person as the one being saved. Details are shown only when the
 * caller may see that client; otherwise only whose caseload they are on.
 */
public record PossibleDuplicate(Long clientId, String name, String reason, String counselorName, boolean visible)
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
