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

    @Inject
    private HomeworkService homework;

    private Long appointmentId;
    private SessionSummary summary;

    public SessionSummary of(long appointment) {
        if (appointmentId == null || appointmentId != appointment) {
            summary = homework.beforeSession(appointment).orElse(null);
            appointmentId = appointment;
        }
        return summary;
    }
}
