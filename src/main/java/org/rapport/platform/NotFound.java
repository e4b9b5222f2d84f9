package org.rapport.platform;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers the current page request with 404 and the "not found" page: for a record that does not
 * exist or that the caller may not see (the two look the same, so a record's existence never
 * leaks).
 */
public final class NotFound {

    private NotFound() {}

    public static void respond() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "Not found");
        faces.responseComplete();
    }
}
