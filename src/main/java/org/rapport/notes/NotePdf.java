package org.rapport.notes;

import java.awt.Color;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.rapport.clients.Client;
import org.rapport.clients.Diagnosis;
import org.rapport.scheduling.Appointment;
import org.rapport.scheduling.AppointmentKind;
import org.rapport.scheduling.Modality;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Session notes as a clinical document: one note, or a client's chart. A header block names the
 * client (legal name, date of birth), the session (date, time, length), the service and the
 * diagnosis as recorded; then the note's sections, its signature with the content hash, and its
 * addenda. The practice, the client and the page number are on every page. Private process notes
 * are never part of it (they are not even loaded for an export).
 */
final class NotePdf {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Color BRAND = new Color(0x23, 0x45, 0x48);
    private static final Color MUTED = new Color(0x52, 0x60, 0x6d);
    private static final Color RULE = new Color(0xc9, 0xd3, 0xd9);
    private static final Color SHADE = new Color(0xf1, 0xf5, 0xf6);
    private static final Color ALERT = new Color(0xa4, 0x26, 0x2c);

    private static final PdfScripts.Style BODY =
            new PdfScripts.Style(10f, Font.NORMAL, Color.BLACK);
    private static final PdfScripts.Style STRONG =
            new PdfScripts.Style(10f, Font.BOLD, Color.BLACK);
    private static final PdfScripts.Style SMALL = new PdfScripts.Style(8f, Font.NORMAL, MUTED);
    private static final PdfScripts.Style LABEL = new PdfScripts.Style(8.5f, Font.BOLD, MUTED);
    private static final PdfScripts.Style HEADING = new PdfScripts.Style(12f, Font.BOLD, BRAND);
    private static final PdfScripts.Style TITLE = new PdfScripts.Style(16f, Font.BOLD, BRAND);
    private static final PdfScripts.Style SIGNED = new PdfScripts.Style(10f, Font.BOLD, BRAND);
    private static final PdfScripts.Style WARNING = new PdfScripts.Style(10f, Font.BOLD, ALERT);

    private final ZoneId zone;
    private final PdfScripts scripts = new PdfScripts();

    NotePdf(ZoneId zone) {
        this.zone = zone;
    }

    /** One note (draft or signed). */
    void note(
            String practice,
            SessionNote note,
            Map<String, String> strategyNames,
            String by,
            Instant at,
            OutputStream out) {
        List<Client> people =
                note.isCoupleNote()
                        ? List.of(
                                note.getCouple().getPartnerOne(), note.getCouple().getPartnerTwo())
                        : List.of(note.getClient());
        String subject = people.stream().map(this::nameAndBirth).collect(Collectors.joining("; "));
        Document document =
                open(practice, subject, by, at, "Session note: " + note.getWithName(), out);
        block(document, "Session note", TITLE, 0, 2);
        block(
                document,
                note.getFormat().getLabel()
                        + (note.getFormat() == NoteFormat.PROGRESS ? "" : " note")
                        + " · "
                        + (note.isSigned() ? "signed" : "draft, not signed"),
                SMALL,
                0,
                8);

        Facts facts = new Facts();
        if (people.size() == 1) {
            facts.add("Client", people.get(0).getLegalName());
            facts.add("Date of birth", birth(people.get(0)));
        } else {
            facts.add(
                    "Clients",
                    people.stream()
                            .map(p -> p.getLegalName() + ", date of birth " + birth(p))
                            .collect(Collectors.joining("\n")));
        }
        facts.add("Session", when(note));
        facts.add("Service", service(note.getAppointment()));
        facts.add("Diagnosis", diagnoses(people));
        facts.add("Counselor", note.getAppointment().getCounselor().getDisplayName());
        document.add(facts.table(true));
        block(document, "Times are the practice's (" + zoneName() + ").", SMALL, 3, 6);

        noteBody(document, note, strategyNames);
        document.close();
    }

