package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import jakarta.faces.convert.ConverterException;

import org.junit.jupiter.api.Test;

/** Issue 17: 30 February was moved to 28 February without a word and the booking succeeded. */
class StrictDateConverterTest {

    private final StrictDateConverter converter = new StrictDateConverter();

    @Test
    void anImpossibleDayIsRefusedWithASentenceSayingSo() {
        ConverterException refused =
                assertThrows(
                        ConverterException.class,
                        () -> converter.getAsObject(null, null, "2027-02-30"));
        assertEquals(
                "There is no 30 February 2027. Enter a date that exists.",
                refused.getFacesMessage().getSummary());
        assertEquals(
                "There is no 29 February 2027. Enter a date that exists.",
                assertThrows(
                                ConverterException.class,
                                () -> converter.getAsObject(null, null, "2027-02-29"))
                        .getFacesMessage()
                        .getSummary());
        assertEquals(
                "There is no 31 April 2027. Enter a date that exists.",
                assertThrows(
                                ConverterException.class,
                                () -> converter.getAsObject(null, null, "2027-04-31"))
                        .getFacesMessage()
                        .getSummary());
    }

    @Test
    void realDatesAreReadAndAnythingElseGetsTheFormat() {
        assertEquals(LocalDate.of(2028, 2, 29), converter.getAsObject(null, null, "2028-02-29"));
        assertEquals(LocalDate.of(2026, 11, 24), converter.getAsObject(null, null, " 2026-11-24 "));
        assertEquals(null, converter.getAsObject(null, null, ""));
        assertEquals(
                "Enter a date like 2026-11-24.",
                assertThrows(
                                ConverterException.class,
                                () -> converter.getAsObject(null, null, "24/11/2026"))
                        .getFacesMessage()
                        .getSummary());
        assertEquals(
                "Enter a date like 2026-11-24.",
                assertThrows(
                                ConverterException.class,
                                () -> converter.getAsObject(null, null, "2026-13-01"))
                        .getFacesMessage()
                        .getSummary());
        assertEquals("2026-11-24", converter.getAsString(null, null, LocalDate.of(2026, 11, 24)));
    }
}
