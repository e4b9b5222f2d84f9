package org.rapport.notes;

import java.io.Serializable;
import java.time.LocalDate;

/** A line of a chart's notes tab. */
public record NoteSummary(
        long id,
        long appointmentId,
        LocalDate sessionDate,
        String withName,
        boolean coupleNote,
        String format,
        boolean signed,
        String counselor,
        long addenda,
        String preview,
        RiskLevel risk)
        implements Serializable {

    static NoteSummary of(SessionNote note, long addenda) {
        String first = null;
        for (int i = 0; i < note.getFormat().getSections().size() && first == null; i++) {
            String text = note.section(i);
            if (text != null && !text.isBlank()) {
                first = text.strip().replaceAll("\\s+", " ");
            }
        }
        String preview =
                first == null ? "" : first.length() > 160 ? first.substring(0, 157) + "…" : first;
        return new NoteSummary(
                note.getId(),
                note.getAppointment().getId(),
                note.getSessionDate(),
                note.getWithName(),
                note.isCoupleNote(),
                note.getFormat().getLabel(),
                note.isSigned(),
                note.getAppointment().getCounselor().getDisplayName(),
                addenda,
                preview,
                note.getRiskLevel());
    }

    public long getId() {
        return id;
    }

    public long getAppointmentId() {
        return appointmentId;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public String getWithName() {
        return withName;
    }

    public boolean isCoupleNote() {
        return coupleNote;
    }

    public String getFormat() {
        return format;
    }

    public boolean isSigned() {
        return signed;
    }

    public String getCounselor() {
        return counselor;
    }

    public long getAddenda() {
        return addenda;
    }

    public String getPreview() {
        return preview;
    }

    public RiskLevel getRisk() {
        return risk;
    }
}
