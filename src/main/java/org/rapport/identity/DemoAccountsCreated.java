package org.rapport.identity;

import java.util.Map;

/**
 * Fired once the demo practice's accounts exist, so that each capability adds its own demo data
 * (client records, then appointments…) without identity knowing about them.
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
