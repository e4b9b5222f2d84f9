package org.rapport.home;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.rapport.identity.AccessGate;
import org.rapport.notes.MissingNotes;
import org.rapport.notes.NoteService;
import org.rapport.platform.PracticeClock;
import org.rapport.scheduling.AppointmentStatus;
import org.rapport.scheduling.Held;

/**
 * The practice's figures for an administrator's home page, per counselor: sessions this week (held
 * so far, and still to come), no-shows and late cancellations of the last 30 days with the no-show
 * rate, and notes to write with the oldest. Sessions count by the {@link Held} rule. Counts only:
 * nothing about a client is read.
 */
@ApplicationScoped
public class PracticeFigures {

    static final int MONTH_DAYS = 30;

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private PracticeClock clock;

    @Inject private NoteService notes;

    /** The figures now (administrators only). */
    public Figures figures() {
        gate.admin();
        Instant now = clock.now();
        LocalDate monday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant weekFrom = monday.atStartOfDay(clock.zone()).toInstant();
        Instant weekTo = monday.plusWeeks(1).atStartOfDay(clock.zone()).toInstant();
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (Object[] r : counts(weekFrom, weekTo, now)) {
            Row row = rows.computeIfAbsent((Long) r[0], id -> new Row(id, (String) r[1]));
            AppointmentStatus status = (AppointmentStatus) r[2];
            long over = ((Number) r[3]).longValue();
            long all = ((Number) r[4]).longValue();
            if (!status.isCancelled()) {
                row.week += all;
            }
            if (status == AppointmentStatus.COMPLETED) {
                row.heldThisWeek += all;
            } else if (status == AppointmentStatus.SCHEDULED) {
                row.heldThisWeek += over;
            }
        }
        for (Object[] r : counts(now.minus(Duration.ofDays(MONTH_DAYS)), now, now)) {
            Row row = rows.computeIfAbsent((Long) r[0], id -> new Row(id, (String) r[1]));
            AppointmentStatus status = (AppointmentStatus) r[2];
            long over = ((Number) r[3]).longValue();
            switch (status) {
                case COMPLETED, SCHEDULED -> row.heldMonth += over;
                case NO_SHOW -> row.noShowsMonth += over;
                case LATE_CANCELLATION -> row.lateCancellationsMonth += over;
                default -> {}
            }
        }
        for (MissingNotes.Counselor c : notes.missingNotes(null, 1).counselors()) {
            Row row = rows.computeIfAbsent(c.id(), id -> new Row(id, c.name()));
            row.notesToWrite = c.missing();
            row.oldestNote = c.oldest();
        }
        List<Row> list = new ArrayList<>(rows.values());
        list.sort(Comparator.comparing(Row::getName));
        return new Figures(monday, list);
    }

    /**
     * Per counselor and status: the appointments starting in [from, to), and how many of them are
     * over by now.
     */
    private List<Object[]> counts(Instant from, Instant to, Instant now) {
        return em.createQuery(
                        "SELECT a.counselor.id, a.counselor.displayName, a.status,"
                                + " SUM(CASE WHEN a.endsAt <= :now THEN 1 ELSE 0 END), COUNT(a) FROM Appointment a"
                                + " WHERE a.startsAt >= :from AND a.startsAt < :to"
                                + " GROUP BY a.counselor.id, a.counselor.displayName, a.status",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("now", now)
                .getResultList();
    }

    /** The practice's figures: the week they count from, and one row per counselor. */
    public record Figures(LocalDate weekOf, List<Row> counselors) implements Serializable {

        public LocalDate getWeekOf() {
            return weekOf;
        }

        public List<Row> getCounselors() {
            return counselors;
        }

        public Row getTotal() {
            Row total = new Row(0, "The practice");
            for (Row row : counselors) {
                total.week += row.week;
                total.heldThisWeek += row.heldThisWeek;
                total.heldMonth += row.heldMonth;
                total.noShowsMonth += row.noShowsMonth;
                total.lateCancellationsMonth += row.lateCancellationsMonth;
                total.notesToWrite += row.notesToWrite;
                if (row.oldestNote != null
                        && (total.oldestNote == null
                                || row.oldestNote.isBefore(total.oldestNote))) {
                    total.oldestNote = row.oldestNote;
                }
            }
            return total;
        }
    }

    /** One counselor's figures. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private long week;
        private long heldThisWeek;
        private long heldMonth;
        private long noShowsMonth;
        private long lateCancellationsMonth;
        private long notesToWrite;
        private Instant oldestNote;

        Row(long id, String name) {
            this.id = id;
            this.name = name;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        /** Sessions this week that were not cancelled: held, no-shows and those still to come. */
        public long getWeek() {
            return week;
        }

        public long getHeldThisWeek() {
            return heldThisWeek;
        }

        public long getNoShowsMonth() {
            return noShowsMonth;
        }

        public long getLateCancellationsMonth() {
            return lateCancellationsMonth;
        }

        /**
         * No-shows of the last 30 days among the sessions that were due to take place, in percent
         * (null: none).
         */
        public Long getNoShowRate() {
            long due = heldMonth + noShowsMonth;
            return due == 0 ? null : Math.round(100.0 * noShowsMonth / due);
        }

        public long getNotesToWrite() {
            return notesToWrite;
        }

        public Instant getOldestNote() {
            return oldestNote;
        }
    }
}
