package org.rapport.notes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Sessions held (see Held) without a signed note, oldest first, and how many each counselor has.
 */
public record MissingNotes(List<Row> rows, List<Counselor> counselors) implements Serializable {

    public long total() {
        return counselors.stream().mapToLong(Counselor::missing).sum();
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Counselor> getCounselors() {
        return counselors;
    }

    public long getTotal() {
        return total();
    }

    /** One session: when, with whom, whose, how many days ago, and whether a draft exists. */
    public record Row(
            long appointmentId,
            Instant startsAt,
            String withName,
            String counselor,
            long daysAgo,
            boolean draftStarted,
            Instant draftSavedAt)
            implements Serializable {

        public long getAppointmentId() {
            return appointmentId;
        }

        public Instant getStartsAt() {
            return startsAt;
        }

        public String getWithName() {
            return withName;
        }

        public String getCounselor() {
            return counselor;
        }

        public long getDaysAgo() {
            return daysAgo;
        }

        public boolean isDraftStarted() {
            return draftStarted;
        }

        public Instant getDraftSavedAt() {
            return draftSavedAt;
        }
    }

    /** A counselor's count and their oldest session without a signed note. */
    public record Counselor(long id, String name, long missing, Instant oldest)
            implements Serializable {

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public long getMissing() {
            return missing;
        }

        public Instant getOldest() {
            return oldest;
        }
    }
}
