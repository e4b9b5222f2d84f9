package org.rapport.clients;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;

import org.rapport.identity.Account;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.EditConflict;
import org.rapport.platform.FieldMessages;
import org.rapport.platform.Ids;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.NotFound;
import org.rapport.platform.PracticeClock;

/**
 * The client form, for a new client or an existing one. Before a new record (or a changed name,
 * date of birth or e-mail) is saved, possible duplicates are shown; a save that lost a race with
 * someone else's keeps everything typed and shows what the other person saved.
 */
@Named
@ViewScoped
public class EditClient implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private ClientService clients;

    @Inject private CurrentUser currentUser;

    @Inject private PracticeClock clock;

    private String id;
    private Long clientId;
    private long version;
    private ClientDetails details = new ClientDetails();
    private ClientDetails loaded;
    private String savedName;
    private List<PossibleDuplicate> duplicates = List.of();

    /**
     * The name, birth date and e-mail the shown duplicates were found for; changing any checks
     * again.
     */
    private String duplicatesShownFor;

    private ClientDetails conflict;
    private String conflictBy;
    private Instant conflictAt;
    // the drop-down's choices are not part of the session copy: read again after a fail-over
    private transient List<Account> counselors = List.of();

    public void open() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id != null && !id.isBlank()) {
            clientId = Ids.parse(id);
            // one read (access-checked and audited) gives the record with its concerns and
            // diagnoses
            Client client =
                    clientId == null
                            ? null
                            : clients.chart(clientId).map(ClientChart::client).orElse(null);
            if (client == null || client.isAnonymized()) {
                NotFound.respond();
                return;
            }
            version = client.getVersion();
            savedName = client.getName();
            details = ClientDetails.of(client);
            loaded = ClientDetails.of(client);
        } else {
            details.setIntakeDate(clock.today());
        }
        while (details.getDiagnoses().size() < 2) {
            details.getDiagnoses().add(new ClientDetails.DiagnosisLine());
        }
        if (currentUser.isAdmin()) {
            counselors = clients.counselors();
        }
    }

    /** The counselors an administrator may assign; read again only after a fail-over. */
    private List<Account> counselors() {
        if (counselors == null) {
            counselors = currentUser.isAdmin() ? clients.counselors() : List.of();
        }
        return counselors;
    }

    public String save() {
        try {
            String identity =
                    details.getLegalName()
                            + "|"
                            + details.getDateOfBirth()
                            + "|"
                            + details.getEmail();
            if (identityChanged() && !identity.equals(duplicatesShownFor)) {
                duplicates = clients.possibleDuplicates(details, clientId);
                if (!duplicates.isEmpty()) {
                    duplicatesShownFor = identity; // saving again unchanged means "save anyway"
                    return null;
                }
            }
            Client saved =
                    clientId == null
                            ? clients.create(details)
                            : clients.update(clientId, version, details).orElse(null);
            if (saved == null) {
                FieldMessages.error(
                        null, "This client is no longer on your caseload; nothing was saved.");
                return null;
            }
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FieldMessages.info(clientId == null ? "Client added." : "Changes saved.");
            return "/counselor/client?faces-redirect=true&id=" + saved.getId();
        } catch (InvalidRecord invalid) {
            FieldMessages.show("client", invalid.problems());
        } catch (EditConflict changed) {
            conflict = (ClientDetails) changed.current();
            conflictBy = changed.changedBy();
            conflictAt = changed.changedAt();
            version = changed.currentVersion();
            FacesContext.getCurrentInstance().validationFailed();
        } catch (OptimisticLockException | jakarta.transaction.TransactionalException e) {
            FieldMessages.error(
                    null,
                    "Someone saved this client at the same moment. Nothing of yours was lost:"
                            + " press Save again to see their changes next to yours.");
        }
        return null;
    }

    /** Whether what identifies the person changed (a new client always counts). */
    private boolean identityChanged() {
        return loaded == null
                || !Objects.equals(loaded.getLegalName(), details.getLegalName())
                || !Objects.equals(loaded.getDateOfBirth(), details.getDateOfBirth())
                || !Objects.equals(loaded.getEmail(), details.getEmail());
    }

    public void addDiagnosis() {
        if (details.getDiagnoses().size() < ClientDetails.MAX_DIAGNOSES) {
            details.getDiagnoses().add(new ClientDetails.DiagnosisLine());
        }
    }

    public void removeDiagnosis(int index) {
        if (index >= 0 && index < details.getDiagnoses().size()) {
            details.getDiagnoses().remove(index);
        }
    }

    /**
     * The fields where what is stored now differs from what the user typed, for the conflict panel.
     */
    public List<String[]> getConflictingFields() {
        List<String[]> fields = new ArrayList<>();
        if (conflict == null) {
            return fields;
        }
        compare(fields, "Legal name", conflict.getLegalName(), details.getLegalName());
        compare(fields, "Preferred name", conflict.getPreferredName(), details.getPreferredName());
        compare(fields, "Pronouns", conflict.getPronouns(), details.getPronouns());
        compare(fields, "Date of birth", conflict.getDateOfBirth(), details.getDateOfBirth());
        compare(fields, "E-mail", conflict.getEmail(), details.getEmail());
        compare(fields, "Phone", conflict.getPhone(), details.getPhone());
        compare(fields, "Address", conflict.getAddress(), details.getAddress());
        compare(
                fields,
                "Emergency contact",
                conflict.getEmergencyContactName(),
                details.getEmergencyContactName());
        compare(
                fields,
                "Their relationship",
                conflict.getEmergencyContactRelationship(),
                details.getEmergencyContactRelationship());
        compare(
                fields,
                "Emergency phone",
                conflict.getEmergencyContactPhone(),
                details.getEmergencyContactPhone());
        compare(fields, "Intake date", conflict.getIntakeDate(), details.getIntakeDate());
        compare(
                fields,
                "Concerns",
                conflict.getConcerns().stream().map(Concern::getLabel).toList(),
                details.getConcerns().stream().map(Concern::getLabel).toList());
        compare(
                fields,
                "Concerns in their words",
                conflict.getConcernsNote(),
                details.getConcernsNote());
        compare(fields, "Diagnoses", diagnosisText(conflict), diagnosisText(details));
        compare(
                fields,
                "Consent and releases",
                conflict.getConsentNotes(),
                details.getConsentNotes());
        return fields;
    }

    private static String diagnosisText(ClientDetails form) {
        return String.join(
                "; ",
                form.getDiagnoses().stream()
                        .filter(l -> !l.isEmpty())
                        .map(
                                l ->
                                        (l.getCode() == null ? "" : l.getCode().strip())
                                                + " "
                                                + (l.getLabel() == null
                                                        ? ""
                                                        : l.getLabel().strip()))
                        .toList());
    }

    private static void compare(List<String[]> fields, String label, Object theirs, Object mine) {
        String stored = text(theirs);
        String typed = text(mine);
        if (!stored.equals(typed)) {
            fields.add(
                    new String[] {
                        label,
                        stored.isEmpty() ? "(empty)" : stored,
                        typed.isEmpty() ? "(empty)" : typed
                    });
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value).strip();
    }

    /** Throws away what the user typed and loads what is stored now. */
    public String discardMine() {
        return "/counselor/client-edit?faces-redirect=true&id=" + clientId;
    }

    public boolean isNew() {
        return clientId == null;
    }

    public Concern[] getConcernChoices() {
        return Concern.values();
    }

    public ClientStatus[] getStatusChoices() {
        return ClientStatus.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getClientId() {
        return clientId;
    }

    public ClientDetails getDetails() {
        return details;
    }

    public String getSavedName() {
        return savedName;
    }

    public List<PossibleDuplicate> getDuplicates() {
        return duplicates;
    }

    public ClientDetails getConflict() {
        return conflict;
    }

    public String getConflictBy() {
        return conflictBy;
    }

    public Instant getConflictAt() {
        return conflictAt;
    }

    public List<Account> getCounselors() {
        return counselors();
    }
}
