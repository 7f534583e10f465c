package org.touchstone.app.report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.Period;
import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;

/**
 * Fetches the events and statements behind the report's numbers. The questions themselves return
 * their numbers (and some of their evidence); these queries list, for a number the question gives
 * without its rows, the strongest few rows it rests on, selected the way the question selects them.
 */
final class EvidenceQueries {
    private static final NamedSql DYAD = NamedSql.load(EvidenceQueries.class, "dyad-evidence.sql");
    private static final NamedSql STANCES = NamedSql.load(EvidenceQueries.class, "stance-evidence.sql");

    /** The items shown for one number and how many rows the number rests on. */
    record Group(List<EvidenceItem> items, long total) {
    }

    private final Store store;

    EvidenceQueries(Store store) {
        this.store = store;
    }

    /**
     * Events between a and b (only a toward b when {@code directed}), per period start: the
     * {@code perPeriod} with the largest absolute Goldstein value.
     */
    Map<LocalDate, Group> dyadEvents(String a, String b, boolean directed, boolean withGoldstein, DateRange range,
                                     Period by, int perPeriod) {
        Map<String, Object> p = new HashMap<>();
        p.put("a", a);
        p.put("b", b);
        p.put("directed", directed);
        p.put("with_goldstein", withGoldstein);
        p.put("from", range.from());
        p.put("to", range.to());
        p.put("period", by.sqlName());
        p.put("per_period", perPeriod);
        Map<LocalDate, List<EvidenceItem>> items = new LinkedHashMap<>();
        Map<LocalDate, Long> totals = new HashMap<>();
        try (PreparedStatement st = DYAD.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                LocalDate start = rs.getObject("period_start", LocalDate.class);
                items.computeIfAbsent(start, k -> new ArrayList<>()).add(event(rs));
                totals.put(start, rs.getLong("period_events"));
            }
        } catch (SQLException e) {
            throw new StoreException("report evidence query failed: " + e.getMessage(), e);
        }
        Map<LocalDate, Group> groups = new LinkedHashMap<>();
        items.forEach((start, list) -> groups.put(start, new Group(list, totals.get(start))));
        return groups;
    }

    /**
     * The words of a and b about each third party: per third party and side ("a" or "b"), the
     * {@code perSide} verbal events and statements with the largest absolute Goldstein value.
     */
    Map<String, Map<String, Group>> stances(String a, String b, DateRange range, int perSide) {
        Map<String, Object> p = new HashMap<>();
        p.put("a", a);
        p.put("b", b);
        p.put("from", range.from());
        p.put("to", range.to());
        p.put("per_side", perSide);
        Map<String, Map<String, List<EvidenceItem>>> items = new LinkedHashMap<>();
        Map<String, Long> totals = new HashMap<>();
        try (PreparedStatement st = STANCES.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String third = rs.getString("third");
                String side = rs.getString("side");
                EvidenceItem item = "statement".equals(rs.getString("kind")) ? statement(rs) : event(rs);
                items.computeIfAbsent(third, k -> new LinkedHashMap<>()).computeIfAbsent(side, k -> new ArrayList<>())
                        .add(item);
                totals.put(third + "|" + side, rs.getLong("side_total"));
            }
        } catch (SQLException e) {
            throw new StoreException("report evidence query failed: " + e.getMessage(), e);
        }
        Map<String, Map<String, Group>> groups = new LinkedHashMap<>();
        items.forEach((third, sides) -> sides.forEach((side, list) -> groups
                .computeIfAbsent(third, k -> new LinkedHashMap<>())
                .put(side, new Group(list, totals.get(third + "|" + side)))));
        return groups;
    }

    private static EvidenceItem event(ResultSet rs) throws SQLException {
        int sentence = rs.getInt("sentence_index");
        Integer sentenceIndex = rs.wasNull() ? null : sentence;
        double goldstein = rs.getDouble("goldstein");
        Double g = rs.wasNull() ? null : goldstein;
        return new EvidenceItem(false, rs.getObject("date", LocalDate.class), rs.getString("source_code"),
                rs.getString("target_code"), rs.getString("code"), g, null, null, rs.getString("doc_id"),
                sentenceIndex, rs.getString("provider"), rs.getString("url"), rs.getString("dataset"), rs.getString("event_id"));
    }

    private static EvidenceItem statement(ResultSet rs) throws SQLException {
        int sentence = rs.getInt("sentence_index");
        Integer sentenceIndex = rs.wasNull() ? null : sentence;
        double goldstein = rs.getDouble("goldstein");
        Double g = rs.wasNull() ? null : goldstein;
        return new EvidenceItem(true, rs.getObject("date", LocalDate.class), rs.getString("speaker"), rs.getString("about"),
                rs.getString("code"), g, rs.getString("audience"), rs.getString("quote"), rs.getString("doc_id"),
                sentenceIndex, rs.getString("provider"), rs.getString("url"), null, null);
    }
}