    /**
     * A client's chart: their signed notes, oldest first; which notes it holds is said at the top.
     */
    void chart(
            String practice,
            ChartExport export,
            Map<String, String> strategyNames,
            String by,
            Instant at,
            OutputStream out) {
        Client client = export.client();
        List<SessionNote> notes = export.notes();
        Document document =
                open(
                        practice,
                        nameAndBirth(client),
                        by,
                        at,
                        "Clinical record: " + client.getLegalName(),
                        out);
        block(document, "Clinical record: " + client.getLegalName(), TITLE, 0, 8);

        Facts facts = new Facts();
        facts.add(
                "Client",
                client.getLegalName()
                        + (client.getPreferredName() != null
                                        && !client.getPreferredName().equals(client.getLegalName())
                                ? " (known as " + client.getPreferredName() + ")"
                                : ""));
        facts.add("Date of birth", birth(client));
        facts.add("Diagnosis", diagnoses(List.of(client)));
        facts.add("Counselor", client.getPrimaryCounselor().getDisplayName());
        facts.add(
                "Notes",
                notes.size()
                        + (notes.size() == 1 ? " signed note" : " signed notes")
                        + ", oldest first."
                        + " Drafts and private process notes are not part of the record.");
        String coupleNotes;
        if (export.coupleNotesIncluded()) {
            coupleNotes =
                    "Couple sessions' notes are included. They may hold what the partner disclosed.";
        } else if (export.coupleNotesLeftOut() > 0) {
            coupleNotes =
                    "Couple sessions' notes are not included ("
                            + export.coupleNotesLeftOut()
                            + (export.coupleNotesLeftOut() == 1 ? " note" : " notes")
                            + " left out): they may hold the"
                            + " partner's disclosures.";
        } else {
            coupleNotes = "None: the client has no signed notes of couple sessions.";
        }
        facts.add("Couple sessions", coupleNotes);
        document.add(facts.table(true));
        block(document, "Times are the practice's (" + zoneName() + ").", SMALL, 3, 10);

        if (notes.isEmpty()) {
            block(document, "No signed notes.", BODY, 0, 0);
        }
        for (SessionNote note : notes) {
            block(document, when(note), HEADING, 12, 1);
            block(
                    document,
                    note.isCoupleNote()
                            ? "Couple session, " + note.getWithName()
                            : "Individual session",
                    LABEL,
                    0,
                    4);
            Facts about = new Facts();
            about.add("Service", service(note.getAppointment()));
            about.add("Counselor", note.getAppointment().getCounselor().getDisplayName());
            document.add(about.table(false));
            noteBody(document, note, strategyNames);
        }
        document.close();
    }

    // ---- the facts

    /**
     * "Tuesday 24 November 2026, 10:00–10:50 (50 minutes)": the day noted, the booked start, the
     * length noted.
     */
    String when(SessionNote note) {
        LocalDate day = note.getSessionDate();
        Appointment appointment = note.getAppointment();
        if (appointment == null || appointment.getStartsAt() == null) {
            return DAY.format(day) + " (" + note.getLengthMinutes() + " minutes)";
        }
        LocalDateTime start = day.atTime(appointment.getStartsAt().atZone(zone).toLocalTime());
        LocalDateTime end = start.plusMinutes(note.getLengthMinutes());
        return DAY.format(day)
                + ", "
                + TIME.format(start)
                + "–"
                + TIME.format(end)
                + " ("
                + note.getLengthMinutes()
                + " minutes)";
    }

    /**
     * What kind of session, in words: Rapport records no billing codes, so none is printed (a
     * made-up code on a claim would be worse than none).
     */
    static String service(Appointment appointment) {
        AppointmentKind kind = appointment.getKind();
        String what =
                switch (kind == null ? AppointmentKind.INDIVIDUAL : kind) {
                    case INTAKE -> "Intake assessment";
                    case INDIVIDUAL -> "Individual psychotherapy";
                    case COUPLE -> "Couple psychotherapy";
                    case FAMILY -> "Family psychotherapy";
                };
        String where =
                appointment.getModality() == Modality.TELEHEALTH
                        ? "by video (telehealth)"
                        : "in person"
                                + (appointment.getRoom() != null
                                        ? ", " + appointment.getRoom()
                                        : "");
        return what + ", " + where;
    }

    private String diagnoses(List<Client> people) {
        List<String> lines = new ArrayList<>();
        for (Client person : people) {
            String prefix = people.size() > 1 ? person.getLegalName() + ": " : "";
            if (person.getDiagnoses().isEmpty()) {
                lines.add(prefix + "none recorded");
            }
            for (Diagnosis diagnosis : person.getDiagnoses()) {
                lines.add(
                        prefix
                                + diagnosis.getCode()
                                + (diagnosis.getLabel() != null ? " " + diagnosis.getLabel() : ""));
            }
        }
        return String.join("\n", lines);
    }

    private static String birth(Client client) {
        return client.getDateOfBirth() == null
                ? "not recorded"
                : DATE.format(client.getDateOfBirth());
    }

    private String nameAndBirth(Client client) {
        return client.getLegalName()
                + (client.getDateOfBirth() == null
                        ? ""
                        : ", born " + DATE.format(client.getDateOfBirth()));
    }

