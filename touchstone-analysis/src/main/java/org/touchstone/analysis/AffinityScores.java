package org.touchstone.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;

/**
 * How alike countries vote in the UN General Assembly: the question behind {@code touchstone
 * affinity}. The measures are defined once, in affinity.sql; this class checks what is asked,
 * names the countries and orders the answer.
 */
public final class AffinityScores {
    private static final NamedSql AFFINITY = NamedSql.load(AffinityScores.class, "affinity.sql");
    private static final NamedSql ISSUES = NamedSql.load(AffinityScores.class, "unvote-issues.sql");

    /** An issue of the data: its name, its short name and how many roll calls it has. */
    public record Issue(String issue, String shortName, long rollCalls) {
    }

    private final Store store;

    public AffinityScores(Store store) {
        this.store = store;
    }

    /** Affinity of two countries. */
    public AffinityResult pair(String a, String b, AffinityRequest request) {
        return matrix(List.of(a, b), request);
    }

    /** Affinity of every pair of the countries (the upper triangle of the matrix, in the order given). */
    public AffinityResult matrix(List<String> asked, AffinityRequest request) {
        UnVoteCountries known = new UnVoteCountries(store);
        List<UnVoteCountry> withVotes = known.withVotes();
        if (withVotes.isEmpty()) {
            throw new IllegalArgumentException("the store holds no UN votes: load them with 'touchstone unvotes ingest DIR'");
        }
        List<UnVoteCountry> countries = resolveAll(known, asked);
        checkYears(request, withVotes);
        String issue = request.issue() == null ? null : resolveIssue(request.issue());

        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < countries.size(); i++) {
            position.put(countries.get(i).countryCode(), i);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("countries", countries.stream().map(UnVoteCountry::countryCode).collect(Collectors.joining(",")));
        parameters.put("by_year", request.byYear());
        parameters.put("from_year", request.fromYear());
        parameters.put("to_year", request.toYear());
        parameters.put("issue", issue);

        List<PairValues> rows = new ArrayList<>();
        try (PreparedStatement st = AFFINITY.prepare(store.connection(), parameters);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                int i = position.get(rs.getString("country_a"));
                int j = position.get(rs.getString("country_b"));
                Map<AffinityMeasure, Double> measures = Map.of(
                        AffinityMeasure.AGREE, rs.getDouble("agree"),
                        AffinityMeasure.S, rs.getDouble("s"),
                        AffinityMeasure.KAPPA, nullableDouble(rs, "kappa", Double.NaN));
                // the SQL pairs countries by data code; the answer follows the order asked
                rows.add(new PairValues(UnVoteCountries.nullableInt(rs, "year"), Math.min(i, j), Math.max(i, j),
                        rs.getLong("votes"), measures));
            }
        } catch (SQLException e) {
            throw new StoreException("affinity query failed: " + e.getMessage(), e);
        }
        rows.sort(Comparator.comparing(PairValues::year, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(PairValues::first).thenComparing(PairValues::second));

        List<AffinityValue> values = new ArrayList<>();
        for (PairValues row : rows) {
            for (AffinityMeasure measure : request.measures()) {
                double value = row.measures().get(measure);
                values.add(new AffinityValue(row.year(), countries.get(row.first()).label(),
                        countries.get(row.second()).label(), measure.label(), Double.isNaN(value) ? null : value,
                        row.votes(), issue));
            }
        }
        String emptyReason = values.isEmpty() ? emptyReason(countries, request, issue) : null;
        return new AffinityResult(countries, issue, values, emptyReason);
    }

    /** The issues of the data, by name. */
    public List<Issue> issues() {
        List<Issue> issues = new ArrayList<>();
        try (PreparedStatement st = ISSUES.prepare(store.connection(), Map.of());
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                issues.add(new Issue(rs.getString("issue"), rs.getString("short_name"), rs.getLong("roll_calls")));
            }
        } catch (SQLException e) {
            throw new StoreException("UN issues query failed: " + e.getMessage(), e);
        }
        return issues;
    }

    private record PairValues(Integer year, int first, int second, long votes, Map<AffinityMeasure, Double> measures) {
    }

    private static List<UnVoteCountry> resolveAll(UnVoteCountries known, List<String> asked) {
        List<UnVoteCountry> countries = new ArrayList<>();
        for (String code : asked) {
            UnVoteCountry country = known.resolve(code);
            for (int i = 0; i < countries.size(); i++) {
                if (countries.get(i).equals(country)) {
                    throw new IllegalArgumentException("'" + asked.get(i) + "' and '" + code + "' are the same country: "
                            + country.describe());
                }
            }
            countries.add(country);
        }
        if (countries.size() < 2) {
            throw new IllegalArgumentException("affinity needs at least two countries, got " + countries.size());
        }
        return countries;
    }

    private static void checkYears(AffinityRequest request, List<UnVoteCountry> withVotes) {
        int first = withVotes.stream().mapToInt(UnVoteCountry::firstYear).min().orElseThrow();
        int last = withVotes.stream().mapToInt(UnVoteCountry::lastYear).max().orElseThrow();
        for (Integer year : new Integer[] {request.fromYear(), request.toYear()}) {
            if (year != null && (year < first || year > last)) {
                throw new IllegalArgumentException("year " + year + " is outside the UN votes in the store ("
                        + first + "-" + last + ")");
            }
        }
    }

    private String resolveIssue(String asked) {
        List<Issue> issues = issues();
        String wanted = asked.trim().toLowerCase(Locale.ROOT);
        for (Issue issue : issues) {
            if (issue.issue().toLowerCase(Locale.ROOT).equals(wanted) || issue.shortName().toLowerCase(Locale.ROOT).equals(wanted)) {
                return issue.issue();
            }
        }
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("unknown issue '" + asked + "': the store holds no roll call issues"
                    + " (un_roll_call_issues.csv was not loaded)");
        }
        throw new IllegalArgumentException("unknown issue '" + asked + "'; the data's issues are: "
                + issues.stream().map(i -> i.issue() + " (" + i.shortName() + ")").collect(Collectors.joining(", ")));
    }

    private static String emptyReason(List<UnVoteCountry> countries, AffinityRequest request, String issue) {
        String who = countries.size() == 2
                ? "both " + countries.get(0).label() + " and " + countries.get(1).label()
                : "any two of " + countries.stream().map(UnVoteCountry::label).collect(Collectors.joining(", "));
        return "no roll call that " + who + " voted on" + (issue == null ? "" : " about " + issue)
                + request.yearsText() + " (" + countries.stream().map(UnVoteCountry::describe).collect(Collectors.joining("; "))
                + ")";
    }

    private static double nullableDouble(ResultSet rs, String column, double whenNull) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? whenNull : value;
    }
}
