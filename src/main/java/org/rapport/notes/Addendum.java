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

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.rapport.identity.Account;
import org.rapport.platform.Sealed;

/**
 * A correction or addition to a signed note, signed by its author when written and never changed.
 */
@Entity
@Table(name = "note_addendum")
public class Addendum implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX = 10_000;

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

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "content_hash")
    private String contentHash;

    protected Addendum() {}

    Addendum(SessionNote note, Account author, String body, Instant signedAt) {
        this.note = note;
        this.author = author;
        this.body = body.strip();
        this.signedAt = signedAt;
        this.contentHash = computeHash();
    }

    String computeHash() {
        StringBuilder content = new StringBuilder();
        SessionNote.field(content, "note", String.valueOf(note.getId()));
        SessionNote.field(content, "noteHash", note.getContentHash());
        SessionNote.field(content, "author", String.valueOf(author.getId()));
        SessionNote.field(content, "body", body);
        SessionNote.field(content, "signedAt", String.valueOf(signedAt.getEpochSecond()));
        return SessionNote.sha256(content.toString());
    }

    public boolean isIntact() {
        return computeHash().equals(contentHash);
    }

    public Long getId() {
        return id;
    }

    public SessionNote getNote() {
        return note;
    }

    public Account getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getContentHash() {
        return contentHash;
    }
}
