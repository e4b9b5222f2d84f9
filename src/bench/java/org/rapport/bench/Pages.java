package org.rapport.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads Rapport's pages the way a browser does: the links a user could follow, and a Faces form's
 * fields as a browser (jQuery's {@code serializeArray}, which PrimeFaces uses) sends them.
 */
final class Pages {

    static final Pattern CLIENT_LINK = Pattern.compile("/counselor/client\\.xhtml\\?id=(\\d+)");
    static final Pattern COUPLE_LINK = Pattern.compile("/counselor/couple\\.xhtml\\?id=(\\d+)");
    static final Pattern APPOINTMENT_LINK =
            Pattern.compile("/counselor/appointment\\.xhtml\\?id=(\\d+)");
    static final Pattern NOTE_LINK =
            Pattern.compile("/counselor/note\\.xhtml\\?appointment=(\\d+)");
    static final Pattern TASK_LINK = Pattern.compile("/portal/task\\.xhtml\\?id=(\\d+)");
    static final Pattern CHECKIN_LINK = Pattern.compile("/portal/checkin\\.xhtml\\?id=(\\d+)");

    /** How many ids of one kind a virtual user remembers (it picks among them at random). */
    private static final int REMEMBERED = 200;

    private static final Set<String> NOT_SENT =
            Set.of("submit", "button", "image", "reset", "file");

    private Pages() {}

    /**
     * The ids in the links of {@code page} that match {@code link} (group 1), in page order, once
     * each.
     */
    static List<String> ids(String page, Pattern link) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher matcher = link.matcher(page == null ? "" : page);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return List.copyOf(ids);
    }

    /**
     * {@code known} plus the ids newly found, the most recently found last, at most {@link
     * #REMEMBERED}.
     */
    static List<String> remember(List<String> known, List<String> found) {
        Set<String> all = new LinkedHashSet<>(known == null ? List.of() : known);
        all.removeAll(found);
        all.addAll(found);
        List<String> list = new ArrayList<>(all);
        return List.copyOf(list.subList(Math.max(0, list.size() - REMEMBERED), list.size()));
    }

    static Document parse(String page, String url) {
        return Jsoup.parse(page, url);
    }

    /**
     * The address of one static resource the page links to, served by Faces' resource handler: the
     * PrimeFaces theme's stylesheet, else any stylesheet or script of it.
     */
    static Optional<String> staticResource(Document page) {
        for (String query :
                List.of(
                        "link[rel=stylesheet][href*=theme.css]",
                        "link[rel=stylesheet][href*=jakarta.faces.resource]",
                        "script[src*=jakarta.faces.resource]")) {
            Element found = page.selectFirst(query);
            if (found != null) {
                return Optional.of(found.absUrl(found.hasAttr("href") ? "href" : "src"));
            }
        }
        return Optional.empty();
    }

    /** PrimeFaces' CSP nonce of this page (it sends it with every request its scripts make). */
    static Optional<String> nonce(Document page) {
        Element script = page.selectFirst("script[nonce]");
        return script == null ? Optional.empty() : Optional.of(script.attr("nonce"));
    }

    /**
     * The client id of a {@code p:remoteCommand name="…"}: it renders as {@code <script id="…">name
     * = function…}.
     */
    static Optional<String> remoteCommand(Document page, String name) {
        Pattern definition = Pattern.compile("^\\s*" + Pattern.quote(name) + "\\s*=\\s*function");
        for (Element script : page.select("script[id]")) {
            if (definition.matcher(script.data()).find()) {
                return Optional.of(script.id());
            }
        }
        Matcher source =
                Pattern.compile(
                                Pattern.quote(name) + "\\s*=\\s*function.*?s:\"([^\"]+)\"",
                                Pattern.DOTALL)
                        .matcher(page.html());
        return source.find() ? Optional.of(source.group(1)) : Optional.empty();
    }

    /**
     * What PrimeFaces sends for {@code update="@(.cssClass)"}: the ids of the elements with that
     * class.
     */
    static String idsWithClass(Document page, String cssClass) {
        return page.select("." + cssClass + "[id]").stream()
                .map(Element::id)
                .collect(Collectors.joining(" "));
    }

    /** The address a form posts to. */
    static String action(Element form) {
        String action = form.absUrl("action");
        return action.isEmpty() ? form.ownerDocument().location() : action;
    }

    /**
     * The fields a browser sends for this form: named, enabled inputs, checked boxes, chosen
     * options.
     */
    static List<Map.Entry<String, String>> fields(Element form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element field : form.select("input, select, textarea")) {
            String name = field.attr("name");
            if (name.isEmpty() || field.hasAttr("disabled")) {
                continue;
            }
            switch (field.normalName()) {
                case "textarea" -> fields.add(entry(name, field.wholeText()));
                case "select" -> {
                    List<Element> chosen = field.select("option[selected]");
                    if (chosen.isEmpty()
                            && !field.hasAttr("multiple")
                            && field.selectFirst("option") != null) {
                        chosen = List.of(field.selectFirst("option"));
                    }
                    chosen.forEach(
                            option ->
                                    fields.add(
                                            entry(
                                                    name,
                                                    option.hasAttr("value")
                                                            ? option.attr("value")
                                                            : option.text())));
                }
                default -> {
                    String type = field.attr("type").toLowerCase();
                    boolean box = type.equals("checkbox") || type.equals("radio");
                    if (NOT_SENT.contains(type) || box && !field.hasAttr("checked")) {
                        continue;
                    }
                    fields.add(
                            entry(
                                    name,
                                    field.hasAttr("value")
                                            ? field.attr("value")
                                            : box ? "on" : ""));
                }
            }
        }
        return fields;
    }

    /** Replaces the value of the field {@code name} (or adds it). */
    static void set(List<Map.Entry<String, String>> fields, String name, String value) {
        fields.removeIf(field -> field.getKey().equals(name));
        fields.add(entry(name, value));
    }

    static Map.Entry<String, String> entry(String name, String value) {
        return new SimpleEntry<>(name, value == null ? "" : value);
    }

    static String formEncoded(List<Map.Entry<String, String>> fields) {
        return fields.stream()
                .map(
                        f ->
                                URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** An address from a Location header, absolute. */
    static String absolute(String base, String location) {
        return URI.create(base).resolve(location).toString();
    }
}
