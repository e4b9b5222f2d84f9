package org.rapport.platform;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * Rapport's one datasource: a JTA connection pool run by the application server over MySQL
 * Connector/J. The pool validates a connection before handing it out (with {@code
 * Connection.isValid}, which Connector/J answers with the protocol's ping: a round trip, but no SQL
 * statement to parse) and, when the database has gone away (a restart, a network cut), drops every
 * pooled connection and opens fresh ones.
 */
@DataSourceDefinition(
        name = RapportDatabase.JNDI_NAME,
        className = "org.rapport.platform.RapportDataSource",
        minPoolSize = 2,
        initialPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-creation-retry-attempts=1",
            "fish.payara.connection-creation-retry-interval-in-seconds=1",
            "fish.payara.max-wait-time-in-millis=10000",
            "fish.payara.statement-timeout-in-seconds=30"
        })
public final class RapportDatabase {

    public static final String JNDI_NAME = "java:app/jdbc/rapport";

    private RapportDatabase() {}
}
