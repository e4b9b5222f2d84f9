package org.rapport.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import com.mysql.cj.jdbc.MysqlDataSource;

/**
 * Connector/J's data source, pointed at the database the configuration names when the pool asks for
 * a connection rather than when the application is deployed. That is what lets Rapport fall back to
 * its embedded MariaDB (which must be running before the first connection is made) and read its
 * settings from MicroProfile Config, which application server placeholders cannot do for values
 * with defaults. The connection pool, its validation and its recovery stay the application
 * server's.
 */
public class RapportDataSource extends MysqlDataSource {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RapportDataSource.class.getName());

    private transient volatile DatabaseSettings settings;

    private DatabaseSettings settings() throws SQLException {
        DatabaseSettings current = settings;
        if (current == null) {
            synchronized (this) {
                if (settings == null) {
                    settings = DatabaseSettings.fromConfiguration();
                    setURL(settings.url());
                    setQueryInterceptors(StatementCounter.class.getName());
                    // Connector/J parses the text of every statement it prepares, to find its
                    // parameters; with
                    // the cache it does that once per connection and SQL text. Without it, parsing
                    // took a sixth
                    // of the server's CPU under load (README, Performance). EclipseLink's SQL is
                    // long, hence the
                    // limit far above the default 256 characters.
                    setCachePrepStmts(true);
                    setPrepStmtCacheSize(500);
                    setPrepStmtCacheSqlLimit(16_384);
                    LOG.info(() -> "Database: " + settings);
                }
                current = settings;
            }
        }
        return current;
    }

    @Override
    public Connection getConnection() throws SQLException {
        DatabaseSettings current = settings();
        return super.getConnection(current.user(), current.password());
    }

    @Override
    public Connection getConnection(String ignoredUser, String ignoredPassword)
            throws SQLException {
        return getConnection();
    }
}
