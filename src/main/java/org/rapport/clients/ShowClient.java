package org.rapport.clients;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.NotFound;

/** One client's record, for a counselor whose caseload it is on (or an administrator); 404 otherwise. */
@Named
@ViewScoped
public class ShowClient implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientService clients;

    private String id;
    private Client client;

    public void open() throws IOException {
        client = parse(id) == null ? null : clients.find(parse(id)).orElse(null);
        if (client == null) {
            NotFound.respond();
        }
    }

    /** Sends the client an invitation to the portal. */
    public void invite() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            client = clients.inviteToPortal(client.getId()).orElse(client);
            faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                    "Invitation sent to " + client.getEmail() + ". The link works once, for 72 hours."));
        } catch (IllegalStateException | org.rapport.platform.Mailer.MailNotSent e) {
            faces.addMessage(null, new jakarta.faces.application.FacesMessage(
                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    static Long parse(String id) {
        try {
            return id == null || id.length() > 18 ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Client getClient() {
        return client;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
