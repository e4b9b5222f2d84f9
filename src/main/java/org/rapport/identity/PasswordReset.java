package org.rapport.identity;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Forgot your password?": sends a reset link, and says the same whether or not the email has an
 * account.
 */
@Named
@ViewScoped
public class PasswordReset implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private Invitations invitations;

    private String email;
    private boolean sent;
    private String problem;

    public void send() {
        if (!invitations.resetsCanBeSent()) {
            // the same for every address: nothing is looked up
            problem =
                    "E-mail is not set up for this practice, so no reset link can be sent. Ask your administrator"
                            + " to set your password.";
            return;
        }
        invitations.requestReset(email);
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }

    public String getProblem() {
        return problem;
    }
}
