package org.rapport.clients;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.FieldMessages;
import org.rapport.platform.Ids;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.Mailer;
import org.rapport.platform.NotFound;
import org.rapport.platform.Pages;
import org.rapport.platform.PracticeClock;

/**
 * A client's chart, for a counselor whose caseload the client is on (or an administrator); 404
 * otherwise. Status changes (discharge, re-activation) and, for an administrator, anonymizing start
 * here.
 */
@Named
@ViewScoped
public class ShowClient implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ClientService clients;

    @Inject private jakarta.enterprise.event.Event<ChartOpened> chartOpened;

    @Inject private PracticeClock clock;

    private String id;
    // shown data is not part of the session copy: loaded again after a fail-over
    private transient ClientChart chart;
    private Long clientId; // kept in the session: what to load again after a fail-over
    private ClientStatus newStatus;
    private LocalDate effectiveOn;
    private String reason;

    public void open() throws IOException {
        clientId = Ids.parse(id);
        chart = clientId == null ? null : clients.chart(clientId).orElse(null);
        if (chart == null) {
            NotFound.respond();
        } else {
            chartOpened.fire(new ChartOpened(java.util.List.of(clientId)));
        }
    }

    /** The chart shown; read again only after a fail-over. */
    private ClientChart chart() {
        if (chart == null && clientId != null) {
            chart = clients.chart(clientId).orElse(null);
        }
        return chart;
    }

    private void reload() {
        chart = clients.chart(clientId).orElse(chart);
    }

    /** Sends the client an invitation to the portal. */
    public void invite() {
        try {
            clients.inviteToPortal(clientId);
            reload();
            FieldMessages.info(
                    "Invitation sent to "
                            + chart().client().getEmail()
                            + ". The link works once, for 72 hours.");
        } catch (InvalidRecord | Mailer.MailNotSent e) {
            FieldMessages.error(null, e.getMessage());
        }
    }

    /** Prepares the status dialog: discharge an active client, re-activate anyone else. */
    public void prepareStatusChange(ClientStatus target) {
        newStatus = target;
        effectiveOn = clock.today();
        reason = null;
    }

    public void changeStatus() {
        Pages.run(
                "status-form",
                () -> {
                    clients.changeStatus(clientId, newStatus, effectiveOn, reason);
                    reload();
                    FieldMessages.info(
                            chart().client().getName()
                                    + " is now "
                                    + newStatus.getLabel().toLowerCase()
                                    + ".");
                    org.primefaces.PrimeFaces.current().executeScript("PF('statusDialog').hide()");
                });
    }

    public String anonymize() {
        return Pages.act(
                "chart-actions",
                () -> {
                    clients.anonymize(clientId);
                    FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getFlash()
                            .setKeepMessages(true);
                    FieldMessages.info("The client's record was anonymized.");
                    return "/counselor/clients?faces-redirect=true";
                });
    }

    /** Age in whole years today, or null without a date of birth. */
    public Integer getAge() {
        LocalDate birth = chart().client().getDateOfBirth();
        return birth == null ? null : Period.between(birth, clock.today()).getYears();
    }

    public List<Concern> getConcerns() {
        return chart().client().getConcerns().stream().sorted().toList();
    }

    public ClientChart getChart() {
        return chart();
    }

    public Client getClient() {
        ClientChart shown = chart();
        return shown == null ? null : shown.client();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ClientStatus getNewStatus() {
        return newStatus;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getToday() {
        return clock.today();
    }
}
