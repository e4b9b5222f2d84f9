package org.rapport.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The local cluster (deploy/local-cluster.sh), which the fault tests run, starts each instance as
 * deploy/systemd/rapport.service with deploy/README.md's cluster drop-in would: what the fault
 * tests prove holds for the unit, except the differences named here.
 */
class DeployFilesTest {

    private static final Pattern OPTION =
            Pattern.compile("(?<![\\w-])(--[a-z]+|-XX:[+-]?[A-Za-z]+|-X[A-Za-z]+)");

    @Test
    void theLocalClusterStartsInstancesWithTheUnitsOptionsAndTheClusterDropIn() throws IOException {
        Set<String> unit =
                options(
                        between(
                                Files.readString(Path.of("deploy/systemd/rapport.service")),
                                "ExecStart=/usr/bin/java",
                                "--nocluster"));
        unit.add("--nocluster");
        Set<String> dropIn =
                options(
                        between(
                                Files.readString(Path.of("deploy/README.md")),
                                "ExecStart=/usr/bin/java",
                                "ExecStartPost="));
        Set<String> local =
                options(
                        between(
                                Files.readString(Path.of("deploy/local-cluster.sh")),
                                "setsid java",
                                "--disablephonehome"));

        Set<String> expected = new LinkedHashSet<>(unit);
        expected.remove("--nocluster"); // the cluster drop-in replaces it
        expected.addAll(dropIn);
        // the local cluster's own: its logging file (the jar's, by path: the instances log to
        // files), several
        // instances on one machine (the README's cluster section says when --nohostaware is
        // needed), no
        // phone-home from tests, and two processors each whatever the machine has
        expected.addAll(
                Set.of(
                        "--logproperties",
                        "--nohostaware",
                        "--disablephonehome",
                        "-XX:ActiveProcessorCount"));
        assertEquals(
                expected,
                local,
                "local-cluster.sh's java line against rapport.service + the drop-in");
        assertTrue(
                Files.readString(Path.of("deploy/local-cluster.sh"))
                        .contains("systemd/rapport-wait-ready"),
                "instances are awaited by the unit's own readiness check");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "no " + from);
        int end = text.indexOf(to, start);
        assertTrue(end >= 0, "no " + to + " after " + from);
        return text.substring(start, end + to.length());
    }

    private static Set<String> options(String line) {
        Set<String> found = new LinkedHashSet<>();
        Matcher option = OPTION.matcher(line);
        while (option.find()) {
            found.add(option.group(1));
        }
        return found;
    }
}
