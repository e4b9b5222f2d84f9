package org.rapport.homework;

/** Whether an assignment's tasks are being given. */
public enum AssignmentStatus {
    ACTIVE("Active"),
    PAUSED("Paused"),
    ENDED("Ended");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
