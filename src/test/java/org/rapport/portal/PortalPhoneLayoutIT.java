package org.rapport.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.testing.Browser;
import org.rapport.testing.BrowserTest;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;

/**
 * The client's portal on a phone (390 × 844), checked from the boxes the browser lays out ({@code
 * phone-layout.js}): no page scrolls sideways, no label of a radio button or check box falls away
 * from its control, and no touch target is under 44 × 44 px (a link inside running text is exempt,
 * as WCAG 2.5.8 exempts it). Over the portal home (with the appointments), the weekly check-in and
 * a measure (first and last question), a homework task and the history; plus a focus ring you can
 * see on a dark button and in the header.
 */
@ExtendWith(BrowserTest.class)
class PortalPhoneLayoutIT {

    private static final Dimension PHONE = new Dimension(390, 844);

    @Test
    void everyPortalPageFitsAPhoneWithThumbSizedTargetsAndLabelsBesideTheirControls(
            Browser browser) {
        long taylor =
                TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Taylor Brooks'");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(DemoAccounts.JORDAN, DemoAccounts.PASSWORD);
        assign(browser, taylor, "Weekly trust and connection check-in");
        assign(browser, taylor, "GAD-7: Generalized Anxiety Disorder scale");

        browser.signIn(DemoAccounts.TAYLOR, DemoAccounts.PASSWORD);
        browser.driver().manage().window().setSize(PHONE);
        List<String> problems = new ArrayList<>();
        browser.open("portal/index.xhtml");
        check(browser, "portal home", problems);
        List<String> checkins =
                browser
                        .find("pending-checkins")
                        .findElements(By.cssSelector("a.task-link"))
                        .stream()
                        .map(a -> a.getAttribute("href"))
                        .toList();
        List<String> tasks =
                browser
                        .driver()
                        .findElements(By.cssSelector("a.task-link[href*='task.xhtml']"))
                        .stream()
                        .map(a -> a.getAttribute("href"))
                        .distinct()
                        .toList();
        assertTrue(
                checkins.size() >= 2,
                "the weekly check-in and the GAD-7 wait for Taylor: " + checkins);
        for (String checkin : checkins) {
            browser.driver().get(checkin);
            browser.waitForAjax();
            String name = browser.driver().findElement(By.tagName("h1")).getText();
            check(browser, name + ", first question", problems);
            List<WebElement> items = browser.driver().findElements(By.cssSelector(".checkin-item"));
            for (int i = 1; i < items.size(); i++) {
                browser.driver().findElement(By.cssSelector(".checkin-next")).click();
            }
            assertTrue(items.get(items.size() - 1).isDisplayed(), "the last question of " + name);
            check(browser, name + ", last question", problems);
        }
        browser.open("portal/index.xhtml");
        assertFalse(tasks.isEmpty(), "Taylor has homework");
        browser.driver().get(tasks.get(0));
        browser.waitForAjax();
        check(browser, "homework task", problems);
        browser.open("portal/history.xhtml");
        check(browser, "history", problems);
        browser.screenshot("portal-phone-layout-last-page");
        assertTrue(problems.isEmpty(), "on a phone:\n" + String.join("\n", problems));
    }

    @Test
    void keyboardFocusShowsAThickRingOnDarkButtonsAndInTheHeader(Browser browser) {
        browser.signIn(DemoAccounts.ALEX, DemoAccounts.PASSWORD);
        browser.driver().manage().window().setSize(PHONE);
        browser.open("portal/index.xhtml");
        String taskLink =
                browser.driver()
                        .findElement(By.cssSelector("a.task-link[href*='task.xhtml']"))
                        .getAttribute("href");
        browser.driver().get(taskLink);
        browser.waitForAjax();
        // a dark button (Mark as done) and the header's Sign out, reached with the Tab key
        Map<?, ?> button = tabTo(browser, "[id='task:complete']");
        assertRing(button, "#f5f7fa", "Mark as done (dark button on the page)");
        browser.driver().navigate().refresh();
        browser.waitForAjax();
        Map<?, ?> signOut = tabTo(browser, "[id='session:signout']");
        assertRing(signOut, "#5b4b8a", "Sign out (in the portal's dark header)");
    }

