package org.rapport.clients;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** What a counselor types into the couple form. */
public class CoupleDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Choose the first partner.")
    private Long partnerOneId;

    @NotNull(message = "Choose the second partner.")
    private Long partnerTwoId;

    @NotNull(message = "Choose how they describe their relationship.")
    private RelationshipType relationshipType;

    @PastOrPresent(message = "Together since cannot be in the future.")
    private LocalDate togetherSince;

    @NotNull(message = "Choose the confidentiality policy the couple agreed to.")
    private Confidentiality confidentiality;

    @Size(max = 2000, message = "Keep the goals to 2,000 characters.")
    private String goals;

    /** The couple's counselor; only an administrator chooses it. */
    private Long counselorId;

    public static CoupleDetails of(Couple couple) {
        CoupleDetails details = new CoupleDetails();
        details.partnerOneId = couple.getPartnerOne().getId();
        details.partnerTwoId = couple.getPartnerTwo().getId();
        details.relationshipType = couple.getRelationshipType();
        details.togetherSince = couple.getTogetherSince();
        details.confidentiality = couple.getConfidentiality();
        details.goals = couple.getGoals();
        details.counselorId = couple.getCounselor().getId();
        return details;
    }

    public Long getPartnerOneId() {
        return partnerOneId;
    }

    public void setPartnerOneId(Long partnerOneId) {
        this.partnerOneId = partnerOneId;
    }

    public Long getPartnerTwoId() {
        return partnerTwoId;
    }

    public void setPartnerTwoId(Long partnerTwoId) {
        this.partnerTwoId = partnerTwoId;
    }

    public RelationshipType getRelationshipType() {
        return relationshipType;
    }

    public void setRelationshipType(RelationshipType relationshipType) {
        this.relationshipType = relationshipType;
    }

    public LocalDate getTogetherSince() {
        return togetherSince;
    }

    public void setTogetherSince(LocalDate togetherSince) {
        this.togetherSince = togetherSince;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public Long getCounselorId() {
        return counselorId;
    }

    public void setCounselorId(Long counselorId) {
        this.counselorId = counselorId;
    }
}
