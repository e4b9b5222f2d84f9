package org.rapport.clients;

/**
 * The confidentiality policy a couple agreed to at the start of their work: whether what one
 * partner tells the counselor alone may be brought into the joint sessions.
 */
public enum Confidentiality {
    NO_SECRETS(
            "No secrets",
            "What either partner shares with the counselor alone may be brought into joint sessions."),
    INDIVIDUAL_CONFIDENTIAL(
            "Individual disclosures stay confidential",
            "What a partner shares with the counselor alone stays between them.");

    private final String label;
    private final String explanation;

    Confidentiality(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String getLabel() {
        return label;
    }

    public String getExplanation() {
        return explanation;
    }
}
