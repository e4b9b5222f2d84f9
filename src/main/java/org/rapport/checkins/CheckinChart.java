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
 * Check-in scores for a chart: every submitted check-in of the people (one client, or both partners) as a
 * point, Chart.js configurations for the total and each subscale (one line per person, session dates
 * marked), and the change since the first and since the previous check-in.
 */
public final class CheckinChart implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLORS = {"#2b6f74", "#b5540c"};
    /** One factory: each {@code Json.create…} call looks the JSON provider up again through the ServiceLoader. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private final List<String> people;
    private final List<Point> points;
    private final List<LocalDate> sessions;
    private final List<String> subscales;

    private CheckinChart(List<String> people, List<Point> points, List<LocalDate> sessions, List<String> subscales) {
        this.people = people;
        this.points = points;
        this.sessions = sessions;
        this.subscales = subscales;
    }

    static CheckinChart of(List<Client> people, List<CheckinResponse> responses, List<LocalDate> sessions) {
        List<Point> points = new ArrayList<>();
        List<String> subscales = new ArrayList<>();
        for (CheckinResponse response : responses) {
            Questionnaire questionnaire = response.getAssignment().getQuestionnaire();
            Scoring.Score score = Scoring.score(questionnaire.getScoring(), questionnaire.getItems(), response::valueOf);
            String comment = questionnaire.getItems().stream().filter(i -> !i.isScale()).map(response::textOf)
                    .filter(t -> t != null).findFirst().orElse(null);
            points.add(new Point(response.getDueOn(), response.getClient().getName(), questionnaire.getTitle(), score, comment));
            questionnaire.getSubscales().stream().filter(s -> !subscales.contains(s)).forEach(subscales::add);
        }
        return new CheckinChart(people.stream().map(Client::getName).toList(), points, sessions, subscales);
    }

    /** The Chart.js configuration of the total (subscale null) or of one subscale. */
    public String json(String subscale) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        points.forEach(p -> dates.add(p.date()));
        LocalDate first = dates.isEmpty() ? null : dates.first();
        sessions.stream().filter(s -> first == null || !s.isBefore(first)).forEach(dates::add);
        List<LocalDate> axis = new ArrayList<>(dates);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        axis.forEach(d -> labels.add(d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                java.util.Locale.ENGLISH)));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (int i = 0; i < people.size(); i++) {
            String person = people.get(i);
            JsonArrayBuilder data = JSON.createArrayBuilder();
            for (LocalDate date : axis) {
                Double value = points.stream().filter(p -> p.person().equals(person) && p.date().equals(date))
                        .map(p -> subscale == null ? p.score().total() : p.score().subscales().get(subscale))
                        .filter(v -> v != null).findFirst().orElse(null);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            datasets.add(JSON.createObjectBuilder().add("label", person).add("data", data).add("spanGaps", true)
                    .add("borderColor", COLORS[i % 2]).add("backgroundColor", COLORS[i % 2]).add("tension", 0.2)
                    .add("pointRadius", 4).add("pointStyle", i == 0 ? "circle" : "rectRot"));
        }
        JsonArrayBuilder sessionData = JSON.createArrayBuilder();
        for (LocalDate date : axis) {
            if (sessions.contains(date)) {
                sessionData.add(0);
            } else {
                sessionData.addNull();
            }
        }
        datasets.add(JSON.createObjectBuilder().add("label", "Session").add("data", sessionData).add("showLine", false)
                .add("pointStyle", "triangle").add("pointRadius", 7).add("borderColor", "#52606d")
                .add("backgroundColor", "#52606d"));
        JsonObjectBuilder yAxis = JSON.createObjectBuilder().add("min", 0).add("max", 10)
                .add("title", JSON.createObjectBuilder().add("display", true).add("text", "Score (0–10, higher is better)"));
        return JSON.createObjectBuilder().add("type", "line")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder().add("y", yAxis))
                        .add("plugins", JSON.createObjectBuilder()
                                .add("title", JSON.createObjectBuilder().add("display", true)
                                        .add("text", subscale == null ? "Total score" : subscale))
                                .add("legend", JSON.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    public String getTotalJson() {
        return json(null);
    }

    /** Per person: first, previous and latest total, and the changes. */
    public List<Change> getChanges() {
        List<Change> changes = new ArrayList<>();
        for (String person : people) {
            List<Point> own = points.stream().filter(p -> p.person().equals(person) && p.score().total() != null).toList();
            if (own.isEmpty()) {
                continue;
            }
            Point first = own.get(0);
            Point last = own.get(own.size() - 1);
            Point previous = own.size() > 1 ? own.get(own.size() - 2) : null;
            changes.add(new Change(person, first.score().total(), last.score().total(),
                    previous == null ? null : previous.score().total(), last.date(), own.size()));
        }
        return changes;
    }

    public List<Point> getPoints() {
        return points;
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
    public record Point(LocalDate date, String person, String questionnaire, Scoring.Score score, String comment)
            implements Serializable {

        public String subscaleText() {
            return score.subscales().entrySet().stream().map(e -> e.getKey() + " " + (e.getValue() == null ? "–" : e.getValue()))
                    .collect(Collectors.joining("; "));
        }

        public LocalDate getDate() {
            return date;
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
    public record Change(String person, Double first, Double latest, Double previous, LocalDate latestOn, int count)
            implements Serializable {

        public String getPerson() {
            return person;
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
