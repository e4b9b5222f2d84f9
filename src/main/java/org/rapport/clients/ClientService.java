package org.rapport.clients;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.identity.AccessGate;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Invitations;
import org.rapport.identity.Role;
import org.rapport.platform.CsvWriter;
import org.rapport.platform.EditConflict;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.LikePattern;
import org.rapport.platform.PracticeClock;

/**
 * Client records, checked against who is asking: a counselor reaches the clients on their caseload
 * (and the partners of the couples they see), an administrator every client, a client only their
 * own record. Every read is audited. A record the caller may not see is reported as not there, so
 * its existence does not leak.
 */
@ApplicationScoped
public class ClientService {

    /** A couple whose work goes on, in JPQL: only then does its counselor see both partners. */
    private static final String ACTIVE_COUPLE = "org.rapport.clients.CoupleStatus.ACTIVE";

    static final int EXPORT_BATCH = 500;

    @PersistenceContext private EntityManager em;

    @Inject private AccessGate gate;

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    @Inject private PracticeClock clock;

    @Inject private AccountService accounts;

    @Inject private Invitations invitations;

    @Inject private org.rapport.identity.OneTimeLinks portalLinks;

    @Inject private Validator validator;

    @Inject private Instance<ClinicalHistory> clinicalHistory;

    /** A client's record, if the caller may see it. */
    public Optional<Client> find(long clientId) {
        Account caller = currentUser.require();
        Client client =
                em.createQuery(
                                "SELECT c FROM Client c JOIN FETCH c.primaryCounselor WHERE c.id = :id",
                                Client.class)
                        .setParameter("id", clientId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (client == null || !gate.client(caller, client)) {
            audit.refused(
                    currentUser.actor(),
                    "Client",
                    clientId,
                    client == null ? null : clientId,
                    client != null);
            return Optional.empty();
        }
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "Client",
                client.getId(),
                client.getId(),
                null);
        return Optional.of(client);
    }

