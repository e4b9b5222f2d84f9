package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

    @TempDir Path directory;

    @Test
    void aLockFileLeftByAProcessThatIsGoneDoesNotBlock() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        Files.writeString(
                directory.resolve(DataDirectoryLock.FILE),
                "pid=" + gone.pid() + "\nstarted=2020-01-01T00:00:00Z\n");

        try (DataDirectoryLock lock =
                DataDirectoryLock.acquire(directory, directory.resolve("mariadb-data"))) {
            String content = Files.readString(directory.resolve(DataDirectoryLock.FILE));
            assertTrue(content.contains("pid=" + ProcessHandle.current().pid() + "\n"), content);
            assertTrue(!content.contains("2020-01-01"), content);
        }
    }

    @Test
    void aDirectoryAnotherProcessHoldsIsRefusedNamingThatProcessUntilItIsKilled() throws Exception {
        Process holder =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                Holder.class.getName(),
                                directory.toString())
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
        try {
            BufferedReader out =
                    new BufferedReader(
                            new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine(), "the other process took the directory");

            DataDirectoryLock.InUse refused =
                    assertThrows(
                            DataDirectoryLock.InUse.class,
                            () ->
                                    DataDirectoryLock.acquire(
                                            directory, directory.resolve("mariadb-data")));
            assertTrue(
                    refused.getMessage()
                            .startsWith(
                                    "The data directory "
                                            + directory
                                            + " is in use by another"
                                            + " Rapport (process "
                                            + holder.pid()
                                            + ", started "),
                    refused.getMessage());
        } finally {
            holder.destroyForcibly(); // as kill -9: no chance to clean up
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        // The operating system dropped the killed process's lock; its file (with its id) stays and
        // blocks nothing.
        assertTrue(
                Files.readString(directory.resolve(DataDirectoryLock.FILE))
                        .contains("pid=" + holder.pid()));
        try (DataDirectoryLock lock =
                DataDirectoryLock.acquire(directory, directory.resolve("mariadb-data"))) {
            assertTrue(
                    Files.readString(directory.resolve(DataDirectoryLock.FILE))
                            .contains("pid=" + ProcessHandle.current().pid() + "\n"));
        }
    }

    @Test
    void theSameProcessCannotTakeTheDirectoryTwiceAndCanAfterReleasingIt() throws Exception {
        try (DataDirectoryLock lock =
                DataDirectoryLock.acquire(directory, directory.resolve("mariadb-data"))) {
            DataDirectoryLock.InUse refused =
                    assertThrows(
                            DataDirectoryLock.InUse.class,
                            () ->
                                    DataDirectoryLock.acquire(
                                            directory, directory.resolve("mariadb-data")));
            assertTrue(
                    refused.getMessage()
                            .contains("(this process, process " + ProcessHandle.current().pid()),
                    refused.getMessage());
        }
        DataDirectoryLock.acquire(directory, directory.resolve("mariadb-data")).close();
    }

    @Test
    void aMariaDbServerStillRunningOnTheDataIsNamed() throws Exception {
        Path data = directory.resolve("mariadb-data");
        // A stand-in for a mariadbd left behind: a process whose command line names the data
        // directory.
        Process server =
                new ProcessBuilder("bash", "-c", "sleep 60; true", "mariadbd", "--datadir=" + data)
                        .start();
        try {
            DataDirectoryLock.InUse refused =
                    assertThrows(
                            DataDirectoryLock.InUse.class,
                            () -> DataDirectoryLock.acquire(directory, data));
            assertTrue(
                    refused.getMessage().contains("a MariaDB server (process " + server.pid()),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("kill " + server.pid()), refused.getMessage());
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
        // refused without keeping the lock
        DataDirectoryLock.acquire(directory, data).close();
    }

    /** Holds the lock of the directory given until killed (the "other Rapport"). */
    public static final class Holder {

        public static void main(String[] args) throws Exception {
            DataDirectoryLock.acquire(Path.of(args[0]), Path.of(args[0], "mariadb-data"));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
