package org.rapport.clients;

/**
 * Where a client is in their care. Records are never deleted: a client who leaves is discharged.
 */
public enum ClientStatus {
    WAITLIST("Waitlist"),
    ACTIVE("Active"),
    DISCHARGED("Discharged");

    private final String label;

    ClientStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
