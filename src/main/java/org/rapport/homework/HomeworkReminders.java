package org.rapport.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The homework reminder job's database work, each step committed on its own. */
@ApplicationScoped
public class HomeworkReminders {

    @PersistenceContext private EntityManager em;

    /** Open tasks due on the day, of active assignments someone opted in to, not yet reminded. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(LocalDate day) {
        return em.createQuery(
                        "SELECT t.id FROM HomeworkTask t JOIN t.assignment a WHERE t.dueOn = :day"
                                + " AND t.status = :open AND t.reminderSentAt IS NULL AND a.status = :active"
                                + " AND EXISTS (SELECT o FROM Assignment o JOIN o.reminderClientIds r WHERE o = a)",
                        Long.class)
                .setParameter("day", day)
                .setParameter("open", HomeworkTask.Status.OPEN)
                .setParameter("active", AssignmentStatus.ACTIVE)
                .getResultList();
    }

    /**
     * Claims a task's reminder (only one run or instance wins); returns the task with what the mail
     * needs.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<HomeworkTask> claim(long taskId, Instant now) {
        int won =
                em.createNativeQuery(
                                "UPDATE homework_task SET reminder_sent_at = ? WHERE id = ? AND reminder_sent_at IS NULL")
                        .setParameter(1, now)
                        .setParameter(2, taskId)
                        .executeUpdate();
        if (won == 0) {
            return Optional.empty();
        }
        HomeworkTask task =
                em.createQuery(
                                "SELECT t FROM HomeworkTask t JOIN FETCH t.assignment a JOIN FETCH a.exercise"
                                        + " JOIN FETCH a.counselor LEFT JOIN FETCH t.client LEFT JOIN FETCH a.couple p LEFT JOIN FETCH p.partnerOne"
                                        + " LEFT JOIN FETCH p.partnerTwo WHERE t.id = :id",
                                HomeworkTask.class)
                        .setParameter("id", taskId)
                        .getSingleResult();
        task.getAssignment().getReminderClientIds().size();
        return Optional.of(task);
    }

    /** Gives a claim back when the mail could not be sent, so the next run tries again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(long taskId) {
        em.createNativeQuery("UPDATE homework_task SET reminder_sent_at = NULL WHERE id = ?")
                .setParameter(1, taskId)
                .executeUpdate();
    }
}
