package org.touchstone.data.cow;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;

import org.touchstone.data.ReadResult;
import org.touchstone.data.UnknownDatasetFormatException;

/**
 * Reads COW's major-power list ({@code majors2016.csv}, {@code cow_majors.csv}): one
 * {@link MajorPowerSpell} per line. Required columns: {@code ccode}, {@code styear},
 * {@code endyear}; {@code stmonth}, {@code stday}, {@code endmonth}, {@code endday} are read when
 * present (a spell without them runs from 1 January of its first year to 31 December of its last).
 */
public final class MajorPowerReader extends HeaderCsvReader<MajorPowerSpell> {
    private int ccode;
    private int startYear;
    private int startMonth;
    private int startDay;
    private int endYear;
    private int endMonth;
    private int endDay;

    public MajorPowerReader(InputStream in, String fileName) {
        super(in, fileName);
    }

    @Override
    protected void columnsFound() throws UnknownDatasetFormatException {
        ccode = required("ccode");
        startYear = required("styear");
        startMonth = optional("stmonth");
        startDay = optional("stday");
        endYear = required("endyear");
        endMonth = optional("endmonth");
        endDay = optional("endday");
    }

    @Override
    protected ReadResult<MajorPowerSpell> record(long line) {
        Integer code = requiredInteger(ccode, 1, 9999);
        LocalDate start = date(startYear, startMonth, startDay, 1, 1);
        LocalDate end = date(endYear, endMonth, endDay, 12, 31);
        if (problem() == null && end.isBefore(start)) {
            noteProblem("spell ends " + end + " before it starts " + start);
        }
        if (problem() != null) {
            return reject(line, problem());
        }
        return accept(line, new MajorPowerSpell(code, start, end));
    }

    private LocalDate date(int yearColumn, int monthColumn, int dayColumn, int defaultMonth, int defaultDay) {
        Integer year = requiredInteger(yearColumn, 1, 9999);
        Integer month = optionalInteger(monthColumn, 1, 12);
        Integer day = optionalInteger(dayColumn, 1, 31);
        if (year == null || problem() != null) {
            return null;
        }
        int m = month == null ? defaultMonth : month;
        try {
            int d = day != null ? day : defaultDay == 31 ? LocalDate.of(year, m, 1).lengthOfMonth() : defaultDay;
            return LocalDate.of(year, m, d);
        } catch (DateTimeException e) {
            noteProblem("no such date " + year + "-" + m + "-" + day + " in " + columnName(yearColumn) + "/"
                    + columnName(monthColumn) + "/" + columnName(dayColumn));
            return null;
        }
    }
}
