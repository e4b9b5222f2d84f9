package org.rapport.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.audit.AuditTrail.Actor;
import org.rapport.platform.Settings;

/**
 * Accounts and signing in: password checks with lockout, the tickets that complete a sign-in, and
 * the state that ends sessions.
 */
@ApplicationScoped
public class AccountService {

    /** Failed sign-ins in a row that lock an account. */
    public static final int MAX_FAILED_LOGINS = 5;

    /** How long a locked account stays locked. */
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    /**
     * Failed sign-ins for one e-mail address, with or without an account, within {@link #LOCKOUT}.
     */
    static final int FAILURES_PER_ADDRESS = 10;

    /**
     * Failed sign-ins from one network address (a practice's office may share one) within {@link
     * #LOCKOUT}.
     */
    static final int FAILURES_PER_NETWORK_ADDRESS = 100;

    /** Password checks under way at once from one network address. */
    static final int AT_ONCE_PER_NETWORK_ADDRESS = 8;

    /** How long a sign-in waits for a processor to hash its password. */
    static final Duration HASH_WAIT = Duration.ofSeconds(10);

    private static final Duration TICKET_LIFETIME = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext private EntityManager em;

    @Inject private AuditTrail audit;

    @Inject private OneTimeLinks links;

    @Inject private Clock clock;

    @Inject private Settings settings;

    @Inject private SignInRecords records;

    private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();
    private final Map<String, Integer> checking = new ConcurrentHashMap<>();
    private final Semaphore hashes =
            new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

    private record Ticket(long accountId, Instant expires) {}

