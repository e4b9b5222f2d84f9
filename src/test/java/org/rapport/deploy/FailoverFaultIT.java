package org.rapport.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.WebSession;

/**
 * Instance fail-over, for real: the local cluster of deploy/local-cluster.sh (two Payara Micro
 * instances sharing sessions through Payara's data grid, behind nginx with TLS). A counselor signs
 * in and is half-way through a note draft; the instance serving them is killed with {@code kill
 * -9}; the next request lands on the other instance, still signed in, with the draft there, and the
 * draft goes on saving. Runs with {@code mvn -B verify -Pfault} (README: fault tests).
 */
class FailoverFaultIT {

    private static final Logger LOG = Logger.getLogger(FailoverFaultIT.class.getName());
    static final Pattern SAVED = Pattern.compile("Saved \\d");
    private static final String DATABASE = "rapport_failover_" + System.currentTimeMillis();
    private static final LocalCluster CLUSTER =
            new LocalCluster("local-cluster", 18443, "jdbc:mysql://127.0.0.1:3306/" + DATABASE);

    @BeforeAll
    static void up() throws Exception {
        LocalCluster.machineSql(
                "CREATE DATABASE "
                        + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        CLUSTER.up(2);
    }

    @AfterAll
    static void down() throws Exception {
        try {
            CLUSTER.down();
        } finally {
            LocalCluster.machineSql("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    void aCounselorHalfWayThroughADraftLosesNothingWhenTheirInstanceIsKilled() throws Exception {
        WebSession counselor =
                CLUSTER.browser().signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD);
        String session = counselor.sessionId().orElseThrow();
        long appointment = unwrittenPastSessions(DATABASE, DemoAccounts.JORDAN, 1)[0];
        String path = "counselor/note.xhtml?appointment=" + appointment;
        HttpResponse<String> page = counselor.get(path);
        assertEquals(200, page.statusCode(), page.body());
        HttpResponse<String> saved =
                LocalCluster.saveDraft(
                        counselor, page, "Half-way: both described the week calmly.");
        assertEquals(200, saved.statusCode());
        assertTrue(SAVED.matcher(saved.body()).find(), "the draft was saved: " + saved.body());

        // Which instance serves this session (nginx is sticky by session cookie): the one whose log
        // has the probe.
        String probe = UUID.randomUUID().toString();
        counselor.get(path + "&probe=" + probe);
        int serving = CLUSTER.servingInstance(probe);
        LOG.info(
                "The counselor's session is served by instance "
                        + serving
                        + "; killing it with kill -9");
        CLUSTER.kill(serving);

        long killed = System.nanoTime();
        HttpResponse<String> after = counselor.get(path + "&probe=after-" + probe);
        double seconds = (System.nanoTime() - killed) / 1e9;
        assertEquals(200, after.statusCode(), "still signed in, no sign-in page: " + after.body());
        assertEquals(
                3 - serving,
                CLUSTER.servingInstance("after-" + probe),
                "the other instance answered");
        assertEquals(
                Optional.of(session), counselor.sessionId(), "the same session, not a new one");
        assertTrue(
                after.body().contains("Half-way: both described the week calmly."),
                "the draft is intact");
        assertFalse(after.body().contains("login.xhtml"), "no sign-in asked for");

        HttpResponse<String> savedAgain =
                LocalCluster.saveDraft(counselor, after, "Half-way, then on the other instance.");
        assertTrue(SAVED.matcher(savedAgain.body()).find(), "saving goes on: " + savedAgain.body());
        try (Connection db =
                        DriverManager.getConnection(
                                "jdbc:mysql://127.0.0.1:3306/" + DATABASE, "root", "");
                PreparedStatement find =
                        db.prepareStatement(
                                "SELECT id, section1 FROM session_note WHERE appointment_id = ?")) {
            find.setLong(1, appointment);
            try (ResultSet row = find.executeQuery()) {
                assertTrue(row.next(), "the draft is stored");
                assertEquals(
                        "Half-way, then on the other instance.",
                        CLUSTER.open("session_note", "section1", row.getLong(1), row.getString(2)));
            }
        }
        LOG.info(
                String.format(
                        "Fail-over: the first request after kill -9 answered in %.2f s, signed in, draft intact",
                        seconds));
    }

    /**
     * Past sessions of the counselor that have no note yet, newest first: up to {@code how}, at
     * least one.
     */
    static long[] unwrittenPastSessions(String url, String counselor, int how) throws SQLException {
        String jdbc = url.startsWith("jdbc:") ? url : "jdbc:mysql://127.0.0.1:3306/" + url;
        try (Connection db = DriverManager.getConnection(jdbc, "root", "");
                PreparedStatement find =
                        db.prepareStatement(
                                "SELECT a.id FROM appointment a JOIN account k ON k.id ="
                                        + " a.counselor_id LEFT JOIN session_note n ON n.appointment_id = a.id WHERE k.email = ? AND"
                                        + " a.starts_at < UTC_TIMESTAMP() AND a.status IN ('SCHEDULED', 'COMPLETED') AND n.id IS NULL"
                                        + " ORDER BY a.starts_at DESC LIMIT "
                                        + how)) {
            find.setString(1, counselor);
            try (ResultSet rows = find.executeQuery()) {
                java.util.List<Long> ids = new java.util.ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                assertTrue(!ids.isEmpty(), "the demo practice has past sessions without a note");
                return ids.stream().mapToLong(Long::longValue).toArray();
            }
        }
    }
}
