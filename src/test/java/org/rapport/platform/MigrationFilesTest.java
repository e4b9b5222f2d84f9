package org.rapport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The versioned migrations in db/migration: named so Flyway applies them, numbered without gaps.
 */
class MigrationFilesTest {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @Test
    void migrationsAreNumberedOneByOne() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(Path.of("db", "migration"))) {
            names = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertTrue(names.size() >= 2, names.toString());
        List<Integer> versions =
                names.stream()
                        .map(
                                name -> {
                                    Matcher matcher = NAME.matcher(name);
                                    assertTrue(
                                            matcher.matches(),
                                            name + " is named V<number>__<lower_case_words>.sql");
                                    return Integer.parseInt(matcher.group(1));
                                })
                        .sorted()
                        .toList();
        assertEquals(IntStream.rangeClosed(1, versions.size()).boxed().toList(), versions);
    }
}
