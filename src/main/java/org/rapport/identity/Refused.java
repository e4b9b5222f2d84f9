package org.rapport.identity;

/**
 * A request about an account that cannot be done, with the form field it concerns (null: the whole
 * form).
 */
public class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String field;

    Refused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