    /** The practice's zone as people say it: "London", "UTC". */
    private String zoneName() {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    // ---- the note

    private void noteBody(Document document, SessionNote note, Map<String, String> strategyNames) {
        Facts facts = new Facts();
        facts.add(
                "Who came",
                note.getAttendees().stream()
                        .sorted(Comparator.comparing(Client::getId))
                        .map(Client::getName)
                        .reduce((a, b) -> a + " and " + b)
                        .orElse("not recorded"));
        List<String> used =
                note.getInterventions().stream()
                        .sorted()
                        .map(k -> strategyNames.getOrDefault(k, k))
                        .toList();
        String interventions = String.join(", ", used);
        if (note.getOtherInterventions() != null) {
            interventions =
                    interventions.isEmpty()
                            ? note.getOtherInterventions()
                            : interventions + "; " + note.getOtherInterventions();
        }
        facts.add("Interventions", interventions.isEmpty() ? "None recorded" : interventions);
        facts.add(
                "Risk",
                note.getRiskLevel().getLabel()
                        + (note.getRiskComment() != null ? ": " + note.getRiskComment() : ""));
        document.add(facts.table(false));
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
        PdfPTable signature = new PdfPTable(1);
        signature.setWidthPercentage(100);
        signature.setSpacingBefore(12);
        PdfPCell line = new PdfPCell();
        line.setBorder(Rectangle.TOP);
        line.setBorderColor(BRAND);
        line.setBorderWidth(0.8f);
        line.setPaddingTop(5);
        line.setPaddingLeft(0);
        line.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        line.setArabicOptions(ColumnText.AR_COMPOSEDTASHKEEL);
        if (note.isSigned()) {
            line.addElement(
                    cellPhrase(
                            "Signed by "
                                    + note.getSignedBy().getDisplayName()
                                    + " on "
                                    + MOMENT.format(note.getSignedAt().atZone(zone))
                                    + (note.isIntact()
                                            ? ""
                                            : " (THE STORED TEXT DIFFERS FROM WHAT WAS SIGNED)"),
                            SIGNED));
            line.addElement(
                    cellPhrase(
                            "Signed electronically with the counselor's password, then locked; the hash below"
                                    + " changes if a single character of the note does.",
                            SMALL));
            line.addElement(cellPhrase("Content hash (SHA-256): " + note.getContentHash(), SMALL));
        } else {
            line.addElement(cellPhrase("DRAFT: not signed. This note may still change.", WARNING));
        }
        signature.addCell(line);
        document.add(signature);
        for (Addendum addendum : note.getAddenda()) {
            block(
                    document,
                    "Addendum by "
                            + addendum.getAuthor().getDisplayName()
                            + ", signed "
                            + MOMENT.format(addendum.getSignedAt().atZone(zone)),
                    LABEL,
                    8,
                    1);
            text(document, addendum.getBody());
            block(document, "SHA-256: " + addendum.getContentHash(), SMALL, 1, 0);
        }
    }

    private void section(Document document, String name, String text) {
        PdfPTable heading = blockTable(name.toUpperCase(Locale.ENGLISH), LABEL, 10, 2);
        heading.getRow(0).getCells()[0].setBorder(Rectangle.BOTTOM);
        heading.getRow(0).getCells()[0].setBorderColor(RULE);
        heading.getRow(0).getCells()[0].setPaddingBottom(2);
        document.add(heading);
        text(document, text == null ? "—" : text);
    }

    /**
     * Text the counselor wrote: one row per line, each in its own direction (a note may mix
     * languages).
     */
    private void text(Document document, String text) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.setSpacingBefore(3);
        for (String paragraph : text.split("\\R", -1)) {
            PdfPCell cell = cell(paragraph.isBlank() ? " " : paragraph, BODY);
            cell.setPaddingBottom(paragraph.isBlank() ? 0 : 2);
            table.addCell(cell);
        }
        document.add(table);
    }

    // ---- layout

    /** Label and value rows; with {@code boxed}, the shaded header block of the document. */
    private final class Facts {
        private final List<String[]> rows = new ArrayList<>();

        void add(String label, String value) {
            rows.add(new String[] {label, value == null || value.isBlank() ? "—" : value});
        }

