package org.rapport.identity;

import java.util.Map;

/**
 * Fired once the demo practice's staff accounts exist (the administrator and the counselors), so
 * that the demo's data is added (client records and their portal invitations, then appointments…)
 * without identity knowing about it.
 */
public record DemoAccountsCreated(Map<String, Account> byEmail) {

    /** The demo account with this e-mail address. */
    public Account get(String email) {
        Account account = byEmail.get(email);
        if (account == null) {
            throw new IllegalArgumentException("No demo account " + email);
        }
        return account;
    }
}
