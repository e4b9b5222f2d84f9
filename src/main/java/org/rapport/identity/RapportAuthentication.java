package org.rapport.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
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
 *
 * <p>Every later request of the session is signed in again from the caller's name and groups kept
 * in the session, and a protected page asked for without them leads to the sign-in page (which
 * sends the person back to it afterwards). Rapport does this itself instead of with
 * {@code @AutoApplySession} and {@code @LoginToContinue}: on Payara 6.2025.10 the former loses the
 * groups of some requests under concurrent load (an HTTP 403 for a signed-in counselor; Payara
 * issue 6145, fixed only after this version), and the latter redirects before a mechanism can
 * restore the caller. BookingConcurrencyHttpIT shows the difference.
 */
@ApplicationScoped
public class RapportAuthentication implements HttpAuthenticationMechanism {

    /** Session attribute: when this session signed in. */
    public static final String SIGNED_IN_AT = "rapport.signedInAt";

    /** Session attributes: the signed-in caller's name and groups. */
    static final String CALLER = "rapport.caller";

    static final String GROUPS = "rapport.callerGroups";

    /** Session attribute: the page a person asked for before signing in. */
    static final String ORIGINAL_URL = "rapport.originalUrl";

    @Inject private IdentityStoreHandler identityStores;

    @Inject private Settings settings;

    @Inject private Clock clock;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (!(credential instanceof SignInTicket)) {
            HttpSession session = request.getSession(false);
            Object caller = session == null ? null : session.getAttribute(CALLER);
            if (caller instanceof String name
                    && session.getAttribute(GROUPS) instanceof Set<?> groups) {
                Set<String> names = new HashSet<>();
                groups.forEach(group -> names.add(String.valueOf(group)));
                return context.notifyContainerAboutLogin(name, names);
            }
            if (context.isProtected()) {
                if ("GET".equals(request.getMethod())) {
                    String query = request.getQueryString();
                    request.getSession(true)
                            .setAttribute(
                                    ORIGINAL_URL,
                                    request.getRequestURI() + (query == null ? "" : "?" + query));
                }
                return context.redirect(request.getContextPath() + "/login.xhtml");
            }
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
        session.setAttribute(CALLER, result.getCallerPrincipal().getName());
        session.setAttribute(GROUPS, new HashSet<>(result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }
}
