package org.rapport.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * A counselor signs in and lands on the day: today's and tomorrow's sessions, the notes still to write, the
 * check-ins and measures sent this week, and a PHQ-9 whose item 9 (thoughts of self-harm) is above 0 at the top.
 * The figures are checked against the database (the practice's zone is UTC in the tests).
 */
class HomePageHttpIT {

    @Test
    void aCounselorLandsOnTodayWithTheirSessionsNotesToWriteAndWhatClientsSent() {
        WebSession morgan = new WebSession();
        HttpResponse<String> signedIn = morgan.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        assertTrue(WebSession.location(signedIn).endsWith("counselor/home.xhtml"), WebSession.location(signedIn));
        HttpResponse<String> page = morgan.get("counselor/home.xhtml");
        assertEquals(200, page.statusCode());
        Document home = Jsoup.parse(page.body());
        long me = TestAccounts.id(DemoAccounts.MORGAN);

        assertEquals(TestAccounts.count("SELECT COUNT(*) FROM appointment WHERE counselor_id = ? AND starts_at >= UTC_DATE()"
                + " AND starts_at < UTC_DATE() + INTERVAL 1 DAY", me), home.select("#today li.home-session").size(),
                "today's sessions: " + home.select("#today").text());
        assertEquals(TestAccounts.count("SELECT COUNT(*) FROM appointment WHERE counselor_id = ? AND starts_at >= UTC_DATE()"
                + " + INTERVAL 1 DAY AND starts_at < UTC_DATE() + INTERVAL 2 DAY", me),
                home.select("#tomorrow li.home-session").size(), "tomorrow's: " + home.select("#tomorrow").text());
        long unwritten = TestAccounts.count("SELECT COUNT(*) FROM appointment WHERE counselor_id = ? AND status = 'COMPLETED'"
                + " AND note_signed = FALSE", me);
        String notes = home.select("#notes-to-write").text();
        assertTrue(unwritten == 0 ? notes.contains("None") : notes.contains(unwritten + " completed session"), notes);
        long answered = TestAccounts.count("SELECT COUNT(*) FROM checkin_response r JOIN checkin_assignment a ON a.id ="
                + " r.assignment_id WHERE a.counselor_id = ? AND r.submitted_at >= UTC_TIMESTAMP() - INTERVAL 7 DAY", me);
        assertEquals(Math.min(answered, 30), home.select("#answered li").size(), home.select("#answered").text());
        assertTrue(TestAccounts.count("SELECT COUNT(*) FROM audit_event WHERE account_id = ? AND action = 'VIEW'"
                + " AND record_type = 'Calendar' AND occurred_at >= UTC_TIMESTAMP() - INTERVAL 1 MINUTE", me) > 0,
                "reading the day's sessions is audited");
    }

    @Test
    void aPhq9WithThoughtsOfSelfHarmAboveNotAtAllIsAtTheTopForTheCounselorOnly() {
        long morgan = TestAccounts.id(DemoAccounts.MORGAN);
        long taylor = TestAccounts.count("SELECT c.id FROM client c JOIN account a ON a.id = c.portal_account_id"
                + " WHERE a.email = ?", DemoAccounts.TAYLOR);
        TestAccounts.update("INSERT INTO checkin_assignment (questionnaire_id, counselor_id, client_id, starts_on, weeks,"
                + " created_at) SELECT id, ?, ?, UTC_DATE(), 1, UTC_TIMESTAMP() FROM questionnaire WHERE slug = 'phq-9'",
                morgan, taylor);
        long assignment = TestAccounts.count("SELECT MAX(id) FROM checkin_assignment WHERE client_id = ?", taylor);
        TestAccounts.update("INSERT INTO checkin_response (assignment_id, client_id, due_on, submitted_at)"
                + " VALUES (?, ?, UTC_DATE(), UTC_TIMESTAMP())", assignment, taylor);
        long response = TestAccounts.count("SELECT MAX(id) FROM checkin_response WHERE assignment_id = ?", assignment);
        // items 1–8 "several days" (1), item 9 "several days" (1), the difficulty question "somewhat" (1): total 9
        TestAccounts.update("INSERT INTO checkin_answer (response_id, item_id, scale_value) SELECT ?, i.id, 1"
                + " FROM questionnaire_item i JOIN questionnaire q ON q.id = i.questionnaire_id WHERE q.slug = 'phq-9'",
                response);

        Document home = Jsoup.parse(new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD)
                .get("counselor/home.xhtml").body());
        String attention = home.select("#attention").text();
        assertTrue(attention.contains("self-harm") && attention.contains("9.0") && attention.contains("Mild"), attention);
        assertTrue(home.select("#attention a").stream().anyMatch(a -> a.attr("href").contains("client.xhtml?id=" + taylor)),
                "the alert links to the chart");
        assertTrue(home.select("#answered li.home-alert").text().contains("PHQ-9, 9.0 (Mild)"), home.select("#answered").text());
    }
}
