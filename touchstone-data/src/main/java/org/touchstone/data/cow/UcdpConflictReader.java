package org.touchstone.data.cow;

import java.io.InputStream;

import org.touchstone.data.ReadResult;
import org.touchstone.data.UnknownDatasetFormatException;

/**
 * Reads the UCDP/PRIO Armed Conflict Dataset (conflict-year layout, as UCDP publishes it or as
 * peacesciencer's {@code ucdp_acd} has it): one {@link UcdpConflictYear} per line. Required
 * columns: {@code conflict_id}, {@code year}; {@code intensity_level} and {@code type_of_conflict}
 * are read when present.
 */
public final class UcdpConflictReader extends HeaderCsvReader<UcdpConflictYear> {
    private int conflictId;
    private int year;
    private int intensity;
    private int type;

    public UcdpConflictReader(InputStream in, String fileName) {
        super(in, fileName);
    }

    @Override
    protected void columnsFound() throws UnknownDatasetFormatException {
        conflictId = required("conflict_id");
        year = required("year");
        intensity = optional("intensity_level");
        type = optional("type_of_conflict");
    }

    @Override
    protected ReadResult<UcdpConflictYear> record(long line) {
        Integer id = requiredInteger(conflictId, 1, Integer.MAX_VALUE);
        Integer y = requiredInteger(year, 1, 9999);
        Integer level = optionalInteger(intensity, 1, 2);
        if (problem() != null) {
            return reject(line, problem());
        }
        return accept(line, new UcdpConflictYear(id, y, level, fields.text(type)));
    }
}
