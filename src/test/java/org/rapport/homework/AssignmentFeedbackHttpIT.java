package org.rapport.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * Issue 13, defect 11: feedback on an answer saved over whatever was stored, so feedback written by
 * someone else after the page was opened was lost without a word. Issue 17: crafted and doubled
 * assign requests, and a schedule changed by someone else meanwhile.
 */
class AssignmentFeedbackHttpIT {

    private static final Pattern FEEDBACK_FIELD =
            Pattern.compile("name=\"tasks:([^\"]*):feedback\"");

    @Test
    void feedbackSavedBySomeoneElseMeanwhileIsShownAndKeptNotOverwritten() {
        long morgan = TestAccounts.id(DemoAccounts.MORGAN);
        long assignment =
                TestAccounts.count(
                        "SELECT MIN(t.assignment_id) FROM homework_task t JOIN homework_assignment a"
                                + " ON a.id = t.assignment_id WHERE a.counselor_id = ? AND t.completed_at IS NOT NULL",
                        morgan);
        WebSession counselor =
                new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        String path = "counselor/assignment.xhtml?id=" + assignment;
        HttpResponse<String> page = counselor.get(path);
        Matcher field = FEEDBACK_FIELD.matcher(page.body());
        assertTrue(field.find(), "a completed task has a feedback field: " + page.body());
        String row = field.group(1);

        List<Long> done =
                TestAccounts.ids(
                        "SELECT id FROM homework_task WHERE assignment_id = ? AND completed_at IS NOT NULL",
                        assignment);
        for (long task : done) {
            TestAccounts.update(
                    "UPDATE homework_task SET feedback = ?, feedback_by = 'Jordan Reyes',"
                            + " feedback_at = UTC_TIMESTAMP(), version = version + 1 WHERE id = ?",
                    TestAccounts.sealed("homework_task", "feedback", task, "Theirs: well noticed."),
                    task);
        }
        HttpResponse<String> conflict =
                counselor.submitOn(
                        page,
                        path,
                        "tasks",
                        row + ":saveFeedback",
                        Map.of(row + ":feedback", "Mine: keep going."));

        assertEquals(200, conflict.statusCode());
        assertTrue(
                conflict.body().contains("Theirs: well noticed."),
                "their feedback is shown: " + conflict.body());
        assertTrue(conflict.body().contains("Mine: keep going."), "mine is still in the box");
        assertEquals(
                0,
                done.stream()
                        .filter(
                                task ->
                                        TestAccounts.opened("homework_task", "feedback", task)
                                                .startsWith("Mine"))
                        .count(),
                "nothing of mine was saved over theirs");

        HttpResponse<String> again =
                counselor.submitOn(
                        conflict,
                        path,
                        "tasks",
                        row + ":saveFeedback",
                        Map.of(row + ":feedback", "Mine: keep going."));
        assertEquals(200, again.statusCode());
        assertEquals(
                1,
                done.stream()
                        .filter(
                                task ->
                                        TestAccounts.opened("homework_task", "feedback", task)
                                                .equals("Mine: keep going."))
                        .count(),
                "saving again, knowingly, replaces theirs");
    }

    private static final Pattern REQUEST_KEY =
            Pattern.compile("name=\"assign:requestKey\"[^>]*value=\"([^\"]*)\"");

    @Test
    void craftedAndDoubledAssignRequestsGetAMessageAndAssignOnce() {
        long couple =
                TestAccounts.count(
                        "SELECT p.id FROM couple p JOIN client c ON c.id IN (p.partner_one_id, p.partner_two_id)"
                                + " WHERE c.legal_name = 'Alexandra Rivera'");
        long taylor =
                TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Taylor Brooks'");
        long exercise = TestAccounts.count("SELECT id FROM exercise WHERE slug = 'promise-log'");
        WebSession counselor =
                new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);

        HttpResponse<String> unknown =
                counselor.open("counselor/assign.xhtml?exercise=no-such-exercise%22%3E%3Cb%3E");
        assertEquals(200, unknown.statusCode());
        assertTrue(
                unknown.body().contains("There is no such exercise in the library"),
                unknown.body());
        assertTrue(
                !unknown.body().contains("no-such-exercise\"><b>"),
                "nothing of the address is echoed as markup");
        assertEquals(
                404,
                counselor.get("counselor/assign.xhtml?with=client:" + taylor).statusCode(),
                "Jordan's client is not Morgan's to assign to: as if there were no such client");
        assertEquals(404, counselor.get("counselor/assign.xhtml?with=client:x%27").statusCode());

