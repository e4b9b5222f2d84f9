package org.rapport.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The administrator's audit trail page: filter, page through, export. */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Inject private AuditQuery audit;

    @Inject private org.rapport.platform.PracticeClock clock;

    private String actor;
    private String client;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private int matching;

    private final LazyDataModel<AuditEvent> model =
            new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filterBy) {
                    matching = audit.count(filter());
                    return Math.min(matching, AuditQuery.MAX_ROWS);
                }

                @Override
                public List<AuditEvent> load(
                        int first,
                        int pageSize,
                        Map<String, SortMeta> sortBy,
                        Map<String, FilterMeta> filterBy) {
                    return audit.find(filter(), first, pageSize);
                }

                @Override
                public String getRowKey(AuditEvent event) {
                    return String.valueOf(event.getId());
                }

                @Override
                public AuditEvent getRowData(String rowKey) {
                    return null;
                }
            };

    public void filterChanged() {
        if (from != null && to != null && to.isBefore(from)) {
            FacesContext.getCurrentInstance()
                    .addMessage(
                            "audit:to",
                            new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR,
                                    "The end date is before the start date.",
                                    null));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        DataTable table =
                (DataTable)
                        FacesContext.getCurrentInstance()
                                .getViewRoot()
                                .findComponent("audit:events");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void clearFilters() {
        actor = null;
        client = null;
        action = null;
        from = null;
        to = null;
        filterChanged();
    }

    /** Sends the matching events as a CSV download. */
    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition",
                "attachment; filename=\"rapport-audit-" + LocalDate.now(ZoneOffset.UTC) + ".csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        Writer out =
                new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        audit.exportCsv(filter(), out);
        out.flush();
        faces.responseComplete();
    }

    AuditFilter filter() {
        return new AuditFilter(actor, client, action, from, to);
    }

    public String shown(AuditEvent event) {
        return SHOWN.withZone(clock.zone()).format(event.getOccurredAt());
    }

    public boolean isCapped() {
        return matching > AuditQuery.MAX_ROWS;
    }

    public int getMaxRows() {
        return AuditQuery.MAX_ROWS;
    }

    public LazyDataModel<AuditEvent> getModel() {
        return model;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getClient() {
        return client;
    }

    public void setClient(String client) {
        this.client = client;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
