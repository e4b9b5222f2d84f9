package org.rapport.home;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.clients.Client;
import org.rapport.identity.AccessGate;
import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.platform.PracticeClock;

/**
 * What a counselor's clients sent since the counselor last opened their chart: check-ins and
 * measures of the questionnaires the counselor gave, and answers to the homework the counselor
 * assigned (for a couple's homework done together, the partner who sent it). Opening a chart marks
 * its clients' answers read; nothing older than 30 days is listed as unread.
 */
@ApplicationScoped
public class AnswersToRead {

    static final Duration LOOK_BACK = Duration.ofDays(30);

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeClock clock;

    /**
     * Records that the calling counselor looked at these clients' answers now; for anyone else
     * nothing is recorded. Only from {@link #onChartOpened}: the chart page fires it after the
     * service let the caller open the chart, so the clients are the caller's to see.
     */
    private void markSeen(List<Long> clientIds) {
        Account caller = currentUser.require();
        if (caller.getRole() != Role.COUNSELOR || clientIds.isEmpty()) {
            return;
        }
        StringBuilder sql =
                new StringBuilder(
                        "INSERT INTO answers_seen (counselor_id, client_id, seen_at) VALUES ");
        for (int i = 0; i < clientIds.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
        }
        sql.append(" ON DUPLICATE KEY UPDATE seen_at = VALUES(seen_at)");
        var insert = em.createNativeQuery(sql.toString());
        Timestamp now = Timestamp.from(clock.now());
        int p = 1;
        for (Long id : clientIds) {
            insert.setParameter(p++, caller.getId()).setParameter(p++, id).setParameter(p++, now);
        }
        insert.executeUpdate();
    }

    /** A chart was opened: its clients' answers count as read by the counselor who opened it. */
    @Transactional
    void onChartOpened(@jakarta.enterprise.event.Observes org.rapport.clients.ChartOpened opened) {
        markSeen(opened.clientIds());
    }

    /**
     * The caller's clients with answers not read yet, the most recent first (at most {@code
     * limit}); audited per client.
     */
    public List<Unread> mine(int limit) {
        Account caller = gate.staff();
        Timestamp floor = Timestamp.from(clock.now().minus(LOOK_BACK));
        Map<Long, Unread> byClient = new LinkedHashMap<>();
        // check-ins (kind 0) and homework answers (kind 1) in one statement
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "SELECT 0, r.client_id, COUNT(*), MAX(r.submitted_at)"
                                        + " FROM checkin_response r JOIN checkin_assignment a ON a.id = r.assignment_id"
                                        + " LEFT JOIN answers_seen s ON s.counselor_id = a.counselor_id AND s.client_id = r.client_id"
                                        + " WHERE a.counselor_id = ? AND r.submitted_at > ? AND (s.seen_at IS NULL OR r.submitted_at > s.seen_at)"
                                        + " GROUP BY r.client_id"
                                        + " UNION ALL SELECT 1, COALESCE(t.completed_by, t.client_id), COUNT(*), MAX(t.completed_at)"
                                        + " FROM homework_task t JOIN homework_assignment a ON a.id = t.assignment_id"
                                        + " LEFT JOIN answers_seen s ON s.counselor_id = a.counselor_id"
                                        + " AND s.client_id = COALESCE(t.completed_by, t.client_id)"
                                        + " WHERE a.counselor_id = ? AND t.completed_at > ? AND (s.seen_at IS NULL OR t.completed_at > s.seen_at)"
                                        + " GROUP BY COALESCE(t.completed_by, t.client_id)")
                        .setParameter(1, caller.getId())
                        .setParameter(2, floor)
                        .setParameter(3, caller.getId())
                        .setParameter(4, floor)
                        .getResultList();
        for (Object[] row : rows) {
            if (row[1] == null) {
                continue;
            }
            Unread unread = byClient.computeIfAbsent(((Number) row[1]).longValue(), Unread::new);
            if (((Number) row[0]).intValue() == 0) {
                unread.checkins = ((Number) row[2]).intValue();
            } else {
                unread.homework = ((Number) row[2]).intValue();
            }
            unread.latest(instant(row[3]));
        }
        List<Unread> list = new ArrayList<>(byClient.values());
        list.sort(Comparator.comparing(Unread::getLatest).reversed());
        if (list.size() > limit) {
            list = new ArrayList<>(list.subList(0, limit));
        }
        if (!list.isEmpty()) {
            Map<Long, String> names = new LinkedHashMap<>();
            em.createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class)
                    .setParameter("ids", list.stream().map(Unread::getClientId).toList())
                    .getResultList()
                    .forEach(c -> names.put(c.getId(), c.getName()));
            Map<Long, String> details = new LinkedHashMap<>();
            for (Unread unread : list) {
                unread.client = names.get(unread.clientId);
                details.put(
                        unread.clientId,
                        "home page, answers to read: "
                                + unread.checkins
                                + " check-ins, "
                                + unread.homework
                                + " homework");
            }
            audit.recordEach(currentUser.actor(), AuditAction.VIEW, "CheckinResponse", details);
        }
        return list;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    /**
     * One client's unread answers: how many check-ins and homework answers, and when the latest
     * came.
     */
    public static final class Unread implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long clientId;
        private String client;
        private int checkins;
        private int homework;
        private Instant latest;

        Unread(long clientId) {
            this.clientId = clientId;
        }

        void latest(Instant at) {
            if (at != null && (latest == null || at.isAfter(latest))) {
                latest = at;
            }
        }

        public long getClientId() {
            return clientId;
        }

        public String getClient() {
            return client;
        }

        public int getCheckins() {
            return checkins;
        }

        public int getHomework() {
            return homework;
        }

        public Instant getLatest() {
            return latest;
        }
    }
}
