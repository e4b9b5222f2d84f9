package org.rapport.perf;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

import org.rapport.perf.Practice.Appt;
import org.rapport.perf.Practice.Case;
import org.rapport.perf.Practice.Counselor;
import org.rapport.perf.Practice.Person;

/**
 * The audit trail: the events of the records created above (accounts, clients, couples, bookings,
 * signatures, assignments), then everyday activity to make up the size's count: sign-ins, charts
 * and notes opened before and after sessions, clients in the portal doing homework and check-ins.
 */
final class AuditRows {

    private final Practice practice;
    private final SqlInserts sql;
    private final AuditLog audit;
    private final List<long[]> doneTasks;
    private final List<long[]> submittedCheckins;
    private final long firstId;
    int dropped;

    AuditRows(
            Practice practice,
            SqlInserts sql,
            AuditLog audit,
            List<long[]> doneTasks,
            List<long[]> submittedCheckins,
            long firstId) {
        this.practice = practice;
        this.sql = sql;
        this.audit = audit;
        this.doneTasks = doneTasks;
        this.submittedCheckins = submittedCheckins;
        this.firstId = firstId;
    }

    void write() {
        SplittableRandom r = practice.random(50);
        fill(r, practice.size.audit() - audit.size());
        int[] order = audit.timeOrder();
        // the records' own events alone may exceed a tiny size's count: keep an even sample of them
        boolean[] keep = new boolean[order.length];
        int wanted = Math.min(order.length, practice.size.audit());
        dropped = order.length - wanted;
        for (int i = 0, kept = 0; i < order.length; i++) {
            if ((long) (kept + 1) * order.length <= (long) (i + 1) * wanted) {
                keep[i] = true;
                kept++;
            }
        }
        SqlInserts.Table rows =
                sql.table(
                        "audit_event",
                        "id, occurred_at, account_id, actor, actor_role, action,"
                                + " record_type, record_id, client_id, ip_address, detail");
        long id = firstId;
        int staff = 1 + practice.counselors.size();
        for (int i = 0; i < order.length; i++) {
            if (!keep[i]) {
                continue;
            }
            int e = order[i];
            long account = audit.account(e);
            String actor;
            String role;
            String ip;
            if (account == 1) {
                actor = PeopleRows.ADMIN_EMAIL;
                role = "ADMIN";
                ip = "10.20.0.2";
            } else if (account <= staff) {
                actor = practice.counselors.get((int) account - 2).email;
                role = "COUNSELOR";
                ip = "10.20." + (account / 200) + "." + (10 + account % 200);
            } else {
                long client = account - staff; // client ids follow account ids
                actor = practice.clients.get((int) client - 1).email();
                role = "CLIENT";
                ip = (client % 2 == 0 ? "198.51.100." : "203.0.113.") + (1 + client % 250);
            }
            rows.row(
                    id++,
                    Instant.ofEpochSecond(audit.time(e)),
                    account,
                    actor,
                    role,
                    audit.action(e),
                    audit.recordType(e),
                    audit.recordId(e),
                    audit.clientId(e),
                    ip,
                    audit.detail(e));
        }
    }

    /**
     * Everyday activity, each event tied to a real session, note, task or check-in and its people.
     */
    private void fill(SplittableRandom r, int count) {
        List<Appt> past =
                practice.appointments.stream()
                        .filter(a -> a.start < practice.now.getEpochSecond())
                        .toList();
        List<Appt> notes = practice.noted;
        for (int i = 0; i < count; i++) {
            int roll = r.nextInt(100);
            if (roll < 22 || (roll >= 54 && roll < 64 && notes.isEmpty())) {
                Appt a = Practice.pick(r, past);
                Counselor k = a.kase.counselor;
                add(
                        a.start - 60L * (20 + r.nextInt(80)),
                        k.accountId,
                        AuditLog.LOGIN,
                        "Account",
                        k.accountId,
                        0,
                        null);
            } else if (roll < 44) {
                Appt a = Practice.pick(r, past);
                Person p = Practice.pick(r, a.kase.people());
                add(
                        a.start - 60L * (2 + r.nextInt(18)),
                        a.kase.counselor.accountId,
                        AuditLog.VIEW,
                        "Client",
                        p.id,
                        p.id,
                        "chart");
            } else if (roll < 54) {
                Appt a = Practice.pick(r, past);
                Person p = Practice.pick(r, a.kase.people());
                add(
                        a.start - 60L * (1 + r.nextInt(9)),
                        a.kase.counselor.accountId,
                        AuditLog.VIEW,
                        "Appointment",
                        a.id,
                        p.id,
                        null);
            } else if (roll < 64) {
                Appt a = Practice.pick(r, notes);
                Case c = a.kase;
                long at =
                        a.signedAt
                                + (r.nextBoolean()
                                        ? 86_400L * (1 + r.nextInt(60))
                                        : 60L * (5 + r.nextInt(600)));
                add(
                        at,
                        c.counselor.accountId,
                        AuditLog.VIEW,
                        "SessionNote",
                        a.noteId,
                        Practice.pick(r, c.people()).id,
                        "appointment " + a.id);
            } else if (roll < 90 && !doneTasks.isEmpty()) {
                long[] task = Practice.pick(r, doneTasks);
                if (roll < 76) {
                    add(
                            task[2] - 60L * (5 + r.nextInt(25)),
                            task[3],
                            AuditLog.LOGIN,
                            "Account",
                            task[3],
                            0,
                            null);
                } else if (roll < 84) {
                    add(
                            task[2],
                            task[3],
                            AuditLog.UPDATE,
                            "HomeworkTask",
                            task[0],
                            task[1],
                            "completed");
                } else {
                    add(
                            task[2] - 240,
                            task[3],
                            AuditLog.VIEW,
                            "Client",
                            task[1],
                            task[1],
                            "own portal");
                }
            } else if (roll < 95 && !submittedCheckins.isEmpty()) {
                long[] response = Practice.pick(r, submittedCheckins);
                add(
                        response[2],
                        response[3],
                        AuditLog.UPDATE,
                        "CheckinResponse",
                        response[0],
                        response[1],
                        "submitted");
            } else if (roll < 98) {
                Appt a = Practice.pick(r, past);
                Counselor k = a.kase.counselor;
                add(a.start - 3600, k.accountId, AuditLog.VIEW, "Calendar", 0, 0, null);
            } else if (roll < 99) {
                Appt a = Practice.pick(r, past);
                Counselor k = a.kase.counselor;
                add(
                        a.start - 7200,
                        k.accountId,
                        AuditLog.LOGIN_FAILED,
                        "Account",
                        k.accountId,
                        0,
                        "wrong password");
            } else {
                Appt a = Practice.pick(r, past);
                Counselor k = a.kase.counselor;
                add(
                        a.end() + 7200,
                        k.accountId,
                        AuditLog.SESSION_ENDED,
                        "Account",
                        k.accountId,
                        0,
                        "idle timeout");
            }
        }
    }

    private void add(
            long epochSecond,
            long account,
            byte action,
            String recordType,
            long recordId,
            long clientId,
            String detail) {
        long latest = practice.now.getEpochSecond() - 60;
        Instant at = Instant.ofEpochSecond(Math.min(epochSecond, latest));
        audit.add(at, account, action, recordType, recordId, clientId, detail);
    }
}
