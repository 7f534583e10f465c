package org.touchstone.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;

/**
 * The events and statements behind any point of a question's answer: a dyad's month, a speaker's
 * statements to one audience, a year of words toward a partner. Each item carries where it comes
 * from: the document, sentence and character span (with the sentence's text when the document's
 * text is stored), the provider and URL, or the dataset's file and line.
 */
public final class Evidence {
    /** The most items one page may hold. */
    public static final int MAX_LIMIT = 500;

    private static final NamedSql EVENTS = NamedSql.load(Evidence.class, "evidence-events.sql");
    private static final NamedSql STATEMENTS = NamedSql.load(Evidence.class, "evidence-statements.sql");
    private static final Pattern ROOT = Pattern.compile("\\d{2}");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** Finds the text of a sentence in a document, as the coder numbered its sentences. */
    @FunctionalInterface
    public interface Sentences {
        /** No sentence texts: items carry their span's text only. */
        Sentences NONE = (text, index) -> null;

        /** The text of sentence {@code index} (0-based) of {@code documentText}; null when there is none. */
        String sentence(String documentText, int index);
    }

    /**
     * Which items: of actor {@code a} with {@code b} (null: with anyone), in {@code range}, and
     * within one {@code period} of the series grouped {@code by} when a period is given.
     *
     * @param directed events only from a to b (statements are always a's)
     * @param period   a period label as the questions print it (2019, 2019-10, 2019-W43,
     *                 2019-10-24) or any day within the period; null for the whole range
     * @param verbal   events: true only verbal, false only material, null both
     * @param roots    only these CAMEO roots ("10", "11"); empty for all
     * @param audience statements: only those made to this audience ("domestic"); null for all
     */
    public record Filter(String a, String b, boolean directed, DateRange range, Period by, String period,
                         Boolean verbal, List<String> roots, String audience) {
        public Filter {
            range = range == null ? DateRange.ALL : range;
            roots = roots == null ? List.of() : List.copyOf(roots);
        }
    }

    /** One page of items and how many match in all. {@code from} and {@code to} are the dates looked at. */
    public record Page<T>(String kind, String a, String b, boolean directed, String by, String period,
                          LocalDate from, LocalDate to, long total, int limit, int offset, List<T> items) {
    }

    /** An event with its provenance. {@code file} and {@code line} locate a dataset's row. */
    public record EventItem(String dataset, String eventId, LocalDate date, String sourceCode, String sourceName,
                            String targetCode, String targetName, String code, int quadClass, Double goldstein,
                            Integer mentions, String url, String provider, String providerCountry, String title,
                            String docId, Integer sentenceIndex, Integer spanStart, Integer spanEnd, String spanText,
                            String sentence, List<String> dictionaryEntries, String file, Long line) {
    }

    /** An attributed statement with its provenance. */
    public record StatementItem(String docId, int sentenceIndex, int statementIndex, LocalDate date, String speaker,
                                List<String> targets, boolean named, String code, Double goldstein, String audience,
                                String quote, String url, String provider, String providerCountry, String title,
                                Integer spanStart, Integer spanEnd, String spanText, String sentence,
                                List<String> dictionaryEntries) {
    }

    private final Store store;
    private final Sentences sentences;

    public Evidence(Store store) {
        this(store, Sentences.NONE);
    }

    public Evidence(Store store, Sentences sentences) {
        this.store = store;
        this.sentences = sentences;
    }

    public Page<EventItem> events(Filter filter, int limit, int offset) {
        Map<String, Object> p = parameters(filter, limit, offset);
        p.put("directed", filter.directed());
        p.put("verbal", filter.verbal());
        List<EventItem> items = new ArrayList<>();
        long total;
        try (PreparedStatement st = EVENTS.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            total = 0;
            while (rs.next()) {
                total = rs.getLong("total");
                if (rs.getString("event_id") == null) {
                    continue;
                }
                String text = rs.getString("document_text");
                Integer sentenceIndex = nullableInt(rs, "sentence_index");
                Integer start = nullableInt(rs, "span_start");
                Integer end = nullableInt(rs, "span_end");
                long line = rs.getLong("line");
                Long lineNumber = rs.wasNull() ? null : line;
                items.add(new EventItem(rs.getString("dataset"), rs.getString("event_id"),
                        rs.getObject("date", LocalDate.class), rs.getString("source_code"),
                        rs.getString("source_name"), rs.getString("target_code"), rs.getString("target_name"),
                        rs.getString("code"), rs.getInt("quad_class"), DyadSeries.nullableDouble(rs, "goldstein"),
                        nullableInt(rs, "mentions"), rs.getString("url"), rs.getString("provider"),
                        rs.getString("provider_country"), rs.getString("title"), rs.getString("doc_id"),
                        sentenceIndex, start, end, spanText(text, start, end), sentence(text, sentenceIndex),
                        entries(rs.getString("dictionary_entries")), rs.getString("file"), lineNumber));
            }
        } catch (SQLException e) {
            throw new StoreException("evidence query failed: " + e.getMessage(), e);
        }
        return page("events", filter, p, total, items);
    }

