package org.rapport.identity;

import java.io.Serializable;
import java.util.List;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in page: email and password, then the code from the authenticator app (or setting the
 * app up, for staff who have not yet), then in.
 */
@Named
@ViewScoped
public class SignIn implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The one answer to every failure: it must not tell whether the email has an account. */
    static final String BUSY =
            "Many sign-ins are under way right now. Please try again in a moment.";

    static final String REFUSED =
            "That email and password do not match an account that can sign in now."
                    + " After "
                    + AccountService.MAX_FAILED_LOGINS
                    + " failed attempts an account is locked for "
                    + AccountService.LOCKOUT.toMinutes()
                    + " minutes.";

    public enum Step {
        PASSWORD,
        CODE,
        ENROL,
        RECOVERY_CODES
    }

    @Inject private AccountService accounts;

    @Inject private SecondFactor secondFactor;

    @Inject private CurrentUser currentUser;

    private Step step = Step.PASSWORD;
    private String email;
    private String password;
    private String code;
    private Long pendingAccountId;
    private String newSecret;
    private String qrCode;
    private List<String> recoveryCodes;
    private String reason;

    /** Someone already signed in goes to their start page. */
    public String open() {
        if (currentUser.isSignedIn()) {
            return Home.of(currentUser.require().getRole()) + "?faces-redirect=true";
        }
        if ("ended".equals(reason)) {
            info("Your session has ended. Please sign in again.");
        } else if ("idle".equals(reason)) {
            info("You were signed out after a while without activity. Please sign in again.");
        } else if ("signedOut".equals(reason)) {
            info("You are signed out.");
        } else if ("passwordSet".equals(reason)) {
            info("Your password is set. You can sign in now.");
        }
        return null;
    }

    public String signIn() {
        SignInOutcome outcome = accounts.checkPassword(email, password);
        password = null;
        if (outcome instanceof SignInOutcome.Busy) {
            error(BUSY);
            return null;
        }
        if (!(outcome instanceof SignInOutcome.PasswordAccepted accepted)) {
            error(REFUSED);
            return null;
        }
        pendingAccountId = accepted.accountId();
        if (accepted.secondFactorNeeded()) {
            step = Step.CODE;
            return null;
        }
        if (accepted.secondFactorToEnrol()) {
            newSecret = secondFactor.newSecret();
            qrCode =
                    QrCode.svgDataUri(
                            secondFactor.otpauthUri(newSecret, Account.normalizeEmail(email)));
            step = Step.ENROL;
            return null;
        }
        return complete();
    }

    public String verifyCode() {
        if (pendingAccountId == null || !secondFactor.verifyForSignIn(pendingAccountId, code)) {
            code = null;
            error(
                    "That code is not right. Use the newest code from your authenticator app, or one of your"
                            + " recovery codes. After "
                            + AccountService.MAX_FAILED_LOGINS
                            + " failed attempts the account is locked for "
                            + AccountService.LOCKOUT.toMinutes()
                            + " minutes.");
            return null;
        }
        return complete();
    }

    public String enrol() {
        try {
            recoveryCodes =
                    secondFactor.enrol(
                            pendingAccountId, newSecret, code == null ? "" : code.strip());
            newSecret = null;
            qrCode = null;
            step = Step.RECOVERY_CODES;
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
        }
        code = null;
        return null;
    }

    public String finishEnrolment() {
        recoveryCodes = null;
        return complete();
    }

    public String startOver() {
        step = Step.PASSWORD;
        pendingAccountId = null;
        code = null;
        return null;
    }

    private String complete() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        long accountId = pendingAccountId;
        pendingAccountId = null;
        // looked up here, not injected: the page's state must stay serializable (sessions can move
        // between instances)
        SecurityContext security = CDI.current().select(SecurityContext.class).get();
        AuthenticationStatus status =
                security.authenticate(
                        (HttpServletRequest) external.getRequest(),
                        (HttpServletResponse) external.getResponse(),
                        AuthenticationParameters.withParams()
                                .credential(accounts.issueTicket(accountId))
                                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE:
                faces.responseComplete(); // back to the page that asked for sign-in
                return null;
            case SUCCESS:
                Object original =
                        external.getSessionMap().remove(RapportAuthentication.ORIGINAL_URL);
                if (original instanceof String url
                        && url.startsWith(external.getRequestContextPath() + "/")
                        && !url.startsWith("//")
                        && !url.contains("login.xhtml")) {
                    try {
                        external.redirect(url); // back to the page that asked for sign-in
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    faces.responseComplete();
                    return null;
                }
                return Home.of(accounts.find(accountId).orElseThrow().getRole())
                        + "?faces-redirect=true";
            default:
                step = Step.PASSWORD;
                error(REFUSED);
                return null;
        }
    }

    private static void error(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static void info(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public Step getStep() {
        return step;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getQrCode() {
        return qrCode;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
