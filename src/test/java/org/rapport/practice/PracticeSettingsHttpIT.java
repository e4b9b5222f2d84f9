package org.rapport.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * The administrator's practice settings page over HTTP, on the shared running Rapport: what an
 * administrator saves is used at once (the practice's name on the portal and in a PDF, a new room
 * offered when booking, the crisis notice in the portal, the reminders' lead time), bad input gets
 * messages next to its fields and saves nothing, each change is audited, and a counselor cannot
 * open the page. Each test puts the settings back as it found them.
 */
class PracticeSettingsHttpIT {

    private static final String PAGE = "admin/settings.xhtml";
    private final String run = Long.toString(System.nanoTime() % 1_000_000);

    @Test
    void whatAnAdministratorSavesIsUsedAtOnce() {
        WebSession admin = new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        HttpResponse<String> page = admin.open(PAGE);
        assertEquals(200, page.statusCode());
        Map<String, String> before = fields(Jsoup.parse(page.body()));
        long audited =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM audit_event WHERE record_type = 'PracticeSettings'");
        String name = "Harbor Street Counseling " + run;
        String room = "Garden room " + run;
        String crisis =
                "In danger right now? Call 112 or go to the nearest emergency department "
                        + run
                        + ".";
        int lead = Integer.parseInt(before.get("reminderHours")) - 1;
        try {
            Map<String, String> changed = new LinkedHashMap<>(before);
            changed.put("practiceName", name);
            changed.put("rooms", before.get("rooms") + "\n" + room);
            changed.put("crisisText", crisis);
            changed.put("reminderHours", String.valueOf(lead));
            HttpResponse<String> saved = admin.submitOn(page, PAGE, "settings", "save", changed);
            assertEquals(200, saved.statusCode());
            assertTrue(saved.body().contains("Settings saved."), saved.body());
            assertTrue(
                    Jsoup.parse(saved.body())
                            .select("#settings\\:last-saved")
                            .text()
                            .startsWith("Last saved by Robin Park"));

            // a client sees the crisis notice and the practice's name on the portal
            WebSession alex = new WebSession().signedInAs(DemoAccounts.ALEX, DemoAccounts.PASSWORD);
            Document portal = Jsoup.parse(alex.open("portal/index.xhtml").body());
            assertEquals(crisis, portal.select("#crisis-notice").text());
            assertEquals(name, portal.select("#practice-name").text());

            // the counselor's booking form offers the new room; the chart PDF carries the new name
            WebSession morgan =
                    new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
            Document booking = Jsoup.parse(morgan.open("counselor/appointment.xhtml").body());
            assertTrue(
                    booking.select("#practice-rooms option").eachAttr("value").contains(room),
                    booking.select("#practice-rooms").outerHtml());
            assertEquals("practice-rooms", booking.select("#appointment\\:room").attr("list"));
            long alexId =
                    TestAccounts.count(
                            "SELECT id FROM client WHERE legal_name = 'Alexandra Rivera'");
            String pdf = text(morgan.download("counselor/chart.pdf?client=" + alexId).body());
            assertTrue(pdf.contains(name), "the chart PDF names the practice as saved");

            // the reminders of sessions ahead follow the new lead time
            assertEquals(
                    0,
                    TestAccounts.count(
                            "SELECT COUNT(*) FROM appointment WHERE status = 'SCHEDULED'"
                                    + " AND reminder_sent_at IS NULL AND starts_at > UTC_TIMESTAMP() + INTERVAL 2 DAY"
                                    + " AND reminder_due_at <> starts_at - INTERVAL ? HOUR",
                            lead),
                    "every reminder ahead moved");
            assertTrue(
                    TestAccounts.count(
                                    "SELECT COUNT(*) FROM appointment WHERE status = 'SCHEDULED'"
                                            + " AND reminder_sent_at IS NULL AND starts_at > UTC_TIMESTAMP() + INTERVAL 2 DAY")
                            > 0);

            // each change in the audit trail, from what to what
            assertEquals(
                    audited + 4,
                    TestAccounts.count(
                            "SELECT COUNT(*) FROM audit_event"
                                    + " WHERE record_type = 'PracticeSettings'"),
                    "one row per changed setting");
            assertEquals(
                    1,
                    TestAccounts.count(
                            "SELECT COUNT(*) FROM audit_event WHERE record_type = 'PracticeSettings'"
                                    + " AND action = 'UPDATE' AND actor = ? AND detail = ?",
                            DemoAccounts.ADMIN,
                            "Practice name: “"
                                    + before.get("practiceName")
                                    + "” → “"
                                    + name
                                    + "”"));
            assertEquals(
                    1,
                    TestAccounts.count(
                            "SELECT COUNT(*) FROM audit_event WHERE record_type = 'PracticeSettings'"
                                    + " AND detail = ?",
                            "Rooms: added “" + room + "”"));
        } finally {
            HttpResponse<String> again = admin.open(PAGE);
            HttpResponse<String> restored = admin.submitOn(again, PAGE, "settings", "save", before);
            assertTrue(restored.body().contains("Settings saved."), restored.body());
        }
        WebSession alex = new WebSession().signedInAs(DemoAccounts.ALEX, DemoAccounts.PASSWORD);
        assertFalse(alex.open("portal/index.xhtml").body().contains(run), "put back as it was");
    }

    @Test
    void badInputGetsMessagesNextToItsFieldsAndSavesNothing() {
        WebSession admin = new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        HttpResponse<String> page = admin.open(PAGE);
        Map<String, String> before = fields(Jsoup.parse(page.body()));
        long audited =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM audit_event WHERE record_type = 'PracticeSettings'");

        Map<String, String> bad = new LinkedHashMap<>(before);
        bad.put("practiceName", "  ");
        bad.put("dayStartsHour_input", "18");
        bad.put("dayEndsHour_input", "9");
        bad.put("rooms", "Room 1\nBlue room\nroom 1");
        bad.put("crisisText", "x".repeat(601));
        bad.put("reminderHours", "0");
        HttpResponse<String> refused = admin.submitOn(page, PAGE, "settings", "save", bad);
        assertEquals(200, refused.statusCode());
        Document shown = Jsoup.parse(refused.body());
        assertEquals(
                "Enter the practice's name.",
                shown.select("#settings\\:practiceName-message").text());
        assertEquals(
                "The working day must end after it starts (18:00).",
                shown.select("#settings\\:dayEndsHour-message").text());
        assertEquals(
                "“room 1” is listed twice: give each room its own name.",
                shown.select("#settings\\:rooms-message").text());
        assertEquals(
                "Keep the crisis text to 600 characters (it has 601).",
                shown.select("#settings\\:crisisText-message").text());
        assertTrue(
                shown.select("#settings\\:reminderHours-message")
                        .text()
                        .startsWith("Enter how many hours"));
        assertEquals(
                "x".repeat(601),
                shown.select("#settings\\:crisisText").text(),
                "what was typed stays");
        assertFalse(refused.body().contains("Settings saved."));

        Map<String, String> badZone = new LinkedHashMap<>(before);
        badZone.put("timeZone_input", "Mars/Olympus_Mons");
        HttpResponse<String> zone =
                admin.submitOn(admin.open(PAGE), PAGE, "settings", "save", badZone);
        assertEquals(200, zone.statusCode());
        assertFalse(
                Jsoup.parse(zone.body()).select("#settings\\:timeZone-message").text().isEmpty(),
                zone.body());
        assertFalse(zone.body().contains("Settings saved."));

        Map<String, String> longName = new LinkedHashMap<>(before);
        longName.put("practiceName", "N".repeat(121));
        Document tooLong =
                Jsoup.parse(
                        admin.submitOn(admin.open(PAGE), PAGE, "settings", "save", longName)
                                .body());
        assertEquals(
                "Keep the name to 120 characters (it has 121).",
                tooLong.select("#settings\\:practiceName-message").text());
        assertEquals("N".repeat(121), tooLong.select("#settings\\:practiceName").val());

        assertEquals(before, fields(Jsoup.parse(admin.open(PAGE).body())), "nothing was saved");
        assertEquals(
                audited,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM audit_event WHERE record_type = 'PracticeSettings'"));
    }

    @Test
    void aSaveOverAnotherAdministratorsNewerOneIsRefusedAndShowsTheirs() {
        WebSession first = new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        WebSession second = new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        HttpResponse<String> firstPage = first.open(PAGE);
        HttpResponse<String> secondPage = second.open(PAGE);
        Map<String, String> before = fields(Jsoup.parse(firstPage.body()));
        try {
            Map<String, String> theirs = new LinkedHashMap<>(before);
            theirs.put("practiceName", "Theirs " + run);
            assertTrue(
                    second.submitOn(secondPage, PAGE, "settings", "save", theirs)
                            .body()
                            .contains("Settings saved."));
            Map<String, String> mine = new LinkedHashMap<>(before);
            mine.put("practiceName", "Mine " + run);
            Document refused =
                    Jsoup.parse(first.submitOn(firstPage, PAGE, "settings", "save", mine).body());
            assertTrue(
                    refused.select("#settings\\:messages")
                            .text()
                            .contains("saved the settings while you were editing"),
                    refused.select("#settings\\:messages").text());
            assertEquals(
                    "Theirs " + run,
                    refused.select("#settings\\:practiceName").val(),
                    "their values are shown");
            assertEquals(
                    "Theirs " + run,
                    fields(Jsoup.parse(first.open(PAGE).body())).get("practiceName"),
                    "nothing of mine was saved");
        } finally {
            assertTrue(
                    first.submitOn(first.open(PAGE), PAGE, "settings", "save", before)
                            .body()
                            .contains("Settings saved."));
        }
    }

    @Test
    void onlyAnAdministratorOpensTheSettings() {
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        assertEquals(403, morgan.get(PAGE).statusCode());
        assertFalse(
                morgan.open("counselor/home.xhtml").body().contains("nav-settings"),
                "no menu entry either");
        WebSession alex = new WebSession().signedInAs(DemoAccounts.ALEX, DemoAccounts.PASSWORD);
        assertEquals(403, alex.get(PAGE).statusCode());
        WebSession admin = new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        Document home = Jsoup.parse(admin.open("counselor/home.xhtml").body());
        assertEquals(
                "Settings",
                home.select("#nav-settings").text(),
                "the administrator's menu leads to the page");
    }

    /** The form's fields as the page shows them, named as it posts them. */
    private static Map<String, String> fields(Document page) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("practiceName", page.select("#settings\\:practiceName").val());
        fields.put(
                "timeZone_input", page.select("#settings\\:timeZone_input option[selected]").val());
        fields.put(
                "dayStartsHour_input",
                page.select("#settings\\:dayStartsHour_input option[selected]").val());
        fields.put(
                "dayEndsHour_input",
                page.select("#settings\\:dayEndsHour_input option[selected]").val());
        fields.put(
                "rooms",
                page.select("#settings\\:rooms").text().isEmpty()
                        ? ""
                        : page.select("#settings\\:rooms").first().wholeText().strip());
        fields.put("crisisText", page.select("#settings\\:crisisText").first().wholeText().strip());
        fields.put("reminderHours", page.select("#settings\\:reminderHours").val());
        fields.values()
                .forEach(
                        value ->
                                assertFalse(
                                        value == null, "every field is on the page: " + fields));
        return fields;
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
