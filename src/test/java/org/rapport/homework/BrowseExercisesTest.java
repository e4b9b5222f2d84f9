package org.rapport.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BrowseExercisesTest {

    @Test
    void pageNumbersFromTheAddressAreReadLeniently() {
        assertEquals(3, BrowseExercises.parsePage("3"));
        assertEquals(3, BrowseExercises.parsePage(" 3 "));
        assertEquals(1, BrowseExercises.parsePage(null));
        assertEquals(1, BrowseExercises.parsePage(""));
        assertEquals(1, BrowseExercises.parsePage("abc"));
        assertEquals(1, BrowseExercises.parsePage("99999999999999999999"));
        assertEquals(-5, BrowseExercises.parsePage("-5"), "clamped to the first page later");
    }

    @Test
    void whoIsReadByName() {
        assertEquals(
                Participation.BOTH_TOGETHER, BrowseExercises.parseParticipation("both_together"));
        assertEquals(Participation.ONE_PARTNER, BrowseExercises.parseParticipation("ONE_PARTNER"));
        assertNull(BrowseExercises.parseParticipation("everyone"));
        assertNull(BrowseExercises.parseParticipation(null));
    }
}
