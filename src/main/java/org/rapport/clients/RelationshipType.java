package org.rapport.clients;

/** How the two partners of a couple describe their relationship. */
public enum RelationshipType {
    MARRIED("Married"),
    CIVIL_PARTNERSHIP("Civil partnership"),
    ENGAGED("Engaged"),
    LIVING_TOGETHER("Living together"),
    DATING("Dating"),
    SEPARATED("Separated"),
    OTHER("Other");

    private final String label;

    RelationshipType(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
