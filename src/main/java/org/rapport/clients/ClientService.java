package org.rapport.clients;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;

/**
 * Client records, checked against who is asking: a counselor reaches the clients on their caseload, an
 * administrator every client, a client only their own record. Every read is audited. A record the
 * caller may not see is reported as not there, so its existence does not leak.
 */
@ApplicationScoped
public class ClientService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private org.rapport.identity.AccountService accounts;

    @Inject
    private org.rapport.identity.Invitations invitations;

    /** A client's record, if the caller may see it. */
    public Optional<Client> find(long clientId) {
        Account caller = currentUser.require();
        Client client = em.createQuery("SELECT c FROM Client c JOIN FETCH c.primaryCounselor WHERE c.id = :id",
                Client.class).setParameter("id", clientId).getResultStream().findFirst().orElse(null);
        if (client == null || !maySee(caller, client)) {
            return Optional.empty();
        }
        audit.record(currentUser.actor(), AuditAction.VIEW, "Client", client.getId(), client.getId(), null);
        return Optional.of(client);
    }

    /** The signed-in client's own record. */
    public Optional<Client> ownRecord() {
        Account caller = currentUser.require();
        if (caller.getRole() != Role.CLIENT) {
            return Optional.empty();
        }
        Optional<Client> own = em.createQuery("SELECT c FROM Client c JOIN FETCH c.primaryCounselor"
                + " WHERE c.portalAccount.id = :account", Client.class)
                .setParameter("account", caller.getId()).getResultStream().findFirst();
        own.ifPresent(c -> audit.record(currentUser.actor(), AuditAction.VIEW, "Client", c.getId(), c.getId(),
                "own portal"));
        return own;
    }

    /** How the caseload list can be sorted; only these reach the query. */
    public enum Order {
        NAME("c.legalName"), EMAIL("c.email"), COUNSELOR("k.displayName");

        private final String path;

        Order(String path) {
            this.path = path;
        }
    }

    /**
     * One page of the caller's caseload (every client for an administrator), searched by name or email
     * in the database. Each page read is audited.
     */
    public List<Client> caseloadPage(String search, Order order, boolean ascending, int first, int pageSize) {
        Account caller = currentUser.require();
        if (caller.getRole() == Role.CLIENT) {
            return List.of();
        }
        jakarta.persistence.TypedQuery<Client> query = em.createQuery("SELECT c FROM Client c JOIN FETCH"
                + " c.primaryCounselor k" + caseloadWhere(caller, search) + " ORDER BY " + order.path
                + (ascending ? " ASC" : " DESC") + ", c.id ASC", Client.class);
        bindCaseload(query, caller, search);
        List<Client> page = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 100))
                .getResultList();
        audit.record(currentUser.actor(), AuditAction.VIEW, "Caseload", null, null,
                "page from " + first + ", " + page.size() + " clients" + (search == null ? "" : ", search"));
        return page;
    }

    public long caseloadCount(String search) {
        Account caller = currentUser.require();
        if (caller.getRole() == Role.CLIENT) {
            return 0;
        }
        jakarta.persistence.TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM Client c JOIN"
                + " c.primaryCounselor k" + caseloadWhere(caller, search), Long.class);
        bindCaseload(query, caller, search);
        return query.getSingleResult();
    }

    private static String caseloadWhere(Account caller, String search) {
        String where = caller.getRole() == Role.ADMIN ? " WHERE 1 = 1" : " WHERE k.id = :me";
        if (search != null) {
            where += " AND (LOWER(c.legalName) LIKE :text ESCAPE '\\' OR LOWER(c.preferredName) LIKE :text ESCAPE '\\'"
                    + " OR LOWER(c.email) LIKE :text ESCAPE '\\')";
        }
        return where;
    }

    private static void bindCaseload(jakarta.persistence.TypedQuery<?> query, Account caller, String search) {
        if (caller.getRole() != Role.ADMIN) {
            query.setParameter("me", caller.getId());
        }
        if (search != null) {
            query.setParameter("text", org.rapport.platform.LikePattern.containing(search));
        }
    }

    /** Adds a client to a counselor's caseload (the demo practice; the records capability adds the pages). */
    @Transactional
    public Client createForDemo(String legalName, String preferredName, String email, Account counselor,
            Account portalAccount) {
        Client client = new Client(legalName, preferredName, email, counselor, portalAccount, Instant.now(clock));
        em.persist(client);
        return client;
    }

    /**
     * Invites the client to the portal: creates their portal account and e-mails a one-time link to set
     * a password. Only their counselor or an administrator may; empty when the caller may not see the client.
     */
    @Transactional
    public Optional<Client> inviteToPortal(long clientId) {
        Account caller = currentUser.require();
        Client client = em.find(Client.class, clientId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (client == null || caller.getRole() == Role.CLIENT || !maySee(caller, client)) {
            return Optional.empty();
        }
        if (client.getEmail() == null || client.getEmail().isBlank()) {
            throw new IllegalStateException("Add the client's e-mail address first: the invitation is sent there.");
        }
        Account account = client.getPortalAccount();
        if (account == null) {
            if (accounts.findByEmail(client.getEmail()).isPresent()) {
                throw new IllegalStateException("Another account already uses " + client.getEmail() + ".");
            }
            account = accounts.create(client.getEmail(), client.getName(), Role.CLIENT, currentUser.actor());
            client.linkPortalAccount(account);
        } else if (account.hasPassword()) {
            throw new IllegalStateException(client.getName() + " already uses the portal.");
        }
        invitations.invite(account, caller.getDisplayName(), currentUser.actor());
        return Optional.of(client);
    }

    static boolean maySee(Account caller, Client client) {
        return switch (caller.getRole()) {
            case ADMIN -> true;
            case COUNSELOR -> client.getPrimaryCounselor().getId().equals(caller.getId());
            case CLIENT -> client.getPortalAccount() != null && client.getPortalAccount().getId().equals(caller.getId());
        };
    }
}