    /**
     * Whether the caller may see the client (not audited: for a capability that lists the client's
     * records and audits that read itself).
     */
    public boolean isVisible(long clientId) {
        Account caller = currentUser.require();
        Client client =
                em.createQuery(
                                "SELECT c FROM Client c JOIN FETCH c.primaryCounselor WHERE c.id = :id",
                                Client.class)
                        .setParameter("id", clientId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        return client != null && gate.client(caller, client);
    }

    /**
     * Everything the chart shows about a client: the record with its concerns and diagnoses, the
     * couples they are part of (those the caller may open) and their status history.
     */
    public Optional<ClientChart> chart(long clientId) {
        Account caller = currentUser.require();
        Client client =
                em.createQuery(
                                "SELECT c FROM Client c JOIN FETCH c.primaryCounselor"
                                        + " LEFT JOIN FETCH c.portalAccount WHERE c.id = :id",
                                Client.class)
                        .setParameter("id", clientId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (client == null || caller.getRole() == Role.CLIENT || !gate.client(caller, client)) {
            audit.refused(
                    currentUser.actor(),
                    "Client",
                    clientId,
                    client == null ? null : clientId,
                    client != null);
            return Optional.empty();
        }
        client.getConcerns().size();
        client.getDiagnoses().size();
        List<Couple> couples =
                em.createQuery(
                                "SELECT p FROM Couple p JOIN FETCH p.partnerOne JOIN FETCH p.partnerTwo"
                                        + " JOIN FETCH p.counselor WHERE p.partnerOne.id = :id OR p.partnerTwo.id = :id"
                                        + " ORDER BY p.status ASC, p.startedOn DESC",
                                Couple.class)
                        .setParameter("id", clientId)
                        .getResultList();
        List<Couple> visible = couples.stream().filter(p -> gate.couple(caller, p)).toList();
        boolean inHiddenActiveCouple =
                couples.stream().anyMatch(p -> p.isActive() && !gate.couple(caller, p));
        List<ClientStatusChange> history =
                em.createQuery(
                                "SELECT s FROM ClientStatusChange s WHERE s.clientId = :id"
                                        + " ORDER BY s.id DESC",
                                ClientStatusChange.class)
                        .setParameter("id", clientId)
                        .getResultList();
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "Client",
                client.getId(),
                client.getId(),
                "chart");
        return Optional.of(
                new ClientChart(
                        client,
                        visible,
                        inHiddenActiveCouple,
                        history,
                        caller.getRole() == Role.ADMIN && !client.isAnonymized()));
    }

    /**
     * The signed-in client's own record, not audited (for a capability that audits its own read);
     * empty for staff.
     */
    public Optional<Client> signedInClient() {
        Account caller = currentUser.require();
        if (caller.getRole() != Role.CLIENT) {
            return Optional.empty();
        }
        return em.createQuery("SELECT c FROM Client c WHERE c.portalAccount.id = :me", Client.class)
                .setParameter("me", caller.getId())
                .getResultStream()
                .findFirst();
    }

    /**
     * The record of the client signed in to the portal, not audited (for a capability that audits
     * its own read); refused outright for staff and for a portal account without a client record.
     */
    public Client portalClient() {
        gate.portalClient();
        return signedInClient()
                .orElseThrow(
                        () ->
                                new AccessGate.NotPermitted(
                                        "No client record for this portal account"));
    }

    /** The signed-in client's own record. */
    public Optional<Client> ownRecord() {
        Account caller = currentUser.require();
        if (caller.getRole() != Role.CLIENT) {
            return Optional.empty();
        }
        Optional<Client> own =
                em.createQuery(
                                "SELECT c FROM Client c JOIN FETCH c.primaryCounselor"
                                        + " WHERE c.portalAccount.id = :account",
                                Client.class)
                        .setParameter("account", caller.getId())
                        .getResultStream()
                        .findFirst();
        own.ifPresent(
                c ->
                        audit.record(
                                currentUser.actor(),
                                AuditAction.VIEW,
                                "Client",
                                c.getId(),
                                c.getId(),
                                "own portal"));
        return own;
    }

    /**
     * One page of the caller's caseload (every client for an administrator), searched and filtered
     * in the database, with each client's active couple. Each page read is audited.
     */
    public List<CaseloadRow> caseloadPage(CaseloadQuery query, int first, int pageSize) {
        Account caller = gate.staff();
        List<Client> page =
                pageOfClients(
                        caller, query, Math.max(0, first), Math.min(Math.max(1, pageSize), 100));
        audit.record(
                currentUser.actor(),
                AuditAction.VIEW,
                "Caseload",
                null,
                null,
                "page from "
                        + first
                        + ", "
                        + page.size()
                        + " clients"
                        + (query.search() == null ? "" : ", search"));
        return withCouples(caller, page);
    }

    public long caseloadCount(CaseloadQuery query) {
        Account caller = gate.staff();
        TypedQuery<Long> count =
                em.createQuery(
                        "SELECT COUNT(c) FROM Client c JOIN c.primaryCounselor k"
                                + caseloadWhere(caller, query),
                        Long.class);
        bindCaseload(count, caller, query);
        return count.getSingleResult();
    }

    /**
     * Writes the caller's caseload (as filtered) as CSV, a batch at a time, and audits the export.
     * Returns how many clients were written.
     */
    public int exportCaseload(CaseloadQuery query, Writer out) throws IOException {
        Account caller = currentUser.require();
        if (caller.getRole() == Role.CLIENT) {
            throw new SecurityException("Clients cannot export a caseload");
        }
        CsvWriter csv = new CsvWriter(out);
        csv.row(
                "Legal name",
                "Preferred name",
                "Pronouns",
                "Date of birth",
                "E-mail",
                "Phone",
                "Status",
                "Status since",
                "Intake date",
                "Primary counselor",
                "Couple",
                "Concerns");
        int written = 0;
        for (int first = 0; ; first += EXPORT_BATCH) {
            List<Client> batch = pageOfClients(caller, query, first, EXPORT_BATCH);
            for (CaseloadRow row : withCouples(caller, batch)) {
                Client c = row.client();
                csv.row(
                        c.getLegalName(),
                        c.getPreferredName(),
                        c.getPronouns(),
                        text(c.getDateOfBirth()),
                        c.getEmail(),
                        c.getPhone(),
                        c.getStatus().getLabel(),
                        text(c.getStatusSince()),
                        text(c.getIntakeDate()),
                        c.getPrimaryCounselor().getDisplayName(),
                        row.couple() == null
                                ? ""
                                : row.coupleVisible() ? row.couple().getName() : "yes",
                        String.join(
                                "; ",
                                c.getConcerns().stream().sorted().map(Concern::getLabel).toList()));
                written++;
            }
            em.clear();
            if (batch.size() < EXPORT_BATCH) {
                break;
            }
        }
        out.flush();
        audit.record(
                currentUser.actor(),
                AuditAction.EXPORT,
                "Caseload",
                null,
                null,
                "CSV, "
                        + written
                        + " clients, "
                        + query.status()
                        + "/"
                        + query.kind()
                        + (query.search() == null ? "" : ", search"));
        return written;
    }

    private List<Client> pageOfClients(Account caller, CaseloadQuery query, int first, int size) {
        TypedQuery<Client> select =
                em.createQuery(
                        "SELECT c FROM Client c JOIN FETCH c.primaryCounselor k"
                                + caseloadWhere(caller, query)
                                + " ORDER BY "
                                + query.order().path
                                + (query.ascending() ? " ASC" : " DESC")
                                + ", c.id ASC",
                        Client.class);
        bindCaseload(select, caller, query);
        select.setHint("eclipselink.batch", "c.concerns");
        select.setHint("eclipselink.batch.type", "IN");
        return select.setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** The page's clients with their active couples, read in one more query. */
    private List<CaseloadRow> withCouples(Account caller, List<Client> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Client::getId).toList();
        Map<Long, Couple> coupleOf = new HashMap<>();
        for (Couple couple :
                em.createQuery(
                                "SELECT p FROM Couple p JOIN FETCH p.partnerOne JOIN FETCH p.partnerTwo"
                                        + " WHERE p.status = :active AND (p.partnerOne.id IN :ids OR p.partnerTwo.id IN :ids)",
                                Couple.class)
                        .setParameter("active", CoupleStatus.ACTIVE)
                        .setParameter("ids", ids)
                        .getResultList()) {
            coupleOf.put(couple.getPartnerOne().getId(), couple);
            coupleOf.put(couple.getPartnerTwo().getId(), couple);
        }
        List<CaseloadRow> rows = new ArrayList<>(page.size());
        for (Client client : page) {
            Couple couple = coupleOf.get(client.getId());
            rows.add(
                    new CaseloadRow(client, couple, couple != null && gate.couple(caller, couple)));
        }
        return rows;
    }

    private static String caseloadWhere(Account caller, CaseloadQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (caller.getRole() != Role.ADMIN) {
            // one EXISTS per partner column, so each is an index lookup (an OR inside one would
            // scan couples)
            where.append(
                    " AND (k.id = :me OR EXISTS (SELECT s.id FROM Couple s WHERE s.partnerOne = c"
                            + " AND s.counselor.id = :me AND s.status = "
                            + ACTIVE_COUPLE
                            + ") OR EXISTS (SELECT t.id"
                            + " FROM Couple t WHERE t.partnerTwo = c AND t.counselor.id = :me AND t.status = "
                            + ACTIVE_COUPLE
                            + "))");
        }
        if (query.search() != null) {
            where.append(
                    " AND (c.legalName LIKE :text ESCAPE '\\' OR c.preferredName LIKE :text ESCAPE '\\'"
                            + " OR c.email LIKE :text ESCAPE '\\'");
            if (query.phoneDigits() != null) {
                where.append(" OR c.phoneDigits LIKE :digits");
            }
            where.append(")");
        }
        switch (query.status()) {
            case CURRENT -> where.append(" AND c.status IN :statuses");
            case ACTIVE, WAITLIST, DISCHARGED -> where.append(" AND c.status = :status");
            case ALL -> {}
        }
        String inCouple =
                "(EXISTS (SELECT a.id FROM Couple a WHERE a.partnerOne = c AND a.status = :coupleActive)"
                        + " OR EXISTS (SELECT b.id FROM Couple b WHERE b.partnerTwo = c AND b.status = :coupleActive))";
        switch (query.kind()) {
            case COUPLES -> where.append(" AND ").append(inCouple);
            case INDIVIDUALS -> where.append(" AND NOT ").append(inCouple);
            case ALL -> {}
        }
        return where.toString();
    }

    private static void bindCaseload(TypedQuery<?> select, Account caller, CaseloadQuery query) {
        if (caller.getRole() != Role.ADMIN) {
            select.setParameter("me", caller.getId());
        }
        if (query.search() != null) {
            // the column collation ignores case, so no LOWER() and the indexes stay usable
            select.setParameter("text", LikePattern.containing(query.search()));
            if (query.phoneDigits() != null) {
                select.setParameter("digits", "%" + query.phoneDigits() + "%");
            }
        }
        switch (query.status()) {
            case CURRENT ->
                    select.setParameter(
                            "statuses", List.of(ClientStatus.ACTIVE, ClientStatus.WAITLIST));
            case ACTIVE -> select.setParameter("status", ClientStatus.ACTIVE);
            case WAITLIST -> select.setParameter("status", ClientStatus.WAITLIST);
            case DISCHARGED -> select.setParameter("status", ClientStatus.DISCHARGED);
            case ALL -> {}
        }
        if (query.kind() != CaseloadQuery.Kind.ALL) {
            select.setParameter("coupleActive", CoupleStatus.ACTIVE);
        }
    }

    /**
     * Stored clients the caller may see who may be the person being entered: same legal name and
     * date of birth, or same e-mail address. Anonymized records and the record itself are left out.
     * Clients the caller may not see are never reported, not even as "someone else's": that alone
     * would tell a counselor who is in therapy here. Saving such a record tells the administrator
     * instead ({@link #flagHiddenDuplicates}).
     */
    public List<PossibleDuplicate> possibleDuplicates(ClientDetails details, Long excludeId) {
        Account caller = gate.staff();
        List<PossibleDuplicate> found = new ArrayList<>();
        for (Client other : sameIdentity(details, excludeId)) {
            if (gate.client(caller, other)) {
                found.add(
                        new PossibleDuplicate(
                                other.getId(),
                                other.getName(),
                                duplicateReason(details, other),
                                other.getPrimaryCounselor().getDisplayName(),
                                true));
            }
        }
        return found;
    }

    private List<Client> sameIdentity(ClientDetails details, Long excludeId) {
        boolean byName =
                details.getLegalName() != null
                        && !details.getLegalName().isBlank()
                        && details.getDateOfBirth() != null;
        boolean byEmail = details.getEmail() != null && !details.getEmail().isBlank();
        if (!byName && !byEmail) {
            return List.of();
        }
        String where =
                (byName ? "(c.legalName = :name AND c.dateOfBirth = :birth)" : "")
                        + (byName && byEmail ? " OR " : "")
                        + (byEmail ? "c.email = :email" : "");
        TypedQuery<Client> select =
                em.createQuery(
                                "SELECT c FROM Client c JOIN FETCH c.primaryCounselor"
                                        + " WHERE c.anonymizedAt IS NULL AND c.id <> :self AND ("
                                        + where
                                        + ") ORDER BY c.id",
                                Client.class)
                        .setParameter("self", excludeId == null ? -1L : excludeId)
                        .setMaxResults(10);
        if (byName) {
            select.setParameter("name", details.getLegalName().strip())
                    .setParameter("birth", details.getDateOfBirth());
        }
        if (byEmail) {
            select.setParameter("email", details.getEmail().strip());
        }
        return select.getResultList();
    }

    private static String duplicateReason(ClientDetails details, Client other) {
        boolean sameEmail =
                details.getEmail() != null
                        && other.getEmail() != null
                        && other.getEmail().equalsIgnoreCase(details.getEmail().strip());
        return sameEmail ? "same e-mail address" : "same legal name and date of birth";
    }

    /**
     * After a save: records the caller could not be warned about are left for the administrator, as
     * an audit event on the saved record (the administrator's own form shows the match in full).
     */
    private void flagHiddenDuplicates(Account caller, Client saved, ClientDetails details) {
        if (caller.getRole() == Role.ADMIN) {
            return;
        }
        for (Client other : sameIdentity(details, saved.getId())) {
            if (!gate.client(caller, other)) {
                audit.record(
                        currentUser.actor(),
                        AuditAction.POSSIBLE_DUPLICATE,
                        "Client",
                        saved.getId(),
                        saved.getId(),
                        "may be the same person as client "
                                + other.getId()
                                + " ("
                                + duplicateReason(details, other)
                                + "), on another caseload: for an administrator to check");
            }
        }
    }

    /**
     * Adds a client. A counselor adds to their own caseload; an administrator chooses the
     * counselor.
     */
    @Transactional
    public Client create(ClientDetails details) {
        Account caller = gate.staff();
        Account counselor = counselorFor(caller, details.getCounselorId(), "client");
        validate(details);
        Client client =
                new Client(details, counselor, clock.today(), clock.now(), caller.getDisplayName());
        em.persist(client);
        em.flush();
        em.persist(
                new ClientStatusChange(
                        client.getId(),
                        client.getStatus(),
                        client.getStatusSince(),
                        "Record created",
                        clock.now(),
                        caller.getDisplayName()));
        audit.record(
                currentUser.actor(),
                AuditAction.CREATE,
                "Client",
                client.getId(),
                client.getId(),
                null);
        flagHiddenDuplicates(caller, client, details);
        return client;
    }

    /**
     * Saves changed details. {@code expectedVersion} is the version the form was opened with: if
     * someone saved in between, nothing is saved and {@link EditConflict} carries what is stored
     * now.
     */
    @Transactional
    public Optional<Client> update(long clientId, long expectedVersion, ClientDetails details) {
        Account caller = gate.staff();
        Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client == null || !gate.client(caller, client)) {
            return Optional.empty();
        }
        if (client.isAnonymized()) {
            throw InvalidRecord.of("", "This record was anonymized; it cannot be changed.");
        }
        if (client.getVersion() != expectedVersion) {
            throw new EditConflict(
                    ClientDetails.of(client),
                    client.getVersion(),
                    client.getUpdatedBy(),
                    client.getUpdatedAt());
        }
        validate(details);
        if (caller.getRole() == Role.ADMIN
                && details.getCounselorId() != null
                && !details.getCounselorId().equals(client.getPrimaryCounselor().getId())) {
            client.assignCounselor(counselorFor(caller, details.getCounselorId(), "client"));
        }
        boolean identityChanged =
                !java.util.Objects.equals(client.getLegalName(), strip(details.getLegalName()))
                        || !java.util.Objects.equals(
                                client.getDateOfBirth(), details.getDateOfBirth())
                        || !java.util.Objects.equals(client.getEmail(), strip(details.getEmail()));
        boolean emailChanged =
                !java.util.Objects.equals(client.getEmail(), strip(details.getEmail()));
        client.apply(details, clock.now(), caller.getDisplayName());
        audit.record(
                currentUser.actor(),
                AuditAction.UPDATE,
                "Client",
                client.getId(),
                client.getId(),
                null);
        Account portal = client.getPortalAccount();
        if (emailChanged && portal != null && !portal.hasPassword()) {
            // an invitation sent to the old address must not let its reader sign up as this client
            portalLinks.revoke(
                    portal.getId(), org.rapport.identity.OneTimeLinks.Purpose.INVITATION);
        }
        if (identityChanged) {
            flagHiddenDuplicates(caller, client, details);
        }
        return Optional.of(client);
    }

