package org.touchstone.coder.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people and feeds write them: "2022-02-04", "February 4, 2022", "4 Feb 2022",
 * "Fri, 04 Feb 2022 10:00:00 GMT". The calendar date is taken as written, never shifted to another
 * time zone, so the same input always gives the same date.
 */
final class DateExpressions {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH_NAME = "(January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";

    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH_NAME + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    /** RFC 822 as found in RSS: two-digit years occur in old feeds. */
    private static final Pattern RFC822 = Pattern.compile(
            "^\\s*(?:[A-Za-z]{3,9},?\\s*)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{2}|\\d{4})\\b");

    /** A way of writing a date in running text, and the date of one of its matches (null when no valid date). */
    private record WrittenForm(Pattern pattern, Function<Matcher, LocalDate> date) {
    }

    private static final List<WrittenForm> WRITTEN_FORMS = List.of(
            new WrittenForm(ISO, m -> date(m.group(1), m.group(2), m.group(3))),
            new WrittenForm(MONTH_DAY_YEAR, m -> date(m.group(3), monthNumber(m.group(1)), m.group(2))),
            new WrittenForm(DAY_MONTH_YEAR, m -> date(m.group(3), monthNumber(m.group(2)), m.group(1))));

    private DateExpressions() {
    }

    /**
     * The first date written in the text (ISO, "Month D, YYYY" or "D Month YYYY"), or null; where two forms start at
     * the same place, the one listed first.
     */
    static LocalDate findIn(String text) {
        LocalDate best = null;
        int bestStart = Integer.MAX_VALUE;
        for (WrittenForm form : WRITTEN_FORMS) {
            Matcher m = form.pattern().matcher(text);
            while (m.find() && m.start() < bestStart) {
                LocalDate date = form.date().apply(m);
                if (date != null) {
                    best = date;
                    bestStart = m.start();
                    break;
                }
            }
        }
        return best;
    }

    /**
     * A timestamp from a feed or a meta tag: ISO 8601 (date, date-time, with or without offset) or
     * RFC 822. Null when it is neither.
     */
    static LocalDate parseTimestamp(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        Matcher iso = ISO.matcher(text);
        if (iso.lookingAt()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher rfc = RFC822.matcher(text);
        if (rfc.lookingAt()) {
            String year = rfc.group(3);
            if (year.length() == 2) {
                int yy = Integer.parseInt(year);
                year = Integer.toString(yy < 50 ? 2000 + yy : 1900 + yy);
            }
            return date(year, monthNumber(rfc.group(2)), rfc.group(1));
        }
        return findIn(text);
    }

    /** YYYYMMDD, as PETRARCH records write it; null when not a valid date. */
    static LocalDate parseCompact(String value) {
        if (value == null || !value.strip().matches("\\d{8}")) {
            return null;
        }
        String v = value.strip();
        return date(v.substring(0, 4), v.substring(4, 6), v.substring(6, 8));
    }

    private static String monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer month = MONTHS.get(key);
        if (month == null && key.length() > 3) {
            month = MONTHS.get(key.substring(0, 3));
        }
        return month == null ? null : month.toString();
    }

    private static LocalDate date(String year, String month, String day) {
        if (year == null || month == null || day == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
