package org.rapport.clients;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.rapport.platform.PracticeClock;

/**
 * The counselor's clients (an administrator's: all clients), a page at a time, searched by name,
 * e-mail or phone and filtered by status and by couple in the database. The search and filters are
 * in the address, so a filtered list can be bookmarked.
 */
@Named
@ViewScoped
public class Caseload implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, CaseloadQuery.Order> ORDERS =
            Map.of(
                    "client.legalName",
                    CaseloadQuery.Order.NAME,
                    "client.email",
                    CaseloadQuery.Order.EMAIL,
                    "client.primaryCounselor.displayName",
                    CaseloadQuery.Order.COUNSELOR,
                    "client.status",
                    CaseloadQuery.Order.STATUS,
                    "client.intakeDate",
                    CaseloadQuery.Order.INTAKE);

    @Inject private ClientService clients;

    @Inject private PracticeClock clock;

    private String search;
    private CaseloadQuery.StatusFilter status = CaseloadQuery.StatusFilter.CURRENT;
    private CaseloadQuery.Kind kind = CaseloadQuery.Kind.ALL;
    private CaseloadQuery.Order order = CaseloadQuery.Order.NAME;
    private boolean ascending = true;

    // the table's model (and the rows it holds) is not part of the session copy: made again after a
    // fail-over
    private transient LazyDataModel<CaseloadRow> model;

    /**
     * Reads a page of the caseload for the search and filters chosen, in the order the table asks
     * for.
     */
    private class CaseloadModel extends LazyDataModel<CaseloadRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, clients.caseloadCount(query()));
        }

        @Override
        public List<CaseloadRow> load(
                int first,
                int pageSize,
                Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            order = CaseloadQuery.Order.NAME;
            ascending = true;
            for (SortMeta sort : sortBy.values()) {
                if (sort.getOrder() != SortOrder.UNSORTED && ORDERS.containsKey(sort.getField())) {
                    order = ORDERS.get(sort.getField());
                    ascending = sort.getOrder() != SortOrder.DESCENDING;
                    break;
                }
            }
            return clients.caseloadPage(query(), first, pageSize);
        }

        @Override
        public String getRowKey(CaseloadRow row) {
            return String.valueOf(row.client().getId());
        }

        @Override
        public CaseloadRow getRowData(String rowKey) {
            return null;
        }
    }

    /** A search or filter changed: back to the first page. */
    public void filtersChanged() {
        DataTable table =
                (DataTable)
                        FacesContext.getCurrentInstance()
                                .getViewRoot()
                                .findComponent("caseload:clients");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Sends the filtered list as a CSV file; the export is audited. */
    public void exportCsv() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"clients-" + clock.today() + ".csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        Writer out =
                new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // so spreadsheet programs read the file as UTF-8
        clients.exportCaseload(query(), out);
        out.flush();
        faces.responseComplete();
    }

    CaseloadQuery query() {
        return new CaseloadQuery(search, status, kind, order, ascending);
    }

    public CaseloadQuery.StatusFilter[] getStatusFilters() {
        return CaseloadQuery.StatusFilter.values();
    }

    public CaseloadQuery.Kind[] getKinds() {
        return CaseloadQuery.Kind.values();
    }

    public LazyDataModel<CaseloadRow> getModel() {
        if (model == null) {
            model = new CaseloadModel();
        }
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search =
                search == null ? null : search.length() > 100 ? search.substring(0, 100) : search;
    }

    /**
     * The status filter as it appears in the address ("current", "discharged"…); unknown values
     * fall back.
     */
    public String getStatus() {
        return status.name().toLowerCase();
    }

    public void setStatus(String value) {
        status = CaseloadQuery.StatusFilter.CURRENT;
        for (CaseloadQuery.StatusFilter filter : CaseloadQuery.StatusFilter.values()) {
            if (filter.name().equalsIgnoreCase(value)) {
                status = filter;
            }
        }
    }

    public String getKind() {
        return kind.name().toLowerCase();
    }

    public void setKind(String value) {
        kind = CaseloadQuery.Kind.ALL;
        for (CaseloadQuery.Kind each : CaseloadQuery.Kind.values()) {
            if (each.name().equalsIgnoreCase(value)) {
                kind = each;
            }
        }
    }
}
