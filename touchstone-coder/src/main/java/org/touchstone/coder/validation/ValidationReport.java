package org.touchstone.coder.validation;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a PETRARCH validation run (docs/CODER.md, "PETRARCH validation").
 *
 * @param recordsFile     the validation file
 * @param dictionaries    the dictionary files used, as a short description
 * @param recordsInFile   every record read from the file
 * @param recordsTotal    the records counted (included category, not marked {@code sentence="false"})
 * @param recordsMatched  counted records coded exactly as expected
 * @param codingsTotal    expected codings of the counted records: each event triple, each
 *                        "no events" and each expected refusal counts one
 * @param codingsMatched  expected codings met: event triples coded, "no events" with nothing
 *                        coded, refusals for the expected reason
 * @param codedTotal      triples the coder produced for the counted records
 * @param byCategory      counted and matched records per category, in the order of category names
 * @param skipped         records not counted and why
 * @param failures        each counted record not coded as expected, in file order
 */
public record ValidationReport(String recordsFile, String dictionaries, int recordsInFile, int recordsTotal,
                               int recordsMatched, int codingsTotal, int codingsMatched, int codedTotal,
                               Map<String, CategoryScore> byCategory, List<Skipped> skipped, List<Failure> failures) {

    public ValidationReport {
        byCategory = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byCategory));
        skipped = List.copyOf(skipped);
        failures = List.copyOf(failures);
    }

    /** Share of counted records matched, 0..1. */
    public double recordsShare() {
        return recordsTotal == 0 ? 0 : (double) recordsMatched / recordsTotal;
    }

    /** Records and matched records of one category. */
    public record CategoryScore(int records, int matched) {
    }

    /** A record not counted: its id, category, line and the reason. */
    public record Skipped(String id, String category, long line, String reason) {
    }

    /**
     * A counted record coded otherwise than expected.
     *
     * @param expected "SRC TGT CODE" triples, "no events" or "error: reason"
     * @param actual   the triples coded, or "refused: reason", or nothing
     */
    public record Failure(String id, String category, long line, String text, List<String> expected,
                          List<String> actual) {
        public Failure {
            expected = List.copyOf(expected);
            actual = List.copyOf(actual);
        }
    }
}
