package org.rapport.notes;

/**
 * The counselor's assessment of risk (to self or others) at the session. Above NONE needs a
 * comment.
 */
public enum RiskLevel {
    NONE("None"),
    LOW("Low"),
    MODERATE("Moderate"),
    HIGH("High");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
