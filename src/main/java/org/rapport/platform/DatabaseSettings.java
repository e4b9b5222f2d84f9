package org.rapport.platform;

import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where Rapport's database is: the server named by {@code RAPPORT_DB_URL}, or, when that is not
 * set, the embedded MariaDB that Rapport starts itself.
 */
public record DatabaseSettings(String url, String user, String password, boolean embedded) {

    static final String URL = "RAPPORT_DB_URL";
    static final String USER = "RAPPORT_DB_USER";
    static final String PASSWORD = "RAPPORT_DB_PASSWORD";

    /**
     * Reads the settings from MicroProfile Config (environment variables and system properties).
     */
    public static DatabaseSettings fromConfiguration() {
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        Optional<String> url =
                config.getOptionalValue(URL, String.class)
                        .map(String::strip)
                        .filter(value -> !value.isEmpty());
        if (url.isEmpty()) {
            return EmbeddedDatabase.instance().settings();
        }
        // An empty value counts as missing in MicroProfile Config, hence the empty defaults.
        return new DatabaseSettings(
                withSessionDefaults(url.get()),
                config.getOptionalValue(USER, String.class).orElse("root"),
                config.getOptionalValue(PASSWORD, String.class).orElse(""),
                false);
    }

    @Override
    public String toString() {
        return (embedded ? "embedded MariaDB at " : "") + withoutCredentials(url) + " as " + user;
    }

    /**
     * The URL with what Rapport relies on for every connection, unless the URL says otherwise: text
     * in UTF-8, and the session in UTC so that stored times mean the same wherever the server is.
     */
    static String withSessionDefaults(String url) {
        StringBuilder result = new StringBuilder(url);
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        for (String setting : SESSION_DEFAULTS) {
            String name =
                    setting.substring(0, setting.indexOf('=')).toLowerCase(java.util.Locale.ROOT);
            if (!lower.matches("(?s).*[?&]" + name + "=.*")) {
                result.append(result.indexOf("?") < 0 ? '?' : '&').append(setting);
            }
        }
        return result.toString();
    }

    private static final String[] SESSION_DEFAULTS = {
        "characterEncoding=UTF-8", "connectionTimeZone=UTC", "forceConnectionTimeZoneToSession=true"
    };

    /** The URL without any password that was written into its query string, for the log. */
    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
