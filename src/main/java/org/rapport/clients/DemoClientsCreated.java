package org.rapport.clients;

import java.util.Map;

/**
 * Fired once the demo practice's clients and couples exist, for the capabilities that build on
 * them.
 */
public record DemoClientsCreated(
        Map<String, Client> clientsByLegalName, Map<String, Couple> couplesByName) {

    public Client client(String legalName) {
        Client client = clientsByLegalName.get(legalName);
        if (client == null) {
            throw new IllegalArgumentException("No demo client " + legalName);
        }
        return client;
    }

    public Couple couple(String name) {
        Couple couple = couplesByName.get(name);
        if (couple == null) {
            throw new IllegalArgumentException("No demo couple " + name);
        }
        return couple;
    }
}
