package org.rapport.platform;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Keeps a second Rapport off a data directory that a running one uses. The file {@code
 * rapport.lock} in the directory holds the process id and start time of the Rapport using it and is
 * locked by that process (an operating-system file lock) for as long as it lives. The operating
 * system drops the lock when the process ends, however it ends ({@code kill -9} included), so a
 * file left behind by a process that is gone blocks nothing: the next start takes the lock and
 * writes its own id.
 *
 * <p>Without this, a second Rapport waited 30 s on MariaDB's own file locks and then reported
 * itself ready without a database.
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE = "rapport.lock";
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    /**
     * Directories this process holds: a second channel on the same file would drop the lock when
     * closed.
     */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /** The directory in use: by whom, as far as its lock file says. */
    static final class InUse extends Exception {

        private static final long serialVersionUID = 1L;

        InUse(String message) {
            super(message);
        }
    }

    /**
     * Takes the directory for this process, or says who has it.
     *
     * @param mariadbDataDirectory the embedded MariaDB's data directory inside it: a MariaDB server
     *     still running on it (left over after its Rapport was killed) makes the directory in use
     *     too
     */
    static DataDirectoryLock acquire(Path directory, Path mariadbDataDirectory)
            throws InUse, IOException {
        Path home = directory.toAbsolutePath().normalize();
        synchronized (HELD) {
            if (HELD.contains(home)) {
                throw new InUse(
                        inUseMessage(
                                home, "this process, " + describe(ProcessHandle.current().pid())));
            }
            Files.createDirectories(home);
            FileChannel channel =
                    FileChannel.open(
                            home.resolve(FILE),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (
                    OverlappingFileLockException
                            e) { // held by another class loader of this process
                channel.close();
                throw new InUse(
                        inUseMessage(
                                home, "this process, " + describe(ProcessHandle.current().pid())));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new InUse(inUseMessage(home, holder));
            }
            DataDirectoryLock taken = new DataDirectoryLock(home, channel, lock);
            try {
                Optional<ProcessHandle> leftover =
                        serverOn(mariadbDataDirectory.toAbsolutePath().normalize());
                if (leftover.isPresent()) {
                    long pid = leftover.get().pid();
                    String parent =
                            leftover.get()
                                    .parent()
                                    .filter(p -> p.pid() > 1)
                                    .map(p -> ", started by process " + p.pid())
                                    .orElse(", whose Rapport is gone");
                    throw new InUse(
                            "The data directory "
                                    + home
                                    + " is in use: a MariaDB server (process "
                                    + pid
                                    + parent
                                    + ") runs on "
                                    + mariadbDataDirectory
                                    + ". If no Rapport uses it any more (one"
                                    + " killed with kill -9 leaves it behind), stop it (kill "
                                    + pid
                                    + ") and start again.");
                }
                taken.writeOwnId();
            } catch (InUse | IOException | RuntimeException e) {
                taken.releaseQuietly();
                throw e;
            }
            HELD.add(home);
            return taken;
        }
    }

    /**
     * Lets the next Rapport have the directory (the file stays; without its lock it blocks
     * nothing).
     */
    @Override
    public void close() throws IOException {
        synchronized (HELD) {
            HELD.remove(directory);
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private void releaseQuietly() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the process ends anyway, or the caller reports the first failure
        }
    }

    private void writeOwnId() throws IOException {
        ProcessHandle self = ProcessHandle.current();
        String text =
                "# The Rapport using this data directory (it holds a lock on this file while it runs)\n"
                        + "pid="
                        + self.pid()
                        + "\n"
                        + "started="
                        + self.info().startInstant().map(Instant::toString).orElse("")
                        + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    /**
     * Who holds the lock, from the file's content (read through the same channel: the lock is
     * advisory).
     */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer content = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.read(content, 0);
            Properties fields = new Properties();
            fields.load(
                    new StringReader(
                            new String(
                                    content.array(),
                                    0,
                                    content.position(),
                                    StandardCharsets.UTF_8)));
            long pid = Long.parseLong(fields.getProperty("pid", "").strip());
            return describe(pid);
        } catch (IOException | NumberFormatException e) {
            return "a process that has not written its id yet";
        }
    }

    /**
     * "process 1234, started 2026-11-30 17:51:02 UTC", from the running process itself when it can
     * be seen.
     */
    private static String describe(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        Optional<Instant> started = process.flatMap(handle -> handle.info().startInstant());
        return "process " + pid + started.map(time -> ", started " + SHOWN.format(time)).orElse("");
    }

    private static String inUseMessage(Path home, String holder) {
        return "The data directory "
                + home
                + " is in use by another Rapport ("
                + holder
                + "). Stop that one"
                + " first, or give this one another "
                + EmbeddedDatabase.DATA_DIR
                + " (or a database server with"
                + " RAPPORT_DB_URL).";
    }

    /** A process other than this one whose command line names {@code --datadir=<mariadbData>}. */
    static Optional<ProcessHandle> serverOn(Path mariadbData) {
        String argument = "--datadir=" + mariadbData;
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .filter(
                        process ->
                                process.info()
                                        .arguments()
                                        .map(List::of)
                                        .orElse(List.of())
                                        .contains(argument))
                .findFirst();
    }
}
