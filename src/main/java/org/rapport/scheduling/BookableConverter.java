package org.rapport.scheduling;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/** A client or couple picked for an appointment, checked again against the caller's caseload. */
@FacesConverter("rapport.Bookable")
public class BookableConverter implements Converter<SchedulingService.Bookable> {

    @Override
    public SchedulingService.Bookable getAsObject(
            FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            return null;
        }
        return CDI.current()
                .select(SchedulingService.class)
                .get()
                .bookableByKey(value)
                .orElse(null);
    }

    @Override
    public String getAsString(
            FacesContext context, UIComponent component, SchedulingService.Bookable value) {
        return value == null ? "" : value.key();
    }
}
