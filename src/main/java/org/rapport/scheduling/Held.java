package org.rapport.scheduling;

import java.time.Instant;

/**
 * Which sessions happened: a session marked completed, or one still marked scheduled that is over
 * (nobody cancelled it or recorded a no-show). Notes to write, the home page, the chart's session
 * marks, the before-session summary and the practice figures all count sessions by this one rule,
 * so a session nobody marks still shows as missing its note; the counselor can still record a
 * no-show or a cancellation afterwards.
 */
public final class Held {

    /**
     * The rule as a JPQL condition on an appointment aliased {@code a}; the query sets {@code
     * :heldBy} to the moment that counts as now.
     */
    public static final String CONDITION =
            "(a.status = org.rapport.scheduling.AppointmentStatus.COMPLETED"
                    + " OR (a.status = org.rapport.scheduling.AppointmentStatus.SCHEDULED AND a.endsAt <= :heldBy))";

    private Held() {}

    /** The rule for one appointment at {@code now}. */
    public static boolean held(AppointmentStatus status, Instant endsAt, Instant now) {
        return status == AppointmentStatus.COMPLETED
                || status == AppointmentStatus.SCHEDULED && endsAt != null && !endsAt.isAfter(now);
    }
}
