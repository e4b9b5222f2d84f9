package org.rapport.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a benchmark run does, from system properties ({@code -Dbench.…}, passed on by the Maven
 * profile): where Rapport runs, how many virtual users for how long, and the accounts they sign in
 * as. The defaults are the demo practice of README.md.
 */
record BenchSettings(
        URI baseUrl,
        int users,
        double counselorShare,
        Duration duration,
        Duration rampUp,
        Duration think,
        List<String> counselors,
        List<String> clients,
        String password) {

    /** {@code counselor{1..50}@bench.rapport}: a number range inside an account name. */
    private static final Pattern RANGE = Pattern.compile("^(.*)\\{(\\d+)\\.\\.(\\d+)\\}(.*)$");

    static BenchSettings fromSystemProperties() {
        String url = property("bench.url", "http://localhost:8080/");
        int users = Integer.parseInt(property("bench.users", "50"));
        Duration duration = seconds(property("bench.duration", "120"));
        String rampUp = property("bench.rampup", "");
        return new BenchSettings(
                URI.create(url.endsWith("/") ? url : url + "/"),
                users,
                Double.parseDouble(property("bench.counselorShare", "0.7")),
                duration,
                // users start spread over a sixth of the run (at most 30 s), not all in the same
                // second
                rampUp.isBlank()
                        ? Duration.ofSeconds(Math.min(30, duration.toSeconds() / 6))
                        : seconds(rampUp),
                seconds(property("bench.think", "5")),
                accounts(property("bench.counselors", "morgan@rapport.demo,jordan@rapport.demo")),
                accounts(
                        property(
                                "bench.clients",
                                "alex@rapport.demo,sam@rapport.demo,taylor@rapport.demo")),
                property("bench.password", "demo-Rapport-2026"));
    }

    /** Counselor users: the share of all users, at least one when there are counselor accounts. */
    int counselorUsers() {
        if (counselors.isEmpty()) {
            return 0;
        }
        if (clients.isEmpty()) {
            return users;
        }
        return Math.max(1, Math.min(users, (int) Math.round(users * counselorShare)));
    }

    int clientUsers() {
        return clients.isEmpty() ? 0 : users - counselorUsers();
    }

    /** An address of Rapport, from a path relative to its root ("counselor/calendar.xhtml"). */
    String url(String path) {
        return baseUrl.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
    }

    /** "a,b,c{1..3}@x" → a, b, c1@x, c2@x, c3@x. */
    static List<String> accounts(String spec) {
        List<String> accounts = new ArrayList<>();
        for (String part : spec.split(",")) {
            String account = part.strip();
            if (account.isEmpty()) {
                continue;
            }
            Matcher range = RANGE.matcher(account);
            if (range.matches()) {
                int from = Integer.parseInt(range.group(2));
                int to = Integer.parseInt(range.group(3));
                for (int i = from; i <= to; i++) {
                    accounts.add(range.group(1) + i + range.group(4));
                }
            } else {
                accounts.add(account);
            }
        }
        return List.copyOf(accounts);
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value.strip()) * 1000));
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    @Override
    public String toString() {
        return "Rapport at "
                + baseUrl
                + ": "
                + users
                + " users (counselors: "
                + counselorUsers()
                + " on "
                + counselors.size()
                + " accounts, clients: "
                + clientUsers()
                + " on "
                + clients.size()
                + " accounts), "
                + duration.toSeconds()
                + " s including a ramp-up of "
                + rampUp.toSeconds()
                + " s, think time "
                + think.toMillis() / 1000.0
                + " s ±50 %";
    }
}
