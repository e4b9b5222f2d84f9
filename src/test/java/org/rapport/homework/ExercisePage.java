package org.rapport.homework;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rapport.testing.Browser;

/** One exercise, as a counselor reads it. */
final class ExercisePage {

    private final Browser browser;

    ExercisePage(Browser browser) {
        this.browser = browser;
    }

    String title() {
        return browser.find("exercise-title").getText();
    }

    String strategy() {
        return browser.find("exercise-strategy").getText();
    }

    String who() {
        return browser.find("exercise-who").getText();
    }

    String time() {
        return browser.find("exercise-time").getText();
    }

    List<String> steps() {
        return browser.find("exercise-steps").findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<String> prompts() {
        return browser.find("exercise-prompts").findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    ExerciseLibraryPage moreForThisStrategy() {
        browser.find("more-for-strategy").click();
        return ExerciseLibraryPage.arrived(browser);
    }
}
