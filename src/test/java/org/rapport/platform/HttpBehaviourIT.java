package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.RunningRapport;
import org.rapport.testing.WebSession;

/** What anyone can send to Rapport over HTTP gets a normal page or a 404 page, never an error. */
class HttpBehaviourIT {

    private static final List<String> LEAKS =
            List.of("Exception", "at org.", "at jakarta.", "at com.sun", "Stack");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A counselor's session: the pages below are the counselor's. */
    private final WebSession counselor =
            new WebSession().signedInAs(DemoAccounts.MORGAN, DemoAccounts.PASSWORD);

    @Test
    void healthIsUpWhileTheDatabaseAnswers() throws Exception {
        HttpResponse<String> health = get("health");
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
        assertTrue(health.body().contains("\"name\":\"database\""), health.body());
    }

    @Test
    void rootOpensTheSignInPageOrTheStartPage() throws Exception {
        HttpResponse<String> anonymous = get("");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        HttpResponse<String> signedIn = counselor.get("");
        assertEquals(302, signedIn.statusCode());
        assertTrue(
                WebSession.location(signedIn).endsWith("counselor/home.xhtml"),
                WebSession.location(signedIn));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "q=%27%22%3B--%20DROP%20TABLE%20exercise",
                "q=" + "x" + "%25%25%25%5F%5C",
                "strategy=%27%20OR%201%3D1%20--",
                "strategy=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "who=%3Cimg%20src%3Dx%3E",
                "page=-5",
                "page=0",
                "page=abc",
                "page=99999999999999999999",
                "page=2147483648",
                "q=&strategy=&who=&page="
            })
    void oddFilterValuesInTheAddressGiveANormalPage(String query) throws Exception {
        HttpResponse<String> page = counselor.get("counselor/exercises.xhtml?" + query);
        assertEquals(200, page.statusCode(), query);
        assertNoLeak(page.body());
        assertFalse(page.body().contains("<script>alert(1)</script>"), "input is escaped");
        assertFalse(page.body().contains("<img src=x>"), "input is escaped");
        assertTrue(page.body().contains("id=\"library:exercises\""), "the library is shown");
    }

    @Test
    void aVeryLongSearchIsCutNotRefused() throws Exception {
        // about what a browser's address bar holds; the search field itself takes 100 characters
        String longText = URLEncoder.encode("trust ".repeat(300), StandardCharsets.UTF_8);
        HttpResponse<String> page = counselor.get("counselor/exercises.xhtml?q=" + longText);
        assertEquals(200, page.statusCode());
        assertNoLeak(page.body());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "counselor/exercise.xhtml?id=no-such-exercise",
                "counselor/exercise.xhtml",
                "counselor/exercise.xhtml?id=",
                "counselor/exercise.xhtml?id=%3Cscript%3E",
                "counselor/exercise.xhtml?id=%27%20OR%20%271%27%3D%271",
                "counselor/no-such-page.xhtml",
                "no/such/thing"
            })
    void whatDoesNotExistGivesTheNotFoundPage(String path) throws Exception {
        HttpResponse<String> page = counselor.get(path);
        assertEquals(404, page.statusCode(), path);
        assertTrue(page.body().contains("We couldn’t find that page"), path);
        assertNoLeak(page.body());
    }

    @Test
    void aFormFromAnExpiredPageLeadsToTheExpiredPage() throws Exception {
        HttpRequest stale =
                HttpRequest.newBuilder(URI.create(RunningRapport.baseUrl() + "login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "signin=signin&signin%3Asubmit=Sign+in&jakarta.faces.ViewState=-1234567890%3A987654321"))
                        .build();
        HttpResponse<String> response = http.send(stale, HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), response.body());
        assertTrue(
                response.headers()
                        .firstValue("Location")
                        .orElse("")
                        .endsWith("/errors/expired.xhtml"));
        HttpResponse<String> expired = get("errors/expired.xhtml");
        assertEquals(200, expired.statusCode());
        assertTrue(expired.body().contains("This page had been open too long"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = counselor.get("counselor/exercises.xhtml");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(
                policy.matches(".*script-src 'self' 'nonce-[^']+'.*"),
                "scripts only with this page's nonce: " + policy);
        assertFalse(
                page.body().contains(" onclick=\""),
                "no inline event handlers (they would need 'unsafe-inline')");
    }

    @Test
    void theSessionCookieIsHiddenFromScripts() throws Exception {
        HttpResponse<String> page = get("login.xhtml");
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty(), "the sign-in page starts a session");
        assertTrue(
                cookies.stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .allMatch(
                                c ->
                                        c.contains("HttpOnly")
                                                && c.toLowerCase(java.util.Locale.ROOT)
                                                        .contains("samesite=lax")),
                cookies.toString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(RunningRapport.baseUrl() + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The page as a person reads it (scripts left out) names no exception and shows no stack trace.
     */
    private static void assertNoLeak(String body) {
        String readable = body.replaceAll("(?s)<script.*?</script>", "");
        for (String leak : LEAKS) {
            assertFalse(readable.contains(leak), "the page shows no internals (" + leak + ")");
        }
    }
}
