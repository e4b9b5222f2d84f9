package org.rapport.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.audit.AuditTrail.Actor;
import org.rapport.platform.Mailer;
import org.rapport.platform.Settings;

/**
 * E-mails with one-time links: invitations to set a first password, and password resets. The link
 * is the only thing the e-mail carries.
 */
@ApplicationScoped
public class Invitations {

    /** A reset link is short-lived: it is asked for by whoever knows the email. */
    public static final Duration RESET_VALIDITY = Duration.ofHours(1);

    /** Reset requests answered with an e-mail, per address and per network address, in an hour. */
    static final int RESETS_PER_ADDRESS = 3;

    static final int RESETS_PER_NETWORK_ADDRESS = 20;
    private static final String RESET_ASKED = "reset asked";

    @PersistenceContext private EntityManager em;

    @Inject private ResetMail resetMail;

    @Inject private Clock clock;

    @Inject private OneTimeLinks links;

    @Inject private Mailer mailer;

    @Inject private Settings settings;

    @Inject private AccountService accounts;

    @Inject private AuditTrail audit;

    /** Sends an invitation (72 hours, once) to set the account's password. */
    public void invite(Account account, String invitedBy, Actor by) {
        String token =
                links.create(
                        account.getId(),
                        OneTimeLinks.Purpose.INVITATION,
                        OneTimeLinks.INVITATION_VALIDITY);
        String text =
                "Hello "
                        + account.getDisplayName()
                        + ",\n\n"
                        + invitedBy
                        + " has invited you to Rapport"
                        + (account.getRole() == Role.CLIENT
                                ? ", where you will find the exercises you work on between"
                                        + " sessions and your appointments"
                                : "")
                        + ".\n\n"
                        + "Choose your password here (the link works once, for "
                        + OneTimeLinks.INVITATION_VALIDITY.toHours()
                        + " hours):\n"
                        + link(token)
                        + "\n\n"
                        + "If you did not expect this e-mail, you can ignore it.\n";
        mailer.send(account.getEmail(), "Your invitation to Rapport", text);
        audit.record(
                by,
                AuditAction.CREATE,
                "Invitation",
                account.getId(),
                null,
                "invitation sent to " + account.getEmail());
    }

    /**
     * Whether a reset link can be e-mailed at all (a practice-wide fact, the same for every
     * address).
     */
    public boolean resetsCanBeSent() {
        return mailer.isConfigured() || settings.demoMode();
    }

    /**
     * Sends a reset link if the email belongs to an account that can sign in. Says nothing either
     * way to the person asking, so the page cannot be used to find out who has an account: the same
     * answer, at once (the account is looked up and the e-mail sent after the answer, in the
     * background), and at most {@value #RESETS_PER_ADDRESS} e-mails per address and {@value
     * #RESETS_PER_NETWORK_ADDRESS} per network address an hour, whether or not the address has an
     * account.
     */
    public void requestReset(String email) {
        String address = Account.normalizeEmail(email);
        String from = audit.callerAddress();
        Actor asker = Actor.anonymous(address);
        Instant hourAgo = Instant.now(clock).minus(Duration.ofHours(1));
        if (asked("e.actor = :who", address, hourAgo) >= RESETS_PER_ADDRESS
                || from != null
                        && asked("e.ipAddress = :who", from, hourAgo)
                                >= RESETS_PER_NETWORK_ADDRESS) {
            audit.record(
                    asker,
                    AuditAction.ACCESS_DENIED,
                    "PasswordReset",
                    null,
                    null,
                    "reset refused: too many in an hour for this address or network address");
            return;
        }
        audit.record(asker, AuditAction.UPDATE, "PasswordReset", null, null, RESET_ASKED);
        resetMail.send(address);
    }

    private long asked(String who, String value, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(e) FROM AuditEvent e WHERE "
                                + who
                                + " AND e.recordType = 'PasswordReset'"
                                + " AND e.detail = :asked AND e.occurredAt > :since",
                        Long.class)
                .setParameter("who", value)
                .setParameter("asked", RESET_ASKED)
                .setParameter("since", since)
                .getSingleResult();
    }

    /** The address of the page that sets a password through the link with this token. */
    public String setPasswordLink(String token) {
        return link(token);
    }

    private String link(String token) {
        return settings.baseUrl() + "/account/set-password.xhtml?token=" + token;
    }
}
