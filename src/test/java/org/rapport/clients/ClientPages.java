package org.rapport.clients;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.testing.Browser;

/** The client list, client form, chart and couple pages, used as a counselor uses them. */
final class ClientPages {

    private final Browser browser;

    ClientPages(Browser browser) {
        this.browser = browser;
    }

    /** Opens the empty client form. */
    ClientPages newClient() {
        browser.open("counselor/client-edit.xhtml");
        return this;
    }

    ClientPages type(String field, String text) {
        // a date picker's text box is FIELD_input inside the FIELD wrapper
        List<WebElement> picker =
                browser.driver().findElements(By.id("client:" + field + "_input"));
        WebElement input = picker.isEmpty() ? browser.find("client:" + field) : picker.get(0);
        input.clear();
        input.sendKeys(text);
        if (input.getAttribute("id").endsWith("_input")) {
            input.sendKeys(
                    Keys.TAB); // on to the next field, as a person would: the calendar closes
            By panel = By.id("client:" + field + "_panel");
            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                        .until(ExpectedConditions.invisibilityOfElementLocated(panel));
            } catch (org.openqa.selenium.TimeoutException stillOpen) {
                browser.driver()
                        .findElement(By.tagName("h1"))
                        .click(); // a click elsewhere closes it
                new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
                        .until(ExpectedConditions.invisibilityOfElementLocated(panel));
            }
            sleep(300); // the closing animation
        }
        return this;
    }

    ClientPages tick(String concernLabel) {
        browser.driver()
                .findElement(By.xpath("//label[normalize-space()='" + concernLabel + "']"))
                .click();
        return this;
    }

    /**
     * Presses Save and waits for the answer (the chart after a redirect, or the form with
     * messages).
     */
    void save(String formId) {
        browser.find(formId + ":save").click();
        browser.waitForAjax();
    }

    String messageFor(String formId, String field) {
        List<WebElement> messages =
                browser.driver()
                        .findElements(
                                By.cssSelector(
                                        "#"
                                                + formId
                                                + "\\:"
                                                + field.replace(":", "\\:")
                                                + " ~ .message-error, [id='"
                                                + formId
                                                + ":"
                                                + field
                                                + "'] ~ span.message-error"));
        return messages.isEmpty() ? "" : messages.get(0).getText();
    }

    String text(String id) {
        return browser.find(id).getText().replaceAll("\\s+", " ").strip();
    }

    boolean present(String id) {
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    /** On a chart, starts a couple with this client. */
    void formCouple() {
        browser.find("chart-actions:form-couple").click();
        browser.waitForAjax();
        browser.checkAccessibility();
    }

    /** Types part of a name into a partner field and picks the first suggestion. */
    ClientPages pickPartner(String field, String search) {
        WebElement input = browser.find("couple:" + field + "_input");
        input.clear();
        input.sendKeys(search);
        WebElement suggestion =
                new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                        .until(
                                ExpectedConditions.elementToBeClickable(
                                        By.cssSelector(
                                                "[id='couple:"
                                                        + field
                                                        + "_panel'] li.ui-autocomplete-item")));
        suggestion.click();
        browser.waitForAjax();
        return this;
    }

    /**
     * Opens a drop-down and clicks the choice; tries again if the menu closed before the click
     * landed.
     */
    ClientPages choose(String menuId, String label) {
        for (int attempt = 0;
                attempt < 3 && !label.equals(browser.find(menuId + "_label").getText());
                attempt++) {
            WebElement menu = browser.find(menuId);
            centre(menu); // not under the sticky top bar
            sleep(200);
            try {
                menu.click();
                WebElement item =
                        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                                .until(
                                        ExpectedConditions.elementToBeClickable(
                                                By.cssSelector(
                                                        "[id='"
                                                                + menuId
                                                                + "_items'] li[data-label='"
                                                                + label
                                                                + "']")));
                sleep(300); // the list slides open
                item.click();
            } catch (org.openqa.selenium.ElementNotInteractableException
                    | org.openqa.selenium.TimeoutException
                    | org.openqa.selenium.StaleElementReferenceException missed) {
                // the list closed before the click landed (a scroll closes it): try again
            }
            browser.waitForAjax();
            sleep(200);
        }
        return this;
    }

    /** Opens the client list and searches it. */
    ClientPages searchList(String text) {
        browser.open("counselor/clients.xhtml");
        WebElement search = browser.find("caseload:search");
        search.sendKeys(text);
        sleep(700); // the search is sent 300 ms after the last keystroke
        browser.waitForAjax();
        return this;
    }

    List<String> listedClients() {
        return browser
                .driver()
                .findElements(By.cssSelector("#caseload\\:clients .client-link"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> listedCouples() {
        return browser
                .driver()
                .findElements(By.cssSelector("#caseload\\:clients .couple-link"))
                .stream()
                .map(WebElement::getText)
                .toList();
    }

    void openCoupleFromList(String name) {
        browser.driver().findElement(By.linkText(name)).click();
        browser.waitForAjax();
        browser.checkAccessibility();
    }

    private void centre(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
