package org.rapport.clients;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.rapport.identity.Account;

/** A client of the practice, on one counselor's caseload (the client-records capability adds the rest). */
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

    private String email;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "primary_counselor_id")
    private Account primaryCounselor;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "portal_account_id")
    private Account portalAccount;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected Client() {
    }

    public Client(String legalName, String preferredName, String email, Account primaryCounselor,
            Account portalAccount, Instant now) {
        this.legalName = legalName;
        this.preferredName = preferredName;
        this.email = email;
        this.primaryCounselor = primaryCounselor;
        this.portalAccount = portalAccount;
        this.createdAt = now;
    }

    void linkPortalAccount(Account account) {
        this.portalAccount = account;
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

    public String getEmail() {
        return email;
    }

    public Account getPrimaryCounselor() {
        return primaryCounselor;
    }

    public Account getPortalAccount() {
        return portalAccount;
    }
}
