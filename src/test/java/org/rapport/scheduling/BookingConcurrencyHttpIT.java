package org.rapport.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

/**
 * Twelve signed-in sessions press "Book" for the same counselor and time at the same moment,
 * through the real page: one booking is taken, every other person gets the clash message on the
 * page (no error page, no lost sign-in).
 */
class BookingConcurrencyHttpIT {

    private static final int SESSIONS = 12;

    @Test
    void simultaneousBookingsThroughThePageGiveOneBookingAndClashMessages() throws Exception {
        long marcus = TestAccounts.count("SELECT id FROM client WHERE legal_name = 'Marcus Bell'");
        for (int round = 0; round < 3; round++) {
            LocalDate day = LocalDate.now().plusDays(40 + round);
            String path =
                    "counselor/appointment.xhtml?start=" + day + "T06:00&with=client:" + marcus;
            List<WebSession> sessions = new ArrayList<>();
            List<HttpResponse<String>> forms = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                WebSession morgan =
                        new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
                sessions.add(morgan);
                forms.add(morgan.open(path));
            }
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                WebSession session = sessions.get(i);
                HttpResponse<String> form = forms.get(i);
                results.add(
                        pool.submit(
                                () -> {
                                    go.await();
                                    return session.submitOn(
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
                                                    "06:00",
                                                    "endTime_input",
                                                    "06:50",
                                                    "kind_input",
                                                    "INDIVIDUAL",
                                                    "modality_input",
                                                    "IN_PERSON",
                                                    "room",
                                                    "Room 1"));
                                }));
            }
            go.countDown();
            int booked = 0;
            int clashes = 0;
            List<String> other = new ArrayList<>();
            for (Future<HttpResponse<String>> result : results) {
                HttpResponse<String> response = result.get();
                String location =
                        WebSession.isRedirect(response) ? WebSession.location(response) : "";
                if (location.contains("calendar.xhtml")) {
                    booked++;
                } else if (response.statusCode() == 200
                        && response.body().contains("This overlaps")) {
                    clashes++;
                } else {
                    other.add(
                            response.statusCode()
                                    + " "
                                    + location
                                    + " "
                                    + response.body()
                                            .substring(0, Math.min(300, response.body().length())));
                }
            }
            pool.shutdown();
            assertTrue(other.isEmpty(), "round " + round + ": unexpected answers: " + other);
            assertEquals(1, booked, "round " + round);
            assertEquals(SESSIONS - 1, clashes, "round " + round);
        }
    }
}
