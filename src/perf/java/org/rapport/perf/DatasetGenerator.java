package org.rapport.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.identity.PasswordHasher;
import org.rapport.notes.NoteCipher;
import org.rapport.platform.DatabaseMigrations;

import com.mysql.cj.jdbc.AbandonedConnectionCleanupThread;
import com.mysql.cj.jdbc.MysqlDataSource;

/**
 * Fills an empty Rapport database with a five-year practice for performance work (issue 12):
 * counselors, clients and couples, weekly and two-weekly sessions with cancellations and no-shows,
 * signed and encrypted session notes, homework with answers, weekly check-ins and an audit trail,
 * written with multi-row INSERTs. The same seed, day, time zone and size give the same practice
 * (only the note ciphertexts differ, since every encryption takes a fresh random IV). Not part of
 * the application: it lives in src/perf and is built and run only by the Maven profile {@code
 * dataset}.
 *
 * <pre>
 * --url=jdbc:mysql://127.0.0.1:3306/rapport_bench   (or RAPPORT_DB_URL)
 * --user=root --db-password=                         (or RAPPORT_DB_USER, RAPPORT_DB_PASSWORD)
 * --size=small|medium|full                           (default small)
 * --seed=42
 * --today=2026-12-01                                 (default: today in the time zone)
 * --zone=Europe/Berlin                               (default: RAPPORT_TIME_ZONE, else the system's)
 * --note-key=BASE64                                  (or RAPPORT_NOTE_KEY: the server's note key)
 * --password=bench-Rapport-2026                      (every generated account's password)
 * --migrate=auto|always|never                        (default auto, see README-dataset.md)
 * --reminders=off|on                                 (default off)
 * </pre>
 */
public final class DatasetGenerator {

    static final String DEFAULT_URL = "jdbc:mysql://127.0.0.1:3306/rapport_bench";
    static final String DEFAULT_PASSWORD = "bench-Rapport-2026";

    /** Tables that must hold no rows: the generator gives explicit ids from 1. */
    private static final List<String> MUST_BE_EMPTY =
            List.of(
                    "account",
                    "client",
                    "couple",
                    "appointment_series",
                    "appointment",
                    "session_note",
                    "homework_assignment",
                    "checkin_assignment",
                    "client_status_change");

    private DatasetGenerator() {}

    public static void main(String[] args) throws Exception {
        try {
            run(parse(args));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("Dataset not generated: " + e.getMessage());
            if (e.getCause() != null) {
                e.getCause().printStackTrace();
            }
            System.exit(1);
        } finally {
            AbandonedConnectionCleanupThread.checkedShutdown();
        }
    }

    private static void run(Map<String, String> options) throws SQLException {
        long started = System.nanoTime();
        ZoneId zone =
                ZoneId.of(
                        option(
                                options,
                                "zone",
                                env("RAPPORT_TIME_ZONE", ZoneId.systemDefault().getId())));
        LocalDate today = LocalDate.parse(option(options, "today", LocalDate.now(zone).toString()));
        Sizes size = Sizes.named(option(options, "size", "small").toLowerCase(Locale.ROOT));
        long seed = Long.parseLong(option(options, "seed", "42"));
        String url =
                withSessionDefaults(option(options, "url", env("RAPPORT_DB_URL", DEFAULT_URL)));
        String user = option(options, "user", env("RAPPORT_DB_USER", "root"));
        String dbPassword = option(options, "db-password", env("RAPPORT_DB_PASSWORD", ""));
        String key = option(options, "note-key", env("RAPPORT_NOTE_KEY", null));
        if (key == null) {
            throw new IllegalArgumentException(
                    "Give the server's note key with --note-key or RAPPORT_NOTE_KEY (base64"
                            + " of 32 bytes; make one with: openssl rand -base64 32). Rapport must run with the same key.");
        }
        NoteCipher cipher = NoteCipher.ofBase64(List.of(key));
        String password = option(options, "password", DEFAULT_PASSWORD);
        String migrate = option(options, "migrate", "auto");
        boolean reminders = "on".equals(option(options, "reminders", "off"));

        log(
                "Rapport dataset '%s' (seed %d, today %s, time zone %s) into %s",
                size.name(), seed, today, zone, url.replaceAll("(?i)(password=)[^&]*", "$1***"));
        try (Connection connection = DriverManager.getConnection(url, user, dbPassword)) {
            migrate(connection, url, user, dbPassword, migrate);
            long firstAuditId = requireEmpty(connection);
            Reference reference = Reference.read(connection);
            boolean backslashEscapes = prepareSession(connection);

            long phase = System.nanoTime();
            Practice practice = new Practice(size, seed, today, zone);
            practice.plan();
            log(
                    "Planned %d clients, %d couples, %d appointments in %d ms",
                    practice.clients.size(),
                    practice.couples.size(),
                    practice.appointments.size(),
                    millis(phase));

            phase = System.nanoTime();
            String passwordHash = PasswordHasher.hash(password);
            log("Password hashed once with Rapport's hasher in %d ms", millis(phase));

            AuditLog audit = new AuditLog();
            Map<String, Long> counts;
            NoteRows notes;
            CheckinRows checkins;
            AuditRows auditRows;
            try (SqlInserts sql = new SqlInserts(connection, backslashEscapes)) {
                phase = System.nanoTime();
                new PeopleRows(practice, sql, audit, passwordHash).write();
                log("Accounts, clients and couples queued in %d ms", millis(phase));
                phase = System.nanoTime();
                new CalendarRows(practice, sql, audit, reminders).write();
                log("Appointments queued in %d ms", millis(phase));
                phase = System.nanoTime();
                notes = new NoteRows(practice, sql, audit, cipher, reference.strategies());
                notes.write();
                log(
                        "Session notes queued in %d ms (%d values encrypted in %d ms)",
                        millis(phase), notes.encrypted, notes.encryptNanos / 1_000_000);
                phase = System.nanoTime();
                HomeworkRows homework = new HomeworkRows(practice, sql, audit, reference);
                homework.write();
                log("Homework queued in %d ms", millis(phase));
                phase = System.nanoTime();
                checkins = new CheckinRows(practice, sql, audit, reference);
                checkins.write();
                log("Check-ins queued in %d ms", millis(phase));
                phase = System.nanoTime();
                auditRows =
                        new AuditRows(
                                practice,
                                sql,
                                audit,
                                homework.done,
                                checkins.submitted,
                                firstAuditId);
                auditRows.write();
                log(
                        "Audit trail queued in %d ms; waiting for the database to store the rest",
                        millis(phase));
                phase = System.nanoTime();
                counts = sql.counts();
            }
            log("All rows stored %d ms after the last was queued", millis(phase));
            phase = System.nanoTime();
            int marked = markSignedNotes(connection);
            log(
                    "%d appointments marked as having a signed note in %d ms (as signing a note does)",
                    marked, millis(phase));
            phase = System.nanoTime();
            analyze(connection, counts);
            log("Table statistics refreshed in %d ms", millis(phase));
            summary(practice, counts, checkins, auditRows, zone, started);
        }
    }

