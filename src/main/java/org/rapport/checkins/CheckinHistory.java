package org.rapport.checkins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.rapport.clients.ClinicalHistory;

/**
 * A client who was given check-ins (or answered one) is in care: their scores are part of the
 * record.
 */
@ApplicationScoped
public class CheckinHistory implements ClinicalHistory {

    @PersistenceContext private EntityManager em;

    @Override
    public String describe(long clientId) {
        long count =
                ((Number)
                                em.createNativeQuery(
                                                "SELECT (SELECT COUNT(*) FROM checkin_assignment WHERE client_id = ?1)"
                                                        + " + (SELECT COUNT(*) FROM checkin_response WHERE client_id = ?1)")
                                        .setParameter(1, clientId)
                                        .getSingleResult())
                        .longValue();
        return count == 0 ? null : "This client has check-ins.";
    }
}
