package org.rapport.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record the service refused, with a message per field ("email" → "Enter an e-mail address…");
 * the empty field name is for the record as a whole. Nothing was saved.
 */
public class InvalidRecord extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Map<String, String> problems;

    public InvalidRecord(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public static InvalidRecord of(String field, String message) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put(field, message);
        return new InvalidRecord(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
