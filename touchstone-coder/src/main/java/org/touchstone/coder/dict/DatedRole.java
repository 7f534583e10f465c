package org.touchstone.coder.dict;

import java.time.LocalDate;

/**
 * A person's office over a period: {@code RUSGOV 2012-05-07 .. ; head of state}. Both ends are
 * inclusive; {@code to} is null while the role is open.
 */
public record DatedRole(String code, LocalDate from, LocalDate to, String office) {
    public boolean holdsOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
