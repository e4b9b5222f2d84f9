package org.rapport.clients;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.rapport.identity.Account;
import org.rapport.platform.Sealed;

/**
 * A client of the practice: who they are, how to reach them and someone in an emergency, where they
 * are in their care, and what brought them. Never deleted; an administrator can anonymize a client
 * who never had a session.
 */
@Entity
@Table(name = "client")
public class Client implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "legal_name")
    private String legalName;

    @Column(name = "preferred_name")
    private String preferredName;

    private String pronouns;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    private String email;

    private String phone;

    @Column(name = "phone_digits")
    private String phoneDigits;

    private String address;

    @Column(name = "emergency_contact_name")
    private String emergencyContactName;

    @Column(name = "emergency_contact_relationship")
    private String emergencyContactRelationship;

    @Column(name = "emergency_contact_phone")
    private String emergencyContactPhone;

    @Enumerated(EnumType.STRING)
    private ClientStatus status = ClientStatus.ACTIVE;

    @Column(name = "status_since")
    private LocalDate statusSince;

    @Column(name = "intake_date")
    private LocalDate intakeDate;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "client_concern", joinColumns = @JoinColumn(name = "client_id"))
    @Column(name = "concern")
    @Enumerated(EnumType.STRING)
    private Set<Concern> concerns = new HashSet<>();

    @Sealed
    @Column(name = "concerns_note")
    private String concernsNote;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "client_diagnosis", joinColumns = @JoinColumn(name = "client_id"))
    @OrderColumn(name = "position")
    private List<Diagnosis> diagnoses = new ArrayList<>();

    @Sealed
    @Column(name = "consent_notes")
    private String consentNotes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "primary_counselor_id")
    private Account primaryCounselor;

    @OneToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "portal_account_id")
    private Account portalAccount;

    @Column(name = "anonymized_at")
    private Instant anonymizedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version private long version;

    protected Client() {}

    Client(
            ClientDetails details,
            Account primaryCounselor,
            LocalDate today,
            Instant now,
            String by) {
        this.primaryCounselor = primaryCounselor;
        this.createdAt = now;
        this.status = details.getStatus() == null ? ClientStatus.ACTIVE : details.getStatus();
        this.statusSince = today;
        apply(details, now, by);
    }

    /** Copies the form into the record (the service has validated it). */
    void apply(ClientDetails details, Instant now, String by) {
        legalName = details.getLegalName().strip();
        preferredName = blankToNull(details.getPreferredName());
        pronouns = blankToNull(details.getPronouns());
        dateOfBirth = details.getDateOfBirth();
        email = blankToNull(details.getEmail());
        phone = blankToNull(details.getPhone());
        phoneDigits = phone == null ? null : phone.replaceAll("[^0-9]", "");
        address = blankToNull(details.getAddress());
        emergencyContactName = blankToNull(details.getEmergencyContactName());
        emergencyContactRelationship = blankToNull(details.getEmergencyContactRelationship());
        emergencyContactPhone = blankToNull(details.getEmergencyContactPhone());
        intakeDate = details.getIntakeDate();
        concerns.clear();
        concerns.addAll(details.getConcerns());
        concernsNote = blankToNull(details.getConcernsNote());
        diagnoses.clear();
        for (ClientDetails.DiagnosisLine line : details.getDiagnoses()) {
            if (!line.isEmpty()) {
                diagnoses.add(
                        new Diagnosis(
                                Diagnosis.normalizeCode(line.getCode()).orElseThrow(),
                                line.getLabel().strip()));
            }
        }
        consentNotes = blankToNull(details.getConsentNotes());
        touch(now, by);
    }

    void changeStatus(ClientStatus status, LocalDate effective, Instant now, String by) {
        this.status = status;
        this.statusSince = effective;
        touch(now, by);
    }

    void assignCounselor(Account counselor) {
        this.primaryCounselor = counselor;
    }

    void linkPortalAccount(Account account) {
        this.portalAccount = account;
    }

    /** Replaces everything that identifies the person; the row stays so that references hold. */
    void anonymize(Instant now, String by) {
        legalName = "Anonymized client " + id;
        preferredName = null;
        pronouns = null;
        dateOfBirth = null;
        email = null;
        phone = null;
        phoneDigits = null;
        address = null;
        emergencyContactName = null;
        emergencyContactRelationship = null;
        emergencyContactPhone = null;
        concerns.clear();
        concernsNote = null;
        diagnoses.clear();
        consentNotes = null;
        portalAccount = null;
        anonymizedAt = now;
        touch(now, by);
    }

    private void touch(Instant now, String by) {
        updatedAt = now;
        updatedBy = by;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Whether the client has set a portal password (an invitation was accepted). */
    public boolean isUsingPortal() {
        return portalAccount != null && portalAccount.hasPassword();
    }

    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    /** What to call the client: the preferred name when there is one. */
    public String getName() {
        return preferredName != null && !preferredName.isBlank() ? preferredName : legalName;
    }

    /**
     * The name used among people who know them: the preferred name, or the first word of the legal
     * name.
     */
    public String getFirstName() {
        if (preferredName != null && !preferredName.isBlank()) {
            return preferredName;
        }
        int space = legalName.indexOf(' ');
        return space > 0 ? legalName.substring(0, space) : legalName;
    }

    /**
     * How a client appears in a pick list: "Alex (Alexandra Rivera)", with the e-mail to tell
     * namesakes apart.
     */
    public String getListLabel() {
        String label =
                preferredName != null && !preferredName.isBlank()
                        ? preferredName + " (" + legalName + ")"
                        : legalName;
        return email == null ? label : label + " · " + email;
    }

    public String getPronouns() {
        return pronouns;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public String getEmergencyContactRelationship() {
        return emergencyContactRelationship;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public LocalDate getIntakeDate() {
        return intakeDate;
    }

    public Set<Concern> getConcerns() {
        return concerns;
    }

    public String getConcernsNote() {
        return concernsNote;
    }

    public List<Diagnosis> getDiagnoses() {
        return diagnoses;
    }

    public String getConsentNotes() {
        return consentNotes;
    }

    public Account getPrimaryCounselor() {
        return primaryCounselor;
    }

    public Account getPortalAccount() {
        return portalAccount;
    }

    public boolean isAnonymized() {
        return anonymizedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
