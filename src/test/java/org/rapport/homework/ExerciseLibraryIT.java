package org.rapport.homework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rapport.platform.RapportDatabase;

/**
 * The exercise library inside the real application on Payara Micro, against the test run's MariaDB:
 * migrations, queries, and the connection pool.
 */
@ExtendWith(ArquillianExtension.class)
class ExerciseLibraryIT {

    /** The application exactly as built (target/rapport.war), not a hand-picked set of classes. */
    @Deployment
    static WebArchive rapport() {
        return ShrinkWrap.create(ZipImporter.class, "rapport.war")
                .importFrom(new File(System.getProperty("rapport.war", "target/rapport.war")))
                .as(WebArchive.class);
    }

    @Inject private ExerciseService exercises;

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Test
    void migrationsFromDbFolderWereAppliedAtStartUp() throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery(
                                "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rows.next()) {
                assertTrue(
                        rows.getBoolean("success"),
                        "migration " + rows.getString("version") + " succeeded");
                versions.add(rows.getString("version"));
            }
        }
        assertEquals(List.of("1", "2"), versions.subList(0, 2));
    }

    @Test
    void everyStrategyIsThereInItsOrder() {
        List<Strategy> strategies = exercises.strategies();
        assertEquals(17, strategies.size());
        assertEquals("acknowledge", strategies.get(0).getKey());
        assertEquals("professional-help", strategies.get(16).getKey());
    }

    @Test
    void filteringByStrategyHappensInTheDatabase() {
        ExerciseFilter transparency = new ExerciseFilter(null, "transparency", null);
        List<Exercise> found = exercises.find(transparency, ExerciseOrder.TITLE, true, 0, 50);
        assertFalse(found.isEmpty());
        assertTrue(found.stream().allMatch(e -> e.getStrategy().getKey().equals("transparency")));
        assertEquals(found.size(), exercises.count(transparency));
        assertEquals(0, exercises.count(new ExerciseFilter(null, "no-such-strategy", null)));
    }

    @Test
    void theLibraryCoversEveryStrategyTwiceAndEveryExerciseHasStepsAndPrompts() {
        List<Exercise> library =
                exercises.find(ExerciseFilter.NONE, ExerciseOrder.TITLE, true, 0, 100);
        assertTrue(library.size() >= 34, "at least 34 library exercises: " + library.size());
        for (Strategy strategy : exercises.strategies()) {
            long count =
                    library.stream()
                            .filter(e -> e.getStrategy().getKey().equals(strategy.getKey()))
                            .count();
            assertTrue(count >= 2, strategy.getKey() + " has " + count + " exercise(s)");
        }
        for (Exercise listed : library) {
            Exercise exercise = exercises.findBySlug(listed.getSlug()).orElseThrow();
            assertTrue(exercise.getSteps().size() >= 4, exercise.getSlug() + " has steps");
            int prompts = exercise.getPrompts().size();
            assertTrue(
                    prompts >= 2 && prompts <= 5,
                    exercise.getSlug() + " has 2 to 5 prompts: " + prompts);
        }
    }

    @Test
    void searchTextIsTakenLiterally() {
        assertEquals(
                2, exercises.count(new ExerciseFilter("LETTER", null, null)), "case-insensitive");
        assertEquals(
                0, exercises.count(new ExerciseFilter("%", null, null)), "% is not a wildcard");
        assertEquals(
                0, exercises.count(new ExerciseFilter("_", null, null)), "_ is not a wildcard");
        assertEquals(0, exercises.count(new ExerciseFilter("' OR '1'='1", null, null)));
        assertEquals(0, exercises.count(new ExerciseFilter("\\", null, null)));
    }

    @Test
    void pagesDoNotOverlapAndRunOutCleanly() {
        long total = exercises.count(ExerciseFilter.NONE);
        Set<Long> seen = new HashSet<>();
        for (int first = 0; first < total; first += 3) {
            for (Exercise exercise :
                    exercises.find(ExerciseFilter.NONE, ExerciseOrder.MINUTES, false, first, 3)) {
                assertTrue(seen.add(exercise.getId()), "each exercise appears on one page only");
            }
        }
        assertEquals(total, seen.size());
        assertTrue(
                exercises
                        .find(ExerciseFilter.NONE, ExerciseOrder.TITLE, true, 10_000, 10)
                        .isEmpty());
    }

    @Test
    void sortingByTimeIsOrdered() {
        List<Integer> minutes =
                exercises.find(ExerciseFilter.NONE, ExerciseOrder.MINUTES, true, 0, 100).stream()
                        .map(Exercise::getMinutesNeeded)
                        .toList();
        assertEquals(minutes.stream().sorted().toList(), minutes);
    }

    @Test
    void anExerciseComesWithItsStepsAndPromptsInOrder() {
        Exercise exercise = exercises.findBySlug("speaker-listener").orElseThrow();
        assertEquals("active-listening", exercise.getStrategy().getKey());
        List<Integer> steps = exercise.getSteps().stream().map(ExerciseStep::getPosition).toList();
        assertEquals(steps.stream().sorted().toList(), steps);
        assertTrue(steps.size() >= 4);
        List<Integer> prompts =
                exercise.getPrompts().stream().map(ReflectionPrompt::getPosition).toList();
        assertEquals(prompts.stream().sorted().toList(), prompts);
        assertTrue(prompts.size() >= 2 && prompts.size() <= 5);
        exercise.getPrompts().stream()
                .filter(ReflectionPrompt::isScale)
                .forEach(
                        prompt -> {
                            assertFalse(prompt.getScaleLowLabel().isBlank());
                            assertFalse(prompt.getScaleHighLabel().isBlank());
                        });
        assertTrue(exercises.findBySlug("no-such-exercise").isEmpty());
        assertTrue(exercises.findBySlug(" ").isEmpty());
        assertTrue(exercises.findBySlug("x".repeat(500)).isEmpty());
    }

    /**
     * What a database restart does to a pool: every connection it holds is cut. The pool must
     * notice and hand out fresh connections, so users see no error.
     */
    @Test
    void poolRecoversWhenTheDatabaseCutsItsConnections() throws SQLException {
        assertTrue(exercises.count(ExerciseFilter.NONE) > 0);
        try (Connection admin = dataSource.getConnection()) {
            List<Long> others = new ArrayList<>();
            try (PreparedStatement query =
                            admin.prepareStatement(
                                    "SELECT id FROM information_schema.PROCESSLIST WHERE db = DATABASE() AND id <> CONNECTION_ID()");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    others.add(rows.getLong(1));
                }
            }
            for (long id : others) {
                try (Statement kill = admin.createStatement()) {
                    kill.execute("KILL CONNECTION " + id);
                } catch (SQLException alreadyGone) {
                    // closed between the listing and the kill
                }
            }
            try (Statement self = admin.createStatement()) {
                self.execute("KILL CONNECTION CONNECTION_ID()");
            } catch (SQLException expected) {
                // this connection is cut too
            }
        }
        for (int i = 0; i < 5; i++) {
            assertTrue(
                    exercises.count(ExerciseFilter.NONE) > 0,
                    "query " + i + " after the cut works");
        }
    }
}
