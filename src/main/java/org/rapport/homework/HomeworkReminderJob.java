package org.rapport.homework;

import java.util.ArrayList;
import java.util.List;
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
 * E-mails a client on the day a task is due, when they asked for it on that assignment: once per
 * task (claimed in its own committed UPDATE before sending, as appointment reminders are), from
 * 08:00 in the practice's time zone.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HomeworkReminderJob {

    private static final Logger LOG = Logger.getLogger(HomeworkReminderJob.class.getName());
    static final int FIRST_HOUR = 8;

    @Inject private HomeworkReminders reminders;

    @Inject private Mailer mailer;

    @Inject private PracticeClock clock;

    @Schedule(hour = "*", minute = "*/5", second = "40", persistent = false)
    void everyFiveMinutes() {
        if (clock.now().atZone(clock.zone()).getHour() >= FIRST_HOUR) {
            sendDue();
        }
    }

    /** Sends every reminder due today; returns how many tasks were reminded. */
    public int sendDue() {
        int sent = 0;
        for (Long id : reminders.due(clock.today())) {
            HomeworkTask task = reminders.claim(id, clock.now()).orElse(null);
            if (task == null) {
                continue;
            }
            try {
                for (Client person : recipients(task)) {
                    mailer.send(
                            person.getEmail(),
                            "Today: " + task.getAssignment().getExercise().getTitle(),
                            "Hello "
                                    + person.getName()
                                    + ",\n\n"
                                    + "Today is the day for \u201c"
                                    + task.getAssignment().getExercise().getTitle()
                                    + "\u201d, the exercise "
                                    + task.getAssignment().getCounselor().getDisplayName()
                                    + " gave you. You will find it, with your counselor's note, in your Rapport portal.\n\n"
                                    + "You asked for this reminder; you can turn it off on the exercise's page.\n");
                }
                sent++;
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Homework reminder for task " + id + " not sent; trying again later",
                        e);
                reminders.release(id);
            }
        }
        return sent;
    }

    private static List<Client> recipients(HomeworkTask task) {
        Assignment assignment = task.getAssignment();
        List<Client> people = new ArrayList<>();
        if (task.getClient() != null) {
            people.add(task.getClient());
        } else {
            people.add(assignment.getCouple().getPartnerOne());
            people.add(assignment.getCouple().getPartnerTwo());
        }
        people.removeIf(
                p ->
                        p.getEmail() == null
                                || p.isAnonymized()
                                || !assignment.getReminderClientIds().contains(p.getId()));
        return people;
    }
}
