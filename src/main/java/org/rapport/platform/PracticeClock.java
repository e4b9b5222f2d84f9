package org.rapport.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Today and now as the practice sees them: its own time zone, whatever the server's is. Work
 * outside any request can replay an earlier moment ({@link #replaying}): the demo practice's
 * history is entered through the public services on the day it happened.
 */
@Named
@ApplicationScoped
public class PracticeClock {

    @Inject private Clock clock;

    @Inject private PracticeSettings practice;

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    @Inject private Instance<HttpServletRequest> request;

    public Instant now() {
        Instant replayed = REPLAYED.get();
        return replayed != null ? replayed : Instant.now(clock);
    }

    public LocalDate today() {
        return now().atZone(zone()).toLocalDate();
    }

    /** Runs work as if it were {@code moment}, on this thread only; refused inside a request. */
    public void replaying(Instant moment, Runnable work) {
        if (inRequest()) {
            throw new IllegalStateException(
                    "Replaying an earlier moment is only for work outside a request");
        }
        Instant before = REPLAYED.get();
        REPLAYED.set(moment);
        try {
            work.run();
        } finally {
            if (before == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(before);
            }
        }
    }

    /** The practice's time zone: as an administrator set it, or RAPPORT_TIME_ZONE before that. */
    public ZoneId zone() {
        return practice.zone();
    }

    private boolean inRequest() {
        try {
            request.get().getRemoteAddr();
            return true;
        } catch (RuntimeException noRequest) {
            return false;
        }
    }
}
