package org.touchstone.data.cow;

import java.io.InputStream;

import org.touchstone.data.ReadResult;
import org.touchstone.data.UnknownDatasetFormatException;

/**
 * Reads the COW National Material Capabilities file (NMC 6.0 {@code NMC-60-abridged.csv} and
 * files with the same column names): one {@link NmcRecord} per state-year. Required columns:
 * {@code ccode}, {@code year}, {@code cinc}; read when present: {@code stateabb} and the six
 * components, where -9 means missing.
 */
public final class NmcReader extends HeaderCsvReader<NmcRecord> {
    /** COW's code for a missing component value. */
    private static final double MISSING = -9;

    private int stateAbb;
    private int ccode;
    private int year;
    private int cinc;
    private final int[] components = new int[6];

    public NmcReader(InputStream in, String fileName) {
        super(in, fileName);
    }

    @Override
    protected void columnsFound() throws UnknownDatasetFormatException {
        stateAbb = optional("stateabb");
        ccode = required("ccode");
        year = required("year");
        cinc = required("cinc");
        String[] names = {"milex", "milper", "irst", "pec", "tpop", "upop"};
        for (int i = 0; i < names.length; i++) {
            components[i] = optional(names[i]);
        }
    }

    @Override
    protected ReadResult<NmcRecord> record(long line) {
        Integer code = requiredInteger(ccode, 1, 9999);
        Integer y = requiredInteger(year, 1, 9999);
        Double share = requiredDecimal(cinc, 0, 1);
        Double[] values = new Double[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = component(components[i]);
        }
        if (problem() != null) {
            return reject(line, problem());
        }
        return accept(line, new NmcRecord(fields.text(stateAbb), code, y, values[0], values[1], values[2],
                values[3], values[4], values[5], share));
    }

    /** A component: null when empty or -9, else a number of at least 0. */
    private Double component(int column) {
        if (column < 0 || fields.isEmpty(column) || fields.decimal(column) == MISSING) {
            return null;
        }
        return optionalDecimal(column, 0, Double.MAX_VALUE);
    }
}
