package org.rapport.homework;

/** Who does an exercise. */
public enum Participation {
    ONE_PARTNER("On your own"),
    BOTH_TOGETHER("Together");

    private final String label;

    Participation(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
