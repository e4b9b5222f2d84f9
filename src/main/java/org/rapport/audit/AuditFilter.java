package org.rapport.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the administrator narrows the audit trail to; every part optional. {@code client} is a
 * client's number or a part of their name (legal or preferred).
 */
public record AuditFilter(
        String actor, String client, AuditAction action, LocalDate from, LocalDate to)
        implements Serializable {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        actor =
                actor == null || actor.isBlank()
                        ? null
                        : actor.strip().toLowerCase(java.util.Locale.ROOT);
        if (actor != null && actor.length() > 254) {
            actor = actor.substring(0, 254);
        }
        client = client == null || client.isBlank() ? null : client.strip();
    }

    /** The client's number, when the client filter is one. */
    public Long clientId() {
        return client != null && client.matches("\\d{1,18}") ? Long.valueOf(client) : null;
    }

    /** The client filter as a name to look for ("%part%", lower case), when it is not a number. */
    public String clientName() {
        return client == null || clientId() != null
                ? null
                : org.rapport.platform.LikePattern.containing(client);
    }
}
