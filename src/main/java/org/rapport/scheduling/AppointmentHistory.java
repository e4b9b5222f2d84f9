package org.rapport.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.rapport.clients.ClinicalHistory;

/**
 * A client with appointments has a clinical history: anonymizing them would leave those sessions
 * (and their notes) without their person. Only plain cancellations do not count: a record entered
 * by mistake may have had a booking that was cancelled at once.
 */
@ApplicationScoped
public class AppointmentHistory implements ClinicalHistory {

    @PersistenceContext private EntityManager em;

    @Override
    public String describe(long clientId) {
        long count =
                ((Number)
                                em.createNativeQuery(
                                                "SELECT COUNT(DISTINCT a.id) FROM appointment a"
                                                        + " LEFT JOIN appointment_attendee t ON t.appointment_id = a.id"
                                                        + " WHERE (a.client_id = ?1 OR t.client_id = ?1)"
                                                        + " AND a.status NOT IN ('CANCELLED_BY_CLIENT', 'CANCELLED_BY_COUNSELOR')")
                                        .setParameter(1, clientId)
                                        .getSingleResult())
                        .longValue();
        return count == 0
                ? null
                : "This client has " + count + (count == 1 ? " appointment." : " appointments.");
    }
}
