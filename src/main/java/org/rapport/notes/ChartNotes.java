package org.rapport.notes;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The notes tab of a client's or a couple's chart (read once per page). */
@Named
@ViewScoped
public class ChartNotes implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NoteService notes;

    private String key;
    private Long stateFor;
    private String state;
    private List<NoteSummary> summaries = List.of();

    public List<NoteSummary> ofClient(long clientId) {
        if (!("client:" + clientId).equals(key)) {
            summaries = notes.forClient(clientId);
            key = "client:" + clientId;
        }
        return summaries;
    }

    /** For the appointment page: "none", "draft" or "signed". */
    public String stateOf(long appointmentId) {
        if (stateFor == null || stateFor != appointmentId) {
            state = notes.noteFor(appointmentId).map(n -> n.isSigned() ? "signed" : "draft").orElse("none");
            stateFor = appointmentId;
        }
        return state;
    }

    public List<NoteSummary> ofCouple(long coupleId) {
        if (!("couple:" + coupleId).equals(key)) {
            summaries = notes.forCouple(coupleId);
            key = "couple:" + coupleId;
        }
        return summaries;
    }
}