    public Page<StatementItem> statements(Filter filter, int limit, int offset) {
        Map<String, Object> p = parameters(filter, limit, offset);
        p.put("audience", filter.audience() == null ? null : filter.audience().trim().toLowerCase(Locale.ROOT));
        List<StatementItem> items = new ArrayList<>();
        long total;
        try (PreparedStatement st = STATEMENTS.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            total = 0;
            while (rs.next()) {
                total = rs.getLong("total");
                if (rs.getString("doc_id") == null) {
                    continue;
                }
                String text = rs.getString("document_text");
                int sentenceIndex = rs.getInt("sentence_index");
                Integer start = nullableInt(rs, "span_start");
                Integer end = nullableInt(rs, "span_end");
                String targets = rs.getString("targets");
                items.add(new StatementItem(rs.getString("doc_id"), sentenceIndex, rs.getInt("statement_index"),
                        rs.getObject("date", LocalDate.class), rs.getString("speaker"), entries(targets),
                        rs.getBoolean("named"), rs.getString("code"), DyadSeries.nullableDouble(rs, "goldstein"),
                        rs.getString("audience"), rs.getString("quote"), rs.getString("url"),
                        rs.getString("provider"), rs.getString("provider_country"), rs.getString("title"), start, end,
                        spanText(text, start, end), sentence(text, sentenceIndex),
                        entries(rs.getString("dictionary_entries"))));
            }
        } catch (SQLException e) {
            throw new StoreException("evidence query failed: " + e.getMessage(), e);
        }
        return page("statements", filter, p, total, items);
    }

    /** The first and last day of the period {@code label} of a series grouped {@code by}. */
    public static DateRange periodRange(Period by, String label) {
        String text = label.trim();
        LocalDate start;
        try {
            start = switch (by) {
                case YEAR -> matching(YEAR, text) != null
                        ? LocalDate.of(Integer.parseInt(text), 1, 1) : LocalDate.parse(text).withDayOfYear(1);
                case MONTH -> {
                    Matcher m = matching(MONTH, text);
                    yield m != null ? YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atDay(1)
                            : LocalDate.parse(text).withDayOfMonth(1);
                }
                case WEEK -> {
                    Matcher m = matching(WEEK, text);
                    yield m != null ? isoWeekStart(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                            : LocalDate.parse(text).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                }
                case DAY -> LocalDate.parse(text);
            };
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("period '" + label + "' is not a " + by.sqlName() + " (e.g. "
                    + by.label(LocalDate.of(2019, 10, 24)) + ", or a day within it such as 2019-10-24)");
        }
        LocalDate end = switch (by) {
            case YEAR -> start.plusYears(1);
            case MONTH -> start.plusMonths(1);
            case WEEK -> start.plusWeeks(1);
            case DAY -> start.plusDays(1);
        };
        return new DateRange(start, end.minusDays(1));
    }

    private Map<String, Object> parameters(Filter filter, int limit, int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
        }
        for (String root : filter.roots()) {
            if (!ROOT.matcher(root).matches()) {
                throw new IllegalArgumentException("'" + root + "' is not a CAMEO root code (two digits, 01-20)");
            }
        }
        Map<String, Object> p = new HashMap<>();
        p.put("a", ActorCodes.requireKnown(store, filter.a(), "actor A"));
        p.put("b", filter.b() == null ? null : ActorCodes.requireKnown(store, filter.b(), "actor B"));
        DateRange range = dates(filter);
        p.put("from", range.from());
        p.put("to", range.to());
        p.put("roots", filter.roots().isEmpty() ? null : String.join(",", filter.roots()));
        p.put("limit", limit);
        p.put("offset", offset);
        return p;
    }

    /** The filter's range, narrowed to its period when it names one. */
    private static DateRange dates(Filter filter) {
        if (filter.period() == null) {
            return filter.range();
        }
        if (filter.by() == null) {
            throw new IllegalArgumentException("a period needs its unit: by day, week, month or year");
        }
        DateRange period = periodRange(filter.by(), filter.period());
        LocalDate from = later(period.from(), filter.range().from());
        LocalDate to = earlier(period.to(), filter.range().to());
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period " + filter.period() + " lies outside the range from "
                    + filter.range().from() + " to " + filter.range().to());
        }
        return new DateRange(from, to);
    }

    private static <T> Page<T> page(String kind, Filter filter, Map<String, Object> p, long total, List<T> items) {
        return new Page<>(kind, (String) p.get("a"), (String) p.get("b"), filter.directed(),
                filter.by() == null ? null : filter.by().sqlName(), filter.period(), (LocalDate) p.get("from"),
                (LocalDate) p.get("to"), total, (Integer) p.get("limit"), (Integer) p.get("offset"), items);
    }

    private String sentence(String documentText, Integer index) {
        if (documentText == null || index == null) {
            return null;
        }
        return sentences.sentence(documentText, index);
    }

    /** The characters of a span of the document; null when the span or the text is unknown or out of bounds. */
    private static String spanText(String documentText, Integer start, Integer end) {
        if (documentText == null || start == null || end == null || start < 0 || end > documentText.length()
                || start > end) {
            return null;
        }
        return documentText.substring(start, end);
    }

    /** "a | b" as a list; empty when null. */
    private static List<String> entries(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(" \\| ")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Matcher matching(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? m : null;
    }

    private static LocalDate isoWeekStart(int weekYear, int week) {
        LocalDate anyDay = LocalDate.of(weekYear, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week);
        if (anyDay.get(IsoFields.WEEK_BASED_YEAR) != weekYear) {
            throw new DateTimeException("no week " + week + " in " + weekYear);
        }
        return anyDay.with(DayOfWeek.MONDAY);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }
}
