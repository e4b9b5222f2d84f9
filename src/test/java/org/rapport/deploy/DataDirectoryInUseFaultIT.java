package org.rapport.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A second Rapport started on the data directory of the embedded database that a running Rapport
 * uses (a second terminal, a service started twice): it says at once that the directory is in use
 * and by which process, and exits with an error status, never reporting itself ready; the first one
 * goes on serving. Before, the second waited 30 s on MariaDB's file locks and then reported "ready"
 * without a database.
 */
class DataDirectoryInUseFaultIT {

    private static final Logger LOG = Logger.getLogger(DataDirectoryInUseFaultIT.class.getName());
    private static final Path DIR =
            Path.of(System.getProperty("rapport.target", "target"), "data-directory-in-use")
                    .toAbsolutePath();
    private static final List<Process> STARTED = new ArrayList<>();

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process process : STARTED) {
            process.destroy(); // a normal stop, which also stops the embedded MariaDB
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void aSecondRapportOnTheSameDataDirectoryExitsAtOnceSayingWhoUsesItAndTheFirstGoesOnServing()
            throws Exception {
        deleteRecursively(DIR);
        Path data = DIR.resolve("data");
        int firstPort = freePort();
        Process first = start("first", data, firstPort);
        waitUntilHealthy(first, firstPort, DIR.resolve("first.log"));

        long started = System.nanoTime();
        Process second = start("second", data, freePort());
        boolean ended = second.waitFor(180, TimeUnit.SECONDS);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        String log = Files.readString(DIR.resolve("second.log"));
        assertTrue(ended, "the second Rapport ended by itself (it ran " + seconds + " s)\n" + log);
        assertEquals(3, second.exitValue(), "the exit status says it failed\n" + log);
        assertTrue(
                log.contains(
                        "The data directory "
                                + data
                                + " is in use by another Rapport (process "
                                + first.pid()
                                + ", started "),
                log);
        assertFalse(log.contains(" ready in "), "it never reports itself ready\n" + log);
        assertFalse(log.contains("Embedded MariaDB started"), log);
        LOG.info(() -> "The second Rapport exited with status 3 after " + seconds + " s");

        assertTrue(first.isAlive(), "the first one runs on");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> health =
                client.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + firstPort + "/health"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(
                health.body().contains("\"database\"") && health.body().contains("\"UP\""),
                health.body());
        HttpResponse<String> signIn =
                client.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://localhost:" + firstPort + "/login.xhtml"))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, signIn.statusCode());
        assertTrue(
                Files.readString(data.resolve("rapport.lock"))
                        .contains("pid=" + first.pid() + "\n"),
                "the lock file still names the first one");
    }

    private static Process start(String name, Path data, int port) throws IOException {
        Files.createDirectories(DIR);
        List<String> command =
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx768m",
                        "-XX:+UseSerialGC",
                        "-XX:ActiveProcessorCount=2",
                        "-jar",
                        System.getProperty("rapport.uberjar", "target/rapport.jar"),
                        "--nocluster",
                        "--port",
                        String.valueOf(port),
                        "--rootdir",
                        DIR.resolve(name + "-root").toString());
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(DIR.resolve(name + ".log").toFile());
        builder.environment().remove("RAPPORT_DB_URL"); // the embedded database
        builder.environment().put("RAPPORT_DATA_DIR", data.toString());
        builder.environment().put("RAPPORT_STAFF_MFA", "optional");
        Process process = builder.start();
        STARTED.add(process);
        return process;
    }

    private static void waitUntilHealthy(Process process, int port, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(
                    process.isAlive(),
                    "the first Rapport stopped while starting\n" + Files.readString(log));
            if (Files.readString(log).contains(" ready in ")) {
                try {
                    HttpResponse<String> health =
                            client.send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            "http://localhost:" + port + "/health"))
                                            .timeout(Duration.ofSeconds(5))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                    if (health.statusCode() == 200 && health.body().contains("\"database\"")) {
                        return;
                    }
                } catch (IOException e) {
                    // not answering yet
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError(
                "the first Rapport did not become healthy\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
