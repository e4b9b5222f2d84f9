package org.rapport.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.WebSession;

/**
 * The database crashes: counselors keep saving note drafts and booking sessions (each save answered
 * "Saved", each booking answered by the calendar, is an acknowledged write) while the database
 * server, a MariaDB of the test's own set up for durability (deploy/local-database.sh), is killed
 * with {@code kill -9} and started again. Every acknowledged write is there afterwards; requests
 * during the outage get a page that says to try again, never a stack trace; and saving works again
 * within 10 s of the database answering.
 */
class DatabaseCrashFaultIT {

    private static final Logger LOG = Logger.getLogger(DatabaseCrashFaultIT.class.getName());
    private static final int DB_PORT = 13307;
    private static final String URL = "jdbc:mysql://127.0.0.1:" + DB_PORT + "/rapport_crash";
    private static final LocalCluster CLUSTER = new LocalCluster("local-cluster-crash", 18444, URL);

    @BeforeAll
    static void up() throws Exception {
        CLUSTER.database(DB_PORT, "up");
        try (Connection db =
                DriverManager.getConnection(
                        "jdbc:mysql://127.0.0.1:" + DB_PORT + "/", "root", "")) {
            db.createStatement().execute("DROP DATABASE IF EXISTS rapport_crash");
            db.createStatement()
                    .execute(
                            "CREATE DATABASE rapport_crash CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        CLUSTER.up(1);
    }

    @AfterAll
    static void down() throws Exception {
        try {
            CLUSTER.down();
        } finally {
            CLUSTER.database(DB_PORT, "down");
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesTheDatabaseKilledWithKill9() throws Exception {
        WebSession counselor =
                CLUSTER.browser().signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD);
        long[] appointments = FailoverFaultIT.unwrittenPastSessions(URL, DemoAccounts.JORDAN, 3);
        Map<Long, String> acknowledged = new HashMap<>();
        long marcus =
                Long.parseLong(
                        LocalCluster.row(
                                URL, "SELECT id FROM client WHERE legal_name = 'Marcus Bell'"));
        WebSession booker =
                CLUSTER.browser().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        LocalDateTime firstSlot = LocalDate.now().plusDays(300).atTime(6, 0);
        List<String> bookings = new ArrayList<>();
        Map<Long, List<String>> triedSince = new HashMap<>();
        List<String> outage = new ArrayList<>();
        int writes = 0;
        int acks = 0;
        long start = System.nanoTime();
        Double killedAt = null;
        Double answeringAgainAt = null;
        Double firstAckAfter = null;
        int acksAfter = 0;
        for (int k = 0; seconds(start) < 90 && acksAfter < 10; k++) {
            if (killedAt == null && seconds(start) > 6) {
                CLUSTER.database(DB_PORT, "kill");
                killedAt = seconds(start);
            } else if (killedAt != null
                    && answeringAgainAt == null
                    && seconds(start) > killedAt + 4) {
                CLUSTER.database(DB_PORT, "start");
                answeringAgainAt = seconds(start);
            }
            boolean booking = k % 3 == 2; // two drafts, then a booking
            long appointment = appointments[k % appointments.length];
            String text = "Write #" + k + " for session " + appointment;
            LocalDateTime slot = firstSlot.plusMinutes(30L * k);
            String path =
                    booking
                            ? "counselor/appointment.xhtml?start=" + slot + "&with=client:" + marcus
                            : "counselor/note.xhtml?appointment=" + appointment;
            writes++;
            if (!booking) {
                triedSince.computeIfAbsent(appointment, a -> new ArrayList<>()).add(text);
            }
            WebSession who = booking ? booker : counselor;
            HttpResponse<String> answer;
            try {
                HttpResponse<String> page = who.open(path);
                if (page.statusCode() != 200
                        || !page.body().contains(booking ? "id=\"appointment\"" : "id=\"note\"")) {
                    answer = page;
                } else if (booking) {
                    answer =
                            who.submitOn(
                                    page,
                                    path,
                                    "appointment",
                                    "save",
                                    Map.of(
                                            "with_hinput",
                                            "client:" + marcus,
                                            "date_input",
                                            slot.toLocalDate().toString(),
                                            "startTime_input",
                                            slot.toLocalTime().toString(),
                                            "endTime_input",
                                            slot.toLocalTime().plusMinutes(25).toString(),
                                            "kind_input",
                                            "INDIVIDUAL",
                                            "modality_input",
                                            "IN_PERSON",
                                            "room",
                                            "Room 3"));
                } else {
                    answer = LocalCluster.saveDraft(counselor, page, text);
                }
                if (WebSession.isRedirect(answer)
                        && booking
                        && WebSession.location(answer).contains("calendar.xhtml")) {
                    acks++;
                    bookings.add(slot.toString());
                    if (answeringAgainAt != null) {
                        acksAfter++;
                        if (firstAckAfter == null) {
                            firstAckAfter = seconds(start);
                        }
                    }
                    continue;
                }
                if (WebSession.isRedirect(answer)) {
                    answer = who.open(WebSession.location(answer)); // as the browser follows it
                }
            } catch (RuntimeException e) {
                outage.add("no answer: " + e.getMessage());
                continue;
            }
            if (!booking
                    && answer.statusCode() == 200
                    && FailoverFaultIT.SAVED.matcher(answer.body()).find()
                    && answer.body().contains(text)) {
                acks++;
                acknowledged.put(appointment, text);
                triedSince.put(appointment, new ArrayList<>());
                if (answeringAgainAt != null) {
                    acksAfter++;
                    if (firstAckAfter == null) {
                        firstAckAfter = seconds(start);
                    }
                }
            } else {
                String body = answer.body();
                String text2 =
                        body.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                                .replaceAll("(?s)<[^>]+>", " ")
                                .replaceAll("\\s+", " ")
                                .strip();
                outage.add(
                        answer.statusCode()
                                + " after "
                                + String.format("%.1f s", seconds(start))
                                + ": "
                                + text2.substring(0, Math.min(300, text2.length())));
                assertFalse(
                        body.contains("Exception")
                                || body.contains("\tat ")
                                || body.contains("at org."),
                        "no stack trace during the outage: " + body);
                assertTrue(
                        body.toLowerCase().contains("try again"),
                        "the page says to try again: " + body);
            }
        }
        assertTrue(
                killedAt != null && answeringAgainAt != null,
                "the database was killed and started again");
        assertFalse(
                outage.isEmpty(),
                "some requests fell into the outage (or the test proves nothing)");
        assertTrue(firstAckAfter != null, "saving worked again after the restart");
        double recovery = firstAckAfter - answeringAgainAt;
        assertTrue(
                recovery <= 10,
                "saving works again within 10 s of the database answering: " + recovery + " s");

        int found = 0;
        try (Connection db = DriverManager.getConnection(URL, "root", "");
                PreparedStatement read =
                        db.prepareStatement(
                                "SELECT id, section1 FROM session_note WHERE appointment_id = ?")) {
            for (Map.Entry<Long, String> last : acknowledged.entrySet()) {
                read.setLong(1, last.getKey());
                try (ResultSet row = read.executeQuery()) {
                    assertTrue(row.next(), "the note of session " + last.getKey() + " is there");
                    String stored =
                            CLUSTER.open(
                                    "session_note", "section1", row.getLong(1), row.getString(2));
                    assertTrue(
                            stored.equals(last.getValue())
                                    || triedSince.get(last.getKey()).contains(stored),
                            "session "
                                    + last.getKey()
                                    + " holds its last acknowledged write ("
                                    + last.getValue()
                                    + ") or a later one, not "
                                    + stored);
                    found++;
                }
            }
        }
        try (Connection db = DriverManager.getConnection(URL, "root", "");
                java.sql.Statement sql = db.createStatement();
                ResultSet rows =
                        sql.executeQuery(
                                "SELECT DATE_FORMAT(starts_at, '%Y-%m-%dT%H:%i') FROM appointment"
                                        + " WHERE starts_at >= '"
                                        + firstSlot.toLocalDate()
                                        + "'")) {
            List<String> stored = new ArrayList<>();
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
            assertTrue(
                    stored.containsAll(bookings),
                    "every acknowledged booking is there: " + bookings + " in " + stored);
            assertEquals(stored.size(), java.util.Set.copyOf(stored).size(), "no booking twice");
        }
        LOG.info(
                String.format(
                        "Database crash: %d writes tried (drafts and bookings), %d acknowledged, every one of the %d"
                                + " acknowledged bookings found, the last acknowledged write of each of %d notes found; %d requests fell into the outage (%s); the database was killed at %.1f s and"
                                + " answered again at %.1f s; saving worked again %.1f s after that",
                        writes,
                        acks,
                        bookings.size(),
                        found,
                        outage.size(),
                        String.join(" | ", outage.subList(0, Math.min(3, outage.size()))),
                        killedAt,
                        answeringAgainAt,
                        recovery));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
