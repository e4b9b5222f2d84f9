package org.rapport.checkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.testing.Browser;
import org.rapport.testing.BrowserTest;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;

/**
 * Sam fills in this week's check-in on a phone, one question per screen; Morgan then finds the new
 * point on the couple's check-in chart (and in its table).
 */
@ExtendWith(BrowserTest.class)
class CheckinPagesIT {

    @Test
    void aCheckinSentFromAPhoneShowsOnTheCouplesChart(Browser browser) {
        browser.signIn(DemoAccounts.SAM, DemoAccounts.PASSWORD);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("portal/index.xhtml");
        // the demo couple's counselor shares the couple view: the portal says so, and never "only
        // you"
        assertTrue(
                browser.find("who-sees").getText().contains("your partner sees your weekly scores"),
                browser.find("who-sees").getText());
        browser.find("pending-checkins").findElement(By.cssSelector("a.task-link")).click();
        browser.waitForAjax();
        browser.checkAccessibility();
        String whoSees = browser.find("who-sees").getText();
        assertTrue(
                whoSees.contains("Alex sees your score for each week")
                        && !whoSees.contains("does not see yours"),
                "the check-in says who will see what Sam sends: " + whoSees);
        List<WebElement> items = browser.driver().findElements(By.cssSelector(".checkin-item"));
        assertTrue(items.size() >= 10);
        long response =
                Long.parseLong(
                        browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));

        // three answers, then Sam leaves: they are saved as Sam goes, and are Sam's alone
        for (int i = 0; i < 3; i++) {
            items.get(i).findElement(By.xpath(".//label[normalize-space()='6']")).click();
            browser.driver().findElement(By.cssSelector(".checkin-next")).click();
        }
        // the autosave's Ajax update replaces the line it is read from: read it again when it went
        // stale
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("checkin-saved")).getText().startsWith("Saved"));
        browser.screenshot("checkin-phone-draft-saved");
        assertEquals(
                3,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM checkin_draft_answer WHERE response_id = ?",
                        response));
        assertEquals(
                0,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM checkin_answer WHERE response_id = ?", response),
                "nothing is sent: the counselor's chart, scores and alerts read only what was sent");
        assertEquals(
                0,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM checkin_response WHERE id = ? AND submitted_at IS NOT NULL",
                        response));
        browser.open("portal/index.xhtml");
        // back later in a new session (another device, or after the session ended): where Sam left
        // it
        browser.signIn(DemoAccounts.SAM, DemoAccounts.PASSWORD);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("portal/checkin.xhtml?id=" + response);
        items = browser.driver().findElements(By.cssSelector(".checkin-item"));
        assertTrue(
                items.get(3).isDisplayed() && !items.get(2).isDisplayed(),
                "it opens at question 4, after the last answered");
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    "6",
                    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                            .executeScript(
                                    "var c = arguments[0].querySelector('input[type=radio]:checked'); return c && c.value;",
                                    items.get(i)),
                    "question " + (i + 1) + " keeps its answer");
        }
        assertTrue(
                browser.find("checkin-saved").getText().startsWith("Saved"),
                browser.find("checkin-saved").getText());
        for (int i = 3; i < items.size(); i++) {
            WebElement item = items.get(i);
            assertTrue(item.isDisplayed(), "question " + (i + 1) + " is on screen");
            if (i + 1 < items.size()) {
                assertTrue(!items.get(i + 1).isDisplayed(), "one question per screen on a phone");
            }
            List<WebElement> six = item.findElements(By.xpath(".//label[normalize-space()='6']"));
            if (!six.isEmpty()) {
                six.get(0).click();
            }
            if (i + 1 < items.size()) {
                browser.driver().findElement(By.cssSelector(".checkin-next")).click();
            }
        }
        browser.screenshot("checkin-phone-last-question");
        browser.find("checkin:send").click();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("portal/index"));
        assertEquals(
                0,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM checkin_draft_answer WHERE response_id = ?",
                        response),
                "sent: the draft is gone");
        assertTrue(
                TestAccounts.count(
                                "SELECT COUNT(*) FROM checkin_answer WHERE response_id = ?",
                                response)
                        >= 10);

        long couple =
                TestAccounts.count(
                        "SELECT p.id FROM couple p JOIN client c ON c.id IN (p.partner_one_id, p.partner_two_id)"
                                + " WHERE c.legal_name = 'Alexandra Rivera'");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/couple.xhtml?id=" + couple);
        browser.driver().findElement(By.cssSelector("#tabs a[href*='checkins-tab']")).click();
        browser.waitForAjax();
        // the week of the check-in Sam just sent, as stored (a run across midnight into a Monday
        // must not matter)
        String monday =
                DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                        .format(
                                LocalDate.parse(
                                        TestAccounts.text(
                                                "SELECT r.due_on FROM checkin_response r JOIN client c ON c.id = r.client_id"
                                                        + " WHERE c.legal_name = 'Samuel Okafor' AND r.submitted_at IS NOT NULL"
                                                        + " ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1")));
        String table = browser.driver().findElement(By.cssSelector(".checkin-table")).getText();
        assertTrue(
                table.lines()
                        .anyMatch(
                                row ->
                                        row.contains("Sam")
                                                && row.contains(monday)
                                                && row.contains("5.6")),
                "Sam's new check-in (all sixes; the two reversed items count 4, so 5.6) is in the table: "
                        + table);
        assertTrue(
                browser.driver()
                                .findElements(
                                        By.cssSelector(
                                                "#tabs\\:total-chart canvas, [id$='total-chart'] canvas"))
                                .size()
                        > 0,
                "the chart is drawn");
        browser.screenshot("checkins-couple-chart");
        // each subscale in people's words, with what its numbers mean (not "Conflict: higher is
        // better")
        assertTrue(
                browser.driver()
                                .findElements(
                                        By.cssSelector(
                                                "canvas[aria-label*='How calmly you handled disagreements']"))
                                .size()
                        > 0,
                "the conflict subscale's chart says what it measures");

        // the counselor withdraws the shared couple view, and shares it again
        browser.driver().findElement(By.cssSelector("[id$=':withdraw']")).click();
        browser.waitForAjax();
        assertTrue(
                browser.find("tabs:assigned-checkins")
                        .getText()
                        .contains("the couple view is withdrawn"),
                browser.find("tabs:assigned-checkins").getText());
        assertTrue(browser.driver().findElements(By.cssSelector("[id$=':withdraw']")).isEmpty());
        browser.checkAccessibility();
        browser.driver().findElement(By.cssSelector("[id$=':share']")).click();
        browser.waitForAjax();
        assertTrue(
                browser.find("tabs:assigned-checkins")
                        .getText()
                        .contains("Both partners see both lines"));
    }
}
