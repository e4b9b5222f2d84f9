package org.rapport.scheduling;

/**
 * What the session is; a couple session is booked for a couple record and occupies both partners.
 */
public enum AppointmentKind {
    INTAKE("Intake"),
    INDIVIDUAL("Individual"),
    COUPLE("Couple"),
    FAMILY("Family");

    private final String label;

    AppointmentKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
