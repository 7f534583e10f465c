package org.touchstone.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;

/**
 * Words against deeds: the question behind {@code touchstone saydo A [B]}. Per period, the mean
 * Goldstein value of A's verbal events toward B against that of its material events, the gap
 * between them with a bootstrap 95% interval; and follow-through of intents and threats.
 */
public final class SayDo {
    public static final int DEFAULT_DAYS = 180;
    private static final NamedSql VALUES = NamedSql.load(SayDo.class, "saydo-values.sql");
    private static final NamedSql FOLLOW_THROUGH = NamedSql.load(SayDo.class, "follow-through.sql");

    /**
     * One period. {@code gap} = verbal mean − material mean: positive when words are friendlier
     * than deeds. Means, gap and interval are null where a side has no events.
     */
    public record SayDoPeriod(String period, LocalDate periodStart, Double verbalMean, Double materialMean,
                              Double gap, Double gapLow, Double gapHigh, int verbalN, int materialN) {
    }

    /** An event named as evidence: enough to find it and the sentence or row behind it. */
    public record EventRef(String dataset, String eventId, LocalDate date, String code, String source,
                           String target, String url, String docId, Integer sentenceIndex) {
    }

    /** A cue (intent or threat) and the first deed that followed it, or null when none did. */
    public record FollowPair(EventRef cue, EventRef deed) {
    }

    public record FollowThrough(int intents, int intentsFollowed, Double intentShare,
                                int threats, int threatsFollowed, Double threatShare,
                                int days, List<FollowPair> pairs) {
    }

    public record Result(String a, String b, String by, List<SayDoPeriod> periods, FollowThrough followThrough) {
    }

    private final Store store;

    public SayDo(Store store) {
        this.store = store;
    }

    /** @param b the target, or null for A's events toward anyone */
    public Result run(String a, String b, DateRange range, Period by, int days) {
        String source = ActorCodes.requireKnown(store, a, "actor A");
        String target = b == null ? null : ActorCodes.requireKnown(store, b, "actor B");
        if (days < 1 || days > 3_650) {
            throw new IllegalArgumentException("the follow-through window must be 1-3650 days, was " + days);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("a", source);
        p.put("b", target);
        p.put("from", range.from());
        p.put("to", range.to());
        p.put("period", by.sqlName());
        try {
            List<SayDoPeriod> periods = periods(p, by);
            p.put("days", days);
            List<FollowPair> intents = pairs(p, "03", "06,07,08");
            List<FollowPair> threats = pairs(p, "13", "15,16,17,18,19,20");
            int intentsFollowed = followed(intents);
            int threatsFollowed = followed(threats);
            List<FollowPair> all = new ArrayList<>(intents);
            all.addAll(threats);
            FollowThrough follow = new FollowThrough(intents.size(), intentsFollowed, share(intentsFollowed, intents.size()),
                    threats.size(), threatsFollowed, share(threatsFollowed, threats.size()), days, all);
            return new Result(source, target, by.sqlName(), periods, follow);
        } catch (SQLException e) {
            throw new StoreException("saydo query failed: " + e.getMessage(), e);
        }
    }

    private List<SayDoPeriod> periods(Map<String, Object> p, Period by) throws SQLException {
        Map<LocalDate, double[][]> values = new LinkedHashMap<>();
        Map<LocalDate, int[]> counts = new LinkedHashMap<>();
        try (PreparedStatement st = VALUES.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                LocalDate start = rs.getObject("period_start", LocalDate.class);
                int side = rs.getBoolean("verbal") ? 0 : 1;
                double[][] v = values.computeIfAbsent(start, k -> new double[][] {new double[16], new double[16]});
                int[] n = counts.computeIfAbsent(start, k -> new int[2]);
                if (n[side] == v[side].length) {
                    v[side] = Arrays.copyOf(v[side], v[side].length * 2);
                }
                v[side][n[side]++] = rs.getDouble("goldstein");
            }
        }
        List<SayDoPeriod> periods = new ArrayList<>();
        for (Map.Entry<LocalDate, double[][]> e : values.entrySet()) {
            int[] n = counts.get(e.getKey());
            double[] verbal = Arrays.copyOf(e.getValue()[0], n[0]);
            double[] material = Arrays.copyOf(e.getValue()[1], n[1]);
            Double verbalMean = n[0] == 0 ? null : Bootstrap.mean(verbal, n[0]);
            Double materialMean = n[1] == 0 ? null : Bootstrap.mean(material, n[1]);
            Double gap = verbalMean == null || materialMean == null ? null : verbalMean - materialMean;
            Bootstrap.Interval interval = Bootstrap.differenceOfMeans(verbal, material);
            periods.add(new SayDoPeriod(by.label(e.getKey()), e.getKey(), verbalMean, materialMean, gap,
                    interval == null ? null : interval.low(), interval == null ? null : interval.high(), n[0], n[1]));
        }
        return periods;
    }

    private List<FollowPair> pairs(Map<String, Object> p, String cueRoots, String deedRoots) throws SQLException {
        Map<String, Object> q = new HashMap<>(p);
        q.put("cue_roots", cueRoots);
        q.put("deed_roots", deedRoots);
        List<FollowPair> pairs = new ArrayList<>();
        try (PreparedStatement st = FOLLOW_THROUGH.prepare(store.connection(), q); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                EventRef cue = eventRef(rs, "");
                EventRef deed = rs.getString("deed_event_id") == null ? null : eventRef(rs, "deed_");
                pairs.add(new FollowPair(cue, deed));
            }
        }
        return pairs;
    }

    static EventRef eventRef(ResultSet rs, String prefix) throws SQLException {
        int sentence = rs.getInt(prefix + "sentence_index");
        Integer sentenceIndex = rs.wasNull() ? null : sentence;
        return new EventRef(rs.getString(prefix + "dataset"), rs.getString(prefix + "event_id"),
                rs.getObject(prefix + "date", LocalDate.class), rs.getString(prefix + "code"),
                rs.getString(prefix + "source_code"), rs.getString(prefix + "target_code"),
                rs.getString(prefix + "url"), rs.getString(prefix + "doc_id"), sentenceIndex);
    }

    private static int followed(List<FollowPair> pairs) {
        return (int) pairs.stream().filter(pair -> pair.deed() != null).count();
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
