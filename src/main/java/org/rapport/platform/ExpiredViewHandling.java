package org.rapport.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * A form sent from a page whose server-side state has expired (idle too long, server restarted)
 * leads to the "page expired" page with a normal status, instead of an error response; a record the
 * page may not show ({@link NotVisible}) that no page action caught leads to the "not found" page.
 * Ajax requests are left to PrimeFaces, whose handler reloads the page. A database that cannot be
 * reached ({@link DatabaseDown}) answers 503 with a static page that says to try again, Ajax
 * requests included.
 */
public class ExpiredViewHandling extends ExceptionHandlerFactory {

    public ExpiredViewHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext context = FacesContext.getCurrentInstance();
            if (context != null) {
                Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    if (DatabaseDown.is(events.next().getContext().getException())) {
                        // not the error page: it, like every page, reads the database, and would
                        // fail again
                        events.remove();
                        databaseDown(context);
                        break;
                    }
                }
            }
            if (context != null
                    && !context.getResponseComplete()
                    && !context.getPartialViewContext().isAjaxRequest()) {
                Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    Throwable cause = getRootCause(events.next().getContext().getException());
                    if (cause instanceof ViewExpiredException) {
                        events.remove();
                        redirectToExpiredPage(context);
                        break;
                    }
                    if (cause instanceof NotVisible) {
                        // a page that met a record it may not show: the "not found" page, as for a
                        // missing one
                        events.remove();
                        notFound();
                        break;
                    }
                }
            }
            getWrapped().handle();
        }

        /**
         * 503 with the static "try again" page; an Ajax request (an autosave, say) is sent there.
         */
        private static void databaseDown(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            try {
                if (context.getPartialViewContext().isAjaxRequest()) {
                    external.redirect(external.getRequestContextPath() + DatabaseDown.PAGE);
                } else if (!external.isResponseCommitted()) {
                    external.responseReset();
                    external.setResponseStatus(503);
                    external.setResponseHeader("Retry-After", "10");
                    external.setResponseHeader("Cache-Control", "no-store");
                    external.setResponseContentType("text/html; charset=UTF-8");
                    try (java.io.InputStream page =
                            external.getResourceAsStream(DatabaseDown.PAGE)) {
                        page.transferTo(external.getResponseOutputStream());
                    }
                }
                context.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void notFound() {
            try {
                NotFound.respond();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void redirectToExpiredPage(FacesContext context) {
            ExternalContext external = context.getExternalContext();
            try {
                external.redirect(external.getRequestContextPath() + "/errors/expired.xhtml");
                context.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
