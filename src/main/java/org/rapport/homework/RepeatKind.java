package org.rapport.homework;

/** How often an assignment's task comes round. */
public enum RepeatKind {
    ONCE("Once, by a due date"),
    DAILY("Every day"),
    WEEKLY("Weekly, on chosen days");

    private final String label;

    RepeatKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
