package org.touchstone.coder.petrarch;

import java.time.LocalDate;

/**
 * When an actor code applies, as written inside its brackets: {@code [USAGOV <010120]} (before the
 * date), {@code [USAGOV >010120]} (from the date on), {@code [USAGOV 010120-090120]} (between the
 * two dates). Dates are YYMMDD or YYYYMMDD; a two-digit year 00-30 is 20YY, 31-99 is 19YY (the
 * KEDS/TABARI convention PETRARCH keeps). How the boundary day itself is treated is the coder's
 * decision: these are the dates as written.
 *
 * @param kind what the dates mean
 * @param from the first date for AFTER and BETWEEN, null for BEFORE
 * @param to   the date for BEFORE and the last date for BETWEEN, null for AFTER
 */
public record DateRestriction(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind { BEFORE, AFTER, BETWEEN }
}
