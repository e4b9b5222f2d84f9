package org.rapport.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One integration-test run (the failsafe JVM): creates the run's database before any test, points
 * the Arquillian-managed Payara Micro at it, and cleans up after the last test. Does nothing for
 * the plain unit tests.
 */
public class IntegrationTestRun implements LauncherSessionListener {

    /** JVM options for every Payara Micro the tests start: quick start-up on a small machine. */
    static final List<String> SERVER_JVM_OPTIONS =
            List.of(
                    "-Xmx768m",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-XX:ActiveProcessorCount=2");

    private static TestDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("rapport.it") || database != null) {
            return;
        }
        database = TestDatabase.create(targetDirectory());
        TestMail.start();
        List<String> options = new ArrayList<>(SERVER_JVM_OPTIONS);
        options.add("-DRAPPORT_DB_URL=" + database.url());
        options.add("-DRAPPORT_DB_USER=" + database.user());
        if (!database.password().isEmpty()) {
            options.add("-DRAPPORT_DB_PASSWORD=" + database.password());
        }
        options.add("-DRAPPORT_NOTE_KEY=" + TestNoteKeys.CURRENT);
        options.add("-DRAPPORT_NOTE_OLD_KEYS=" + TestNoteKeys.OLD);
        // in-container tests send their mail (reminders) to the run's GreenMail too
        options.add("-DRAPPORT_SMTP_HOST=127.0.0.1");
        options.add("-DRAPPORT_SMTP_PORT=" + TestMail.port());
        options.add("-DRAPPORT_SMTP_STARTTLS=false");
        // Read by the Payara Micro Arquillian adapter when it is configured.
        System.setProperty("payara.cmdOptions", String.join(" ", options));
        // No --rootdir: a kept root directory makes Payara Micro redeploy what it ran last time as
        // well.
        System.setProperty("payara.extraMicroOptions", "--disablephonehome");
        // Rapport starts first, on the empty database, so that it loads the demo practice whatever
        // test
        // runs first (an in-container test that adds accounts would otherwise leave the database
        // non-empty).
        RunningRapport.baseUrl();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        RunningRapport.stop();
        TestMail.stop();
        if (database != null) {
            database.drop();
            database = null;
        }
    }

    /** The run's database. */
    public static TestDatabase database() {
        if (database == null) {
            throw new IllegalStateException(
                    "No test database: integration tests run with -Drapport.it=true (mvn verify)");
        }
        return database;
    }

    public static Path targetDirectory() {
        return Path.of(System.getProperty("rapport.target", "target"));
    }
}
