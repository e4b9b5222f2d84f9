package org.rapport.audit;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit trail, as read back. Written once by {@link AuditTrail} and never changed:
 * the entity has no setters and the database refuses updates and deletes of its table.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(updatable = false)
    private String actor;

    @Column(name = "actor_role", updatable = false)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private AuditAction action;

    @Column(name = "record_type", updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private Long recordId;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    /** The client's name for the page (not stored: read with the page, see AuditQuery.find). */
    @jakarta.persistence.Transient private String clientName;

    @Column(name = "ip_address", updatable = false)
    private String ipAddress;

    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {}

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRole() {
        return actorRole;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public Long getRecordId() {
        return recordId;
    }

    void showClientAs(String name) {
        clientName = name;
    }

    /** The client as the page shows them: their name and number, or the number alone. */
    public String getClientShown() {
        return clientId == null
                ? ""
                : clientName == null ? "#" + clientId : clientName + " · #" + clientId;
    }

    /** What the record is, in words ("Check-in answers 12", "Homework task 23"). */
    public String getRecordShown() {
        String words =
                switch (recordType == null ? "" : recordType) {
                    case "CheckinResponse" -> "Check-in answers";
                    case "CheckinAssignment" -> "Check-in given";
                    case "MeasureAlert" -> "Measure alert";
                    case "HomeworkTask" -> "Homework task";
                    case "Assignment" -> "Homework assignment";
                    case "SessionNote" -> "Session note";
                    case "ProcessNote" -> "Private process note";
                    case "NoteAddendum", "Addendum" -> "Note addendum";
                    case "Appointment" -> "Appointment";
                    case "Calendar" -> "Calendar";
                    case "Client" -> "Client record";
                    case "Couple" -> "Couple record";
                    case "Account" -> "Account";
                    case "Questionnaire" -> "Questionnaire";
                    case "AuditTrail" -> "Audit trail";
                    case "Exercise" -> "Exercise";
                    case "PracticeSettings" -> "Practice settings";
                    default ->
                            recordType == null
                                    ? ""
                                    : recordType.replaceAll("([a-z])([A-Z])", "$1 $2");
                };
        return recordId == null || "Calendar".equals(recordType) ? words : words + " " + recordId;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public String getDetail() {
        return detail;
    }
}
