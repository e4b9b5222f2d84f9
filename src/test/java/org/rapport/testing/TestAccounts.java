package org.rapport.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.rapport.identity.PasswordHasher;

/**
 * Accounts a test makes for itself, straight in the run's database, so that locking or changing one
 * never touches another test's (or the demo practice's) accounts.
 */
public final class TestAccounts {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestAccounts() {}

    /** A new account with a password; returns its email. */
    public static String create(String role, String password) {
        RunningRapport.baseUrl(); // the application has created the tables
        String email = "t" + System.nanoTime() + "-" + COUNTER.incrementAndGet() + "@test.invalid";
        try (Connection db = IntegrationTestRun.database().connect();
                PreparedStatement insert =
                        db.prepareStatement(
                                "INSERT INTO account (email, display_name, role,"
                                        + " password_hash, created_at, sessions_valid_from) VALUES (?, ?, ?, ?, ?, ?)")) {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0).minusSeconds(5);
            insert.setString(1, email);
            insert.setString(2, "Test " + role.toLowerCase());
            insert.setString(3, role);
            insert.setString(4, password == null ? null : PasswordHasher.hash(password));
            insert.setObject(5, now);
            insert.setObject(6, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return email;
    }

    public static long id(String email) {
        return count("SELECT id FROM account WHERE email = ?", email);
    }

    /**
     * Runs an update on the test database (e.g. to disable an account the way an administrator
     * would).
     */
    public static int update(String sql, Object... parameters) {
        return run(sql, parameters, PreparedStatement::executeUpdate);
    }

    public static long count(String sql, Object... parameters) {
        return run(
                sql,
                parameters,
                statement -> {
                    try (ResultSet row = statement.executeQuery()) {
                        row.next();
                        return row.getLong(1);
                    }
                });
    }

    /**
     * The first column of the first row, as text (null when there is no row or the value is null).
     */
    public static String text(String sql, Object... parameters) {
        return run(
                sql,
                parameters,
                statement -> {
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? row.getString(1) : null;
                    }
                });
    }

    /** The first column of every row the query returns, as text. */
    public static java.util.List<String> strings(String sql, Object... parameters) {
        return run(
                sql,
                parameters,
                statement -> {
                    java.util.List<String> values = new java.util.ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            values.add(rows.getString(1));
                        }
                    }
                    return values;
                });
    }

    /** The ids (first column, numbers) of every row the query returns. */
    public static java.util.List<Long> ids(String sql, Object... parameters) {
        return run(
                sql,
                parameters,
                statement -> {
                    java.util.List<Long> ids = new java.util.ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            ids.add(rows.getLong(1));
                        }
                    }
                    return ids;
                });
    }

    /**
     * A value as Rapport stores it in a sealed column (encrypted, bound to its table, column and
     * row).
     */
    public static String sealed(String table, String column, long id, String plain) {
        return org.rapport.notes.NoteCipher.ofBase64(java.util.List.of(TestNoteKeys.CURRENT))
                .seal(plain, org.rapport.platform.Sealing.place(table, column, String.valueOf(id)));
    }

    /** The plain text of a sealed column of one row (null when empty). */
    public static String opened(String table, String column, long id) {
        String stored = text("SELECT " + column + " FROM " + table + " WHERE id = ?", id);
        return org.rapport.notes.NoteCipher.ofBase64(
                        java.util.List.of(TestNoteKeys.CURRENT, TestNoteKeys.OLD))
                .open(
                        stored,
                        org.rapport.platform.Sealing.place(table, column, String.valueOf(id)));
    }

    private interface Use<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    private static <T> T run(String sql, Object[] parameters, Use<T> use) {
        RunningRapport.baseUrl();
        try (Connection db = IntegrationTestRun.database().connect();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return use.on(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
