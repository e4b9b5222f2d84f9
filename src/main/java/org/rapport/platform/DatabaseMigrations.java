package org.rapport.platform;

import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date from the versioned migrations in {@code db/} when Rapport
 * starts, before any request can reach JPA. A migration that fails stops the deployment: Rapport
 * never runs against a schema it does not know.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits its own work
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        MigrateResult result = flyway(dataSource).migrate();
        LOG.info(
                () ->
                        String.format(
                                "Database schema at version %s (%d migration(s) applied in %d ms)",
                                result.targetSchemaVersion != null
                                        ? result.targetSchemaVersion
                                        : result.initialSchemaVersion,
                                result.migrationsExecuted,
                                (System.nanoTime() - started) / 1_000_000));
    }

    /** The one Flyway configuration Rapport uses, also for the tests. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
    }
}
