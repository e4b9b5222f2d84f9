package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.testing.Browser;
import org.rapport.testing.BrowserTest;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.RunningRapport;

/** Signing in and out in a real browser, as each kind of person. */
@ExtendWith(BrowserTest.class)
class SignInPageIT {

    @Test
    void counselorSignsInToTheirWorkspaceAndOut(Browser browser) {
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        assertEquals("Today · Rapport", browser.title(), "counselors land on their home page");
        assertEquals("Morgan Lee", browser.find("signed-in-as").getText());
        browser.checkAccessibility();

        browser.find("nav-clients").click();
        browser.waitForAjax();
        browser.checkAccessibility();
        String caseload = browser.find("caseload:clients").getText();
        assertTrue(caseload.contains("Alex") && caseload.contains("Sam"), caseload);
        assertTrue(!caseload.contains("Taylor"), "Jordan's client is not on Morgan's caseload");
        browser.screenshot("counselor-clients");
        browser.find("caseload:search").sendKeys("sam");
        sleep(700);
        browser.waitForAjax();
        java.util.List<String> found =
                browser
                        .driver()
                        .findElements(
                                org.openqa.selenium.By.cssSelector(
                                        "#caseload\\:clients .client-link"))
                        .stream()
                        .map(org.openqa.selenium.WebElement::getText)
                        .toList();
        assertEquals(java.util.List.of("Sam"), found, "search narrows the list in place");

        browser.find("session:signout").click();
        browser.waitForAjax();
        assertEquals("Sign in · Rapport", browser.title());
        assertTrue(browser.find("signin:messages").getText().contains("You are signed out."));
        browser.open("counselor/exercises.xhtml");
        assertEquals("Sign in · Rapport", browser.title(), "pages need signing in again");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aWrongPasswordGetsAClearMessageAndKeepsTheEmail(Browser browser) {
        browser.driver().manage().deleteAllCookies();
        browser.open("login.xhtml");
        browser.screenshot("sign-in");
        browser.find("signin:email").sendKeys(DemoAccounts.JORDAN);
        browser.driver()
                .findElement(By.cssSelector("#signin\\:password input, input#signin\\:password"))
                .sendKeys("not the password");
        browser.find("signin:submit").click();
        browser.waitForAjax();
        browser.checkAccessibility();
        assertTrue(
                browser.find("signin:messages").getText().contains("do not match an account"),
                browser.find("signin:messages").getText());
        assertEquals(
                DemoAccounts.JORDAN,
                browser.find("signin:email").getAttribute("value"),
                "the email stays filled in");
    }

    @Test
    void clientSeesTheirOwnPortal(Browser browser) {
        browser.signIn(DemoAccounts.ALEX, DemoAccounts.PASSWORD);
        assertEquals("Your portal · Rapport", browser.title());
        assertEquals("Hello, Alex", browser.find("portal-greeting").getText());
        assertEquals("Morgan Lee", browser.find("portal-counselor").getText());
        browser.checkAccessibility();
        browser.screenshot("portal");
    }

    @Test
    void adminLandsOnThePracticeFiguresAndSeesSignInsInTheAuditTrail(Browser browser) {
        browser.signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> "Today · Rapport".equals(d.getTitle()));
        String figures = browser.find("practice-figures").getText();
        assertTrue(
                figures.contains("Morgan Lee")
                        && figures.contains("Jordan")
                        && figures.contains("No-show rate"),
                figures);
        browser.checkAccessibility();
        browser.screenshot("admin-home");
        browser.open("admin/audit.xhtml");
        assertEquals("Audit trail · Rapport", browser.title());
        browser.checkAccessibility();
        String trail = browser.find("audit:events").getText();
        assertTrue(trail.contains("LOGIN") && trail.contains(DemoAccounts.ADMIN), trail);
        assertFalse(
                trail.contains("CheckinResponse") || trail.contains("HomeworkTask"),
                "records in people's words: " + trail);
        browser.find("audit:client").sendKeys("Rivera", org.openqa.selenium.Keys.TAB);
        browser.waitForAjax();
        List<String> clients =
                browser
                        .driver()
                        .findElements(By.cssSelector("[id='audit:events'] td.col-client"))
                        .stream()
                        .map(WebElement::getText)
                        .toList();
        assertTrue(
                !clients.isEmpty() && clients.stream().allMatch(c -> c.contains("Rivera")),
                "filtered by the client's name, shown by name: " + clients);
        browser.screenshot("audit-trail");
    }

    @Test
    void idleWarningOffersToStaySignedIn(Browser browser) {
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        long warnAfter = RunningRapport.IDLE_TIMEOUT.toSeconds() / 2;
        new WebDriverWait(browser.driver(), Duration.ofSeconds(warnAfter + 10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("idle:idleWarning")));
        assertTrue(browser.find("idle:idleWarning").getText().contains("Are you still there?"));
        browser.screenshot("idle-warning");
        browser.find("idle:stay").click();
        browser.waitForAjax();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("idle:idleWarning")));
        browser.open("counselor/clients.xhtml");
        assertEquals(
                "Clients · Rapport", browser.title(), "still signed in after choosing to stay");
    }
}
