package org.rapport.platform;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Rapport's settings from MicroProfile Config (environment variables or system properties named
 * {@code RAPPORT_…}); README lists each with its default. A value that cannot be read is refused at
 * start-up with a message naming it, rather than silently replaced by the default.
 */
@ApplicationScoped
public class Settings {

    private final Config config = ConfigProvider.getConfig(Settings.class.getClassLoader());

    /** Idle time after which a session ends ({@code RAPPORT_SESSION_IDLE_TIMEOUT}, e.g. 15m). */
    public Duration sessionIdleTimeout() {
        return duration("RAPPORT_SESSION_IDLE_TIMEOUT", Duration.ofMinutes(15));
    }

    /** The longest a session lasts, active or not ({@code RAPPORT_SESSION_MAX_LIFETIME}). */
    public Duration sessionMaxLifetime() {
        return duration("RAPPORT_SESSION_MAX_LIFETIME", Duration.ofHours(12));
    }

    /**
     * Whether staff must use a second factor ({@code RAPPORT_STAFF_MFA}: required, the default, or
     * optional). The demo practice's own accounts are exempt in demo mode.
     */
    public boolean staffMfaRequired() {
        String value = text("RAPPORT_STAFF_MFA").orElse("required").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "required" -> true;
            case "optional" -> false;
            default ->
                    throw new IllegalStateException(
                            "RAPPORT_STAFF_MFA must be 'required' or 'optional', not '"
                                    + value
                                    + "'");
        };
    }

    /** The address people reach Rapport at, for links in emails and in the log. */
    public String baseUrl() {
        String url = text("RAPPORT_BASE_URL").orElse("http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The proxies whose {@code X-Forwarded-For} header names the client ({@code
     * RAPPORT_TRUSTED_PROXIES}, comma-separated addresses; loopback by default). See {@link
     * ClientAddress}.
     */
    public Set<String> trustedProxies() {
        return text("RAPPORT_TRUSTED_PROXIES")
                .map(
                        value ->
                                Arrays.stream(value.split(","))
                                        .map(String::strip)
                                        .filter(v -> !v.isEmpty())
                                        .map(ClientAddress::normal)
                                        .collect(Collectors.toUnmodifiableSet()))
                .orElseGet(() -> Set.copyOf(ClientAddress.DEFAULT_TRUSTED));
    }

    /** The first administrator's email, on a database without accounts. */
    public Optional<String> adminEmail() {
        return text("RAPPORT_ADMIN_EMAIL");
    }

    /**
     * Demo mode: {@code RAPPORT_DEMO=true}, or the embedded default database. The demo practice is
     * loaded into an empty database, and its accounts need no second factor.
     */
    public boolean demoMode() {
        return text("RAPPORT_DEMO").map(Boolean::parseBoolean).orElse(false)
                || EmbeddedDatabase.isRunning();
    }

    /**
     * The SMTP server mail goes through ({@code RAPPORT_SMTP_HOST}); none means mail cannot be
     * sent.
     */
    public Optional<String> smtpHost() {
        return text("RAPPORT_SMTP_HOST");
    }

    public int smtpPort() {
        return text("RAPPORT_SMTP_PORT")
                .map(
                        v -> {
                            try {
                                return Integer.parseInt(v);
                            } catch (NumberFormatException e) {
                                throw new IllegalStateException(
                                        "RAPPORT_SMTP_PORT must be a port number, not '" + v + "'");
                            }
                        })
                .orElse(587);
    }

    public Optional<String> smtpUser() {
        return text("RAPPORT_SMTP_USER");
    }

    public Optional<String> smtpPassword() {
        return text("RAPPORT_SMTP_PASSWORD");
    }

    /** STARTTLS on the SMTP connection ({@code RAPPORT_SMTP_STARTTLS}, default true). */
    public boolean smtpStartTls() {
        return text("RAPPORT_SMTP_STARTTLS").map(Boolean::parseBoolean).orElse(true);
    }

    public String mailFrom() {
        return text("RAPPORT_MAIL_FROM").orElse("rapport@localhost");
    }

    /**
     * How long before an appointment its reminder e-mail goes out ({@code RAPPORT_REMINDER_LEAD},
     * default 24h).
     */
    public Duration reminderLead() {
        return duration("RAPPORT_REMINDER_LEAD", Duration.ofHours(24));
    }

    /**
     * The practice's time zone ({@code RAPPORT_TIME_ZONE}, e.g. Europe/Berlin; default: the
     * server's).
     */
    public java.time.ZoneId timeZone() {
        return text("RAPPORT_TIME_ZONE")
                .map(
                        value -> {
                            try {
                                return java.time.ZoneId.of(value);
                            } catch (java.time.DateTimeException e) {
                                throw new IllegalStateException(
                                        "RAPPORT_TIME_ZONE must be a time zone such as Europe/Berlin or"
                                                + " America/Chicago, not '"
                                                + value
                                                + "'");
                            }
                        })
                .orElse(java.time.ZoneId.systemDefault());
    }

    /** The practice's name, printed on exported records ({@code RAPPORT_PRACTICE_NAME}). */
    public String practiceName() {
        return text("RAPPORT_PRACTICE_NAME")
                .orElse(demoMode() ? "Harbor Street Counseling (demo practice)" : "Rapport");
    }

    /**
     * Whether each request logs its statements, CPU time and session size
     * (RAPPORT_REPORT_PAGE_COST).
     */
    public boolean reportPageCost() {
        return text("RAPPORT_REPORT_PAGE_COST").map(Boolean::parseBoolean).orElse(false);
    }

    private Optional<String> text(String name) {
        return config.getOptionalValue(name, String.class)
                .map(String::strip)
                .filter(v -> !v.isEmpty());
    }

    private Duration duration(String name, Duration fallback) {
        return text(name).map(value -> parseDuration(name, value)).orElse(fallback);
    }

    /** "90s", "15m", "12h" or an ISO-8601 duration ("PT15M"). */
    static Duration parseDuration(String name, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            long amount = Long.parseLong(v.substring(0, v.length() - 1));
            Duration duration =
                    switch (v.charAt(v.length() - 1)) {
                        case 's' -> Duration.ofSeconds(amount);
                        case 'm' -> Duration.ofMinutes(amount);
                        case 'h' -> Duration.ofHours(amount);
                        default -> throw new IllegalArgumentException();
                    };
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException();
            }
            return duration;
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    name + " must be a duration such as 90s, 15m or 12h, not '" + value + "'");
        }
    }
}
