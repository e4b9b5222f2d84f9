package org.rapport.clients;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.audit.AuditTrail.Actor;
import org.rapport.identity.AccessGate;
import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.platform.EditConflict;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.PracticeClock;

/**
 * Couples: created from two clients, seen by their couple counselor and administrators. A client is
 * in at most one active couple; the rule holds under concurrent requests because both partners'
 * rows are locked (lowest id first) while it is checked.
 */
@ApplicationScoped
public class CoupleService {

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeClock clock;

    @Inject private ClientService clients;

    @Inject private jakarta.enterprise.event.Event<CoupleEnded> ended;

    @Inject private Validator validator;

    /**
     * The couple with both partners' records, if the caller may see it. Audited for both partners.
     */
    /**
     * Whether the caller may open the couple (not audited: for a capability that audits its own
     * read).
     */
    public boolean isVisible(long coupleId) {
        Account caller = currentUser.require();
        Couple couple =
                em.createQuery(
                                "SELECT p FROM Couple p JOIN FETCH p.counselor WHERE p.id = :id",
                                Couple.class)
                        .setParameter("id", coupleId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        return couple != null && gate.couple(caller, couple);
    }

    public Optional<Couple> find(long coupleId) {
        Account caller = currentUser.require();
        Couple couple =
                em.createQuery(
                                "SELECT p FROM Couple p JOIN FETCH p.partnerOne JOIN FETCH p.partnerTwo"
                                        + " JOIN FETCH p.counselor WHERE p.id = :id",
                                Couple.class)
                        .setParameter("id", coupleId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (couple == null || !gate.couple(caller, couple)) {
            audit.refused(currentUser.actor(), "Couple", coupleId, null, couple != null);
            return Optional.empty();
        }
        for (Client partner : List.of(couple.getPartnerOne(), couple.getPartnerTwo())) {
            partner.getConcerns().size();
            partner.getPrimaryCounselor().getDisplayName();
            audit.record(
                    currentUser.actor(),
                    AuditAction.VIEW,
                    "Couple",
                    couple.getId(),
                    partner.getId(),
                    null);
        }
        return Optional.of(couple);
    }

    /** The ids of the couples the client is (or was) a partner in that the caller may see. */
    public List<Long> visibleCouplesOf(long clientId) {
        Account caller = currentUser.require();
        return em.createQuery(
                        "SELECT p FROM Couple p JOIN FETCH p.partnerOne JOIN FETCH p.partnerTwo JOIN FETCH p.counselor"
                                + " WHERE p.partnerOne.id = :id OR p.partnerTwo.id = :id",
                        Couple.class)
                .setParameter("id", clientId)
                .getResultStream()
                .filter(p -> gate.couple(caller, p))
                .map(Couple::getId)
                .toList();
    }

    /**
     * Links two clients as a couple; the caller becomes their couple counselor (an administrator
     * chooses).
     */
    @Transactional
    public Couple create(CoupleDetails details) {
        Account caller = gate.staff();
        Map<String, String> problems = violations(details);
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        if (details.getPartnerOneId().equals(details.getPartnerTwoId())) {
            throw InvalidRecord.of(
                    "partnerTwoId",
                    "Choose two different people: a couple cannot link a client to" + " themself.");
        }
        Client[] partners = lockPartners(details.getPartnerOneId(), details.getPartnerTwoId());
        Client one =
                partners[0].getId().equals(details.getPartnerOneId()) ? partners[0] : partners[1];
        Client two = one == partners[0] ? partners[1] : partners[0];
        checkPartner(caller, one, "partnerOneId", null, problems);
        checkPartner(caller, two, "partnerTwoId", null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        Account counselor = clients.counselorFor(caller, details.getCounselorId(), "couple");
        Couple couple =
                new Couple(
                        one,
                        two,
                        counselor,
                        details,
                        clock.today(),
                        clock.now(),
                        caller.getDisplayName());
        em.persist(couple);
        em.flush();
        for (Client partner : List.of(one, two)) {
            audit.record(
                    currentUser.actor(),
                    AuditAction.CREATE,
                    "Couple",
                    couple.getId(),
                    partner.getId(),
                    null);
        }
        return couple;
    }

    /**
     * Saves the couple's details (not the partners: a couple record is those two people). Stale
     * form → {@link EditConflict} and nothing saved.
     */
    @Transactional
    public Optional<Couple> update(long coupleId, long expectedVersion, CoupleDetails details) {
        Account caller = gate.staff();
        Couple couple = em.find(Couple.class, coupleId, LockModeType.PESSIMISTIC_WRITE);
        if (couple == null || !gate.couple(caller, couple)) {
            return Optional.empty();
        }
        if (couple.getVersion() != expectedVersion) {
            throw new EditConflict(
                    CoupleDetails.of(couple),
                    couple.getVersion(),
                    couple.getUpdatedBy(),
                    couple.getUpdatedAt());
        }
        Map<String, String> problems = violations(details);
        problems.remove("partnerOneId");
        problems.remove("partnerTwoId");
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        if (caller.getRole() == Role.ADMIN
                && details.getCounselorId() != null
                && !details.getCounselorId().equals(couple.getCounselor().getId())) {
            couple.assignCounselor(
                    clients.counselorFor(caller, details.getCounselorId(), "couple"));
        }
        couple.apply(details, clock.now(), caller.getDisplayName());
        auditBoth(couple, AuditAction.UPDATE, null);
        return Optional.of(couple);
    }

    /**
     * Ends the couple's work together from a date; the partners' individual records stay as they
     * are. Homework and check-ins of the couple end with it ({@link CoupleEnded}).
     */
    @Transactional
    public Optional<Couple> end(long coupleId, LocalDate endedOn) {
        Account caller = gate.staff();
        Couple couple = em.find(Couple.class, coupleId, LockModeType.PESSIMISTIC_WRITE);
        if (couple == null || !gate.couple(caller, couple)) {
            return Optional.empty();
        }
        if (!couple.isActive()) {
            throw InvalidRecord.of("", "The couple's work has already ended.");
        }
        if (endedOn == null) {
            throw InvalidRecord.of("endedOn", "Enter the date the couple's work ended.");
        }
        if (endedOn.isAfter(clock.today())) {
            throw InvalidRecord.of("endedOn", "The date cannot be in the future.");
        }
        if (endedOn.isBefore(couple.getStartedOn())) {
            throw InvalidRecord.of(
                    "endedOn",
                    "The date cannot be before the couple's work began ("
                            + couple.getStartedOn()
                            + ").");
        }
        couple.end(endedOn, clock.now(), caller.getDisplayName());
        auditBoth(couple, AuditAction.UPDATE, "ended");
        ended.fire(new CoupleEnded(couple.getId(), endedOn));
        return Optional.of(couple);
    }

    /** Resumes a couple's work, if neither partner has meanwhile joined another active couple. */
    @Transactional
    public Optional<Couple> reactivate(long coupleId) {
        Account caller = gate.staff();
        Couple couple = em.find(Couple.class, coupleId);
        if (couple == null || !gate.couple(caller, couple)) {
            return Optional.empty();
        }
        Client[] partners =
                lockPartners(couple.getPartnerOne().getId(), couple.getPartnerTwo().getId());
        em.lock(couple, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(couple);
        if (couple.isActive()) {
            throw InvalidRecord.of("", "The couple's work is already active.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        for (Client partner : partners) {
            checkPartner(caller, partner, "", couple.getId(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        couple.reactivate(clock.now(), caller.getDisplayName());
        auditBoth(couple, AuditAction.UPDATE, "re-activated");
        return Optional.of(couple);
    }

    /** The counselors a couple can be assigned to (for an administrator's form). */
    public List<Account> counselors() {
        return clients.counselors();
    }

    private void checkPartner(
            Account caller,
            Client partner,
            String field,
            Long coupleId,
            Map<String, String> problems) {
        if (partner == null || !gate.client(caller, partner)) {
            problems.putIfAbsent(field, "Choose a client on your caseload.");
        } else if (partner.isAnonymized()) {
            problems.putIfAbsent(field, "This record was anonymized.");
        } else if (partner.getStatus() == ClientStatus.DISCHARGED) {
            problems.putIfAbsent(
                    field, partner.getName() + " is discharged. Re-activate them first.");
        } else {
            clients.activeCouple(partner.getId())
                    .filter(other -> !other.getId().equals(coupleId))
                    .ifPresent(
                            other ->
                                    problems.putIfAbsent(
                                            field,
                                            partner.getName()
                                                    + " is already in an active couple ("
                                                    + describe(caller, other)
                                                    + "). End that couple's work first."));
        }
    }

    private String describe(Account caller, Couple other) {
        return gate.couple(caller, other)
                ? other.getName()
                : "seen by " + other.getCounselor().getDisplayName();
    }

    /** Locks both clients' rows, lowest id first so two requests cannot deadlock on them. */
    private Client[] lockPartners(long first, long second) {
        long low = Math.min(first, second);
        long high = Math.max(first, second);
        Client lowClient = em.find(Client.class, low, LockModeType.PESSIMISTIC_WRITE);
        Client highClient = em.find(Client.class, high, LockModeType.PESSIMISTIC_WRITE);
        return new Client[] {lowClient, highClient};
    }

    private Map<String, String> violations(CoupleDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<CoupleDetails> violation : validator.validate(details)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        if (details.getTogetherSince() != null && details.getTogetherSince().getYear() < 1900) {
            problems.putIfAbsent("togetherSince", "Check the year.");
        }
        return problems;
    }

    private void auditBoth(Couple couple, AuditAction action, String detail) {
        Actor actor = currentUser.actor();
        audit.record(
                actor, action, "Couple", couple.getId(), couple.getPartnerOne().getId(), detail);
        audit.record(
                actor, action, "Couple", couple.getId(), couple.getPartnerTwo().getId(), detail);
    }
}
