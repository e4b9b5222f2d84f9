package org.rapport.clients;

/** Whether a couple is still being seen together. */
public enum CoupleStatus {
    ACTIVE("Active"),
    ENDED("Ended");

    private final String label;

    CoupleStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
