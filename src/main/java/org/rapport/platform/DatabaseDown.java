package org.rapport.platform;

import java.sql.SQLException;

import org.eclipse.persistence.exceptions.DatabaseException;

/**
 * Whether a failure means the database could not be reached (down, restarting, the network cut).
 */
public final class DatabaseDown {

    /**
     * What people see meanwhile: a static page, since every page of Rapport's own reads the
     * database.
     */
    public static final String PAGE = "/errors/unavailable.html";

    private DatabaseDown() {}

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DatabaseException database && database.isCommunicationFailure()) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                // 08xxx: connection exceptions; the pool's own words when it cannot open one
                if (state != null && state.startsWith("08")
                        || message.contains("Error in allocating a connection")
                        || message.contains("Communications link failure")) {
                    return true;
                }
            }
        }
        return false;
    }
}
