package org.rapport.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.testing.Browser;
import org.rapport.testing.BrowserTest;
import org.rapport.testing.DemoAccounts;

/** A counselor browses the exercise library in a real browser. */
@ExtendWith(BrowserTest.class)
class ExerciseLibraryPageIT {

    @BeforeEach
    void signInAsCounselor(Browser browser) {
        browser.signIn(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
    }

    @Test
    void counselorFiltersByStrategyAndOpensAnExercise(Browser browser) {
        ExerciseLibraryPage library = ExerciseLibraryPage.open(browser, "");
        assertEquals("Exercise library · Rapport", browser.title());
        assertTrue(
                library.titles().size() >= 8,
                "the first library exercises are listed: " + library.titles());
        browser.screenshot("exercise-library");

        library.filterByStrategy("Transparency");
        assertEquals(
                List.of(
                        "Everyday openness routine: plans, money and contacts",
                        "Weekly transparency check-in"),
                library.titles());
        assertEquals(List.of("Transparency", "Transparency"), library.strategies());

        ExercisePage exercise = library.openExercise("Weekly transparency check-in");
        assertEquals("Weekly transparency check-in · Rapport", browser.title());
        assertEquals("Weekly transparency check-in", exercise.title());
        assertEquals("Transparency", exercise.strategy());
        assertEquals("Together", exercise.who());
        assertTrue(exercise.time().matches("About \\d+ minutes"), exercise.time());
        assertTrue(exercise.steps().size() >= 4, "steps are listed: " + exercise.steps());
        assertTrue(
                exercise.prompts().size() >= 2,
                "reflection prompts are listed: " + exercise.prompts());
        assertTrue(
                exercise.prompts().stream().anyMatch(p -> p.contains("Scale 0–10")),
                "scale prompts say so: " + exercise.prompts());
        browser.screenshot("exercise");

        ExerciseLibraryPage sameStrategy = exercise.moreForThisStrategy();
        assertEquals(
                List.of(
                        "Everyday openness routine: plans, money and contacts",
                        "Weekly transparency check-in"),
                sameStrategy.titles());
    }

    @Test
    void searchMatchesTitleAndGoalAndSaysWhenNothingMatches(Browser browser) {
        ExerciseLibraryPage library = ExerciseLibraryPage.open(browser, "");
        library.search("letter");
        assertEquals(
                List.of(
                        "Apology letter: ownership and impact",
                        "Forgiveness letter you don't send"),
                library.titles());

        library.search("<script>alert('x')</script> %");
        assertTrue(library.titles().isEmpty());
        assertEquals("No exercise matches these filters.", library.emptyMessage());
    }

    @Test
    void sortingByTimeOrdersTheRows(Browser browser) {
        ExerciseLibraryPage library = ExerciseLibraryPage.open(browser, "").sortBy("Time");
        List<String> titles = library.titles();
        assertFalse(titles.isEmpty());
        List<Integer> minutes =
                browser
                        .driver()
                        .findElements(
                                org.openqa.selenium.By.cssSelector(
                                        "#library\\:exercises td.col-time"))
                        .stream()
                        .map(cell -> Integer.parseInt(cell.getText().replace(" min", "").strip()))
                        .toList();
        assertEquals(minutes.stream().sorted().toList(), minutes, "ascending by time");
        library.sortBy("Time");
        List<Integer> descending =
                browser
                        .driver()
                        .findElements(
                                org.openqa.selenium.By.cssSelector(
                                        "#library\\:exercises td.col-time"))
                        .stream()
                        .map(cell -> Integer.parseInt(cell.getText().replace(" min", "").strip()))
                        .toList();
        assertEquals(
                descending.stream().sorted(Comparator.reverseOrder()).toList(),
                descending,
                "descending");
    }

    @Test
    void unknownStrategyInTheAddressShowsAllWithANote(Browser browser) {
        ExerciseLibraryPage library =
                ExerciseLibraryPage.open(browser, "strategy=%3Cb%3Enope%3C%2Fb%3E&page=999");
        assertTrue(
                library.messages().contains("There is no strategy “<b>nope</b>”"),
                library.messages());
        assertFalse(
                library.titles().isEmpty(),
                "the last page with rows is shown instead of an empty one");
    }

    @Test
    void missingExerciseShowsTheNotFoundPage(Browser browser) {
        browser.open("counselor/exercise.xhtml?id=no-such-exercise");
        assertEquals("Page not found · Rapport", browser.title());
        assertTrue(
                browser.find("error-not-found").getText().contains("We couldn’t find that page"));
        browser.screenshot("not-found");
    }
}
