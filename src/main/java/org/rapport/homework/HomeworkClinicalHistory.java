package org.rapport.homework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.rapport.clients.ClinicalHistory;

/**
 * A client who was given homework is in care: their assignments and answers are part of the record.
 */
@ApplicationScoped
public class HomeworkClinicalHistory implements ClinicalHistory {

    @PersistenceContext private EntityManager em;

    @Override
    public String describe(long clientId) {
        long count =
                ((Number)
                                em.createNativeQuery(
                                                "SELECT COUNT(*) FROM homework_assignment WHERE client_id = ?1")
                                        .setParameter(1, clientId)
                                        .getSingleResult())
                        .longValue();
        return count == 0
                ? null
                : "This client has "
                        + count
                        + (count == 1 ? " homework assignment." : " homework assignments.");
    }
}
