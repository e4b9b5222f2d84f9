package org.rapport.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.testing.Browser;
import org.rapport.testing.BrowserTest;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;

/**
 * Homework end to end in a real browser: Morgan assigns a weekly exercise to Alex & Sam, Alex
 * answers it in the portal (on a phone-sized screen) and marks it done, and Morgan finds the
 * answers in the summary before the couple's next session.
 */
@ExtendWith(BrowserTest.class)
class HomeworkPagesIT {

    private static final String TITLE = "Speaker-listener with paraphrasing";

    @Test
    void assignedAnsweredAndSeenBeforeTheNextSession(Browser browser) {
        long couple =
                TestAccounts.count(
                        "SELECT p.id FROM couple p JOIN client c ON c.id IN (p.partner_one_id, p.partner_two_id)"
                                + " WHERE c.legal_name = 'Alexandra Rivera'");
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/assign.xhtml?with=couple:" + couple + "&exercise=speaker-listener");
        browser.find("assign:instructions")
                .sendKeys("Try it on the holiday plans first: a low-stakes topic.");
        browser.find("assign:save").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("assigned-message")).isEmpty());
        assertTrue(
                browser.find("assigned-message").getText().contains(TITLE),
                browser.find("assigned-message").getText());
        browser.find("assigned-link").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("assignment.xhtml"));
        browser.waitForAjax();
        browser.checkAccessibility();
        assertEquals(TITLE, browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(
                browser.driver()
                        .findElement(By.cssSelector(".lead"))
                        .getText()
                        .contains("Together"));
        browser.screenshot("homework-assigned");

        browser.signIn(DemoAccounts.ALEX, DemoAccounts.PASSWORD);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("portal/index.xhtml");
        assertNoSidewaysScrolling(browser);
        WebElement today = browser.find("today-tasks");
        assertTrue(today.getText().contains(TITLE), today.getText());
        today.findElement(By.linkText(TITLE)).click();
        browser.waitForAjax();
        browser.checkAccessibility();
        assertNoSidewaysScrolling(browser);
        assertTrue(
                browser.find("personal-note").getText().contains("holiday plans"),
                "the counselor's note is shown");

        List<WebElement> texts =
                browser.driver().findElements(By.cssSelector("textarea[id^='task:answers:']"));
        assertFalse(texts.isEmpty());
        texts.get(0)
                .sendKeys(
                        "Sam repeated back what I said about money and got it right the second time.");
        for (WebElement scale :
                browser.driver()
                        .findElements(By.cssSelector("[id^='task:answers:'][id$=':scale']"))) {
            scale.findElement(By.xpath(".//label[normalize-space()='7']")).click();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(
                        org.openqa.selenium.StaleElementReferenceException
                                .class) // the autosave re-renders it
                .until(d -> d.findElement(By.id("answers-saved")).getText().startsWith("Saved"));
        browser.screenshot("homework-task-phone");
        browser.find("task:complete").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("portal/index"));
        assertTrue(
                browser.find("task-received").getText().contains("Marked as done"),
                "the portal confirms it");
        browser.waitForAjax();
        assertFalse(
                browser.driver().findElements(By.id("today-tasks")).stream()
                        .anyMatch(e -> e.getText().contains(TITLE)),
                "done: no longer due today");
        browser.screenshot("portal-home-phone");

        long next =
                TestAccounts.count(
                        "SELECT MIN(a.id) FROM appointment a WHERE a.couple_id = ? AND a.starts_at > UTC_TIMESTAMP()"
                                + " AND a.status = 'SCHEDULED'",
                        couple);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/appointment.xhtml?id=" + next);
        String summary = browser.find("before-session").getText();
        assertTrue(summary.contains(TITLE), summary);
        assertTrue(
                summary.contains("Sam repeated back what I said about money"),
                "Alex's answer is in the summary: " + summary);
        browser.screenshot("before-session-summary");
    }

    @Test
    void assignedFromTheExercisePageToAPickedCoupleWithAPreviewThenRescheduled(Browser browser) {
        String slug =
                TestAccounts.text(
                        "SELECT e.slug FROM exercise e WHERE e.origin = 'LIBRARY' AND e.participation = 'BOTH_TOGETHER'"
                                + " AND NOT EXISTS (SELECT 1 FROM homework_assignment a WHERE a.exercise_id = e.id) AND e.slug <> 'speaker-listener'"
                                + " ORDER BY e.slug LIMIT 1");
        String title = TestAccounts.text("SELECT title FROM exercise WHERE slug = ?", slug);
        List<String> prompts =
                TestAccounts.strings(
                        "SELECT p.question FROM exercise_prompt p JOIN exercise e ON e.id = p.exercise_id"
                                + " WHERE e.slug = ? ORDER BY p.position",
                        slug);
        assertFalse(prompts.isEmpty());
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/exercise.xhtml?id=" + slug);
        browser.find("assign-exercise").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("assign.xhtml"));
        browser.waitForAjax();
        browser.find("assign:who_input").sendKeys("Alex");
        WebElement couple =
                new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(
                                d ->
                                        d
                                                .findElements(
                                                        By.cssSelector(".ui-autocomplete-item"))
                                                .stream()
                                                .filter(
                                                        e ->
                                                                e.getText()
                                                                        .contains(
                                                                                "Alex & Sam (couple)"))
                                                .findFirst()
                                                .orElse(null));
        assertTrue(
                browser.driver().findElements(By.cssSelector(".ui-autocomplete-item")).stream()
                        .noneMatch(e -> e.getText().contains("Taylor")),
                "only Morgan's own clients and couples are offered");
        couple.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        d ->
                                d.findElement(By.id("preview-heading"))
                                        .getText()
                                        .contains("Alex & Sam"));
        browser.waitForAjax();
        assertEquals(title, browser.find("preview-title").getText());
        String preview = browser.find("preview-prompts").getText();
        prompts.forEach(
                question ->
                        assertTrue(
                                preview.contains(question),
                                "the preview shows " + question + ": " + preview));
        assertTrue(
                browser.find("preview-mode").getText().contains("One task for both"),
                "the exercise's own mode: together");
        browser.checkAccessibility();
        browser.screenshot("assign-preview");
        browser.find("assign:save").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("assigned-message")).isEmpty());
        String message = browser.find("assigned-message").getText();
        assertTrue(
                message.contains(title)
                        && message.contains("Alex & Sam")
                        && message.contains("due"),
                message);
        browser.screenshot("assigned-message");
        browser.find("assigned-link").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("assignment.xhtml"));
        browser.waitForAjax();
        assertEquals(
                title,
                browser.find("exercise-link").getText(),
                "the assignment links back to its exercise");
        assertEquals(
                "Alex & Sam", browser.find("chart-link").getText(), "and to the couple's chart");

        browser.find("actions:changeSchedule").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("schedule:startsOn_input")).isEmpty());
        browser.waitForAjax();
        WebElement start = browser.find("schedule:startsOn_input");
        String startsOn = start.getAttribute("value");
        String nextWeek = java.time.LocalDate.parse(startsOn).plusDays(7).toString();
        // typed into the field as a person would, without the calendar popup (which covers the
        // buttons)
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", start, nextWeek);
        browser.find("schedule:saveSchedule").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        d ->
                                d.findElement(By.tagName("main"))
                                        .getText()
                                        .contains("Schedule changed"));
        browser.waitForAjax();
        String nothingDue = browser.find("nothing-due").getText();
        assertTrue(nothingDue.startsWith("Nothing due yet: first on "), nothingDue);
        assertFalse(browser.driver().findElement(By.tagName("main")).getText().contains("0 of 0"));
        browser.screenshot("assignment-rescheduled");

        browser.open("counselor/exercise.xhtml?id=" + slug);
        assertTrue(
                browser.find("exercise-assigned").getText().contains("Alex & Sam"),
                "the exercise says where it is assigned");
        browser.driver().findElement(By.linkText("Alex & Sam")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.getCurrentUrl().contains("assignment.xhtml"));
        browser.waitForAjax();
        browser.find("actions:end").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        d -> {
                            WebElement yes = d.findElement(By.cssSelector(".ui-confirmdialog-yes"));
                            return yes.isDisplayed() ? yes : null;
                        })
                .click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains("Ended"));
    }

    @Test
    void aLongExerciseTitleWrapsOnTheAssignPageOnAPhoneAndADesktop(Browser browser) {
        String title =
                "Noticing the small daily moments of reliability and reassurance between you, written down each evening";
        title = title + " " + "x".repeat(119 - title.length());
        assertEquals(120, title.length());
        String slug = "long-title-" + System.nanoTime();
        long couple =
                TestAccounts.count(
                        "SELECT p.id FROM couple p JOIN client c ON c.id IN (p.partner_one_id, p.partner_two_id)"
                                + " WHERE c.legal_name = 'Alexandra Rivera'");
        TestAccounts.update(
                "INSERT INTO exercise (slug, title, strategy_key, goal, minutes_needed, frequency, participation, origin)"
                        + " SELECT ?, ?, MIN(strategy_key), 'Checks that pages wrap a long title.', 10, 'Daily', 'BOTH_TOGETHER', 'PRACTICE'"
                        + " FROM strategy",
                slug,
                title);
        try {
            browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
            for (int width : new int[] {390, 1440}) {
                browser.driver()
                        .manage()
                        .window()
                        .setSize(new Dimension(width, width == 390 ? 844 : 900));
                for (String path :
                        List.of(
                                "counselor/assign.xhtml?with=couple:"
                                        + couple
                                        + "&exercise="
                                        + slug,
                                "counselor/assign.xhtml?exercise=" + slug)) {
                    browser.open(path);
                    browser.waitForAjax();
                    assertEquals(title, browser.find("preview-title").getText());
                    assertFitsTheWindow(browser, width + " px, " + path);
                }
                browser.screenshot("assign-long-title-" + width);
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            TestAccounts.update("DELETE FROM exercise WHERE slug = ?", slug);
        }
    }

    private static void assertFitsTheWindow(Browser browser, String where) {
        @SuppressWarnings("unchecked")
        List<Long> widths =
                (List<Long>)
                        ((JavascriptExecutor) browser.driver())
                                .executeScript(
                                        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        assertTrue(
                widths.get(0) <= widths.get(1),
                "no sideways scrolling at " + where + ": " + widths);
    }

    private static void assertNoSidewaysScrolling(Browser browser) {
        Long width =
                (Long)
                        ((JavascriptExecutor) browser.driver())
                                .executeScript("return document.documentElement.scrollWidth;");
        assertTrue(
                width <= 390, "the page fits a 390-pixel phone screen, but is " + width + " wide");
    }
}
