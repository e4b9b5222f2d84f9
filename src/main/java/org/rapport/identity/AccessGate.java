package org.rapport.identity;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.rapport.clients.Client;
import org.rapport.clients.Confidentiality;
import org.rapport.clients.Couple;
import org.rapport.clients.CoupleStatus;
import org.rapport.homework.Assignment;
import org.rapport.homework.HomeworkTask;
import org.rapport.scheduling.Appointment;

/**
 * The one place that decides who may see what. Every service asks it; none decides visibility on
 * its own.
 *
 * <ul>
 *   <li><b>Who is asking:</b> {@link #caller()}, {@link #staff()} (a counselor or an
 *       administrator), {@link #admin()} and {@link #portalClient()} (a client in the portal);
 *       anything else is {@link NotPermitted}.
 *   <li><b>A client's record:</b> an administrator; the client's primary counselor; the counselor
 *       of a couple the client is in <em>while that couple's work lasts</em> (a former couple
 *       counselor keeps the couple's record, not the partners' own charts); the client themself
 *       through their portal account.
 *   <li><b>A couple's record:</b> an administrator; the couple's counselor (also after the work
 *       ended: the couple's record is theirs); each partner in the portal.
 *   <li><b>An appointment:</b> an administrator; its counselor; a client it is for.
 *   <li><b>A session note:</b> an administrator; the appointment's counselor; for an individual
 *       session, the client's primary counselor. Never a client.
 *   <li><b>A homework assignment (staff):</b> whoever may see its client, or its couple.
 *   <li><b>One partner's own words in couple work</b> (homework answers marked shared, individual
 *       check-in comments): the other partner only while the couple's work lasts and under "no
 *       secrets".
 * </ul>
 *
 * The rules themselves are the static methods of {@link Rules}, free of the database, so that they
 * can be tested as a table; this bean adds the one fact a rule needs from the database (the couples
 * a client is in).
 */
@ApplicationScoped
public class AccessGate {

    @PersistenceContext private EntityManager em;

    @Inject private CurrentUser currentUser;

    /**
     * The signed-in account (or the account work outside a request acts as); {@link NotPermitted}
     * if none.
     */
    public Account caller() {
        return currentUser.require();
    }

    /** The caller, who must be a counselor or an administrator. */
    public Account staff() {
        Account caller = caller();
        if (!caller.getRole().isStaff()) {
            throw new NotPermitted("Only staff may do this");
        }
        return caller;
    }

    /** The caller, who must be an administrator. */
    public Account admin() {
        Account caller = caller();
        if (caller.getRole() != Role.ADMIN) {
            throw new NotPermitted("Only an administrator may do this");
        }
        return caller;
    }

    /** The caller, who must be a client in the portal. */
    public Account portalClient() {
        Account caller = caller();
        if (caller.getRole() != Role.CLIENT) {
            throw new NotPermitted("Only clients do this, in the portal");
        }
        return caller;
    }

    public boolean client(Account caller, Client client) {
        if (client == null) {
            return false;
        }
        if (caller.getRole() != Role.COUNSELOR
                || Rules.same(client.getPrimaryCounselor(), caller)) {
            return Rules.client(caller, client, java.util.List.of());
        }
        // the one fact from the database: the couples this client is in, with their counselors
        Collection<Couple> couples =
                em.createQuery(
                                "SELECT p FROM Couple p JOIN FETCH p.counselor"
                                        + " WHERE p.status = :active AND (p.partnerOne.id = :id OR p.partnerTwo.id = :id)",
                                Couple.class)
                        .setParameter("active", CoupleStatus.ACTIVE)
                        .setParameter("id", client.getId())
                        .getResultList();
        return Rules.client(caller, client, couples);
    }

    public boolean couple(Account caller, Couple couple) {
        return couple != null && Rules.couple(caller, couple);
    }

    public boolean appointment(Account caller, Appointment appointment) {
        return appointment != null && Rules.appointment(caller, appointment);
    }

    public boolean note(Account caller, Appointment appointment) {
        return appointment != null && Rules.note(caller, appointment);
    }

