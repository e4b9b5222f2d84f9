package org.rapport.scheduling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.audit.AuditTrail.Actor;
import org.rapport.identity.AccessGate;
import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.PracticeClock;
import org.rapport.platform.Settings;

/**
 * Each counselor's private calendar feed for their phone: a secret address that can be turned on,
 * replaced (the old address stops working) and turned off. The feed shows times and initials only.
 */
@ApplicationScoped
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(180);

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeClock clock;

    @Inject private Settings settings;

    /** When the caller's feed was turned on (or last replaced), if it is on. */
    public Optional<Instant> enabledSince() {
        Account caller = gate.staff();
        return Optional.ofNullable(em.find(CalendarFeed.class, caller.getId()))
                .map(CalendarFeed::getCreatedAt);
    }

    /** Turns the feed on or gives it a new address; returns the address, shown only this once. */
    @Transactional
    public String newAddress() {
        Account caller = gate.staff();
        String token = token();
        CalendarFeed feed = em.find(CalendarFeed.class, caller.getId());
        if (feed == null) {
            em.persist(new CalendarFeed(caller.getId(), hash(token), clock.now()));
        } else {
            feed.replace(hash(token), clock.now());
        }
        audit.record(
                currentUser.actor(),
                AuditAction.UPDATE,
                "CalendarFeed",
                caller.getId(),
                null,
                "new address");
        return settings.baseUrl() + "/calendar-feed/" + token + ".ics";
    }

    @Transactional
    public void turnOff() {
        Account caller = gate.staff();
        CalendarFeed feed = em.find(CalendarFeed.class, caller.getId());
        if (feed != null) {
            em.remove(feed);
            audit.record(
                    currentUser.actor(),
                    AuditAction.UPDATE,
                    "CalendarFeed",
                    caller.getId(),
                    null,
                    "turned off");
        }
    }

    /**
     * The feed's entries for a token, or empty when no feed has that token. Initials and times
     * only.
     */
    public Optional<List<Ics.Entry>> entries(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        List<CalendarFeed> feeds =
                em.createQuery(
                                "SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash",
                                CalendarFeed.class)
                        .setParameter("hash", hash(token))
                        .getResultList();
        if (feeds.isEmpty()) {
            return Optional.empty();
        }
        Long counselor = feeds.get(0).getAccountId();
        Account owner = em.find(Account.class, counselor);
        if (owner == null || !owner.isEnabled() || !owner.getRole().isStaff()) {
            return Optional.empty(); // a disabled account's feed stops with its sessions
        }
        Instant now = clock.now();
        List<Appointment> appointments =
                em.createQuery(
                                "SELECT a FROM Appointment a LEFT JOIN FETCH a.client"
                                        + " LEFT JOIN FETCH a.couple p LEFT JOIN FETCH p.partnerOne LEFT JOIN FETCH p.partnerTwo"
                                        + " WHERE a.counselor.id = :k AND a.startsAt >= :from AND a.startsAt < :to ORDER BY a.startsAt",
                                Appointment.class)
                        .setParameter("k", counselor)
                        .setParameter("from", now.minus(PAST))
                        .setParameter("to", now.plus(AHEAD))
                        .getResultList();
        audit.record(
                new Actor(counselor, "(calendar feed)", "COUNSELOR"),
                AuditAction.VIEW,
                "CalendarFeed",
                counselor,
                null,
                appointments.size() + " appointments, initials only");
        return Optional.of(
                appointments.stream()
                        .map(
                                a ->
                                        new Ics.Entry(
                                                "appointment-" + a.getId() + "@rapport",
                                                a.getStartsAt(),
                                                a.getEndsAt(),
                                                a.getInitials()
                                                        + (a.getCouple() != null
                                                                ? " (couple)"
                                                                : ""),
                                                a.getModality() == Modality.TELEHEALTH
                                                        ? "Telehealth"
                                                        : a.getRoom(),
                                                a.isCancelled()))
                        .toList());
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
}
