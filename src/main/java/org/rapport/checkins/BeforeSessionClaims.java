package org.rapport.checkins;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.AppointmentStatus;

/**
 * The before-session job's database steps, each in a transaction of its own. Every write is a
 * statement only one run or instance can win: an insert the unique key turns away the second time,
 * or an update of a still-empty column, so two instances never create a response or send an e-mail
 * twice.
 */
@ApplicationScoped
public class BeforeSessionClaims {

    /** The clocks may put an hour more between a session and its opening than its hours say. */
    private static final Duration DST_SLACK = Duration.ofHours(2);

    @PersistenceContext private EntityManager em;

    /** The before-session assignments still going. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> activeAssignments() {
        return em.createQuery(
                        "SELECT a.id FROM CheckinAssignment a WHERE a.schedule = :before AND a.status = 'ACTIVE'"
                                + " ORDER BY a.id",
                        Long.class)
                .setParameter("before", CheckinSchedule.BEFORE_SESSION)
                .getResultList();
    }

    /**
     * Creates the responses of one assignment whose time has come: for each upcoming scheduled
     * session of the client (or the couple) that it goes before and that has opened, one per
     * person. Returns how many were created (0 when another run already did). A response is only
     * inserted while its appointment still has the start it was computed from, so a session moved
     * meanwhile gets it at its new time next run.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int open(long assignmentId, Instant now, ZoneId zone) {
        CheckinAssignment assignment = em.find(CheckinAssignment.class, assignmentId);
        if (assignment == null || assignment.isEnded() || !assignment.isBeforeSession()) {
            return 0;
        }
        int every = assignment.getEverySessions();
        Instant horizon = now.plus(Duration.ofHours(assignment.getHoursBefore())).plus(DST_SLACK);
        // every session counts for "every Nth" from the assignment on; for every session only what
        // is ahead matters
        Instant from = every == 1 ? now : assignment.getCreatedAt();
        boolean couple = assignment.getCouple() != null;
        List<Appointment> sessions =
                em.createQuery(
                                "SELECT a FROM Appointment a WHERE "
                                        + (couple ? "a.couple.id = :who" : "a.client.id = :who")
                                        + " AND a.startsAt >= :from AND a.startsAt <= :horizon AND a.status IN :occupying"
                                        + " ORDER BY a.startsAt, a.id",
                                Appointment.class)
                        .setParameter(
                                "who",
                                couple
                                        ? assignment.getCouple().getId()
                                        : assignment.getClient().getId())
                        .setParameter("from", from)
                        .setParameter("horizon", horizon)
                        .setParameter("occupying", AppointmentStatus.OCCUPYING)
                        .getResultList();
        List<Long> people = new ArrayList<>();
        if (couple) {
            people.add(assignment.getCouple().getPartnerOne().getId());
            people.add(assignment.getCouple().getPartnerTwo().getId());
        } else {
            people.add(assignment.getClient().getId());
        }
        int created = 0;
        for (int position = 0; position < sessions.size(); position++) {
            Appointment session = sessions.get(position);
            Instant start = session.getStartsAt();
            if (!BeforeSessionTimes.isSent(position, every)
                    || session.getStatus() != AppointmentStatus.SCHEDULED
                    || !start.isAfter(now)) {
                continue;
            }
            Instant opens = BeforeSessionTimes.opensAt(start, assignment.getHoursBefore(), zone);
            if (opens.isAfter(now)) {
                continue;
            }
            for (Long person : people) {
                created +=
                        em.createNativeQuery(
                                        "INSERT IGNORE INTO checkin_response"
                                                + " (assignment_id, client_id, due_on, appointment_id, opens_at, closes_at)"
                                                + " SELECT ?, ?, ?, id, ?, starts_at FROM appointment"
                                                + " WHERE id = ? AND starts_at = ? AND status = 'SCHEDULED'")
                                .setParameter(1, assignmentId)
                                .setParameter(2, person)
                                .setParameter(3, start.atZone(zone).toLocalDate())
                                .setParameter(4, utc(opens))
                                .setParameter(5, session.getId())
                                .setParameter(6, utc(start))
                                .executeUpdate();
            }
        }
        return created;
    }

    /** Open, unanswered before-session responses whose person has not been told yet. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> noticesDue(Instant now) {
        return em.createQuery(
                        "SELECT r.id FROM CheckinResponse r JOIN r.assignment a WHERE r.closesAt > :now"
                                + " AND r.opensAt <= :now AND r.submittedAt IS NULL AND r.notifiedAt IS NULL AND a.status = 'ACTIVE'"
                                + " ORDER BY r.id",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(200)
                .getResultList();
    }

    /** Open, unanswered responses whose person was told and whose one reminder is due. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> remindersDue(Instant now) {
        List<Object[]> open =
                em.createQuery(
                                "SELECT r.id, r.notifiedAt, r.closesAt FROM CheckinResponse r JOIN r.assignment a"
                                        + " WHERE r.closesAt > :now AND r.submittedAt IS NULL AND r.notifiedAt IS NOT NULL AND r.remindedAt IS NULL"
                                        + " AND a.status = 'ACTIVE' ORDER BY r.id",
                                Object[].class)
                        .setParameter("now", now)
                        .getResultList();
        List<Long> due = new ArrayList<>();
        for (Object[] row : open) {
            if (BeforeSessionTimes.remindAt((Instant) row[1], (Instant) row[2])
                    .filter(at -> !at.isAfter(now))
                    .isPresent()) {
                due.add((Long) row[0]);
            }
        }
        return due;
    }

    /**
     * Marks the notice as sent if nobody did yet; the response with what the e-mail needs when this
     * call won.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<CheckinResponse> claimNotice(long responseId, Instant now) {
        int won =
                em.createNativeQuery(
                                "UPDATE checkin_response SET notified_at = ? WHERE id = ? AND notified_at IS NULL"
                                        + " AND submitted_at IS NULL AND closes_at > ?")
                        .setParameter(1, utc(now))
                        .setParameter(2, responseId)
                        .setParameter(3, utc(now))
                        .executeUpdate();
        return won == 0 ? Optional.empty() : Optional.of(load(responseId));
    }

    /**
     * Marks the reminder as sent if nobody did yet (and the response is still open and unanswered).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<CheckinResponse> claimReminder(long responseId, Instant now) {
        int won =
                em.createNativeQuery(
                                "UPDATE checkin_response SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL"
                                        + " AND notified_at IS NOT NULL AND submitted_at IS NULL AND closes_at > ?")
                        .setParameter(1, utc(now))
                        .setParameter(2, responseId)
                        .setParameter(3, utc(now))
                        .executeUpdate();
        return won == 0 ? Optional.empty() : Optional.of(load(responseId));
    }

    /** Gives a notice claim back when the mail could not be sent, so the next run tries again. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void releaseNotice(long responseId) {
        em.createNativeQuery("UPDATE checkin_response SET notified_at = NULL WHERE id = ?")
                .setParameter(1, responseId)
                .executeUpdate();
    }

    /** Gives a reminder claim back when the mail could not be sent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void releaseReminder(long responseId) {
        em.createNativeQuery("UPDATE checkin_response SET reminded_at = NULL WHERE id = ?")
                .setParameter(1, responseId)
                .executeUpdate();
    }

    private CheckinResponse load(long responseId) {
        return em.createQuery(
                        "SELECT r FROM CheckinResponse r JOIN FETCH r.client JOIN FETCH r.assignment a"
                                + " JOIN FETCH a.counselor WHERE r.id = :id",
                        CheckinResponse.class)
                .setParameter("id", responseId)
                .getSingleResult();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(
                instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), ZoneOffset.UTC);
    }
}
