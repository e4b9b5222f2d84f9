package org.rapport.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.apache.commons.codec.binary.Base32;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Two-factor authentication with an authenticator app (TOTP, RFC 6238: six digits, 30 seconds,
 * HMAC-SHA1 as the apps expect) and one-time recovery codes.
 */
@ApplicationScoped
public class SecondFactor {

    static final int RECOVERY_CODES = 10;
    private static final Duration STEP = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext private EntityManager em;

    @Inject private AuditTrail audit;

    @Inject private Clock clock;

    /** A new secret for enrolment, in the Base32 form authenticator apps take. */
    public String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The address an authenticator app reads from the QR code. */
    public String otpauthUri(String secret, String email) {
        String label = urlEncode("Rapport:" + email);
        return "otpauth://totp/"
                + label
                + "?secret="
                + secret
                + "&issuer=Rapport&algorithm=SHA1&digits=6&period=30";
    }

    /**
     * Whether the code is right for the secret now (one step of clock drift either way allowed).
     */
    public boolean matches(String secret, String code) {
        return step(secret, code, Instant.now(clock)) >= 0;
    }

    /**
     * Saves the secret once the person has shown, with a code, that their app has it; returns
     * recovery codes.
     */
    @Transactional
    public List<String> enrol(long accountId, String secret, String code) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        long step = step(secret, code, Instant.now(clock));
        if (account == null || step < 0) {
            throw new IllegalArgumentException(
                    "That code does not match. Check the time on your phone and try the"
                            + " newest code.");
        }
        account.enableSecondFactor(secret);
        account.acceptStep(step);
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.accountId = :id")
                .setParameter("id", accountId)
                .executeUpdate();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recoveryCode = newRecoveryCode();
            codes.add(recoveryCode);
            em.persist(new RecoveryCode(accountId, hashRecoveryCode(recoveryCode)));
        }
        audit.record(
                AccountService.actor(account),
                AuditAction.UPDATE,
                "Account",
                accountId,
                null,
                "two-factor authentication enrolled");
        return codes;
    }

    /**
     * Turns two-step sign-in on, or moves it to a new app, from the signed-in person's own
     * settings. A session alone is not enough: the password is asked again, and when two-step
     * sign-in is already on, a code from the current app (or a recovery code) too, so that someone
     * who took over a session cannot swap the authenticator or take new recovery codes. A wrong
     * password or current code counts as a failed sign-in.
     */
    @Transactional(
            dontRollbackOn =
                    Refused.class) // a refusal keeps its failed-sign-in count and audit row
    public List<String> change(
            long accountId, String secret, String code, String password, String currentCode) {
        Account account =
                em.find(Account.class, accountId); // no row lock while the password is hashed
        Instant now = Instant.now(clock);
        if (account == null || !account.isEnabled() || account.isLockedAt(now)) {
            throw new IllegalArgumentException("This account cannot change its sign-in now.");
        }
        boolean passwordRight =
                password != null
                        && account.getPasswordHash() != null
                        && PasswordHasher.verify(password, account.getPasswordHash());
        if (!passwordRight) {
            refuse(account, now, "wrong password to change the second factor");
            throw new Refused("password", "That password is not right.");
        }
        if (account.isMfaEnabled() && !verifyForSignIn(accountId, currentCode)) {
            throw new Refused(
                    "currentCode",
                    "That code from your current app (or recovery code) does not match.");
        }
        return enrol(accountId, secret, code);
    }

    private void refuse(Account account, Instant now, String why) {
        em.lock(account, LockModeType.PESSIMISTIC_WRITE);
        account.recordFailedLogin(now, AccountService.MAX_FAILED_LOGINS, AccountService.LOCKOUT);
        audit.record(
                AccountService.actor(account),
                AuditAction.LOGIN_FAILED,
                "Account",
                account.getId(),
                null,
                account.isLockedAt(now) ? why + "; account locked" : why);
    }

    /**
     * Checks a code from the app, or a recovery code, for a sign-in. A wrong code counts as a
     * failed sign-in (five lock the account); an accepted code cannot be used again.
     */
    @Transactional
    public boolean verifyForSignIn(long accountId, String code) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        if (account == null
                || !account.isEnabled()
                || account.isLockedAt(now)
                || !account.isMfaEnabled()) {
            return false;
        }
        String cleaned = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        long step = step(account.getMfaSecret(), cleaned, now);
        if (step >= 0 && account.acceptStep(step)) {
            return true;
        }
        if (cleaned.length() == 10) {
            List<RecoveryCode> unused =
                    em.createQuery(
                                    "SELECT r FROM RecoveryCode r WHERE r.accountId = :id"
                                            + " AND r.codeHash = :hash AND r.usedAt IS NULL",
                                    RecoveryCode.class)
                            .setParameter("id", accountId)
                            .setParameter("hash", hashRecoveryCode(cleaned))
                            .getResultList();
            if (!unused.isEmpty()) {
                unused.get(0).use(now);
                audit.record(
                        AccountService.actor(account),
                        AuditAction.LOGIN,
                        "Account",
                        accountId,
                        null,
                        "recovery code used");
                return true;
            }
        }
        account.recordFailedLogin(now, AccountService.MAX_FAILED_LOGINS, AccountService.LOCKOUT);
        audit.record(
                AccountService.actor(account),
                AuditAction.LOGIN_FAILED,
                "Account",
                accountId,
                null,
                account.isLockedAt(now)
                        ? "wrong second-factor code; account locked"
                        : "wrong second-factor code");
        return false;
    }

    public long unusedRecoveryCodes(long accountId) {
        return em.createQuery(
                        "SELECT COUNT(r) FROM RecoveryCode r WHERE r.accountId = :id AND r.usedAt IS NULL",
                        Long.class)
                .setParameter("id", accountId)
                .getSingleResult();
    }

    /** The time step the code belongs to (now, or one step either side), or -1. */
    static long step(String secret, String code, Instant now) {
        if (secret == null || code == null || !code.matches("\\d{6}")) {
            return -1;
        }
        try {
            TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP);
            SecretKey key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
            int expected = Integer.parseInt(code);
            for (int drift = -1; drift <= 1; drift++) {
                Instant at = now.plus(STEP.multipliedBy(drift));
                if (totp.generateOneTimePassword(key, at) == expected) {
                    return at.getEpochSecond() / STEP.getSeconds();
                }
            }
            return -1;
        } catch (InvalidKeyException e) {
            return -1;
        }
    }

    /** Ten characters from an alphabet without look-alikes, shown as XXXXX-XXXXX. */
    static String newRecoveryCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    /** Recovery codes are random (50 bits), so a plain SHA-256 protects them at rest. */
    static String hashRecoveryCode(String code) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String urlEncode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
