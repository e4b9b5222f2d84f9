package org.rapport.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.testing.DemoAccounts;
import org.rapport.testing.WebSession;

/**
 * Instance fail-over, for real: the local cluster of deploy/local-cluster.sh (two Payara Micro instances
 * sharing sessions through Payara's data grid, behind nginx with TLS). A counselor signs in and is half-way
 * through a note draft; the instance serving them is killed with {@code kill -9}; the next request lands on
 * the other instance, still signed in, with the draft there, and the draft goes on saving. Runs with
 * {@code mvn -B verify -Pfault} (README: Running in production).
 */
class FailoverFaultIT {

    private static final Logger LOG = Logger.getLogger(FailoverFaultIT.class.getName());
    private static final int HTTPS_PORT = 18443;
    private static final String BASE = "https://localhost:" + HTTPS_PORT + "/";
    private static final String DATABASE = "rapport_fault_" + System.currentTimeMillis();
    private static final java.util.regex.Pattern SAVED = java.util.regex.Pattern.compile("Saved \\d");
    private static final Path DIR = Path.of(System.getProperty("rapport.target", "target"), "local-cluster");

    @BeforeAll
    static void up() throws Exception {
        createDatabase();
        cluster("up", "2");
    }

    @AfterAll
    static void down() throws Exception {
        try {
            cluster("down");
        } finally {
            try (Connection db = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "")) {
                db.createStatement().execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
        }
    }

    @Test
    void aCounselorHalfWayThroughADraftLosesNothingWhenTheirInstanceIsKilled() throws Exception {
        WebSession counselor = new WebSession(BASE, trustingTheLocalCertificate()).signedInAs(DemoAccounts.JORDAN,
                DemoAccounts.PASSWORD);
        String session = counselor.sessionId().orElseThrow();
        long appointment = unwrittenPastSession(DemoAccounts.JORDAN);
        String path = "counselor/note.xhtml?appointment=" + appointment;
        HttpResponse<String> page = counselor.get(path);
        assertEquals(200, page.statusCode(), page.body());
        HttpResponse<String> saved = saveDraft(counselor, page, "Half-way: both described the week calmly.");
        assertEquals(200, saved.statusCode());
        assertTrue(SAVED.matcher(saved.body()).find(), "the draft was saved: " + saved.body());

        // Which instance serves this session (nginx is sticky by session cookie): the one whose log has the probe.
        String probe = UUID.randomUUID().toString();
        page = counselor.get(path + "&probe=" + probe);
        int serving = servingInstance(probe);
        LOG.info("The counselor's session is served by instance " + serving + "; killing it with kill -9");
        cluster("kill", String.valueOf(serving));

        long killed = System.nanoTime();
        HttpResponse<String> after = counselor.get(path + "&probe=after-" + probe);
        double seconds = (System.nanoTime() - killed) / 1e9;
        assertEquals(200, after.statusCode(), "still signed in, no sign-in page: " + after.body());
        assertEquals(3 - serving, servingInstance("after-" + probe), "the other instance answered");
        assertEquals(Optional.of(session), counselor.sessionId(), "the same session, not a new one");
        assertTrue(after.body().contains("Half-way: both described the week calmly."), "the draft is intact");
        assertFalse(after.body().contains("login.xhtml"), "no sign-in asked for");

        HttpResponse<String> savedAgain = saveDraft(counselor, after, "Half-way, then on the other instance.");
        assertTrue(SAVED.matcher(savedAgain.body()).find(), "saving goes on: " + savedAgain.body());
        assertEquals("Half-way, then on the other instance.", draftSection1(appointment));
        LOG.info(String.format("Fail-over: the first request after kill -9 answered in %.2f s, signed in, draft intact", seconds));
    }

