package org.rapport.portal;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.clients.Client;
import org.rapport.clients.ClientService;
import org.rapport.platform.NotFound;

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
            NotFound.respond();
        }
    }

    public Client getClient() {
        return client;
    }
}
