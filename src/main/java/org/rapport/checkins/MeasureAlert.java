package org.rapport.checkins;

import java.io.Serializable;
import java.time.Instant;

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
import org.rapport.clients.Client;
import org.rapport.identity.Account;
import org.rapport.platform.Sealed;

/**
 * Something in a sent check-in or measure that needs the counselor's attention (see {@link
 * AlertRules}), kept as a record: raised when the client sent it, acknowledged by one of the
 * client's counselors (who and when). Staff only: never shown in the portal, to the client or to
 * their partner.
 */
@Entity
@Table(name = "measure_alert")
public class MeasureAlert implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Why the alert was raised. */
    public enum Kind {
        SELF_HARM("Thoughts of self-harm"),
        BAND_RISE("Higher severity"),
        WORSENED("Meaningful drop");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "response_id")
    private CheckinResponse response;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "counselor_id")
    private Account counselor;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Sealed private String detail;

    @Column(name = "raised_at")
    private Instant raisedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "acknowledged_by")
    private Account acknowledgedBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Version private long version;

    protected MeasureAlert() {}

    MeasureAlert(
            Client client,
            CheckinResponse response,
            Account counselor,
            Kind kind,
            String detail,
            Instant now) {
        this.client = client;
        this.response = response;
        this.counselor = counselor;
        this.kind = kind;
        this.detail = detail;
        this.raisedAt = now;
    }

    void acknowledge(Account by, Instant at) {
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Client getClient() {
        return client;
    }

    public CheckinResponse getResponse() {
        return response;
    }

    public Account getCounselor() {
        return counselor;
    }

    public Kind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Account getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
