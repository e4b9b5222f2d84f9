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
 * Homework end to end in a real browser: Morgan assigns a weekly exercise to Alex & Sam, Alex answers it
 * in the portal (on a phone-sized screen) and marks it done, and Morgan finds the answers in the summary
 * before the couple's next session.
 */
@ExtendWith(BrowserTest.class)
class HomeworkPagesIT {

    private static final String TITLE = "Speaker-listener with paraphrasing";

    @Test
    void assignedAnsweredAndSeenBeforeTheNextSession(Browser browser) {
        long couple = TestAccounts.count("SELECT p.id FROM couple p JOIN client c ON c.id IN (p.partner_one_id, p.partner_two_id)"
                + " WHERE c.legal_name = 'Alexandra Rivera'");
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/assign.xhtml?with=couple:" + couple + "&exercise=speaker-listener");
        browser.find("assign:instructions").sendKeys("Try it on the holiday plans first: a low-stakes topic.");
        browser.find("assign:save").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("assignment.xhtml"));
        browser.waitForAjax();
        browser.checkAccessibility();
        assertEquals(TITLE, browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(browser.driver().findElement(By.cssSelector(".lead")).getText().contains("Together"));
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
        assertTrue(browser.find("personal-note").getText().contains("holiday plans"), "the counselor's note is shown");

        List<WebElement> texts = browser.driver().findElements(By.cssSelector("textarea[id^='task:answers:']"));
        assertFalse(texts.isEmpty());
        texts.get(0).sendKeys("Sam repeated back what I said about money and got it right the second time.");
        for (WebElement scale : browser.driver().findElements(By.cssSelector("[id^='task:answers:'][id$=':scale']"))) {
            scale.findElement(By.xpath(".//label[normalize-space()='7']")).click();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class) // the autosave re-renders it
                .until(d -> d.findElement(By.id("answers-saved")).getText().startsWith("Saved"));
        browser.screenshot("homework-task-phone");
        browser.find("task:complete").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("portal/index"));
        assertTrue(browser.find("task-received").getText().contains("Marked as done"), "the portal confirms it");
        browser.waitForAjax();
        assertFalse(browser.driver().findElements(By.id("today-tasks")).stream().anyMatch(e -> e.getText().contains(TITLE)),
                "done: no longer due today");
        browser.screenshot("portal-home-phone");

        long next = TestAccounts.count("SELECT MIN(a.id) FROM appointment a WHERE a.couple_id = ? AND a.starts_at > UTC_TIMESTAMP()"
                + " AND a.status = 'SCHEDULED'", couple);
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/appointment.xhtml?id=" + next);
        String summary = browser.find("before-session").getText();
        assertTrue(summary.contains(TITLE), summary);
        assertTrue(summary.contains("Sam repeated back what I said about money"), "Alex's answer is in the summary: " + summary);
        browser.screenshot("before-session-summary");
    }

    private static void assertNoSidewaysScrolling(Browser browser) {
        Long width = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;");
        assertTrue(width <= 390, "the page fits a 390-pixel phone screen, but is " + width + " wide");
    }
}
