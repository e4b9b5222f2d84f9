package org.rapport.notes;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Text in the scripts clients' names and words come in: each character is set in the first embedded
 * font that has it (Latin, Hebrew, Arabic, then black-and-white emoji), and the caller lays the
 * phrase out with a run direction so that right-to-left runs come out in reading order and Arabic
 * letters take their joined forms. Only the glyphs a document uses are embedded in it.
 */
final class PdfScripts {

    /**
     * Latin first (the text most notes are in), then the scripts it lacks; read once, they never
     * change.
     */
    private static final List<String> RESOURCES =
            List.of(
                    "/font-fallback/LiberationSans-Regular.ttf", // ships in OpenPDF's jar
                    "/org/rapport/notes/fonts/NotoSansHebrew-Regular.ttf",
                    "/org/rapport/notes/fonts/NotoNaskhArabic-Regular.ttf",
                    "/org/rapport/notes/fonts/Symbola-emoji.ttf");

    private static final List<byte[]> FILES = RESOURCES.stream().map(PdfScripts::read).toList();

    /**
     * Fonts of one document. A font object keeps a read position in its file while a document
     * embeds it, so two exports at the same moment do not share one.
     */
    private final List<BaseFont> fonts;

    PdfScripts() {
        List<BaseFont> loaded = new java.util.ArrayList<>();
        for (int i = 0; i < RESOURCES.size(); i++) {
            String name = RESOURCES.get(i).substring(RESOURCES.get(i).lastIndexOf('/') + 1);
            try {
                loaded.add(
                        BaseFont.createFont(
                                name,
                                BaseFont.IDENTITY_H,
                                BaseFont.EMBEDDED,
                                false,
                                FILES.get(i),
                                null));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        fonts = List.copyOf(loaded);
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfScripts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A style of text: size, weight (Font.NORMAL, Font.BOLD) and colour. */
    record Style(float size, int weight, Color color) {}

    Phrase phrase(String text, Style style) {
        FontSelector selector = new FontSelector();
        for (BaseFont font : fonts) {
            selector.addFont(new Font(font, style.size(), style.weight(), style.color()));
        }
        return selector.process(printable(text == null ? "" : text));
    }

    /**
     * Variation selectors ask for the colour or text form of an emoji; a PDF has one form, and no
     * font here draws the selectors themselves (they would print as a box).
     */
    static String printable(String text) {
        String plain = text.replace("\uFE0F", "").replace("\uFE0E", "");
        if (plain.codePoints().noneMatch(PdfScripts::rightToLeft)) {
            return plain;
        }
        // OpenPDF reverses a right-to-left run one UTF-16 unit at a time, which splits an emoji
        // (two units) and
        // drops it: marked left to right, an emoji amid Hebrew or Arabic words keeps its two units
        // in order
        StringBuilder marked = new StringBuilder(plain.length() + 8);
        plain.codePoints()
                .forEach(
                        point -> {
                            if (Character.isSupplementaryCodePoint(point)) {
                                marked.append('\u200E').appendCodePoint(point).append('\u200E');
                            } else {
                                marked.appendCodePoint(point);
                            }
                        });
        return marked.toString();
    }

    private static boolean rightToLeft(int point) {
        byte direction = Character.getDirectionality(point);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Right to left when the text's first letter is Hebrew or Arabic, else left to right. */
    static int direction(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); ) {
                int point = text.codePointAt(i);
                byte direction = Character.getDirectionality(point);
                if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return PdfWriter.RUN_DIRECTION_RTL;
                }
                if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    return PdfWriter.RUN_DIRECTION_LTR;
                }
                i += Character.charCount(point);
            }
        }
        return PdfWriter.RUN_DIRECTION_LTR;
    }
}
