package org.rapport.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The requests a browser sends from Rapport's pages: a form post, and PrimeFaces' Ajax requests (an
 * autosave remote command, the calendar fetching a week's events). Each returns the address and the
 * form-encoded body, or nothing when the page offers no such request (a signed note, a done task).
 */
final class FacesForms {

    /** Address and body of one request. */
    record Post(String url, String body) {}

    private FacesForms() {}

    /** The sign-in form filled in, as if "Sign in" was pressed. */
    static Optional<Post> signIn(Document page, String email, String password) {
        Element form = page.getElementById("signin");
        if (form == null) {
            return Optional.empty();
        }
        List<Map.Entry<String, String>> fields = Pages.fields(form);
        Pages.set(fields, "signin:email", email);
        Pages.set(fields, "signin:password", password);
        Pages.set(fields, "signin:submit", "signin:submit");
        Pages.nonce(page).ifPresent(nonce -> Pages.set(fields, "primefaces.nonce", nonce));
        return Optional.of(new Post(Pages.action(form), Pages.formEncoded(fields)));
    }

    /**
     * The note page's autosave ({@code rapportAutosaveNote}), with a line of the first section
     * changed. Nothing when the note cannot be written any more (signed, or not the counselor's).
     */
    static Optional<Post> autosaveNote(Document page) {
        return autosave(
                page,
                "note",
                "rapportAutosaveNote",
                "note:section1",
                "Both partners described the week; we practised the speaker-listener exercise.");
    }

    /**
     * The task page's autosave ({@code rapportAutosaveAnswers}) with an answer typed; nothing for a
     * done task.
     */
    static Optional<Post> autosaveAnswers(Document page) {
        Element form = page.getElementById("task");
        if (form == null) {
            return Optional.empty();
        }
        String answerField =
                form.select("textarea[name]").stream()
                        .filter(
                                text ->
                                        text.attr("name").endsWith(":text")
                                                && !text.hasAttr("readonly"))
                        .map(text -> text.attr("name"))
                        .findFirst()
                        .orElse(null);
        return autosave(
                page,
                "task",
                "rapportAutosaveAnswers",
                answerField,
                "We tried it on Sunday evening and talked for twenty minutes without interrupting.");
    }

    private static Optional<Post> autosave(
            Document page, String formId, String command, String textField, String textWhenEmpty) {
        Element form = page.getElementById(formId);
        Optional<String> source = Pages.remoteCommand(page, command);
        if (form == null || source.isEmpty()) {
            return Optional.empty();
        }
        List<Map.Entry<String, String>> fields = Pages.fields(form);
        if (textField != null) {
            String typed =
                    fields.stream()
                            .filter(f -> f.getKey().equals(textField))
                            .map(Map.Entry::getValue)
                            .findFirst()
                            .orElse("");
            Pages.set(fields, textField, withBenchmarkLine(typed, textWhenEmpty));
        }
        Map<String, String> ajax = new LinkedHashMap<>();
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", source.get());
        ajax.put("jakarta.faces.partial.execute", formId); // process="@form"
        ajax.put(
                "jakarta.faces.partial.render",
                Pages.idsWithClass(page, "autosave-update")); // update="@(.autosave-update)"
        ajax.put(source.get(), source.get());
        return Optional.of(ajaxPost(page, form, ajax, fields));
    }

    /**
     * What the calendar's {@code p:schedule} sends to fetch the events of the week it shows (its
     * events are loaded lazily, after the page).
     */
    static Optional<Post> calendarEvents(Document page) {
        Element form = page.getElementById("calendar-form");
        String schedule = "calendar-form:schedule";
        if (form == null || page.getElementById(schedule) == null) {
            return Optional.empty();
        }
        LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY);
        Map<String, String> ajax = new LinkedHashMap<>();
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", schedule);
        ajax.put("jakarta.faces.partial.execute", schedule);
        ajax.put("jakarta.faces.partial.render", schedule);
        ajax.put("primefaces.ignoreautoupdate", "true");
        ajax.put(schedule + "_event", "true");
        ajax.put(schedule + "_start", monday + "T00:00:00.000Z");
        ajax.put(schedule + "_end", monday.plusDays(7) + "T00:00:00.000Z");
        return Optional.of(ajaxPost(page, form, ajax, Pages.fields(form)));
    }

    /**
     * The check-in form with every scale question answered, as if "Send my check-in" was pressed.
     */
    static Optional<Post> checkin(Document page) {
        Element form = page.getElementById("checkin");
        if (form == null) {
            return Optional.empty(); // sent already
        }
        List<Map.Entry<String, String>> fields = Pages.fields(form);
        Map<String, List<String>> scales = new LinkedHashMap<>();
        for (Element radio : form.select("input[type=radio][name]:not([disabled])")) {
            scales.computeIfAbsent(radio.attr("name"), name -> new ArrayList<>())
                    .add(radio.attr("value"));
        }
        // a plausible answer: somewhere in the upper middle of each scale
        scales.forEach(
                (name, values) ->
                        Pages.set(
                                fields,
                                name,
                                values.get(
                                        Math.min(
                                                values.size() - 1,
                                                values.size() / 2
                                                        + ThreadLocalRandom.current()
                                                                .nextInt(2)))));
        Pages.set(fields, "checkin:send", "");
        Pages.nonce(page).ifPresent(nonce -> Pages.set(fields, "primefaces.nonce", nonce));
        return Optional.of(new Post(Pages.action(form), Pages.formEncoded(fields)));
    }

    private static Post ajaxPost(
            Document page,
            Element form,
            Map<String, String> ajax,
            List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all =
                ajax.entrySet().stream()
                        .map(e -> Pages.entry(e.getKey(), e.getValue()))
                        .collect(Collectors.toCollection(ArrayList::new));
        Pages.nonce(page).ifPresent(nonce -> all.add(Pages.entry("primefaces.nonce", nonce)));
        all.addAll(fields);
        return new Post(Pages.action(form), Pages.formEncoded(all));
    }

    /**
     * The text with its last line saying when the benchmark last typed into it: the text changes on
     * every save (so each one really writes) but does not grow.
     */
    static String withBenchmarkLine(String text, String textWhenEmpty) {
        String kept =
                (text == null ? "" : text)
                        .lines()
                        .filter(line -> !line.startsWith("(benchmark "))
                        .collect(Collectors.joining("\n"))
                        .stripTrailing();
        String line = "(benchmark autosave " + LocalTime.now().withNano(0) + ")";
        return (kept.isEmpty() ? textWhenEmpty : kept) + "\n" + line;
    }
}