    /**
     * Tabs through the page until the element is focused; returns its focus ring as the browser
     * draws it.
     */
    private static Map<?, ?> tabTo(Browser browser, String selector) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        for (int i = 0; i < 80; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            Boolean there =
                    (Boolean)
                            js.executeScript(
                                    "return document.activeElement.matches(arguments[0]);",
                                    selector);
            if (Boolean.TRUE.equals(there)) {
                return (Map<?, ?>)
                        js.executeScript(
                                "var s = getComputedStyle(document.activeElement);"
                                        + " return {style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor, offset: s.outlineOffset,"
                                        + " visible: document.activeElement.matches(':focus-visible')};");
            }
        }
        throw new AssertionError("the Tab key never reached " + selector);
    }

    private static void assertRing(Map<?, ?> ring, String background, String what) {
        assertEquals(Boolean.TRUE, ring.get("visible"), what + ": focus-visible");
        assertEquals("solid", ring.get("style"), what + ": " + ring);
        assertTrue(
                Double.parseDouble(ring.get("width").toString().replace("px", "")) >= 3,
                what + ": 3 px or more, " + ring);
        assertTrue(
                Double.parseDouble(ring.get("offset").toString().replace("px", "")) >= 1,
                what + ": outside the button, " + ring);
        double contrast = contrast(rgb(ring.get("color").toString()), hex(background));
        assertTrue(
                contrast >= 3,
                what
                        + ": the ring's contrast with "
                        + background
                        + " is "
                        + contrast
                        + " ("
                        + ring
                        + ")");
    }

    /**
     * Runs the layout check on what the phone shows now; a screenshot of each page goes with its
     * problems.
     */
    private static void check(Browser browser, String page, List<String> problems) {
        @SuppressWarnings("unchecked")
        List<String> found =
                (List<String>)
                        ((JavascriptExecutor) browser.driver()).executeScript("return " + script());
        found.forEach(problem -> problems.add(page + ": " + problem));
    }

    private static String script() {
        try (InputStream in = PortalPhoneLayoutIT.class.getResourceAsStream("phone-layout.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("(?s)^\\s*/\\*.*?\\*/\\s*", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The counselor gives a questionnaire once, today, from the client's check-ins tab. */
    private static void assign(Browser browser, long client, String title) {
        browser.open("counselor/client.xhtml?id=" + client);
        browser.driver().findElement(By.cssSelector("#tabs a[href*='checkins-tab']")).click();
        browser.waitForAjax();
        // the menu's panel opens with an animation: a click during it can miss, so choose until the
        // label says so
        for (int attempt = 0;
                attempt < 3
                        && !browser.find("tabs:checkin-form:questionnaireId_label")
                                .getText()
                                .equals(title);
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
                                                    "[id='tabs:checkin-form:questionnaireId_items'] li[data-label='"
                                                            + title
                                                            + "']")));
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
        assertEquals(title, browser.find("tabs:checkin-form:questionnaireId_label").getText());
        WebElement weeks = browser.find("tabs:checkin-form:weeks");
        weeks.clear();
        weeks.sendKeys("1");
        browser.find("tabs:checkin-form:assignCheckin").click();
        browser.waitForAjax();
        assertTrue(
                browser.find("tabs:checkin-form").getText().contains("Assigned: " + title),
                browser.find("tabs:checkin-form").getText());
    }

    private static double[] rgb(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        return new double[] {
            Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])
        };
    }

    private static double[] hex(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new double[] {value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff};
    }

    /** WCAG's contrast ratio of two colours. */
    static double contrast(double[] one, double[] two) {
        double a = luminance(one);
        double b = luminance(two);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(double[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
