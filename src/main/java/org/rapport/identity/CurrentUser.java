package org.rapport.identity;

import java.io.Serializable;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import org.rapport.audit.AuditTrail.Actor;

/**
 * Who is asking, for this request: the signed-in account (checked by {@link SessionGuard}), or
 * nobody. Services decide with it what the caller may see.
 */
@Named
@RequestScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final String ACCOUNT_ATTRIBUTE = "rapport.account";

    @Inject private HttpServletRequest request;

    @Inject private SecurityContext security;

    @Inject private AccountService accounts;

    private transient Account account;

    /** Who work outside any HTTP request acts as ({@link #actingAs}); null in every request. */
    private transient Account acting;

    public Optional<Account> account() {
        if (acting != null) {
            return Optional.of(acting);
        }
        // the account SessionGuard checked for this request, when there is one
        if (request.getAttribute(ACCOUNT_ATTRIBUTE) instanceof Account checked) {
            return Optional.of(checked);
        }
        if (account == null && security.getCallerPrincipal() != null) {
            account = accounts.findByEmail(security.getCallerPrincipal().getName()).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    /**
     * Runs work done outside any HTTP request as one of the practice's own accounts, through the
     * same services and rules as a signed-in person: the demo practice is created this way, as its
     * counselors and clients. Refused inside a request, where who is asking is always who signed
     * in.
     */
    public <T> T actingAs(Account someone, Supplier<T> work) {
        if (inRequest()) {
            throw new IllegalStateException(
                    "Acting as another account is only for work outside a request");
        }
        Account before = acting;
        acting = someone;
        try {
            return work.get();
        } finally {
            acting = before;
        }
    }

    public void actingAs(Account someone, Runnable work) {
        actingAs(
                someone,
                () -> {
                    work.run();
                    return null;
                });
    }

    private boolean inRequest() {
        try {
            request.getRemoteAddr();
            return true;
        } catch (RuntimeException noRequest) {
            return false;
        }
    }

    /** The signed-in account; a service that needs one treats its absence as "not found". */
    public Account require() {
        return account().orElseThrow(() -> new NotSignedInException());
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public boolean hasRole(Role role) {
        return account().map(a -> a.getRole() == role).orElse(false);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    public boolean isCounselor() {
        return hasRole(Role.COUNSELOR);
    }

    public boolean isClient() {
        return hasRole(Role.CLIENT);
    }

    public boolean isStaff() {
        return account().map(a -> a.getRole().isStaff()).orElse(false);
    }

    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElse("");
    }

    public Actor actor() {
        return account().map(AccountService::actor).orElse(Actor.anonymous(null));
    }

    /** Thrown when a service is called without a signed-in account. */
    public static class NotSignedInException extends SecurityException {
        private static final long serialVersionUID = 1L;

        NotSignedInException() {
            super("Not signed in");
        }
    }
}
