package org.rapport.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.PracticeClock;

/**
 * One step of the demo practice's history, done as a request would do it: signed in as one of the
 * demo's people ({@link CurrentUser#actingAs}), on the day it happened ({@link
 * PracticeClock#replaying}), through the public services, in a transaction of its own (so that what
 * it reads is what earlier steps stored, as for a page a person opens).
 */
@ApplicationScoped
public class DemoSteps {

    @Inject private CurrentUser currentUser;

    @Inject private PracticeClock clock;

    /**
     * Runs work as someone at a moment; a moment still to come is now (nothing is done ahead of
     * time).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T as(Account someone, Instant moment, Supplier<T> work) {
        Instant now = clock.now();
        List<T> result = new ArrayList<>(1);
        clock.replaying(
                moment.isAfter(now) ? now : moment,
                () -> result.add(currentUser.actingAs(someone, work)));
        return result.get(0);
    }
}
