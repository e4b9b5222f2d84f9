package org.rapport.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.rapport.notes.NoteCipher;
import org.rapport.platform.Sealing;
import org.rapport.testing.WebSession;

/**
 * A fault test's own local cluster (deploy/local-cluster.sh) and, when asked, its own database
 * server (deploy/local-database.sh), each in a directory under target/, driven as a person at a
 * terminal would.
 */
final class LocalCluster {

    private final Path dir;
    private final int httpsPort;
    private final String databaseUrl;

    LocalCluster(String name, int httpsPort, String databaseUrl) {
        this.dir = Path.of(System.getProperty("rapport.target", "target"), name).toAbsolutePath();
        this.httpsPort = httpsPort;
        this.databaseUrl = databaseUrl;
    }

    String base() {
        return "https://localhost:" + httpsPort + "/";
    }

    /**
     * A browser session through nginx (trusting the cluster's self-signed certificate: loopback
     * only).
     */
    WebSession browser() {
        return new WebSession(base(), trustingTheLocalCertificate());
    }

    void up(int instances) throws Exception {
        run(Map.of(), "local-cluster.sh", "up", String.valueOf(instances));
    }

    /** Every instance at once (local-cluster.sh's RAPPORT_CLUSTER_TOGETHER). */
    void upTogether(int instances) throws Exception {
        run(
                Map.of("RAPPORT_CLUSTER_TOGETHER", "true"),
                "local-cluster.sh",
                "up",
                String.valueOf(instances));
    }

    Path directory() {
        return dir;
    }

    void kill(int instance) throws Exception {
        run(Map.of(), "local-cluster.sh", "kill", String.valueOf(instance));
    }

    void down() throws Exception {
        run(Map.of(), "local-cluster.sh", "down");
    }

    /** deploy/local-database.sh with this cluster's database directory and {@code port}. */
    void database(int port, String command) throws Exception {
        run(Map.of("RAPPORT_LOCAL_DB_PORT", String.valueOf(port)), "local-database.sh", command);
    }

    /** deploy/local-database.sh for the database {@code name} (the one a replica replicates). */
    String database(int port, String name, String command) throws Exception {
        return run(
                Map.of(
                        "RAPPORT_LOCAL_DB_PORT",
                        String.valueOf(port),
                        "RAPPORT_LOCAL_DB_NAME",
                        name),
                "local-database.sh",
                command);
    }

    /**
     * Which instance logged a request whose address held {@code probe} (page-cost lines are on).
     */
    int servingInstance(String probe) throws IOException {
        for (int i = 1; i <= 9; i++) {
            Path log = dir.resolve("rapport-" + i).resolve("server.log");
            if (Files.exists(log) && Files.readString(log).contains(probe)) {
                return i;
            }
        }
        throw new AssertionError("No instance logged the request " + probe);
    }

    /**
     * A statement on the machine's MariaDB (127.0.0.1:3306), where most fault tests keep their
     * database.
     */
    static void machineSql(String statement) throws java.sql.SQLException {
        try (java.sql.Connection db =
                java.sql.DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "")) {
            db.createStatement().execute(statement);
        }
    }

    /**
     * The first column of the first row of {@code query} on the database at {@code url}, as text.
     */
    static String row(String url, String query) throws java.sql.SQLException {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(url, "root", "");
                java.sql.Statement sql = db.createStatement();
                java.sql.ResultSet row = sql.executeQuery(query)) {
            if (!row.next()) {
                throw new AssertionError("no row for " + query);
            }
            return row.getString(1);
        }
    }

    /** The plain text of a sealed column of one row, with the cluster's key. */
    String open(String table, String column, long id, String stored) throws IOException {
        String key = Files.readString(dir.resolve("note-key")).strip();
        return NoteCipher.ofBase64(List.of(key))
                .open(stored, Sealing.place(table, column, String.valueOf(id)));
    }

    /**
     * The note page's form as the browser sends it when "Save draft" is pressed, with the first
     * section typed.
     */
    static HttpResponse<String> saveDraft(
            WebSession session, HttpResponse<String> page, String text) {
        return sendNote(session, page, text, Map.of("note:saveDraft", "note:saveDraft"));
    }

    /** The note page's form with the first section typed, signed with the counselor's password. */
    static HttpResponse<String> sign(
            WebSession session, HttpResponse<String> page, String text, String password) {
        return sendNote(
                session, page, text, Map.of("note:password", password, "note:sign", "note:sign"));
    }

    private static HttpResponse<String> sendNote(
            WebSession session,
            HttpResponse<String> page,
            String text,
            Map<String, String> pressed) {
        Element form = Jsoup.parse(page.body()).getElementById("note");
        if (form == null) {
            throw new AssertionError("No note form on the page:\n" + page.body());
        }
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
                Element chosen =
                        Optional.ofNullable(field.selectFirst("option[selected]"))
                                .orElse(field.selectFirst("option"));
                if (chosen != null) {
                    fields.put(name, chosen.attr("value"));
                }
            } else if (!type.equals("submit")
                    && !type.equals("button")
                    && !type.equals("file")
                    && (!(type.equals("checkbox") || type.equals("radio"))
                            || field.hasAttr("checked"))) {
                fields.put(name, field.attr("value"));
            }
        }
        fields.put("note:section1", text);
        fields.putAll(pressed);
        return session.post(page, fields);
    }

    /**
     * Runs a script of deploy/ (path below it) with this cluster's settings and {@code
     * environment}; its output.
     */
    String run(Map<String, String> environment, String script, String... arguments)
            throws Exception {
        Files.createDirectories(dir);
        List<String> line = new ArrayList<>(List.of("bash", "deploy/" + script));
        line.addAll(List.of(arguments));
        String command = String.join(" ", arguments);
        Path output = Files.createTempFile(dir, "script", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("RAPPORT_CLUSTER_DIR", dir.toString());
        builder.environment().put("RAPPORT_LOCAL_DB_DIR", dir.resolve("database").toString());
        builder.environment().put("RAPPORT_CLUSTER_HTTPS_PORT", String.valueOf(httpsPort));
        builder.environment().put("RAPPORT_DB_URL", databaseUrl);
        builder.environment().put("RAPPORT_REPORT_PAGE_COST", "true");
        builder.environment()
                .put(
                        "RAPPORT_JAR",
                        Path.of(System.getProperty("rapport.uberjar", "target/rapport.jar"))
                                .toAbsolutePath()
                                .toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean finished = process.waitFor(8, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String said = Files.readString(output);
        Files.writeString(
                dir.resolve("scripts.log"),
                "$ " + script + " " + command + "\n" + said,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        Files.delete(output);
        if (!finished) {
            throw new AssertionError(script + " " + command + " did not finish:\n" + said);
        }
        assertEquals(0, process.exitValue(), script + " " + command + " failed:\n" + said);
        return said;
    }

    private static SSLContext trustingTheLocalCertificate() {
        TrustManager trustAll =
                new X509TrustManager() {
                    @Override
                    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                    @Override
                    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                    @Override
                    public X509Certificate[] getAcceptedIssuers() {
                        return new X509Certificate[0];
                    }
                };
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {trustAll}, new SecureRandom());
            return tls;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
