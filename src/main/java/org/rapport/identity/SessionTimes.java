package org.rapport.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.Settings;

/**
 * When the page warns about the coming idle sign-out, and the call that keeps the session alive.
 */
@Named
@RequestScoped
public class SessionTimes {

    @Inject private Settings settings;

    public long getIdleSeconds() {
        return settings.sessionIdleTimeout().toSeconds();
    }

    /** A minute before the end, or half-way for very short timeouts. */
    public long getWarnAfterSeconds() {
        long idle = getIdleSeconds();
        return idle > 120 ? idle - 60 : idle / 2;
    }

    /** Called by "Stay signed in": the request itself renews the session. */
    public void keepAlive() {
        // nothing to do: any request restarts the server's idle timer
    }
}