    /**
     * Discharges, re-activates or waitlists a client from a given date. A partner in an active
     * couple cannot be discharged while the couple's work goes on.
     */
    @Transactional
    public Optional<Client> changeStatus(
            long clientId, ClientStatus status, LocalDate effectiveOn, String reason) {
        Account caller = gate.staff();
        Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client == null || !gate.client(caller, client)) {
            return Optional.empty();
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (status == null) {
            problems.put("status", "Choose the new status.");
        } else if (status == client.getStatus()) {
            problems.put(
                    "status",
                    client.getName() + " is already " + status.getLabel().toLowerCase() + ".");
        }
        if (client.isAnonymized()) {
            problems.put("", "This record was anonymized; it cannot be changed.");
        }
        if (effectiveOn == null) {
            problems.put("effectiveOn", "Enter the date the change takes effect.");
        } else if (effectiveOn.isAfter(clock.today())) {
            problems.put("effectiveOn", "The date cannot be in the future.");
        } else if (client.getStatusSince() != null
                && effectiveOn.isBefore(client.getStatusSince())) {
            problems.put(
                    "effectiveOn",
                    "The date cannot be before the current status began ("
                            + client.getStatusSince()
                            + ").");
        }
        if (reason != null && reason.strip().length() > 300) {
            problems.put("reason", "Keep the reason to 300 characters.");
        }
        if (status == ClientStatus.DISCHARGED) {
            activeCouple(clientId)
                    .ifPresent(
                            couple ->
                                    problems.put(
                                            "status",
                                            client.getName()
                                                    + " is in an active couple ("
                                                    + couple.getName()
                                                    + "). End the couple's work first."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
        ClientStatus before = client.getStatus();
        client.changeStatus(status, effectiveOn, clock.now(), caller.getDisplayName());
        em.persist(
                new ClientStatusChange(
                        client.getId(),
                        status,
                        effectiveOn,
                        reason == null || reason.isBlank() ? null : reason.strip(),
                        clock.now(),
                        caller.getDisplayName()));
        audit.record(
                currentUser.actor(),
                AuditAction.UPDATE,
                "Client",
                client.getId(),
                client.getId(),
                "status " + before + " -> " + status);
        return Optional.of(client);
    }

    /**
     * Removes everything that identifies a client who never had a session (a record entered by
     * mistake, or a person who asked to be forgotten before care began). Administrators only;
     * audited.
     */
    @Transactional
    public void anonymize(long clientId) {
        Account caller = gate.admin();
        Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw InvalidRecord.of("", "There is no such client.");
        }
        if (client.isAnonymized()) {
            throw InvalidRecord.of("", "This record is already anonymized.");
        }
        Long couples =
                em.createQuery(
                                "SELECT COUNT(p) FROM Couple p WHERE p.partnerOne.id = :id OR p.partnerTwo.id = :id",
                                Long.class)
                        .setParameter("id", clientId)
                        .getSingleResult();
        if (couples > 0) {
            throw InvalidRecord.of(
                    "",
                    client.getName()
                            + " is part of a couple record, which keeps the couple's"
                            + " history; such a client cannot be anonymized.");
        }
        for (ClinicalHistory history : clinicalHistory) {
            String has = history.describe(clientId);
            if (has != null) {
                throw InvalidRecord.of(
                        "", has + " Only a client who never had a session can be anonymized.");
            }
        }
        Account portal = client.getPortalAccount();
        client.anonymize(clock.now(), caller.getDisplayName());
        if (client.getStatus() != ClientStatus.DISCHARGED) {
            client.changeStatus(
                    ClientStatus.DISCHARGED, clock.today(), clock.now(), caller.getDisplayName());
        }
        em.createQuery("UPDATE ClientStatusChange s SET s.reason = NULL WHERE s.clientId = :id")
                .setParameter("id", clientId)
                .executeUpdate();
        if (portal != null) {
            accounts.anonymize(portal.getId(), currentUser.actor());
        }
        audit.record(
                currentUser.actor(), AuditAction.ANONYMIZE, "Client", clientId, clientId, null);
    }

    /** The counselors a client can be assigned to (for an administrator's form). */
    public List<Account> counselors() {
        gate.staff();
        return accounts.staff().stream()
                .filter(a -> a.getRole() == Role.COUNSELOR && a.isEnabled())
                .toList();
    }

    /**
     * Invites the client to the portal: creates their portal account and e-mails a one-time link to
     * set a password. Only their counselor or an administrator may; empty when the caller may not
     * see the client.
     */
    @Transactional
    public Optional<Client> inviteToPortal(long clientId) {
        Account caller = currentUser.require();
        Client client = em.find(Client.class, clientId, LockModeType.PESSIMISTIC_WRITE);
        if (client == null || caller.getRole() == Role.CLIENT || !gate.client(caller, client)) {
            return Optional.empty();
        }
        if (client.isAnonymized()) {
            throw InvalidRecord.of("", "This record was anonymized.");
        }
        if (client.getEmail() == null || client.getEmail().isBlank()) {
            throw InvalidRecord.of(
                    "", "Add the client's e-mail address first: the invitation is sent there.");
        }
        Account account = client.getPortalAccount();
        if (account == null) {
            if (accounts.findByEmail(client.getEmail()).isPresent()) {
                throw InvalidRecord.of(
                        "", "Another account already uses " + client.getEmail() + ".");
            }
            account =
                    accounts.create(
                            client.getEmail(), client.getName(), Role.CLIENT, currentUser.actor());
            client.linkPortalAccount(account);
        } else if (account.hasPassword()) {
            throw InvalidRecord.of("", client.getName() + " already uses the portal.");
        } else {
            // "send again" goes to the address on the record now, and the links sent before stop
            // working
            accounts.readdressInvitation(account.getId(), client.getEmail(), currentUser.actor());
            account = accounts.find(account.getId()).orElseThrow();
        }
        invitations.invite(account, caller.getDisplayName(), currentUser.actor());
        return Optional.of(client);
    }

    /**
     * The client's active couple, read with a lock so that the answer is the latest committed one
     * even inside a transaction that read before (the couple rules depend on it).
     */
    Optional<Couple> activeCouple(long clientId) {
        return em.createQuery(
                        "SELECT p FROM Couple p WHERE p.status = :active"
                                + " AND (p.partnerOne.id = :id OR p.partnerTwo.id = :id)",
                        Couple.class)
                .setParameter("active", CoupleStatus.ACTIVE)
                .setParameter("id", clientId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    void validate(ClientDetails details) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<ClientDetails> violation : validator.validate(details)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        LocalDate today = clock.today();
        if (details.getDateOfBirth() != null && details.getDateOfBirth().getYear() < 1900) {
            problems.putIfAbsent(
                    "dateOfBirth", "Check the year: the date of birth is before 1900.");
        }
        if (details.getDateOfBirth() != null && details.getDateOfBirth().isAfter(today)) {
            problems.putIfAbsent("dateOfBirth", "The date of birth cannot be in the future.");
        }
        if (details.getIntakeDate() != null
                && details.getIntakeDate().isAfter(today.plusYears(1))) {
            problems.putIfAbsent(
                    "intakeDate", "The intake date is more than a year away; check the year.");
        }
        if (details.getIntakeDate() != null && details.getIntakeDate().getYear() < 1950) {
            problems.putIfAbsent("intakeDate", "Check the year of the intake date.");
        }
        List<ClientDetails.DiagnosisLine> lines = details.getDiagnoses();
        for (int i = 0; i < lines.size(); i++) {
            ClientDetails.DiagnosisLine line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (line.getCode() == null || line.getCode().isBlank()) {
                problems.putIfAbsent(
                        "diagnoses[" + i + "].code", "Enter the ICD-10 code, like F43.23.");
            } else if (Diagnosis.normalizeCode(line.getCode()).isEmpty()) {
                problems.putIfAbsent(
                        "diagnoses[" + i + "].code", "Enter an ICD-10 code like F43.23 or Z63.0.");
            }
            if (line.getLabel() == null || line.getLabel().isBlank()) {
                problems.putIfAbsent(
                        "diagnoses[" + i + "].label", "Enter what the code stands for.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecord(problems);
        }
    }

    /**
     * The caller for a counselor; the chosen counselor for an administrator ({@code whose}:
     * "client", "couple").
     */
    Account counselorFor(Account caller, Long counselorId, String whose) {
        if (caller.getRole() != Role.ADMIN) {
            return caller;
        }
        if (counselorId == null) {
            throw InvalidRecord.of("counselorId", "Choose the " + whose + "'s counselor.");
        }
        return accounts.find(counselorId)
                .filter(a -> a.getRole() == Role.COUNSELOR && a.isEnabled())
                .orElseThrow(
                        () ->
                                InvalidRecord.of(
                                        "counselorId", "Choose one of the practice's counselors."));
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
