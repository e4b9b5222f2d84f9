package org.rapport.homework;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The homework tab of a client's or a couple's chart (read once per page). */
@Named
@ViewScoped
public class ChartHomework implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HomeworkService homework;

    private String key;
    private transient List<AssignmentSummary> summaries; // not part of the session copy: loaded again after a fail-over

    public List<AssignmentSummary> ofClient(long clientId) {
        return load("client:" + clientId, clientId, null);
    }

    public List<AssignmentSummary> ofCouple(long coupleId) {
        return load("couple:" + coupleId, null, coupleId);
    }

    private List<AssignmentSummary> load(String wanted, Long clientId, Long coupleId) {
        if (summaries == null || !wanted.equals(key)) {
            summaries = homework.forChart(clientId, coupleId);
            key = wanted;
        }
        return summaries;
    }
}
