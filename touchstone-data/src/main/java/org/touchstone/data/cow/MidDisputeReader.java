package org.touchstone.data.cow;

import java.io.InputStream;

import org.touchstone.data.ReadResult;
import org.touchstone.data.UnknownDatasetFormatException;

/**
 * Reads militarized interstate disputes: one {@link MidDispute} per line. Takes the dispute-level
 * MID 5 layout ({@code dispnum}, {@code styear}, {@code stmon}, {@code hostlev}, as in
 * {@code MIDA 5.0} and peacesciencer's {@code cow_mid_disps}) and the dyadic MID 4 layout
 * ({@code disno}, {@code strtyr}, {@code strtmnth}, {@code hihost}), whose dispute repeats on
 * several lines.
 */
public final class MidDisputeReader extends HeaderCsvReader<MidDispute> {
    private int number;
    private int startYear;
    private int startMonth;
    private int hostility;

    public MidDisputeReader(InputStream in, String fileName) {
        super(in, fileName);
    }

    @Override
    protected void columnsFound() throws UnknownDatasetFormatException {
        number = required("dispnum", "disno");
        startYear = required("styear", "strtyr");
        startMonth = optional("stmon", "strtmnth");
        hostility = required("hostlev", "hihost");
    }

    @Override
    protected ReadResult<MidDispute> record(long line) {
        Integer dispute = requiredInteger(number, 1, Integer.MAX_VALUE);
        Integer year = requiredInteger(startYear, 1, 9999);
        Integer month = optionalMonth();
        Integer level = requiredInteger(hostility, 1, MidDispute.WAR);
        if (problem() != null) {
            return reject(line, problem());
        }
        return accept(line, new MidDispute(dispute, year, month, level));
    }

    /** MID files write -9 for an unknown month; that reads as no month. */
    private Integer optionalMonth() {
        if (startMonth >= 0 && fields.integer(startMonth) == -9) {
            return null;
        }
        return optionalInteger(startMonth, 1, 12);
    }
}
