package org.rapport.checkins;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;

import org.rapport.clients.Client;

/**
 * Check-in scores for a chart: every submitted check-in of the people (one client, or both
 * partners) as a point, Chart.js configurations for the total and each subscale (one line per
 * person, session dates marked), and the change since the first and since the previous check-in.
 */
public final class CheckinChart implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLORS = {"#2b6f74", "#b5540c"};

    /**
     * One factory: each {@code Json.create…} call looks the JSON provider up again through the
     * ServiceLoader.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final String[] BAND_COLORS = {
        "rgba(46,125,50,0.10)",
        "rgba(158,157,36,0.12)",
        "rgba(239,108,0,0.12)",
        "rgba(216,67,21,0.14)",
        "rgba(183,28,28,0.16)"
    };

    private final List<String> people;
    private final List<Point> points;
    private final List<LocalDate> sessions;
    private final List<String> subscales;

    /** Per questionnaire (one chart each: their scales differ); for a section itself, empty. */
    private final List<CheckinChart> sections;

    private final String title;
    private final double low;
    private final double high;
    private final List<Band> bands;

    /**
     * The change that counts as reliable, and its direction (see {@link
     * Questionnaire#reliableChangeOf}).
     */
    private Double reliableChange;

    private boolean higherIsBetter = true;

    /** Each subscale in people's words (see {@link Questionnaire#wordingOf}). */
    private final Map<String, String> wordings = new java.util.LinkedHashMap<>();

    private CheckinChart(
            List<String> people,
            List<Point> points,
            List<LocalDate> sessions,
            List<String> subscales,
            List<CheckinChart> sections,
            String title,
            double low,
            double high,
            List<Band> bands) {
        this.people = people;
        this.points = points;
        this.sessions = sessions;
        this.subscales = subscales;
        this.sections = sections;
        this.title = title;
        this.low = low;
        this.high = high;
        this.bands = bands;
    }

    /**
     * The chart of these responses, each on the day it was sent in the practice's zone ({@code
     * zone}).
     */
    static CheckinChart of(
            List<Client> people,
            List<CheckinResponse> responses,
            List<LocalDate> sessions,
            java.time.ZoneId zone) {
        List<String> names = people.stream().map(Client::getName).toList();
        Map<Long, List<CheckinResponse>> byQuestionnaire = new java.util.LinkedHashMap<>();
        for (CheckinResponse response : responses) {
            byQuestionnaire
                    .computeIfAbsent(
                            response.getAssignment().getQuestionnaire().getId(),
                            q -> new ArrayList<>())
                    .add(response);
        }
        List<CheckinChart> sections = new ArrayList<>();
        List<Point> all = new ArrayList<>();
        for (List<CheckinResponse> own : byQuestionnaire.values()) {
            Questionnaire questionnaire = own.get(0).getAssignment().getQuestionnaire();
            List<Point> points = new ArrayList<>();
            for (CheckinResponse response : own) {
                Scoring.Score score =
                        Scoring.score(
                                questionnaire.getScoring(),
                                questionnaire.getItems(),
                                response::valueOf);
                String comment =
                        questionnaire.getItems().stream()
                                .filter(i -> !i.isScale())
                                .map(response::textOf)
                                .filter(t -> t != null)
                                .findFirst()
                                .orElse(null);
                Band band = questionnaire.band(score.total());
                // the day it was sent (a check-in due on Monday and sent on Thursday shows
                // Thursday)
                LocalDate day =
                        response.getSubmittedAt() != null
                                ? response.getSubmittedAt().atZone(zone).toLocalDate()
                                : response.getDueOn();
                points.add(
                        new Point(
                                day,
                                response.getClient().getName(),
                                questionnaire.getTitle(),
                                score,
                                comment,
                                band == null ? null : band.label()));
            }
            double[] range = questionnaire.totalRange();
            CheckinChart section =
                    new CheckinChart(
                            names,
                            points,
                            sessions,
                            questionnaire.getSubscales(),
                            List.of(),
                            questionnaire.getTitle(),
                            range[0],
                            range[1],
                            questionnaire.getBands());
            section.reliableChange = questionnaire.getReliableChange();
            section.higherIsBetter = questionnaire.isHigherBetter();
            questionnaire
                    .getSubscales()
                    .forEach(sub -> section.wordings.put(sub, questionnaire.wordingOf(sub)));
            sections.add(section);
            all.addAll(points);
        }
        all.sort(java.util.Comparator.comparing(Point::date));
        List<String> subscales = new ArrayList<>();
        sections.forEach(
                c ->
                        c.subscales.stream()
                                .filter(x -> !subscales.contains(x))
                                .forEach(subscales::add));
        CheckinChart chart =
                new CheckinChart(names, all, sessions, subscales, sections, null, 0, 10, List.of());
        sections.forEach(c -> c.wordings.forEach(chart.wordings::putIfAbsent));
        return chart;
    }

    /** The Chart.js configuration of the total (subscale null) or of one subscale. */
    public String json(String subscale) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        points.forEach(p -> dates.add(p.date()));
        LocalDate first = dates.isEmpty() ? null : dates.first();
        sessions.stream().filter(s -> first == null || !s.isBefore(first)).forEach(dates::add);
        List<LocalDate> axis = new ArrayList<>(dates);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        axis.forEach(
                d ->
                        labels.add(
                                d.getDayOfMonth()
                                        + " "
                                        + d.getMonth()
                                                .getDisplayName(
                                                        java.time.format.TextStyle.SHORT,
                                                        java.util.Locale.ENGLISH)));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        if (subscale == null) {
            for (int b = 0; b < bands.size(); b++) {
                Band band = bands.get(b);
                double upper = b + 1 < bands.size() ? bands.get(b + 1).lowest() : high;
                JsonArrayBuilder edge = JSON.createArrayBuilder();
                axis.forEach(d -> edge.add(upper));
                String range =
                        b + 1 < bands.size()
                                ? fmt(band.lowest()) + "–" + fmt(upper - 1)
                                : fmt(band.lowest()) + "–" + fmt(high);
                datasets.add(
                        JSON.createObjectBuilder()
                                .add("label", band.label() + " " + range)
                                .add("data", edge)
                                .add(
                                        "fill",
                                        b == 0
                                                ? JSON.createObjectBuilder()
                                                        .add(
                                                                "value",
                                                                new java.math.BigDecimal(fmt(low)))
                                                        .build()
                                                : JSON.createObjectBuilder()
                                                        .add("target", "-1")
                                                        .build())
                                .add(
                                        "backgroundColor",
                                        BAND_COLORS[Math.min(b, BAND_COLORS.length - 1)])
                                .add("borderWidth", 0)
                                .add("pointRadius", 0)
                                .add("pointHitRadius", 0)
                                .add("order", 10));
            }
        }
        for (int i = 0; i < people.size(); i++) {
            String person = people.get(i);
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (LocalDate date : axis) {
                Double value =
                        points.stream()
                                .filter(p -> p.person().equals(person) && p.date().equals(date))
                                .map(
                                        p ->
                                                subscale == null
                                                        ? p.score().total()
                                                        : p.score().subscales().get(subscale))
                                .filter(v -> v != null)
                                .findFirst()
                                .orElse(null);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            datasets.add(
                    JSON.createObjectBuilder()
                            .add("label", person)
                            .add("data", data)
                            .add("spanGaps", true)
                            .add("borderColor", COLORS[i % 2])
                            .add("backgroundColor", COLORS[i % 2])
                            .add("tension", 0.2)
                            .add("pointRadius", 4)
                            .add("pointStyle", i == 0 ? "circle" : "rectRot"));
        }
        JsonArrayBuilder sessionData = JSON.createArrayBuilder();
        for (LocalDate date : axis) {
            if (sessions.contains(date)) {
                sessionData.add(0);
            } else {
                sessionData.addNull();
            }
        }
        if (axis.stream()
                .anyMatch(sessions::contains)) { // no "Session" in the legend of a chart that shows
            // none
            datasets.add(
                    JSON.createObjectBuilder()
                            .add("label", "Session")
                            .add("data", sessionData)
                            .add("showLine", false)
                            .add("pointStyle", "triangle")
                            .add("pointRadius", 7)
                            .add("borderColor", "#52606d")
                            .add("backgroundColor", "#52606d"));
        }
        // a subscale in people's words says what its numbers mean ("10 = very calmly"); a bare name
        // ("Conflict")
        // with "higher is better" left people guessing whether a high "Conflict" meant more of it
        boolean worded = subscale != null && !subscale.equals(wording(subscale));
        JsonObjectBuilder yAxis =
                JSON.createObjectBuilder()
                        .add("min", new java.math.BigDecimal(fmt(low)))
                        .add("max", new java.math.BigDecimal(fmt(high)))
                        .add(
                                "title",
                                JSON.createObjectBuilder()
                                        .add("display", true)
                                        .add(
                                                "text",
                                                worded
                                                        ? "Score (" + fmt(low) + "–" + fmt(high)
                                                                + ")"
                                                        : bands.isEmpty()
                                                                ? "Score ("
                                                                        + fmt(low)
                                                                        + "–"
                                                                        + fmt(high)
                                                                        + ", higher is better)"
                                                                : "Total ("
                                                                        + fmt(low)
                                                                        + "–"
                                                                        + fmt(high)
                                                                        + ", higher is more severe)"));
        JsonObjectBuilder plugins =
                JSON.createObjectBuilder()
                        .add(
                                "title",
                                JSON.createObjectBuilder()
                                        .add("display", true)
                                        .add(
                                                "text",
                                                subscale == null
                                                        ? (title == null ? "Total score" : title)
                                                        : subscale))
                        .add("legend", JSON.createObjectBuilder().add("position", "bottom"));
        if (worded) {
            // two lines ("How calmly you handled disagreements" over "(10 = very calmly)"): a
            // chart's subtitle does not wrap
            String words = wording(subscale);
            int open = words.lastIndexOf(" (");
            plugins.add(
                    "subtitle",
                    JSON.createObjectBuilder()
                            .add("display", true)
                            .add(
                                    "text",
                                    open > 0
                                            ? JSON.createArrayBuilder()
                                                    .add(words.substring(0, open))
                                                    .add(words.substring(open + 1))
                                            : JSON.createArrayBuilder().add(words)));
        }
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add(
                        "data",
                        JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("scales", JSON.createObjectBuilder().add("y", yAxis))
                                .add("plugins", plugins))
                .build()
                .toString();
    }

    /**
     * The total's chart; for a chart of several questionnaires, the first one's (see {@link
     * #getSections()}).
     */
    public String getTotalJson() {
        return sections.isEmpty() ? json(null) : sections.get(0).json(null);
    }

    /** Per person (and per questionnaire): first, previous and latest total, and the changes. */
    public List<Change> getChanges() {
        if (!sections.isEmpty()) {
            return sections.stream().flatMap(section -> section.getChanges().stream()).toList();
        }
        List<Change> changes = new ArrayList<>();
        for (String person : people) {
            List<Point> own =
                    points.stream()
                            .filter(p -> p.person().equals(person) && p.score().total() != null)
                            .toList();
            if (own.isEmpty()) {
                continue;
            }
            Point first = own.get(0);
            Point last = own.get(own.size() - 1);
            Point previous = own.size() > 1 ? own.get(own.size() - 2) : null;
            Double previousTotal = previous == null ? null : previous.score().total();
            changes.add(
                    new Change(
                            person,
                            title,
                            first.score().total(),
                            last.score().total(),
                            previousTotal,
                            last.date(),
                            own.size(),
                            last.band(),
                            Questionnaire.reliableChange(
                                    reliableChange,
                                    higherIsBetter,
                                    first.score().total(),
                                    last.score().total()),
                            Questionnaire.reliableChange(
                                    reliableChange,
                                    higherIsBetter,
                                    previousTotal,
                                    last.score().total()),
                            reliableChange));
        }
        return changes;
    }

    public List<Point> getPoints() {
        return points;
    }

    /** One chart per questionnaire, in the order each was first answered. */
    public List<CheckinChart> getSections() {
        return sections;
    }

    public String getTitle() {
        return title;
    }

    public boolean isBanded() {
        return !bands.isEmpty();
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /**
     * A subscale in people's words ("How calmly you handled disagreements (10 = very calmly)"), or
     * its name.
     */
    public String wording(String subscale) {
        return wordings.getOrDefault(subscale, subscale);
    }

    public List<String> getSubscales() {
        return subscales;
    }

    public List<String> getPeople() {
        return people;
    }

    public boolean isNoCheckins() {
        return points.isEmpty();
    }

    /** One submitted check-in. */
    public record Point(
            LocalDate date,
            String person,
            String questionnaire,
            Scoring.Score score,
            String comment,
            String band)
            implements Serializable {

        public String getBand() {
            return band;
        }

        public String subscaleText() {
            return score.subscales().entrySet().stream()
                    .map(e -> e.getKey() + " " + (e.getValue() == null ? "–" : e.getValue()))
                    .collect(Collectors.joining("; "));
        }

        public LocalDate getDate() {
            return date;
        }

        public String getQuestionnaire() {
            return questionnaire;
        }

        /** The total as people write it ("13", "7.2"); null when too few answers to score. */
        public String getTotalText() {
            Double total = score.total();
            return total == null
                    ? null
                    : total == Math.rint(total)
                            ? String.valueOf(total.longValue())
                            : total.toString();
        }

        public String getPerson() {
            return person;
        }

        public Double getTotal() {
            return score.total();
        }

        public Map<String, Double> getSubscales() {
            return score.subscales();
        }

        public String getComment() {
            return comment;
        }
    }

    /** A person's change since their first and their previous check-in. */
    public record Change(
            String person,
            String questionnaire,
            Double first,
            Double latest,
            Double previous,
            LocalDate latestOn,
            int count,
            String band,
            String reliableSinceFirst,
            String reliableSincePrevious,
            Double reliableThreshold)
            implements Serializable {

        /**
         * What the changes mean, where the questionnaire has a reliable-change threshold: "reliable
         * improvement since the first", or that the change is within measurement error; null
         * without a threshold.
         */
        public String getReliableNote() {
            if (reliableThreshold == null || count < 2) {
                return null;
            }
            if (reliableSinceFirst == null && reliableSincePrevious == null) {
                return "changes below "
                        + fmt(reliableThreshold)
                        + " points are within measurement error";
            }
            List<String> notes = new ArrayList<>();
            if (reliableSinceFirst != null) {
                notes.add(reliableSinceFirst + " since the first");
            }
            if (reliableSincePrevious != null) {
                notes.add(reliableSincePrevious + " since the previous");
            }
            return String.join(", ", notes) + " (" + fmt(reliableThreshold) + " points or more)";
        }

        public String getPerson() {
            return person;
        }

        /**
         * The questionnaire's short name ("PHQ-9", or the whole title when it has no short one).
         */
        public String getQuestionnaire() {
            return questionnaire == null ? "" : questionnaire.split(":")[0];
        }

        public String getBand() {
            return band;
        }

        public Double getLatest() {
            return latest;
        }

        public LocalDate getLatestOn() {
            return latestOn;
        }

        public int getCount() {
            return count;
        }

        public String getSinceFirst() {
            return signed(latest - first);
        }

        public String getSincePrevious() {
            return previous == null ? "–" : signed(latest - previous);
        }

        private static String signed(double change) {
            double rounded = Math.round(change * 10) / 10.0;
            return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + Math.abs(rounded);
        }
    }
}
