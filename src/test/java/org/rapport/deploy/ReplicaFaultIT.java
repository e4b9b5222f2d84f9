package org.rapport.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.WebSession;

/**
 * The database's second copy and the backups, as deploy/README.md tells an administrator to run
 * them: a durable MariaDB of the test's own (deploy/local-database.sh) with Rapport on it, a
 * replica set up by deploy/mysql/rapport-replica.sh, backups taken from the replica
 * (deploy/backup/rapport-backup.sh, a dump and the binary logs after it), and a restore drill
 * (deploy/backup/rapport-restore-drill.sh) to a point in time between two saves: the row counts and
 * the signed note of that moment come back, the later save does not. Then the replica is promoted,
 * as a fail-over by hand would.
 */
class ReplicaFaultIT {

    private static final Logger LOG = Logger.getLogger(ReplicaFaultIT.class.getName());
    private static final int DB_PORT = 13309;
    private static final int REPLICA_PORT = DB_PORT + 1;
    private static final int DRILL_PORT = 13311;
    private static final String NAME = "rapport_replica";
    private static final String URL = "jdbc:mysql://127.0.0.1:" + DB_PORT + "/" + NAME;
    private static final String REPLICA_URL = "jdbc:mysql://127.0.0.1:" + REPLICA_PORT + "/" + NAME;
    private static final LocalCluster CLUSTER =
            new LocalCluster("local-cluster-replica", 18446, URL);
    private static final DateTimeFormatter SQL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @BeforeAll
    static void up() throws Exception {
        CLUSTER.database(DB_PORT, NAME, "replica-down"); // what an interrupted run left
        CLUSTER.database(DB_PORT, NAME, "up");
        try (Connection db =
                DriverManager.getConnection(
                        "jdbc:mysql://127.0.0.1:" + DB_PORT + "/", "root", "")) {
            db.createStatement().execute("DROP DATABASE IF EXISTS " + NAME);
            db.createStatement()
                    .execute(
                            "CREATE DATABASE "
                                    + NAME
                                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        CLUSTER.up(1);
    }

    @AfterAll
    static void down() throws Exception {
        try {
            CLUSTER.down();
        } finally {
            try {
                CLUSTER.database(DB_PORT, NAME, "replica-down");
            } finally {
                CLUSTER.database(DB_PORT, NAME, "down");
            }
        }
    }

    @Test
    void theReplicaFollowsAndABackupTakenFromItRestoresToAPointInTime() throws Exception {
        long setupStart = System.nanoTime();
        CLUSTER.database(DB_PORT, NAME, "replica-up");
        double setupSeconds = seconds(setupStart);

        WebSession counselor =
                CLUSTER.browser().signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD);
        WebSession other = CLUSTER.browser().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        long[] sessions = {
            FailoverFaultIT.unwrittenPastSessions(URL, DemoAccounts.JORDAN, 1)[0],
            -1,
            FailoverFaultIT.unwrittenPastSessions(URL, DemoAccounts.MORGAN, 1)[0]
        };
        saveDraft(counselor, sessions[0], "Before the backup: both agreed on a weekly check-in.");
        double lag = replicaCaughtUp();
        assertEquals(
                LocalCluster.row(
                        URL,
                        "SELECT section1 FROM session_note WHERE appointment_id = " + sessions[0]),
                LocalCluster.row(
                        REPLICA_URL,
                        "SELECT section1 FROM session_note WHERE appointment_id = " + sessions[0]),
                "the draft written on the primary is on the replica, byte for byte");

        // Backups from the replica, encrypted to a key of the test's own.
        Path backups = CLUSTER.directory().resolve("backups");
        Path key = CLUSTER.directory().resolve("backup-key.txt");
        CLUSTER.run(Map.of(), "../src/test/setup/ensure-package.sh", "age", "age");
        Files.deleteIfExists(key);
        new ProcessBuilder("age-keygen", "-o", key.toString())
                .redirectErrorStream(true)
                .start()
                .waitFor();
        String recipient =
                new String(
                                new ProcessBuilder("age-keygen", "-y", key.toString())
                                        .start()
                                        .getInputStream()
                                        .readAllBytes())
                        .strip();
        Path replicaOptions = CLUSTER.directory().resolve("database/replica/admin.cnf");
        Map<String, String> backup =
                Map.of(
                        "RAPPORT_BACKUP_RECIPIENT",
                        recipient,
                        "RAPPORT_BACKUP_DIR",
                        backups.toString(),
                        "RAPPORT_BACKUP_DEFAULTS",
                        replicaOptions.toString(),
                        "RAPPORT_BACKUP_DATABASE",
                        NAME);
        long dumpStart = System.nanoTime();
        CLUSTER.run(backup, "backup/rapport-backup.sh");
        double dumpSeconds = seconds(dumpStart);

        // After the dump, before the point in time: the draft signed, another counselor's draft
        // saved.
        sessions[1] = sessions[0];
        HttpResponse<String> page =
                counselor.get("counselor/note.xhtml?appointment=" + sessions[1]);
        HttpResponse<String> signed =
                LocalCluster.sign(
                        counselor,
                        page,
                        "Signed after the dump: the repair conversation" + " went well.",
                        DemoAccounts.PASSWORD);
        assertTrue(
                WebSession.isRedirect(signed)
                        && WebSession.location(signed).contains("signed=true"),
                "the note was signed: " + signed.body());
        saveDraft(other, sessions[2], "The point in time: this draft is in the restore.");
        replicaCaughtUp();
        Thread.sleep(1_500);
        Instant pointInTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path expected = CLUSTER.directory().resolve("expected-counts");
        Files.write(expected, counts(REPLICA_URL));
        long signedNote =
                Long.parseLong(
                        LocalCluster.row(
                                REPLICA_URL,
                                "SELECT id FROM session_note WHERE appointment_id = "
                                        + sessions[1]
                                        + " AND signed_at IS NOT NULL"));
        String digest =
                CLUSTER.run(
                                Map.of("RAPPORT_BACKUP_DATABASE", NAME),
                                "backup/rapport-restore-drill.sh",
                                "note-digest",
                                replicaOptions.toString(),
                                String.valueOf(signedNote))
                        .strip();
        assertTrue(digest.matches("[0-9a-f]{64}"), digest);
        Thread.sleep(1_200);

        // After the point in time: the draft changes again; the restore must not have it.
        saveDraft(other, sessions[2], "After the point in time: not in the restore.");
        replicaCaughtUp();
        CLUSTER.run(backup, "backup/rapport-backup.sh", "binlogs");

        Path drill = CLUSTER.directory().resolve("drill");
        stopDrill(drill); // a drill an earlier run kept
        long drillStart = System.nanoTime();
        String report =
                CLUSTER.run(
                        Map.of(
                                "RAPPORT_BACKUP_DIR",
                                backups.toString(),
                                "RAPPORT_BACKUP_IDENTITY",
                                key.toString(),
                                "RAPPORT_BACKUP_DATABASE",
                                NAME,
                                "RAPPORT_DRILL_PORT",
                                String.valueOf(DRILL_PORT),
                                "RAPPORT_DRILL_DIR",
                                drill.toString()),
                        "backup/rapport-restore-drill.sh",
                        "--until",
                        SQL_TIME.format(pointInTime),
                        "--expect-counts",
                        expected.toString(),
                        "--expect-note",
                        signedNote + "=" + digest,
                        "--compare",
                        replicaOptions.toString(),
                        "--keep");
        double drillSeconds = seconds(drillStart);
        assertTrue(report.contains("PASSED"), report);
        String restoredUrl = "jdbc:mysql://127.0.0.1:" + DRILL_PORT + "/" + NAME;
        try {
            String restored =
                    LocalCluster.row(
                            restoredUrl,
                            "SELECT CONCAT(id, ' ', section1) FROM session_note WHERE appointment_id = "
                                    + sessions[2]);
            String[] idAndText = restored.split(" ", 2);
            assertEquals(
                    "The point in time: this draft is in the restore.",
                    CLUSTER.open(
                            "session_note", "section1", Long.parseLong(idAndText[0]), idAndText[1]),
                    "the draft as it was at the point in time, not the later save");
            assertEquals(
                    LocalCluster.row(
                            URL, "SELECT content_hash FROM session_note WHERE id = " + signedNote),
                    LocalCluster.row(
                            restoredUrl,
                            "SELECT content_hash FROM session_note WHERE id = " + signedNote));
        } finally {
            stopDrill(drill);
        }

        // Fail-over by hand: the replica becomes writable and stops following the old primary.
        CLUSTER.database(DB_PORT, NAME, "replica-promote");
        assertEquals("0", LocalCluster.row(REPLICA_URL, "SELECT @@read_only"));
        assertTrue(CLUSTER.database(DB_PORT, NAME, "replica-status").contains("not a replica"));

        LOG.info(
                String.format(
                        "Replica: set up in %.1f s (copy of the demo practice), caught up %.2f s after a save;"
                                + " dump from the replica %.1f s; restore drill to %s (dump + binary logs, checked against %d table"
                                + " counts, the signed note %d and every signed note of the replica) %.1f s:%n%s",
                        setupSeconds,
                        lag,
                        dumpSeconds,
                        SQL_TIME.format(pointInTime),
                        Files.readAllLines(expected).size(),
                        signedNote,
                        drillSeconds,
                        report));
    }

    /** Stops the scratch server a drill kept (--keep) and removes its directory. */
    private static void stopDrill(Path drill) throws Exception {
        new ProcessBuilder("pkill", "-f", "--", "--datadir=" + drill.resolve("data"))
                .start()
                .waitFor();
        for (int i = 0;
                i < 40
                        && new ProcessBuilder(
                                                "pgrep",
                                                "-f",
                                                "--",
                                                "--datadir=" + drill.resolve("data"))
                                        .start()
                                        .waitFor()
                                == 0;
                i++) {
            Thread.sleep(250);
        }
        new ProcessBuilder("rm", "-rf", drill.toString()).start().waitFor();
    }

    private static void saveDraft(WebSession counselor, long appointment, String text) {
        HttpResponse<String> page =
                counselor.get("counselor/note.xhtml?appointment=" + appointment);
        assertEquals(200, page.statusCode(), page.body());
        HttpResponse<String> saved = LocalCluster.saveDraft(counselor, page, text);
        assertTrue(FailoverFaultIT.SAVED.matcher(saved.body()).find(), "saved: " + saved.body());
    }

    /** Waits until the replica has applied everything the primary logged; the seconds it took. */
    private static double replicaCaughtUp() throws SQLException, InterruptedException {
        String target = LocalCluster.row(URL, "SELECT @@gtid_binlog_pos");
        long start = System.nanoTime();
        while (seconds(start) < 10) {
            if (target.equals(LocalCluster.row(REPLICA_URL, "SELECT @@gtid_slave_pos"))) {
                return seconds(start);
            }
            Thread.sleep(50);
        }
        throw new AssertionError(
                "the replica did not reach "
                        + target
                        + " within 10 s: "
                        + LocalCluster.row(REPLICA_URL, "SELECT @@gtid_slave_pos"));
    }

    private static List<String> counts(String url) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "root", "");
                Statement sql = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows =
                    sql.executeQuery(
                            "SELECT table_name FROM information_schema.tables WHERE table_schema"
                                    + " = '"
                                    + NAME
                                    + "' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
                    count.next();
                    lines.add(table + " " + count.getLong(1));
                }
            }
        }
        return lines;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
