package org.rapport.scheduling;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapport.platform.Ids;

/**
 * /portal/appointment.ics?id=N: one appointment as a calendar file, for a client it is for (the
 * portal's access rules apply; anyone else gets 404).
 */
@WebServlet("/portal/appointment.ics")
public class AppointmentIcsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private SchedulingService scheduling;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Long id = Ids.parse(request.getParameter("id"));
        Appointment appointment = id == null ? null : scheduling.find(id).orElse(null);
        if (appointment == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"appointment-" + id + ".ics\"");
        response.setHeader("Cache-Control", "no-store");
        String title =
                (appointment.getCouple() != null ? "Couple session" : "Appointment")
                        + " with "
                        + appointment.getCounselor().getDisplayName();
        String place =
                appointment.getModality() == Modality.TELEHEALTH
                        ? appointment.getVideoLink()
                        : appointment.getRoom();
        try (Writer out = response.getWriter()) {
            Ics.write(
                    "Rapport",
                    List.of(
                            new Ics.Entry(
                                    "appointment-" + appointment.getId() + "@rapport",
                                    appointment.getStartsAt(),
                                    appointment.getEndsAt(),
                                    title,
                                    place,
                                    appointment.isCancelled())),
                    out);
        }
    }
}
