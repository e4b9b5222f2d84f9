package org.rapport.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.jsoup.nodes.Document;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Issue 12: how Rapport's pages hold up under a practice's daily use. Counselors (70 % of the
 * users) and clients (30 %) each sign in once, with a session of their own, and then go round their
 * usual pages until the run ends, thinking between steps. Run against a Rapport that is already
 * running; see src/bench/README-bench.md.
 */
public class RapportSimulation extends io.gatling.javaapi.core.Simulation {

    private static final BenchSettings SETTINGS = BenchSettings.fromSystemProperties();

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    // session keys
    private static final String EMAIL = "email";
    private static final String PAGE = "page";
    private static final String PAGE_URL = "pageUrl";
    private static final String LANDING = "landing";
    private static final String STATIC = "static";
    private static final String POST_URL = "postUrl";
    private static final String POST_BODY = "postBody";
    private static final String CLIENTS = "clients";
    private static final String COUPLES = "couples";
    private static final String APPOINTMENTS = "appointments";
    private static final String NOTES = "notes";
    private static final String DRAFTS = "drafts";
    private static final String NOTE = "note";
    private static final String CLAIM = "claim";
    private static final String TASKS = "tasks";
    private static final String CHECKINS_DUE = "checkinsDue";
    private static final String CHECKIN = "checkin";
    private static final String SUBMIT = "submit";

    /** Searches a counselor types into the client list. */
    private static final List<String> SEARCHES =
            List.of(
                    "a", "e", "i", "o", "an", "ar", "el", "in", "ma", "ri", "sa", "le", "jo", "ta",
                    "da", "mo", "er");

    private static final AtomicInteger NEXT_COUNSELOR = new AtomicInteger();
    private static final AtomicInteger NEXT_CLIENT = new AtomicInteger();

    /**
     * What one virtual user is writing right now (a note) or has sent (a check-in). Virtual users
     * share the few demo accounts; without this, two of them would edit the same draft at once and
     * get the edit conflict answer instead of a save, or send the same check-in twice.
     */
    private static final Set<String> CLAIMED = ConcurrentHashMap.newKeySet();

    /**
     * Per client account, the check-in one of its virtual users sent in this run (the others open
     * it too).
     */
    private static final Map<String, String> SENT_CHECKINS = new ConcurrentHashMap<>();

    private static volatile long startedAt;

    private final HttpProtocolBuilder protocol =
            http.disableFollowRedirect() // a redirect is checked, never followed blindly
                    .disableCaching() // the static resource is requested every time: it is the
                    // floor
                    .disableWarmUp() // Gatling's warm-up request would leave the machine
                    .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .acceptLanguageHeader("en")
                    .acceptEncodingHeader("gzip, deflate")
                    .userAgentHeader("Rapport benchmark (Gatling)");

    // ---------------------------------------------------------------- counselors

    private final ChainBuilder counselorRound =
            exec(staticResource())
                    .exec(think())
                    .exec(page("counselor home", session -> session.getString(LANDING)))
                    .exec(think())
                    .exec(page("calendar week", session -> "counselor/calendar.xhtml"))
                    .exec(session -> prepare(session, FacesForms::calendarEvents))
                    .doIf(session -> session.contains(POST_BODY))
                    .then(ajax("calendar week events", "\"events\""))
                    .exec(think())
                    .exec(
                            page(
                                    "client search",
                                    session -> "counselor/clients.xhtml?q=" + pick(SEARCHES)))
                    .exec(RapportSimulation::rememberChartLinks)
                    .exec(think())
                    .doIf(session -> has(session, CLIENTS))
                    .then(
                            exec(page(
                                            "client chart",
                                            session ->
                                                    "counselor/client.xhtml?id="
                                                            + pick(session, CLIENTS)))
                                    .exec(RapportSimulation::rememberChartLinks)
                                    .exec(think()))
                    .doIf(session -> has(session, COUPLES))
                    .then(
                            exec(page(
                                            "couple chart",
                                            session ->
                                                    "counselor/couple.xhtml?id="
                                                            + pick(session, COUPLES)))
                                    .exec(RapportSimulation::rememberChartLinks)
                                    .exec(think()))
                    .exec(page("notes to write", session -> "counselor/missing-notes.xhtml"))
                    .exec(
                            session ->
                                    session.set(
                                            DRAFTS,
                                            Pages.ids(session.getString(PAGE), Pages.NOTE_LINK)))
                    .exec(think())
                    .exec(RapportSimulation::chooseNote)
                    .doIf(session -> session.contains(NOTE))
                    .then(
                            exec(page(
                                            "open note",
                                            session ->
                                                    "counselor/note.xhtml?appointment="
                                                            + session.getString(NOTE)))
                                    .exec(
                                            session ->
                                                    session.contains(CLAIM)
                                                            ? prepare(
                                                                    session,
                                                                    FacesForms::autosaveNote)
                                                            : session.remove(POST_BODY))
                                    .doIf(session -> session.contains(POST_BODY))
                                    .then(
                                            exec(think())
                                                    .exec(
                                                            ajax(
                                                                    "autosave note",
                                                                    "Saved ",
                                                                    substring("Not saved")
                                                                            .notExists(),
                                                                    substring("message-error")
                                                                            .notExists()))))
                    .exec(RapportSimulation::releaseNote)
                    .exec(think())
                    .doIf(session -> has(session, APPOINTMENTS))
                    .then(
                            exec(
                                    page(
                                            "appointment + before-session",
                                            session ->
                                                    "counselor/appointment.xhtml?id="
                                                            + pick(session, APPOINTMENTS))));

