package org.rapport.checkins;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The times of a questionnaire sent before a session: when it opens, when the one reminder goes
 * out, and which sessions get one. Pure arithmetic, no database.
 */
public final class BeforeSessionTimes {

    /**
     * A notice that went out less than this before the start gets no reminder: it would come too
     * late to help.
     */
    static final Duration SHORTEST_FOR_REMINDER = Duration.ofHours(2);

    private BeforeSessionTimes() {}

    /**
     * When a questionnaire sent {@code hoursBefore} hours before a session opens, counted in the
     * practice's wall-clock time: 48 hours before Monday 10:00 is Saturday 10:00, also when the
     * clocks change in between (the elapsed time is then 47 or 49 hours). If the local time falls
     * in a gap (spring forward), it is taken as the same wall-clock time shifted by the gap
     * (java.time's rule), i.e. one hour later.
     */
    public static Instant opensAt(Instant sessionStart, int hoursBefore, ZoneId zone) {
        return sessionStart
                .atZone(zone)
                .toLocalDateTime()
                .minusHours(hoursBefore)
                .atZone(zone)
                .toInstant();
    }

    /**
     * When the one reminder goes out: halfway between the notice and the start of the session (for
     * a notice sent as the questionnaire opened, the middle of its window: 24 hours before for a
     * 48-hour one). None when the notice went out less than {@link #SHORTEST_FOR_REMINDER} before
     * the start (a questionnaire assigned at the last minute), so nobody gets two e-mails within
     * the hour.
     */
    public static Optional<Instant> remindAt(Instant notifiedAt, Instant sessionStart) {
        Duration left = Duration.between(notifiedAt, sessionStart);
        if (left.compareTo(SHORTEST_FOR_REMINDER) < 0) {
            return Optional.empty();
        }
        return Optional.of(
                notifiedAt
                        .plus(left.dividedBy(2))
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /**
     * Whether the session at {@code position} (0 for the first session since the assignment, in
     * start order) gets the questionnaire when it goes before every {@code everySessions}th: the
     * 1st, N+1th, 2N+1th…
     */
    public static boolean isSent(int position, int everySessions) {
        return position >= 0 && position % everySessions == 0;
    }
}
