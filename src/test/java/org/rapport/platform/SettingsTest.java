package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void durationsInPlainUnitsOrIso() {
        assertEquals(Duration.ofSeconds(90), Settings.parseDuration("X", "90s"));
        assertEquals(Duration.ofMinutes(15), Settings.parseDuration("X", "15m"));
        assertEquals(Duration.ofHours(12), Settings.parseDuration("X", "12H"));
        assertEquals(Duration.ofMinutes(20), Settings.parseDuration("X", "PT20M"));
    }

    @Test
    void aWrongValueIsRefusedWithItsName() {
        IllegalStateException e =
                assertThrows(
                        IllegalStateException.class,
                        () -> Settings.parseDuration("RAPPORT_SESSION_IDLE_TIMEOUT", "fifteen"));
        assertTrue(e.getMessage().startsWith("RAPPORT_SESSION_IDLE_TIMEOUT must be a duration"));
        assertThrows(IllegalStateException.class, () -> Settings.parseDuration("X", "0m"));
        assertThrows(IllegalStateException.class, () -> Settings.parseDuration("X", "-5m"));
    }
}
