package org.rapport.clients;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a counselor types into the client form. The pages validate it field by field; the service
 * validates it again, so no caller can store what the form would refuse.
 */
public class ClientDetails implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_DIAGNOSES = 8;

    @NotBlank(message = "Enter the client's legal name.")
    @Size(max = 160, message = "Keep the legal name to 160 characters.")
    private String legalName;

    @Size(max = 120, message = "Keep the preferred name to 120 characters.")
    private String preferredName;

    @Size(max = 40, message = "Keep pronouns to 40 characters.")
    private String pronouns;

    @PastOrPresent(message = "The date of birth cannot be in the future.")
    private LocalDate dateOfBirth;

    @Size(max = 254, message = "Keep the e-mail address to 254 characters.")
    @Pattern(
            regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
            message = "Enter an e-mail address like name@example.com.")
    private String email;

    @Size(max = 40, message = "Keep the phone number to 40 characters.")
    @Pattern(regexp = "^$|(?s).*[0-9].*", message = "A phone number needs digits.")
    private String phone;

    @Size(max = 400, message = "Keep the address to 400 characters.")
    private String address;

    @Size(max = 120, message = "Keep the name to 120 characters.")
    private String emergencyContactName;

    @Size(max = 60, message = "Keep the relationship to 60 characters.")
    private String emergencyContactRelationship;

    @Size(max = 40, message = "Keep the phone number to 40 characters.")
    @Pattern(regexp = "^$|(?s).*[0-9].*", message = "A phone number needs digits.")
    private String emergencyContactPhone;

    /** Only for a new client; later changes go through discharge and re-activation. */
    private ClientStatus status = ClientStatus.ACTIVE;

    private LocalDate intakeDate;

    private Set<Concern> concerns = EnumSet.noneOf(Concern.class);

    @Size(max = 2000, message = "Keep this to 2,000 characters.")
    private String concernsNote;

    @Valid
    @Size(max = MAX_DIAGNOSES, message = "List at most " + MAX_DIAGNOSES + " diagnoses.")
    private List<DiagnosisLine> diagnoses = new ArrayList<>();

    @Size(max = 2000, message = "Keep this to 2,000 characters.")
    private String consentNotes;

    /** The primary counselor's account; only an administrator chooses it. */
    private Long counselorId;

    public ClientDetails() {}

    /** The form filled with what is stored. */
    public static ClientDetails of(Client client) {
        ClientDetails details = new ClientDetails();
        details.legalName = client.getLegalName();
        details.preferredName = client.getPreferredName();
        details.pronouns = client.getPronouns();
        details.dateOfBirth = client.getDateOfBirth();
        details.email = client.getEmail();
        details.phone = client.getPhone();
        details.address = client.getAddress();
        details.emergencyContactName = client.getEmergencyContactName();
        details.emergencyContactRelationship = client.getEmergencyContactRelationship();
        details.emergencyContactPhone = client.getEmergencyContactPhone();
        details.status = client.getStatus();
        details.intakeDate = client.getIntakeDate();
        details.concerns =
                client.getConcerns().isEmpty()
                        ? EnumSet.noneOf(Concern.class)
                        : EnumSet.copyOf(client.getConcerns());
        details.concernsNote = client.getConcernsNote();
        details.diagnoses = new ArrayList<>();
        for (Diagnosis diagnosis : client.getDiagnoses()) {
            details.diagnoses.add(new DiagnosisLine(diagnosis.getCode(), diagnosis.getLabel()));
        }
        details.consentNotes = client.getConsentNotes();
        details.counselorId = client.getPrimaryCounselor().getId();
        return details;
    }

    /** One diagnosis row of the form; a row left empty is ignored. */
    public static class DiagnosisLine implements Serializable {

        private static final long serialVersionUID = 1L;

        @Size(max = 10, message = "An ICD-10 code is at most 8 characters, like F43.23.")
        @Pattern(
                regexp = "^\\s*$|^\\s*[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?\\s*$",
                message = "Enter an ICD-10 code like F43.23 or Z63.0.")
        private String code;

        @Size(max = Diagnosis.LABEL_LENGTH, message = "Keep the label to 200 characters.")
        private String label;

        public DiagnosisLine() {}

        public DiagnosisLine(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public boolean isEmpty() {
            return (code == null || code.isBlank()) && (label == null || label.isBlank());
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public void setPreferredName(String preferredName) {
        this.preferredName = preferredName;
    }

    public String getPronouns() {
        return pronouns;
    }

    public void setPronouns(String pronouns) {
        this.pronouns = pronouns;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEmergencyContactName() {
        return emergencyContactName;
    }

    public void setEmergencyContactName(String emergencyContactName) {
        this.emergencyContactName = emergencyContactName;
    }

    public String getEmergencyContactRelationship() {
        return emergencyContactRelationship;
    }

    public void setEmergencyContactRelationship(String emergencyContactRelationship) {
        this.emergencyContactRelationship = emergencyContactRelationship;
    }

    public String getEmergencyContactPhone() {
        return emergencyContactPhone;
    }

    public void setEmergencyContactPhone(String emergencyContactPhone) {
        this.emergencyContactPhone = emergencyContactPhone;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public void setStatus(ClientStatus status) {
        this.status = status;
    }

    public LocalDate getIntakeDate() {
        return intakeDate;
    }

    public void setIntakeDate(LocalDate intakeDate) {
        this.intakeDate = intakeDate;
    }

    public Set<Concern> getConcerns() {
        return concerns;
    }

    public void setConcerns(Set<Concern> concerns) {
        this.concerns =
                concerns == null || concerns.isEmpty()
                        ? EnumSet.noneOf(Concern.class)
                        : EnumSet.copyOf(concerns);
    }

    /**
     * The concerns as their names, for a checkbox list (a generic set loses the enum type in the
     * page).
     */
    public List<String> getConcernKeys() {
        return new ArrayList<>(concerns.stream().map(Enum::name).toList());
    }

    public void setConcernKeys(List<String> keys) {
        EnumSet<Concern> chosen = EnumSet.noneOf(Concern.class);
        for (String key : keys == null ? List.<String>of() : keys) {
            for (Concern concern : Concern.values()) {
                if (concern.name().equals(key)) {
                    chosen.add(concern);
                }
            }
        }
        this.concerns = chosen;
    }

    public String getConcernsNote() {
        return concernsNote;
    }

    public void setConcernsNote(String concernsNote) {
        this.concernsNote = concernsNote;
    }

    public List<DiagnosisLine> getDiagnoses() {
        return diagnoses;
    }

    public void setDiagnoses(List<DiagnosisLine> diagnoses) {
        this.diagnoses = diagnoses;
    }

    public String getConsentNotes() {
        return consentNotes;
    }

    public void setConsentNotes(String consentNotes) {
        this.consentNotes = consentNotes;
    }

    public Long getCounselorId() {
        return counselorId;
    }

    public void setCounselorId(Long counselorId) {
        this.counselorId = counselorId;
    }
}