    public Optional<Account> findByEmail(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> find(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    /**
     * Whether the password is the account's own, to confirm a signature by someone already signed
     * in. Not counted towards the sign-in lockout (the caller audits a refusal).
     */
    public boolean confirmPassword(long accountId, String password) {
        Account stored = em.find(Account.class, accountId);
        if (stored == null || !stored.hasPassword() || password == null || password.isEmpty()) {
            PasswordHasher.verifyNothing(password);
            return false;
        }
        return PasswordHasher.verify(password, stored.getPasswordHash());
    }

    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
    }

    /**
     * Checks an email and password. Counts failures per account and locks it for {@link #LOCKOUT}
     * after {@link #MAX_FAILED_LOGINS}; every failure is audited. Takes the same time whether or
     * not the email belongs to an account.
     *
     * <p>Hashing a password (PBKDF2, a few hundred milliseconds of CPU on purpose) holds neither a
     * database connection nor a row lock, so that many attempts at once cannot take the connections
     * every page needs. At most as many hashes run at once as there are processors; a check that
     * waits longer than {@link #HASH_WAIT} is answered {@link SignInOutcome.Busy}, as is a network
     * address with more than {@value #AT_ONCE_PER_NETWORK_ADDRESS} checks under way. More than
     * {@value #FAILURES_PER_ADDRESS} failures for one e-mail address, or {@value
     * #FAILURES_PER_NETWORK_ADDRESS} from one network address, within {@link #LOCKOUT} are refused
     * without hashing, whether or not the address has an account.
     */
    public SignInOutcome checkPassword(String email, String password) {
        Instant now = Instant.now(clock);
        String normalized = Account.normalizeEmail(email);
        boolean plausible =
                normalized != null && !normalized.isEmpty() && normalized.length() <= 254;
        String from = audit.callerAddress();
        Actor asker = Actor.anonymous(plausible ? normalized : null);
        if (!enter(from)) {
            // not a failed sign-in: it must not count towards the limits below
            audit.record(
                    asker,
                    AuditAction.ACCESS_DENIED,
                    "SignIn",
                    null,
                    null,
                    "sign-in refused: too many at once from " + from);
            return new SignInOutcome.Busy();
        }
        try {
            Instant since = now.minus(LOCKOUT);
            if (plausible && failures("e.actor = :who", normalized, since) >= FAILURES_PER_ADDRESS
                    || from != null
                            && failures("e.ipAddress = :who", from, since)
                                    >= FAILURES_PER_NETWORK_ADDRESS) {
                audit.record(
                        asker,
                        AuditAction.LOGIN_FAILED,
                        null,
                        null,
                        null,
                        "too many failed sign-ins for this address or network address");
                return new SignInOutcome.Refused();
            }
            Account account =
                    !plausible
                            ? null
                            : em.createQuery(
                                            "SELECT a FROM Account a WHERE a.email = :email",
                                            Account.class)
                                    .setParameter("email", normalized)
                                    .getResultStream()
                                    .findFirst()
                                    .orElse(null);
            if (account == null
                    || !account.isEnabled()
                    || account.isLockedAt(now)
                    || !account.hasPassword()) {
                if (!hashing(() -> PasswordHasher.verifyNothing(password))) {
                    return new SignInOutcome.Busy();
                }
                String why =
                        account == null
                                ? "unknown email"
                                : !account.isEnabled()
                                        ? "account disabled"
                                        : account.isLockedAt(now)
                                                ? "account locked"
                                                : "no password set yet";
                audit.record(
                        account == null ? asker : actor(account),
                        AuditAction.LOGIN_FAILED,
                        account == null ? null : "Account",
                        account == null ? null : account.getId(),
                        null,
                        why);
                return new SignInOutcome.Refused();
            }
            String stored = account.getPasswordHash();
            boolean[] right = new boolean[1];
            String[] stronger = new String[1];
            if (!hashing(
                    () -> {
                        right[0] = PasswordHasher.verify(password, stored);
                        if (right[0] && PasswordHasher.needsRehash(stored)) {
                            stronger[0] = PasswordHasher.hash(password);
                        }
                    })) {
                return new SignInOutcome.Busy();
            }
            return records.settle(account.getId(), stored, right[0], stronger[0], now);
        } finally {
            leave(from);
        }
    }

    /**
     * Runs a password hash once a processor is free; false when none was within {@link #HASH_WAIT}.
     */
    private boolean hashing(Runnable hash) {
        try {
            if (!hashes.tryAcquire(HASH_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            hash.run();
            return true;
        } finally {
            hashes.release();
        }
    }

    private boolean enter(String from) {
        if (from == null) {
            return true;
        }
        int now = checking.merge(from, 1, Integer::sum);
        if (now > AT_ONCE_PER_NETWORK_ADDRESS) {
            leave(from);
            return false;
        }
        return true;
    }

    private void leave(String from) {
        if (from != null) {
            checking.computeIfPresent(from, (key, count) -> count <= 1 ? null : count - 1);
        }
    }

    private long failures(String who, String value, Instant since) {
        return em.createQuery(
                        "SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :failed AND e.occurredAt > :since AND "
                                + who,
                        Long.class)
                .setParameter("failed", AuditAction.LOGIN_FAILED)
                .setParameter("since", since)
                .setParameter("who", value)
                .getSingleResult();
    }

    /**
     * Issues the ticket that completes the sign-in of an account whose every factor was checked.
     */
    public SignInTicket issueTicket(long accountId) {
        tickets.values().removeIf(t -> t.expires().isBefore(Instant.now(clock)));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tickets.put(value, new Ticket(accountId, Instant.now(clock).plus(TICKET_LIFETIME)));
        return new SignInTicket(value);
    }

    /** Redeems a ticket (once) and records the sign-in. */
    @Transactional
    public Optional<Account> redeem(SignInTicket ticket) {
        Ticket issued = ticket == null ? null : tickets.remove(ticket.value());
        Instant now = Instant.now(clock);
        if (issued == null || issued.expires().isBefore(now)) {
            return Optional.empty();
        }
        Account account =
                em.find(Account.class, issued.accountId(), LockModeType.PESSIMISTIC_WRITE);
        if (account == null || !account.isEnabled()) {
            return Optional.empty();
        }
        account.recordLogin(now);
        audit.record(actor(account), AuditAction.LOGIN, "Account", account.getId(), null, null);
        return Optional.of(account);
    }

    /** Whether a session that signed in at {@code signedInAt} may go on for this account. */
    public boolean sessionStillValid(Account account, Instant signedInAt) {
        return account.isEnabled() && !account.getSessionsValidFrom().isAfter(signedInAt);
    }

    /** Ends every session of the account and stops it from signing in. */
    @Transactional
    public void disable(long accountId, Actor by) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account != null && account.isEnabled()) {
            account.disable(Instant.now(clock));
            audit.record(
                    by,
                    AuditAction.ACCOUNT_DISABLED,
                    "Account",
                    accountId,
                    null,
                    account.getEmail());
        }
    }

    @Transactional
    public void enable(long accountId, Actor by) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account != null && !account.isEnabled()) {
            account.enable();
            audit.record(
                    by,
                    AuditAction.ACCOUNT_ENABLED,
                    "Account",
                    accountId,
                    null,
                    account.getEmail());
        }
    }

    /**
     * Ends the account's sessions and replaces its name and e-mail (a client record was
     * anonymized).
     */
    @Transactional
    public void anonymize(long accountId, Actor by) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account != null) {
            account.anonymize(Instant.now(clock));
            audit.record(by, AuditAction.ANONYMIZE, "Account", accountId, null, null);
        }
    }

    /** Creates an account without a password (set later through a one-time link). */
    @Transactional
    public Account create(String email, String displayName, Role role, Actor by) {
        Account account = new Account(email, displayName, role, Instant.now(clock));
        em.persist(account);
        em.flush();
        audit.record(
                by,
                AuditAction.ACCOUNT_CREATED,
                "Account",
                account.getId(),
                null,
                role + " " + account.getEmail());
        return account;
    }

    /**
     * Moves a portal account nobody has signed up to yet to a corrected address, and voids the
     * links sent to the old one. Refused (an exception with a message) when another account uses
     * the address; does nothing once the account has a password (the person signed up: their
     * address is theirs).
     */
    @Transactional
    public void readdressInvitation(long accountId, String email, Actor by) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account.hasPassword() || Account.normalizeEmail(email).equals(account.getEmail())) {
            return;
        }
        if (findByEmail(email).isPresent()) {
            throw new IllegalStateException(
                    "Another account already uses " + Account.normalizeEmail(email) + ".");
        }
        String before = account.getEmail();
        account.readdress(email);
        links.revoke(accountId, OneTimeLinks.Purpose.INVITATION);
        audit.record(
                by,
                AuditAction.UPDATE,
                "Account",
                accountId,
                null,
                "invitation address "
                        + before
                        + " -> "
                        + account.getEmail()
                        + "; earlier invitation links void");
    }

    /** Creates an account with a password already set (the demo practice). */
    @Transactional
    public Account createWithPasswordHash(
            String email, String displayName, Role role, String passwordHash) {
        Account account = new Account(email, displayName, role, Instant.now(clock));
        account.changePasswordHash(passwordHash, Instant.now(clock));
        em.persist(account);
        em.flush();
        return account;
    }

    /** Sets a new password; every existing session of the account ends. */
    @Transactional
    public void setPassword(long accountId, String password, Actor by) {
        Account account = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        String problem = PasswordPolicy.problem(password, account.getEmail()).orElse(null);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        account.changePasswordHash(PasswordHasher.hash(password), Instant.now(clock));
        audit.record(by, AuditAction.PASSWORD_SET, "Account", accountId, null, null);
    }

    public List<Account> staff() {
        return em.createQuery(
                        "SELECT a FROM Account a WHERE a.role <> :client ORDER BY a.displayName",
                        Account.class)
                .setParameter("client", Role.CLIENT)
                .getResultList();
    }

    public static Actor actor(Account account) {
        return new Actor(account.getId(), account.getEmail(), account.getRole().name());
    }
}
