package org.rapport.identity;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditTrail;

/** Signing out: on request, or when the idle warning ran out. Ends the session on the server. */
@Named
@RequestScoped
public class SignOut {

    @Inject private CurrentUser currentUser;

    @Inject private AuditTrail audit;

    public void signOut() throws IOException, ServletException {
        end("signedOut", null);
    }

    /** The page saw no activity until the session's idle limit. */
    public void idle() throws IOException, ServletException {
        end("idle", "idle timeout");
    }

    private void end(String reason, String detail) throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        currentUser
                .account()
                .ifPresent(
                        account ->
                                audit.record(
                                        AccountService.actor(account),
                                        AuditAction.LOGOUT,
                                        "Account",
                                        account.getId(),
                                        null,
                                        detail));
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?reason=" + reason);
        faces.responseComplete();
    }
}