        PdfPTable table(boolean boxed) {
            PdfPTable table = new PdfPTable(new float[] {1.25f, 4.75f});
            table.setWidthPercentage(100);
            table.setSplitLate(false);
            table.setSpacingBefore(boxed ? 0 : 2);
            for (String[] row : rows) {
                PdfPCell label = cell(row[0], LABEL);
                PdfPCell value = cell(row[1], boxed ? STRONG : BODY);
                // a name or a fact starts at the column's left edge whatever its script (its words
                // still read
                // right to left)
                value.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
                for (PdfPCell c : new PdfPCell[] {label, value}) {
                    c.setBorder(Rectangle.BOTTOM);
                    c.setBorderColor(boxed ? Color.WHITE : new Color(0xdd, 0xe3, 0xe8));
                    c.setPaddingTop(boxed ? 3 : 2);
                    c.setPaddingBottom(boxed ? 4 : 3);
                    if (boxed) {
                        c.setBackgroundColor(SHADE);
                    }
                }
                label.setPaddingLeft(boxed ? 7 : 0);
                table.addCell(label);
                table.addCell(value);
            }
            return table;
        }
    }

    private PdfPCell cell(String text, PdfScripts.Style style) {
        PdfPCell cell = new PdfPCell(scripts.phrase(text, style));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setLeading(0, 1.3f);
        cell.setRunDirection(PdfScripts.direction(text));
        cell.setArabicOptions(ColumnText.AR_COMPOSEDTASHKEEL);
        return cell;
    }

    private com.lowagie.text.Paragraph cellPhrase(String text, PdfScripts.Style style) {
        com.lowagie.text.Paragraph paragraph =
                new com.lowagie.text.Paragraph(scripts.phrase(text, style));
        paragraph.setLeading(0, 1.3f);
        return paragraph;
    }

    private PdfPTable blockTable(String text, PdfScripts.Style style, float before, float after) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        table.addCell(cell(text, style));
        return table;
    }

    private void block(
            Document document, String text, PdfScripts.Style style, float before, float after) {
        document.add(blockTable(text, style, before, after));
    }

    private Document open(
            String practice,
            String subject,
            String by,
            Instant at,
            String title,
            OutputStream out) {
        Document document = new Document(PageSize.A4, 56, 56, 72, 62);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(
                new PdfPageEventHelper() {
                    private PdfTemplate total;

                    @Override
                    public void onOpenDocument(PdfWriter w, Document d) {
                        total = w.getDirectContent().createTemplate(24, 12);
                    }

                    @Override
                    public void onEndPage(PdfWriter w, Document d) {
                        PdfContentByte canvas = w.getDirectContent();
                        Rectangle page = d.getPageSize();
                        float top = page.getTop() - 40;
                        show(
                                canvas,
                                Element.ALIGN_LEFT,
                                practice,
                                new PdfScripts.Style(9.5f, Font.BOLD, BRAND),
                                d.left(),
                                top);
                        show(
                                canvas,
                                Element.ALIGN_RIGHT,
                                "Confidential clinical record",
                                SMALL,
                                d.right(),
                                top);
                        show(canvas, Element.ALIGN_RIGHT, subject, SMALL, d.right(), top - 11);
                        canvas.saveState();
                        canvas.setColorStroke(RULE);
                        canvas.setLineWidth(0.6f);
                        canvas.moveTo(d.left(), top - 17);
                        canvas.lineTo(d.right(), top - 17);
                        canvas.moveTo(d.left(), 44);
                        canvas.lineTo(d.right(), 44);
                        canvas.stroke();
                        canvas.restoreState();
                        show(
                                canvas,
                                Element.ALIGN_LEFT,
                                "Exported by "
                                        + by
                                        + " on "
                                        + MOMENT.format(at.atZone(zone))
                                        + " ("
                                        + zoneName()
                                        + ")",
                                SMALL,
                                d.left(),
                                32);
                        show(
                                canvas,
                                Element.ALIGN_RIGHT,
                                "Page " + w.getPageNumber() + " of ",
                                SMALL,
                                d.right() - 24,
                                32);
                        canvas.addTemplate(total, d.right() - 21, 32);
                    }

                    @Override
                    public void onCloseDocument(PdfWriter w, Document d) {
                        ColumnText.showTextAligned(
                                total,
                                Element.ALIGN_LEFT,
                                scripts.phrase(String.valueOf(w.getPageNumber() - 1), SMALL),
                                0,
                                0,
                                0);
                    }
                });
        document.addTitle(title);
        document.addCreator("Rapport");
        document.open();
        return document;
    }

    private void show(
            PdfContentByte canvas,
            int alignment,
            String text,
            PdfScripts.Style style,
            float x,
            float y) {
        ColumnText.showTextAligned(
                canvas,
                alignment,
                scripts.phrase(text, style),
                x,
                y,
                0,
                PdfWriter.RUN_DIRECTION_LTR,
                ColumnText.AR_COMPOSEDTASHKEEL);
    }
}
