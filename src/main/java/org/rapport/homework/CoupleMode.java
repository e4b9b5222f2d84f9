package org.rapport.homework;

/**
 * For a couple: each partner does the exercise on their own, or they do it together (one task for
 * both).
 */
public enum CoupleMode {
    SEPARATELY("Each partner separately"),
    TOGETHER("Together");

    private final String label;

    CoupleMode(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
