package org.rapport.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.IntegrationTestRun;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/** The client list with a practice of 10,000 clients: one page read from the database, quickly. */
class CaseloadListIT {

    private static final int CLIENTS = 10_000;

    @Test
    void theListStaysQuickWithTenThousandClients() throws Exception {
        String counselor = TestAccounts.create("COUNSELOR", null);
        long counselorId = TestAccounts.id(counselor);
        try (Connection db = IntegrationTestRun.database().connect();
                PreparedStatement insert = db.prepareStatement("INSERT INTO client (legal_name, email,"
                        + " primary_counselor_id, created_at) VALUES (?, ?, ?, ?)")) {
            db.setAutoCommit(false);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
            for (int i = 0; i < CLIENTS; i++) {
                insert.setString(1, String.format("Bulk Client %05d", i));
                insert.setString(2, "bulk" + i + "-" + counselorId + "@test.invalid");
                insert.setLong(3, counselorId);
                insert.setObject(4, now);
                insert.addBatch();
            }
            insert.executeBatch();
            db.commit();
        }
        WebSession admin = new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        admin.get("counselor/clients.xhtml"); // warm up
        long worst = 0;
        HttpResponse<String> page = null;
        for (int i = 0; i < 10; i++) {
            long started = System.nanoTime();
            page = admin.get("counselor/clients.xhtml");
            worst = Math.max(worst, (System.nanoTime() - started) / 1_000_000);
        }
        assertEquals(200, page.statusCode());
        Matcher total = Pattern.compile("of (\\d+) clients").matcher(page.body());
        assertTrue(total.find() && Integer.parseInt(total.group(1)) >= CLIENTS, "the whole practice is counted");
        assertEquals(25, countOccurrences(page.body(), "class=\"exercise-link\""), "one page of 25 rows is rendered");
        System.out.println("Client list with " + total.group(1) + " clients: slowest of 10 loads " + worst + " ms");
        assertTrue(worst < 2_000, "the first page answers within 2 s (slowest " + worst + " ms)");
    }

    private static int countOccurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
