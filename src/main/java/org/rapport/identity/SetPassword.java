package org.rapport.identity;

import java.io.Serializable;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page a one-time link opens: choose a password (first set-up, invitation, reset). */
@Named
@ViewScoped
public class SetPassword implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private OneTimeLinks links;

    private String token;
    private String email;
    private boolean valid;
    private String password;
    private String confirmation;

    public void open() {
        valid =
                links.accountFor(token)
                        .map(
                                account -> {
                                    email = account.getEmail();
                                    return true;
                                })
                        .orElse(false);
    }

    public String save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String problem = PasswordPolicy.problem(password, email).orElse(null);
        if (problem == null && !password.equals(confirmation)) {
            faces.addMessage(
                    "setpassword:confirmation",
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            "The two passwords are not the same.",
                            null));
            faces.validationFailed();
            return null;
        }
        if (problem != null) {
            faces.addMessage(
                    "setpassword:password",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null));
            faces.validationFailed();
            return null;
        }
        try {
            links.setPassword(token, password);
        } catch (Refused e) {
            valid = false;
            return null;
        }
        return "/login?faces-redirect=true&reason=passwordSet";
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public boolean isValid() {
        return valid;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }
}
