package org.rapport.notes;

import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;
import org.rapport.platform.RapportDatabase;

/**
 * At start-up: loads the note keys (a missing key stops the deployment with a message saying what to
 * set), then, in the background, re-encrypts every note value written with an older key under the
 * current one, in small committed batches. After that the old key is no longer needed (README: Note
 * encryption). In the background because finding such values reads every note (6 s on a five-year
 * practice) and Rapport reads values under either key meanwhile; each update applies only if the value
 * is still the one read, so an edit at the same moment (or another instance doing the same) wins.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoteKeyRotation {

    private static final Logger LOG = Logger.getLogger(NoteKeyRotation.class.getName());
    private static final int BATCH = 200;

    /** Every encrypted column: table, then columns. */
    static final List<List<String>> ENCRYPTED = List.of(
            List.of("session_note", "section1", "section2", "section3", "section4", "other_interventions",
                    "risk_comment", "homework_reviewed", "homework_assigned"),
            List.of("note_addendum", "body"),
            List.of("process_note", "body"));

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @PostConstruct
    void start() {
        NoteCipher cipher = NoteKeys.cipher();
        LOG.info(() -> "Session notes are encrypted with key " + cipher.currentKeyId() + " (from "
                + NoteKeys.source(ConfigProvider.getConfig(NoteKeys.class.getClassLoader())) + ")");
        executor.execute(() -> reencryptAll(cipher));
    }

    private void reencryptAll(NoteCipher cipher) {
        try {
            int changed = reencrypt(cipher);
            LOG.info(() -> "Every note value is under key " + cipher.currentKeyId() + " (re-encrypted " + changed
                    + " now)");
        } catch (SQLException | RuntimeException e) {
            // Rapport still runs: values under a key it lacks answer with a message, not with wrong text.
            LOG.severe(() -> "Note re-encryption stopped: " + e.getMessage());
        }
    }

    /** Re-encrypts values not written with the current key; returns how many. */
    public int reencrypt(NoteCipher cipher) throws SQLException {
        String current = NoteCipher.PREFIX + cipher.currentKeyId() + ":%";
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            // Signed notes and addenda refuse changes (V13's triggers) except a ciphertext replaced by another
            // on a connection that says it re-encrypts; the pool hands this connection to others afterwards.
            setReencrypting(connection, true);
            try {
                for (List<String> table : ENCRYPTED) {
                    for (String column : table.subList(1, table.size())) {
                        total += reencrypt(connection, cipher, table.get(0), column, current);
                    }
                }
            } finally {
                setReencrypting(connection, false);
            }
        }
        return total;
    }

    static void setReencrypting(Connection connection, boolean on) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SET @rapport_reencrypt = " + (on ? "1" : "NULL"))) {
            set.execute();
        }
    }

    private static int reencrypt(Connection connection, NoteCipher cipher, String table, String column, String current)
            throws SQLException {
        int total = 0;
        String select = "SELECT id, " + column + " FROM " + table + " WHERE " + column + " IS NOT NULL AND "
                + column + " NOT LIKE ? ORDER BY id LIMIT " + BATCH;
        String update = "UPDATE " + table + " SET " + column + " = ? WHERE id = ? AND " + column + " = ?";
        boolean more = true;
        while (more) {
            int batch = 0;
            try (PreparedStatement find = connection.prepareStatement(select);
                    PreparedStatement change = connection.prepareStatement(update)) {
                find.setString(1, current);
                try (ResultSet rows = find.executeQuery()) {
                    while (rows.next()) {
                        String stored = rows.getString(2);
                        change.setString(1, cipher.encrypt(cipher.decrypt(stored)));
                        change.setLong(2, rows.getLong(1));
                        change.setString(3, stored);
                        change.addBatch();
                        batch++;
                    }
                }
                if (batch > 0) {
                    change.executeBatch();
                }
            }
            total += batch;
            more = batch == BATCH;
        }
        return total;
    }
}
