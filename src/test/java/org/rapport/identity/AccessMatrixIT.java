package org.rapport.identity;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * Who may open which page: every page of Rapport for every kind of caller, as one table. A page
 * that is not in the table fails {@link #everyPageIsInTheTable()}, so a new page cannot go without
 * its rules.
 */
class AccessMatrixIT {

    /*
     * 200   the page is shown
     * login redirected to the sign-in page
     * home  redirected to the caller's start page
     * 403   not for this role (the "not found" page, status 403)
     * 404   the record exists but is not the caller's: it answers as if it did not exist
     */
    private static final String[] CALLERS = {
        "anonymous", "alex", "taylor", "morgan", "jordan", "admin"
    };
    private static final String MATRIX =
            """
            page                                   | anonymous | alex  | taylor | morgan | jordan | admin
            index.xhtml                            | login     | home  | home   | home   | home   | home
            login.xhtml                            | 200       | home  | home   | home   | home   | home
            account/set-password.xhtml             | 200       | 200   | 200    | 200    | 200    | 200
            account/reset.xhtml                    | 200       | 200   | 200    | 200    | 200    | 200
            account/security.xhtml                 | login     | 200   | 200    | 200    | 200    | 200
            counselor/home.xhtml                   | login     | 403   | 403    | 200    | 200    | 200
            counselor/exercises.xhtml              | login     | 403   | 403    | 200    | 200    | 200
            counselor/exercise.xhtml?id=promise-log| login     | 403   | 403    | 200    | 200    | 200
            counselor/clients.xhtml                | login     | 403   | 403    | 200    | 200    | 200
            counselor/client.xhtml?id={alex}       | login     | 403   | 403    | 200    | 404    | 200
            counselor/client.xhtml?id={taylor}     | login     | 403   | 403    | 404    | 200    | 200
            counselor/client-edit.xhtml            | login     | 403   | 403    | 200    | 200    | 200
            counselor/client-edit.xhtml?id={alex}  | login     | 403   | 403    | 200    | 404    | 200
            counselor/client-edit.xhtml?id={taylor}| login     | 403   | 403    | 404    | 200    | 200
            counselor/couple.xhtml?id={alexsam}    | login     | 403   | 403    | 200    | 404    | 200
            counselor/couple.xhtml?id=abc          | login     | 403   | 403    | 404    | 404    | 404
            counselor/couple-edit.xhtml            | login     | 403   | 403    | 200    | 200    | 200
            counselor/couple-edit.xhtml?id={alexsam}| login    | 403   | 403    | 200    | 404    | 200
            counselor/calendar.xhtml               | login     | 403   | 403    | 200    | 200    | 200
            counselor/appointment.xhtml            | login     | 403   | 403    | 200    | 200    | 200
            counselor/appointment.xhtml?id={alexsamappt}| login | 403  | 403    | 200    | 404    | 200
            portal/appointment.ics?id={alexsamappt}| login     | 200   | 404    | 403    | 403    | 403
            calendar-feed/abcdefghijklmnopqrstuvwxyz.ics| 404  | 404   | 404    | 404    | 404    | 404
            counselor/note.xhtml?appointment={alexsamappt}| login | 403 | 403  | 200    | 404    | 200
            counselor/note.xhtml?appointment=abc   | login     | 403   | 403    | 404    | 404    | 404
            counselor/note.xhtml                   | login     | 403   | 403    | 404    | 404    | 404
            counselor/missing-notes.xhtml          | login     | 403   | 403    | 200    | 200    | 200
            counselor/exercise-edit.xhtml          | login     | 403   | 403    | 200    | 200    | 200
            counselor/exercise-edit.xhtml?copy=promise-log| login | 403 | 403  | 200    | 200    | 200
            counselor/exercise-edit.xhtml?id=promise-log| login | 403  | 403    | 404    | 404    | 404
            counselor/questionnaires.xhtml         | login     | 403   | 403    | 200    | 200    | 200
            portal/checkin.xhtml?id={alexcheckin}  | login     | 200   | 404    | 403    | 403    | 403
            portal/checkin.xhtml?id={samcheckin}   | login     | 404   | 404    | 403    | 403    | 403
            counselor/assign.xhtml                 | login     | 403   | 403    | 200    | 200    | 200
            counselor/assign.xhtml?with=client:{taylor}| login | 403 | 403  | 404    | 200    | 200
            counselor/assignment.xhtml?id={alexsamhomework}| login | 403 | 403 | 200    | 404    | 200
            counselor/assignment.xhtml?id=abc      | login     | 403   | 403    | 404    | 404    | 404
            portal/task.xhtml?id={alextask}        | login     | 200   | 404    | 403    | 403    | 403
            portal/task.xhtml?id=abc               | login     | 404   | 404    | 403    | 403    | 403
            portal/history.xhtml                   | login     | 200   | 200    | 403    | 403    | 403
            admin/audit.xhtml                      | login     | 403   | 403    | 403    | 403    | 200
            admin/calendars.xhtml                  | login     | 403   | 403    | 403    | 403    | 200
            admin/accounts.xhtml                   | login     | 403   | 403    | 403    | 403    | 200
            admin/settings.xhtml                   | login     | 403   | 403    | 403    | 403    | 200
            portal/index.xhtml                     | login     | 200   | 200    | 403    | 403    | 403
            errors/not-found.xhtml                 | 200       | 200   | 200    | 200    | 200    | 200
            errors/expired.xhtml                   | 200       | 200   | 200    | 200    | 200    | 200
            errors/error.xhtml                     | 200       | 200   | 200    | 200    | 200    | 200
            """;

    private static final Map<String, WebSession> SESSIONS = new LinkedHashMap<>();

    @BeforeAll
    static void signIn() {
        SESSIONS.put("anonymous", new WebSession());
        SESSIONS.put("alex", new WebSession().signedInAs(DemoAccounts.ALEX, DemoAccounts.PASSWORD));
        SESSIONS.put(
                "taylor", new WebSession().signedInAs(DemoAccounts.TAYLOR, DemoAccounts.PASSWORD));
        SESSIONS.put(
                "morgan", new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD));
        SESSIONS.put(
                "jordan", new WebSession().signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD));
        SESSIONS.put(
                "admin", new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD));
    }

    @Test
    void everyCallerGetsWhatTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (String[] row : rows()) {
            String page =
                    row[0].replace("{alex}", String.valueOf(clientId(DemoAccounts.ALEX)))
                            .replace("{taylor}", String.valueOf(clientId(DemoAccounts.TAYLOR)))
                            .replace(
                                    "{alexsam}",
                                    String.valueOf(
                                            TestAccounts.count(
                                                    "SELECT p.id FROM couple p JOIN client c"
                                                            + " ON c.id IN (p.partner_one_id, p.partner_two_id) JOIN account a ON a.id ="
                                                            + " c.portal_account_id WHERE a.email = ?",
                                                    DemoAccounts.ALEX)))
                            .replace(
                                    "{alexsamappt}",
                                    String.valueOf(
                                            TestAccounts.count(
                                                    "SELECT MIN(p.id) FROM appointment p"
                                                            + " JOIN appointment_attendee t ON t.appointment_id = p.id JOIN client c ON c.id = t.client_id"
                                                            + " JOIN account a ON a.id = c.portal_account_id WHERE a.email = ? AND p.couple_id IS NOT NULL",
                                                    DemoAccounts.ALEX)))
                            .replace(
                                    "{alexsamhomework}",
                                    String.valueOf(
                                            TestAccounts.count(
                                                    "SELECT MIN(h.id) FROM homework_assignment h"
                                                            + " JOIN couple p ON p.id = h.couple_id JOIN client c ON c.id = p.partner_one_id OR c.id = p.partner_two_id"
                                                            + " JOIN account a ON a.id = c.portal_account_id WHERE a.email = ?",
                                                    DemoAccounts.ALEX)))
                            .replace(
                                    "{alexcheckin}",
                                    String.valueOf(
                                            TestAccounts.count(
                                                    "SELECT MIN(r.id) FROM checkin_response r"
                                                            + " JOIN client c ON c.id = r.client_id JOIN account a ON a.id = c.portal_account_id"
                                                            + " WHERE a.email = ?",
                                                    DemoAccounts.ALEX)))
                            .replace(
                                    "{samcheckin}",
                                    String.valueOf(
                                            TestAccounts.count(
                                                    "SELECT MIN(r.id) FROM checkin_response r"
                                                            + " JOIN client c ON c.id = r.client_id JOIN account a ON a.id = c.portal_account_id"
                                                            + " WHERE a.email = ?",
                                                    DemoAccounts.SAM)))
                            .replace(
                                    "{alextask}",
                                    String.valueOf(
                                            TestAccounts.count(
                                                    "SELECT MIN(t.id) FROM homework_task t"
                                                            + " JOIN client c ON c.id = t.client_id JOIN account a ON a.id = c.portal_account_id"
                                                            + " WHERE a.email = ?",
                                                    DemoAccounts.ALEX)));
            for (int i = 0; i < CALLERS.length; i++) {
                String expected = row[i + 1];
                String actual = outcome(SESSIONS.get(CALLERS[i]).get(page));
                if (!expected.equals(actual)) {
                    wrong.add(
                            CALLERS[i]
                                    + " on "
                                    + page
                                    + ": expected "
                                    + expected
                                    + ", got "
                                    + actual);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void changingTheIdInTheAddressNeverRevealsAnotherCaseload() {
        WebSession morgan = SESSIONS.get("morgan");
        // the demo practice's clients and the ones tests add first; larger data sets live elsewhere
        long highest = Math.min(TestAccounts.count("SELECT MAX(id) FROM client"), 30);
        for (long id = 1; id <= highest + 2; id++) {
            HttpResponse<String> page = morgan.get("counselor/client.xhtml?id=" + id);
            boolean mine =
                    TestAccounts.count(
                                    "SELECT COUNT(*) FROM client c JOIN account a ON a.id ="
                                            + " c.primary_counselor_id WHERE c.id = ? AND a.email = ?",
                                    id,
                                    DemoAccounts.MORGAN)
                            == 1;
            assertEquals(mine ? 200 : 404, page.statusCode(), "client " + id);
        }
        assertEquals(404, morgan.get("counselor/client.xhtml?id=abc").statusCode());
        assertEquals(404, morgan.get("counselor/client.xhtml?id=-1").statusCode());
        assertEquals(404, morgan.get("counselor/client.xhtml").statusCode());
    }

    @Test
    void everyPageIsInTheTable() throws IOException {
        Path webapp = Path.of("src", "main", "webapp");
        Set<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages =
                    files.filter(f -> f.toString().endsWith(".xhtml"))
                            .map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                            .filter(p -> !p.startsWith("WEB-INF/") && !p.startsWith("resources/"))
                            .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> inTable =
                rows().stream()
                        .map(r -> r[0].replaceAll("\\?.*", ""))
                        .collect(Collectors.toCollection(TreeSet::new));
        pages.removeAll(inTable);
        assertTrue(pages.isEmpty(), "pages without access rules in AccessMatrixIT: " + pages);
    }

    private static List<String[]> rows() {
        return MATRIX.lines()
                .skip(1)
                .filter(l -> !l.isBlank())
                .map(l -> Stream.of(l.split("\\|")).map(String::strip).toArray(String[]::new))
                .toList();
    }

    private static String outcome(HttpResponse<String> response) {
        if (WebSession.isRedirect(response)) {
            String target = WebSession.location(response);
            return target.startsWith("login.xhtml") ? "login" : "home";
        }
        return String.valueOf(response.statusCode());
    }

    private static long clientId(String email) {
        return TestAccounts.count("SELECT id FROM client WHERE email = ?", email);
    }
}
