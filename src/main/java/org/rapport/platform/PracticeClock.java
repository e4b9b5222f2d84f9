package org.rapport.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Today and now as the practice sees them: its own time zone, whatever the server's is. */
@Named
@ApplicationScoped
public class PracticeClock {

    @Inject
    private Clock clock;

    @Inject
    private Settings settings;

    public Instant now() {
        return Instant.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public ZoneId zone() {
        return settings.timeZone();
    }
}
