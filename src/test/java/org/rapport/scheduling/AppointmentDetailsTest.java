package org.rapport.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/**
 * Issue 17: a session from 23:30 to 00:30 could not be booked ("the end must be after the start").
 */
class AppointmentDetailsTest {

    @Test
    void anEndBeforeTheStartIsTheNextDay() {
        AppointmentDetails late = new AppointmentDetails();
        late.setStartTime(LocalTime.of(23, 30));
        late.setEndTime(LocalTime.of(0, 30));
        assertTrue(late.isEndsNextDay());
        assertEquals(LocalDate.of(2027, 1, 1), late.endDate(LocalDate.of(2026, 12, 31)));

        AppointmentDetails usual = new AppointmentDetails();
        usual.setStartTime(LocalTime.of(10, 0));
        usual.setEndTime(LocalTime.of(10, 50));
        assertFalse(usual.isEndsNextDay());
        assertEquals(LocalDate.of(2026, 12, 31), usual.endDate(LocalDate.of(2026, 12, 31)));
    }
}
