package org.rapport.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.WebSession;

/**
 * Rapport itself crashes mid-save: two counselors keep saving note drafts and four sessions keep
 * booking, two at a time for the same slot, when the only instance is killed with {@code kill -9}
 * and started again. After the restart: every acknowledged draft and booking is there, no slot is
 * booked twice, no booking lacks its attendee and no encrypted value was left half-written (the
 * placeholder an insert writes before it seals).
 */
class AppCrashFaultIT {

    private static final Logger LOG = Logger.getLogger(AppCrashFaultIT.class.getName());
    private static final String DATABASE = "rapport_appcrash_" + System.currentTimeMillis();
    private static final String URL = "jdbc:mysql://127.0.0.1:3306/" + DATABASE;
    private static final LocalCluster CLUSTER =
            new LocalCluster("local-cluster-appcrash", 18447, URL);
    private static final int SLOTS_PER_DAY = 28;

    @BeforeAll
    static void up() throws Exception {
        LocalCluster.machineSql(
                "CREATE DATABASE "
                        + DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        CLUSTER.up(1);
    }

    @AfterAll
    static void down() throws Exception {
        try {
            CLUSTER.down();
        } finally {
            LocalCluster.machineSql("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    void killedMidSaveItLosesNoAcknowledgedWriteAndBooksNoSlotTwice() throws Exception {
        long marcus =
                Long.parseLong(
                        LocalCluster.row(
                                URL, "SELECT id FROM client WHERE legal_name = 'Marcus Bell'"));
        long[] notes = {
            FailoverFaultIT.unwrittenPastSessions(URL, DemoAccounts.JORDAN, 1)[0],
            FailoverFaultIT.unwrittenPastSessions(URL, DemoAccounts.MORGAN, 1)[0]
        };
        String[] authors = {DemoAccounts.JORDAN, DemoAccounts.MORGAN};

        Map<Long, String> lastAcknowledged = new ConcurrentHashMap<>();
        Map<Long, List<String>> triedSince = new ConcurrentHashMap<>();
        Set<String> bookedSlots = ConcurrentHashMap.newKeySet();
        AtomicInteger writes = new AtomicInteger();
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger clashes = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger acknowledgedAfterRestart = new AtomicInteger();
        long start = System.nanoTime();
        double[] killedAt = {-1};
        double[] restartedAt = {-1};
        double[] firstAckAfterRestart = {-1};
        LocalDate firstDay = LocalDate.now().plusDays(200);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            workers.add(
                    pool.submit(
                            () -> {
                                long appointment = notes[writer];
                                WebSession session = null;
                                for (int k = 0;
                                        !done(start, restartedAt, acknowledgedAfterRestart);
                                        k++) {
                                    String text =
                                            "Crash test write #" + k + " by " + authors[writer];
                                    try {
                                        if (session == null) {
                                            session =
                                                    CLUSTER.browser()
                                                            .signedInAs(
                                                                    authors[writer],
                                                                    DemoAccounts.PASSWORD);
                                        }
                                        HttpResponse<String> page =
                                                session.get(
                                                        "counselor/note.xhtml?appointment="
                                                                + appointment);
                                        if (page.statusCode() != 200
                                                || !page.body().contains("id=\"note\"")) {
                                            throw new IllegalStateException(
                                                    "no note page: " + page.statusCode());
                                        }
                                        writes.incrementAndGet();
                                        triedSince
                                                .computeIfAbsent(
                                                        appointment,
                                                        a ->
                                                                Collections.synchronizedList(
                                                                        new ArrayList<>()))
                                                .add(text);
                                        HttpResponse<String> saved =
                                                LocalCluster.saveDraft(session, page, text);
                                        if (saved.statusCode() == 200
                                                && FailoverFaultIT.SAVED
                                                        .matcher(saved.body())
                                                        .find()
                                                && saved.body().contains(text)) {
                                            lastAcknowledged.put(appointment, text);
                                            triedSince.put(
                                                    appointment,
                                                    Collections.synchronizedList(
                                                            new ArrayList<>()));
                                            acknowledge(
                                                    acknowledged,
                                                    acknowledgedAfterRestart,
                                                    restartedAt,
                                                    firstAckAfterRestart,
                                                    start);
                                        } else {
                                            throw new IllegalStateException(
                                                    "not saved: " + saved.statusCode());
                                        }
                                    } catch (RuntimeException | AssertionError e) {
                                        failed.incrementAndGet();
                                        session =
                                                null; // after a crash the session is gone: sign in
                                        // again
                                        pause(250);
                                    }
                                }
                            }));
        }
        for (int b = 0; b < 4; b++) {
            int pair = b / 2;
            workers.add(
                    pool.submit(
                            () -> {
                                WebSession session = null;
                                for (int k = 0;
                                        !done(start, restartedAt, acknowledgedAfterRestart);
                                        k++) {
                                    LocalDate day =
                                            firstDay.plusDays(pair * 50L + k / SLOTS_PER_DAY);
                                    LocalTime at =
                                            LocalTime.of(6, 0)
                                                    .plusMinutes(30L * (k % SLOTS_PER_DAY));
                                    String path =
                                            "counselor/appointment.xhtml?start="
                                                    + day
                                                    + "T"
                                                    + at
                                                    + "&with=client:"
                                                    + marcus;
                                    try {
                                        if (session == null) {
                                            session =
                                                    CLUSTER.browser()
                                                            .signedInAs(
                                                                    DemoAccounts.MORGAN,
                                                                    DemoAccounts.PASSWORD);
                                        }
                                        HttpResponse<String> form = session.get(path);
                                        if (form.statusCode() != 200
                                                || !form.body()
                                                        .contains("jakarta.faces.ViewState")) {
                                            throw new IllegalStateException(
                                                    "no booking form: " + form.statusCode());
                                        }
                                        writes.incrementAndGet();
                                        HttpResponse<String> answer =
                                                session.submitOn(
                                                        form,
                                                        path,
                                                        "appointment",
                                                        "save",
                                                        Map.of(
                                                                "with_hinput",
                                                                "client:" + marcus,
                                                                "date_input",
                                                                day.toString(),
                                                                "startTime_input",
                                                                at.toString(),
                                                                "endTime_input",
                                                                at.plusMinutes(25).toString(),
                                                                "kind_input",
                                                                "INDIVIDUAL",
                                                                "modality_input",
                                                                "IN_PERSON",
                                                                "room",
                                                                "Room 2"));
                                        if (WebSession.isRedirect(answer)
                                                && WebSession.location(answer)
                                                        .contains("calendar.xhtml")) {
                                            bookedSlots.add(day + "T" + at);
                                            acknowledge(
                                                    acknowledged,
                                                    acknowledgedAfterRestart,
                                                    restartedAt,
                                                    firstAckAfterRestart,
                                                    start);
                                        } else if (answer.statusCode() == 200
                                                && answer.body().contains("This overlaps")) {
                                            clashes.incrementAndGet();
                                        } else {
                                            throw new IllegalStateException(
                                                    "not booked: " + answer.statusCode());
                                        }
                                    } catch (RuntimeException | AssertionError e) {
                                        failed.incrementAndGet();
                                        session = null;
                                        pause(250);
                                    }
                                }
                            }));
        }

        // the kill comes in the middle of the burst: once every kind of write is under way and
        // acknowledged
        for (long waited = 0; acknowledged.get() < 8 && waited < 90_000; waited += 200) {
            pause(200);
        }
        CLUSTER.kill(1);
        killedAt[0] = seconds(start);
        int acknowledgedBeforeKill = acknowledged.get();
        HttpResponse<String> down = CLUSTER.browser().get("counselor/calendar.xhtml");
        assertEquals(502, down.statusCode());
        assertTrue(
                down.body().contains("Rapport is restarting") && !down.body().contains("nginx"),
                "while no instance answers, nginx's own try-again page, not its bare error: "
                        + down.body());
        CLUSTER.run(Map.of(), "local-cluster.sh", "start", "1");
        restartedAt[0] = seconds(start);
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();

        assertTrue(
                acknowledgedBeforeKill >= 8,
                "writes were acknowledged before the kill: " + acknowledgedBeforeKill);
        assertTrue(acknowledgedAfterRestart.get() >= 10, "writing works again after the restart");
        assertTrue(clashes.get() > 0, "the pairs did compete for slots");

        try (Connection db = DriverManager.getConnection(URL, "root", "");
                Statement sql = db.createStatement()) {
            // No slot booked twice: Morgan's sessions in the test's days never overlap.
            try (ResultSet overlaps =
                    sql.executeQuery(
                            "SELECT COUNT(*) FROM appointment a JOIN appointment b ON a.id < b.id"
                                    + " AND a.counselor_id = b.counselor_id AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at"
                                    + " WHERE a.starts_at >= '"
                                    + firstDay
                                    + "' AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'")) {
                overlaps.next();
                assertEquals(0, overlaps.getLong(1), "no double booking");
            }
            // Every acknowledged booking is there, once, with its attendee.
            List<String> stored = new ArrayList<>();
            try (ResultSet rows =
                    sql.executeQuery(
                            "SELECT DATE_FORMAT(a.starts_at, '%Y-%m-%dT%H:%i'),"
                                    + " (SELECT COUNT(*) FROM appointment_attendee t WHERE t.appointment_id = a.id)"
                                    + " FROM appointment a WHERE a.starts_at >= '"
                                    + firstDay
                                    + "'")) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                    assertTrue(
                            rows.getLong(2) >= 1,
                            "the booking at " + rows.getString(1) + " has its attendee");
                }
            }
            assertTrue(stored.containsAll(bookedSlots), "every acknowledged booking is stored");
            assertEquals(stored.size(), Set.copyOf(stored).size(), "each slot once");
            // No sealed value left as the insert's placeholder, anywhere.
            assertEquals(
                    0,
                    count(
                            sql,
                            "SELECT COUNT(*) FROM session_note WHERE section1 = 'v2:-' OR section2 = 'v2:-'"
                                    + " OR section3 = 'v2:-' OR section4 = 'v2:-'"),
                    "no half-sealed note");
            assertEquals(
                    0,
                    count(
                            sql,
                            "SELECT COUNT(*) FROM appointment WHERE memo = 'v2:-' OR status_reason = 'v2:-'"),
                    "no half-sealed appointment");
        }
        int found = 0;
        try (Connection db = DriverManager.getConnection(URL, "root", "");
                PreparedStatement read =
                        db.prepareStatement(
                                "SELECT id, section1 FROM session_note WHERE appointment_id = ?")) {
            for (Map.Entry<Long, String> last : lastAcknowledged.entrySet()) {
                read.setLong(1, last.getKey());
                try (ResultSet row = read.executeQuery()) {
                    assertTrue(row.next(), "the note of session " + last.getKey() + " is there");
                    String text =
                            CLUSTER.open(
                                    "session_note", "section1", row.getLong(1), row.getString(2));
                    assertTrue(
                            text.equals(last.getValue())
                                    || triedSince
                                            .getOrDefault(last.getKey(), List.of())
                                            .contains(text),
                            "the last acknowledged draft ("
                                    + last.getValue()
                                    + ") or a later one, not "
                                    + text);
                    found++;
                }
            }
        }
        LOG.info(
                String.format(
                        "Application crash: %d writes tried (drafts and bookings), %d acknowledged (%d before the"
                                + " kill), %d bookings refused as clashes, %d attempts failed while it was down; killed at %.1f s, ready"
                                + " again at %.1f s (%.1f s to restart), the first write after that acknowledged %.1f s later; %d"
                                + " acknowledged bookings all stored once, 0 overlapping, the last acknowledged draft of %d notes found",
                        writes.get(),
                        acknowledged.get(),
                        acknowledgedBeforeKill,
                        clashes.get(),
                        failed.get(),
                        killedAt[0],
                        restartedAt[0],
                        restartedAt[0] - killedAt[0],
                        firstAckAfterRestart[0] - restartedAt[0],
                        bookedSlots.size(),
                        found));
    }

    private static boolean done(
            long start, double[] restartedAt, AtomicInteger acknowledgedAfterRestart) {
        return seconds(start) > 300 || restartedAt[0] > 0 && acknowledgedAfterRestart.get() >= 12;
    }

    private static synchronized void acknowledge(
            AtomicInteger acknowledged,
            AtomicInteger afterRestart,
            double[] restartedAt,
            double[] firstAfter,
            long start) {
        acknowledged.incrementAndGet();
        if (restartedAt[0] > 0) {
            if (afterRestart.incrementAndGet() == 1) {
                firstAfter[0] = seconds(start);
            }
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
