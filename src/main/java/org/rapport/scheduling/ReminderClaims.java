package org.rapport.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.rapport.platform.PracticeSettingsChanged;

/** The reminder job's database steps, each in a transaction of its own. */
@ApplicationScoped
public class ReminderClaims {

    @PersistenceContext private EntityManager em;

    List<Long> due(Instant now) {
        return em.createQuery(
                        "SELECT a.id FROM Appointment a WHERE a.reminderDueAt <= :now AND a.reminderSentAt IS NULL"
                                + " AND a.status = :scheduled AND a.startsAt > :now ORDER BY a.reminderDueAt",
                        Long.class)
                .setParameter("now", now)
                .setParameter("scheduled", AppointmentStatus.SCHEDULED)
                .setMaxResults(200)
                .getResultList();
    }

    /**
     * Marks the reminder as sent if nobody did yet; the appointment with its attendees when this
     * call won.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<Appointment> claim(long id, Instant now) {
        int won =
                em.createQuery(
                                "UPDATE Appointment a SET a.reminderSentAt = :now WHERE a.id = :id"
                                        + " AND a.reminderSentAt IS NULL AND a.reminderDueAt <= :now AND a.status = :scheduled")
                        .setParameter("now", now)
                        .setParameter("id", id)
                        .setParameter("scheduled", AppointmentStatus.SCHEDULED)
                        .executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }
        Appointment appointment =
                em.createQuery(
                                "SELECT a FROM Appointment a JOIN FETCH a.counselor"
                                        + " LEFT JOIN FETCH a.couple WHERE a.id = :id",
                                Appointment.class)
                        .setParameter("id", id)
                        .getSingleResult();
        appointment.getAttendees().size();
        return Optional.of(appointment);
    }

    /**
     * The practice changed the reminders' lead time: every reminder not sent yet of a session still
     * ahead is due the new lead before it (at once when that moment has passed), in the transaction
     * of the save.
     */
    void leadChanged(@Observes PracticeSettingsChanged changed) {
        if (!changed.reminderLeadChanged()) {
            return;
        }
        java.time.LocalDateTime now =
                java.time.LocalDateTime.ofInstant(
                        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                        java.time.ZoneOffset.UTC);
        em.createNativeQuery(
                        "UPDATE appointment SET reminder_due_at = GREATEST(starts_at - INTERVAL ? MINUTE, ?)"
                                + " WHERE status = 'SCHEDULED' AND reminder_sent_at IS NULL AND starts_at > ?")
                .setParameter(1, changed.reminderLeadAfter().toMinutes())
                .setParameter(2, now)
                .setParameter(3, now)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Appointment.class);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void release(long id) {
        em.createQuery("UPDATE Appointment a SET a.reminderSentAt = NULL WHERE a.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }
}
