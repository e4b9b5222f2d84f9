package org.rapport.perf;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Multi-row INSERT statements, written by a thread of their own so that building rows (and
 * encrypting notes) overlaps with the database storing them. Each statement is committed on its
 * own; values are written as SQL literals (times as UTC DATETIME, as the application stores them).
 */
final class SqlInserts implements AutoCloseable {

    /** Well under MariaDB's default max_allowed_packet (16 MB), even for text that is not ASCII. */
    private static final int STATEMENT_CHARS = 2_000_000;

    private static final String END = "";

    private final Connection connection;
    private final boolean backslashEscapes;
    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(6);
    private final Thread writer;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private volatile Throwable failure;

    SqlInserts(Connection connection, boolean backslashEscapes) {
        this.connection = connection;
        this.backslashEscapes = backslashEscapes;
        this.writer = new Thread(this::write, "dataset-sql-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** The rows of one table, with the columns every row gives in this order. */
    Table table(String name, String columns) {
        return tables.computeIfAbsent(name, n -> new Table(n, columns));
    }

    /** Rows written per table so far (including rows still queued). */
    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        tables.values().forEach(t -> counts.put(t.name, t.rows));
        return counts;
    }

    @Override
    public void close() {
        tables.values().forEach(Table::flush);
        put(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the last rows were written", e);
        }
        rethrow();
    }

    private void put(String sql) {
        try {
            while (!queue.offer(sql, 1, java.util.concurrent.TimeUnit.SECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        rethrow();
    }

    private void rethrow() {
        Throwable failed = failure;
        if (failed != null) {
            throw new IllegalStateException("Writing rows failed: " + failed.getMessage(), failed);
        }
    }

    private void write() {
        try (Statement statement = connection.createStatement()) {
            while (true) {
                String sql = queue.take();
                if (sql == END) {
                    return;
                }
                statement.execute(sql);
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            failure = e;
            queue.clear();
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    /** One table's pending rows. */
    final class Table {

        private final String name;
        private final String prefix;
        private final StringBuilder sql = new StringBuilder(STATEMENT_CHARS + 64 * 1024);
        private long rows;
        private boolean empty = true;

        private Table(String name, String columns) {
            this.name = name;
            this.prefix = "INSERT INTO " + name + " (" + columns + ") VALUES ";
        }

        /**
         * Adds one row; values in the order of the columns (null, numbers, booleans, text, dates,
         * times).
         */
        void row(Object... values) {
            if (empty) {
                sql.append(prefix);
                empty = false;
            } else {
                sql.append(',');
            }
            sql.append('(');
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    sql.append(',');
                }
                literal(values[i]);
            }
            sql.append(')');
            rows++;
            if (sql.length() >= STATEMENT_CHARS) {
                flush();
            }
        }

        long rows() {
            return rows;
        }

        void flush() {
            if (!empty) {
                put(sql.toString());
                sql.setLength(0);
                empty = true;
            }
        }

        private void literal(Object value) {
            if (value == null) {
                sql.append("NULL");
            } else if (value instanceof String text) {
                text(text);
            } else if (value instanceof Long
                    || value instanceof Integer
                    || value instanceof Short
                    || value instanceof Byte) {
                sql.append(((Number) value).longValue());
            } else if (value instanceof Boolean flag) {
                sql.append(flag ? "TRUE" : "FALSE");
            } else if (value instanceof Instant instant) {
                sql.append('\'');
                dateTime(instant.getEpochSecond());
                sql.append('\'');
            } else if (value instanceof LocalDate date) {
                sql.append('\'');
                date(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
                sql.append('\'');
            } else if (value instanceof LocalTime time) {
                sql.append('\'');
                two(time.getHour()).append(':');
                two(time.getMinute()).append(':');
                two(time.getSecond());
                sql.append('\'');
            } else {
                throw new IllegalArgumentException("No SQL literal for " + value.getClass());
            }
        }

        private void text(String text) {
            sql.append('\'');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\'' -> sql.append("''");
                    case '\\' -> sql.append(backslashEscapes ? "\\\\" : "\\");
                    case '\0' -> throw new IllegalArgumentException("NUL in a text value");
                    default -> sql.append(c);
                }
            }
            sql.append('\'');
        }

        /** Stored in UTC, to the second, as Rapport's converter does. */
        private void dateTime(long epochSecond) {
            LocalDateTime utc = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
            date(utc.getYear(), utc.getMonthValue(), utc.getDayOfMonth());
            sql.append(' ');
            two(utc.getHour()).append(':');
            two(utc.getMinute()).append(':');
            two(utc.getSecond());
        }

        private void date(int year, int month, int day) {
            sql.append(year).append('-');
            two(month).append('-');
            two(day);
        }

        private StringBuilder two(int value) {
            if (value < 10) {
                sql.append('0');
            }
            return sql.append(value);
        }
    }
}
