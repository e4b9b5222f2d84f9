package org.rapport.platform;

/**
 * The record asked for is not there for this caller: it does not exist, or the access gate says
 * they may not see it. The two answers look the same ("does not exist", a 404 page), so a record's
 * existence never leaks. For operations that cannot answer with an empty {@code Optional}; {@link
 * Pages} turns it into a page message, and a full page request that meets it answers with the "not
 * found" page.
 */
public class NotVisible extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what the kind of record as a person calls it: "note", "appointment", "check-in"
     */
    public NotVisible(String what) {
        super("This " + what + " does not exist.");
    }
}