    private final ScenarioBuilder counselors =
            scenario("Counselors")
                    .exec(
                            session ->
                                    session.set(EMAIL, next(SETTINGS.counselors(), NEXT_COUNSELOR)))
                    .exec(signIn())
                    .exec(asLongAs(session -> running(), "round", true).on(counselorRound));

    // ---------------------------------------------------------------- clients

    private final ChainBuilder clientRound =
            exec(staticResource())
                    .exec(think())
                    .exec(page("portal home", session -> "portal/index.xhtml"))
                    .exec(
                            session ->
                                    session.set(
                                                    TASKS,
                                                    Pages.ids(
                                                            session.getString(PAGE),
                                                            Pages.TASK_LINK))
                                            .set(
                                                    CHECKINS_DUE,
                                                    Pages.ids(
                                                            session.getString(PAGE),
                                                            Pages.CHECKIN_LINK)))
                    .exec(think())
                    .doIf(session -> has(session, TASKS))
                    .then(
                            exec(page(
                                            "homework task",
                                            session ->
                                                    "portal/task.xhtml?id=" + pick(session, TASKS)))
                                    .exec(session -> prepare(session, FacesForms::autosaveAnswers))
                                    .doIf(session -> session.contains(POST_BODY))
                                    .then(
                                            exec(think())
                                                    .exec(
                                                            ajax(
                                                                    "homework answer",
                                                                    "Saved ",
                                                                    substring("Not saved")
                                                                            .notExists(),
                                                                    substring("message-error")
                                                                            .notExists())))
                                    .exec(think()))
                    .exec(RapportSimulation::chooseCheckin)
                    .doIf(session -> session.contains(CHECKIN))
                    .then(
                            exec(page(
                                            "check-in",
                                            session ->
                                                    "portal/checkin.xhtml?id="
                                                            + session.getString(CHECKIN)))
                                    .exec(
                                            session ->
                                                    session.contains(SUBMIT)
                                                            ? prepare(session, FacesForms::checkin)
                                                            : session.remove(POST_BODY))
                                    .doIf(session -> session.contains(POST_BODY))
                                    .then(
                                            exec(think())
                                                    .exec(
                                                            http("check-in submit")
                                                                    .post(
                                                                            session ->
                                                                                    session
                                                                                            .getString(
                                                                                                    POST_URL))
                                                                    .header("Content-Type", FORM)
                                                                    .body(
                                                                            StringBody(
                                                                                    session ->
                                                                                            session
                                                                                                    .getString(
                                                                                                            POST_BODY)))
                                                                    .check(status().in(302, 303)))
                                                    .exec(
                                                            session -> {
                                                                SENT_CHECKINS.put(
                                                                        session.getString(EMAIL),
                                                                        session.getString(CHECKIN));
                                                                return session.remove(POST_BODY);
                                                            }))
                                    .exec(think()))
                    .exec(page("history", session -> "portal/history.xhtml"));

    private final ScenarioBuilder clients =
            scenario("Clients")
                    .exec(session -> session.set(EMAIL, next(SETTINGS.clients(), NEXT_CLIENT)))
                    .exec(signIn())
                    .exec(asLongAs(session -> running(), "round", true).on(clientRound));

