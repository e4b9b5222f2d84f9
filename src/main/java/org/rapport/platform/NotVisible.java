package org.rapport.platform;

/**
 * The record asked for is not there for this caller: it does not exist, or the access gate says they may
 * not see it. The two answers look the same (a 404 page or "does not exist"), so a record's existence never
 * leaks. For operations that cannot answer with an empty {@code Optional}.
 */
public class NotVisible extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotVisible(String recordType, long id) {
        super(recordType + " " + id + " is not visible to the caller");
    }
}
