package org.rapport.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every date typed into a page (each date picker names it: PrimeFaces does not look up converters
 * by type for dates), read strictly: 30 February is refused with a message instead of becoming 28
 * February (Java's default resolver moves an impossible day to the month's last), and so is
 * anything but a date like 2026-11-24.
 */
@FacesConverter("rapport.strictDate")
public class StrictDateConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LENIENT_FIELDS =
            DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ENGLISH);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return LocalDate.parse(text, ISO);
        } catch (DateTimeParseException notStrictlyADate) {
            throw new ConverterException(message(text));
        }
    }

    /**
     * "There is no 30 February 2027." when the fields parse but the day does not exist; else the
     * format.
     */
    static FacesMessage message(String text) {
        String said = "Enter a date like 2026-11-24.";
        try {
            var fields = LENIENT_FIELDS.parseUnresolved(text, new java.text.ParsePosition(0));
            if (fields != null) {
                int year = (int) fields.getLong(java.time.temporal.ChronoField.YEAR);
                int month = (int) fields.getLong(java.time.temporal.ChronoField.MONTH_OF_YEAR);
                int day = (int) fields.getLong(java.time.temporal.ChronoField.DAY_OF_MONTH);
                if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                    String monthName =
                            java.time.Month.of(month)
                                    .getDisplayName(
                                            java.time.format.TextStyle.FULL, Locale.ENGLISH);
                    said =
                            "There is no "
                                    + day
                                    + " "
                                    + monthName
                                    + " "
                                    + year
                                    + ". Enter a date that exists.";
                }
            }
        } catch (RuntimeException unreadable) {
            // the general sentence
        }
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, said, said);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : ISO.format(value);
    }
}
