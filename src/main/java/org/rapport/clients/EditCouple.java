package org.rapport.clients;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.EditConflict;
import org.rapport.platform.FieldMessages;
import org.rapport.platform.Ids;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.NotFound;
import org.rapport.platform.PracticeClock;

/** The couple form: pick two clients (new couple) and the couple's details. */
@Named
@ViewScoped
public class EditCouple implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private CoupleService couples;

    @Inject private ClientService clients;

    @Inject private CurrentUser currentUser;

    @Inject private PracticeClock clock;

    private String id;
    private String partner;
    private Long coupleId;
    private long version;
    private String coupleName;
    private Client partnerOne;
    private Client partnerTwo;
    private CoupleDetails details = new CoupleDetails();
    private CoupleDetails conflict;
    private String conflictBy;
    private Instant conflictAt;
    // the drop-down's choices are not part of the session copy: read again after a fail-over
    private transient List<Account> counselors = List.of();

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id != null && !id.isBlank()) {
            coupleId = Ids.parse(id);
            Couple couple = coupleId == null ? null : couples.find(coupleId).orElse(null);
            if (couple == null) {
                NotFound.respond();
                return;
            }
            version = couple.getVersion();
            coupleName = couple.getName();
            partnerOne = couple.getPartnerOne();
            partnerTwo = couple.getPartnerTwo();
            details = CoupleDetails.of(couple);
        } else {
            details.setConfidentiality(Confidentiality.NO_SECRETS);
            Long first = Ids.parse(partner);
            partnerOne = first == null ? null : clients.find(first).orElse(null);
            if (partnerOne != null) {
                details.setCounselorId(partnerOne.getPrimaryCounselor().getId());
            }
        }
        if (currentUser.isAdmin()) {
            counselors = couples.counselors();
        }
    }

    /** The counselors an administrator may assign; read again only after a fail-over. */
    private List<Account> counselors() {
        if (counselors == null) {
            counselors = currentUser.isAdmin() ? couples.counselors() : List.of();
        }
        return counselors;
    }

    /**
     * The clients a search finds for the partner fields: current clients on the caller's caseload.
     */
    public List<Client> complete(String text) {
        CaseloadQuery query =
                new CaseloadQuery(
                        text,
                        CaseloadQuery.StatusFilter.CURRENT,
                        CaseloadQuery.Kind.ALL,
                        CaseloadQuery.Order.NAME,
                        true);
        return clients.caseloadPage(query, 0, 12).stream().map(CaseloadRow::client).toList();
    }

    public String save() {
        try {
            Couple saved;
            if (coupleId == null) {
                details.setPartnerOneId(partnerOne == null ? null : partnerOne.getId());
                details.setPartnerTwoId(partnerTwo == null ? null : partnerTwo.getId());
                saved = couples.create(details);
            } else {
                saved = couples.update(coupleId, version, details).orElse(null);
                if (saved == null) {
                    FieldMessages.error(null, "You no longer see this couple; nothing was saved.");
                    return null;
                }
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FieldMessages.info(coupleId == null ? "Couple record created." : "Changes saved.");
            return "/counselor/couple?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidRecord invalid) {
            FieldMessages.show("couple", invalid.problems());
        } catch (EditConflict changed) {
            conflict = (CoupleDetails) changed.current();
            conflictBy = changed.changedBy();
            conflictAt = changed.changedAt();
            version = changed.currentVersion();
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    public Instant getConflictAt() {
        return conflictAt;
    }

    public boolean isNew() {
        return coupleId == null;
    }

    public RelationshipType[] getRelationshipTypes() {
        return RelationshipType.values();
    }

    public Confidentiality[] getConfidentialityChoices() {
        return Confidentiality.values();
    }

    public java.time.LocalDate getToday() {
        return clock.today();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public Long getCoupleId() {
        return coupleId;
    }

    public String getCoupleName() {
        return coupleName;
    }

    public Client getPartnerOne() {
        return partnerOne;
    }

    public void setPartnerOne(Client partnerOne) {
        this.partnerOne = partnerOne;
    }

    public Client getPartnerTwo() {
        return partnerTwo;
    }

    public void setPartnerTwo(Client partnerTwo) {
        this.partnerTwo = partnerTwo;
    }

    public CoupleDetails getDetails() {
        return details;
    }

    public CoupleDetails getConflict() {
        return conflict;
    }

    public String getConflictBy() {
        return conflictBy;
    }

    public List<Account> getCounselors() {
        return counselors();
    }
}
