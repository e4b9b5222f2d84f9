package org.rapport.clients;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The counselor's clients (an administrator's: all clients). The full client list comes with client records. */
@Named
@ViewScoped
public class Caseload implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClientService clients;

    private List<Client> shown;

    public void open() {
        shown = clients.caseload();
    }

    public List<Client> getClients() {
        return shown;
    }
}
