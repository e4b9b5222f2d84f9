package org.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes a one-page summary of a benchmark run ({@code target/bench-summary.md}): per request its
 * count, errors and response-time percentiles, the overall throughput, and each request's p95
 * against the static resource's p95, the floor (what the server needs for a request that does no
 * application work).
 *
 * <p>Gatling 3.14 writes its statistics only into the report's {@code index.html} (its {@code
 * simulation.log} is binary), so this reads the statistics table there, by its column headings.
 *
 * <p>Arguments: the Gatling results folder (or one run's folder), the output file, and the file the
 * simulation wrote its settings to. {@code mvn -Pbench exec:java@bench-summary} passes all three.
 */
public final class BenchSummary {

    /** The order of the report: a counselor's round, a client's, then the floor. */
    private static final List<String> ORDER =
            List.of(
                    "sign-in page",
                    "sign in",
                    "counselor home",
                    "calendar week",
                    "calendar week events",
                    "client search",
                    "client chart",
                    "couple chart",
                    "notes to write",
                    "open note",
                    "autosave note",
                    "appointment + before-session",
                    "portal home",
                    "homework task",
                    "homework answer",
                    "check-in",
                    "check-in submit",
                    "history",
                    "static");

    private BenchSummary() {}

    record Row(
            String name, long count, long errors, double perSecond, Long p50, Long p95, Long p99) {}

    public static void main(String[] args) throws IOException {
        Path results = Path.of(args.length > 0 ? args[0] : "target/gatling");
        Path output = Path.of(args.length > 1 ? args[1] : "target/bench-summary.md");
        Path settings =
                Path.of(args.length > 2 ? args[2] : results.resolve("last-run.txt").toString());

        List<Path> runs = runs(results);
        Path run =
                Files.isRegularFile(results.resolve("index.html"))
                        ? results
                        : runs.stream().findFirst().orElse(null);
        if (run == null) {
            System.err.println(
                    "No Gatling report (index.html) in " + results + ": run the benchmark first.");
            System.exit(1);
        }
        Document report = Jsoup.parse(run.resolve("index.html").toFile(), "UTF-8");
        Map<String, Integer> columns = columns(report);
        Row all =
                row(
                        report.selectFirst("#container_statistics_head tr#ROOT"),
                        columns,
                        "All requests");
        List<Row> rows = new ArrayList<>();
        for (Element tr : report.select("#container_statistics_body tr[id]")) {
            Element name = tr.selectFirst(".ellipsed-name");
            rows.add(row(tr, columns, name == null ? tr.id() : name.text()));
        }
        rows.sort(
                Comparator.comparingInt(
                        r -> ORDER.contains(r.name()) ? ORDER.indexOf(r.name()) : ORDER.size()));

        String markdown =
                markdown(run.getFileName().toString(), describedBy(settings, run, runs), all, rows);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, markdown);
        System.out.println(markdown);
        System.out.println("Wrote " + output);
    }

    static String markdown(String runName, Optional<String> settings, Row all, List<Row> rows) {
        Long floor =
                rows.stream()
                        .filter(r -> r.name().equals("static"))
                        .map(Row::p95)
                        .findFirst()
                        .orElse(null);
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark summary\n\n");
        md.append("Run `")
                .append(runName)
                .append('`')
                .append(settings.map(s -> ": " + s).orElse(""))
                .append(".\n\n");
        md.append("- Requests: ").append(all.count()).append(", errors: ").append(all.errors());
        if (all.count() > 0) {
            md.append(String.format(Locale.ROOT, " (%.1f %%)", 100.0 * all.errors() / all.count()));
        }
        md.append('\n');
        md.append(
                String.format(
                        Locale.ROOT,
                        "- Throughput: %.1f requests per second (mean over the run, ramp-up included)%n",
                        all.perSecond()));
        md.append("- Static resource p95: ")
                .append(ms(floor))
                .append(" ms (the floor the pages are compared with)\n");
        md.append("- All requests: p50 ")
                .append(ms(all.p50()))
                .append(" ms, p95 ")
                .append(ms(all.p95()))
                .append(" ms, p99 ")
                .append(ms(all.p99()))
                .append(" ms\n\n");
        md.append("| request | count | errors | p50 ms | p95 ms | p99 ms | p95 ÷ static p95 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            md.append("| ")
                    .append(row.name())
                    .append(" | ")
                    .append(row.count())
                    .append(" | ")
                    .append(row.errors())
                    .append(" | ")
                    .append(ms(row.p50()))
                    .append(" | ")
                    .append(ms(row.p95()))
                    .append(" | ")
                    .append(ms(row.p99()))
                    .append(" | ")
                    .append(ratio(row.p95(), floor))
                    .append(" |\n");
        }
        md.append(
                        "\nPercentiles as Gatling's report computes them, over all of a request's responses. Errors are failed")
                .append(
                        " checks: a status other than expected, the sign-in form or an error page instead of the page,")
                .append(
                        " an Ajax error or redirect, an autosave that did not save. A static p95 under 1 ms counts as 1 ms.\n");
        return md.toString();
    }

    /** The runs in the results folder, newest first. */
    private static List<Path> runs(Path results) throws IOException {
        if (!Files.isDirectory(results)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(results)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("index.html")))
                    .sorted(Comparator.comparing(BenchSummary::reportTime).reversed())
                    .toList();
        }
    }

    /**
     * The settings the simulation wrote when it started, if they belong to this run: written before
     * its report, after the report before it.
     */
    private static Optional<String> describedBy(Path settings, Path run, List<Path> runs)
            throws IOException {
        if (!Files.isRegularFile(settings) || runs.isEmpty() || !runs.get(0).equals(run)) {
            return Optional.empty();
        }
        FileTime written = Files.getLastModifiedTime(settings);
        boolean beforeThisReport = written.compareTo(reportTime(run)) <= 0;
        boolean afterTheLastOne = runs.size() < 2 || written.compareTo(reportTime(runs.get(1))) > 0;
        return beforeThisReport && afterTheLastOne
                ? Optional.of(Files.readString(settings).strip())
                : Optional.empty();
    }

    private static FileTime reportTime(Path run) {
        try {
            return Files.getLastModifiedTime(run.resolve("index.html"));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Column heading → column number ("95th pct" → 10), from the statistics table's head. */
    private static Map<String, Integer> columns(Document report) {
        Map<String, Integer> columns = new HashMap<>();
        for (Element th : report.select("#container_statistics_head th[id^=col-]")) {
            columns.put(th.text().strip(), Integer.parseInt(th.id().substring("col-".length())));
        }
        for (String needed : List.of("Total", "KO", "Cnt/s", "50th pct", "95th pct", "99th pct")) {
            if (!columns.containsKey(needed)) {
                throw new IllegalStateException(
                        "The report's statistics table has no column \""
                                + needed
                                + "\" (a Gatling version with another report?). Columns: "
                                + columns.keySet());
            }
        }
        return columns;
    }

    private static Row row(Element tr, Map<String, Integer> columns, String name) {
        if (tr == null) {
            return new Row(name, 0, 0, 0, null, null, null);
        }
        return new Row(
                name,
                number(tr, columns, "Total").orElse(0.0).longValue(),
                number(tr, columns, "KO").orElse(0.0).longValue(),
                number(tr, columns, "Cnt/s").orElse(0.0),
                number(tr, columns, "50th pct").map(Double::longValue).orElse(null),
                number(tr, columns, "95th pct").map(Double::longValue).orElse(null),
                number(tr, columns, "99th pct").map(Double::longValue).orElse(null));
    }

    /** A cell's number; "-" (no value) is empty. */
    private static Optional<Double> number(
            Element tr, Map<String, Integer> columns, String column) {
        Element cell = tr.selectFirst("td.col-" + columns.get(column));
        if (cell == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(cell.text().strip().replace(",", "")));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static String ms(Long value) {
        return value == null ? "–" : value.toString();
    }

    private static String ratio(Long p95, Long floor) {
        return p95 == null || floor == null
                ? "–"
                : String.format(Locale.ROOT, "%.1f", p95 / (double) Math.max(1, floor));
    }
}
