package org.rapport.identity;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.rapport.platform.Settings;

/**
 * Rapport's sign-in: a form on the PrimeFaces page {@code /login.xhtml}. A protected page asked for
 * without a session leads there and, after signing in, back to that page. At sign-in the session id
 * changes (no fixation) and the session gets its idle timeout and its start time.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
public class RapportAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute: when this session signed in. */
    public static final String SIGNED_IN_AT = "rapport.signedInAt";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof SignInTicket)) {
            return context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.responseUnauthorized();
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        }
        session = request.getSession(true);
        session.setAttribute(SIGNED_IN_AT, Instant.now(clock));
        session.setMaxInactiveInterval((int) settings.sessionIdleTimeout().toSeconds());
        return context.notifyContainerAboutLogin(result);
    }
}
