package org.touchstone.analysis;

/**
 * What one input file held: its years (for majors, from the first spell's start to the last
 * spell's end), the rows read and the lines rejected. Years are null for an empty or absent file.
 *
 * @param source "nmc", "majors", "mids" or "ucdp"
 * @param file   the file as given, or null when it was not given
 */
public record PolarityCoverage(String source, String file, Integer firstYear, Integer lastYear, long rows,
                               long rejected) {
}
