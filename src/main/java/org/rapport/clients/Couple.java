package org.rapport.clients;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.rapport.identity.Account;
import org.rapport.platform.Sealed;

/**
 * A couple in counseling, a record of its own: two clients, neither of them "primary", the
 * counselor who sees them together and the confidentiality policy they agreed to. Couple sessions,
 * notes and homework attach here and show on both partners' charts.
 */
@Entity
@Table(name = "couple")
public class Couple implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "partner_one_id")
    private Client partnerOne;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "partner_two_id")
    private Client partnerTwo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "counselor_id")
    private Account counselor;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_type")
    private RelationshipType relationshipType;

    @Column(name = "together_since")
    private LocalDate togetherSince;

    @Enumerated(EnumType.STRING)
    private Confidentiality confidentiality;

    @Enumerated(EnumType.STRING)
    private CoupleStatus status = CoupleStatus.ACTIVE;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Sealed private String goals;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version private long version;

    protected Couple() {}

    Couple(
            Client partnerOne,
            Client partnerTwo,
            Account counselor,
            CoupleDetails details,
            LocalDate today,
            Instant now,
            String by) {
        this.partnerOne = partnerOne;
        this.partnerTwo = partnerTwo;
        this.counselor = counselor;
        this.startedOn = today;
        this.createdAt = now;
        apply(details, now, by);
    }

    void apply(CoupleDetails details, Instant now, String by) {
        relationshipType = details.getRelationshipType();
        togetherSince = details.getTogetherSince();
        confidentiality = details.getConfidentiality();
        goals =
                details.getGoals() == null || details.getGoals().isBlank()
                        ? null
                        : details.getGoals().strip();
        updatedAt = now;
        updatedBy = by;
    }

    void assignCounselor(Account counselor) {
        this.counselor = counselor;
    }

    void end(LocalDate on, Instant now, String by) {
        status = CoupleStatus.ENDED;
        endedOn = on;
        updatedAt = now;
        updatedBy = by;
    }

    void reactivate(Instant now, String by) {
        status = CoupleStatus.ACTIVE;
        endedOn = null;
        updatedAt = now;
        updatedBy = by;
    }

    /** Whether the client is one of the two partners. */
    public boolean includes(Client client) {
        return partnerOne.getId().equals(client.getId())
                || partnerTwo.getId().equals(client.getId());
    }

    /** The other partner, seen from one of them. */
    public Client partnerOf(Client client) {
        return partnerOne.getId().equals(client.getId()) ? partnerTwo : partnerOne;
    }

    /** "Alex & Sam": the partners' names, neither first by importance. */
    public String getName() {
        return partnerOne.getFirstName() + " & " + partnerTwo.getFirstName();
    }

    public boolean isActive() {
        return status == CoupleStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Client getPartnerOne() {
        return partnerOne;
    }

    public Client getPartnerTwo() {
        return partnerTwo;
    }

    public Account getCounselor() {
        return counselor;
    }

    public RelationshipType getRelationshipType() {
        return relationshipType;
    }

    public LocalDate getTogetherSince() {
        return togetherSince;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public CoupleStatus getStatus() {
        return status;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getGoals() {
        return goals;
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
