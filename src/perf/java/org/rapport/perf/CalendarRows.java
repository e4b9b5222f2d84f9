package org.rapport.perf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import org.rapport.perf.Practice.Appt;
import org.rapport.perf.Practice.Case;
import org.rapport.perf.Practice.Person;

/**
 * Appointment series, appointments and who each one occupies. Reminders: off by default (no
 * reminder is due, so Rapport's reminder job stays idle during a benchmark); {@code reminders}
 * plans them 24 hours ahead for scheduled appointments, as booking does.
 */
final class CalendarRows {

    private final Practice practice;
    private final SqlInserts sql;
    private final AuditLog audit;
    private final boolean reminders;

    CalendarRows(Practice practice, SqlInserts sql, AuditLog audit, boolean reminders) {
        this.practice = practice;
        this.sql = sql;
        this.audit = audit;
        this.reminders = reminders;
    }

    void write() {
        SqlInserts.Table series =
                sql.table(
                        "appointment_series",
                        "id, counselor_id, frequency, local_start_time, time_zone, created_at");
        SqlInserts.Table appointments =
                sql.table(
                        "appointment",
                        "id, counselor_id, client_id, couple_id, starts_at,"
                                + " ends_at, kind, modality, room, video_link, status, status_reason, memo, series_id, reminder_due_at,"
                                + " reminder_sent_at, created_at, updated_at, updated_by, version");
        SqlInserts.Table attendees = sql.table("appointment_attendee", "appointment_id, client_id");
        String zone = practice.zone.getId();
        java.util.List<Case> booked = new java.util.ArrayList<>(practice.cases);
        booked.sort(java.util.Comparator.comparingLong(c -> c.seriesId));
        for (Case c : booked) {
            LocalTime localStart = LocalTime.of(Practice.FIRST_HOUR + c.slot % Practice.HOURS, 0);
            series.row(
                    c.seriesId,
                    c.counselor.accountId,
                    c.every == 1 ? "WEEKLY" : "EVERY_TWO_WEEKS",
                    localStart,
                    zone,
                    c.bookedAt);
            boolean firstOfSeries = true;
            for (Appt a : c.appts) {
                Long clientId = c.isCouple() ? null : c.client.id;
                Long coupleId = c.isCouple() ? c.couple.id : null;
                String kind = a.intake ? "INTAKE" : c.isCouple() ? "COUPLE" : "INDIVIDUAL";
                Instant start = Instant.ofEpochSecond(a.start);
                Instant due = null;
                if (reminders && a.status.equals(Practice.SCHEDULED)) {
                    Instant planned = start.minus(Duration.ofHours(24));
                    due = planned.isBefore(practice.now) ? practice.now : planned;
                }
                appointments.row(
                        a.id,
                        c.counselor.accountId,
                        clientId,
                        coupleId,
                        start,
                        Instant.ofEpochSecond(a.end()),
                        kind,
                        c.telehealth ? "TELEHEALTH" : "IN_PERSON",
                        c.telehealth ? null : c.counselor.room,
                        c.telehealth ? "https://video.example.org/rapport-" + c.seriesId : null,
                        a.status,
                        a.reason,
                        c.memo,
                        a.intake ? null : c.seriesId,
                        due,
                        null,
                        c.bookedAt,
                        a.updatedAt != null ? a.updatedAt : c.bookedAt,
                        c.counselor.displayName,
                        a.status.equals(Practice.SCHEDULED) ? 0L : 1L);
                for (Person p : c.people()) {
                    attendees.row(a.id, p.id);
                    if (a.intake || (firstOfSeries && !a.intake)) {
                        audit.add(
                                c.bookedAt,
                                c.counselor.accountId,
                                AuditLog.CREATE,
                                "Appointment",
                                a.id,
                                p.id,
                                null);
                    }
                }
                if (!a.intake) {
                    firstOfSeries = false;
                }
            }
        }
    }
}
