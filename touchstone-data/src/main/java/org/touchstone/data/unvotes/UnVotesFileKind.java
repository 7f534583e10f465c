package org.touchstone.data.unvotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four files of the UN General Assembly voting data (Voeten's data as the R package unvotes
 * publishes it), told apart by their names: un_countries*.csv, un_roll_calls*.csv,
 * un_roll_call_issues*.csv and un_votes*.csv (the votes may be split over several files),
 * optionally gzipped. Listed in the order they are loaded.
 */
public enum UnVotesFileKind {
    COUNTRIES("un_countries", List.of("country_code", "country")),
    ROLL_CALLS("un_roll_calls", List.of("rcid", "date")),
    ROLL_CALL_ISSUES("un_roll_call_issues", List.of("rcid", "short_name", "issue")),
    VOTES("un_votes", List.of("rcid", "year", "country_code", "vote"));

    private final String namePrefix;
    private final List<String> requiredColumns;

    UnVotesFileKind(String namePrefix, List<String> requiredColumns) {
        this.namePrefix = namePrefix;
        this.requiredColumns = requiredColumns;
    }

    /** Start of the file names of this kind. */
    public String namePrefix() {
        return namePrefix;
    }

    /** Columns the header must name; other columns are allowed and ignored. */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** The format name recorded in ingested_files: UN_COUNTRIES, UN_ROLL_CALLS, UN_ROLL_CALL_ISSUES, UN_VOTES. */
    public String formatName() {
        return "UN_" + name();
    }

    /** The kind a file name shows, or empty for a file that is none of the four. */
    public static Optional<UnVotesFileKind> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (!name.endsWith(".csv")) {
            return Optional.empty();
        }
        for (UnVotesFileKind kind : values()) {
            // "un_roll_call_issues" does not start with "un_roll_calls", so the order does not matter
            if (name.startsWith(kind.namePrefix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
