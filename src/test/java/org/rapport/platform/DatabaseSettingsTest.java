package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void passwordsInTheUrlNeverReachTheLog() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:mysql://db:3306/rapport?user=r&password=s3cret&useSSL=true", "r", "s3cret", false);
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
        assertEquals("jdbc:mysql://db:3306/rapport?user=r&password=***&useSSL=true as r", settings.toString());
    }
}
