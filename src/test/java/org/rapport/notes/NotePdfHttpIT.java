package org.rapport.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * The PDF exports over HTTP, read back with PDFBox: what they hold (signatures, addenda, the
 * practice), what they never hold (the counselor's private note), who may download them, and the
 * audit.
 */
class NotePdfHttpIT {

    private static final Pattern PRIVATE_NOTE =
            Pattern.compile(
                    "<textarea id=\"private:processNote\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);

    @Test
    void theChartPdfHoldsTheSignedRecordAndNeverThePrivateNote() {
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        long alex =
                TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Alexandra Rivera'");
        long withPrivateNote =
                TestAccounts.count(
                        "SELECT n.appointment_id FROM process_note p"
                                + " JOIN session_note n ON n.id = p.note_id JOIN appointment a ON a.id = n.appointment_id"
                                + " JOIN account k ON k.id = a.counselor_id WHERE k.email = ? ORDER BY p.id LIMIT 1",
                        DemoAccounts.MORGAN);
        String notePage = morgan.open("counselor/note.xhtml?appointment=" + withPrivateNote).body();
        Matcher privateNote = PRIVATE_NOTE.matcher(notePage);
        assertTrue(privateNote.find(), "the author sees their private note on the note page");
        String privateStart = unescape(privateNote.group(1)).strip();
        privateStart = privateStart.substring(0, Math.min(30, privateStart.length()));
        assertFalse(privateStart.isBlank());

        long exportsBefore = exports(DemoAccounts.MORGAN);
        HttpResponse<byte[]> chart =
                morgan.download("counselor/chart.pdf?client=" + alex + "&couple-notes=include");
        assertEquals(200, chart.statusCode());
        assertEquals(
                "application/pdf",
                chart.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String text = text(chart.body());
        assertTrue(text.contains("Clinical record: Alexandra Rivera"), text);
        assertTrue(
                text.contains("Harbor Street Counseling"), "the practice's name is on every page");
        assertTrue(text.contains("Signed by Morgan Lee"), text);
        assertTrue(text.contains("Content hash (SHA-256)"), text);
        assertTrue(
                text.contains("Addendum by Morgan Lee"),
                "the addenda are printed under their note");
        assertTrue(
                text.contains("Couple session, Alex & Sam"),
                "the couple's joint notes are part of Alex's chart");
        assertFalse(text.contains("DRAFT"), "drafts are not part of the chart's record");
        assertFalse(text.contains(privateStart), "the private note is never exported");
        assertEquals(exportsBefore + 1, exports(DemoAccounts.MORGAN), "the export is audited");

        long noteId =
                TestAccounts.count(
                        "SELECT id FROM session_note WHERE appointment_id = ?", withPrivateNote);
        String one = text(morgan.download("counselor/note.pdf?id=" + noteId).body());
        assertTrue(one.contains("Session note"), one);
        assertFalse(one.contains(privateStart), "not in the single note's PDF either");

        WebSession admin = new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        String adminsPage =
                admin.open("counselor/note.xhtml?appointment=" + withPrivateNote).body();
        assertTrue(
                adminsPage.contains("Unchanged since signing"),
                "an administrator reads the signed note");
        assertFalse(
                adminsPage.contains("private:processNote"), "but not the counselor's private note");
    }

    @Test
    void onlyThoseWhoMayReadTheNotesCanDownloadThem() {
        long alex =
                TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Alexandra Rivera'");
        long noteId =
                TestAccounts.count(
                        "SELECT MIN(n.id) FROM session_note n JOIN client c ON c.id = n.client_id"
                                + " WHERE c.legal_name = 'Alexandra Rivera'");
        WebSession jordan = new WebSession().signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD);
        assertEquals(404, jordan.download("counselor/chart.pdf?client=" + alex).statusCode());
        assertEquals(404, jordan.download("counselor/note.pdf?id=" + noteId).statusCode());
        assertEquals(404, jordan.download("counselor/note.pdf?id=abc").statusCode());
        WebSession client = new WebSession().signedInAs(DemoAccounts.ALEX, DemoAccounts.PASSWORD);
        assertEquals(
                403,
                client.download("counselor/chart.pdf?client=" + alex).statusCode(),
                "a client never downloads notes, not even their own");
        assertTrue(
                WebSession.isRedirect(new WebSession().get("counselor/note.pdf?id=" + noteId)),
                "without signing in: to the sign-in page");
    }

    @Test
    void theNotePdfNamesBothPartnersTheSessionTheServiceAndTheDiagnosesAsRecorded() {
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        long note =
                TestAccounts.count(
                        "SELECT MIN(n.id) FROM session_note n JOIN couple p ON p.id = n.couple_id"
                                + " JOIN client c ON c.id = p.partner_one_id OR c.id = p.partner_two_id"
                                + " WHERE c.legal_name = 'Alexandra Rivera' AND n.signed_at IS NOT NULL");
        String text = text(morgan.download("counselor/note.pdf?id=" + note).body());

        assertTrue(text.contains("Alexandra Rivera, date of birth 14 March 1988"), text);
        assertTrue(
                text.contains("Samuel Okafor, date of birth 2 September 1986"),
                "both partners of a couple note");
        assertTrue(
                text.contains(
                        "Alexandra Rivera: F43.23 Adjustment disorder with mixed anxiety and depressed mood"),
                "the diagnosis with its code and words, as recorded on the client: " + text);
        assertTrue(
                text.contains(
                        "Samuel Okafor: Z63.0 Problems in relationship with spouse or partner"),
                text);
        assertTrue(
                text.contains("Service Couple psychotherapy, in person"),
                "the kind of session in words: " + text);
        assertFalse(text.matches(".*\\b9\\d{4}\\b.*"), "no made-up billing code");
        assertTrue(text.contains("Counselor Morgan Lee"), text);
        assertTrue(text.contains("Harbor Street Counseling"), "the practice on the page");
        assertTrue(text.contains("Signed by Morgan Lee on"), "who signed, and when");

        // "Tuesday 17 November 2026, 17:00–17:50 (50 minutes)" in the zone the document states
        Matcher zone = Pattern.compile("Times are the practice's \\(([^)]+)\\)").matcher(text);
        assertTrue(zone.find(), "the document says which time zone its times are in: " + text);
        ZoneId practiceZone =
                ZoneId.getAvailableZoneIds().stream()
                        .filter(
                                id ->
                                        id.equals(zone.group(1))
                                                || id.endsWith(
                                                        "/" + zone.group(1).replace(' ', '_')))
                        .map(ZoneId::of)
                        .findFirst()
                        .orElseThrow();
        LocalDate day =
                LocalDate.parse(
                        TestAccounts.text(
                                "SELECT session_date FROM session_note WHERE id = ?", note));
        long minutes =
                TestAccounts.count("SELECT length_minutes FROM session_note WHERE id = ?", note);
        LocalDateTime start =
                LocalDateTime.parse(
                                TestAccounts.text(
                                        "SELECT DATE_FORMAT(a.starts_at, '%Y-%m-%dT%H:%i:%s')"
                                                + " FROM appointment a JOIN session_note n ON n.appointment_id = a.id WHERE n.id = ?",
                                        note))
                        .atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(practiceZone)
                        .toLocalDateTime();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        String session =
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).format(day)
                        + ", "
                        + time.format(start)
                        + "–"
                        + time.format(start.plusMinutes(minutes))
                        + " ("
                        + minutes
                        + " minutes)";
        assertTrue(text.contains("Session " + session), "expected '" + session + "' in " + text);
    }

    @Test
    void aPartnersChartLeavesTheCoupleSessionsNotesOutUnlessTheCounselorIncludesThem() {
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        long sam = TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Samuel Okafor'");
        long before = TestAccounts.count("SELECT MAX(id) FROM audit_event");

        String plain = text(morgan.download("counselor/chart.pdf?client=" + sam).body());
        assertTrue(
                plain.contains("Date of birth 2 September 1986"),
                "a plain date of birth: " + plain);
        assertFalse(plain.contains("Born "), plain);
        assertTrue(plain.contains("Couple sessions' notes are not included"), plain);
        assertFalse(plain.contains("Couple session, Alex & Sam"), "left out by default");
        assertTrue(
                plain.contains("Diagnosis Z63.0 Problems in relationship with spouse or partner"),
                plain);

        String chosenOut =
                text(
                        morgan.download(
                                        "counselor/chart.pdf?client="
                                                + sam
                                                + "&couple-notes=leave-out")
                                .body());
        assertFalse(chosenOut.contains("Couple session, Alex & Sam"));

        String included =
                text(
                        morgan.download(
                                        "counselor/chart.pdf?client="
                                                + sam
                                                + "&couple-notes=include")
                                .body());
        assertTrue(included.contains("Couple sessions' notes are included"), included);
        assertTrue(
                included.contains("Couple session, Alex & Sam"),
                "included when the counselor chose so");
        Matcher heading =
                Pattern.compile(
                                "(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \\d{1,2} \\w+ \\d{4}, \\d\\d:\\d\\d–\\d\\d:\\d\\d"
                                        + " \\(\\d+ minutes\\) Couple session")
                        .matcher(included);
        assertTrue(
                heading.find(), "each note under its session's date, time and length: " + included);

        java.util.List<String> audited =
                TestAccounts.strings(
                        "SELECT detail FROM audit_event WHERE id > ? AND actor = ?"
                                + " AND action = 'EXPORT' AND client_id = ? ORDER BY id",
                        before,
                        DemoAccounts.MORGAN,
                        sam);
        assertEquals(3, audited.size(), "each export is audited: " + audited);
        assertTrue(audited.get(0).contains("couple sessions' notes left out"), audited.get(0));
        assertTrue(audited.get(1).contains("couple sessions' notes left out"), audited.get(1));
        assertTrue(audited.get(2).contains("couple sessions' notes included"), audited.get(2));
    }

    @Test
    void latinWithAccentsPrintsAsTyped() {
        assertPrinted(
                "Zoë Ångström-Núñez", "Łukasz Żółć brought crème brûlée; Søren's façade cracked.");
    }

    @Test
    void hebrewPrintsAsTyped() {
        assertPrinted("דנה כהן", "היא אמרה שהשבוע היה קשה");
    }

    @Test
    void arabicPrintsItsLetters() {
        assertPrinted("سلمى حداد", "قالت إن الأسبوع كان صعبا");
    }

    @Test
    void emojiPrintInBlackAndWhite() {
        assertPrinted(
                "Sunny Day", "Drew this week's mood as 😀 then 😢 and a 🌱 for a fresh start ❤");
    }

    @Test
    void anEmojiAmidArabicWordsIsNotLost() {
        long note = noteInScript("Noor Haddad", "قالت 😀 اليوم");
        WebSession counselor =
                new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        // each glyph's own text, before PDFBox puts right-to-left lines in reading order (which
        // splits an emoji)
        String glyphs =
                Normalizer.normalize(
                        glyphs(counselor.download("counselor/note.pdf?id=" + note).body()),
                        Normalizer.Form.NFKC);
        assertTrue(glyphs.contains("😀"), "the emoji is drawn: " + glyphs);
        for (char letter : "قالتليوم".toCharArray()) {
            assertTrue(
                    glyphs.indexOf(letter) >= 0, "the letter " + letter + " is drawn: " + glyphs);
        }
    }

    private static String glyphs(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StringBuilder all = new StringBuilder();
            new PDFTextStripper() {
                @Override
                protected void writeString(
                        String text,
                        java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> all.append(p.getUnicode()));
                }
            }.getText(document);
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A client of Morgan's named in a script, a past session and a draft note in it; the note's PDF
     * holds both.
     */
    private static void assertPrinted(String name, String noteText) {
        long note = noteInScript(name, noteText);
        WebSession counselor =
                new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        HttpResponse<byte[]> pdf = counselor.download("counselor/note.pdf?id=" + note);
        assertEquals(200, pdf.statusCode());
        // Arabic comes back in its joined (presentation) forms: NFKC turns them into the letters
        // typed
        String text = Normalizer.normalize(text(pdf.body()), Normalizer.Form.NFKC);
        assertTrue(text.contains("Client " + name), "the client's name as typed: " + text);
        assertTrue(text.contains(noteText), "the note as typed: " + text);
        assertTrue(text.contains("Date of birth 4 May 1990"), text);
    }

    /**
     * A new client of Morgan's with this name, a session three days ago and a draft progress note;
     * its id.
     */
    private static long noteInScript(String name, String noteText) {
        long morgan = TestAccounts.id(DemoAccounts.MORGAN);
        String email = "script" + System.nanoTime() + "@test.invalid";
        TestAccounts.update(
                "INSERT INTO client (legal_name, email, date_of_birth, primary_counselor_id, created_at)"
                        + " VALUES (?, ?, '1990-05-04', ?, UTC_TIMESTAMP())",
                name,
                email,
                morgan);
        long client = TestAccounts.count("SELECT id FROM client WHERE email = ?", email);
        TestAccounts.update(
                "INSERT INTO appointment (counselor_id, client_id, starts_at, ends_at, kind, modality, room,"
                        + " status, created_at, version) VALUES (?, ?, UTC_DATE() - INTERVAL 3 DAY + INTERVAL 10 HOUR,"
                        + " UTC_DATE() - INTERVAL 3 DAY + INTERVAL 650 MINUTE, 'INDIVIDUAL', 'IN_PERSON', 'Room 1', 'SCHEDULED',"
                        + " UTC_TIMESTAMP(), 0)",
                morgan,
                client);
        long session =
                TestAccounts.count("SELECT MAX(id) FROM appointment WHERE client_id = ?", client);
        TestAccounts.update(
                "INSERT INTO appointment_attendee (appointment_id, client_id) VALUES (?, ?)",
                session,
                client);
        TestAccounts.update(
                "INSERT INTO session_note (appointment_id, author_id, client_id, format, session_date,"
                        + " length_minutes, created_at, updated_at) VALUES (?, ?, ?, 'PROGRESS', UTC_DATE() - INTERVAL 3 DAY, 50,"
                        + " UTC_TIMESTAMP(), UTC_TIMESTAMP())",
                session,
                morgan,
                client);
        long note =
                TestAccounts.count("SELECT id FROM session_note WHERE appointment_id = ?", session);
        TestAccounts.update(
                "UPDATE session_note SET section1 = ? WHERE id = ?",
                TestAccounts.sealed("session_note", "section1", note, noteText),
                note);
        return note;
    }

    private static long exports(String email) {
        return TestAccounts.count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT' AND actor = ?", email);
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
