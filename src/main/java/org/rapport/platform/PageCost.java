package org.rapport.platform;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * What a page view costs, when {@code RAPPORT_REPORT_PAGE_COST} is on (off by default): each
 * request logs one line with its SQL statements, CPU milliseconds and the caller's session size,
 * and each response carries the session's serialized size as it was when the request arrived
 * ({@link #SESSION_HEADER}). A clustered Rapport copies the session to another instance after every
 * request, so its size is a cost of every page view, and what cannot be serialized is lost at a
 * fail-over. For measuring (README, Performance) and for the tests that bound statements and
 * session size; serializing the session here costs about as much as the copy itself, so leave it
 * off in production.
 */
@WebFilter(filterName = "PageCost", urlPatterns = "/*")
public class PageCost extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PageCost.class.getName());
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static final String SESSION_HEADER = "X-Rapport-Session-Bytes";

    @Inject private transient Settings settings;

    private boolean enabled;

    @Override
    public void init() {
        enabled = settings.reportPageCost();
    }

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession before = request.getSession(false);
        if (before != null) {
            response.setHeader(SESSION_HEADER, Long.toString(bytes(before)));
        }
        StatementCounter.reset();
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
            chain.doFilter(request, response);
        } finally {
            double cpuMillis = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6;
            long statements = StatementCounter.count();
            HttpSession after = request.getSession(false);
            String session = after == null ? "no session" : bytes(after) + " session bytes";
            String query = request.getQueryString();
            LOG.info(
                    () ->
                            String.format(
                                    "page cost: %s %s%s %d: %d statements, %.1f ms CPU, %s",
                                    request.getMethod(),
                                    request.getRequestURI(),
                                    query == null ? "" : "?" + query,
                                    response.getStatus(),
                                    statements,
                                    cpuMillis,
                                    session));
        }
    }

    /** The serialized size of every attribute of the session (-1 when one cannot be serialized). */
    static long bytes(HttpSession session) {
        Counter counter = new Counter();
        try (ObjectOutputStream out = new ObjectOutputStream(counter)) {
            for (String name : Collections.list(session.getAttributeNames())) {
                out.writeObject(name);
                out.writeObject(session.getAttribute(name));
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return counter.count;
    }

    private static final class Counter extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
