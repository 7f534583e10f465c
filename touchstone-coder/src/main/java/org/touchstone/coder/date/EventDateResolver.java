package org.touchstone.coder.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;

/**
 * The date of a sentence's events, from the document date and the first date expression in the
 * sentence: "on Tuesday", "last Tuesday", "on June 28", "28 June", "in February", "yesterday",
 * "last week", "this year", and a time counted from the previous sentence's ("two days later", "the next day").
 * Never after the document date; the document date when the sentence
 * says nothing (or only something vaguer than the document date, such as "this year").
 */
public final class EventDateResolver {
    private static final Map<String, DayOfWeek> DAYS = new HashMap<>();
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (DayOfWeek d : DayOfWeek.values()) {
            DAYS.put(d.name().toLowerCase(Locale.ROOT), d);
        }
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            MONTHS.put(name, m);
            MONTHS.put(name.substring(0, 3), m);
            MONTHS.put(name.substring(0, 3) + ".", m);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
        MONTHS.put("sept.", Month.SEPTEMBER);
        MONTHS.remove("may."); // "may" alone is a modal verb far more often than the month
    }

    /**
     * Every word {@link #counted} or {@link #at} can find a date at (besides numbers): most tokens are none of them, and
     * one bit test passes them by instead of the dozen string comparisons and two map look-ups each would cost.
     */
    private static final WordSet DATE_WORDS = WordSet.of(Stream.concat(
            Stream.of("yesterday", "today", "tonight", "week", "weeks", "month", "year", "day", "days",
                    "later", "earlier"),
            Stream.concat(DAYS.keySet().stream(), MONTHS.keySet().stream())).toArray(String[]::new));

    public LocalDate resolve(Sentence s, LocalDate documentDate) {
        LocalDate named = named(s, documentDate, null);
        return named != null ? named : documentDate;
    }

    /**
     * The date the sentence names for its events, capped at the document date, or null when it names none (or only one
     * to come): the first date expression, or a time counted from {@code previous} ("Two days later", "The next day", "a
     * week earlier"), the date the document last named (null: none, and such a count says nothing).
     */
    public LocalDate named(Sentence s, LocalDate documentDate, LocalDate previous) {
        for (int i = 0; i < s.size(); i++) {
            if (!DATE_WORDS.contains(s.token(i)) && !(!s.lower(i).isEmpty() && Character.isDigit(s.lower(i).charAt(0)))) {
                continue;
            }
            LocalDate d = previous == null ? null : counted(s, i, previous);
            d = d != null ? d : at(s, i, documentDate);
            if (d != null) {
                if (pastALimit(s, i)) {
                    continue; // "any presence beyond August 31 would ...": a deadline, never the day of the news
                }
                if (inFutureClause(s, i)) {
                    if (startsTheAct(s, i)) {
                        continue; // "would impose a tariff from August 1": when the act will begin, not the news
                    }
                    if (yearlessMonth(s, i) && d.plusYears(1).isAfter(documentDate)) {
                        return null; // "will visit China in April": a date to come, not last year's
                    }
                }
                return d.isAfter(documentDate) ? documentDate : d;
            }
        }
        return null;
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.of("a", 1, "an", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "six", 6, "seven", 7, "ten", 10);
    private static final WordSet FOLLOWING = WordSet.of("next", "following");
    private static final WordSet PREVIOUS = WordSet.of("previous", "preceding");

    /**
     * A time counted from the previous sentence's events at {@code i}: "two days later", "a week earlier" (at "later" or
     * "earlier"), "the next day", "the following week", "the previous day" (at "day" or "week"); else null.
     */
    private static LocalDate counted(Sentence s, int i, LocalDate previous) {
        String w = s.lower(i);
        if ((w.equals("later") || w.equals("earlier")) && i >= 2) {
            int days = unitDays(s.lower(i - 1));
            String n = s.lower(i - 2);
            long count = NUMBER_WORDS.containsKey(n) ? NUMBER_WORDS.get(n) : Words.count(n);
            if (days < 0 || count < 1 || count > 366) {
                return null;
            }
            return w.equals("later") ? previous.plusDays(days * count) : previous.minusDays(days * count);
        }
        int days = unitDays(w);
        if ((days == 1 || days == 7) && i >= 2 && s.lower(i - 2).equals("the")) { // "next week" alone is to come
            if (FOLLOWING.contains(s.token(i - 1))) {
                return previous.plusDays(days);
            }
            if (PREVIOUS.contains(s.token(i - 1))) {
                return previous.minusDays(days);
            }
        }
        return null;
    }

    /** Days in "day(s)" or "week(s)"; -1 for any other word. */
    private static int unitDays(String w) {
        return w.equals("day") || w.equals("days") ? 1 : w.equals("week") || w.equals("weeks") ? 7 : -1;
    }

    /** Words that open the starting point or deadline of an act ("from August 1", "starting on 1 August", "as of June"). */
    private static final WordSet STARTS = WordSet.of("from", "starting", "beginning", "effective", "until", "till", "by", "of");

    /** Words that put a date as a limit passed: "beyond August 31", "past the March 1 deadline". */
    private static final WordSet LIMITS = WordSet.of("beyond", "past");

    /** The date expression at {@code i} is a limit after "beyond" or "past" (a day number or "the" between). */
    private static boolean pastALimit(Sentence s, int i) {
        int k = i > 0 && isDayNumber(s.lower(i - 1)) && MONTHS.containsKey(s.lower(i)) ? i - 2 : i - 1;
        if (k >= 0 && s.lower(k).equals("the")) {
            k--;
        }
        return k >= 0 && LIMITS.contains(s.token(k));
    }

    /** A modal of the future (will, would, shall, 'll) before the date expression in the sentence. */
    private static boolean inFutureClause(Sentence s, int i) {
        for (int k = 0; k < i; k++) {
            String w = s.lower(k);
            if (w.equals("will") || w.equals("would") || w.equals("shall") || w.equals("'ll") || w.equals("wo")) {
                return true;
            }
        }
        return false;
    }

    /** The date expression at {@code i} (a month, a day of it, a weekday) is introduced by "from", "starting", "as of", "by". */
    private static boolean startsTheAct(Sentence s, int i) {
        int start = i > 0 && isDayNumber(s.lower(i - 1)) && MONTHS.containsKey(s.lower(i)) ? i - 1 : i;
        int k = start - 1;
        if (k >= 0 && (s.lower(k).equals("on") || s.lower(k).equals("in"))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        String w = s.lower(k);
        if (w.equals("of")) {
            return k > 0 && s.lower(k - 1).equals("as");
        }
        return STARTS.contains(w);
    }

    /** A month named without a year ("August 1", "1 August", "in April"). */
    private static boolean yearlessMonth(Sentence s, int i) {
        return MONTHS.containsKey(s.lower(i)) && s.token(i).isCapitalized()
                && yearAfter(s, i + 1, null) == null && yearAfter(s, i + 2, null) == null;
    }

    private LocalDate at(Sentence s, int i, LocalDate doc) {
        String w = s.lower(i);
        String prev = i > 0 ? s.lower(i - 1) : "";
        String next = i + 1 < s.size() ? s.lower(i + 1) : "";
        switch (w) {
            case "yesterday":
                return doc.minusDays(1);
            case "today":
            case "tonight":
                return doc;
            default:
                break;
        }
        if (prev.equals("last") || prev.equals("past")) {
            switch (w) {
                case "week":
                    return doc.minusWeeks(1);
                case "month":
                    return doc.minusMonths(1).withDayOfMonth(1);
                case "year":
                    return doc.minusYears(1).withDayOfYear(1);
                default:
                    break;
            }
        }
        if (prev.equals("next") && (w.equals("week") || w.equals("month") || w.equals("year"))) {
            return doc;
        }
        DayOfWeek day = DAYS.get(w);
        if (day != null && s.token(i).isCapitalized()) {
            if (prev.equals("last")) {
                return doc.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
            }
            if (prev.equals("next") || prev.equals("this") && doc.getDayOfWeek().compareTo(day) < 0) {
                return doc; // future: capped at the document date
            }
            return doc.with(TemporalAdjusters.previousOrSame(day));
        }
        Month month = MONTHS.get(w);
        if (month != null && s.token(i).isCapitalized() && !(w.equals("may") && !isDayNumber(next))) {
            if (isDayNumber(next)) {
                return dated(doc, month, Integer.parseInt(next.replaceAll("\\D", "")), yearAfter(s, i + 2, doc));
            }
            if (i > 0 && isDayNumber(prev)) {
                return dated(doc, month, Integer.parseInt(prev.replaceAll("\\D", "")), yearAfter(s, i + 1, doc));
            }
            if (prev.equals("in") || prev.equals("since") || prev.equals("early") || prev.equals("late")
                    || prev.equals("mid") || prev.equals("last") || prev.equals("this")) {
                Integer year = yearAfter(s, i + 1, doc);
                int y = year != null ? year : (month.getValue() <= doc.getMonthValue() ? doc.getYear() : doc.getYear() - 1);
                LocalDate first = LocalDate.of(y, month, 1);
                return first.getYear() == doc.getYear() && month == doc.getMonth() ? doc : first;
            }
        }
        if (w.length() == 10 && Character.isDigit(w.charAt(0)) && w.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(w);
            } catch (RuntimeException e) {
                return null;
            }
        }
        if (prev.equals("in") && w.length() == 4 && Character.isDigit(w.charAt(0)) && w.matches("(19|20)\\d\\d") && Integer.parseInt(w) < doc.getYear()) {
            return LocalDate.of(Integer.parseInt(w), 1, 1);
        }
        return null;
    }

    private static boolean isDayNumber(String t) {
        if (t.isEmpty() || !Character.isDigit(t.charAt(0))) {
            return false;
        }
        String digits = t.replaceAll("(st|nd|rd|th)$", "");
        if (!digits.matches("\\d{1,2}")) {
            return false;
        }
        int d = Integer.parseInt(digits);
        return d >= 1 && d <= 31;
    }

    private static Integer yearAfter(Sentence s, int i, LocalDate doc) {
        int k = i < s.size() && s.lower(i).equals(",") ? i + 1 : i;
        if (k < s.size() && s.lower(k).length() == 4 && s.lower(k).matches("(19|20)\\d\\d")) {
            return Integer.parseInt(s.lower(k));
        }
        return null;
    }

    private static LocalDate dated(LocalDate doc, Month month, int day, Integer year) {
        int y = year != null ? year : doc.getYear();
        try {
            LocalDate d = LocalDate.of(y, month, Math.min(day, month.length(java.time.Year.isLeap(y))));
            if (year == null && d.isAfter(doc)) {
                d = d.minusYears(1);
            }
            return d;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
