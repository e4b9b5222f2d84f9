package org.rapport.audit;

import java.io.Serializable;
import java.time.LocalDate;

/** What the administrator narrows the audit trail to; every part optional. */
public record AuditFilter(String actor, Long clientId, AuditAction action, LocalDate from, LocalDate to)
        implements Serializable {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip().toLowerCase(java.util.Locale.ROOT);
        if (actor != null && actor.length() > 254) {
            actor = actor.substring(0, 254);
        }
    }
}
