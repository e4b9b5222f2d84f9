package org.rapport.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * Issue 13, defect 11: feedback on an answer saved over whatever was stored, so feedback written by someone
 * else after the page was opened was lost without a word.
 */
class AssignmentFeedbackHttpIT {

    private static final Pattern FEEDBACK_FIELD = Pattern.compile("name=\"tasks:([^\"]*):feedback\"");

    @Test
    void feedbackSavedBySomeoneElseMeanwhileIsShownAndKeptNotOverwritten() {
        long morgan = TestAccounts.id(DemoAccounts.MORGAN);
        long assignment = TestAccounts.count("SELECT MIN(t.assignment_id) FROM homework_task t JOIN homework_assignment a"
                + " ON a.id = t.assignment_id WHERE a.counselor_id = ? AND t.completed_at IS NOT NULL", morgan);
        WebSession counselor = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        String path = "counselor/assignment.xhtml?id=" + assignment;
        HttpResponse<String> page = counselor.get(path);
        Matcher field = FEEDBACK_FIELD.matcher(page.body());
        assertTrue(field.find(), "a completed task has a feedback field: " + page.body());
        String row = field.group(1);

        List<Long> done = TestAccounts.ids("SELECT id FROM homework_task WHERE assignment_id = ? AND completed_at IS NOT NULL",
                assignment);
        for (long task : done) {
            TestAccounts.update("UPDATE homework_task SET feedback = ?, feedback_by = 'Jordan Reyes',"
                    + " feedback_at = UTC_TIMESTAMP(), version = version + 1 WHERE id = ?",
                    TestAccounts.sealed("homework_task", "feedback", task, "Theirs: well noticed."), task);
        }
        HttpResponse<String> conflict = counselor.submitOn(page, path, "tasks", row + ":saveFeedback",
                Map.of(row + ":feedback", "Mine: keep going."));

        assertEquals(200, conflict.statusCode());
        assertTrue(conflict.body().contains("Theirs: well noticed."), "their feedback is shown: " + conflict.body());
        assertTrue(conflict.body().contains("Mine: keep going."), "mine is still in the box");
        assertEquals(0, done.stream().filter(task -> TestAccounts.opened("homework_task", "feedback", task).startsWith("Mine"))
                .count(), "nothing of mine was saved over theirs");

        HttpResponse<String> again = counselor.submitOn(conflict, path, "tasks", row + ":saveFeedback",
                Map.of(row + ":feedback", "Mine: keep going."));
        assertEquals(200, again.statusCode());
        assertEquals(1, done.stream().filter(task -> TestAccounts.opened("homework_task", "feedback", task)
                .equals("Mine: keep going.")).count(), "saving again, knowingly, replaces theirs");
    }
}
