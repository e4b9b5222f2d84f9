package org.rapport.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.clients.Client;
import org.rapport.clients.ClientDetails;
import org.rapport.clients.ClientService;
import org.rapport.clients.Confidentiality;
import org.rapport.clients.Couple;
import org.rapport.clients.CoupleDetails;
import org.rapport.clients.CoupleService;
import org.rapport.clients.RelationshipType;
import org.rapport.identity.Account;
import org.rapport.identity.AccountService;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.platform.InvalidRecord;
import org.rapport.platform.PracticeClock;
import org.rapport.testing.TestMail;

/**
 * Scheduling inside the real application against MariaDB: what a booking refuses, who sees and
 * moves what, series, reminders (sent once) and the calendar feed (no clinical text).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchedulingIT {

    /** The address the reminder tests write to, shared with the client-side check after them. */
    static final String REMINDED = "reminded-client@test.invalid";

    @Deployment
    static WebArchive rapport() {
        return ShrinkWrap.create(ZipImporter.class, "rapport.war")
                .importFrom(new File(System.getProperty("rapport.war", "target/rapport.war")))
                .as(WebArchive.class);
    }

    @Inject private HttpServletRequest request;

    @Inject private AccountService accounts;

    @Inject private ClientService clients;

    @Inject private CoupleService couples;

    @Inject private SchedulingService scheduling;

    @Inject private ReminderJob reminders;

    @Inject private CalendarFeedService feeds;

    @Inject private org.rapport.identity.StaffService staff;

    @Inject private PracticeClock clock;

    @Inject private BookingTransactions transactions;

    @jakarta.annotation.Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private String run;
    private Account counselorX;
    private Account counselorY;
    private Account admin;

    @BeforeEach
    void practice() {
        if (accounts == null) {
            return; // the client-side check has nothing injected
        }
        run = String.valueOf(System.nanoTime());
        counselorX = account("x", Role.COUNSELOR);
        counselorY = account("y", Role.COUNSELOR);
        admin = account("admin", Role.ADMIN);
    }

    @Test
    @Order(1)
    void badInputGetsAMessageEach() {
        as(counselorX);
        Client client = client("Booked Client", null);
        LocalDate day = clock.today().plusDays(10);
        Map<String, String> endBeforeStart =
                refused(details("client:" + client.getId(), day, "11:00", "10:00"));
        assertTrue(
                endBeforeStart.get("endTime").startsWith("The end must be after the start."),
                endBeforeStart.toString());
        assertEquals(
                "The end must be after the start.",
                refused(details("client:" + client.getId(), day, "10:00", "10:00")).get("endTime"));
        Map<String, String> tooLong =
                refused(details("client:" + client.getId(), day, "08:00", "16:30"));
        assertEquals("An appointment lasts at most 8 hours.", tooLong.get("endTime"));
        Map<String, String> past =
                refused(
                        details(
                                "client:" + client.getId(),
                                clock.today().minusDays(3),
                                "10:00",
                                "10:50"));
        assertTrue(past.get("pastConfirmed").contains("Record a past session"), past.toString());
        Map<String, String> unknown = refused(details("client:999999999", day, "10:00", "10:50"));
        assertEquals("Choose a client or an active couple on your caseload.", unknown.get("with"));
        AppointmentDetails video = details("client:" + client.getId(), day, "10:00", "10:50");
        video.setModality(Modality.TELEHEALTH);
        assertEquals(
                "Enter the video link for a telehealth session.", refused(video).get("videoLink"));
        video.setVideoLink("javascript:alert(1)");
        assertTrue(refused(video).get("videoLink").contains("https://"));
        AppointmentDetails memo = details("client:" + client.getId(), day, "10:00", "10:50");
        memo.setMemo("m".repeat(301));
        assertTrue(refused(memo).get("memo").contains("300 characters"));

        // a year typed wrong, a series given both ways, a negative count: each refused with its
        // message
        for (LocalDate wrong : List.of(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31))) {
            Map<String, String> year =
                    refused(details("client:" + client.getId(), wrong, "10:00", "10:50"));
            assertTrue(year.get("date").startsWith("Choose a date from "), year.toString());
        }
        AppointmentDetails both = details("client:" + client.getId(), day, "10:00", "10:50");
        both.setRepeat(AppointmentSeries.Frequency.WEEKLY);
        both.setOccurrences(10);
        both.setRepeatUntil(day.plusWeeks(3));
        assertTrue(refused(both).get("repeatUntil").contains("not both"));
        both.setOccurrences(null);
        both.setRepeatUntil(day.minusDays(1));
        assertEquals(
                "The series must end after its first session.", refused(both).get("repeatUntil"));
        both.setRepeatUntil(null);
        both.setOccurrences(-5);
        assertTrue(
                refused(both).get("occurrences").contains("between 2 and"),
                "not two sessions without a word");

        LocalDate springForward = nextSpringForward();
        Map<String, String> gap =
                refused(details("client:" + client.getId(), springForward, "02:30", "03:30"));
        if (!gap.isEmpty()) { // only where the practice's zone has summer time
            assertTrue(gap.get("startTime").contains("does not exist"), gap.toString());
        }

        // counselors see clients late: a session past midnight ends the next day
        List<Appointment> late =
                scheduling.book(details("client:" + client.getId(), day, "23:30", "00:30"));
        assertEquals(
                java.time.Duration.ofHours(1),
                java.time.Duration.between(late.get(0).getStartsAt(), late.get(0).getEndsAt()));
        assertEquals(day.plusDays(1), late.get(0).getEndsAt().atZone(clock.zone()).toLocalDate());

        AppointmentDetails recorded =
                details("client:" + client.getId(), clock.today().minusDays(3), "10:00", "10:50");
        recorded.setPastConfirmed(true);
        assertEquals(
                1,
                scheduling.book(recorded).size(),
                "a past session is taken once the counselor confirms it");
    }

    @Test
    @Order(2)
    void noDoubleBookingForTheCounselorOrForEitherPartnerOfACouple() {
        as(counselorX);
        Client alex = client("Alex", null);
        Client sam = client("Sam", null);
        Client other = client("Other", null);
        Couple couple = couple(alex, sam);
        LocalDate day = clock.today().plusDays(12);
        scheduling.book(details("couple:" + couple.getId(), day, "17:00", "17:50"));

        InvalidRecord mine =
                assertThrows(
                        InvalidRecord.class,
                        () ->
                                scheduling.book(
                                        details("client:" + other.getId(), day, "17:30", "18:00")));
        assertTrue(
                mine.problems()
                        .get("")
                        .startsWith("This overlaps your appointment with Alex & Sam on "),
                mine.problems().toString());

        as(admin);
        AppointmentDetails withY = details("client:" + sam.getId(), day, "17:40", "18:30");
        withY.setCounselorId(counselorY.getId());
        InvalidRecord partner = assertThrows(InvalidRecord.class, () -> scheduling.book(withY));
        assertTrue(
                partner.problems().get("").contains("Sam already has an appointment"),
                partner.problems().toString());
        withY.setStartTime(LocalTime.of(17, 50)); // back to back is fine
        assertEquals(1, scheduling.book(withY).size());
    }

    @Test
    @Order(2)
    void fiftyConcurrentBookingsOfOneCounselorLeaveExactlyOne() throws Exception {
        as(counselorX);
        Client client = client("Contested", null);
        for (int round = 0; round < 3; round++) {
            Instant start =
                    clock.now()
                            .plus(Duration.ofDays(30 + round))
                            .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            List<String> outcomes =
                    race(
                            50,
                            i ->
                                    transactions.insertChecked(
                                            counselorX,
                                            AuditTrailActors.of(counselorX),
                                            counselorX.getId(),
                                            client.getId(),
                                            null,
                                            List.of(client.getId()),
                                            List.<Instant[]>of(
                                                    new Instant[] {
                                                        start.plusSeconds(300L * (i % 4)),
                                                        start.plusSeconds(3000 + 300L * (i % 4))
                                                    }),
                                            details(
                                                    "client:" + client.getId(),
                                                    clock.today(),
                                                    "10:00",
                                                    "10:50")));
            assertEquals(
                    1,
                    outcomes.stream().filter("booked"::equals).count(),
                    "round " + round + ": " + outcomes);
            assertTrue(
                    outcomes.stream()
                            .filter(o -> !o.equals("booked"))
                            .allMatch(
                                    o ->
                                            o.startsWith(
                                                    "This overlaps your"
                                                            + " appointment with Contested")),
                    "round " + round + ": " + outcomes);
        }
    }

    @Test
    @Order(2)
    void oneClientCannotBeBookedWithTwoCounselorsAtOnce() throws Exception {
        as(admin);
        ClientDetails shared = new ClientDetails();
        shared.setLegalName("Shared " + run);
        shared.setCounselorId(counselorX.getId());
        Client client = clients.create(shared);
        for (int round = 0; round < 2; round++) {
            Instant start =
                    clock.now()
                            .plus(Duration.ofDays(35 + round))
                            .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
            List<String> outcomes =
                    race(
                            50,
                            i -> {
                                Account counselor = i % 2 == 0 ? counselorX : counselorY;
                                return transactions.insertChecked(
                                        admin,
                                        AuditTrailActors.of(admin),
                                        counselor.getId(),
                                        client.getId(),
                                        null,
                                        List.of(client.getId()),
                                        List.<Instant[]>of(
                                                new Instant[] {start, start.plusSeconds(3000)}),
                                        details(
                                                "client:" + client.getId(),
                                                clock.today(),
                                                "10:00",
                                                "10:50"));
                            });
            assertEquals(
                    1,
                    outcomes.stream().filter("booked"::equals).count(),
                    "round " + round + ": " + outcomes);
            assertTrue(
                    outcomes.stream()
                            .filter(o -> !o.equals("booked"))
                            .allMatch(
                                    o ->
                                            o.contains("overlaps")
                                                    || o.contains("already has an appointment")),
                    "round " + round + ": " + outcomes);
        }
    }

    /** Runs {@code attempts} bookings at the same moment on the server's managed threads. */
    private List<String> race(
            int attempts, java.util.function.IntFunction<List<Appointment>> booking)
            throws Exception {
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int n = i;
            results.add(
                    executor.submit(
                            () -> {
                                go.await();
                                try {
                                    booking.apply(n);
                                    return "booked";
                                } catch (InvalidRecord clash) {
                                    return clash.problems().get("");
                                } catch (RuntimeException e) {
                                    Throwable cause = e;
                                    while (cause.getCause() != null
                                            && !(cause instanceof InvalidRecord)) {
                                        cause = cause.getCause();
                                    }
                                    return cause instanceof InvalidRecord clash
                                            ? clash.problems().get("")
                                            : "error: " + cause;
                                }
                            }));
        }
        go.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> result : results) {
            outcomes.add(result.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        return outcomes;
    }

    @Test
    @Order(3)
    void counselorYCannotSeeOrMoveCounselorXsAppointments() {
        as(counselorX);
        Client client = client("Private", null);
        Appointment booked =
                scheduling
                        .book(
                                details(
                                        "client:" + client.getId(),
                                        clock.today().plusDays(14),
                                        "09:00",
                                        "09:50"))
                        .get(0);
        as(counselorY);
        assertTrue(scheduling.find(booked.getId()).isEmpty());
        assertTrue(
                scheduling
                        .move(
                                booked.getId(),
                                booked.getVersion(),
                                booked.getStartsAt().plusSeconds(3600),
                                booked.getEndsAt().plusSeconds(3600),
                                false)
                        .isEmpty());
        assertTrue(
                scheduling
                        .changeStatus(
                                booked.getId(),
                                AppointmentStatus.CANCELLED_BY_COUNSELOR,
                                null,
                                false)
                        .isEmpty());
        assertTrue(
                scheduling
                        .range(
                                counselorX.getId(),
                                booked.getStartsAt().minusSeconds(3600),
                                booked.getEndsAt().plusSeconds(3600))
                        .isEmpty(),
                "a counselor's range is always their own");
        assertThrows(
                InvalidRecord.class,
                () ->
                        scheduling.book(
                                details(
                                        "client:" + client.getId(),
                                        clock.today().plusDays(15),
                                        "09:00",
                                        "09:50")),
                "and cannot book someone else's client");
        as(admin);
        assertEquals(
                1,
                scheduling
                        .range(
                                counselorX.getId(),
                                booked.getStartsAt().minusSeconds(3600),
                                booked.getEndsAt().plusSeconds(3600))
                        .size());
    }

    @Test
    @Order(4)
    void aSeriesKeepsItsLocalTimeAndCancellingOneLeavesTheRest() {
        as(counselorX);
        Client client = client("Weekly", null);
        AppointmentDetails weekly =
                details("client:" + client.getId(), clock.today().plusDays(3), "10:00", "10:50");
        weekly.setRepeat(AppointmentSeries.Frequency.WEEKLY);
        weekly.setOccurrences(8);
        List<Appointment> series = scheduling.book(weekly);
        assertEquals(8, series.size());
        ZoneId zone = clock.zone();
        assertTrue(
                series.stream()
                        .allMatch(
                                a ->
                                        a.getStartsAt()
                                                .atZone(zone)
                                                .toLocalTime()
                                                .equals(LocalTime.of(10, 0))),
                "every session at 10:00 local time, whatever the offset");

        scheduling.changeStatus(
                series.get(2).getId(), AppointmentStatus.CANCELLED_BY_CLIENT, "Travelling", false);
        scheduling.changeStatus(
                series.get(5).getId(),
                AppointmentStatus.CANCELLED_BY_COUNSELOR,
                "Series ends",
                true);
        List<AppointmentStatus> statuses =
                scheduling
                        .range(
                                null,
                                series.get(0).getStartsAt().minusSeconds(60),
                                series.get(7).getEndsAt().plusSeconds(60))
                        .stream()
                        .filter(
                                a ->
                                        a.getSeries() != null
                                                && a.getSeries()
                                                        .getId()
                                                        .equals(series.get(0).getSeries().getId()))
                        .map(Appointment::getStatus)
                        .toList();
        assertEquals(
                List.of(
                        AppointmentStatus.SCHEDULED,
                        AppointmentStatus.SCHEDULED,
                        AppointmentStatus.CANCELLED_BY_CLIENT,
                        AppointmentStatus.SCHEDULED,
                        AppointmentStatus.SCHEDULED,
                        AppointmentStatus.CANCELLED_BY_COUNSELOR,
                        AppointmentStatus.CANCELLED_BY_COUNSELOR,
                        AppointmentStatus.CANCELLED_BY_COUNSELOR),
                statuses);

        Appointment second = scheduling.find(series.get(1).getId()).orElseThrow();
        scheduling.move(
                second.getId(),
                second.getVersion(),
                second.getStartsAt().plus(Duration.ofHours(1)),
                second.getEndsAt().plus(Duration.ofHours(1)),
                true);
        Appointment fifth = scheduling.find(series.get(4).getId()).orElseThrow();
        assertEquals(
                LocalTime.of(11, 0),
                fifth.getStartsAt().atZone(zone).toLocalTime(),
                "this and the following moved");
        Appointment first = scheduling.find(series.get(0).getId()).orElseThrow();
        assertEquals(
                LocalTime.of(10, 0),
                first.getStartsAt().atZone(zone).toLocalTime(),
                "earlier ones stay");
    }

    @Test
    @Order(5)
    void aReminderGoesOutOnceAndAgainOnlyAfterARescheduleNeverAfterACancellation() {
        as(counselorX);
        Client client = client("Reminded", REMINDED);
        // three hours from now, inside the 24-hour reminder lead
        java.time.ZonedDateTime inThreeHours =
                clock.now()
                        .plus(Duration.ofHours(3))
                        .atZone(clock.zone())
                        .withSecond(0)
                        .withNano(0);
        AppointmentDetails soonDetails =
                details(
                        "client:" + client.getId(),
                        inThreeHours.toLocalDate(),
                        inThreeHours.toLocalTime().toString(),
                        inThreeHours.toLocalTime().plusMinutes(50).toString());
        if (soonDetails.getEndTime().isBefore(soonDetails.getStartTime())) {
            soonDetails.setStartTime(LocalTime.of(23, 0));
            soonDetails.setEndTime(LocalTime.of(23, 50));
        }
        Appointment soon = scheduling.book(soonDetails).get(0);
        assertNotNull(
                scheduling.find(soon.getId()).orElseThrow().getReminderDueAt(),
                "due: the session is within 24 h");
        reminders.sendDue();
        reminders.sendDue(); // as a second run, or an instance after a restart, would
        Appointment sent = scheduling.find(soon.getId()).orElseThrow();
        assertNotNull(sent.getReminderSentAt());

        scheduling.move(
                sent.getId(),
                sent.getVersion(),
                sent.getStartsAt().plusSeconds(7200),
                sent.getEndsAt().plusSeconds(7200),
                false);
        assertNull(
                scheduling.find(soon.getId()).orElseThrow().getReminderSentAt(),
                "a new time gets a new reminder");
        reminders.sendDue();

        Appointment later =
                scheduling
                        .book(
                                details(
                                        "client:" + client.getId(),
                                        inThreeHours.toLocalDate().plusDays(1),
                                        "07:00",
                                        "07:50"))
                        .get(0);
        scheduling.changeStatus(later.getId(), AppointmentStatus.CANCELLED_BY_CLIENT, null, false);
        assertNull(scheduling.find(later.getId()).orElseThrow().getReminderDueAt());
        reminders.sendDue();
    }

    @Test
    @Order(6)
    @RunAsClient
    void theClientGotExactlyTwoReminders() throws InterruptedException {
        Thread.sleep(1_500);
        assertEquals(
                2,
                TestMail.countTo(REMINDED),
                "one for the first time, one after the reschedule, none for"
                        + " the cancelled appointment");
        String mail = TestMail.newestTo(REMINDED);
        assertTrue(mail.contains("This is a reminder of your appointment"), mail);
    }

    @Test
    @Order(7)
    void theFeedShowsInitialsAndTimesOnlyAndStopsWhenReplaced() throws Exception {
        as(counselorX);
        Client client = client("Feed Person", null);
        AppointmentDetails details =
                details("client:" + client.getId(), clock.today().plusDays(4), "13:00", "13:50");
        details.setMemo("Discuss the affair disclosure");
        scheduling.book(details);
        String address = feeds.newAddress();
        String token = address.substring(address.lastIndexOf('/') + 1, address.length() - 4);
        List<Ics.Entry> entries = feeds.entries(token).orElseThrow();
        assertEquals(1, entries.size());
        assertEquals("F.P.", entries.get(0).title().substring(0, 4));
        StringWriter ics = new StringWriter();
        Ics.write("Rapport", entries, ics);
        assertFalse(ics.toString().contains("affair"), "no memo, no clinical text");
        assertFalse(ics.toString().contains("Feed Person"), "initials only");
        String replaced = feeds.newAddress();
        assertTrue(feeds.entries(token).isEmpty(), "the old address stops working");
        feeds.turnOff();
        assertTrue(
                feeds.entries(
                                replaced.substring(
                                        replaced.lastIndexOf('/') + 1, replaced.length() - 4))
                        .isEmpty());
        assertTrue(feeds.entries("../../etc/passwd").isEmpty());
    }

    @Test
    void aFeedStopsWhenItsAccountIsDisabledAndWorksAgainWhenItIsEnabled() {
        as(counselorY);
        Client client = client("Feed Disabled", null);
        scheduling.book(
                details("client:" + client.getId(), clock.today().plusDays(5), "14:00", "14:50"));
        String address = feeds.newAddress();
        String token = address.substring(address.lastIndexOf('/') + 1, address.length() - 4);
        assertEquals(1, feeds.entries(token).orElseThrow().size());
        as(admin);
        staff.disable(counselorY.getId());
        assertTrue(
                feeds.entries(token).isEmpty(),
                "a disabled account's calendar feed answers nothing");
        staff.enable(counselorY.getId());
        assertEquals(1, feeds.entries(token).orElseThrow().size());
    }

    /** The audit actor for an account (as the pages' CurrentUser gives it). */
    static final class AuditTrailActors {
        static org.rapport.audit.AuditTrail.Actor of(Account account) {
            return AccountService.actor(account);
        }
    }

    private Map<String, String> refused(AppointmentDetails details) {
        try {
            scheduling.book(details);
            return Map.of();
        } catch (InvalidRecord refused) {
            return refused.problems();
        }
    }

    private LocalDate nextSpringForward() {
        var rules = clock.zone().getRules();
        var transition = rules.nextTransition(Instant.now());
        for (int i = 0; i < 4 && transition != null; i++) {
            if (transition.isGap()) {
                return transition.getDateTimeBefore().toLocalDate();
            }
            transition = rules.nextTransition(transition.getInstant());
        }
        return clock.today().plusDays(20);
    }

    @Test
    void aClientWithSessionsCannotBeAnonymizedButACancelledBookingDoesNotCount() {
        as(counselorX);
        Client seen = client("Has Sessions", null);
        Client mistaken = client("Entered By Mistake", null);
        scheduling.book(
                details("client:" + seen.getId(), clock.today().plusDays(3), "08:00", "08:50"));
        Appointment cancelled =
                scheduling
                        .book(
                                details(
                                        "client:" + mistaken.getId(),
                                        clock.today().plusDays(3),
                                        "09:00",
                                        "09:50"))
                        .get(0);
        scheduling.changeStatus(
                cancelled.getId(),
                AppointmentStatus.CANCELLED_BY_COUNSELOR,
                "Booked by mistake",
                false);
        as(admin);
        String refusal =
                assertThrows(InvalidRecord.class, () -> clients.anonymize(seen.getId()))
                        .problems()
                        .get("");
        assertTrue(
                refusal.contains("1 appointment") && refusal.contains("never had a session"),
                refusal);
        assertEquals(
                "Has Sessions " + run,
                clients.find(seen.getId()).orElseThrow().getLegalName(),
                "the record keeps its person");
        clients.anonymize(mistaken.getId());
        assertTrue(clients.find(mistaken.getId()).orElseThrow().isAnonymized());
    }

    private AppointmentDetails details(String with, LocalDate date, String start, String end) {
        AppointmentDetails details = new AppointmentDetails();
        details.setWith(with);
        details.setDate(date);
        details.setStartTime(LocalTime.parse(start));
        details.setEndTime(LocalTime.parse(end));
        details.setKind(
                with.startsWith("couple") ? AppointmentKind.COUPLE : AppointmentKind.INDIVIDUAL);
        details.setModality(Modality.IN_PERSON);
        return details;
    }

    private Client client(String name, String email) {
        ClientDetails details = new ClientDetails();
        details.setLegalName(name + " " + run);
        details.setPreferredName(name);
        details.setEmail(email);
        return clients.create(details);
    }

    private Couple couple(Client one, Client two) {
        CoupleDetails details = new CoupleDetails();
        details.setPartnerOneId(one.getId());
        details.setPartnerTwoId(two.getId());
        details.setRelationshipType(RelationshipType.MARRIED);
        details.setConfidentiality(Confidentiality.NO_SECRETS);
        return couples.create(details);
    }

    private void as(Account account) {
        request.setAttribute(CurrentUser.ACCOUNT_ATTRIBUTE, account);
    }

    private Account account(String name, Role role) {
        return accounts.createWithPasswordHash(
                name + run + "@test.invalid", name + " " + run, role, null);
    }
}
