package org.rapport.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.testing.Browser;
import org.rapport.testing.BrowserTest;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;

/**
 * A counselor writes a SOAP note in a real browser: the draft saves itself, survives leaving the
 * page, and is signed with the password; the session then leaves the "notes to write" list.
 */
@ExtendWith(BrowserTest.class)
class NotePageIT {

    private static final String SUBJECTIVE =
            "Marcus said the week felt steadier; he kept two of three promises.";
    private static final String PLAN =
            "Continue the promise log; review it at the start of next session.";

    @Test
    void aSoapNoteIsDraftedLeftResumedAndSigned(Browser browser) {
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        browser.open("counselor/missing-notes.xhtml");
        browser.screenshot("notes-to-write");
        long marcusBefore = marcusRows(browser);
        WebElement row =
                browser.driver().findElements(By.cssSelector("#missing_data tr")).stream()
                        .filter(r -> r.getText().contains("Marcus"))
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new AssertionError(
                                                "Marcus's last session waits for its note"));
        row.findElement(By.cssSelector("a.note-link")).click();
        browser.waitForAjax();
        browser.checkAccessibility();
        String notePage = browser.driver().getCurrentUrl();
        assertTrue(browser.title().startsWith("Session note"), browser.title());

        chooseFormat(browser, "Progress note");
        assertEquals("Progress note", checkedFormat(browser));
        assertTrue(
                browser.driver().getPageSource().contains("<legend>Progress note</legend>"),
                "not \"Progress note note\"");
        chooseFormat(browser, "SOAP");
        assertEquals("SOAP", checkedFormat(browser), "the label clicked is the format marked");
        assertEquals("Subjective", label(browser, "note:section1"));
        type(browser, "note:section1", SUBJECTIVE);
        waitUntilSaved(browser);
        browser.screenshot("note-draft");

        browser.open("counselor/calendar.xhtml");
        browser.driver().get(notePage);
        browser.waitForAjax();
        assertEquals(
                SUBJECTIVE,
                browser.find("note:section1").getAttribute("value"),
                "the draft is there on return");
        assertTrue(
                browser.find("note-saved").getText().startsWith("Saved"),
                browser.find("note-saved").getText());

        type(browser, "note:section4", PLAN);
        browser.find("note:openSign").click();
        WebElement password =
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .until(d -> d.findElement(By.cssSelector("#note\\:password")));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> password.isDisplayed());
        password.sendKeys("not my password");
        browser.find("note:sign").click();
        browser.waitForAjax();
        assertTrue(
                browser.driver()
                        .findElement(By.cssSelector("#note\\:signDialog"))
                        .getText()
                        .contains("That is not your password"),
                "a wrong password is refused next to the field");

        WebElement again = browser.find("note:password");
        again.clear();
        again.sendKeys(DemoAccounts.PASSWORD);
        browser.find("note:sign").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.id("signature")).isEmpty());
        browser.waitForAjax();
        browser.checkAccessibility();
        assertTrue(
                browser.find("signature").getText().contains("Signed"),
                browser.find("signature").getText());
        assertTrue(browser.find("signature").getText().contains("Unchanged since signing"));
        assertEquals(SUBJECTIVE, browser.find("section-1").getText());
        assertEquals(PLAN, browser.find("section-4").getText());
        assertTrue(
                browser.driver().findElements(By.id("note:section1")).isEmpty(),
                "a signed note has no edit form");
        browser.screenshot("note-signed");

        browser.open("counselor/missing-notes.xhtml");
        assertEquals(marcusBefore - 1, marcusRows(browser), "the signed session left the list");
    }

    @Test
    void aPartnersChartExportSaysItHoldsCoupleNotesAndLeavesThemOutUnlessChosen(Browser browser) {
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> "Today · Rapport".equals(d.getTitle()));
        long sam = TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Samuel Okafor'");
        browser.open("counselor/client.xhtml?id=" + sam);
        browser.driver().findElement(By.linkText("Notes")).click();
        WebElement warning = browser.find("chart-export-warning");
        assertTrue(warning.isDisplayed(), "said before the export, where the export button is");
        assertTrue(warning.getText().contains("of joint couple sessions"), warning.getText());
        assertTrue(warning.getText().contains("what the partner disclosed"), warning.getText());
        assertTrue(
                browser.find("couple-notes-out").isSelected(), "leaving them out is the default");
        assertFalse(browser.find("couple-notes-in").isSelected());
        assertEquals("client=" + sam + "&couple-notes=leave-out", exportQuery(browser));
        browser.screenshot("chart-export-couple-notes");

        browser.driver().findElement(By.cssSelector("label[for='couple-notes-in']")).click();
        assertTrue(browser.find("couple-notes-in").isSelected(), "the label chooses its option");
        assertEquals(
                "client=" + sam + "&couple-notes=include",
                exportQuery(browser),
                "the PDF asked for includes them");
        assertTrue(browser.find("chart-pdf").getText().contains("Chart as PDF"));
        browser.checkAccessibility();
    }

    /** What pressing "Chart as PDF" sends (the download itself is not followed in the browser). */
    private static String exportQuery(Browser browser) {
        return (String)
                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var f = document.getElementById('chart-export');"
                                        + " return f.getAttribute('action').endsWith('/counselor/chart.pdf') && f.method === 'get'"
                                        + " ? new URLSearchParams(new FormData(f)).toString() : 'not a GET to chart.pdf';");
    }

    private static long marcusRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#missing_data tr")).stream()
                .filter(r -> r.getText().contains("Marcus"))
                .count();
    }

    private static String checkedFormat(Browser browser) {
        return (String)
                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript(
                                "var i = document.querySelector(\"[id='note:format'] input:checked\");"
                                        + " return i ? document.querySelector(\"[id='note:format'] label[for='\" + i.id + \"']\").textContent.trim()"
                                        + " : null;");
    }

    private static void chooseFormat(Browser browser, String format) {
        browser.driver()
                .findElement(
                        By.xpath(
                                "//*[@id='note:format']//label[normalize-space()='"
                                        + format
                                        + "']"))
                .click();
        browser.waitForAjax();
    }

    private static String label(Browser browser, String id) {
        return browser.driver()
                .findElement(By.cssSelector("label[for='" + id + "']"))
                .getText()
                .strip();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.find(id);
        field.click();
        field.sendKeys(text);
    }

    private static void waitUntilSaved(Browser browser) {
        // the status is re-rendered by each autosave: one read can meet the element being replaced
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(
                        d -> {
                            String saved = d.findElement(By.id("note-saved")).getText();
                            return saved.startsWith("Saved");
                        });
        browser.waitForAjax();
    }
}
