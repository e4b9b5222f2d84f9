package org.rapport.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink's session as Rapport wants it (persistence.xml names this class): encryption at rest
 * ({@link Sealing}), and a database that stopped answering is reported within seconds instead of
 * after EclipseLink's default three reconnect attempts five seconds apart, which kept a request
 * waiting 20 s and more while the database was down. One quick retry still covers a connection the
 * database closed while it sat in the pool.
 */
public class SessionSettings implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new Sealing().customize(session);
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(500);
        }
    }
}
