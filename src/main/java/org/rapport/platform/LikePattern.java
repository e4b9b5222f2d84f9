package org.rapport.platform;

import java.util.Locale;

/**
 * Search text as a JPQL LIKE pattern that matches it literally anywhere, without case (escape:
 * backslash).
 */
public final class LikePattern {

    private LikePattern() {}

    public static String containing(String text) {
        String escaped =
                text.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
