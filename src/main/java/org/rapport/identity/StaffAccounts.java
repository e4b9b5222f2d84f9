package org.rapport.identity;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.Mailer;

/** The administrator's page for counselor and administrator accounts: invite, disable, enable. */
@Named
@ViewScoped
public class StaffAccounts implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private StaffService staff;

    private transient List<Account>
            accounts; // not part of the session copy: loaded again after a fail-over
    private String name;
    private String email;
    private Role role = Role.COUNSELOR;

    public void open() {
        accounts = staff.list();
    }

    public void invite() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Account account = staff.invite(name, email, role);
            faces.addMessage(
                    null, new FacesMessage("Invitation sent to " + account.getEmail() + "."));
            name = null;
            email = null;
            role = Role.COUNSELOR;
        } catch (Refused e) {
            faces.addMessage(
                    "staff:" + e.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            faces.validationFailed();
        } catch (Mailer.MailNotSent e) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        accounts = staff.list();
    }

    public void disable(Account account) {
        try {
            staff.disable(account.getId());
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    account.getDisplayName()
                                            + " can no longer sign in; their open sessions have ended."));
        } catch (Refused e) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        accounts = staff.list();
    }

    public void enable(Account account) {
        staff.enable(account.getId());
        FacesContext.getCurrentInstance()
                .addMessage(
                        null, new FacesMessage(account.getDisplayName() + " can sign in again."));
        accounts = staff.list();
    }

    private List<Account> accounts() {
        if (accounts == null) {
            accounts = staff.list();
        }
        return accounts;
    }

    public List<Account> getAccounts() {
        return accounts();
    }

    public Role[] getRoles() {
        return new Role[] {Role.COUNSELOR, Role.ADMIN};
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
