package org.rapport.notes;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What a counselor writes in a session note, as the form holds it. Drafts are saved as they are
 * (only lengths are checked); signing asks for a complete note.
 */
public class NoteDraft implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int SECTION_MAX = 20_000;
    public static final int SHORT_MAX = 2_000;
    public static final int RISK_COMMENT_MAX = 4_000;

    private NoteFormat format = NoteFormat.SOAP;
    private LocalDate sessionDate;

    @Min(value = 1, message = "Enter the session's length in minutes (1 to 480).")
    @Max(value = 480, message = "Enter the session's length in minutes (1 to 480).")
    private Integer lengthMinutes;

    private List<Long> attendeeIds = new ArrayList<>();
    private List<String> interventions = new ArrayList<>();

    @Size(max = SHORT_MAX, message = "Keep other interventions under 2,000 characters.")
    private String otherInterventions;

    private RiskLevel riskLevel = RiskLevel.NONE;

    @Size(max = RISK_COMMENT_MAX, message = "Keep the risk comment under 4,000 characters.")
    private String riskComment;

    @Size(max = SECTION_MAX, message = "A section holds at most 20,000 characters.")
    private String section1;

    @Size(max = SECTION_MAX, message = "A section holds at most 20,000 characters.")
    private String section2;

    @Size(max = SECTION_MAX, message = "A section holds at most 20,000 characters.")
    private String section3;

    @Size(max = SECTION_MAX, message = "A section holds at most 20,000 characters.")
    private String section4;

    @Size(max = SHORT_MAX, message = "Keep this under 2,000 characters.")
    private String homeworkReviewed;

    @Size(max = SHORT_MAX, message = "Keep this under 2,000 characters.")
    private String homeworkAssigned;

    public NoteDraft() {}

    public NoteDraft copy() {
        NoteDraft copy = new NoteDraft();
        copy.format = format;
        copy.sessionDate = sessionDate;
        copy.lengthMinutes = lengthMinutes;
        copy.attendeeIds = new ArrayList<>(attendeeIds);
        copy.interventions = new ArrayList<>(interventions);
        copy.otherInterventions = otherInterventions;
        copy.riskLevel = riskLevel;
        copy.riskComment = riskComment;
        copy.section1 = section1;
        copy.section2 = section2;
        copy.section3 = section3;
        copy.section4 = section4;
        copy.homeworkReviewed = homeworkReviewed;
        copy.homeworkAssigned = homeworkAssigned;
        return copy;
    }

    /** The text of a section by position (0-based), as the format orders them. */
    public String section(int index) {
        return switch (index) {
            case 0 -> section1;
            case 1 -> section2;
            case 2 -> section3;
            case 3 -> section4;
            default -> throw new IndexOutOfBoundsException(index);
        };
    }

    /** Whether the format's sections hold any text. */
    public boolean hasText() {
        for (int i = 0; i < format.getSections().size(); i++) {
            if (section(i) != null && !section(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Whether two drafts say the same (for the conflict view: which fields differ). */
    public List<String> differences(NoteDraft other) {
        List<String> fields = new ArrayList<>();
        if (format != other.format) {
            fields.add("format");
        }
        if (!Objects.equals(sessionDate, other.sessionDate)) {
            fields.add("session date");
        }
        if (!Objects.equals(lengthMinutes, other.lengthMinutes)) {
            fields.add("length");
        }
        if (!Objects.equals(
                new java.util.HashSet<>(attendeeIds), new java.util.HashSet<>(other.attendeeIds))) {
            fields.add("attendees");
        }
        if (!Objects.equals(
                        new java.util.HashSet<>(interventions),
                        new java.util.HashSet<>(other.interventions))
                || !same(otherInterventions, other.otherInterventions)) {
            fields.add("interventions");
        }
        if (riskLevel != other.riskLevel || !same(riskComment, other.riskComment)) {
            fields.add("risk");
        }
        for (int i = 0; i < 4; i++) {
            if (!same(section(i), other.section(i))) {
                fields.add(
                        i < format.getSections().size()
                                ? format.getSections().get(i).label().toLowerCase()
                                : "section " + (i + 1));
            }
        }
        if (!same(homeworkReviewed, other.homeworkReviewed)
                || !same(homeworkAssigned, other.homeworkAssigned)) {
            fields.add("homework");
        }
        return fields;
    }

    private static boolean same(String a, String b) {
        return Objects.equals(
                a == null || a.isBlank() ? null : a.strip(),
                b == null || b.isBlank() ? null : b.strip());
    }

    public NoteFormat getFormat() {
        return format;
    }

    public void setFormat(NoteFormat format) {
        this.format = format == null ? NoteFormat.SOAP : format;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public void setSessionDate(LocalDate sessionDate) {
        this.sessionDate = sessionDate;
    }

    public Integer getLengthMinutes() {
        return lengthMinutes;
    }

    public void setLengthMinutes(Integer lengthMinutes) {
        this.lengthMinutes = lengthMinutes;
    }

    public List<Long> getAttendeeIds() {
        return attendeeIds;
    }

    public void setAttendeeIds(List<Long> attendeeIds) {
        this.attendeeIds = attendeeIds == null ? new ArrayList<>() : new ArrayList<>(attendeeIds);
    }

    public List<String> getInterventions() {
        return interventions;
    }

    public void setInterventions(List<String> interventions) {
        this.interventions =
                interventions == null ? new ArrayList<>() : new ArrayList<>(interventions);
    }

    public String getOtherInterventions() {
        return otherInterventions;
    }

    public void setOtherInterventions(String otherInterventions) {
        this.otherInterventions = otherInterventions;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel == null ? RiskLevel.NONE : riskLevel;
    }

    public String getRiskComment() {
        return riskComment;
    }

    public void setRiskComment(String riskComment) {
        this.riskComment = riskComment;
    }

    public String getSection1() {
        return section1;
    }

    public void setSection1(String section1) {
        this.section1 = section1;
    }

    public String getSection2() {
        return section2;
    }

    public void setSection2(String section2) {
        this.section2 = section2;
    }

    public String getSection3() {
        return section3;
    }

    public void setSection3(String section3) {
        this.section3 = section3;
    }

    public String getSection4() {
        return section4;
    }

    public void setSection4(String section4) {
        this.section4 = section4;
    }

    public String getHomeworkReviewed() {
        return homeworkReviewed;
    }

    public void setHomeworkReviewed(String homeworkReviewed) {
        this.homeworkReviewed = homeworkReviewed;
    }

    public String getHomeworkAssigned() {
        return homeworkAssigned;
    }

    public void setHomeworkAssigned(String homeworkAssigned) {
        this.homeworkAssigned = homeworkAssigned;
    }
}
