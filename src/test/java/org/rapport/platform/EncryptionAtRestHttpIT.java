package org.rapport.platform;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.rapport.testing.IntegrationTestRun;
import org.rapport.testing.RunningRapport;

/**
 * What a database dump shows: every text column of every table, read straight from the test run's
 * database after the demo practice (and whatever the tests wrote before) is in it. A column either
 * holds only sealed values ("v2:…", bound to their row) or is listed below as plain, with the
 * reason. A new text column that is neither fails here until it is sealed ({@link Sealed}) or
 * listed.
 */
class EncryptionAtRestHttpIT {

    /** Columns allowed to hold readable text, each with why. */
    static final Map<String, String> PLAIN =
            Map.ofEntries(
                    entry("account.email", "sign-in name; searched"),
                    entry("account.display_name", "shown in lists and the audit trail; searched"),
                    entry("account.role", "a code"),
                    entry(
                            "account.password_hash",
                            "a salted PBKDF2 hash, not a secret that can be reversed"),
                    entry("appointment.kind", "a code"),
                    entry("appointment.modality", "a code"),
                    entry("appointment.room", "a room of the practice, not about the client"),
                    entry(
                            "appointment.video_link",
                            "the meeting address both sides open; not clinical"),
                    entry("appointment.status", "a code"),
                    entry("appointment.updated_by", "a staff member's name"),
                    entry("appointment_series.frequency", "a code"),
                    entry("appointment_series.time_zone", "a zone name"),
                    entry("at_rest_migration.sealed_column", "a column name"),
                    entry(
                            "practice_settings.practice_name",
                            "the practice's own name, printed on every page"),
                    entry("practice_settings.time_zone", "a zone name"),
                    entry(
                            "practice_settings.rooms",
                            "the practice's room names, not about a client"),
                    entry(
                            "practice_settings.crisis_text",
                            "the practice's notice to every client, shown in the portal"),
                    entry("practice_settings.changed_by", "a staff member's name"),
                    entry(
                            "audit_event.actor",
                            "who acted (an e-mail address): the trail must be readable by itself"),
                    entry("audit_event.actor_role", "a code"),
                    entry("audit_event.action", "a code"),
                    entry("audit_event.record_type", "a code"),
                    entry("audit_event.ip_address", "where a request came from"),
                    entry(
                            "audit_event.detail",
                            "what happened, never clinical text (account events, sign-in outcomes)"),
                    entry("calendar_feed.token_hash", "a SHA-256 hash of the feed's token"),
                    entry(
                            "checkin_assignment.schedule",
                            "a code (once, weekly, before each session)"),
                    entry("checkin_assignment.status", "a code"),
                    entry("client.legal_name", "searched (the client list)"),
                    entry("client.preferred_name", "searched (the client list)"),
                    entry("client.pronouns", "shown beside the name"),
                    entry("client.email", "searched; reminders are sent to it"),
                    entry("client.phone", "searched"),
                    entry("client.phone_digits", "the phone number's digits, for search"),
                    entry("client.address", "contact details, like phone and e-mail"),
                    entry("client.emergency_contact_name", "contact details"),
                    entry("client.emergency_contact_relationship", "contact details"),
                    entry("client.emergency_contact_phone", "contact details"),
                    entry("client.status", "a code"),
                    entry("client.updated_by", "a staff member's name"),
                    entry(
                            "client_concern.concern",
                            "a code from a fixed list (the free text is concerns_note, sealed)"),
                    entry(
                            "client_diagnosis.code",
                            "an ICD-10 code, kept plain for reporting; its label is sealed"),
                    entry("client_status_change.status", "a code"),
                    entry("client_status_change.recorded_by", "a staff member's name"),
                    entry("couple.relationship_type", "a code"),
                    entry("couple.confidentiality", "a code"),
                    entry("couple.status", "a code"),
                    entry("couple.updated_by", "a staff member's name"),
                    entry("exercise.slug", "the practice's exercise library, not about a client"),
                    entry("exercise.title", "the exercise library"),
                    entry("exercise.strategy_key", "a code"),
                    entry("exercise.goal", "the exercise library"),
                    entry("exercise.frequency", "the exercise library"),
                    entry("exercise.participation", "a code"),
                    entry("exercise.origin", "a code"),
                    entry("exercise_prompt.question", "the exercise library"),
                    entry("exercise_prompt.answer_type", "a code"),
                    entry("exercise_prompt.scale_low_label", "the exercise library"),
                    entry("exercise_prompt.scale_high_label", "the exercise library"),
                    entry("exercise_step.text", "the exercise library"),
                    entry("flyway_schema_history.version", "the schema's history"),
                    entry("flyway_schema_history.description", "the schema's history"),
                    entry("flyway_schema_history.type", "the schema's history"),
                    entry("flyway_schema_history.script", "the schema's history"),
                    entry("flyway_schema_history.installed_by", "the schema's history"),
                    entry("homework_assignment.repeat_kind", "a code"),
                    entry("homework_assignment.weekdays", "a schedule"),
                    entry("homework_assignment.couple_mode", "a code"),
                    entry("homework_assignment.status", "a code"),
                    entry("homework_assignment.updated_by", "a staff member's name"),
                    entry("homework_assignment.request_key", "a random one-time key of the form"),
                    entry("homework_task.status", "a code"),
                    entry("homework_task.feedback_by", "a staff member's name"),
                    entry(
                            "note_addendum.content_hash",
                            "SHA-256 of the signed text, to show it did not change"),
                    entry("one_time_token.token_hash", "a SHA-256 hash of the link's token"),
                    entry("one_time_token.purpose", "a code"),
                    entry("questionnaire.slug", "the check-in library, not about a client"),
                    entry("questionnaire.title", "the check-in library"),
                    entry("questionnaire.description", "the check-in library"),
                    entry("questionnaire.scoring", "a code"),
                    entry("questionnaire.origin", "a code"),
                    entry(
                            "questionnaire.instructions",
                            "the check-in library (a measure's published stem)"),
                    entry(
                            "questionnaire.copyright",
                            "the check-in library (the measure owner's notice)"),
                    entry("questionnaire.loinc_code", "a public code"),
                    entry("questionnaire.total_loinc_code", "a public code"),
                    entry("questionnaire.bands", "the check-in library (published severity bands)"),
                    entry(
                            "questionnaire.short_title",
                            "the check-in library (a measure's short name)"),
                    entry(
                            "questionnaire.subscale_wording",
                            "the check-in library (what each subscale means)"),
                    entry("measure_alert.kind", "a code (the detail is sealed)"),
                    entry("questionnaire_item.text", "the check-in library"),
                    entry("questionnaire_item.kind", "a code"),
                    entry("questionnaire_item.low_anchor", "the check-in library"),
                    entry("questionnaire_item.high_anchor", "the check-in library"),
                    entry("questionnaire_item.subscale", "the check-in library"),
                    entry("questionnaire_item.loinc_code", "a public code"),
                    entry(
                            "questionnaire_item.choices",
                            "the check-in library (a measure's published answer choices)"),
                    entry("recovery_code.code_hash", "a hash of a one-time recovery code"),
                    entry("session_note.format", "a code"),
                    entry("session_note.risk_level", "a code (the comment is sealed)"),
                    entry(
                            "session_note.content_hash",
                            "SHA-256 of the signed text, to show it did not change"),
                    entry("session_note_intervention.strategy_key", "a code"),
                    entry("strategy.strategy_key", "the strategy library, not about a client"),
                    entry("strategy.name", "the strategy library"),
                    entry("strategy.summary", "the strategy library"));

