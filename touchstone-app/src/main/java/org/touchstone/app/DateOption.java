package org.touchstone.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;

/** Parses --from/--to dates (YYYY-MM-DD) with an error that says what a date looks like. */
final class DateOption implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new picocli.CommandLine.TypeConversionException(
                    "'" + value + "' is not a date (expected YYYY-MM-DD, e.g. 2019-10-24)");
        }
    }
}