    /** The note form as the browser sends it when "Save draft" is pressed, with the first section typed. */
    private static HttpResponse<String> saveDraft(WebSession session, HttpResponse<String> page, String text) {
        Document html = Jsoup.parse(page.body());
        Element form = html.getElementById("note");
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            String name = field.attr("name");
            if (field.hasAttr("disabled") || name.equals("jakarta.faces.ViewState")) {
                continue;
            }
            String type = field.attr("type").toLowerCase();
            if (field.normalName().equals("textarea")) {
                fields.put(name, field.wholeText());
            } else if (field.normalName().equals("select")) {
                Element chosen = Optional.ofNullable(field.selectFirst("option[selected]")).orElse(field.selectFirst("option"));
                if (chosen != null) {
                    fields.put(name, chosen.attr("value"));
                }
            } else if (!type.equals("submit") && !type.equals("button") && !type.equals("file")
                    && (!(type.equals("checkbox") || type.equals("radio")) || field.hasAttr("checked"))) {
                fields.put(name, field.attr("value"));
            }
        }
        fields.put("note:section1", text);
        fields.put("note:saveDraft", "note:saveDraft");
        return session.post(page, fields);
    }

    private static int servingInstance(String probe) throws IOException {
        for (int i = 1; i <= 2; i++) {
            Path log = DIR.resolve("rapport-" + i).resolve("server.log");
            if (Files.exists(log) && Files.readString(log).contains(probe)) {
                return i;
            }
        }
        throw new AssertionError("No instance logged the request " + probe);
    }

    private static long unwrittenPastSession(String counselor) throws SQLException {
        try (Connection db = database();
                PreparedStatement find = db.prepareStatement("SELECT a.id FROM appointment a JOIN account k ON k.id ="
                        + " a.counselor_id LEFT JOIN session_note n ON n.appointment_id = a.id WHERE k.email = ? AND"
                        + " a.starts_at < UTC_TIMESTAMP() AND a.status IN ('SCHEDULED', 'COMPLETED') AND n.id IS NULL"
                        + " ORDER BY a.starts_at DESC LIMIT 1")) {
            find.setString(1, counselor);
            try (ResultSet row = find.executeQuery()) {
                assertTrue(row.next(), "the demo practice has a past session without a note");
                return row.getLong(1);
            }
        }
    }

    private static String draftSection1(long appointment) throws Exception {
        try (Connection db = database();
                PreparedStatement find = db.prepareStatement("SELECT id, section1 FROM session_note WHERE appointment_id = ?")) {
            find.setLong(1, appointment);
            try (ResultSet row = find.executeQuery()) {
                assertTrue(row.next(), "the draft is stored");
                String key = Files.readString(DIR.resolve("note-key")).strip();
                return org.rapport.notes.NoteCipher.ofBase64(java.util.List.of(key)).open(row.getString(2),
                        org.rapport.platform.Sealing.place("session_note", "section1", String.valueOf(row.getLong(1))));
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/" + DATABASE, "root", "");
    }

    private static void createDatabase() throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "")) {
            db.createStatement().execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** Runs deploy/local-cluster.sh with this test's directory, port and database; fails when it does. */
    private static void cluster(String... arguments) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("bash", "deploy/local-cluster.sh"));
        command.addAll(java.util.List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(DIR.resolveSibling("local-cluster.log").toFile()));
        Files.createDirectories(DIR);
        builder.environment().put("RAPPORT_CLUSTER_DIR", DIR.toAbsolutePath().toString());
        builder.environment().put("RAPPORT_CLUSTER_HTTPS_PORT", String.valueOf(HTTPS_PORT));
        builder.environment().put("RAPPORT_DB_URL", "jdbc:mysql://127.0.0.1:3306/" + DATABASE);
        builder.environment().put("RAPPORT_REPORT_PAGE_COST", "true");
        builder.environment().put("RAPPORT_JAR", System.getProperty("rapport.uberjar", "target/rapport.jar"));
        Process process = builder.start();
        if (!process.waitFor(8, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("local-cluster.sh " + String.join(" ", arguments) + " did not finish");
        }
        assertEquals(0, process.exitValue(), "local-cluster.sh " + String.join(" ", arguments) + " failed; see "
                + DIR.resolveSibling("local-cluster.log"));
    }

    /** The local cluster's certificate is self-signed, made by local-cluster.sh: trusted here, for loopback only. */
    private static SSLContext trustingTheLocalCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return tls;
    }
}
