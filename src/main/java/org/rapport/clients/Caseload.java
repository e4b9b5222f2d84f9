package org.rapport.clients;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The counselor's clients (an administrator's: all clients), a page at a time, searched by name or
 * e-mail in the database.
 */
@Named
@ViewScoped
public class Caseload implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, ClientService.Order> ORDERS = Map.of(
            "legalName", ClientService.Order.NAME, "email", ClientService.Order.EMAIL,
            "primaryCounselor.displayName", ClientService.Order.COUNSELOR);

    @Inject
    private ClientService clients;

    private String search;

    private final LazyDataModel<Client> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, clients.caseloadCount(searchText()));
        }

        @Override
        public List<Client> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ClientService.Order order = ClientService.Order.NAME;
            boolean ascending = true;
            for (SortMeta sort : sortBy.values()) {
                if (sort.getOrder() != SortOrder.UNSORTED && ORDERS.containsKey(sort.getField())) {
                    order = ORDERS.get(sort.getField());
                    ascending = sort.getOrder() != SortOrder.DESCENDING;
                    break;
                }
            }
            return clients.caseloadPage(searchText(), order, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(Client client) {
            return String.valueOf(client.getId());
        }

        @Override
        public Client getRowData(String rowKey) {
            return null;
        }
    };

    public void searchChanged() {
        DataTable table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent("caseload:clients");
        if (table != null) {
            table.setFirst(0);
        }
    }

    String searchText() {
        if (search == null || search.isBlank()) {
            return null;
        }
        String text = search.strip();
        return text.length() > 100 ? text.substring(0, 100) : text;
    }

    public LazyDataModel<Client> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
