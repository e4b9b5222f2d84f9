package org.rapport.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the running Rapport: keeps cookies, does not follow redirects
 * (tests look at them), and can fill in and send a Faces form the way a browser would.
 */
public final class WebSession {

    /** PrimeFaces' CSP nonce, which its script adds to every form it sends. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final String base;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** A browser session with the Rapport the integration tests run. */
    public WebSession() {
        this(null, null);
    }

    /**
     * A browser session with Rapport at {@code base} (ending in "/"), e.g. behind the local
     * cluster's nginx; {@code tls} trusts its certificate (null: the JDK's default trust).
     */
    public WebSession(String base, javax.net.ssl.SSLContext tls) {
        this.base = base;
        HttpClient.Builder builder =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .version(HttpClient.Version.HTTP_1_1);
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.http = builder.build();
    }

    /** Sends this header with every later request (as a proxy in front of Rapport would). */
    public WebSession withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GET of a file (a PDF, say), as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET, following redirects within Rapport; returns the last response. */
    public HttpResponse<String> open(String path) {
        HttpResponse<String> response = get(path);
        for (int i = 0; i < 5 && isRedirect(response); i++) {
            response = get(location(response));
        }
        return response;
    }

    /**
     * Sends a form of the page last opened at {@code path}, with the fields given, pressing {@code
     * button}.
     */
    public HttpResponse<String> submit(
            String path, String form, String button, Map<String, String> fields) {
        HttpResponse<String> page = open(path);
        return submitOn(page, path, form, button, fields);
    }

    public HttpResponse<String> submitOn(
            HttpResponse<String> page,
            String path,
            String form,
            String button,
            Map<String, String> fields) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(form, form);
        fields.forEach((name, value) -> data.put(form + ":" + name, value));
        data.put(form + ":" + button, button);
        return postBack(page, data, false);
    }

    /**
     * Posts the page's form as the browser does, with exactly these fields (names as in the page).
     */
    public HttpResponse<String> post(HttpResponse<String> page, Map<String, String> fields) {
        return postBack(page, new LinkedHashMap<>(fields), false);
    }

    /**
     * A PrimeFaces Ajax request from a component of the page's form, as the browser sends it for a
     * behaviour event ({@code event} null for the component's own requests, such as a calendar
     * fetching its events).
     */
    public HttpResponse<String> ajaxOn(
            HttpResponse<String> page,
            String form,
            String source,
            String event,
            String render,
            Map<String, String> params) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("jakarta.faces.partial.ajax", "true");
        data.put("jakarta.faces.source", source);
        data.put("jakarta.faces.partial.execute", source);
        data.put("jakarta.faces.partial.render", render);
        if (event != null) {
            data.put("jakarta.faces.behavior.event", event);
            data.put("jakarta.faces.partial.event", event);
        }
        data.put(form, form);
        data.putAll(params);
        return postBack(page, data, true);
    }

    /**
     * Posts the fields back to the page's address with its view state (and CSP nonce), as a form or
     * an Ajax request.
     */
    private HttpResponse<String> postBack(
            HttpResponse<String> page, Map<String, String> data, boolean ajax) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new AssertionError("No form on " + page.uri() + ":\n" + page.body());
        }
        data.put("jakarta.faces.ViewState", unescape(viewState.group(1)));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            data.put("primefaces.nonce", nonce.group(1));
        }
        String body =
                data.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
        String action =
                page.uri().getPath()
                        + (page.uri().getQuery() == null ? "" : "?" + page.uri().getQuery());
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(action.substring(1)))
                        .header("Content-Type", "application/x-www-form-urlencoded");
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs in with email and password (no second factor); returns the response after the form. */
    public HttpResponse<String> signIn(String email, String password) {
        return submit(
                "login.xhtml", "signin", "submit", Map.of("email", email, "password", password));
    }

    /** Signs in and follows to the start page; fails when that does not work. */
    public WebSession signedInAs(String email, String password) {
        HttpResponse<String> response = signIn(email, password);
        if (!isRedirect(response)) {
            throw new AssertionError("Sign-in as " + email + " failed:\n" + response.body());
        }
        return this;
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public static boolean isRedirect(HttpResponse<?> response) {
        return response.statusCode() == 302 || response.statusCode() == 303;
    }

    /** The redirect's target as a path within Rapport (no leading slash). */
    public static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        URI target = URI.create(location);
        String path =
                target.getRawPath()
                        + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            return http.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(
                (base == null ? RunningRapport.baseUrl() : base)
                        + (path.startsWith("/") ? path.substring(1) : path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#58;", ":").replace("&quot;", "\"");
    }
}
