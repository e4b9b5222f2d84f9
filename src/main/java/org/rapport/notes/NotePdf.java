package org.rapport.notes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import org.rapport.clients.Client;

/**
 * Session notes as a PDF: one note, or a client's chart. Each note carries its facts, its sections,
 * its signature with the content hash, and its addenda. Private process notes are never part of it
 * (they are not even loaded for an export).
 */
final class NotePdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final java.awt.Color BRAND = new java.awt.Color(0x23, 0x45, 0x48);
    private static final java.awt.Color MUTED = new java.awt.Color(0x52, 0x60, 0x6d);

    private final BaseFont base;
    private final Font body;
    private final Font small;
    private final Font label;
    private final Font heading;
    private final Font title;
    private final ZoneId zone;

    NotePdf(ZoneId zone) {
        this.zone = zone;
        this.base = unicodeFont();
        this.body = new Font(base, 10.5f);
        this.small = new Font(base, 8.5f, Font.NORMAL, MUTED);
        this.label = new Font(base, 9f, Font.BOLD, MUTED);
        this.heading = new Font(base, 12.5f, Font.BOLD, BRAND);
        this.title = new Font(base, 17f, Font.BOLD, BRAND);
    }

    /** The Liberation Sans font OpenPDF ships, embedded, so any name or text prints as typed. */
    private static BaseFont unicodeFont() {
        try (InputStream in = BaseFont.class.getResourceAsStream("/font-fallback/LiberationSans-Regular.ttf")) {
            if (in == null) {
                return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One note (draft or signed). */
    void note(String practice, SessionNote note, Map<String, String> strategyNames, String by, Instant at, OutputStream out) {
        Document document = open(practice, by, at, out);
        document.add(new Paragraph("Session note", title));
        document.add(new Paragraph(note.getWithName(), heading));
        spacer(document, 6);
        noteBody(document, note, strategyNames);
        document.close();
    }

    /** A client's chart: their signed notes, oldest first. */
    void chart(String practice, Client client, List<SessionNote> notes, Map<String, String> strategyNames, String by,
            Instant at, OutputStream out) {
        Document document = open(practice, by, at, out);
        document.add(new Paragraph("Clinical record: " + client.getLegalName(), title));
        StringBuilder about = new StringBuilder();
        if (client.getDateOfBirth() != null) {
            about.append("Born ").append(DAY.format(client.getDateOfBirth())).append(" · ");
        }
        about.append("Counselor: ").append(client.getPrimaryCounselor().getDisplayName());
        document.add(new Paragraph(about.toString(), body));
        document.add(new Paragraph("The signed notes of this client's individual sessions and of their joint couple"
                + " sessions, oldest first (" + notes.size() + (notes.size() == 1 ? " note" : " notes") + "). Drafts and"
                + " private process notes are not part of the record.", small));
        spacer(document, 8);
        if (notes.isEmpty()) {
            document.add(new Paragraph("No signed notes.", body));
        }
        for (SessionNote note : notes) {
            document.add(new Paragraph(DAY.format(note.getSessionDate()) + " · "
                    + (note.isCoupleNote() ? "Couple session, " + note.getWithName() : "Individual session"), heading));
            spacer(document, 3);
            noteBody(document, note, strategyNames);
            spacer(document, 14);
        }
        document.close();
    }

    private Document open(String practice, String by, Instant at, OutputStream out) {
        Document document = new Document(PageSize.A4, 56, 56, 64, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter w, Document d) {
                Rectangle page = d.getPageSize();
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT,
                        new Phrase(practice + " · Confidential clinical record", small), d.left(), page.getTop() - 36, 0);
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT,
                        new Phrase("Exported by " + by + " on " + MOMENT.format(at.atZone(zone)), small),
                        d.left(), 30, 0);
                ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
                        new Phrase("Page " + w.getPageNumber(), small), d.right(), 30, 0);
            }
        });
        document.addTitle("Session notes");
        document.addCreator("Rapport");
        document.open();
        return document;
    }

    private void noteBody(Document document, SessionNote note, Map<String, String> strategyNames) throws DocumentException {
        PdfPTable facts = new PdfPTable(new float[] {1.1f, 4f});
        facts.setWidthPercentage(100);
        fact(facts, "Session", DAY.format(note.getSessionDate()) + ", " + note.getLengthMinutes() + " minutes");
        fact(facts, "Counselor", note.getAppointment().getCounselor().getDisplayName());
        fact(facts, "Format", note.getFormat().getLabel());
        fact(facts, "Who came", note.getAttendees().stream().sorted(Comparator.comparing(Client::getId))
                .map(Client::getName).reduce((a, b) -> a + " and " + b).orElse("not recorded"));
        List<String> used = note.getInterventions().stream().sorted().map(k -> strategyNames.getOrDefault(k, k)).toList();
        String interventions = String.join(", ", used);
        if (note.getOtherInterventions() != null) {
            interventions = interventions.isEmpty() ? note.getOtherInterventions() : interventions + "; " + note.getOtherInterventions();
        }
        fact(facts, "Interventions", interventions.isEmpty() ? "None recorded" : interventions);
        fact(facts, "Risk", note.getRiskLevel().getLabel() + (note.getRiskComment() != null ? ": " + note.getRiskComment() : ""));
        document.add(facts);
        List<NoteFormat.Section> sections = note.getFormat().getSections();
        for (int i = 0; i < sections.size(); i++) {
            section(document, sections.get(i).label(), note.section(i));
        }
        if (note.getHomeworkReviewed() != null) {
            section(document, "Homework reviewed", note.getHomeworkReviewed());
        }
        if (note.getHomeworkAssigned() != null) {
            section(document, "Homework assigned", note.getHomeworkAssigned());
        }
        spacer(document, 6);
        if (note.isSigned()) {
            document.add(new Paragraph("Signed by " + note.getSignedBy().getDisplayName() + " on "
                    + MOMENT.format(note.getSignedAt().atZone(zone)) + (note.isIntact() ? "" : " (THE STORED TEXT DIFFERS FROM WHAT WAS SIGNED)"),
                    new Font(base, 10f, Font.BOLD, BRAND)));
            document.add(new Paragraph("Content hash (SHA-256): " + note.getContentHash(), small));
        } else {
            document.add(new Paragraph("DRAFT: not signed. This note may still change.", new Font(base, 10f, Font.BOLD,
                    new java.awt.Color(0xa4, 0x26, 0x2c))));
        }
        for (Addendum addendum : note.getAddenda()) {
            spacer(document, 4);
            document.add(new Paragraph("Addendum by " + addendum.getAuthor().getDisplayName() + ", signed "
                    + MOMENT.format(addendum.getSignedAt().atZone(zone)), label));
            document.add(new Paragraph(addendum.getBody(), body));
            document.add(new Paragraph("SHA-256: " + addendum.getContentHash(), small));
        }
    }

    private void fact(PdfPTable table, String name, String value) {
        PdfPCell left = new PdfPCell(new Phrase(name, label));
        PdfPCell right = new PdfPCell(new Phrase(value, body));
        for (PdfPCell cell : new PdfPCell[] {left, right}) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(new java.awt.Color(0xdd, 0xe3, 0xe8));
            cell.setPaddingTop(3);
            cell.setPaddingBottom(4);
        }
        table.addCell(left);
        table.addCell(right);
    }

    private void section(Document document, String name, String text) {
        Paragraph heading = new Paragraph(name, label);
        heading.setSpacingBefore(8);
        document.add(heading);
        Paragraph content = new Paragraph(text == null ? "—" : text, body);
        content.setLeading(14.5f);
        document.add(content);
    }

    private static void spacer(Document document, float points) {
        Paragraph space = new Paragraph(new Chunk(" "));
        space.setLeading(points);
        document.add(space);
    }
}
