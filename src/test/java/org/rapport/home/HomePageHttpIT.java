package org.rapport.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * A counselor signs in and lands on the day: today's and tomorrow's sessions, the notes still to
 * write, the check-ins and measures sent this week, and the alerts nobody acknowledged yet at the
 * top (never in the portal); an administrator lands on the practice's figures. The figures are
 * checked against the database (the practice's zone is UTC in the tests).
 */
class HomePageHttpIT {

    @Test
    void aCounselorLandsOnTodayWithTheirSessionsNotesToWriteAndWhatClientsSent() {
        WebSession morgan = new WebSession();
        HttpResponse<String> signedIn = morgan.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        assertTrue(
                WebSession.location(signedIn).endsWith("counselor/home.xhtml"),
                WebSession.location(signedIn));
        HttpResponse<String> page = morgan.get("counselor/home.xhtml");
        assertEquals(200, page.statusCode());
        Document home = Jsoup.parse(page.body());
        long me = TestAccounts.id(DemoAccounts.MORGAN);

        assertEquals(
                TestAccounts.count(
                        "SELECT COUNT(*) FROM appointment WHERE counselor_id = ? AND starts_at >= UTC_DATE()"
                                + " AND starts_at < UTC_DATE() + INTERVAL 1 DAY",
                        me),
                home.select("#today li.home-session").size(),
                "today's sessions: " + home.select("#today").text());
        assertEquals(
                TestAccounts.count(
                        "SELECT COUNT(*) FROM appointment WHERE counselor_id = ? AND starts_at >= UTC_DATE()"
                                + " + INTERVAL 1 DAY AND starts_at < UTC_DATE() + INTERVAL 2 DAY",
                        me),
                home.select("#tomorrow li.home-session").size(),
                "tomorrow's: " + home.select("#tomorrow").text());
        long unwritten =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM appointment WHERE counselor_id = ? AND (status = 'COMPLETED'"
                                + " OR status = 'SCHEDULED' AND ends_at <= UTC_TIMESTAMP()) AND note_signed = FALSE",
                        me);
        String notes = home.select("#notes-to-write").text();
        assertTrue(
                unwritten == 0 ? notes.contains("None") : notes.contains(unwritten + " session"),
                notes);
        long answered =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM checkin_response r JOIN checkin_assignment a ON a.id ="
                                + " r.assignment_id WHERE a.counselor_id = ? AND r.submitted_at >= UTC_TIMESTAMP() - INTERVAL 7 DAY",
                        me);
        assertEquals(
                Math.min(answered, 30),
                home.select("#answered li").size(),
                home.select("#answered").text());
        assertTrue(
                TestAccounts.count(
                                "SELECT COUNT(*) FROM audit_event WHERE account_id = ? AND action = 'VIEW'"
                                        + " AND record_type = 'Calendar' AND occurred_at >= UTC_TIMESTAMP() - INTERVAL 1 MINUTE",
                                me)
                        > 0,
                "reading the day's sessions is audited");
    }

    @Test
    void theDemosAlertIsAtTheTopForSamsCounselorOnlyAndNeverInThePortal() {
        long sam = TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Samuel Okafor'");
        assertTrue(
                TestAccounts.count(
                                "SELECT COUNT(*) FROM measure_alert WHERE client_id = ? AND kind = 'BAND_RISE'",
                                sam)
                        > 0,
                "the demo's GAD-7 rose into a higher band: raised when Sam sent it");
        Document home =
                Jsoup.parse(
                        new WebSession()
                                .signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD)
                                .get("counselor/home.xhtml")
                                .body());
        String attention = home.select("#attention").text();
        assertTrue(
                attention.contains("Higher severity")
                        && attention.contains("GAD-7 total rose from 6 (Mild) to 11 (Moderate)"),
                attention);
        assertTrue(
                home.select("#attention a").stream()
                        .anyMatch(a -> a.attr("href").contains("client.xhtml?id=" + sam)),
                "the alert links to the chart");

        Document jordans =
                Jsoup.parse(
                        new WebSession()
                                .signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD)
                                .get("counselor/home.xhtml")
                                .body());
        assertFalse(
                jordans.text().contains("GAD-7 total rose"),
                "not on another counselor's home page");
        for (String client : new String[] {DemoAccounts.SAM, DemoAccounts.ALEX}) {
            WebSession portal = new WebSession().signedInAs(client, DemoAccounts.PASSWORD);
            for (String page : new String[] {"portal/index.xhtml", "portal/history.xhtml"}) {
                String body = portal.get(page).body();
                assertFalse(
                        body.contains("GAD-7 total rose") || body.contains("Higher severity"),
                        client + " " + page);
            }
        }
    }

    @Test
    void answersToReadAreThoseSentSinceTheCounselorLastOpenedTheChart() {
        long sam = TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Samuel Okafor'");
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        assertEquals(200, morgan.get("counselor/client.xhtml?id=" + sam).statusCode());
        assertTrue(
                Jsoup.parse(morgan.get("counselor/home.xhtml").body()).select("#to-read a").stream()
                        .noneMatch(a -> a.attr("href").contains("client.xhtml?id=" + sam)),
                "opening Sam's chart read what Sam had sent");
        long gad =
                TestAccounts.count(
                        "SELECT MAX(a.id) FROM checkin_assignment a JOIN questionnaire q ON q.id ="
                                + " a.questionnaire_id WHERE a.client_id = ? AND q.slug = 'gad-7'",
                        sam);
        TestAccounts.update(
                "INSERT INTO checkin_response (assignment_id, client_id, due_on, submitted_at)"
                        + " VALUES (?, ?, UTC_DATE(), UTC_TIMESTAMP() + INTERVAL 2 SECOND)",
                gad,
                sam);
        Document home = Jsoup.parse(morgan.get("counselor/home.xhtml").body());
        String line =
                home.select("#to-read li").stream()
                        .filter(
                                li ->
                                        li.select("a")
                                                .attr("href")
                                                .contains("client.xhtml?id=" + sam))
                        .map(Element::text)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(home.select("#to-read").text()));
        assertTrue(line.contains("1 check-in or measure"), line);
        Document jordans =
                Jsoup.parse(
                        new WebSession()
                                .signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD)
                                .get("counselor/home.xhtml")
                                .body());
        assertTrue(
                jordans.select("#to-read a").stream()
                        .noneMatch(a -> a.attr("href").contains("client.xhtml?id=" + sam)),
                "not another counselor's to read");
    }

    @Test
    void aSessionNobodyMarkedCountsAsHeldAndOneClickRecordsANoShowWithAnUndo() {
        long morgan = TestAccounts.id(DemoAccounts.MORGAN);
        long priya = TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Priya Shah'");
        // today, over a second ago, never marked (from midnight at the earliest: it must be
        // today's)
        TestAccounts.update(
                "INSERT INTO appointment (counselor_id, client_id, starts_at, ends_at, kind, modality, status,"
                        + " created_at, version) VALUES (?, ?, GREATEST(UTC_DATE(), UTC_TIMESTAMP() - INTERVAL 50 MINUTE),"
                        + " UTC_TIMESTAMP() - INTERVAL 1 SECOND, 'INDIVIDUAL', 'IN_PERSON', 'SCHEDULED', UTC_TIMESTAMP(), 0)",
                morgan,
                priya);
        long session =
                TestAccounts.count("SELECT MAX(id) FROM appointment WHERE client_id = ?", priya);
        TestAccounts.update(
                "INSERT INTO appointment_attendee (appointment_id, client_id) VALUES (?, ?)",
                session,
                priya);
        String owed =
                "SELECT COUNT(*) FROM appointment WHERE counselor_id = ? AND (status = 'COMPLETED'"
                        + " OR status = 'SCHEDULED' AND ends_at <= UTC_TIMESTAMP()) AND note_signed = FALSE";
        long before = TestAccounts.count(owed, morgan);

        WebSession counselor =
                new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        HttpResponse<String> page = counselor.get("counselor/home.xhtml");
        Document home = Jsoup.parse(page.body());
        Element row =
                home.select("#today li.home-session").stream()
                        .filter(li -> li.text().contains("Priya"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(home.select("#today").text()));
        assertTrue(row.text().contains("Held"), "over and unmarked: held, " + row.text());
        assertTrue(
                home.select("#notes-to-write").text().contains(before + " session"),
                home.select("#notes-to-write").text());
        Element noShow = row.select("a.home-no-show").first();
        assertTrue(
                noShow != null,
                "a held session can be marked a no-show from the home page: " + row);

        HttpResponse<String> marked =
                counselor.ajaxOn(
                        page,
                        "home",
                        noShow.id(),
                        null,
                        "home",
                        java.util.Map.of(noShow.id(), noShow.id()));
        assertEquals(200, marked.statusCode());
        assertTrue(marked.body().contains("marked as a no-show"), marked.body());
        assertEquals(
                "NO_SHOW",
                TestAccounts.strings("SELECT status FROM appointment WHERE id = ?", session)
                        .get(0));
        assertEquals(
                before - 1, TestAccounts.count(owed, morgan), "a no-show has no note to write");

        HttpResponse<String> undone =
                counselor.ajaxOn(
                        page, "home", "undo", null, "home", java.util.Map.of("undo", "undo"));
        assertTrue(undone.body().contains("counts as held again"), undone.body());
        assertEquals(
                "SCHEDULED",
                TestAccounts.strings("SELECT status FROM appointment WHERE id = ?", session)
                        .get(0));
        TestAccounts.update(
                "UPDATE appointment SET status = 'CANCELLED_BY_COUNSELOR' WHERE id = ?", session);
    }

    @Test
    void anAdministratorLandsOnThePracticesFiguresPerCounselor() {
        WebSession admin = new WebSession();
        HttpResponse<String> signedIn = admin.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        assertTrue(
                WebSession.location(signedIn).endsWith("counselor/home.xhtml"),
                WebSession.location(signedIn));
        Document home = Jsoup.parse(admin.get("counselor/home.xhtml").body());
        assertTrue(
                home.select("#today").isEmpty(), "an administrator has no sessions of their own");
        long morgan = TestAccounts.id(DemoAccounts.MORGAN);
        Element row =
                home.select("#practice-figures tbody tr").stream()
                        .filter(r -> r.text().startsWith("Morgan Lee"))
                        .findFirst()
                        .orElseThrow(
                                () -> new AssertionError(home.select("#practice-figures").text()));
        String monday = "UTC_DATE() - INTERVAL WEEKDAY(UTC_DATE()) DAY";
        long week =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM appointment WHERE counselor_id = ? AND starts_at >= "
                                + monday
                                + " AND starts_at < "
                                + monday
                                + " + INTERVAL 7 DAY AND status IN ('SCHEDULED', 'COMPLETED', 'NO_SHOW')",
                        morgan);
        long noShows =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM appointment WHERE counselor_id = ? AND status = 'NO_SHOW'"
                                + " AND starts_at >= UTC_TIMESTAMP() - INTERVAL 30 DAY AND ends_at <= UTC_TIMESTAMP()",
                        morgan);
        long notes =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM appointment WHERE counselor_id = ? AND (status = 'COMPLETED'"
                                + " OR status = 'SCHEDULED' AND ends_at <= UTC_TIMESTAMP()) AND note_signed = FALSE",
                        morgan);
        List<String> cells = row.select("td").eachText();
        assertEquals(String.valueOf(week), cells.get(0), "sessions this week: " + row.text());
        assertEquals(String.valueOf(noShows), cells.get(2), "no-shows of 30 days: " + row.text());
        assertEquals(String.valueOf(notes), cells.get(5), "notes to write: " + row.text());
    }
}
