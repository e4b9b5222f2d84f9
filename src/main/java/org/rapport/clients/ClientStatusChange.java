package org.rapport.clients;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rapport.platform.Sealed;

/** One step of a client's history: put on the waitlist, made active, discharged, re-activated. */
@Entity
@Table(name = "client_status_change")
public class ClientStatusChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id")
    private Long clientId;

    @Enumerated(EnumType.STRING)
    private ClientStatus status;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Sealed private String reason;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    protected ClientStatusChange() {}

    ClientStatusChange(
            Long clientId,
            ClientStatus status,
            LocalDate effectiveOn,
            String reason,
            Instant recordedAt,
            String recordedBy) {
        this.clientId = clientId;
        this.status = status;
        this.effectiveOn = effectiveOn;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
