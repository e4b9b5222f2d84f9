package org.rapport.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.IntegrationTestRun;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * The client list with a practice of 10,000 clients (a fifth of them in couples, a mix of
 * statuses): each page is read with a fixed handful of queries, whatever the page shows, and
 * answers quickly.
 */
class CaseloadListIT {

    private static final int CLIENTS = 10_000;
    private static final int COUPLES = 1_000;
    private static long counselorId;

    @BeforeAll
    static void tenThousandClients() throws Exception {
        counselorId = TestAccounts.id(TestAccounts.create("COUNSELOR", null));
        try (Connection db = IntegrationTestRun.database().connect()) {
            db.setAutoCommit(false);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
            try (PreparedStatement insert =
                    db.prepareStatement(
                            "INSERT INTO client (legal_name, email, phone,"
                                    + " phone_digits, status, status_since, intake_date, primary_counselor_id, created_at)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < CLIENTS; i++) {
                    String phone = String.format("(555) %03d-%04d", i % 1000, i);
                    insert.setString(1, String.format("Bulk Client %05d", i));
                    insert.setString(2, "bulk" + i + "-" + counselorId + "@test.invalid");
                    insert.setString(3, phone);
                    insert.setString(4, phone.replaceAll("[^0-9]", ""));
                    insert.setString(
                            5, i % 7 == 0 ? "DISCHARGED" : i % 5 == 0 ? "WAITLIST" : "ACTIVE");
                    insert.setObject(6, LocalDate.now().minusDays(i % 400));
                    insert.setObject(7, LocalDate.now().minusDays(i % 400));
                    insert.setLong(8, counselorId);
                    insert.setObject(9, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select =
                    db.prepareStatement(
                            "SELECT id FROM client WHERE primary_counselor_id = ?"
                                    + " AND status <> 'DISCHARGED' ORDER BY id")) {
                select.setLong(1, counselorId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement couple =
                    db.prepareStatement(
                            "INSERT INTO couple (partner_one_id, partner_two_id,"
                                    + " counselor_id, relationship_type, confidentiality, started_on, created_at)"
                                    + " VALUES (?, ?, ?, 'MARRIED', 'NO_SECRETS', ?, ?)")) {
                for (int i = 0; i < COUPLES; i++) {
                    couple.setLong(1, ids.get(2 * i));
                    couple.setLong(2, ids.get(2 * i + 1));
                    couple.setLong(3, counselorId);
                    couple.setObject(4, LocalDate.now());
                    couple.setObject(5, now);
                    couple.addBatch();
                }
                couple.executeBatch();
            }
            db.commit();
        }
    }

    @Test
    void everyListViewStaysOnePageOfSqlAndQuick() throws Exception {
        // the administrator's list is the largest: the whole practice
        WebSession session = new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        List<String> report = new ArrayList<>();
        for (String query :
                List.of(
                        "",
                        "?status=all",
                        "?kind=couples",
                        "?status=waitlist&kind=individuals",
                        "?q=" + URLEncoder.encode("Bulk Client 0999", StandardCharsets.UTF_8),
                        "?q=" + URLEncoder.encode("555 123-", StandardCharsets.UTF_8))) {
            session.get("counselor/clients.xhtml" + query); // warm up
            long[] millis = new long[10];
            long selectsBefore = globalSelects();
            HttpResponse<String> page = null;
            for (int i = 0; i < millis.length; i++) {
                long started = System.nanoTime();
                page = session.get("counselor/clients.xhtml" + query);
                millis[i] = (System.nanoTime() - started) / 1_000_000;
            }
            double selectsPerPage = (globalSelects() - selectsBefore - 1) / (double) millis.length;
            assertEquals(200, page.statusCode());
            Arrays.sort(millis);
            int rows = countOccurrences(page.body(), "client-link");
            Matcher total = Pattern.compile("of (\\d+) clients").matcher(page.body());
            String totalText = total.find() ? total.group(1) : String.valueOf(rows);
            report.add(
                    String.format(
                            "clients.xhtml%s: %s clients, %d rows, median %d ms, slowest %d ms, %.1f SELECTs/page",
                            query,
                            totalText,
                            rows,
                            millis[millis.length / 2],
                            millis[millis.length - 1],
                            selectsPerPage));
            assertTrue(rows > 0 && rows <= 25, query + ": one page of rows (" + rows + ")");
            assertTrue(
                    selectsPerPage <= 12,
                    query
                            + ": a fixed handful of queries per page, not one per row ("
                            + selectsPerPage
                            + ")");
            assertTrue(
                    millis[millis.length - 1] < 2_000,
                    query + ": answers within 2 s (slowest " + millis[millis.length - 1] + " ms)");
        }
        report.forEach(System.out::println);
        HttpResponse<String> all = session.get("counselor/clients.xhtml?status=all");
        Matcher total = Pattern.compile("of (\\d+) clients").matcher(all.body());
        assertTrue(
                total.find() && Integer.parseInt(total.group(1)) >= CLIENTS,
                "the whole practice is counted");
    }

    /**
     * Statements the server has run since it started (all connections): the difference is what a
     * page cost.
     */
    private static long globalSelects() throws Exception {
        try (Connection db = IntegrationTestRun.database().connect();
                Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
            row.next();
            return row.getLong(2);
        }
    }

    private static int countOccurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
