package org.rapport.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/** Stops the embedded MariaDB, if Rapport started one, when the application stops. */
@WebListener
public class EmbeddedDatabaseShutdown implements ServletContextListener {

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        EmbeddedDatabase.stopIfRunning();
    }
}
