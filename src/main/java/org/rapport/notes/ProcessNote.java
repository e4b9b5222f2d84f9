package org.rapport.notes;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.rapport.identity.Account;
import org.rapport.platform.Sealed;

/**
 * A private psychotherapy (process) note: the counselor's own working thoughts about a session,
 * kept apart from the record. Only its author ever reads it; it is not part of the signed note, the
 * chart, an export or anything a client sees.
 */
@Entity
@Table(name = "process_note")
public class ProcessNote implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "note_id")
    private SessionNote note;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "author_id")
    private Account author;

    @Sealed private String body;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version private long version;

    protected ProcessNote() {}

    ProcessNote(SessionNote note, Account author) {
        this.note = note;
        this.author = author;
    }

    void write(String text, Instant now) {
        body = text == null || text.isBlank() ? null : text;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
