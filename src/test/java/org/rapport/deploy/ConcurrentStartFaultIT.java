package org.rapport.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances started at the same moment on an empty database (as after a power cut, or a
 * careless upgrade): every migration runs exactly once (Flyway's lock), the demo practice is loaded
 * once, the start-up sealing runs once (its own lock), and both instances come up and serve.
 */
class ConcurrentStartFaultIT {

    private static final Logger LOG = Logger.getLogger(ConcurrentStartFaultIT.class.getName());
    private static final Pattern APPLIED = Pattern.compile("\\((\\d+) migration\\(s\\) applied");
    private static final String DATABASE = "rapport_together_" + System.currentTimeMillis();
    private static final LocalCluster CLUSTER =
            new LocalCluster(
                    "local-cluster-together", 18445, "jdbc:mysql://127.0.0.1:3306/" + DATABASE);

    @AfterAll
    static void down() throws Exception {
        try {
            CLUSTER.down();
        } finally {
            LocalCluster.machineSql("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    void migrationsAndTheFirstStartsSetUpRunOnceWhenTwoInstancesStartTogether() throws Exception {
        LocalCluster.machineSql(
                "CREATE DATABASE "
                        + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        CLUSTER.upTogether(2); // fails unless both instances report ready, with the database check

        long migrations;
        try (Stream<Path> files = Files.list(Path.of("db", "migration"))) {
            migrations = files.filter(f -> f.getFileName().toString().endsWith(".sql")).count();
        }
        try (Connection db =
                        DriverManager.getConnection(
                                "jdbc:mysql://127.0.0.1:3306/" + DATABASE, "root", "");
                Statement query = db.createStatement()) {
            assertEquals(
                    migrations,
                    count(
                            query,
                            "SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL"
                                    + " AND success = 1"),
                    "each migration once, each a success");
            assertEquals(
                    migrations,
                    count(
                            query,
                            "SELECT COUNT(DISTINCT version) FROM flyway_schema_history"
                                    + " WHERE version IS NOT NULL"));
            assertEquals(
                    count(query, "SELECT COUNT(DISTINCT email) FROM account"),
                    count(query, "SELECT COUNT(*) FROM account"),
                    "the demo practice's accounts once");
            assertTrue(count(query, "SELECT COUNT(*) FROM account") >= 6);
            assertEquals(
                    count(query, "SELECT COUNT(DISTINCT legal_name) FROM client"),
                    count(query, "SELECT COUNT(*) FROM client"),
                    "its clients once");
            assertTrue(
                    count(query, "SELECT COUNT(*) FROM at_rest_migration") >= 20,
                    "the start-up sealing recorded once");
        }
        int first = applied(1);
        int second = applied(2);
        assertEquals(
                migrations,
                first + second,
                "between them the two instances applied each migration once");
        LOG.info(
                "Started together: instance 1 applied "
                        + first
                        + " migrations, instance 2 applied "
                        + second
                        + "; both serve; the demo practice and the sealing ran once");
        for (int i = 1; i <= 2; i++) {
            assertEquals(200, CLUSTER.browser().get("login.xhtml").statusCode());
        }
    }

    private int applied(int instance) throws IOException {
        Matcher found =
                APPLIED.matcher(
                        Files.readString(
                                CLUSTER.directory()
                                        .resolve("rapport-" + instance)
                                        .resolve("server.log")));
        assertTrue(found.find(), "instance " + instance + " logged its migrations");
        return Integer.parseInt(found.group(1));
    }

    private static long count(Statement query, String sql) throws SQLException {
        try (ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
