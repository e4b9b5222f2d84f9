package org.rapport.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;
import org.rapport.platform.Settings;

/**
 * Checks every signed-in request against the account: a disabled account, a changed password or a
 * session older than its maximum lifetime ends the session at once, on every instance.
 */
@WebFilter(filterName = "SessionGuard", urlPatterns = "/*")
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject private AccountService accounts;

    @Inject private AuditTrail audit;

    @Inject private Settings settings;

    @Inject private Clock clock;

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        if (user == null
                || request.getRequestURI()
                        .startsWith(request.getContextPath() + "/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        Instant signedInAt =
                session == null
                        ? null
                        : (Instant) session.getAttribute(RapportAuthentication.SIGNED_IN_AT);
        Optional<Account> account = accounts.findByEmail(user);
        Instant now = Instant.now(clock);
        String reason = null;
        if (account.isEmpty() || signedInAt == null) {
            reason = "session without a sign-in";
        } else if (!accounts.sessionStillValid(account.get(), signedInAt)) {
            reason = account.get().isEnabled() ? "password changed" : "account disabled";
        } else if (signedInAt.plus(settings.sessionMaxLifetime()).isBefore(now)) {
            reason = "maximum session lifetime reached";
        }
        if (reason != null) {
            audit.record(
                    account.map(AccountService::actor).orElse(AuditTrail.Actor.anonymous(user)),
                    AuditAction.SESSION_ENDED,
                    "Account",
                    account.map(Account::getId).orElse(null),
                    null,
                    reason);
            request.logout();
            if (session != null) {
                session.invalidate();
            }
            redirect(request, response, request.getContextPath() + "/login.xhtml?reason=ended");
            return;
        }
        request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, account.get());
        chain.doFilter(request, response);
    }

    /** A redirect that also works for a PrimeFaces Ajax request. */
    static void redirect(HttpServletRequest request, HttpServletResponse response, String url)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                                    + url.replace("&", "&amp;")
                                    + "\"/></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
