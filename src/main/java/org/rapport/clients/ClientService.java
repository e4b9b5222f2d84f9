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

    /** The caller's caseload (every client for an administrator), by name. */
    public List<Client> caseload() {
        Account caller = currentUser.require();
        if (caller.getRole() == Role.CLIENT) {
            return List.of();
        }
        List<Client> clients = caller.getRole() == Role.ADMIN
                ? em.createQuery("SELECT c FROM Client c JOIN FETCH c.primaryCounselor ORDER BY c.legalName",
                        Client.class).getResultList()
                : em.createQuery("SELECT c FROM Client c JOIN FETCH c.primaryCounselor"
                        + " WHERE c.primaryCounselor.id = :me ORDER BY c.legalName",
                        Client.class).setParameter("me", caller.getId()).getResultList();
        audit.record(currentUser.actor(), AuditAction.VIEW, "Caseload", null, null, clients.size() + " clients");
        return clients;
    }

    /** Adds a client to a counselor's caseload (the demo practice; the records capability adds the pages). */
    @Transactional
    public Client createForDemo(String legalName, String preferredName, String email, Account counselor,
            Account portalAccount) {
        Client client = new Client(legalName, preferredName, email, counselor, portalAccount, Instant.now(clock));
        em.persist(client);
        return client;
    }

    static boolean maySee(Account caller, Client client) {
        return switch (caller.getRole()) {
            case ADMIN -> true;
            case COUNSELOR -> client.getPrimaryCounselor().getId().equals(caller.getId());
            case CLIENT -> client.getPortalAccount() != null && client.getPortalAccount().getId().equals(caller.getId());
        };
    }
}
