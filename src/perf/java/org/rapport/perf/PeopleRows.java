package org.rapport.perf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import org.rapport.perf.Practice.Counselor;
import org.rapport.perf.Practice.Couple;
import org.rapport.perf.Practice.Person;
import org.rapport.perf.Practice.StatusChange;

/**
 * Accounts (staff and portal), client records with their concerns, diagnoses and status history,
 * and couples.
 */
final class PeopleRows {

    static final String ADMIN_EMAIL = "admin@bench.rapport";

    private final Practice practice;
    private final SqlInserts sql;
    private final AuditLog audit;
    private final String passwordHash;

    PeopleRows(Practice practice, SqlInserts sql, AuditLog audit, String passwordHash) {
        this.practice = practice;
        this.sql = sql;
        this.audit = audit;
        this.passwordHash = passwordHash;
    }

    void write() {
        SplittableRandom r = practice.random(10);
        SqlInserts.Table accounts =
                sql.table(
                        "account",
                        "id, email, display_name, role, password_hash, enabled,"
                                + " failed_logins, sessions_valid_from, mfa_enabled, created_at, last_login_at, version");
        Instant adminCreated = practice.at(practice.firstMonday.minusDays(120), 9, 0);
        accounts.row(
                1L,
                ADMIN_EMAIL,
                "Bench Administrator",
                "ADMIN",
                passwordHash,
                true,
                0,
                adminCreated,
                false,
                adminCreated,
                practice.now.minus(Duration.ofDays(2)),
                0L);
        for (Counselor k : practice.counselors) {
            accounts.row(
                    k.accountId,
                    k.email,
                    k.displayName,
                    "COUNSELOR",
                    passwordHash,
                    true,
                    0,
                    k.createdAt,
                    false,
                    k.createdAt,
                    practice.now.minus(Duration.ofHours(15 + r.nextInt(30))),
                    0L);
            audit.add(
                    k.createdAt,
                    1L,
                    AuditLog.ACCOUNT_CREATED,
                    "Account",
                    k.accountId,
                    0,
                    "COUNSELOR " + k.email);
        }
        for (Person p : practice.clients) {
            Instant invited = p.createdAt.plus(Duration.ofMinutes(20));
            Instant lastLogin =
                    p.active() && r.nextInt(10) < 7
                            ? practice.now.minus(Duration.ofHours(10 + r.nextInt(24 * 14)))
                            : null;
            if (lastLogin != null && lastLogin.isBefore(invited)) {
                lastLogin = null;
            }
            accounts.row(
                    p.accountId,
                    p.email(),
                    p.legalName,
                    "CLIENT",
                    passwordHash,
                    true,
                    0,
                    invited,
                    false,
                    invited,
                    lastLogin,
                    0L);
            audit.add(
                    invited,
                    p.counselor.accountId,
                    AuditLog.ACCOUNT_CREATED,
                    "Account",
                    p.accountId,
                    0,
                    "CLIENT " + p.email());
        }

        SqlInserts.Table clients =
                sql.table(
                        "client",
                        "id, legal_name, preferred_name, pronouns, date_of_birth, email,"
                                + " phone, phone_digits, address, emergency_contact_name, emergency_contact_relationship,"
                                + " emergency_contact_phone, status, status_since, intake_date, concerns_note, consent_notes,"
                                + " primary_counselor_id, portal_account_id, created_at, updated_at, updated_by, version");
        SqlInserts.Table concerns = sql.table("client_concern", "client_id, concern");
        SqlInserts.Table diagnoses =
                sql.table("client_diagnosis", "client_id, position, code, label");
        List<Change> changes = new ArrayList<>();
        for (Person p : practice.clients) {
            StatusChange current = p.current();
            clients.row(
                    p.id,
                    p.legalName,
                    p.preferredName,
                    p.pronouns,
                    p.birth,
                    p.email(),
                    p.phone,
                    p.phone == null ? null : p.phone.replaceAll("[^0-9]", ""),
                    p.address,
                    p.emergencyName,
                    p.emergencyRelation,
                    p.emergencyPhone,
                    current.status(),
                    current.effectiveOn(),
                    p.intakeDate,
                    p.concernsNote,
                    p.consent,
                    p.counselor.accountId,
                    p.accountId,
                    p.createdAt,
                    current.recordedAt(),
                    p.counselor.displayName,
                    (long) p.history.size() - 1);
            for (String concern : p.concerns) {
                concerns.row(p.id, concern);
            }
            for (int i = 0; i < p.diagnoses.size(); i++) {
                diagnoses.row(p.id, i, p.diagnoses.get(i).code(), p.diagnoses.get(i).label());
            }
            for (StatusChange change : p.history) {
                changes.add(new Change(p, change));
            }
            audit.add(
                    p.createdAt,
                    p.counselor.accountId,
                    AuditLog.CREATE,
                    "Client",
                    p.id,
                    p.id,
                    null);
            if (p.history.size() > 1) {
                StatusChange last = current;
                audit.add(
                        last.recordedAt(),
                        p.counselor.accountId,
                        AuditLog.UPDATE,
                        "Client",
                        p.id,
                        p.id,
                        "status " + last.status());
            }
        }
        // one history in time order across all clients, as the rows were added
        changes.sort(Comparator.comparing((Change c) -> c.change().recordedAt()));
        SqlInserts.Table history =
                sql.table(
                        "client_status_change",
                        "id, client_id, status, effective_on, reason, recorded_at, recorded_by");
        long id = 1;
        for (Change c : changes) {
            history.row(
                    id++,
                    c.person().id,
                    c.change().status(),
                    c.change().effectiveOn(),
                    c.change().reason(),
                    c.change().recordedAt(),
                    c.person().counselor.displayName);
        }

        SqlInserts.Table couples =
                sql.table(
                        "couple",
                        "id, partner_one_id, partner_two_id, counselor_id,"
                                + " relationship_type, together_since, confidentiality, status, started_on, ended_on, goals, created_at,"
                                + " updated_at, updated_by, version");
        for (Couple c : practice.couples) {
            boolean ended = c.endedOn != null;
            couples.row(
                    c.id,
                    c.one.id,
                    c.two.id,
                    c.counselor.accountId,
                    c.relationshipType,
                    c.togetherSince,
                    c.confidentiality,
                    ended ? "ENDED" : "ACTIVE",
                    c.one.intakeDate,
                    c.endedOn,
                    c.goals,
                    c.createdAt,
                    ended ? c.endedAt : c.createdAt,
                    c.counselor.displayName,
                    ended ? 1L : 0L);
            audit.add(
                    c.createdAt,
                    c.counselor.accountId,
                    AuditLog.CREATE,
                    "Couple",
                    c.id,
                    c.one.id,
                    null);
            audit.add(
                    c.createdAt,
                    c.counselor.accountId,
                    AuditLog.CREATE,
                    "Couple",
                    c.id,
                    c.two.id,
                    null);
        }
    }

    private record Change(Person person, StatusChange change) {}
}
