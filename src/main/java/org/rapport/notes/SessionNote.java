package org.rapport.notes;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.rapport.clients.Client;
import org.rapport.clients.Couple;
import org.rapport.identity.Account;
import org.rapport.platform.Sealed;
import org.rapport.scheduling.Appointment;

/**
 * The note of one appointment: a draft its counselor writes (autosaved), then signs with their
 * password. A signed note never changes; corrections are addenda. Its clinical text is encrypted in
 * the database.
 */
@Entity
@Table(name = "session_note")
public class SessionNote implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "appointment_id")
    private Appointment appointment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "author_id")
    private Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "client_id")
    private Client client;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "couple_id")
    private Couple couple;

    @Enumerated(EnumType.STRING)
    private NoteFormat format;

    @Column(name = "session_date")
    private LocalDate sessionDate;

    @Column(name = "length_minutes")
    private int lengthMinutes;

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinTable(
            name = "session_note_attendee",
            joinColumns = @JoinColumn(name = "note_id"),
            inverseJoinColumns = @JoinColumn(name = "client_id"))
    private Set<Client> attendees = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(
            name = "session_note_intervention",
            joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "strategy_key")
    private Set<String> interventions = new HashSet<>();

    @Sealed
    @Column(name = "other_interventions")
    private String otherInterventions;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    private RiskLevel riskLevel = RiskLevel.NONE;

    @Sealed
    @Column(name = "risk_comment")
    private String riskComment;

    @Sealed private String section1;

    @Sealed private String section2;

    @Sealed private String section3;

    @Sealed private String section4;

    @Sealed
    @Column(name = "homework_reviewed")
    private String homeworkReviewed;

    @Sealed
    @Column(name = "homework_assigned")
    private String homeworkAssigned;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "signed_by")
    private Account signedBy;

    @Column(name = "content_hash")
    private String contentHash;

    @OneToMany(mappedBy = "note", fetch = FetchType.LAZY)
    @BatchFetch(BatchFetchType.IN)
    @OrderBy("id")
    private List<Addendum> addenda = new ArrayList<>();

    @Version private long version;

    protected SessionNote() {}

    SessionNote(Appointment appointment, Account author, Instant now) {
        this.appointment = appointment;
        this.author = author;
        this.client = appointment.getClient();
        this.couple = appointment.getCouple();
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Takes the draft's content (the service has checked lengths and that the note is not signed).
     */
    void write(NoteDraft draft, Set<Client> attendees, Instant now) {
        format = draft.getFormat();
        sessionDate = draft.getSessionDate();
        lengthMinutes = draft.getLengthMinutes();
        this.attendees.clear();
        this.attendees.addAll(attendees);
        interventions.clear();
        interventions.addAll(draft.getInterventions());
        otherInterventions = clean(draft.getOtherInterventions());
        riskLevel = draft.getRiskLevel();
        riskComment = clean(draft.getRiskComment());
        section1 = clean(draft.getSection1());
        section2 = clean(draft.getSection2());
        section3 = clean(draft.getSection3());
        section4 = clean(draft.getSection4());
        homeworkReviewed = clean(draft.getHomeworkReviewed());
        homeworkAssigned = clean(draft.getHomeworkAssigned());
        updatedAt = now;
    }

    void sign(Account signer, Instant at) {
        signedBy = signer;
        signedAt = at;
        contentHash = computeHash();
        updatedAt = at;
    }

    /** The draft form of what is stored. */
    public NoteDraft toDraft() {
        NoteDraft draft = new NoteDraft();
        draft.setFormat(format);
        draft.setSessionDate(sessionDate);
        draft.setLengthMinutes(lengthMinutes);
        draft.setAttendeeIds(attendees.stream().map(Client::getId).sorted().toList());
        draft.setInterventions(new ArrayList<>(new TreeSet<>(interventions)));
        draft.setOtherInterventions(otherInterventions);
        draft.setRiskLevel(riskLevel);
        draft.setRiskComment(riskComment);
        draft.setSection1(section1);
        draft.setSection2(section2);
        draft.setSection3(section3);
        draft.setSection4(section4);
        draft.setHomeworkReviewed(homeworkReviewed);
        draft.setHomeworkAssigned(homeworkAssigned);
        return draft;
    }

    /**
     * SHA-256 over the note's content as signed: every field, each length-prefixed so no two
     * different notes read the same, plus who signed and when.
     */
    String computeHash() {
        StringBuilder content = new StringBuilder();
        field(content, "appointment", String.valueOf(appointment.getId()));
        field(content, "format", format.name());
        field(content, "sessionDate", String.valueOf(sessionDate));
        field(content, "lengthMinutes", String.valueOf(lengthMinutes));
        field(
                content,
                "attendees",
                attendees.stream()
                        .map(c -> String.valueOf(c.getId()))
                        .sorted()
                        .toList()
                        .toString());
        field(content, "interventions", new TreeSet<>(interventions).toString());
        field(content, "otherInterventions", otherInterventions);
        field(content, "riskLevel", riskLevel.name());
        field(content, "riskComment", riskComment);
        field(content, "section1", section1);
        field(content, "section2", section2);
        field(content, "section3", section3);
        field(content, "section4", section4);
        field(content, "homeworkReviewed", homeworkReviewed);
        field(content, "homeworkAssigned", homeworkAssigned);
        field(content, "signedBy", signedBy == null ? null : String.valueOf(signedBy.getId()));
        field(
                content,
                "signedAt",
                signedAt == null ? null : String.valueOf(signedAt.getEpochSecond()));
        return sha256(content.toString());
    }

    /** Whether the stored content still matches the hash taken when it was signed. */
    public boolean isIntact() {
        return signedAt == null || computeHash().equals(contentHash);
    }

    static void field(StringBuilder content, String name, String value) {
        content.append(name).append('=');
        if (value == null) {
            content.append("-\n");
        } else {
            content.append(value.length()).append(':').append(value).append('\n');
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** "Alex & Sam" or "Taylor Kim". */
    public String getWithName() {
        return couple != null ? couple.getName() : client.getName();
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    public boolean isCoupleNote() {
        return couple != null;
    }

    /** The text of a section by position (0-based). */
    public String section(int index) {
        return switch (index) {
            case 0 -> section1;
            case 1 -> section2;
            case 2 -> section3;
            case 3 -> section4;
            default -> throw new IndexOutOfBoundsException(index);
        };
    }

    public Long getId() {
        return id;
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public Account getAuthor() {
        return author;
    }

    public Client getClient() {
        return client;
    }

    public Couple getCouple() {
        return couple;
    }

    public NoteFormat getFormat() {
        return format;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public int getLengthMinutes() {
        return lengthMinutes;
    }

    public Set<Client> getAttendees() {
        return attendees;
    }

    public Set<String> getInterventions() {
        return interventions;
    }

    public String getOtherInterventions() {
        return otherInterventions;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public String getRiskComment() {
        return riskComment;
    }

    public String getHomeworkReviewed() {
        return homeworkReviewed;
    }

    public String getHomeworkAssigned() {
        return homeworkAssigned;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Account getSignedBy() {
        return signedBy;
    }

    public String getContentHash() {
        return contentHash;
    }

    public List<Addendum> getAddenda() {
        return addenda;
    }

    public long getVersion() {
        return version;
    }
}
