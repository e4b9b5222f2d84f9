package org.rapport.platform;

/** Record ids as they arrive in addresses and forms: a number, or nothing (never an exception). */
public final class Ids {

    private Ids() {}

    /** The id in {@code text}, or null when it is empty, too long or not a number. */
    public static Long parse(String text) {
        try {
            return text == null || text.isBlank() || text.length() > 18
                    ? null
                    : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
