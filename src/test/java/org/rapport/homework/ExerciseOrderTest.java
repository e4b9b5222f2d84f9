package org.rapport.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ExerciseOrderTest {

    @Test
    void tableColumnsMapToOrders() {
        assertEquals(Optional.of(ExerciseOrder.TITLE), ExerciseOrder.forField("title"));
        assertEquals(Optional.of(ExerciseOrder.STRATEGY), ExerciseOrder.forField("strategy.name"));
        assertEquals(Optional.of(ExerciseOrder.MINUTES), ExerciseOrder.forField("minutesNeeded"));
        assertEquals(
                Optional.of(ExerciseOrder.PARTICIPATION), ExerciseOrder.forField("participation"));
    }

    @Test
    void anyOtherSortFieldIsIgnored() {
        assertTrue(ExerciseOrder.forField("id; DROP TABLE exercise").isEmpty());
        assertTrue(ExerciseOrder.forField("goal").isEmpty());
        assertTrue(ExerciseOrder.forField(null).isEmpty());
    }
}
