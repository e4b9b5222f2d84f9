package org.rapport.checkins;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A severity band of a measure: totals from {@code lowest} up to the next band's lowest. PHQ-9: 0
 * minimal, 5 mild, 10 moderate, 15 moderately severe, 20 severe (Kroenke, Spitzer &amp; Williams
 * 2001); GAD-7: 0 minimal, 5 mild, 10 moderate, 15 severe (Spitzer et al. 2006).
 */
public record Band(double lowest, String label, int rank) implements Serializable {

    /** Parses "0:Minimal;5:Mild;…" (ascending); empty for null or blank. */
    static List<Band> parse(String text) {
        List<Band> bands = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return bands;
        }
        for (String part : text.split(";")) {
            int colon = part.indexOf(':');
            bands.add(
                    new Band(
                            Double.parseDouble(part.substring(0, colon).strip()),
                            part.substring(colon + 1).strip(),
                            bands.size()));
        }
        return bands;
    }

    /**
     * The band a total falls in: the last whose lowest it reaches (a prorated 9.6 is still mild).
     */
    static Band of(List<Band> bands, Double total) {
        if (total == null || bands.isEmpty()) {
            return null;
        }
        Band found = bands.get(0);
        for (Band band : bands) {
            if (total >= band.lowest()) {
                found = band;
            }
        }
        return found;
    }
}
