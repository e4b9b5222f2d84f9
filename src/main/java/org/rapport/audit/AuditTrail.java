package org.rapport.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

/**
 * Writes the audit trail. Each event is committed on its own, so that it stays recorded even when the
 * work it describes fails (a failed sign-in, a refused request).
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Clock clock;

    /** Who did something: an account, or someone who gave only an email (a failed sign-in). */
    public record Actor(Long accountId, String name, String role) {

        public static Actor anonymous(String name) {
            return new Actor(null, name == null || name.isBlank() ? "(anonymous)" : name, null);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Actor actor, AuditAction action, String recordType, Long recordId, Long clientId,
            String detail) {
        em.persist(new AuditEvent(Instant.now(clock), actor.accountId(), abbreviate(actor.name(), 254), actor.role(),
                action, recordType, recordId, clientId, remoteAddress(), detail));
    }

    private String remoteAddress() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException e) {
            return null; // not in a request: start-up tasks
        }
    }

    private static String abbreviate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