    // ---------------------------------------------------------------- database

    /**
     * The appointment's note_signed flag (migration V12), which Rapport sets when a note is signed.
     */
    private static int markSignedNotes(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            return statement.executeUpdate(
                    "UPDATE appointment a JOIN session_note n ON n.appointment_id = a.id"
                            + " SET a.note_signed = TRUE WHERE n.signed_at IS NOT NULL");
        }
    }

    /**
     * Flyway with the application's own configuration. auto: migrate a database without Rapport's
     * tables or one Flyway already manages; leave alone one whose tables were created without
     * Flyway.
     */
    private static void migrate(
            Connection connection, String url, String user, String password, String mode)
            throws SQLException {
        boolean history = tableExists(connection, "flyway_schema_history");
        boolean schema = tableExists(connection, "account");
        boolean run =
                switch (mode) {
                    case "always" -> true;
                    case "never" -> false;
                    case "auto" -> history || !schema;
                    default ->
                            throw new IllegalArgumentException(
                                    "--migrate must be auto, always or never, not '" + mode + "'");
                };
        if (!run) {
            if (!schema) {
                throw new IllegalStateException(
                        "The database has no Rapport tables: migrate it first (--migrate=auto)");
            }
            log(
                    "Schema left as it is (%s)",
                    history
                            ? "--migrate=never"
                            : "created without Flyway: Rapport will not"
                                    + " start on it unless Flyway's history is there");
            return;
        }
        MysqlDataSource dataSource = new MysqlDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        long started = System.nanoTime();
        var result = DatabaseMigrations.flyway(dataSource).migrate();
        log(
                "Flyway: schema at version %s, %d migration(s) applied in %d ms",
                result.targetSchemaVersion != null
                        ? result.targetSchemaVersion
                        : result.initialSchemaVersion,
                result.migrationsExecuted,
                millis(started));
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "SELECT COUNT(*) FROM information_schema.tables"
                                        + " WHERE table_schema = DATABASE() AND table_name = '"
                                        + table
                                        + "'")) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }

    /**
     * Refuses a database with records; returns the first free audit id (starting Rapport once may
     * audit).
     */
    private static long requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : MUST_BE_EMPTY) {
                try (ResultSet rows =
                        statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        throw new IllegalStateException(
                                "Table "
                                        + table
                                        + " already has rows. The generator fills an"
                                        + " empty, migrated database: drop and re-create it, then run again.");
                    }
                }
            }
            try (ResultSet rows =
                    statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_event")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * Bulk-load settings for this session only: no foreign-key or unique checks (the generator
     * keeps them itself; CHECK constraints still apply), one commit per multi-row statement.
     */
    private static boolean prepareSession(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(
                    "SET SESSION foreign_key_checks = 0, unique_checks = 0, time_zone = '+00:00'");
            connection.setAutoCommit(false);
            try (ResultSet rows = statement.executeQuery("SELECT @@SESSION.sql_mode")) {
                rows.next();
                return !String.valueOf(rows.getString(1)).contains("NO_BACKSLASH_ESCAPES");
            }
        }
    }

    /** Fresh index statistics, so the first benchmark run plans its queries as later ones will. */
    private static void analyze(Connection connection, Map<String, Long> counts)
            throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE " + String.join(", ", counts.keySet()));
        }
    }

    /** Rapport's own per-connection settings (DatabaseSettings): UTF-8 and a UTC session. */
    static String withSessionDefaults(String url) {
        StringBuilder result = new StringBuilder(url);
        String lower = url.toLowerCase(Locale.ROOT);
        for (String setting :
                new String[] {
                    "characterEncoding=UTF-8",
                    "connectionTimeZone=UTC",
                    "forceConnectionTimeZoneToSession=true"
                }) {
            String name = setting.substring(0, setting.indexOf('=')).toLowerCase(Locale.ROOT);
            if (!lower.matches("(?s).*[?&]" + name + "=.*")) {
                result.append(result.indexOf("?") < 0 ? '?' : '&').append(setting);
            }
        }
        return result.toString();
    }

    // ---------------------------------------------------------------- report

    private static void summary(
            Practice practice,
            Map<String, Long> counts,
            CheckinRows checkins,
            AuditRows audit,
            ZoneId zone,
            long started) {
        StringBuilder out = new StringBuilder("\nRows written:\n");
        counts.forEach((table, rows) -> out.append(String.format("  %-28s %,12d%n", table, rows)));
        if (checkins.shortBy > 0) {
            out.append("  (check-in responses: ")
                    .append(checkins.shortBy)
                    .append(" fewer than the size asks for)\n");
        }
        if (audit.dropped > 0) {
            out.append("  (audit: ")
                    .append(audit.dropped)
                    .append(" record events left out to keep the size's count)\n");
        }
        List<Practice.Person> byNumber =
                practice.clients.stream()
                        .sorted(java.util.Comparator.comparingInt(p -> p.number))
                        .toList();
        long active = byNumber.stream().filter(p -> p.rank() == 0).count();
        long waitlist = byNumber.stream().filter(p -> p.rank() == 1).count();
        Practice.Person couplePartner =
                byNumber.stream()
                        .filter(p -> p.couple != null && p.active())
                        .findFirst()
                        .orElse(null);
        Practice.Person individual =
                byNumber.stream()
                        .filter(p -> p.couple == null && p.active())
                        .findFirst()
                        .orElse(null);
        out.append("\nEvery account's password: the one given with --password (default ")
                .append(DEFAULT_PASSWORD)
                .append(").\n  ")
                .append(PeopleRows.ADMIN_EMAIL)
                .append(", counselor1..counselor")
                .append(practice.counselors.size())
                .append("@bench.rapport, client1..client")
                .append(practice.clients.size())
                .append("@bench.rapport\n")
                .append(
                        String.format(
                                "  client1..client%d are in care now (active), client%d..client%d on the waitlist,"
                                        + " the others discharged%n",
                                active, active + 1, active + waitlist));
        if (couplePartner != null) {
            out.append("  e.g. ")
                    .append(couplePartner.email())
                    .append(" (active couple, seen by ")
                    .append(couplePartner.counselor.email)
                    .append(")\n");
        }
        if (individual != null) {
            out.append("  e.g. ")
                    .append(individual.email())
                    .append(" (active individual client, seen by ")
                    .append(individual.counselor.email)
                    .append(")\n");
        }
        out.append(
                        "\nRun Rapport on it with RAPPORT_DB_URL, the same RAPPORT_NOTE_KEY, RAPPORT_TIME_ZONE=")
                .append(zone.getId())
                .append(" and RAPPORT_STAFF_MFA=optional (no counselor has a second factor).\n");
        out.append(String.format("Done in %.1f s.%n", (System.nanoTime() - started) / 1e9));
        System.out.println(out);
    }

    // ---------------------------------------------------------------- options

    private static final List<String> OPTIONS =
            List.of(
                    "url",
                    "user",
                    "db-password",
                    "size",
                    "seed",
                    "today",
                    "zone",
                    "note-key",
                    "password",
                    "migrate",
                    "reminders");

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException(
                        "Options are written --name=value, not '" + arg + "'");
            }
            String name = arg.substring(2, arg.indexOf('='));
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException(
                        "Unknown option --" + name + "; the options are " + OPTIONS);
            }
            String value = arg.substring(arg.indexOf('=') + 1).strip();
            if (!value.isEmpty()
                    && !value.startsWith("${")) { // an unset Maven property arrives as ${…}
                options.put(name, value);
            }
        }
        return options;
    }

    private static String option(Map<String, String> options, String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static void log(String format, Object... args) {
        System.out.println("[dataset] " + String.format(format, args));
    }
}
