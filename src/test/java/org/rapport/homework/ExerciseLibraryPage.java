package org.rapport.homework;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.testing.Browser;

/** The counselor's exercise library page, as a person uses it. */
final class ExerciseLibraryPage {

    static final String PATH = "counselor/exercises.xhtml";

    private final Browser browser;

    private ExerciseLibraryPage(Browser browser) {
        this.browser = browser;
    }

    static ExerciseLibraryPage open(Browser browser, String query) {
        browser.open(PATH + (query.isEmpty() ? "" : "?" + query));
        return new ExerciseLibraryPage(browser);
    }

    /** The library page the browser has just arrived at (checked like any opened page). */
    static ExerciseLibraryPage arrived(Browser browser) {
        browser.waitForAjax();
        browser.checkAccessibility();
        return new ExerciseLibraryPage(browser);
    }

    /** Titles of the exercises in the table, top to bottom. */
    List<String> titles() {
        return browser
                .driver()
                .findElements(By.cssSelector("#library\\:exercises .exercise-link"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Strategy names shown in the rows, top to bottom. */
    List<String> strategies() {
        return browser
                .driver()
                .findElements(By.cssSelector("#library\\:exercises td.col-strategy"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    String emptyMessage() {
        return browser.driver()
                .findElement(By.cssSelector("#library\\:exercises .ui-datatable-empty-message"))
                .getText();
    }

    String messages() {
        return browser.find("library:messages").getText();
    }

    /**
     * Picks a strategy in the filter, the way a person does: open the list, click the name. The
     * list fades in and scrolls, so the item is clicked once the panel is fully shown and the item
     * is in view; if the table has not changed after that, the person tries once more (as they
     * would).
     */
    ExerciseLibraryPage filterByStrategy(String strategyName) {
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.find("library:strategy").click();
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(5));
            wait.until(
                    d ->
                            "1"
                                    .equals(
                                            d.findElement(By.id("library:strategy_panel"))
                                                    .getCssValue("opacity")));
            WebElement item =
                    wait.until(
                            ExpectedConditions.presenceOfElementLocated(
                                    By.cssSelector(
                                            "#library\\:strategy_items li[data-label='"
                                                    + strategyName
                                                    + "']")));
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
            wait.until(ExpectedConditions.elementToBeClickable(item)).click();
            browser.waitForAjax();
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                        .until(
                                d -> {
                                    List<String> shown = strategies();
                                    return !shown.isEmpty()
                                            && shown.stream().allMatch(strategyName::equals);
                                });
                break;
            } catch (org.openqa.selenium.TimeoutException e) {
                // not applied yet: close the list if it is still open and choose again
                if (browser.find("library:strategy_panel").isDisplayed()) {
                    browser.find("library:strategy").click();
                }
            }
        }
        browser.waitForAjax();
        return this;
    }

    ExerciseLibraryPage search(String text) {
        WebElement search = browser.find("library:search");
        search.clear();
        search.sendKeys(text);
        sleep(600); // the search is sent 300 ms after the last keystroke
        browser.waitForAjax();
        return this;
    }

    ExerciseLibraryPage sortBy(String header) {
        browser.driver()
                .findElement(By.xpath("//th[.//span[normalize-space()='" + header + "']]"))
                .click();
        browser.waitForAjax();
        return this;
    }

    ExercisePage openExercise(String title) {
        browser.driver().findElement(By.linkText(title)).click();
        browser.waitForAjax();
        browser.checkAccessibility();
        return new ExercisePage(browser);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
