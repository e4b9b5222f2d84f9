package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void connectionsAreInUtcAndUtf8UnlessTheUrlSaysOtherwise() {
        assertEquals(
                "jdbc:mysql://db:3306/rapport?characterEncoding=UTF-8&connectionTimeZone=UTC"
                        + "&forceConnectionTimeZoneToSession=true",
                DatabaseSettings.withSessionDefaults("jdbc:mysql://db:3306/rapport"));
        assertEquals(
                "jdbc:mysql://db/rapport?sslMode=REQUIRED&connectionTimeZone=Europe/Paris"
                        + "&characterEncoding=UTF-8&forceConnectionTimeZoneToSession=true",
                DatabaseSettings.withSessionDefaults(
                        "jdbc:mysql://db/rapport?sslMode=REQUIRED&connectionTimeZone=Europe/Paris"));
    }

    @Test
    void passwordsInTheUrlNeverReachTheLog() {
        DatabaseSettings settings =
                new DatabaseSettings(
                        "jdbc:mysql://db:3306/rapport?user=r&password=s3cret&useSSL=true",
                        "r",
                        "s3cret",
                        false);
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
        assertEquals(
                "jdbc:mysql://db:3306/rapport?user=r&password=***&useSSL=true as r",
                settings.toString());
    }
}
