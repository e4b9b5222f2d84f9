package org.rapport.checkins;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
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
 * Sends questionnaires assigned "before every session", once a minute: creates each person's
 * response when its time before a session has come, e-mails them that something waits in their
 * portal (never what), and once more at the reminder time ({@link BeforeSessionTimes#remindAt}) if
 * it is still unanswered. Every step is claimed in a committed statement only one run or instance
 * wins (see {@link BeforeSessionClaims}), as appointment reminders are; a mail the server refuses
 * is given back and tried again next minute. Clients without an e-mail address, or anonymized, find
 * the questionnaire in the portal without a message.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BeforeSessionJob {

    private static final Logger LOG = Logger.getLogger(BeforeSessionJob.class.getName());
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);

    @Inject private BeforeSessionClaims claims;

    @Inject private Mailer mailer;

    @Inject private PracticeClock clock;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void everyMinute() {
        run();
    }

    /**
     * One run: opens what is due, then sends the notices and the reminders; returns how many
     * e-mails went out.
     */
    public Result run() {
        Instant now = clock.now();
        int created = 0;
        for (Long assignment : claims.activeAssignments()) {
            try {
                created += claims.open(assignment, now, clock.zone());
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Before-session questionnaires of assignment "
                                + assignment
                                + " not opened;"
                                + " trying again next minute",
                        e);
            }
        }
        int notices = 0;
        for (Long id : claims.noticesDue(now)) {
            CheckinResponse response = claims.claimNotice(id, now).orElse(null);
            if (response == null) {
                continue; // another run or instance has it
            }
            try {
                notices += send(response, false);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Questionnaire notice " + id + " not sent; trying again next minute",
                        e);
                claims.releaseNotice(id);
            }
        }
        int reminders = 0;
        for (Long id : claims.remindersDue(now)) {
            CheckinResponse response = claims.claimReminder(id, now).orElse(null);
            if (response == null) {
                continue;
            }
            try {
                reminders += send(response, true);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Questionnaire reminder " + id + " not sent; trying again next minute",
                        e);
                claims.releaseReminder(id);
            }
        }
        return new Result(created, notices, reminders);
    }

    private int send(CheckinResponse response, boolean reminder) {
        Client person = response.getClient();
        if (person.getEmail() == null || person.isAnonymized()) {
            return 0;
        }
        String session = WHEN.format(response.getClosesAt().atZone(clock.zone()));
        String counselor = response.getAssignment().getCounselor().getDisplayName();
        // what the questionnaire is and asks stays in the portal: an e-mail may be read by someone
        // else
        mailer.send(
                person.getEmail(),
                reminder
                        ? "Reminder: a questionnaire before your session"
                        : "A questionnaire before your session",
                "Hello "
                        + person.getName()
                        + ",\n\n"
                        + (reminder
                                ? "A short questionnaire from "
                                        + counselor
                                        + " is still waiting in your Rapport portal."
                                : counselor
                                        + " has a short questionnaire for you in your Rapport portal.")
                        + " Please answer it before your session on "
                        + session
                        + "; it closes when the session begins.\n\n"
                        + "Sign in to your portal to find it.\n");
        return 1;
    }

    /** What one run did: responses created, notices and reminders e-mailed. */
    public record Result(int created, int notices, int reminders) {}
}
