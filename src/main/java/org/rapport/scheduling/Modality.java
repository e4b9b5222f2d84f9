package org.rapport.scheduling;

/** Where the session happens: in a room of the practice, or by video. */
public enum Modality {
    IN_PERSON("In person"),
    TELEHEALTH("Telehealth");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
