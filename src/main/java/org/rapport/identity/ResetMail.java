package org.rapport.identity;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.audit.AuditTrail.Actor;
import org.rapport.platform.Mailer;

/**
 * Looks up the account and e-mails a password reset link, after the person asking has had their
 * answer ({@link Invitations#requestReset}): how long that takes, and whether it fails, tells them
 * nothing about whether the address has an account.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ResetMail {

    private static final Logger LOG = Logger.getLogger(ResetMail.class.getName());

    @Inject private AccountService accounts;

    @Inject private OneTimeLinks links;

    @Inject private Mailer mailer;

    @Inject private Invitations invitations;

    @Inject private AuditTrail audit;

    @Asynchronous
    public void send(String address) {
        try {
            Optional<Account> account = accounts.findByEmail(address).filter(Account::isEnabled);
            if (account.isEmpty()) {
                audit.record(
                        Actor.anonymous(address),
                        AuditAction.UPDATE,
                        "PasswordReset",
                        null,
                        null,
                        "reset asked for an unknown or disabled email");
                return;
            }
            Account a = account.get();
            String token =
                    links.create(
                            a.getId(),
                            OneTimeLinks.Purpose.PASSWORD_RESET,
                            Invitations.RESET_VALIDITY);
            mailer.send(
                    a.getEmail(),
                    "Resetting your Rapport password",
                    "Hello "
                            + a.getDisplayName()
                            + ",\n\n"
                            + "Someone (we hope you) asked to reset your Rapport password. Choose a new one here (the link works"
                            + " once, for "
                            + Invitations.RESET_VALIDITY.toMinutes()
                            + " minutes):\n"
                            + invitations.setPasswordLink(token)
                            + "\n\n"
                            + "If you did not ask for this, ignore this e-mail: your password stays as it is.\n");
            audit.record(
                    AccountService.actor(a),
                    AuditAction.UPDATE,
                    "PasswordReset",
                    a.getId(),
                    null,
                    "reset link sent");
        } catch (RuntimeException e) {
            LOG.warning(() -> "A password reset e-mail could not be sent: " + e.getMessage());
        }
    }
}
