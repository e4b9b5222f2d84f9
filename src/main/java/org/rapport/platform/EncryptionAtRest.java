package org.rapport.platform;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Session;
import org.rapport.notes.NoteCipher;
import org.rapport.notes.NoteKeys;

/**
 * At start-up: loads the keys (a missing key stops the deployment with a message saying what to set), then
 * seals every value written before encryption at rest covered its column (plain text, or a note in the first
 * format, "v1:", which was not bound to its row), before Rapport serves a page: in committed batches in
 * row order, each update applying only if the value is still the one read, and each column recorded in
 * {@code at_rest_migration} once done, so an interrupted start-up carries on where it stopped and later
 * start-ups skip the scan. Then, in the background when more than one key is configured, it re-encrypts
 * values written with an older key under the current one (README: Encryption at rest).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EncryptionAtRest {

    private static final Logger LOG = Logger.getLogger(EncryptionAtRest.class.getName());
    private static final int BATCH = 500;

    /**
     * One sealed column: its table, the columns whose values name the value's place ({@link Sealing#place}),
     * and whether it is sealed deterministically (a collection table's, see {@link Sealed#row}).
     */
    public record SealedColumn(String table, String column, List<String> place, boolean deterministic) {

        String name() {
            return table + "." + column;
        }

        String seal(NoteCipher cipher, String plain, String where) {
            return deterministic ? cipher.sealDeterministic(plain, where) : cipher.seal(plain, where);
        }
    }

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService executor;

    @PersistenceUnit(unitName = "rapport")
    private EntityManagerFactory emf;

    @PostConstruct
    void start() {
        NoteCipher cipher = NoteKeys.cipher();
        LOG.info(() -> "Clinical text is encrypted with key " + cipher.currentKeyId() + " (from "
                + NoteKeys.source(ConfigProvider.getConfig(NoteKeys.class.getClassLoader())) + ")");
        try {
            long started = System.nanoTime();
            int sealed = sealEarlierValues(cipher);
            if (sealed > 0) {
                LOG.info(() -> "Sealed " + sealed + " values written before encryption at rest covered their columns, in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sealing the values written before encryption at rest stopped: "
                    + e.getMessage() + " (it carries on where it stopped at the next start)", e);
        }
        if (cipher.keyCount() > 1) {
            executor.execute(() -> reencryptAll(cipher));
        }
    }

    /** Every sealed column, from the persistence unit's mappings ({@link Sealed} attributes). */
    public List<SealedColumn> columns() {
        Session session = emf.unwrap(Session.class);
        Set<SealedColumn> found = new LinkedHashSet<>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.isAggregateDescriptor() || descriptor.isAggregateCollectionDescriptor()) {
                continue;
            }
            List<String> id = descriptor.getPrimaryKeyFields().stream().map(f -> f.getName().toLowerCase()).toList();
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                Sealed sealed = sealed(descriptor.getJavaClass(), mapping.getAttributeName());
                if (sealed != null && mapping.isDirectToFieldMapping()) {
                    found.add(new SealedColumn(descriptor.getTableName().toLowerCase(),
                            mapping.getField().getName().toLowerCase(), id, false));
                } else if (mapping.isAggregateCollectionMapping()) {
                    ClassDescriptor element = mapping.getReferenceDescriptor();
                    for (DatabaseMapping inner : element.getMappings()) {
                        Sealed innerSealed = sealed(element.getJavaClass(), inner.getAttributeName());
                        if (innerSealed != null) {
                            DatabaseField field = inner.getField();
                            found.add(new SealedColumn(field.getTableName().toLowerCase(), field.getName().toLowerCase(),
                                    List.of(innerSealed.row()), true));
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static Sealed sealed(Class<?> type, String attribute) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(attribute);
                return field.getAnnotation(Sealed.class);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }

    /** Seals the values of every column not yet recorded as done; returns how many it sealed. */
    public int sealEarlierValues(NoteCipher cipher) throws SQLException {
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            Set<String> done = new LinkedHashSet<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT sealed_column FROM at_rest_migration");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    done.add(rows.getString(1));
                }
            }
            reencrypting(connection, true);
            try {
                for (SealedColumn column : columns()) {
                    if (done.contains(column.name())) {
                        continue;
                    }
                    int[] outcome = pass(connection, cipher, column, false);
                    int sealed = outcome[0];
                    total += sealed;
                    if (outcome[1] > 0) {
                        LOG.severe(() -> outcome[1] + " values of " + column.name() + " are under a key this server does"
                                + " not have and stay as they are; add the key and start again (README: Encryption at rest)");
                        continue;
                    }
                    try (PreparedStatement record = connection.prepareStatement(
                            "INSERT INTO at_rest_migration (sealed_column, values_sealed, finished_at) VALUES (?, ?, ?)")) {
                        record.setString(1, column.name());
                        record.setLong(2, sealed);
                        record.setTimestamp(3, Timestamp.from(Instant.now()));
                        record.executeUpdate();
                    }
                }
            } finally {
                reencrypting(connection, false);
            }
        }
        return total;
    }

    private void reencryptAll(NoteCipher cipher) {
        try {
            int changed = reencrypt(cipher);
            LOG.info(() -> "Every sealed value is under key " + cipher.currentKeyId() + " (re-encrypted " + changed + " now)");
        } catch (SQLException | RuntimeException e) {
            // Rapport still runs: values under a key it lacks read as damaged and are logged, never as wrong text.
            LOG.severe(() -> "Re-encryption under the current key stopped: " + e.getMessage());
        }
    }

    /** Re-encrypts sealed values not written with the current key; returns how many. */
    public int reencrypt(NoteCipher cipher) throws SQLException {
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            reencrypting(connection, true);
            try {
                for (SealedColumn column : columns()) {
                    total += pass(connection, cipher, column, true)[0];
                }
            } finally {
                reencrypting(connection, false);
            }
        }
        return total;
    }

    /** Signed notes and addenda refuse changes (their triggers) except a ciphertext replaced on such a connection. */
    private static void reencrypting(Connection connection, boolean on) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SET @rapport_reencrypt = " + (on ? "1" : "NULL"))) {
            set.execute();
        }
    }

    /**
     * One pass over a column in row order: seals what is not sealed yet ({@code rotate} false), or re-encrypts
     * sealed values under an older key ({@code rotate} true).
     */
    private static int[] pass(Connection connection, NoteCipher cipher, SealedColumn column, boolean rotate)
            throws SQLException {
        List<String> row = primaryKey(connection, column.table());
        List<String> selected = new ArrayList<>(row);
        column.place().stream().filter(c -> !row.contains(c)).forEach(selected::add);
        String col = column.column();
        String which = rotate ? col + " LIKE 'v2:%' AND " + col + " <> ? AND " + col + " NOT LIKE ?" : col + " NOT LIKE 'v2:%'";
        String after = row.size() == 1 ? row.get(0) + " > ?"
                : "(" + row.get(0) + " > ? OR (" + row.get(0) + " = ? AND " + row.get(1) + " > ?))";
        String select = "SELECT " + String.join(", ", selected) + ", " + col + " FROM " + column.table() + " WHERE "
                + col + " IS NOT NULL AND " + which + " AND " + after + " ORDER BY " + String.join(", ", row)
                + " LIMIT " + BATCH;
        StringJoiner match = new StringJoiner(" AND ");
        row.forEach(k -> match.add(k + " = ?"));
        String update = "UPDATE " + column.table() + " SET " + col + " = ? WHERE " + match + " AND " + col + " = ?";
        long[] last = new long[row.size()];
        java.util.Arrays.fill(last, Long.MIN_VALUE);
        int total = 0;
        int skipped = 0;
        while (true) {
            List<long[]> keys = new ArrayList<>();
            List<String> stored = new ArrayList<>();
            try (PreparedStatement find = connection.prepareStatement(select)) {
                int p = 1;
                if (rotate) {
                    find.setString(p++, Sealing.PENDING);
                    find.setString(p++, "v2:" + cipher.currentKeyId() + ":%");
                }
                find.setLong(p++, last[0]);
                if (row.size() > 1) {
                    find.setLong(p++, last[0]);
                    find.setLong(p++, last[1]);
                }
                try (ResultSet rows = find.executeQuery()) {
                    while (rows.next()) {
                        long[] values = new long[selected.size()];
                        for (int i = 0; i < selected.size(); i++) {
                            values[i] = rows.getLong(i + 1);
                        }
                        keys.add(values);
                        stored.add(rows.getString(selected.size() + 1));
                    }
                }
            }
            if (keys.isEmpty()) {
                return new int[] {total, skipped};
            }
            try (PreparedStatement change = connection.prepareStatement(update)) {
                for (int n = 0; n < keys.size(); n++) {
                    long[] values = keys.get(n);
                    StringJoiner key = new StringJoiner("/");
                    for (String c : column.place()) {
                        key.add(String.valueOf(values[selected.indexOf(c)]));
                    }
                    String value = stored.get(n);
                    String place = Sealing.place(column.table(), col, key.toString());
                    String plain;
                    try {
                        plain = rotate ? cipher.open(value, place) : earlier(cipher, value);
                    } catch (NoteCipher.NoteKeyException e) {
                        LOG.severe(() -> "The value of " + place + " cannot be read, and stays as it is: " + e.getMessage());
                        skipped++;
                        continue;
                    }
                    change.setString(1, column.seal(cipher, plain, place));
                    int p = 2;
                    for (int i = 0; i < row.size(); i++) {
                        change.setLong(p++, values[i]);
                    }
                    change.setString(p, value);
                    change.addBatch();
                    total++;
                }
                change.executeBatch();
            }
            long[] end = keys.get(keys.size() - 1);
            for (int i = 0; i < row.size(); i++) {
                last[i] = end[i];
            }
        }
    }

    /** The primary key's columns (one or two numbers in every table with a sealed column). */
    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement find = connection.prepareStatement("SELECT column_name FROM information_schema.key_column_usage"
                + " WHERE table_schema = DATABASE() AND table_name = ? AND constraint_name = 'PRIMARY' ORDER BY ordinal_position")) {
            find.setString(1, table);
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1).toLowerCase());
                }
            }
        }
        if (columns.isEmpty() || columns.size() > 2) {
            throw new IllegalStateException("Sealing needs a primary key of one or two columns on " + table + ": " + columns);
        }
        return columns;
    }

    /** The plain text of a value written before sealing: a note in the first format, or plain text. */
    private static String earlier(NoteCipher cipher, String stored) {
        if (stored.startsWith("v1:")) {
            try {
                return cipher.decrypt(stored);
            } catch (NoteCipher.NoteKeyException e) {
                if (stored.matches("v1:[0-9a-f]{8}:[A-Za-z0-9+/=]{24,}")) {
                    throw e; // a v1 ciphertext this server cannot read: left for a key to be added
                }
                // plain text that happens to begin with "v1:"
            }
        }
        return stored;
    }
}
