package org.rapport.homework;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.rapport.platform.Slice;

/** The homework tab of a client's or a couple's chart (read once per page). */
@Named
@ViewScoped
public class ChartHomework implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private HomeworkService homework;

    private String key;
    private int limit = Slice.FIRST;
    private transient Slice<AssignmentSummary>
            summaries; // not part of the session copy: loaded again after a fail-over

    public Slice<AssignmentSummary> ofClient(long clientId) {
        return load("client:" + clientId, clientId, null);
    }

    public Slice<AssignmentSummary> ofCouple(long coupleId) {
        return load("couple:" + coupleId, null, coupleId);
    }

    /** "Show older": the next ones on the same page. */
    public void showMore() {
        limit += Slice.MORE;
        summaries = null;
    }

    private Slice<AssignmentSummary> load(String wanted, Long clientId, Long coupleId) {
        if (summaries == null || !wanted.equals(key)) {
            summaries = homework.forChart(clientId, coupleId, limit);
            key = wanted;
        }
        return summaries;
    }
}
