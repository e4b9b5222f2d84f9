package org.rapport.clients;

import java.io.Serializable;

/** What the client list asks for: a search, the status and kind filters, and the order. */
public record CaseloadQuery(
        String search, StatusFilter status, Kind kind, Order order, boolean ascending)
        implements Serializable {

    /**
     * Which statuses the list shows; "current" (active and waitlist) is what a counselor works
     * with.
     */
    public enum StatusFilter {
        CURRENT("Current (active and waitlist)"),
        ACTIVE("Active"),
        WAITLIST("Waitlist"),
        DISCHARGED("Discharged"),
        ALL("All");

        private final String label;

        StatusFilter(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /** Clients in an active couple, clients who are not, or both. */
    public enum Kind {
        ALL("Everyone"),
        COUPLES("In a couple"),
        INDIVIDUALS("Individual only");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /** How the list can be sorted; only these reach the query. */
    public enum Order {
        NAME("c.legalName"),
        EMAIL("c.email"),
        COUNSELOR("k.displayName"),
        STATUS("c.status"),
        INTAKE("c.intakeDate");

        final String path;

        Order(String path) {
            this.path = path;
        }
    }

    public CaseloadQuery {
        search = search == null || search.isBlank() ? null : search.strip();
        if (search != null && search.length() > 100) {
            search = search.substring(0, 100);
        }
        status = status == null ? StatusFilter.CURRENT : status;
        kind = kind == null ? Kind.ALL : kind;
        order = order == null ? Order.NAME : order;
    }

    public static CaseloadQuery everyone() {
        return new CaseloadQuery(null, StatusFilter.ALL, Kind.ALL, Order.NAME, true);
    }

    /** The search's digits when it looks like part of a phone number (three digits or more). */
    String phoneDigits() {
        if (search == null || !search.matches("[0-9 ()+.\\-]+")) {
            return null;
        }
        String digits = search.replaceAll("[^0-9]", "");
        return digits.length() >= 3 ? digits : null;
    }
}
