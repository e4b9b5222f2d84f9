package org.rapport.perf;

/**
 * How much a generated practice holds. {@code full} is five busy years of a fifty-counselor
 * practice.
 */
record Sizes(
        String name,
        int counselors,
        int clients,
        int couples,
        int appointments,
        int notes,
        int tasks,
        int checkins,
        int audit) {

    static Sizes named(String name) {
        return switch (name) {
            case "full" -> scaled(name, 1.0);
            case "medium" -> scaled(name, 0.1);
            case "small" -> scaled(name, 0.01);
            default ->
                    throw new IllegalArgumentException(
                            "--size must be full, medium or small, not '" + name + "'");
        };
    }

    private static Sizes scaled(String name, double scale) {
        return new Sizes(
                name,
                Math.max(1, (int) Math.round(50 * scale)),
                Math.max(20, (int) Math.round(5_000 * scale)),
                Math.max(3, (int) Math.round(1_000 * scale)),
                (int) Math.round(300_000 * scale),
                (int) Math.round(250_000 * scale),
                (int) Math.round(400_000 * scale),
                (int) Math.round(50_000 * scale),
                (int) Math.round(1_000_000 * scale));
    }
}
