package org.rapport.scheduling;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.rapport.clients.Client;
import org.rapport.platform.Mailer;
import org.rapport.platform.PracticeClock;

/**
 * The e-mail a counselor may send to the clients when a session is cancelled or missed: the date,
 * time and counselor only (never the reason, which is the counselor's record), one e-mail per
 * person however many sessions of a series were cancelled, sent only once the change is committed.
 */
@ApplicationScoped
@jakarta.inject.Named
public class AppointmentNotices {

    private static final Logger LOG = Logger.getLogger(AppointmentNotices.class.getName());
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /** E-mails written in the status change's transaction, sent after it commits. */
    public record Outgoing(List<Mail> mails) {}

    public record Mail(String to, String subject, String text) {}

    @Inject private Mailer mailer;

    @Inject private PracticeClock clock;

    /** Whether e-mail can be sent at all (the page says so instead of offering the choice). */
    public boolean canSend() {
        return mailer.canDeliver();
    }

    /**
     * The e-mails for these appointments, all given the same status, to each attendee with an
     * address.
     */
    Outgoing write(List<Appointment> appointments, AppointmentStatus status) {
        Map<Client, List<Appointment>> byPerson = new LinkedHashMap<>();
        for (Appointment appointment : appointments) {
            for (Client attendee : appointment.getAttendees()) {
                if (attendee.getEmail() != null && !attendee.isAnonymized()) {
                    byPerson.computeIfAbsent(attendee, c -> new ArrayList<>()).add(appointment);
                }
            }
        }
        List<Mail> mails = new ArrayList<>();
        byPerson.forEach((person, theirs) -> mails.add(mail(person, theirs, status)));
        return new Outgoing(mails);
    }

    private Mail mail(Client person, List<Appointment> theirs, AppointmentStatus status) {
        Appointment first = theirs.get(0);
        String what = first.getCouple() != null ? "couple session" : "session";
        String counselor = first.getCounselor().getDisplayName();
        String when = when(first);
        StringBuilder text = new StringBuilder("Hello ").append(person.getName()).append(",\n\n");
        String subject;
        if (status == AppointmentStatus.NO_SHOW) {
            subject = "We missed you on " + when;
            text.append("We missed you at your ")
                    .append(what)
                    .append(" with ")
                    .append(counselor)
                    .append(" on ")
                    .append(when)
                    .append(". If you would like another time, please get in touch with ")
                    .append(counselor)
                    .append(".\n");
        } else {
            subject =
                    theirs.size() == 1
                            ? "Cancelled: your " + what + " on " + when
                            : "Cancelled: " + theirs.size() + " of your sessions";
            text.append(
                    theirs.size() == 1
                            ? "Your "
                                    + what
                                    + " with "
                                    + counselor
                                    + " on "
                                    + when
                                    + " is cancelled.\n"
                            : "These " + what + "s with " + counselor + " are cancelled:\n");
            if (theirs.size() > 1) {
                theirs.forEach(each -> text.append("  - ").append(when(each)).append('\n'));
            }
            if (status == AppointmentStatus.LATE_CANCELLATION) {
                text.append(
                        "\nIt was cancelled at short notice, so it is recorded as a late cancellation.\n");
            }
            text.append("\nTo find another time, please get in touch with ")
                    .append(counselor)
                    .append(".\n");
        }
        text.append("You can see your appointments in your Rapport portal.\n");
        return new Mail(person.getEmail(), subject, text.toString());
    }

    private String when(Appointment appointment) {
        ZonedDateTime local = appointment.getStartsAt().atZone(clock.zone());
        return WHEN.format(local);
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outgoing outgoing) {
        for (Mail mail : outgoing.mails()) {
            try {
                mailer.send(mail.to(), mail.subject(), mail.text());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not send the appointment notice to a client", e);
            }
        }
    }
}
