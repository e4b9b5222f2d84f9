package org.rapport.identity;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.audit.AuditTrail.Actor;
import org.rapport.platform.Mailer;
import org.rapport.platform.Settings;

/**
 * E-mails with one-time links: invitations to set a first password, and password resets. The link is
 * the only thing the e-mail carries.
 */
@ApplicationScoped
public class Invitations {

    /** A reset link is short-lived: it is asked for by whoever knows the email. */
    public static final Duration RESET_VALIDITY = Duration.ofHours(1);

    @Inject
    private OneTimeLinks links;

    @Inject
    private Mailer mailer;

    @Inject
    private Settings settings;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditTrail audit;

    /** Sends an invitation (72 hours, once) to set the account's password. */
    public void invite(Account account, String invitedBy, Actor by) {
        String token = links.create(account.getId(), OneTimeLinks.Purpose.INVITATION, OneTimeLinks.INVITATION_VALIDITY);
        String text = "Hello " + account.getDisplayName() + ",\n\n"
                + invitedBy + " has invited you to Rapport"
                + (account.getRole() == Role.CLIENT ? ", where you will find the exercises you work on between"
                        + " sessions and your appointments" : "") + ".\n\n"
                + "Choose your password here (the link works once, for "
                + OneTimeLinks.INVITATION_VALIDITY.toHours() + " hours):\n" + link(token) + "\n\n"
                + "If you did not expect this e-mail, you can ignore it.\n";
        mailer.send(account.getEmail(), "Your invitation to Rapport", text);
        audit.record(by, AuditAction.CREATE, "Invitation", account.getId(), null, "invitation sent to " + account.getEmail());
    }

    /**
     * Sends a reset link if the email belongs to an account that can sign in. Says nothing either way to
     * the person asking, so the page cannot be used to find out who has an account.
     */
    public void requestReset(String email) {
        Optional<Account> account = accounts.findByEmail(email).filter(Account::isEnabled);
        if (account.isEmpty()) {
            audit.record(Actor.anonymous(Account.normalizeEmail(email)), AuditAction.UPDATE, "PasswordReset", null, null,
                    "reset asked for an unknown or disabled email");
            return;
        }
        Account a = account.get();
        String token = links.create(a.getId(), OneTimeLinks.Purpose.PASSWORD_RESET, RESET_VALIDITY);
        mailer.send(a.getEmail(), "Resetting your Rapport password", "Hello " + a.getDisplayName() + ",\n\n"
                + "Someone (we hope you) asked to reset your Rapport password. Choose a new one here (the link works"
                + " once, for " + RESET_VALIDITY.toMinutes() + " minutes):\n" + link(token) + "\n\n"
                + "If you did not ask for this, ignore this e-mail: your password stays as it is.\n");
        audit.record(AccountService.actor(a), AuditAction.UPDATE, "PasswordReset", a.getId(), null, "reset link sent");
    }

    private String link(String token) {
        return settings.baseUrl() + "/account/set-password.xhtml?token=" + token;
    }
}
