package org.rapport.homework;

import java.io.Serializable;

import org.rapport.platform.LikePattern;

/**
 * What a counselor narrows the exercise library to. Every part is optional; text is matched
 * literally (no wildcards) against the title and the goal.
 */
public record ExerciseFilter(String text, String strategyKey, Participation participation)
        implements Serializable {

    /** Longer search text is cut: nobody types more, and it keeps the query cheap. */
    public static final int MAX_TEXT_LENGTH = 100;

    public static final ExerciseFilter NONE = new ExerciseFilter(null, null, null);

    public ExerciseFilter {
        text = blankToNull(text);
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
        strategyKey = blankToNull(strategyKey);
    }

    /** The text as a case-insensitive LIKE pattern with its wildcards escaped by {@code \}. */
    String likePattern() {
        return text == null ? null : LikePattern.containing(text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
