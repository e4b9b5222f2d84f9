package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.IntegrationTestRun;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * What a page view costs, as the running Rapport reports it ({@link PageCost}: on in the test run).
 *
 * <p>SQL statements: each main page stays within its budget, and the count does not grow when the
 * records behind the page grow (a page that reads a list row by row would).
 *
 * <p>Session size: a clustered Rapport copies each session to another instance after every request,
 * so the session's size is a cost of every page view, and what cannot be serialized is lost at a
 * fail-over. A counselor and a client open every main page (twice, as people go back and forth);
 * the session stays serializable and under its budget. The running Rapport reports the size as
 * {@link PageCost.SESSION_HEADER}.
 */
class PageCostHttpIT {

    /** Budgets in bytes, a little above what was measured (see README, Performance). */
    static final long COUNSELOR_BUDGET = 52_000;

    static final long CLIENT_BUDGET = 22_000;

    /**
     * Statement budgets per page: what was measured on the demo practice (README, Performance),
     * with about 10 % room. Each audited read of a chart section writes its audit row as one
     * statement of its own.
     */
    static final Map<String, Integer> STATEMENT_BUDGETS =
            Map.of(
                    "calendar",
                    5,
                    "clients",
                    7,
                    "client chart",
                    52,
                    "couple chart",
                    50,
                    "signed note",
                    16,
                    "appointment",
                    32,
                    "portal home",
                    32,
                    "counselor home",
                    30);

    @Test
    void everyMainPageStaysWithinItsStatementBudgetAndDoesNotGrowWithTheRecords() {
        long couple =
                TestAccounts.count(
                        "SELECT MIN(id) FROM couple WHERE status = 'ACTIVE' AND counselor_id = ?",
                        TestAccounts.id(DemoAccounts.MORGAN));
        Map<String, String> counselorPages = counselorPages(couple);
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        WebSession alex = new WebSession().signedInAs(DemoAccounts.ALEX, DemoAccounts.PASSWORD);
        Map<String, Long> before = statements(morgan, alex, counselorPages);
        for (Map.Entry<String, Long> page : before.entrySet()) {
            assertTrue(
                    page.getValue() <= STATEMENT_BUDGETS.get(page.getKey()),
                    page.getKey()
                            + " sent "
                            + page.getValue()
                            + " statements, over its budget of "
                            + STATEMENT_BUDGETS.get(page.getKey())
                            + ": "
                            + before);
        }

        // forty more weeks of the couple's history: sessions, a weekly homework assignment,
        // check-ins
        long morganId = TestAccounts.id(DemoAccounts.MORGAN);
        long partner = TestAccounts.count("SELECT partner_one_id FROM couple WHERE id = ?", couple);
        long exercise = TestAccounts.count("SELECT MIN(id) FROM exercise");
        TestAccounts.update(
                "INSERT INTO homework_assignment (exercise_id, counselor_id, couple_id, couple_mode, starts_on,"
                        + " repeat_kind, weeks, status, created_at, updated_at, version) VALUES (?, ?, ?, 'TOGETHER',"
                        + " CURDATE() - INTERVAL 300 DAY, 'WEEKLY', 26, 'ACTIVE', NOW() - INTERVAL 300 DAY, NOW(), 0)",
                exercise,
                morganId,
                couple);
        long assignment =
                TestAccounts.count(
                        "SELECT MAX(id) FROM homework_assignment WHERE couple_id = ?", couple);
        for (int week = 1; week <= 40; week++) {
            TestAccounts.update(
                    "INSERT INTO appointment (counselor_id, couple_id, starts_at, ends_at, kind, modality,"
                            + " status, created_at, version) VALUES (?, ?, NOW() - INTERVAL ? WEEK - INTERVAL 3 HOUR,"
                            + " NOW() - INTERVAL ? WEEK - INTERVAL 2 HOUR, 'COUPLE', 'IN_PERSON', 'COMPLETED', NOW(), 0)",
                    morganId,
                    couple,
                    week + 12,
                    week + 12);
            TestAccounts.update(
                    "INSERT INTO homework_task (assignment_id, client_id, person_key, due_on, status, version)"
                            + " VALUES (?, NULL, 0, CURDATE() - INTERVAL ? WEEK, 'OPEN', 0)",
                    assignment,
                    week + 12);
        }
        TestAccounts.update(
                "INSERT INTO appointment_attendee (appointment_id, client_id) SELECT id, ? FROM appointment"
                        + " WHERE couple_id = ? AND id NOT IN (SELECT appointment_id FROM appointment_attendee)",
                partner,
                couple);
        Map<String, Long> after = statements(morgan, alex, counselorPages);
        // The counselor's home loads the oldest unwritten session's draft, if it has one: one
        // statement more or
        // less with what that session is, never more with how many there are.
        assertTrue(
                after.remove("counselor home") <= before.remove("counselor home"),
                "the home page does not grow: " + before + " / " + after);
        assertEquals(
                before,
                after,
                "the statements a page sends do not depend on how much history there is");
    }

