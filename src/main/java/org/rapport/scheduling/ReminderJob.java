package org.rapport.scheduling;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.rapport.clients.Client;
import org.rapport.platform.Mailer;
import org.rapport.platform.PracticeClock;

/**
 * Sends appointment reminders, once a minute. Each reminder is first claimed in its own committed
 * transaction (an UPDATE that only one instance can win) and then sent, so a restart or a second
 * instance never sends it twice. If the mail server refuses, the claim is released and the next run
 * tries again.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);

    @Inject private ReminderClaims claims;

    @Inject private Mailer mailer;

    @Inject private PracticeClock clock;

    @Schedule(hour = "*", minute = "*", second = "15", persistent = false)
    void everyMinute() {
        sendDue();
    }

    /** Sends every reminder that is due; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        for (Long id : claims.due(clock.now())) {
            Appointment appointment = claims.claim(id, clock.now()).orElse(null);
            if (appointment == null) {
                continue; // another run or instance has it
            }
            try {
                for (Client attendee : appointment.getAttendees()) {
                    if (attendee.getEmail() != null && !attendee.isAnonymized()) {
                        mailer.send(
                                attendee.getEmail(),
                                "Reminder: your appointment " + when(appointment.getStartsAt()),
                                text(appointment, attendee));
                    }
                }
                sent++;
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Reminder for appointment " + id + " not sent; trying again next minute",
                        e);
                claims.release(id);
            }
        }
        return sent;
    }

    private String when(Instant instant) {
        ZonedDateTime local = instant.atZone(clock.zone());
        return WHEN.format(local);
    }

    private String text(Appointment appointment, Client attendee) {
        String place =
                appointment.getModality() == Modality.TELEHEALTH
                        ? "by video: "
                                + (appointment.getVideoLink() == null
                                        ? "your counselor will send the link"
                                        : appointment.getVideoLink())
                        : "in person"
                                + (appointment.getRoom() == null
                                        ? ""
                                        : ", " + appointment.getRoom());
        return "Hello "
                + attendee.getName()
                + ",\n\n"
                + "This is a reminder of your "
                + (appointment.getCouple() != null ? "couple session" : "appointment")
                + " with "
                + appointment.getCounselor().getDisplayName()
                + " on "
                + when(appointment.getStartsAt())
                + " ("
                + place
                + ").\n\n"
                + "If you cannot come, please tell your counselor as early as you can. You can see your appointments"
                + " in your Rapport portal.\n";
    }

    List<Long> dueIds() {
        return claims.due(clock.now());
    }
}
