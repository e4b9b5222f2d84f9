package org.rapport.portal;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.rapport.clients.Client;
import org.rapport.clients.ClientService;

/** The client's portal home. */
@Named
@ViewScoped
public class PortalHome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientService clients;

    private Client client;

    public void open() throws IOException {
        client = clients.ownRecord().orElse(null);
        if (client == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "No client record");
            faces.responseComplete();
        }
    }

    public Client getClient() {
        return client;
    }
}
