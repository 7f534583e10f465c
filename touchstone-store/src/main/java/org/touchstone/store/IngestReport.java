package org.touchstone.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * What ingesting one file did. {@code read} counts data lines (records plus rejected lines);
 * {@code duplicate} counts records already in the store (or repeated within the file);
 * {@code unmappedNames} counts names the reader kept as names because no code maps them
 * ("country: Kosovo" for ICEWS).
 */
public record IngestReport(Path file, String dataset, String format, boolean alreadyIngested,
                           long read, long stored, long duplicate, long rejected, Map<String, Long> unmappedNames) {

    public IngestReport {
        unmappedNames = unmappedNames == null ? Map.of() : Map.copyOf(unmappedNames);
    }

    static IngestReport skipped(Path file, String dataset, String format) {
        return new IngestReport(file, dataset, format, true, 0, 0, 0, 0, Map.of());
    }

    /** Adds another report's counts to this one's (for a summary over several files). */
    public IngestReport plus(IngestReport other) {
        return new IngestReport(null, null, null, alreadyIngested && other.alreadyIngested,
                read + other.read, stored + other.stored, duplicate + other.duplicate, rejected + other.rejected,
                Map.of());
    }

    public static IngestReport empty() {
        return new IngestReport(null, null, null, true, 0, 0, 0, 0, Map.of());
    }
}
