package org.rapport.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
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
 * The PDF exports over HTTP, read back with PDFBox: what they hold (signatures, addenda, the practice),
 * what they never hold (the counselor's private note), who may download them, and the audit.
 */
class NotePdfHttpIT {

    private static final Pattern PRIVATE_NOTE = Pattern.compile(
            "<textarea id=\"private:processNote\"[^>]*>(.*?)</textarea>", Pattern.DOTALL);

    @Test
    void theChartPdfHoldsTheSignedRecordAndNeverThePrivateNote() {
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        long alex = TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Alexandra Rivera'");
        long withPrivateNote = TestAccounts.count("SELECT n.appointment_id FROM process_note p"
                + " JOIN session_note n ON n.id = p.note_id JOIN appointment a ON a.id = n.appointment_id"
                + " JOIN account k ON k.id = a.counselor_id WHERE k.email = ? ORDER BY p.id LIMIT 1", DemoAccounts.MORGAN);
        String notePage = morgan.open("counselor/note.xhtml?appointment=" + withPrivateNote).body();
        Matcher privateNote = PRIVATE_NOTE.matcher(notePage);
        assertTrue(privateNote.find(), "the author sees their private note on the note page");
        String privateStart = unescape(privateNote.group(1)).strip();
        privateStart = privateStart.substring(0, Math.min(30, privateStart.length()));
        assertFalse(privateStart.isBlank());

        long exportsBefore = exports(DemoAccounts.MORGAN);
        HttpResponse<byte[]> chart = morgan.download("counselor/chart.pdf?client=" + alex);
        assertEquals(200, chart.statusCode());
        assertEquals("application/pdf", chart.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String text = text(chart.body());
        assertTrue(text.contains("Clinical record: Alexandra Rivera"), text);
        assertTrue(text.contains("Harbor Street Counseling"), "the practice's name is on every page");
        assertTrue(text.contains("Signed by Morgan Lee"), text);
        assertTrue(text.contains("Content hash (SHA-256)"), text);
        assertTrue(text.contains("Addendum by Morgan Lee"), "the addenda are printed under their note");
        assertTrue(text.contains("Couple session, Alex & Sam"), "the couple's joint notes are part of Alex's chart");
        assertFalse(text.contains("DRAFT"), "drafts are not part of the chart's record");
        assertFalse(text.contains(privateStart), "the private note is never exported");
        assertEquals(exportsBefore + 1, exports(DemoAccounts.MORGAN), "the export is audited");

        long noteId = TestAccounts.count("SELECT id FROM session_note WHERE appointment_id = ?", withPrivateNote);
        String one = text(morgan.download("counselor/note.pdf?id=" + noteId).body());
        assertTrue(one.contains("Session note"), one);
        assertFalse(one.contains(privateStart), "not in the single note's PDF either");

        WebSession admin = new WebSession().signedInAs(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        String adminsPage = admin.open("counselor/note.xhtml?appointment=" + withPrivateNote).body();
        assertTrue(adminsPage.contains("Unchanged since signing"), "an administrator reads the signed note");
        assertFalse(adminsPage.contains("private:processNote"), "but not the counselor's private note");
    }

    @Test
    void onlyThoseWhoMayReadTheNotesCanDownloadThem() {
        long alex = TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Alexandra Rivera'");
        long noteId = TestAccounts.count("SELECT MIN(n.id) FROM session_note n JOIN client c ON c.id = n.client_id"
                + " WHERE c.legal_name = 'Alexandra Rivera'");
        WebSession jordan = new WebSession().signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD);
        assertEquals(404, jordan.download("counselor/chart.pdf?client=" + alex).statusCode());
        assertEquals(404, jordan.download("counselor/note.pdf?id=" + noteId).statusCode());
        assertEquals(404, jordan.download("counselor/note.pdf?id=abc").statusCode());
        WebSession client = new WebSession().signedInAs(DemoAccounts.ALEX, DemoAccounts.PASSWORD);
        assertEquals(403, client.download("counselor/chart.pdf?client=" + alex).statusCode(),
                "a client never downloads notes, not even their own");
        assertTrue(WebSession.isRedirect(new WebSession().get("counselor/note.pdf?id=" + noteId)),
                "without signing in: to the sign-in page");
    }

    private static long exports(String email) {
        return TestAccounts.count("SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT' AND actor = ?", email);
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
