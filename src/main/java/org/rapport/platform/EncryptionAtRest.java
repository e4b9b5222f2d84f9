package org.rapport.platform;

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
 * At start-up: loads the keys (a missing key stops the deployment with a message saying what to
 * set), then seals every value written before encryption at rest covered its column (plain text, or
 * a note in the first format, "v1:", which was not bound to its row), before Rapport serves a page:
 * in committed batches in row order, each update applying only if the value is still the one read,
 * and each column recorded in {@code at_rest_migration} once done, so an interrupted start-up
 * carries on where it stopped and later start-ups skip the scan. Then, in the background when more
 * than one key is configured, it re-encrypts values written with an older key under the current one
 * (README: Encryption at rest).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EncryptionAtRest {

    private static final Logger LOG = Logger.getLogger(EncryptionAtRest.class.getName());
    private static final int BATCH = 500;

    /**
     * One sealed column: its table, the columns whose values name the value's place ({@link
     * Sealing#place}), and whether it is sealed deterministically (a collection table's, see {@link
     * Sealed#row}).
     */
    public record SealedColumn(
            String table, String column, List<String> place, boolean deterministic) {

        String name() {
            return table + "." + column;
        }

        String seal(NoteCipher cipher, String plain, String where) {
            return deterministic
                    ? cipher.sealDeterministic(plain, where)
                    : cipher.seal(plain, where);
        }
    }

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Resource private ManagedExecutorService executor;

    @PersistenceUnit(unitName = "rapport")
    private EntityManagerFactory emf;

    /**
     * Outside a transaction: each batch commits on its own (a lifecycle callback does not take the
     * class's attribute).
     */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        NoteCipher cipher = NoteKeys.cipher();
        LOG.info(
                () ->
                        "Clinical text is encrypted with key "
                                + cipher.currentKeyId()
                                + " (from "
                                + NoteKeys.source(
                                        ConfigProvider.getConfig(NoteKeys.class.getClassLoader()))
                                + ")");
        try {
            long started = System.nanoTime();
            int sealed = sealEarlierValues(cipher);
            if (sealed > 0) {
                LOG.info(
                        () ->
                                "Sealed "
                                        + sealed
                                        + " values written before encryption at rest covered their columns, in "
                                        + (System.nanoTime() - started) / 1_000_000
                                        + " ms");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Sealing the values written before encryption at rest stopped: "
                            + e.getMessage()
                            + " (it carries on where it stopped at the next start)",
                    e);
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
            if (descriptor.isAggregateDescriptor()
                    || descriptor.isAggregateCollectionDescriptor()) {
                continue;
            }
            List<String> id =
                    descriptor.getPrimaryKeyFields().stream()
                            .map(f -> f.getName().toLowerCase())
                            .toList();
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                Sealed sealed =
                        Sealing.sealed(descriptor.getJavaClass(), mapping.getAttributeName());
                if (sealed != null && mapping.isDirectToFieldMapping()) {
                    found.add(
                            new SealedColumn(
                                    descriptor.getTableName().toLowerCase(),
                                    mapping.getField().getName().toLowerCase(),
                                    id,
                                    false));
                } else if (mapping.isAggregateCollectionMapping()) {
                    ClassDescriptor element = mapping.getReferenceDescriptor();
                    for (DatabaseMapping inner : element.getMappings()) {
                        Sealed innerSealed =
                                Sealing.sealed(element.getJavaClass(), inner.getAttributeName());
                        if (innerSealed != null) {
                            DatabaseField field = inner.getField();
                            found.add(
                                    new SealedColumn(
                                            field.getTableName().toLowerCase(),
                                            field.getName().toLowerCase(),
                                            List.of(innerSealed.row()),
                                            true));
                        }
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    /** Seals the values of every column not yet recorded as done; returns how many it sealed. */
    public int sealEarlierValues(NoteCipher cipher) throws SQLException {
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            // Instances of a cluster that start together take turns: the first seals, the others
            // find it done.
            try (PreparedStatement lock =
                            connection.prepareStatement("SELECT GET_LOCK('rapport_at_rest', 600)");
                    ResultSet locked = lock.executeQuery()) {
                if (!locked.next() || locked.getInt(1) != 1) {
                    throw new SQLException(
                            "Another instance has been sealing for ten minutes; start this one again later");
                }
            }
            try {
                total = sealEarlierValues(connection, cipher);
            } finally {
                try (PreparedStatement unlock =
                        connection.prepareStatement("SELECT RELEASE_LOCK('rapport_at_rest')")) {
                    unlock.execute();
                }
            }
        }
        return total;
    }

    private int sealEarlierValues(Connection connection, NoteCipher cipher) throws SQLException {
        int total = 0;
        Set<String> done = new LinkedHashSet<>();
        try (PreparedStatement select =
                        connection.prepareStatement("SELECT sealed_column FROM at_rest_migration");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                done.add(rows.getString(1));
            }
        }
        reencrypting(connection, true);
        try {
            for (List<SealedColumn> table : byTable(columns())) {
                List<SealedColumn> todo =
                        table.stream().filter(c -> !done.contains(c.name())).toList();
                if (todo.isEmpty()) {
                    continue;
                }
                int[] outcome = pass(connection, cipher, todo, false);
                total += outcome[0];
                if (outcome[1] > 0) {
                    LOG.severe(
                            () ->
                                    outcome[1]
                                            + " values in "
                                            + todo.get(0).table()
                                            + " are under a key this server"
                                            + " does not have and stay as they are; add the key and start again (README: Encryption at rest)");
                    continue;
                }
                try (PreparedStatement record =
                        connection.prepareStatement(
                                "INSERT IGNORE INTO at_rest_migration (sealed_column, values_sealed, finished_at) VALUES (?, ?, ?)")) {
                    for (SealedColumn column : todo) {
                        record.setString(1, column.name());
                        record.setLong(2, outcome[0]);
                        record.setTimestamp(3, Timestamp.from(Instant.now()));
                        record.addBatch();
                    }
                    record.executeBatch();
                }
                connection.commit();
            }
        } finally {
            connection.rollback(); // nothing after the last commit, unless a batch failed half-way
            reencrypting(connection, false);
        }
        return total;
    }

    private void reencryptAll(NoteCipher cipher) {
        try {
            int changed = reencrypt(cipher);
            LOG.info(
                    () ->
                            "Every sealed value is under key "
                                    + cipher.currentKeyId()
                                    + " (re-encrypted "
                                    + changed
                                    + " now)");
        } catch (SQLException | RuntimeException e) {
            // Rapport still runs: values under a key it lacks read as damaged and are logged, never
            // as wrong text.
            LOG.severe(() -> "Re-encryption under the current key stopped: " + e.getMessage());
        }
    }

    /** Re-encrypts sealed values not written with the current key; returns how many. */
    public int reencrypt(NoteCipher cipher) throws SQLException {
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            reencrypting(connection, true);
            try {
                for (List<SealedColumn> table : byTable(columns())) {
                    total += pass(connection, cipher, table, true)[0];
                }
            } finally {
                connection.rollback(); // nothing after the last commit, unless a batch failed
                // half-way
                reencrypting(connection, false);
            }
        }
        return total;
    }

    /**
     * Signed notes and addenda refuse changes (their triggers) except a ciphertext replaced on such
     * a connection. Meanwhile each batch is one transaction (a commit per row would cost a log
     * flush per row).
     */
    private static void reencrypting(Connection connection, boolean on) throws SQLException {
        try (PreparedStatement set =
                connection.prepareStatement("SET @rapport_reencrypt = " + (on ? "1" : "NULL"))) {
            set.execute();
        }
        connection.setAutoCommit(!on);
        // A batch of updates goes to the database as one round trip (Connector/J rewrites it); off
        // again
        // before the pool hands the connection to others.
        if (connection.isWrapperFor(com.mysql.cj.jdbc.JdbcConnection.class)) {
            connection
                    .unwrap(com.mysql.cj.jdbc.JdbcConnection.class)
                    .getPropertySet()
                    .getBooleanProperty(com.mysql.cj.conf.PropertyKey.rewriteBatchedStatements)
                    .setValue(on);
        }
    }

    private static List<List<SealedColumn>> byTable(List<SealedColumn> columns) {
        java.util.Map<String, List<SealedColumn>> tables = new java.util.LinkedHashMap<>();
        columns.forEach(c -> tables.computeIfAbsent(c.table(), t -> new ArrayList<>()).add(c));
        return List.copyOf(tables.values());
    }

    /**
     * One pass over a table in primary-key order, every sealed column of it at once (a signed
     * note's triggers read all of its text on each update): seals what is not sealed yet ({@code
     * rotate} false), or re-encrypts sealed values under an older key ({@code rotate} true).
     * Returns the values changed and those left as they were because no key reads them.
     */
    private static int[] pass(
            Connection connection, NoteCipher cipher, List<SealedColumn> columns, boolean rotate)
            throws SQLException {
        String table = columns.get(0).table();
        List<String> row = primaryKey(connection, table);
        List<String> selected = new ArrayList<>(row);
        columns.stream()
                .flatMap(c -> c.place().stream())
                .distinct()
                .filter(c -> !selected.contains(c))
                .forEach(selected::add);
        String current = "v2:" + cipher.currentKeyId() + ":%";
        StringJoiner which = new StringJoiner(" OR ", "(", ")");
        StringJoiner set = new StringJoiner(", ");
        StringJoiner unchanged = new StringJoiner(" AND ");
        for (SealedColumn c : columns) {
            String col = c.column();
            which.add(
                    rotate
                            ? "("
                                    + col
                                    + " LIKE 'v2:%' AND "
                                    + col
                                    + " <> '"
                                    + Sealing.PENDING
                                    + "' AND "
                                    + col
                                    + " NOT LIKE '"
                                    + current
                                    + "')"
                            : "(" + col + " IS NOT NULL AND " + col + " NOT LIKE 'v2:%')");
            set.add(col + " = ?");
            unchanged.add(col + " <=> ?");
        }
        String after =
                row.size() == 1
                        ? row.get(0) + " > ?"
                        : "("
                                + row.get(0)
                                + " > ? OR ("
                                + row.get(0)
                                + " = ? AND "
                                + row.get(1)
                                + " > ?))";
        String select =
                "SELECT "
                        + String.join(", ", selected)
                        + ", "
                        + String.join(", ", columns.stream().map(SealedColumn::column).toList())
                        + " FROM "
                        + table
                        + " WHERE "
                        + which
                        + " AND "
                        + after
                        + " ORDER BY "
                        + String.join(", ", row)
                        + " LIMIT "
                        + BATCH;
        StringJoiner match = new StringJoiner(" AND ");
        row.forEach(k -> match.add(k + " = ?"));
        String update = "UPDATE " + table + " SET " + set + " WHERE " + match + " AND " + unchanged;
        long[] last = new long[row.size()];
        java.util.Arrays.fill(last, Long.MIN_VALUE);
        int total = 0;
        int skipped = 0;
        while (true) {
            List<long[]> keys = new ArrayList<>();
            List<String[]> stored = new ArrayList<>();
            try (PreparedStatement find = connection.prepareStatement(select)) {
                int p = 1;
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
                        String[] texts = new String[columns.size()];
                        for (int i = 0; i < columns.size(); i++) {
                            texts[i] = rows.getString(selected.size() + 1 + i);
                        }
                        keys.add(values);
                        stored.add(texts);
                    }
                }
            }
            if (keys.isEmpty()) {
                return new int[] {total, skipped};
            }
            try (PreparedStatement change = connection.prepareStatement(update)) {
                rows:
                for (int n = 0; n < keys.size(); n++) {
                    long[] values = keys.get(n);
                    String[] before = stored.get(n);
                    String[] after2 = before.clone();
                    int changed = 0;
                    for (int i = 0; i < columns.size(); i++) {
                        SealedColumn column = columns.get(i);
                        String value = before[i];
                        boolean due =
                                value != null
                                        && (rotate
                                                ? value.startsWith("v2:")
                                                        && !value.equals(Sealing.PENDING)
                                                        && !cipher.isCurrent(value)
                                                : !value.startsWith("v2:"));
                        if (!due) {
                            continue;
                        }
                        StringJoiner key = new StringJoiner("/");
                        for (String c : column.place()) {
                            key.add(String.valueOf(values[selected.indexOf(c)]));
                        }
                        String place = Sealing.place(table, column.column(), key.toString());
                        try {
                            String plain =
                                    rotate ? cipher.open(value, place) : earlier(cipher, value);
                            after2[i] = column.seal(cipher, plain, place);
                            changed++;
                        } catch (NoteCipher.NoteKeyException e) {
                            LOG.severe(
                                    () ->
                                            "The value of "
                                                    + place
                                                    + " cannot be read, and stays as it is: "
                                                    + e.getMessage());
                            skipped++;
                        }
                    }
                    if (changed == 0) {
                        continue rows;
                    }
                    int p = 1;
                    for (String value : after2) {
                        change.setString(p++, value);
                    }
                    for (int i = 0; i < row.size(); i++) {
                        change.setLong(p++, values[i]);
                    }
                    for (String value : before) {
                        change.setString(p++, value);
                    }
                    change.addBatch();
                    total += changed;
                }
                change.executeBatch();
            }
            connection.commit();
            long[] end = keys.get(keys.size() - 1);
            for (int i = 0; i < row.size(); i++) {
                last[i] = end[i];
            }
        }
    }

    /** The primary key's columns (one or two numbers in every table with a sealed column). */
    private static List<String> primaryKey(Connection connection, String table)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement find =
                connection.prepareStatement(
                        "SELECT column_name FROM information_schema.key_column_usage"
                                + " WHERE table_schema = DATABASE() AND table_name = ? AND constraint_name = 'PRIMARY' ORDER BY ordinal_position")) {
            find.setString(1, table);
            try (ResultSet rows = find.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1).toLowerCase());
                }
            }
        }
        if (columns.isEmpty() || columns.size() > 2) {
            throw new IllegalStateException(
                    "Sealing needs a primary key of one or two columns on "
                            + table
                            + ": "
                            + columns);
        }
        return columns;
    }

    /**
     * The plain text of a value written before sealing: a note in the first format, or plain text.
     */
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
