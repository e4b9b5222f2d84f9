package org.rapport.platform;

import java.io.Serializable;
import java.util.List;

/**
 * The first part of a longer list (a chart's appointments, notes or homework, latest first): what
 * is shown, and whether there is more. A page asks for a limit and offers "show older" when there
 * is more, so that a chart costs the same with five years of history as with five weeks.
 */
public record Slice<T>(List<T> items, boolean more) implements Serializable {

    /** How many a chart list shows at first. */
    public static final int FIRST = 20;

    /** How many more each "show older" adds. */
    public static final int MORE = 40;

    /**
     * The first {@code limit} of items already in order; more when there were more, or {@code
     * moreBeyond}.
     */
    public static <T> Slice<T> of(List<T> ordered, int limit, boolean moreBeyond) {
        return ordered.size() > limit
                ? new Slice<>(List.copyOf(ordered.subList(0, limit)), true)
                : new Slice<>(List.copyOf(ordered), moreBeyond);
    }

    public static <T> Slice<T> empty() {
        return new Slice<>(List.of(), false);
    }

    public List<T> getItems() {
        return items;
    }

    public boolean isMore() {
        return more;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }
}
