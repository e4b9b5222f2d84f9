package org.rapport.scheduling;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** /calendar-feed/TOKEN.ics: a counselor's feed for a phone calendar; the token is the only key. */
@WebServlet("/calendar-feed/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject private CalendarFeedService feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String path = request.getPathInfo();
        String token =
                path == null || !path.endsWith(".ics")
                        ? null
                        : path.substring(1, path.length() - 4);
        Optional<List<Ics.Entry>> entries = feeds.entries(token);
        if (entries.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (Writer out = response.getWriter()) {
            Ics.write("Rapport", entries.get(), out);
        }
    }
}