    /** Sealed columns the demo practice fills, so that this test cannot pass on empty columns. */
    static final Set<String> FILLED_BY_THE_DEMO =
            Set.of(
                    "session_note.section1",
                    "session_note.section2",
                    "note_addendum.body",
                    "client.concerns_note",
                    "client_diagnosis.label",
                    "couple.goals",
                    "homework_answer.text_value",
                    "homework_assignment.instructions",
                    "checkin_answer.text_value",
                    "measure_alert.detail");

    @Test
    void everyTextColumnHoldsOnlySealedValuesOrIsListedAsPlainWithItsReason() throws SQLException {
        RunningRapport
                .baseUrl(); // the demo practice is written before Rapport reports itself healthy
        List<String> problems = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        Set<String> sealedColumns = new TreeSet<>();
        try (Connection db = IntegrationTestRun.database().connect()) {
            List<String[]> columns = new ArrayList<>();
            try (PreparedStatement find =
                            db.prepareStatement(
                                    "SELECT table_name, column_name FROM information_schema.columns"
                                            + " WHERE table_schema = DATABASE() AND data_type IN ('char', 'varchar', 'tinytext', 'text',"
                                            + " 'mediumtext', 'longtext') ORDER BY table_name, ordinal_position");
                    ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    columns.add(
                            new String[] {
                                rows.getString(1).toLowerCase(), rows.getString(2).toLowerCase()
                            });
                }
            }
            for (String[] c : columns) {
                String name = c[0] + "." + c[1];
                seen.add(name);
                if (PLAIN.containsKey(name)) {
                    continue;
                }
                sealedColumns.add(name);
                try (PreparedStatement values =
                        db.prepareStatement(
                                "SELECT COUNT(*), SUM("
                                        + c[1]
                                        + " LIKE 'v2:%' AND "
                                        + c[1]
                                        + " <> ?), MIN(CASE WHEN "
                                        + c[1]
                                        + " NOT LIKE 'v2:%' OR "
                                        + c[1]
                                        + " = ? THEN LEFT("
                                        + c[1]
                                        + ", 40) END) FROM "
                                        + c[0]
                                        + " WHERE "
                                        + c[1]
                                        + " IS NOT NULL")) {
                    values.setString(1, Sealing.PENDING);
                    values.setString(2, Sealing.PENDING);
                    try (ResultSet counts = values.executeQuery()) {
                        counts.next();
                        long all = counts.getLong(1);
                        long sealed = counts.getLong(2);
                        if (all != sealed) {
                            problems.add(
                                    name
                                            + ": "
                                            + (all - sealed)
                                            + " of "
                                            + all
                                            + " values are readable, e.g. \""
                                            + counts.getString(3)
                                            + "\" (seal the column, or list it as plain with a reason)");
                        }
                        if (all == 0 && FILLED_BY_THE_DEMO.contains(name)) {
                            problems.add(name + ": empty, so this test proves nothing about it");
                        }
                    }
                }
            }
        }
        Set<String> stale = new TreeSet<>(PLAIN.keySet());
        stale.removeAll(seen);
        assertEquals(Set.of(), stale, "listed as plain but not in the schema");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(sealedColumns.containsAll(FILLED_BY_THE_DEMO), sealedColumns.toString());
        assertTrue(
                sealedColumns.containsAll(
                        Set.of(
                                "account.mfa_secret",
                                "process_note.body",
                                "homework_task.feedback",
                                "client.consent_notes",
                                "client_status_change.reason",
                                "appointment.status_reason",
                                "appointment.memo",
                                "session_note.risk_comment")),
                sealedColumns.toString());
    }
}
