package org.rapport.identity;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.platform.Settings;

/**
 * The short write after a password was checked: the account's row is locked only to count a failure
 * (and lock the account after {@link AccountService#MAX_FAILED_LOGINS}) or to store a stronger
 * hash, never while a password is being hashed.
 */
@ApplicationScoped
class SignInRecords {

    @PersistenceContext private EntityManager em;

    @Inject private AuditTrail audit;

    @Inject private Settings settings;

    /**
     * Settles a check made against {@code checkedHash}: refused when the account changed meanwhile
     * (disabled, locked by other attempts, a new password), else counts a failure or accepts.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    SignInOutcome settle(
            long accountId, String checkedHash, boolean right, String strongerHash, Instant now) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null
                || !account.isEnabled()
                || account.isLockedAt(now)
                || !account.hasPassword()
                || !account.getPasswordHash().equals(checkedHash)) {
            audit.record(
                    account == null
                            ? AuditTrail.Actor.anonymous(null)
                            : AccountService.actor(account),
                    AuditAction.LOGIN_FAILED,
                    "Account",
                    accountId,
                    null,
                    "account changed during the sign-in");
            return new SignInOutcome.Refused();
        }
        if (!right) {
            account.recordFailedLogin(
                    now, AccountService.MAX_FAILED_LOGINS, AccountService.LOCKOUT);
            audit.record(
                    AccountService.actor(account),
                    AuditAction.LOGIN_FAILED,
                    "Account",
                    accountId,
                    null,
                    account.isLockedAt(now)
                            ? "wrong password; account locked for "
                                    + AccountService.LOCKOUT.toMinutes()
                                    + " minutes"
                            : "wrong password");
            return new SignInOutcome.Refused();
        }
        if (strongerHash != null) {
            account.rehash(strongerHash);
        }
        boolean mfaExpected =
                account.getRole().isStaff()
                        && settings.staffMfaRequired()
                        && !(settings.demoMode() && account.getEmail().endsWith("@rapport.demo"));
        return new SignInOutcome.PasswordAccepted(
                account.getId(), account.isMfaEnabled(), mfaExpected && !account.isMfaEnabled());
    }
}
