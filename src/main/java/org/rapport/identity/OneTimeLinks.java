package org.rapport.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.rapport.audit.AuditTrail.Actor;

/**
 * One-time links to set a password: the first administrator's set-up, a client's invitation, a
 * password reset. A link works once and until it expires; only a hash of it is stored. A new link
 * voids the account's earlier ones of the same purpose, and a set-up or invitation link sets a
 * first password only: once the account has one, only a reset link changes it.
 */
@ApplicationScoped
public class OneTimeLinks {

    public enum Purpose {
        SETUP,
        INVITATION,
        PASSWORD_RESET;

        /** Set-up and invitation links are for a first password; a reset replaces one. */
        boolean setsFirstPasswordOnly() {
            return this != PASSWORD_RESET;
        }
    }

    public static final Duration INVITATION_VALIDITY = Duration.ofHours(72);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext private EntityManager em;

    @Inject private AccountService accounts;

    @Inject private Clock clock;

    /**
     * A new link token for the account (its earlier ones of that purpose stop working); the caller
     * builds the address from it.
     */
    @Transactional
    public String create(long accountId, Purpose purpose, Duration validity) {
        revoke(accountId, purpose);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        em.createNativeQuery(
                        "INSERT INTO one_time_token (token_hash, purpose, account_id, created_at, expires_at)"
                                + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, hash(token))
                .setParameter(2, purpose.name())
                .setParameter(3, accountId)
                .setParameter(4, java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .setParameter(
                        5,
                        java.time.LocalDateTime.ofInstant(
                                now.plus(validity), java.time.ZoneOffset.UTC))
                .executeUpdate();
        return token;
    }

    /** Voids the account's links of that purpose that were not used yet. */
    @Transactional
    public void revoke(long accountId, Purpose purpose) {
        em.createNativeQuery(
                        "UPDATE one_time_token SET used_at = ? WHERE account_id = ? AND purpose = ?"
                                + " AND used_at IS NULL")
                .setParameter(
                        1,
                        java.time.LocalDateTime.ofInstant(
                                Instant.now(clock), java.time.ZoneOffset.UTC))
                .setParameter(2, accountId)
                .setParameter(3, purpose.name())
                .executeUpdate();
    }

    /** The account a still-valid token is for. */
    public Optional<Account> accountFor(String token) {
        return validTokenRow(token, false)
                .flatMap(
                        row ->
                                accounts.find(row.accountId())
                                        .filter(account -> usable(row, account)));
    }

    /**
     * A set-up or invitation link sets a first password only, never one over a password already
     * chosen.
     */
    private static boolean usable(TokenRow row, Account account) {
        return !(row.purpose().setsFirstPasswordOnly() && account.hasPassword());
    }

    /** Sets the password through the link and uses the link up. */
    @Transactional
    public void setPassword(String token, String password) {
        TokenRow row =
                validTokenRow(token, true)
                        .orElseThrow(
                                () ->
                                        new Refused(
                                                null,
                                                "This link has expired or has already been used."));
        Account account = accounts.find(row.accountId()).orElseThrow();
        if (!usable(row, account)) {
            throw new Refused(null, "This link has expired or has already been used.");
        }
        accounts.setPassword(account.getId(), password, AccountService.actor(account));
        em.createNativeQuery("UPDATE one_time_token SET used_at = ? WHERE id = ?")
                .setParameter(
                        1,
                        java.time.LocalDateTime.ofInstant(
                                Instant.now(clock), java.time.ZoneOffset.UTC))
                .setParameter(2, row.id())
                .executeUpdate();
    }

    private record TokenRow(long id, long accountId, Purpose purpose) {}

    private Optional<TokenRow> validTokenRow(String token, boolean lock) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        var query =
                em.createNativeQuery(
                                "SELECT id, account_id, purpose FROM one_time_token WHERE token_hash = ?"
                                        + " AND used_at IS NULL AND expires_at > ?"
                                        + (lock ? " FOR UPDATE" : ""))
                        .setParameter(1, hash(token))
                        .setParameter(
                                2,
                                java.time.LocalDateTime.ofInstant(
                                        Instant.now(clock), java.time.ZoneOffset.UTC));
        return query.getResultList().stream()
                .findFirst()
                .map(
                        r -> {
                            Object[] row = (Object[]) r;
                            return new TokenRow(
                                    ((Number) row[0]).longValue(),
                                    ((Number) row[1]).longValue(),
                                    Purpose.valueOf((String) row[2]));
                        });
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Actor system() {
        return Actor.anonymous("(system)");
    }
}
