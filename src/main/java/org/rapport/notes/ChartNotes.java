package org.rapport.notes;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.Slice;

/** The notes tab of a client's or a couple's chart (read once per page). */
@Named
@ViewScoped
public class ChartNotes implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private NoteService notes;

    // the keys stay; what they show is not part of the session copy: loaded again after a fail-over
    private String key;
    private int limit = Slice.FIRST;
    private Long stateFor;
    private transient String state;
    private transient Slice<NoteSummary> summaries;
    private transient Long coupleNotes;

    public Slice<NoteSummary> ofClient(long clientId) {
        if (summaries == null || !("client:" + clientId).equals(key)) {
            summaries = notes.forClient(clientId, limit);
            key = "client:" + clientId;
        }
        return summaries;
    }

    /**
     * How many signed notes of joint couple sessions the client's chart export would offer to
     * include.
     */
    public long coupleNotesOf(long clientId) {
        if (coupleNotes == null) {
            coupleNotes = notes.signedCoupleNotesOf(clientId);
        }
        return coupleNotes;
    }

    /** "Show older": the next ones on the same page. */
    public void showMore() {
        limit += Slice.MORE;
        summaries = null;
    }

    /** For the appointment page: "none", "draft" or "signed". */
    public String stateOf(long appointmentId) {
        if (state == null || stateFor == null || stateFor != appointmentId) {
            state =
                    notes.noteFor(appointmentId)
                            .map(n -> n.isSigned() ? "signed" : "draft")
                            .orElse("none");
            stateFor = appointmentId;
        }
        return state;
    }

    public Slice<NoteSummary> ofCouple(long coupleId) {
        if (summaries == null || !("couple:" + coupleId).equals(key)) {
            summaries = notes.forCouple(coupleId, limit);
            key = "couple:" + coupleId;
        }
        return summaries;
    }
}
