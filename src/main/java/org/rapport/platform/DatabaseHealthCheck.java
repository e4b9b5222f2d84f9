package org.rapport.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/** Rapport is ready only while its database answers. Reported at {@code /health}. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final String NAME = "database";
    private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());
    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    private DataSource dataSource;

    public DatabaseHealthCheck() {}

    DatabaseHealthCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return new HealthCheckResponse(NAME, Status.UP, Optional.empty());
            }
            return down("no answer within " + TIMEOUT_SECONDS + " s");
        } catch (SQLException | RuntimeException e) {
            // The details can name hosts and accounts: they go to the log, not to the public
            // endpoint.
            LOG.warning(() -> "Health check: database not reachable: " + e.getMessage());
            return down("database not reachable");
        }
    }

    private static HealthCheckResponse down(String error) {
        return new HealthCheckResponse(NAME, Status.DOWN, Optional.of(Map.of("error", error)));
    }
}