    {
        List<PopulationBuilder> populations = new ArrayList<>();
        if (SETTINGS.counselorUsers() > 0) {
            populations.add(counselors.injectOpen(arrive(SETTINGS.counselorUsers())));
        }
        if (SETTINGS.clientUsers() > 0) {
            populations.add(clients.injectOpen(arrive(SETTINGS.clientUsers())));
        }
        if (populations.isEmpty()) {
            throw new IllegalArgumentException(
                    "No virtual users: set bench.users and the accounts (bench.counselors, bench.clients).");
        }
        setUp(populations)
                .protocols(protocol)
                // a safety net only: every round ends at the deadline, at most one request and
                // pause later
                .maxDuration(
                        SETTINGS.duration().plus(SETTINGS.think().multipliedBy(2)).plusSeconds(30));
    }

    @Override
    public void before() {
        System.out.println("Benchmark: " + SETTINGS);
        // for the summary (src/bench/summary.sh): what this run was
        String settingsFile = System.getProperty("bench.settingsFile", "");
        if (!settingsFile.isBlank()) {
            try {
                Path file = Path.of(settingsFile);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, SETTINGS + "\n");
            } catch (IOException e) {
                System.err.println("Could not write " + settingsFile + ": " + e);
            }
        }
        startedAt = System.nanoTime();
    }

    // ---------------------------------------------------------------- steps

    /**
     * GET the sign-in page, then POST its form; a sign-in answers with a redirect to the role's
     * start page. A user whose sign-in fails stops here.
     */
    private static ChainBuilder signIn() {
        return exec(http("sign-in page")
                        .get(SETTINGS.url("login.xhtml"))
                        .check(
                                status().is(200),
                                substring("id=\"signin\"").exists(),
                                bodyString().saveAs(PAGE)))
                .exitHereIfFailed()
                .exec(
                        session -> {
                            Document page =
                                    Pages.parse(
                                            session.getString(PAGE), SETTINGS.url("login.xhtml"));
                            Optional<FacesForms.Post> form =
                                    FacesForms.signIn(
                                            page, session.getString(EMAIL), SETTINGS.password());
                            if (form.isEmpty()) {
                                return session.markAsFailed();
                            }
                            Session next =
                                    session.set(POST_URL, form.get().url())
                                            .set(POST_BODY, form.get().body());
                            Optional<String> resource = Pages.staticResource(page);
                            return resource.isPresent() ? next.set(STATIC, resource.get()) : next;
                        })
                .exitHereIfFailed()
                .exec(
                        http("sign in")
                                .post(session -> session.getString(POST_URL))
                                .header("Content-Type", FORM)
                                .body(StringBody(session -> session.getString(POST_BODY)))
                                // 200 here is the form again: wrong password, or a second step
                                // (RAPPORT_STAFF_MFA)
                                .check(status().in(302, 303), header("Location").saveAs(LANDING)))
                .exitHereIfFailed()
                .exec(
                        session ->
                                session.remove(POST_BODY)
                                        .remove(PAGE)
                                        .set(
                                                LANDING,
                                                Pages.absolute(
                                                        SETTINGS.url(""),
                                                        session.getString(LANDING))));
    }

    /**
     * One static resource of the same server (the theme's stylesheet), as the floor to compare
     * pages with.
     */
    private static ChainBuilder staticResource() {
        return doIf(session -> session.contains(STATIC))
                .then(
                        exec(
                                http("static")
                                        .get(session -> session.getString(STATIC))
                                        .check(status().is(200))));
    }

    /**
     * A page: 200, and neither the sign-in form nor an error page. Its HTML is kept in the session.
     */
    private static ChainBuilder page(String name, Function<Session, String> path) {
        return exec(session ->
                        session.remove(PAGE).set(PAGE_URL, SETTINGS.url(path.apply(session))))
                .exec(http(name).get(session -> session.getString(PAGE_URL)).check(pageChecks()));
    }

    private static CheckBuilder[] pageChecks() {
        return new CheckBuilder[] {
            status().is(200),
            substring("id=\"signin\"").notExists(),
            substring("class=\"error-page\"").notExists(),
            bodyString().saveAs(PAGE)
        };
    }

    /**
     * A PrimeFaces Ajax request prepared by {@link #prepare}: a partial response without error or
     * redirect, containing {@code expected}.
     */
    private static ChainBuilder ajax(String name, String expected, CheckBuilder... more) {
        HttpRequestActionBuilder request = ajaxRequest(name, expected);
        return exec(more.length == 0 ? request : request.check(more))
                .exec(session -> session.remove(POST_BODY));
    }

    private static HttpRequestActionBuilder ajaxRequest(String name, String expected) {
        return http(name)
                .post(session -> session.getString(POST_URL))
                .header("Content-Type", FORM)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/xml, text/xml, */*; q=0.01")
                .body(StringBody(session -> session.getString(POST_BODY)))
                .check(
                        status().is(200),
                        substring("<partial-response").exists(),
                        substring("<error>").notExists(),
                        substring("<redirect").notExists(),
                        substring(expected).exists());
    }

    /**
     * Builds the next form post from the page just loaded; without one, the step that sends it is
     * skipped.
     */
    private static Session prepare(
            Session session, Function<Document, Optional<FacesForms.Post>> request) {
        String html = session.getString(PAGE);
        if (html == null) {
            return session.remove(POST_BODY);
        }
        Optional<FacesForms.Post> post =
                request.apply(Pages.parse(html, session.getString(PAGE_URL)));
        return post.isEmpty()
                ? session.remove(POST_BODY)
                : session.set(POST_URL, post.get().url()).set(POST_BODY, post.get().body());
    }

    /** Clients, couples, appointments and notes a counselor can open from the page just loaded. */
    private static Session rememberChartLinks(Session session) {
        String html = session.getString(PAGE);
        if (html == null) {
            return session;
        }
        return session.set(
                        CLIENTS,
                        Pages.remember(list(session, CLIENTS), Pages.ids(html, Pages.CLIENT_LINK)))
                .set(
                        COUPLES,
                        Pages.remember(list(session, COUPLES), Pages.ids(html, Pages.COUPLE_LINK)))
                .set(
                        APPOINTMENTS,
                        Pages.remember(
                                list(session, APPOINTMENTS),
                                Pages.ids(html, Pages.APPOINTMENT_LINK)))
                .set(NOTES, Pages.remember(list(session, NOTES), Pages.ids(html, Pages.NOTE_LINK)));
    }

    /**
     * Half of the time a note still to write (from "Notes to write"), which is then autosaved when
     * no other virtual user is writing it; otherwise a note from a chart, only read.
     */
    private static Session chooseNote(Session session) {
        Session next = session.remove(NOTE).remove(CLAIM);
        List<String> drafts = list(session, DRAFTS);
        List<String> notes = list(session, NOTES);
        if (!drafts.isEmpty() && (notes.isEmpty() || ThreadLocalRandom.current().nextBoolean())) {
            String note = pick(drafts);
            next = next.set(NOTE, note);
            return CLAIMED.add("note:" + note) ? next.set(CLAIM, "note:" + note) : next;
        }
        return notes.isEmpty() ? next : next.set(NOTE, pick(notes));
    }

    private static Session releaseNote(Session session) {
        if (session.contains(CLAIM)) {
            CLAIMED.remove(session.getString(CLAIM));
        }
        return session.remove(CLAIM).remove(NOTE).remove(POST_BODY);
    }

    /**
     * A check-in that is due is filled in and sent, by one virtual user only; when none is due, the
     * one sent for this account during the run is opened again (it then shows "You sent this
     * check-in").
     */
    private static Session chooseCheckin(Session session) {
        Session next = session.remove(CHECKIN).remove(SUBMIT);
        List<String> due = new ArrayList<>(list(session, CHECKINS_DUE));
        Collections.shuffle(due);
        for (String checkin : due) {
            if (CLAIMED.add("checkin:" + checkin)) {
                return next.set(CHECKIN, checkin).set(SUBMIT, true);
            }
        }
        if (!due.isEmpty()) {
            return next.set(CHECKIN, due.get(0));
        }
        String sent = SENT_CHECKINS.get(session.getString(EMAIL));
        return sent == null ? next : next.set(CHECKIN, sent);
    }

    // ---------------------------------------------------------------- helpers

    /** A pause of the think time, ±50 % at random. */
    private static ChainBuilder think() {
        Duration think = SETTINGS.think();
        if (think.isZero()) {
            return exec(session -> session);
        }
        return pause(think.dividedBy(2), think.plus(think.dividedBy(2)));
    }

    private static OpenInjectionStep arrive(int users) {
        return SETTINGS.rampUp().isZero()
                ? atOnceUsers(users)
                : rampUsers(users).during(SETTINGS.rampUp());
    }

    /** True until the run's duration has passed since it started. */
    private static boolean running() {
        return System.nanoTime() - startedAt < SETTINGS.duration().toNanos();
    }

    private static String next(List<String> accounts, AtomicInteger counter) {
        return accounts.get(Math.floorMod(counter.getAndIncrement(), accounts.size()));
    }

    private static List<String> list(Session session, String key) {
        return session.contains(key) ? session.getList(key) : List.of();
    }

    private static boolean has(Session session, String key) {
        return !list(session, key).isEmpty();
    }

    private static String pick(Session session, String key) {
        return pick(list(session, key));
    }

    private static String pick(List<String> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
