package org.rapport.identity;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Staff accounts, for administrators only. */
@ApplicationScoped
public class StaffService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    @Inject private AccessGate gate;

    @Inject private AccountService accounts;

    @Inject private Invitations invitations;

    @Inject private CurrentUser currentUser;

    public List<Account> list() {
        gate.admin();
        return accounts.staff();
    }

    /**
     * Creates a counselor or administrator account and e-mails its invitation; nothing is kept if
     * mail fails.
     */
    @Transactional
    public Account invite(String name, String email, Role role) {
        gate.admin();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 120) {
            throw new Refused("name", "Enter the person's name (up to 120 characters).");
        }
        String cleanEmail = Account.normalizeEmail(email);
        if (cleanEmail == null
                || cleanEmail.length() > 254
                || !EMAIL.matcher(cleanEmail).matches()) {
            throw new Refused("email", "Enter an e-mail address such as name@example.org.");
        }
        if (role == null || role == Role.CLIENT) {
            throw new Refused("role", "Choose counselor or administrator.");
        }
        if (accounts.findByEmail(cleanEmail).isPresent()) {
            throw new Refused("email", "An account with this e-mail address already exists.");
        }
        Account account = accounts.create(cleanEmail, cleanName, role, currentUser.actor());
        invitations.invite(account, currentUser.require().getDisplayName(), currentUser.actor());
        return account;
    }

    public void disable(long accountId) {
        gate.admin();
        if (currentUser.require().getId() == accountId) {
            throw new Refused(null, "You cannot disable your own account.");
        }
        accounts.disable(accountId, currentUser.actor());
    }

    public void enable(long accountId) {
        gate.admin();
        accounts.enable(accountId, currentUser.actor());
    }
}
