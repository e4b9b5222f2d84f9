package org.rapport.homework;

import java.util.Map;
import java.util.Optional;

/**
 * The orders the exercise list can be sorted in. Only these reach the query, so a sort field sent
 * by a browser can never become part of it.
 */
public enum ExerciseOrder {
    TITLE("e.title"),
    STRATEGY("s.sortOrder"),
    MINUTES("e.minutesNeeded"),
    PARTICIPATION("e.participation");

    private static final Map<String, ExerciseOrder> BY_FIELD =
            Map.of(
                    "title",
                    TITLE,
                    "strategy.name",
                    STRATEGY,
                    "minutesNeeded",
                    MINUTES,
                    "participation",
                    PARTICIPATION);

    private final String path;

    ExerciseOrder(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    /** The order for a sort field of the exercise table, if it is one. */
    public static Optional<ExerciseOrder> forField(String field) {
        return Optional.ofNullable(field).map(BY_FIELD::get);
    }
}