    /**
     * Whether the caller may write the note of this appointment (the session's own counselor only).
     */
    public boolean writeNote(Account caller, Appointment appointment) {
        return appointment != null && Rules.writeNote(caller, appointment);
    }

    public boolean assignment(Account caller, Assignment assignment) {
        if (assignment == null) {
            return false;
        }
        if (caller.getRole() == Role.CLIENT) {
            return assignment.getClient() != null
                    ? Rules.isPortalOf(caller, assignment.getClient())
                    : Rules.couple(caller, assignment.getCouple());
        }
        return assignment.getClient() != null
                ? client(caller, assignment.getClient())
                : couple(caller, assignment.getCouple());
    }

    /**
     * Whether a homework task is the caller's to do in the portal: their own task, or a task their
     * couple does together; never the partner's own task.
     */
    public boolean ownTask(Account caller, HomeworkTask task) {
        return task != null && Rules.ownTask(caller, task);
    }

    /** Whether one partner's own words in this couple's work may reach the other partner now. */
    public static boolean partnersShare(Couple couple) {
        return Rules.partnersShare(couple);
    }

    /** The rules, as pure functions of the records (see the class comment). */
    public static final class Rules {

        private Rules() {}

        /**
         * {@code activeCouples}: the couples the client is in whose work lasts (only read for a
         * counselor).
         */
        public static boolean client(
                Account caller, Client client, Collection<Couple> activeCouples) {
            return switch (caller.getRole()) {
                case ADMIN -> true;
                case COUNSELOR ->
                        same(client.getPrimaryCounselor(), caller)
                                || activeCouples.stream()
                                        .anyMatch(
                                                p ->
                                                        p.isActive()
                                                                && p.includes(client)
                                                                && same(p.getCounselor(), caller));
                case CLIENT -> isPortalOf(caller, client);
            };
        }

        public static boolean couple(Account caller, Couple couple) {
            return switch (caller.getRole()) {
                case ADMIN -> true;
                case COUNSELOR -> same(couple.getCounselor(), caller);
                case CLIENT ->
                        isPortalOf(caller, couple.getPartnerOne())
                                || isPortalOf(caller, couple.getPartnerTwo());
            };
        }

        public static boolean appointment(Account caller, Appointment appointment) {
            return switch (caller.getRole()) {
                case ADMIN -> true;
                case COUNSELOR -> same(appointment.getCounselor(), caller);
                case CLIENT ->
                        appointment.getAttendees().stream().anyMatch(c -> isPortalOf(caller, c));
            };
        }

        public static boolean note(Account caller, Appointment appointment) {
            return switch (caller.getRole()) {
                case ADMIN -> true;
                case COUNSELOR ->
                        same(appointment.getCounselor(), caller)
                                || appointment.getClient() != null
                                        && same(
                                                appointment.getClient().getPrimaryCounselor(),
                                                caller);
                case CLIENT -> false;
            };
        }

        public static boolean writeNote(Account caller, Appointment appointment) {
            return caller.getRole() == Role.COUNSELOR && same(appointment.getCounselor(), caller);
        }

        public static boolean ownTask(Account caller, HomeworkTask task) {
            if (caller.getRole() != Role.CLIENT) {
                return false;
            }
            Couple couple = task.getAssignment().getCouple();
            return task.getClient() != null
                    ? isPortalOf(caller, task.getClient())
                    : couple != null && couple(caller, couple);
        }

        public static boolean partnersShare(Couple couple) {
            return couple.isActive() && couple.getConfidentiality() == Confidentiality.NO_SECRETS;
        }

        public static boolean isPortalOf(Account caller, Client client) {
            return client != null && same(client.getPortalAccount(), caller);
        }

        static boolean same(Account one, Account other) {
            return one != null
                    && other != null
                    && one.getId() != null
                    && one.getId().equals(other.getId());
        }
    }

    /**
     * A caller of the wrong kind (not signed in, or a client asking for staff work): refused
     * outright.
     */
    public static class NotPermitted extends SecurityException {

        private static final long serialVersionUID = 1L;

        public NotPermitted(String message) {
            super(message);
        }
    }
}
