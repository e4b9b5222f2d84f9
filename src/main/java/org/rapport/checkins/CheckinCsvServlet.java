package org.rapport.checkins;

import java.io.IOException;
import java.io.StringWriter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapport.identity.CurrentUser;
import org.rapport.platform.Ids;
import org.rapport.platform.NotVisible;

/**
 * /counselor/checkins.csv?client=N (a client's check-in scores) or ?couple=N (both partners' on the
 * couple's chart), for staff who may see the client or the couple (else 404).
 */
@WebServlet("/counselor/checkins.csv")
public class CheckinCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private CheckinService checkins;

    @Inject private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Long client = Ids.parse(request.getParameter("client"));
        Long couple = Ids.parse(request.getParameter("couple"));
        if (client == null && couple == null || !currentUser.isStaff()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringWriter csv = new StringWriter();
        try {
            if (couple != null) {
                checkins.exportCoupleCsv(couple, csv);
            } else {
                checkins.exportCsv(client, csv);
            }
        } catch (NotVisible | SecurityException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"checkins-"
                        + (couple != null ? "couple-" + couple : client)
                        + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(csv.toString());
    }
}
