package org.rapport.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.rapport.platform.ClientAddress;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.IntegrationTestRun;
import org.rapport.testing.RunningRapport;
import org.rapport.testing.TestAccounts;
import org.rapport.testing.WebSession;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Signing in, over HTTP as a browser does it: lockout, sessions, one-time links, two-step sign-in,
 * audit.
 */
class SignInSecurityIT {

    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhileWithTheSameMessageAsAnUnknownEmail() {
        String email = TestAccounts.create("COUNSELOR", PASSWORD);
        TestAccounts.update("UPDATE account SET mfa_enabled = FALSE WHERE email = ?", email);
        String unknown =
                messageOf(
                        new WebSession()
                                .signIn("nobody-" + System.nanoTime() + "@test.invalid", PASSWORD));
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = new WebSession().signIn(email, "wrong password " + i);
            assertEquals(200, refused.statusCode());
            assertEquals(
                    unknown,
                    messageOf(refused),
                    "the message does not tell whether the email exists");
        }
        HttpResponse<String> locked = new WebSession().signIn(email, PASSWORD);
        assertFalse(
                WebSession.isRedirect(locked), "the right password does not open a locked account");
        assertEquals(unknown, messageOf(locked));
        assertEquals(
                6,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN_FAILED'",
                        email),
                "every failure is audited");
        assertTrue(
                TestAccounts.count(
                                "SELECT COUNT(*) FROM account WHERE email = ? AND locked_until > UTC_TIMESTAMP()"
                                        + " + INTERVAL 14 MINUTE",
                                email)
                        == 1,
                "locked for 15 minutes");
    }

    /**
     * Issue 13, defect 5: each check used to hold a database connection and the account's row lock
     * while it hashed the password, so forty wrong passwords for one address at once took the
     * connections everyone's pages need (the pool has 32) for as long as the hashes queued behind
     * the lock.
     */
    @Test
    void fortyWrongPasswordsAtOnceDoNotHoldUpOtherPeoplesPages() throws Exception {
        String email = TestAccounts.create("COUNSELOR", PASSWORD);
        TestAccounts.update("UPDATE account SET mfa_enabled = FALSE WHERE email = ?", email);
        WebSession counselor =
                new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        ExecutorService attackers = Executors.newFixedThreadPool(40);
        try {
            List<Future<HttpResponse<String>>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String wrong = "wrong password " + i;
                attempts.add(attackers.submit(() -> new WebSession().signIn(email, wrong)));
            }
            Thread.sleep(1_500);
            for (String page :
                    List.of("counselor/calendar.xhtml", "counselor/clients.xhtml", "health")) {
                long started = System.nanoTime();
                HttpResponse<String> response = counselor.get(page);
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertEquals(200, response.statusCode(), page);
                assertTrue(
                        millis < 3_000,
                        page + " took " + millis + " ms while forty sign-ins were checked");
            }
            for (Future<HttpResponse<String>> attempt : attempts) {
                HttpResponse<String> refused = attempt.get(2, TimeUnit.MINUTES);
                assertEquals(
                        200,
                        refused.statusCode(),
                        "a refused sign-in is the form again, with a message");
                assertFalse(WebSession.isRedirect(refused));
            }
        } finally {
            attackers.shutdownNow();
        }
    }

    @Test
    void anAddressWithoutAnAccountIsThrottledLikeOneWithAnAccount() {
        String nobody = "nobody-" + System.nanoTime() + "@test.invalid";
        for (int i = 0; i < AccountService.FAILURES_PER_ADDRESS; i++) {
            new WebSession().signIn(nobody, "guess " + i);
        }
        HttpResponse<String> throttled = new WebSession().signIn(nobody, "guess again");
        assertEquals(200, throttled.statusCode());
        assertEquals(
                1,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'LOGIN_FAILED'"
                                + " AND detail LIKE 'too many failed sign-ins%'",
                        nobody),
                "the eleventh is refused without a check");
    }

    @Test
    void behindTheProxyTheAuditTrailAndTheLimitsSeeTheClientsAddressNotTheProxys() {
        // The tests reach Rapport over loopback, where nginx would sit: a trusted proxy by default.
        String nobody = "nobody-" + System.nanoTime() + "@test.invalid";
        new WebSession().withHeader("X-Forwarded-For", "203.0.113.41").signIn(nobody, "guess");
        // a client that sends its own header to nginx: nginx appends the real address on the right
        new WebSession()
                .withHeader("X-Forwarded-For", "10.9.9.9, 198.51.100.23")
                .signIn(nobody, "guess");
        new WebSession()
                .withHeader("X-Forwarded-For", "198.51.100.24, <script>")
                .signIn(nobody, "guess");
        List<String> recorded =
                TestAccounts.strings(
                        "SELECT ip_address FROM audit_event WHERE actor = ? AND action = 'LOGIN_FAILED' ORDER BY id",
                        nobody);
        assertEquals(
                List.of("203.0.113.41", "198.51.100.23"),
                recorded.subList(0, 2),
                "the address nginx saw");
        assertTrue(
                ClientAddress.DEFAULT_TRUSTED.contains(recorded.get(2)),
                "a garbled header counts as the proxy itself: " + recorded.get(2));

        // many failures from one network address lock out that address only, not everyone behind
        // the proxy
        String someone = "someone-" + System.nanoTime() + "@test.invalid";
        TestAccounts.update(
                "INSERT INTO audit_event (occurred_at, actor, action, ip_address, detail)"
                        + " SELECT UTC_TIMESTAMP(), CONCAT('guesser-', seq, '@test.invalid'), 'LOGIN_FAILED', '203.0.113.77',"
                        + " 'unknown email' FROM seq_1_to_"
                        + AccountService.FAILURES_PER_NETWORK_ADDRESS);
        new WebSession().withHeader("X-Forwarded-For", "203.0.113.77").signIn(someone, "guess");
        new WebSession().withHeader("X-Forwarded-For", "203.0.113.78").signIn(someone, "guess");
        assertEquals(
                List.of(
                        "too many failed sign-ins for this address or network address",
                        "unknown email"),
                TestAccounts.strings(
                        "SELECT detail FROM audit_event WHERE actor = ? AND action = 'LOGIN_FAILED'"
                                + " ORDER BY id",
                        someone),
                "203.0.113.77 is refused without a check, 203.0.113.78 still gets one");
    }

    @Test
    void theSessionIdChangesAtSignInAndSignOutEndsTheSession() {
        WebSession session = new WebSession();
        session.open("login.xhtml");
        String before = session.sessionId().orElseThrow();
        session.signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        String after = session.sessionId().orElseThrow();
        assertNotEquals(before, after, "a new session id after sign-in (no session fixation)");
        assertEquals(200, session.get("counselor/exercises.xhtml").statusCode());

        HttpResponse<String> signedOut =
                session.submit("counselor/exercises.xhtml", "session", "signout", Map.of());
        assertTrue(WebSession.location(signedOut).startsWith("login.xhtml?reason=signedOut"));
        assertTrue(
                WebSession.location(session.get("counselor/exercises.xhtml"))
                        .startsWith("login.xhtml"));
    }

    @Test
    void anIdleSessionEnds() throws InterruptedException {
        WebSession session =
                new WebSession().signedInAs(DemoAccounts.JORDAN, DemoAccounts.PASSWORD);
        assertEquals(200, session.get("counselor/clients.xhtml").statusCode());
        Thread.sleep(RunningRapport.IDLE_TIMEOUT.plusSeconds(3).toMillis());
        HttpResponse<String> afterIdle = session.get("counselor/clients.xhtml");
        assertTrue(
                WebSession.isRedirect(afterIdle)
                        && WebSession.location(afterIdle).startsWith("login.xhtml"),
                "signed out after " + RunningRapport.IDLE_TIMEOUT + " without a request");
    }

    @Test
    void disablingAnAccountEndsItsSessionsAtOnce() {
        String email = TestAccounts.create("CLIENT", PASSWORD);
        WebSession session = new WebSession();
        assertTrue(WebSession.isRedirect(session.signIn(email, PASSWORD)));
        TestAccounts.update(
                "UPDATE account SET enabled = FALSE, sessions_valid_from = UTC_TIMESTAMP() + INTERVAL 1 SECOND"
                        + " WHERE email = ?",
                email);
        HttpResponse<String> next = session.get("login.xhtml");
        assertTrue(WebSession.isRedirect(next), "the next request ends the session");
        String page = session.open(WebSession.location(next)).body();
        assertTrue(
                page.contains("Your session has ended. Please sign in again."),
                "and the sign-in page says why: " + WebSession.location(next));
        assertFalse(
                WebSession.isRedirect(new WebSession().signIn(email, PASSWORD)),
                "and it cannot sign in again");
    }

    @Test
    void aSetPasswordLinkWorksOnceAndNotAfterItExpires() {
        String email = TestAccounts.create("CLIENT", null);
        long account = TestAccounts.id(email);
        String token = "test-token-" + System.nanoTime() + "-abcdefghijkl";
        insertToken(token, account, Instant.now().plusSeconds(3600));

        WebSession session = new WebSession();
        HttpResponse<String> page = session.open("account/set-password.xhtml?token=" + token);
        assertTrue(page.body().contains(email), "the link names the account");
        HttpResponse<String> tooShort =
                session.submitOn(
                        page,
                        "account/set-password.xhtml",
                        "setpassword",
                        "save",
                        Map.of("password", "short", "confirmation", "short"));
        assertTrue(
                tooShort.body().contains("Use at least 12 characters"),
                "the rule is shown next to the field:\n"
                        + tooShort.statusCode()
                        + " "
                        + tooShort.headers().map()
                        + "\n"
                        + tooShort.body());
        HttpResponse<String> common =
                session.submit(
                        "account/set-password.xhtml?token=" + token,
                        "setpassword",
                        "save",
                        Map.of("password", "qwertyuiop123", "confirmation", "qwertyuiop123"));
        assertTrue(common.body().contains("commonly used passwords"));
        HttpResponse<String> saved =
                session.submit(
                        "account/set-password.xhtml?token=" + token,
                        "setpassword",
                        "save",
                        Map.of("password", PASSWORD, "confirmation", PASSWORD));
        assertTrue(
                WebSession.location(saved).startsWith("login.xhtml?reason=passwordSet"),
                saved.body());
        assertTrue(
                WebSession.isRedirect(new WebSession().signIn(email, PASSWORD)),
                "the new password works");

        HttpResponse<String> again =
                new WebSession().open("account/set-password.xhtml?token=" + token);
        assertTrue(
                again.body().contains("This link has expired or has already been used"),
                "single use");

        String expired = "expired-token-" + System.nanoTime() + "-abcdefghijkl";
        insertToken(expired, account, Instant.now().minusSeconds(60));
        assertTrue(
                new WebSession()
                        .open("account/set-password.xhtml?token=" + expired)
                        .body()
                        .contains("This link has expired or has already been used"),
                "expired");
    }

    @Test
    void staffEnrolAnAuthenticatorAppThenSignInWithItsCodesOrARecoveryCode() throws Exception {
        String email = TestAccounts.create("COUNSELOR", PASSWORD);
        WebSession session = new WebSession();
        HttpResponse<String> enrolPage = session.signIn(email, PASSWORD);
        assertFalse(
                WebSession.isRedirect(enrolPage),
                "staff without a second factor must set one up first");
        String secret = firstGroup("<code id=\"secret\">([A-Z2-7]+)</code>", enrolPage.body());
        assertTrue(enrolPage.body().contains("id=\"qr\""), "a QR code to scan");

        HttpResponse<String> wrong =
                session.submitOn(
                        enrolPage, "login.xhtml", "signin", "enrol", Map.of("enrolCode", "000000"));
        assertTrue(wrong.body().contains("That code does not match"));
        HttpResponse<String> codes =
                session.submitOn(
                        wrong,
                        "login.xhtml",
                        "signin",
                        "enrol",
                        Map.of("enrolCode", code(secret, Instant.now())));
        List<String> recoveryCodes =
                allGroups("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>", codes.body());
        assertEquals(10, recoveryCodes.size(), "ten recovery codes are shown once");
        HttpResponse<String> in =
                session.submitOn(codes, "login.xhtml", "signin", "continue", Map.of());
        assertTrue(WebSession.isRedirect(in), "signed in after enrolment");

        // next time: password, then a code from the app (the next time step: each code works once)
        WebSession later = new WebSession();
        HttpResponse<String> codePage = later.signIn(email, PASSWORD);
        assertTrue(codePage.body().contains("six-digit code"), "asks for the code");
        HttpResponse<String> withCode =
                later.submitOn(
                        codePage,
                        "login.xhtml",
                        "signin",
                        "verify",
                        Map.of("code", code(secret, Instant.now().plusSeconds(30))));
        assertTrue(WebSession.isRedirect(withCode), "a code from the app signs in");

        // lost phone: a recovery code works once
        WebSession lostPhone = new WebSession();
        HttpResponse<String> ask = lostPhone.signIn(email, PASSWORD);
        assertTrue(
                WebSession.isRedirect(
                        lostPhone.submitOn(
                                ask,
                                "login.xhtml",
                                "signin",
                                "verify",
                                Map.of("code", recoveryCodes.get(0)))),
                "a recovery code signs in");
        WebSession reuse = new WebSession();
        HttpResponse<String> askAgain = reuse.signIn(email, PASSWORD);
        assertFalse(
                WebSession.isRedirect(
                        reuse.submitOn(
                                askAgain,
                                "login.xhtml",
                                "signin",
                                "verify",
                                Map.of("code", recoveryCodes.get(0)))),
                "but only once");
    }

    @Test
    void aClientMayTurnOnTwoStepSignInThemselves() throws Exception {
        String email = TestAccounts.create("CLIENT", PASSWORD);
        WebSession client = new WebSession().signedInAs(email, PASSWORD);
        HttpResponse<String> off = client.open("account/security.xhtml");
        assertTrue(
                off.body().contains("Two-step sign-in is off."),
                "optional for clients, off until they choose");
        HttpResponse<String> scan =
                client.submitOn(off, "account/security.xhtml", "security", "start", Map.of());
        String secret = firstGroup("<code id=\"secret\">([A-Z2-7]+)</code>", scan.body());
        HttpResponse<String> on =
                client.submitOn(
                        scan,
                        "account/security.xhtml",
                        "security",
                        "confirm",
                        Map.of("code", code(secret, Instant.now()), "password", PASSWORD));
        assertEquals(
                10, allGroups("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>", on.body()).size());
        HttpResponse<String> next = new WebSession().signIn(email, PASSWORD);
        assertTrue(next.body().contains("six-digit code"), "the next sign-in asks for the code");
    }

    @Test
    void aSessionAloneCannotReplaceTheSecondFactorThePasswordAndTheCurrentCodeAreAskedAgain()
            throws Exception {
        String email = TestAccounts.create("CLIENT", PASSWORD);
        WebSession client = new WebSession().signedInAs(email, PASSWORD);
        HttpResponse<String> scan =
                client.submitOn(
                        client.open("account/security.xhtml"),
                        "account/security.xhtml",
                        "security",
                        "start",
                        Map.of());
        String first = firstGroup("<code id=\"secret\">([A-Z2-7]+)</code>", scan.body());
        HttpResponse<String> wrongPassword =
                client.submitOn(
                        scan,
                        "account/security.xhtml",
                        "security",
                        "confirm",
                        Map.of(
                                "code",
                                code(first, Instant.now()),
                                "password",
                                "not-the-password-at-all"));
        assertTrue(
                wrongPassword.body().contains("That password is not right."),
                "turning it on asks for the password");
        HttpResponse<String> on =
                client.submitOn(
                        wrongPassword,
                        "account/security.xhtml",
                        "security",
                        "confirm",
                        Map.of("code", code(first, Instant.now()), "password", PASSWORD));
        List<String> recovery =
                allGroups("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>", on.body());
        assertEquals(10, recovery.size());
        long account = TestAccounts.id(email);

        // someone who took over the session tries to move the account to their own phone
        HttpResponse<String> hijack =
                client.submitOn(
                        client.open("account/security.xhtml"),
                        "account/security.xhtml",
                        "security",
                        "start",
                        Map.of());
        String theirs = firstGroup("<code id=\"secret\">([A-Z2-7]+)</code>", hijack.body());
        HttpResponse<String> noCurrentCode =
                client.submitOn(
                        hijack,
                        "account/security.xhtml",
                        "security",
                        "confirm",
                        Map.of("code", code(theirs, Instant.now()), "password", PASSWORD));
        assertFalse(
                noCurrentCode.body().contains("<li><code>"),
                "no new recovery codes without the current code");
        HttpResponse<String> wrongCurrent =
                client.submitOn(
                        noCurrentCode,
                        "account/security.xhtml",
                        "security",
                        "confirm",
                        Map.of(
                                "code",
                                code(theirs, Instant.now()),
                                "password",
                                PASSWORD,
                                "currentCode",
                                "000000"));
        assertTrue(wrongCurrent.body().contains("does not match"), wrongCurrent.body());
        assertEquals(
                first,
                TestAccounts.opened("account", "mfa_secret", account),
                "the authenticator stays the person's own");
        assertFalse(
                TestAccounts.text("SELECT mfa_secret FROM account WHERE id = ?", account)
                        .contains(first),
                "and is stored encrypted");
        assertEquals(
                10,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM recovery_code WHERE account_id = ? AND used_at IS NULL",
                        account),
                "and so do their recovery codes");

        // the person themself, with a recovery code, moves to a new phone
        HttpResponse<String> moved =
                client.submitOn(
                        wrongCurrent,
                        "account/security.xhtml",
                        "security",
                        "confirm",
                        Map.of(
                                "code",
                                code(theirs, Instant.now()),
                                "password",
                                PASSWORD,
                                "currentCode",
                                recovery.get(0)));
        assertEquals(
                10,
                allGroups("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>", moved.body()).size(),
                moved.body());
        assertEquals(theirs, TestAccounts.opened("account", "mfa_secret", account));
    }

    @Test
    void readsOfClientDataAreAuditedAndTheTrailCannotBeChanged() throws SQLException {
        long alex = TestAccounts.count("SELECT id FROM client WHERE email = ?", DemoAccounts.ALEX);
        long before =
                TestAccounts.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW' AND client_id = ?"
                                + " AND actor = ? AND record_type = 'Client'",
                        alex,
                        DemoAccounts.MORGAN);
        WebSession morgan = new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);
        assertEquals(200, morgan.get("counselor/client.xhtml?id=" + alex).statusCode());
        assertEquals(
                before + 1,
                TestAccounts.count(
                        "SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW'"
                                + " AND client_id = ? AND actor = ? AND record_type = 'Client'",
                        alex,
                        DemoAccounts.MORGAN),
                "the read of the chart is in the trail, once");
        assertTrue(
                TestAccounts.count(
                                "SELECT COUNT(*) FROM audit_event WHERE action = 'VIEW' AND client_id = ?"
                                        + " AND actor = ? AND record_type = 'SessionNote'",
                                alex,
                                DemoAccounts.MORGAN)
                        >= 1,
                "so is the read of the chart's notes");

        try (Connection db = IntegrationTestRun.database().connect();
                Statement statement = db.createStatement()) {
            SQLException update =
                    assertThrows(
                            SQLException.class,
                            () ->
                                    statement.executeUpdate(
                                            "UPDATE audit_event SET actor = 'someone else'"));
            assertTrue(update.getMessage().contains("append-only"));
            SQLException delete =
                    assertThrows(
                            SQLException.class,
                            () -> statement.executeUpdate("DELETE FROM audit_event"));
            assertTrue(delete.getMessage().contains("append-only"));
        }
    }

    private static void insertToken(String token, long account, Instant expires) {
        TestAccounts.update(
                "INSERT INTO one_time_token (token_hash, purpose, account_id, created_at, expires_at)"
                        + " VALUES (?, 'INVITATION', ?, ?, ?)",
                OneTimeLinks.hash(token),
                account,
                LocalDateTime.now(ZoneOffset.UTC).withNano(0),
                LocalDateTime.ofInstant(expires, ZoneOffset.UTC).withNano(0));
    }

    private static String code(String secret, Instant at) throws Exception {
        TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
        return String.format(
                "%06d",
                totp.generateOneTimePassword(
                        new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm()), at));
    }

    private static String messageOf(HttpResponse<String> page) {
        return firstGroup("class=\"message-error\">([^<]*)<", page.body());
    }

    private static String firstGroup(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("Not found: " + regex + " in\n" + text);
        }
        return matcher.group(1);
    }

    private static List<String> allGroups(String regex, String text) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
