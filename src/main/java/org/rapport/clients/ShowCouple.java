package org.rapport.clients;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.FieldMessages;
import org.rapport.platform.Ids;
import org.rapport.platform.NotFound;
import org.rapport.platform.Pages;
import org.rapport.platform.PracticeClock;

/** A couple's chart: the couple's details and both partners side by side. */
@Named
@ViewScoped
public class ShowCouple implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CoupleService couples;

    @Inject private jakarta.enterprise.event.Event<ChartOpened> chartOpened;

    @Inject private PracticeClock clock;

    @Inject private ClientService clients;

    private String id;
    // shown data is not part of the session copy: loaded again after a fail-over
    private transient Couple couple;
    private transient java.util.Map<Long, Boolean>
            openable; // partner id: may the caller open their own chart
    private Long coupleId; // kept in the session: what to load again after a fail-over
    private LocalDate endedOn;

    public void open() throws IOException {
        coupleId = Ids.parse(id);
        couple = coupleId == null ? null : couples.find(coupleId).orElse(null);
        if (couple == null) {
            NotFound.respond();
        } else {
            chartOpened.fire(
                    new ChartOpened(
                            java.util.List.of(
                                    couple.getPartnerOne().getId(),
                                    couple.getPartnerTwo().getId())));
        }
    }

    /** The couple shown; read again only after a fail-over. */
    private Couple couple() {
        if (couple == null && coupleId != null) {
            couple = couples.find(coupleId).orElse(null);
        }
        return couple;
    }

    public void prepareEnd() {
        endedOn = clock.today();
    }

    public void end() {
        Pages.run(
                "end-form",
                () -> {
                    couples.end(coupleId, endedOn);
                    couple = couples.find(coupleId).orElse(couple);
                    FieldMessages.info("The couple's work is recorded as ended.");
                    org.primefaces.PrimeFaces.current().executeScript("PF('endDialog').hide()");
                });
    }

    public void reactivate() {
        Pages.run(
                "couple-actions",
                () -> {
                    couples.reactivate(coupleId);
                    couple = couples.find(coupleId).orElse(couple);
                    FieldMessages.info("The couple's work is active again.");
                });
    }

    /** Whether the caller may open the partner's own chart (a former couple counselor may not). */
    public boolean mayOpen(Client partner) {
        if (couple().isActive()) {
            return true; // whoever may see an active couple sees both partners (its counselor, an
            // administrator)
        }
        if (openable == null) {
            openable = new java.util.HashMap<>();
        }
        return openable.computeIfAbsent(partner.getId(), clients::isVisible);
    }

    public List<Client> getPartners() {
        Couple shown = couple();
        return List.of(shown.getPartnerOne(), shown.getPartnerTwo());
    }

    public Integer age(Client client) {
        return client.getDateOfBirth() == null
                ? null
                : Period.between(client.getDateOfBirth(), clock.today()).getYears();
    }

    public List<Concern> concerns(Client client) {
        return client.getConcerns().stream().sorted().toList();
    }

    public Couple getCouple() {
        return couple();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public LocalDate getToday() {
        return clock.today();
    }
}
