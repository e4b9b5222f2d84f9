package org.rapport.checkins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.testing.Browser;
import org.rapport.testing.BrowserTest;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;

/**
 * Morgan gives Alex the PHQ-9 from Alex's chart; Alex answers it on a phone, one question per
 * screen with the measure's own answer choices and its copyright line. Alex's answer to item 9
 * (thoughts of self-harm) is above "Not at all": Morgan signs in to Today with the alert at the
 * top, opens the chart and acknowledges it, then finds the total and its severity band on the
 * chart.
 */
@ExtendWith(BrowserTest.class)
class MeasurePagesIT {

    @Test
    void beforeEverySessionAsksForHoursAndRefusesBadOnesNextToTheField(Browser browser) {
        long priya = TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Priya Shah'");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/client.xhtml?id=" + priya);
        openCheckinsTab(browser);
        WebElement beforeSession =
                browser.driver()
                        .findElement(
                                By.xpath(
                                        "//*[@id='tabs:checkin-form:schedule']//label[contains(., 'Before every session')]"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", beforeSession);
        beforeSession.click();
        browser.waitForAjax();
        WebElement hours = browser.find("tabs:checkin-form:hoursBefore");
        assertEquals("48", hours.getAttribute("value"), "48 hours unless changed");
        assertEquals(
                "1",
                browser.find("tabs:checkin-form:everySessions").getAttribute("value"),
                "every session");
        hours.clear();
        hours.sendKeys("200");
        WebElement every = browser.find("tabs:checkin-form:everySessions");
        every.clear();
        every.sendKeys("often");
        browser.find("tabs:checkin-form:assignCheckin").click();
        browser.waitForAjax();
        String form = browser.find("tabs:checkin-form").getText();
        assertTrue(form.contains("Enter a number, like 1 for every session."), form);
        every = browser.find("tabs:checkin-form:everySessions");
        every.clear();
        every.sendKeys("1");
        browser.find("tabs:checkin-form:assignCheckin").click();
        browser.waitForAjax();
        form = browser.find("tabs:checkin-form").getText();
        assertTrue(form.contains("Choose 1 to 168 hours (a week) before the session."), form);
        assertTrue(!form.contains("Assigned"), "nothing assigned: " + form);
    }

    @Test
    void alexAnswersAPhq9OnAPhoneAndMorganSeesItsBand(Browser browser) {
        long alex =
                TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Alexandra Rivera'");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/client.xhtml?id=" + alex);
        openCheckinsTab(browser);
        // the menu's panel opens with an animation: a click during it can miss, so choose until the
        // label says so
        for (int attempt = 0;
                attempt < 3
                        && !browser.find("tabs:checkin-form:questionnaireId_label")
                                .getText()
                                .startsWith("PHQ-9");
                attempt++) {
            WebElement menu = browser.find("tabs:checkin-form:questionnaireId");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
            menu.click();
            WebElement item =
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                            .until(
                                    ExpectedConditions.elementToBeClickable(
                                            By.cssSelector(
                                                    "[id='tabs:checkin-form:questionnaireId_items']"
                                                            + " li[data-label='PHQ-9: Patient Health Questionnaire']")));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(2))
                    .pollingEvery(Duration.ofMillis(100))
                    .until(
                            d ->
                                    "1"
                                            .equals(
                                                    ((JavascriptExecutor) d)
                                                            .executeScript(
                                                                    "return getComputedStyle(document"
                                                                            + ".getElementById('tabs:checkin-form:questionnaireId_panel')).opacity;")));
            item.click();
        }
        assertTrue(
                browser.find("tabs:checkin-form:questionnaireId_label")
                        .getText()
                        .startsWith("PHQ-9"));
        WebElement weeks = browser.find("tabs:checkin-form:weeks");
        weeks.clear();
        weeks.sendKeys("1");
        browser.find("tabs:checkin-form:assignCheckin").click();
        browser.waitForAjax();
        assertTrue(
                browser.find("tabs:checkin-form")
                        .getText()
                        .contains("Assigned: PHQ-9: Patient Health Questionnaire, once."),
                browser.find("tabs:checkin-form").getText());

        browser.signIn(DemoAccounts.ALEX, DemoAccounts.PASSWORD);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.open("portal/index.xhtml");
        browser.find("pending-checkins").findElement(By.partialLinkText("PHQ-9")).click();
        browser.waitForAjax();
        browser.checkAccessibility();
        assertTrue(
                browser.driver().getPageSource().contains("No permission required to reproduce"),
                "the copyright line");
        List<WebElement> items = browser.driver().findElements(By.cssSelector(".checkin-item"));
        assertEquals(10, items.size());
        for (int i = 0; i < items.size(); i++) {
            WebElement item = items.get(i);
            assertTrue(item.isDisplayed(), "question " + (i + 1) + " is on screen");
            assertTrue(
                    item.getText().contains("Over the last 2 weeks"),
                    "each question under the measure's own stem");
            String choice = i < 9 ? "Several days" : "Somewhat difficult";
            item.findElement(By.xpath(".//label[normalize-space()='" + choice + "']")).click();
            if (i + 1 < items.size()) {
                browser.driver().findElement(By.cssSelector(".checkin-next")).click();
            }
        }
        browser.screenshot(
                "phq9-last-question"); // (at desktop width: the screenshot takes the whole page)
        browser.find("checkin:send").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("portal/index"));
        assertTrue(
                browser.find("checkin-received").getText().contains("your answers were sent"),
                "the portal confirms the check-in was received");

        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        // "several days" on item 9: Morgan lands on Today with the alert at the top, above today's
        // sessions
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> "Today · Rapport".equals(d.getTitle()));
        assertTrue(browser.find("today").isDisplayed());
        WebElement alert =
                browser.find("attention").findElements(By.cssSelector("li")).stream()
                        .filter(
                                li ->
                                        li.getText().contains("Alex")
                                                && li.getText().contains("Thoughts of self-harm"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(browser.find("attention").getText()));
        assertTrue(
                alert.getText().contains("PHQ-9 item 9")
                        && alert.getText().contains("Several days"),
                alert.getText());
        browser.screenshot("home-with-alert");
        alert.findElement(By.partialLinkText("Open the chart")).click();
        browser.waitForAjax();
        WebElement open =
                browser.find("chart-alerts").findElements(By.cssSelector("li.alert-item")).stream()
                        .filter(li -> li.getText().contains("Thoughts of self-harm"))
                        .findFirst()
                        .orElseThrow();
        browser.checkAccessibility();
        open.findElement(By.cssSelector("button")).click();
        browser.waitForAjax();
        assertTrue(
                browser.find("page-messages").getText().contains("Alert acknowledged"),
                browser.find("page-messages").getText());
        browser.driver().findElement(By.cssSelector(".alerts-acknowledged summary")).click();
        String acknowledged =
                browser.driver().findElement(By.cssSelector(".alerts-acknowledged")).getText();
        assertTrue(
                acknowledged.contains("PHQ-9 item 9")
                        && acknowledged.contains("acknowledged by Morgan Lee"),
                acknowledged);
        assertEquals(
                1,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM measure_alert m JOIN account a ON a.id = m.acknowledged_by"
                                + " WHERE m.client_id = ? AND m.kind = 'SELF_HARM' AND a.email = ?",
                        alex,
                        DemoAccounts.MORGAN),
                "who acknowledged is kept");
        browser.open("counselor/home.xhtml");
        assertTrue(
                browser.driver().findElements(By.cssSelector("#attention li")).stream()
                        .noneMatch(
                                li ->
                                        li.getText().contains("Alex")
                                                && li.getText().contains("self-harm")),
                "off the home page");

        browser.open("counselor/client.xhtml?id=" + alex);
        openCheckinsTab(browser);
        WebElement section =
                browser.driver()
                        .findElement(
                                By.cssSelector("section.checkin-section[aria-label^='PHQ-9']"));
        String table = section.findElement(By.cssSelector(".checkin-table")).getText();
        assertTrue(
                table.lines().anyMatch(row -> row.contains("9.0") && row.contains("Mild")),
                "nine answers of 'several days' make 9, mild: " + table);
        assertTrue(section.findElements(By.cssSelector("canvas")).size() > 0, "the chart is drawn");
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView();", section);
        browser.screenshot("phq9-on-the-chart");
    }

    private static void openCheckinsTab(Browser browser) {
        browser.driver().findElement(By.cssSelector("#tabs a[href*='checkins-tab']")).click();
        browser.waitForAjax();
    }
}
