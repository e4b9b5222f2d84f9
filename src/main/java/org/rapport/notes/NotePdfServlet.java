package org.rapport.notes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapport.homework.Strategy;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.Ids;
import org.rapport.platform.PracticeClock;
import org.rapport.platform.PracticeSettings;

/**
 * /counselor/note.pdf?id=N (one note) and /counselor/chart.pdf?client=N (a client's signed notes;
 * their couples' joint notes only with couple-notes=include): the note service decides who may
 * export and audits it; anyone else, or an unknown id, gets 404.
 */
@WebServlet({"/counselor/note.pdf", "/counselor/chart.pdf"})
public class NotePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String INCLUDE = "include";

    @Inject private NoteService notes;

    @Inject private CurrentUser currentUser;

    @Inject private PracticeClock clock;

    @Inject private PracticeSettings practice;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!currentUser.isStaff()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean chart = request.getServletPath().endsWith("chart.pdf");
        Long id = Ids.parse(request.getParameter(chart ? "client" : "id"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        NotePdf pdf = new NotePdf(clock.zone());
        Map<String, String> names =
                notes.interventions().stream()
                        .collect(
                                Collectors.toMap(Strategy::getKey, Strategy::getName, (a, b) -> a));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String fileName;
        if (chart) {
            // couple sessions' notes may hold the partner's disclosures: only when the counselor
            // chose to include them
            boolean coupleNotes = INCLUDE.equals(request.getParameter("couple-notes"));
            ChartExport export = notes.chartForExport(id, coupleNotes).orElse(null);
            if (export == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            pdf.chart(
                    practice.getName(),
                    export,
                    names,
                    currentUser.getDisplayName(),
                    clock.now(),
                    out);
            fileName = "chart-" + id + ".pdf";
        } else {
            SessionNote note = notes.forExport(id).orElse(null);
            if (note == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            pdf.note(
                    practice.getName(),
                    note,
                    names,
                    currentUser.getDisplayName(),
                    clock.now(),
                    out);
            fileName = "session-note-" + id + ".pdf";
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