        String path = "counselor/assign.xhtml?with=couple:" + couple;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> page = counselor.open(path);
        Matcher key = REQUEST_KEY.matcher(page.body());
        assertTrue(key.find(), page.body());
        Map<String, String> fields =
                new HashMap<>(
                        Map.of(
                                "with",
                                "client:" + taylor,
                                "requestKey",
                                key.group(1),
                                "exerciseId_input",
                                String.valueOf(exercise),
                                "startsOn_input",
                                today.toString(),
                                "repeat",
                                "WEEKLY",
                                "weekdays",
                                today.getDayOfWeek().name(),
                                "weeks",
                                "2",
                                "coupleMode",
                                "SEPARATELY"));
        long taylorsBefore =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM homework_assignment WHERE client_id = ?", taylor);
        HttpResponse<String> crafted = counselor.submitOn(page, path, "assign", "save", fields);
        assertEquals(200, crafted.statusCode());
        assertTrue(
                crafted.body().contains("Choose a client or a couple on your caseload."),
                crafted.body());
        assertEquals(
                taylorsBefore,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM homework_assignment WHERE client_id = ?", taylor));

        fields.put("with", "couple:" + couple);
        fields.put("startsOn_input", "9999-01-04");
        HttpResponse<String> absurd = counselor.submitOn(page, path, "assign", "save", fields);
        assertEquals(200, absurd.statusCode());
        assertTrue(
                absurd.body().contains("The start date can be at most a year ahead"),
                absurd.body());

        counselor.ajaxOn(
                page,
                "assign",
                "assign:repeat",
                "change",
                "assign:schedule",
                Map.of("assign:repeat", "ONCE"));
        fields.put("repeat", "ONCE");
        fields.put("startsOn_input", today.minusDays(3).toString());
        fields.put("dueOn_input", today.minusDays(2).toString());
        HttpResponse<String> past = counselor.submitOn(page, path, "assign", "save", fields);
        assertTrue(past.body().contains("The due date cannot be in the past."), past.body());
        long coupleBefore =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM homework_assignment WHERE couple_id = ?", couple);
        assertEquals(
                0,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM homework_assignment WHERE request_key = ?",
                        key.group(1)),
                "nothing was saved by the refused requests");

        fields.put("dueOn_input", today.plusDays(20).toString());
        HttpResponse<String> first = counselor.submitOn(page, path, "assign", "save", fields);
        HttpResponse<String> second = counselor.submitOn(page, path, "assign", "save", fields);
        assertTrue(first.body().contains("Assigned \u201cPromise log"), first.body());
        assertTrue(
                second.body().contains("Assigned \u201cPromise log"),
                "the second press shows the same message: " + second.body());
        assertEquals(
                coupleBefore + 1,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM homework_assignment WHERE couple_id = ?", couple),
                "the form sent twice assigns once");
        WebSession again = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        HttpResponse<String> otherTab = again.open(path);
        Map<String, String> sameKey = new HashMap<>(fields);
        again.ajaxOn(
                otherTab,
                "assign",
                "assign:repeat",
                "change",
                "assign:schedule",
                Map.of("assign:repeat", "ONCE"));
        assertTrue(
                again.submitOn(otherTab, path, "assign", "save", sameKey)
                        .body()
                        .contains("Assigned"));
        assertEquals(
                coupleBefore + 1,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM homework_assignment WHERE couple_id = ?", couple),
                "the same form's key sent from another session assigns once too");

        long assignment =
                TestAccounts.count(
                        "SELECT id FROM homework_assignment WHERE request_key = ?", key.group(1));
        String assignmentPath = "counselor/assignment.xhtml?id=" + assignment;
        HttpResponse<String> shown = counselor.open(assignmentPath);
        assertTrue(
                shown.body().contains("Nothing due yet: first on"),
                "not \u201c0 of 0 done\u201d: " + shown.body());
        counselor.ajaxOn(
                shown,
                "actions",
                "actions:changeSchedule",
                null,
                "@all",
                Map.of("actions:changeSchedule", ""));
        TestAccounts.update(
                "UPDATE homework_assignment SET due_on = DATE_ADD(due_on, INTERVAL 1 DAY), updated_by = 'Jordan Reyes',"
                        + " version = version + 1 WHERE id = ?",
                assignment);
        Map<String, String> schedule =
                Map.of(
                        "startsOn_input",
                        today.minusDays(3).toString(),
                        "repeat",
                        "ONCE",
                        "dueOn_input",
                        today.plusDays(9).toString());
        HttpResponse<String> conflict =
                counselor.submitOn(shown, assignmentPath, "schedule", "saveSchedule", schedule);
        assertEquals(200, conflict.statusCode());
        assertTrue(
                conflict.body()
                        .contains(
                                "This assignment changed after you opened the page (Jordan Reyes"),
                conflict.body());
        assertEquals(
                today.plusDays(21).toString(),
                TestAccounts.text(
                        "SELECT due_on FROM homework_assignment WHERE id = ?", assignment),
                "nothing of the refused change was saved");
        HttpResponse<String> saved =
                counselor.submitOn(conflict, assignmentPath, "schedule", "saveSchedule", schedule);
        assertTrue(saved.body().contains("Schedule changed"), saved.body());
        assertEquals(
                today.plusDays(9).toString(),
                TestAccounts.text(
                        "SELECT due_on FROM homework_assignment WHERE id = ?", assignment),
                "saving again, knowingly, applies it");
        assertEquals(
                List.of(today.plusDays(9).toString(), today.plusDays(9).toString()),
                TestAccounts.strings(
                        "SELECT due_on FROM homework_task WHERE assignment_id = ? ORDER BY id",
                        assignment),
                "each partner's task follows the new date");
        TestAccounts.update("DELETE FROM homework_task WHERE assignment_id = ?", assignment);
        TestAccounts.update(
                "UPDATE homework_assignment SET status = 'ENDED' WHERE id = ?", assignment);
    }
}
