package org.rapport.perf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference data the migrations insert and the generated rows point at: the strategy keys, the
 * library exercises with their reflection prompts, and Rapport's own weekly check-in with its
 * items.
 */
record Reference(
        Set<String> strategies,
        List<Exercise> exercises,
        long questionnaireId,
        String questionnaireSlug,
        List<Item> items) {

    static final String CHECKIN_SLUG = "trust-connection-weekly";

    record Exercise(long id, String slug, boolean together, List<Prompt> prompts) {}

    record Prompt(long id, boolean scale) {}

    record Item(long id, int position, boolean scale, boolean reversed) {}

    static Reference read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            Set<String> strategies = new HashSet<>();
            try (ResultSet rows = statement.executeQuery("SELECT strategy_key FROM strategy")) {
                while (rows.next()) {
                    strategies.add(rows.getString(1));
                }
            }
            Map<Long, List<Prompt>> prompts = new LinkedHashMap<>();
            try (ResultSet rows =
                    statement.executeQuery(
                            "SELECT exercise_id, id, answer_type FROM exercise_prompt ORDER BY exercise_id, position")) {
                while (rows.next()) {
                    prompts.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                            .add(new Prompt(rows.getLong(2), "SCALE".equals(rows.getString(3))));
                }
            }
            List<Exercise> exercises = new ArrayList<>();
            try (ResultSet rows =
                    statement.executeQuery(
                            "SELECT id, slug, participation FROM exercise WHERE origin = 'LIBRARY' ORDER BY id")) {
                while (rows.next()) {
                    List<Prompt> own = prompts.getOrDefault(rows.getLong(1), List.of());
                    if (!own.isEmpty()) {
                        exercises.add(
                                new Exercise(
                                        rows.getLong(1),
                                        rows.getString(2),
                                        "BOTH_TOGETHER".equals(rows.getString(3)),
                                        List.copyOf(own)));
                    }
                }
            }
            long questionnaire;
            try (ResultSet rows =
                    statement.executeQuery(
                            "SELECT id FROM questionnaire WHERE slug = '" + CHECKIN_SLUG + "'")) {
                if (!rows.next()) {
                    throw new IllegalStateException(
                            "The weekly check-in ("
                                    + CHECKIN_SLUG
                                    + ") is missing: is the"
                                    + " database migrated?");
                }
                questionnaire = rows.getLong(1);
            }
            List<Item> items = new ArrayList<>();
            try (ResultSet rows =
                    statement.executeQuery(
                            "SELECT id, position, kind, reversed FROM questionnaire_item"
                                    + " WHERE questionnaire_id = "
                                    + questionnaire
                                    + " ORDER BY position")) {
                while (rows.next()) {
                    items.add(
                            new Item(
                                    rows.getLong(1),
                                    rows.getInt(2),
                                    "SCALE".equals(rows.getString(3)),
                                    rows.getBoolean(4)));
                }
            }
            if (strategies.isEmpty()
                    || exercises.stream().noneMatch(e -> !e.together())
                    || exercises.stream().noneMatch(Exercise::together)) {
                throw new IllegalStateException(
                        "The exercise library is missing or incomplete: is the database"
                                + " migrated?");
            }
            return new Reference(
                    Set.copyOf(strategies),
                    List.copyOf(exercises),
                    questionnaire,
                    CHECKIN_SLUG,
                    List.copyOf(items));
        }
    }
}
