package org.rapport.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExerciseFilterTest {

    @Test
    void blankPartsMeanNoFilter() {
        ExerciseFilter filter = new ExerciseFilter("  ", "", null);
        assertNull(filter.text());
        assertNull(filter.strategyKey());
        assertNull(filter.likePattern());
    }

    @Test
    void textIsTrimmedAndCutToItsLimit() {
        assertEquals("letter", new ExerciseFilter("  letter ", null, null).text());
        assertEquals(
                ExerciseFilter.MAX_TEXT_LENGTH,
                new ExerciseFilter("a".repeat(5_000), null, null).text().length());
    }

    @Test
    void wildcardsInTheTextAreMatchedLiterally() {
        assertEquals(
                "%100\\% sure\\_really\\\\%",
                new ExerciseFilter("100% Sure_really\\", null, null).likePattern());
    }

    @Test
    void patternIsLowerCaseForCaseInsensitiveMatching() {
        assertEquals(
                "%apology letter%", new ExerciseFilter("Apology LETTER", null, null).likePattern());
    }
}
