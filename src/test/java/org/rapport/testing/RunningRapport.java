package org.rapport.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Rapport as a user gets it: the built uber-jar ({@code target/rapport.jar}) started once for all
 * page and HTTP tests of a run, on the run's database. Its log is {@code target/rapport-it.log}.
 */
public final class RunningRapport {

    private static final Logger LOG = Logger.getLogger(RunningRapport.class.getName());
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    /** Short, so that tests can see the idle sign-out; long enough for any one test step. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    private static Process process;
    private static String baseUrl;

    private RunningRapport() {}

    /** The address Rapport answers at, ending in "/"; starts it on first use. */
    public static synchronized String baseUrl() {
        if (process == null) {
            start();
        }
        return baseUrl;
    }

    static synchronized void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private static void start() {
        TestDatabase database = IntegrationTestRun.database();
        Path target = IntegrationTestRun.targetDirectory();
        Path log = target.resolve("rapport-it.log");
        int port = freePort();
        // A root directory kept from an earlier run would make Payara Micro deploy that run's
        // Rapport too.
        Path root = target.resolve("rapport-it-root");
        deleteRecursively(root);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Full JIT here (not C1 only, as for the Arquillian servers): every sign-in hashes a
        // password
        // with 600,000 PBKDF2 iterations, and the tests sign in often.
        command.addAll(
                IntegrationTestRun.SERVER_JVM_OPTIONS.stream()
                        .filter(option -> !option.startsWith("-XX:TieredStopAtLevel"))
                        .toList());
        command.addAll(
                List.of(
                        "-jar",
                        System.getProperty("rapport.uberjar", "target/rapport.jar"),
                        "--nocluster",
                        "--port",
                        String.valueOf(port),
                        "--rootdir",
                        root.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("RAPPORT_DB_URL", database.url());
        builder.environment().put("RAPPORT_DB_USER", database.user());
        builder.environment().put("RAPPORT_DB_PASSWORD", database.password());
        // The demo practice's accounts sign in without a second factor; others need one (as in
        // production).
        builder.environment().put("RAPPORT_DEMO", "true");
        builder.environment().put("RAPPORT_NOTE_KEY", TestNoteKeys.CURRENT);
        builder.environment().put("RAPPORT_NOTE_OLD_KEYS", TestNoteKeys.OLD);
        builder.environment().put("RAPPORT_STAFF_MFA", "required");
        // Each request reports its statements and the session's size (PageCostHttpIT bounds them).
        builder.environment().put("RAPPORT_REPORT_PAGE_COST", "true");
        builder.environment().put("RAPPORT_SESSION_IDLE_TIMEOUT", IDLE_TIMEOUT.toSeconds() + "s");
        builder.environment().put("RAPPORT_BASE_URL", "http://localhost:" + port);
        builder.environment().put("RAPPORT_SMTP_HOST", "127.0.0.1");
        builder.environment().put("RAPPORT_SMTP_PORT", String.valueOf(TestMail.port()));
        builder.environment().put("RAPPORT_SMTP_STARTTLS", "false");
        builder.environment().put("RAPPORT_MAIL_FROM", "rapport@practice.test");
        long started = System.nanoTime();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + command, e);
        }
        baseUrl = "http://localhost:" + port + "/";
        waitUntilHealthy(log);
        LOG.info(
                () ->
                        String.format(
                                "Rapport answered at %s after %d ms",
                                baseUrl, (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * Waits for Payara Micro to say it is ready, then for Rapport's own health check. Nothing is
     * requested earlier: a page requested while the application is still deploying can leave
     * PrimeFaces without its configuration until the next restart (see README, known issues).
     */
    private static void waitUntilHealthy(Path log) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Rapport stopped while starting; see " + log + "\n" + tail(log));
            }
            if (!logSays(log, "Payara Micro") || !logSays(log, " ready in ")) {
                sleep(250);
                continue;
            }
            try {
                HttpResponse<String> health =
                        client.send(
                                HttpRequest.newBuilder(URI.create(baseUrl + "health"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> page =
                        client.send(
                                HttpRequest.newBuilder(URI.create(baseUrl + "login.xhtml"))
                                        .timeout(Duration.ofSeconds(30))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200
                        && health.body().contains("\"database\"")
                        && page.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException(
                "Rapport did not become healthy within "
                        + START_TIMEOUT
                        + "; see "
                        + log
                        + "\n"
                        + tail(log));
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not empty " + directory, e);
        }
    }

    private static boolean logSays(Path log, String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
