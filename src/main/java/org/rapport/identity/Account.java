package org.rapport.identity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.platform.Sealed;

/** A person who can sign in to Rapport: staff of the practice, or a client for the portal. */
@Entity
@Table(name = "account")
public class Account implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "sessions_valid_from")
    private Instant sessionsValidFrom = Instant.EPOCH;

    @Sealed
    @Column(name = "mfa_secret")
    private String mfaSecret;

    @Column(name = "mfa_enabled")
    private boolean mfaEnabled;

    @Column(name = "mfa_last_step")
    private Long mfaLastStep;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version private long version;

    protected Account() {}

    public Account(String email, String displayName, Role role, Instant now) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.role = role;
        this.createdAt = now;
        this.sessionsValidFrom = now;
    }

    /**
     * A new sign-in address, for an account nobody has signed up to yet (its invitation went
     * astray).
     */
    void readdress(String email) {
        this.email = normalizeEmail(email);
    }

    /** Emails are compared without case and surrounding spaces. */
    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void recordFailedLogin(Instant now, int maxFailures, java.time.Duration lockout) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    void recordLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void changePasswordHash(String hash, Instant now) {
        this.passwordHash = hash;
        this.sessionsValidFrom = now;
    }

    void enableSecondFactor(String secret) {
        this.mfaSecret = secret;
        this.mfaEnabled = true;
        this.mfaLastStep = null;
    }

    /** Accepts a code's time step once: a step at or before the last accepted one is a replay. */
    boolean acceptStep(long step) {
        if (mfaLastStep != null && step <= mfaLastStep) {
            return false;
        }
        mfaLastStep = step;
        return true;
    }

    void rehash(String hash) {
        this.passwordHash = hash;
    }

    void disable(Instant now) {
        this.enabled = false;
        this.sessionsValidFrom = now;
    }

    void enable() {
        this.enabled = true;
    }

    /**
     * Removes who the person was: the account keeps its row for the audit trail and nothing else.
     */
    void anonymize(Instant now) {
        this.email = "anonymized-" + id + "@invalid";
        this.displayName = "Anonymized client";
        this.passwordHash = null;
        this.enabled = false;
        this.sessionsValidFrom = now;
        this.mfaSecret = null;
        this.mfaEnabled = false;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getSessionsValidFrom() {
        return sessionsValidFrom;
    }

    public boolean isMfaEnabled() {
        return mfaEnabled;
    }

    String getMfaSecret() {
        return mfaSecret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