    private static Map<String, String> counselorPages(long couple) {
        long client = TestAccounts.count("SELECT partner_one_id FROM couple WHERE id = ?", couple);
        long signed =
                TestAccounts.count(
                        "SELECT MAX(a.id) FROM appointment a JOIN session_note n ON n.appointment_id = a.id"
                                + " WHERE a.couple_id = ? AND n.signed_at IS NOT NULL",
                        couple);
        long upcoming =
                TestAccounts.count(
                        "SELECT MIN(id) FROM appointment WHERE couple_id = ? AND starts_at > NOW()",
                        couple);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("counselor home", "counselor/home.xhtml?x=1");
        pages.put("calendar", "counselor/calendar.xhtml?x=1");
        pages.put("clients", "counselor/clients.xhtml?x=1");
        pages.put("client chart", "counselor/client.xhtml?id=" + client);
        pages.put("couple chart", "counselor/couple.xhtml?id=" + couple);
        pages.put("signed note", "counselor/note.xhtml?appointment=" + signed);
        pages.put("appointment", "counselor/appointment.xhtml?id=" + upcoming);
        return pages;
    }

    /** Each page opened once to warm up, then once more, counted. */
    private static Map<String, Long> statements(
            WebSession counselor, WebSession client, Map<String, String> pages) {
        Map<String, Long> counted = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            counted.put(page.getKey(), statementsOf(counselor, page.getValue()));
        }
        counted.put("portal home", statementsOf(client, "portal/index.xhtml?x=1"));
        return counted;
    }

    private static long statementsOf(WebSession session, String page) {
        assertEquals(200, session.get(page).statusCode(), page);
        String marked = page + "&cost=" + System.nanoTime();
        assertEquals(200, session.get(marked).statusCode(), page);
        Pattern line =
                Pattern.compile(
                        "page cost: GET /" + Pattern.quote(marked) + " 200: (\\d+) statements");
        Path log = IntegrationTestRun.targetDirectory().resolve("rapport-it.log");
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                Matcher found = line.matcher(Files.readString(log));
                if (found.find()) {
                    return Long.parseLong(found.group(1));
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Rapport logged no page cost for " + marked);
    }

    @Test
    void aCounselorsSessionStaysSmallAndSerializableAcrossTheMainPages() {
        long couple = TestAccounts.count("SELECT MIN(id) FROM couple WHERE status = 'ACTIVE'");
        long client = TestAccounts.count("SELECT partner_one_id FROM couple WHERE id = ?", couple);
        long counselor = TestAccounts.id(DemoAccounts.MORGAN);
        long signed =
                TestAccounts.count(
                        "SELECT MAX(a.id) FROM appointment a JOIN session_note n ON n.appointment_id = a.id"
                                + " WHERE a.counselor_id = ? AND n.signed_at IS NOT NULL",
                        counselor);
        long upcoming =
                TestAccounts.count(
                        "SELECT MIN(id) FROM appointment WHERE couple_id = ? AND starts_at > NOW()",
                        couple);
        long assignment =
                TestAccounts.count(
                        "SELECT MIN(id) FROM homework_assignment WHERE couple_id = ?", couple);
        List<String> pages =
                List.of(
                        "counselor/calendar.xhtml",
                        "counselor/clients.xhtml",
                        "counselor/client.xhtml?id=" + client,
                        "counselor/couple.xhtml?id=" + couple,
                        "counselor/note.xhtml?appointment=" + signed,
                        "counselor/appointment.xhtml?id=" + upcoming,
                        "counselor/assignment.xhtml?id=" + assignment,
                        "counselor/exercises.xhtml",
                        "counselor/missing-notes.xhtml",
                        "counselor/home.xhtml");
        long size =
                browse(
                        new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD),
                        pages);
        assertTrue(
                size <= COUNSELOR_BUDGET,
                "a counselor's session holds "
                        + size
                        + " bytes, over its budget of "
                        + COUNSELOR_BUDGET);
    }

    @Test
    void aClientsSessionStaysSmallAndSerializableAcrossThePortal() {
        long alex =
                TestAccounts.count(
                        "SELECT id FROM client WHERE portal_account_id = ?",
                        TestAccounts.id(DemoAccounts.ALEX));
        long task =
                TestAccounts.count("SELECT MAX(id) FROM homework_task WHERE client_id = ?", alex);
        List<String> pages =
                List.of(
                        "portal/index.xhtml",
                        "portal/task.xhtml?id=" + task,
                        "portal/history.xhtml");
        long size =
                browse(
                        new WebSession().signedInAs(DemoAccounts.ALEX, DemoAccounts.PASSWORD),
                        pages);
        assertTrue(
                size <= CLIENT_BUDGET,
                "a client's session holds " + size + " bytes, over its budget of " + CLIENT_BUDGET);
    }

    /**
     * Opens every page twice and returns the session's size afterwards; fails on a page that does
     * not open.
     */
    private static long browse(WebSession session, List<String> pages) {
        List<String> sizes = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String page : pages) {
                HttpResponse<String> response = session.get(page);
                assertEquals(200, response.statusCode(), page);
                sizes.add(
                        page
                                + " "
                                + response.headers()
                                        .firstValue(PageCost.SESSION_HEADER)
                                        .orElse("?"));
            }
        }
        long size = size(session.get("health"));
        assertTrue(
                size > 0,
                "the session could not be serialized (a fail-over would lose it); sizes before each page: "
                        + sizes);
        return size;
    }

    private static long size(HttpResponse<String> response) {
        return Long.parseLong(
                response.headers()
                        .firstValue(PageCost.SESSION_HEADER)
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "no "
                                                        + PageCost.SESSION_HEADER
                                                        + " header: is RAPPORT_REPORT_SESSION_SIZE on?")));
    }
}
