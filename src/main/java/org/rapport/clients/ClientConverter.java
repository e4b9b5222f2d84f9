package org.rapport.clients;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

import org.rapport.platform.Ids;

/**
 * Turns a client picked in a form back into the record, through {@link ClientService#find}: a
 * client the user may not see comes back as nothing, whatever id a crafted request sends.
 */
@FacesConverter("rapport.Client")
public class ClientConverter implements Converter<Client> {

    @Override
    public Client getAsObject(FacesContext context, UIComponent component, String value) {
        Long id = Ids.parse(value);
        return id == null
                ? null
                : CDI.current().select(ClientService.class).get().find(id).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Client client) {
        return client == null || client.getId() == null ? "" : String.valueOf(client.getId());
    }
}
