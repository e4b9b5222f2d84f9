package org.rapport.homework;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The before-session homework summary on the appointment page (read once per page). */
@Named
@ViewScoped
public class BeforeSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject private HomeworkService homework;

    private Long appointmentId; // kept in the session: what to load again after a fail-over
    // not part of the session copy (nor serializable): loaded again after a fail-over
    private transient SessionSummary summary;
    private transient boolean summaryLoaded; // null is a summary too (none to show): load once only

    public SessionSummary of(long appointment) {
        if (appointmentId == null || appointmentId != appointment) {
            appointmentId = appointment;
            summaryLoaded = false;
        }
        return summary();
    }

    private SessionSummary summary() {
        if (!summaryLoaded && appointmentId != null) {
            summary = homework.beforeSession(appointmentId).orElse(null);
            summaryLoaded = true;
        }
        return summary;
    }
}
