package org.touchstone.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;

/**
 * Three readings of a partnership, the question behind {@code touchstone assess A B --third C}:
 * is it an alliance, a fragile marriage of convenience, or a community of like-minded views?
 * Each reading rests on three indicators, each with its value, interval, trend and the events
 * behind it; each indicator speaks for, against, or not clearly (rules in docs/METHODS.md), and
 * the summary says only what those verdicts support.
 */
public final class Partnership {
    private static final NamedSql DYAD = NamedSql.load(Partnership.class, "assess-dyad-events.sql");
    private static final NamedSql THIRD = NamedSql.load(Partnership.class, "assess-third.sql");
    private static final NamedSql ADVERSARIES = NamedSql.load(Partnership.class, "assess-adversaries.sql");
    private static final NamedSql JOINT = NamedSql.load(Partnership.class, "assess-joint.sql");
    private static final NamedSql RESTRAINT = NamedSql.load(Partnership.class, "assess-restraint.sql");
    private static final int EVIDENCE_SHOWN = 10;
    /** Below this many events between A and B no reading is judged. */
    public static final int MIN_EVENTS = 10;

    public enum Reading { ALLIANCE, CONVENIENCE, COMMUNITY }

    public enum Verdict { FOR, AGAINST, UNCLEAR }

    /**
     * One indicator. {@code trend} is the least-squares slope of the per-period values per period
     * (null with fewer than two periods); {@code low}/{@code high} a 95% interval where one applies.
     */
    public record Indicator(Reading reading, String name, String description, Double value, Double low, Double high,
                            Double trend, long n, Verdict verdict, String rule, List<SayDo.EventRef> events,
                            List<StatementRef> statements) {
    }

    public record ReadingSummary(Reading reading, int indicatorsFor, int indicatorsAgainst, String support) {
    }

    public record Result(String a, String b, String c, String by, long events, List<Indicator> indicators,
                         List<ReadingSummary> readings, String summary) {
    }

    private final Store store;

    public Partnership(Store store) {
        this.store = store;
    }

    /**
     * @param cinc each actor's share of world capabilities (COW CINC, latest year in range), by
     *             three-letter code; empty when no capabilities file was given
     */
    public Result run(String a, String b, String c, DateRange range, Period by, Map<String, Double> cinc) {
        Map<String, Object> p = new HashMap<>();
        p.put("a", ActorCodes.requireKnown(store, a, "actor A"));
        p.put("b", ActorCodes.requireKnown(store, b, "actor B"));
        p.put("c", ActorCodes.requireKnown(store, c, "third party C"));
        p.put("from", range.from());
        p.put("to", range.to());
        p.put("period", by.sqlName());
        try {
            DyadEvents dyad = dyadEvents(p);
            List<Indicator> indicators = new ArrayList<>();
            indicators.add(materialCooperation(dyad));
            indicators.add(militaryCooperation(dyad));
            indicators.add(jointConflictWithThird(p));
            indicators.add(cooperationWithAdversaries(p));
            indicators.add(conflictShare(dyad));
            indicators.add(capabilityAsymmetry((String) p.get("a"), (String) p.get("b"), cinc));
            LikeMindedness.Similarity similarity = new LikeMindedness(store)
                    .run((String) p.get("a"), (String) p.get("b"), range, null, Set.of(), 2).overall();
            indicators.add(rivalryTowardThirds(similarity));
            indicators.add(stanceSimilarity(similarity));
            indicators.add(jointActions(p));
            indicators.add(mutualRestraint(p));
            List<ReadingSummary> readings = new ArrayList<>();
            for (Reading reading : Reading.values()) {
                readings.add(summarize(reading, indicators, dyad.all.size()));
            }
            return new Result((String) p.get("a"), (String) p.get("b"), (String) p.get("c"), by.sqlName(),
                    dyad.all.size(), indicators, readings, summary((String) p.get("a"), (String) p.get("b"),
                    dyad.all.size(), readings));
        } catch (SQLException e) {
            throw new StoreException("assess query failed: " + e.getMessage(), e);
        }
    }

    /** The events between A and B, all and by period. */
    private record DyadEvents(List<Row> all, Map<LocalDate, List<Row>> byPeriod) {
    }

    private record Row(int quadClass, String code, SayDo.EventRef ref) {
    }

    private DyadEvents dyadEvents(Map<String, Object> p) throws SQLException {
        List<Row> all = new ArrayList<>();
        Map<LocalDate, List<Row>> byPeriod = new LinkedHashMap<>();
        try (PreparedStatement st = DYAD.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Row row = new Row(rs.getInt("quad_class"), rs.getString("code"), SayDo.eventRef(rs, ""));
                all.add(row);
                byPeriod.computeIfAbsent(rs.getObject("period_start", LocalDate.class), k -> new ArrayList<>()).add(row);
            }
        }
        return new DyadEvents(all, byPeriod);
    }

    // ------------------------------------------------------------------ alliance

    private Indicator materialCooperation(DyadEvents dyad) {
        Share share = share(dyad, r -> r.quadClass() == 2);
        Verdict verdict = share.low == null ? Verdict.UNCLEAR
                : share.low >= 0.10 ? Verdict.FOR : share.high < 0.05 ? Verdict.AGAINST : Verdict.UNCLEAR;
        return new Indicator(Reading.ALLIANCE, "material_cooperation_share",
                "share of events between A and B that are material cooperation (quad class 2)",
                share.value, share.low, share.high, share.trend, dyad.all.size(), verdict,
                "for: interval at or above 10%; against: interval below 5%", share.evidence, List.of());
    }

    private Indicator militaryCooperation(DyadEvents dyad) {
        List<SayDo.EventRef> military = new ArrayList<>();
        for (Row r : dyad.all) {
            if (r.code().equals("062") || r.code().equals("0312")) {
                military.add(r.ref());
            }
        }
        Verdict verdict = military.size() >= 3 ? Verdict.FOR
                : military.isEmpty() && dyad.all.size() >= 20 ? Verdict.AGAINST : Verdict.UNCLEAR;
        return new Indicator(Reading.ALLIANCE, "military_cooperation",
                "events of military cooperation between A and B (062) or intent to it (0312)",
                (double) military.size(), null, null, null, dyad.all.size(), verdict,
                "for: 3 or more; against: none among 20 or more events", limit(military), List.of());
    }

    private Indicator jointConflictWithThird(Map<String, Object> p) throws SQLException {
        int periods = 0;
        int joint = 0;
        List<Double> series = new ArrayList<>();
        try (PreparedStatement st = THIRD.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                periods++;
                boolean both = rs.getLong("a_conflict") > 0 && rs.getLong("b_conflict") > 0;
                joint += both ? 1 : 0;
                series.add(both ? 1.0 : 0.0);
            }
        }
        Double value = periods == 0 ? null : (double) joint / periods;
        Verdict verdict = periods < 2 ? Verdict.UNCLEAR
                : value >= 0.5 ? Verdict.FOR : value <= 0.2 ? Verdict.AGAINST : Verdict.UNCLEAR;
        return new Indicator(Reading.ALLIANCE, "joint_conflict_with_third",
                "share of periods with events toward C in which both A and B were in conflict with C",
                value, null, null, slope(series), periods, verdict,
                "for: half the periods or more; against: a fifth or less (at least 2 periods)", List.of(), List.of());
    }

    private Indicator cooperationWithAdversaries(Map<String, Object> p) throws SQLException {
        long[] cooperative = new long[2];
        long[] toward = new long[2];
        long adversaries = 0;
        try (PreparedStatement st = ADVERSARIES.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                int side = "a".equals(rs.getString("side")) ? 0 : 1;
                cooperative[side] = rs.getLong("cooperative");
                toward[side] = rs.getLong("toward_adversaries");
                adversaries = rs.getLong("adversaries");
            }
        }
        Double shareA = cooperative[0] == 0 ? null : (double) toward[0] / cooperative[0];
        Double shareB = cooperative[1] == 0 ? null : (double) toward[1] / cooperative[1];
        Double value = shareA == null || shareB == null ? null : Math.min(shareA, shareB);
        Verdict verdict = value == null || adversaries == 0 ? Verdict.UNCLEAR
                : value >= 0.25 ? Verdict.FOR : Math.max(shareA, shareB) < 0.05 ? Verdict.AGAINST : Verdict.UNCLEAR;
        return new Indicator(Reading.ALLIANCE, "cooperation_with_thirds_adversaries",
                "the smaller of A's and B's shares of cooperative events toward third parties that go to C's"
                        + " adversaries (" + adversaries + " actors net conflictual with C)",
                value, shareA, shareB, null, cooperative[0] + cooperative[1], verdict,
                "for: both a quarter or more; against: both under 5% (low/high give A's and B's shares)",
                List.of(), List.of());
    }

    // ------------------------------------------------------------------ convenience

    private Indicator conflictShare(DyadEvents dyad) {
        Share share = share(dyad, r -> r.quadClass() >= 3);
        Verdict verdict = share.low == null ? Verdict.UNCLEAR
                : share.low >= 0.20 || (share.trend != null && share.trend > 0.05 && share.value >= 0.1) ? Verdict.FOR
                : share.high < 0.10 ? Verdict.AGAINST : Verdict.UNCLEAR;
        return new Indicator(Reading.CONVENIENCE, "conflict_share",
                "share of events between A and B that are conflictual (quad classes 3 and 4), with its trend",
                share.value, share.low, share.high, share.trend, dyad.all.size(), verdict,
                "for: interval at or above 20%, or rising by more than 5 points a period from 10%; against: interval"
                        + " below 10%", share.evidence, List.of());
    }

    private static Indicator capabilityAsymmetry(String a, String b, Map<String, Double> cinc) {
        Double ca = cinc.get(a.substring(0, 3));
        Double cb = cinc.get(b.substring(0, 3));
        Double ratio = ca == null || cb == null || Math.min(ca, cb) <= 0 ? null : Math.max(ca, cb) / Math.min(ca, cb);
        Verdict verdict = ratio == null ? Verdict.UNCLEAR
                : ratio >= 2 ? Verdict.FOR : ratio < 1.5 ? Verdict.AGAINST : Verdict.UNCLEAR;
        return new Indicator(Reading.CONVENIENCE, "capability_asymmetry",
                cinc.isEmpty() ? "ratio of the larger to the smaller COW CINC share (no capabilities file given)"
                        : "ratio of the larger to the smaller COW CINC share",
                ratio, ca, cb, null, ratio == null ? 0 : 2, verdict,
                "for: 2 or more; against: under 1.5 (low/high give A's and B's CINC)", List.of(), List.of());
    }

    private static Indicator rivalryTowardThirds(LikeMindedness.Similarity similarity) {
        List<LikeMindedness.ThirdParty> thirds = similarity.compared();
        long opposite = thirds.stream().filter(t -> t.agreement() < 0).count();
        Double value = thirds.isEmpty() ? null : (double) opposite / thirds.size();
        Verdict verdict = thirds.size() < 3 ? Verdict.UNCLEAR
                : value >= 0.3 ? Verdict.FOR : value <= 0.1 ? Verdict.AGAINST : Verdict.UNCLEAR;
        return new Indicator(Reading.CONVENIENCE, "rivalry_toward_thirds",
                "share of third parties both speak about toward which A's and B's stances have opposite signs",
                value, null, null, null, thirds.size(), verdict,
                "for: 30% or more; against: 10% or less (at least 3 third parties)", List.of(), List.of());
    }

    // ------------------------------------------------------------------ community

    private static Indicator stanceSimilarity(LikeMindedness.Similarity s) {
        Verdict verdict = s.pearsonLow() == null ? Verdict.UNCLEAR
                : s.pearsonLow() > 0 ? Verdict.FOR : s.pearsonHigh() < 0 ? Verdict.AGAINST : Verdict.UNCLEAR;
        return new Indicator(Reading.COMMUNITY, "stance_similarity",
                "Pearson correlation of A's and B's stances toward the third parties both speak about",
                s.pearson(), s.pearsonLow(), s.pearsonHigh(), null, s.thirds(), verdict,
                "for: interval above 0; against: interval below 0", List.of(), List.of());
    }

    private Indicator jointActions(Map<String, Object> p) throws SQLException {
        List<SayDo.EventRef> joint = new ArrayList<>();
        try (PreparedStatement st = JOINT.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                joint.add(SayDo.eventRef(rs, ""));
                joint.add(SayDo.eventRef(rs, "other_"));
            }
        }
        int pairs = joint.size() / 2;
        Verdict verdict = pairs >= 3 ? Verdict.FOR : Verdict.UNCLEAR;
        return new Indicator(Reading.COMMUNITY, "joint_actions",
                "days on which A and B did something of the same CAMEO root toward the same third party",
                (double) pairs, null, null, null, pairs, verdict, "for: 3 or more", limit(joint), List.of());
    }

    private Indicator mutualRestraint(Map<String, Object> p) throws SQLException {
        long critical = 0;
        long alluded = 0;
        try (PreparedStatement st = RESTRAINT.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                critical += rs.getLong("critical");
                alluded += rs.getLong("alluded");
            }
        }
        Double value = critical == 0 ? null : (double) alluded / critical;
        Verdict verdict = critical < 2 ? Verdict.UNCLEAR
                : value >= 0.5 ? Verdict.FOR : value <= 0.2 ? Verdict.AGAINST : Verdict.UNCLEAR;
        return new Indicator(Reading.COMMUNITY, "mutual_restraint",
                "share of A's criticism of B and B's of A that only alludes to the other", value, null, null, null,
                critical, verdict, "for: half or more; against: a fifth or less (at least 2 critical statements)",
                List.of(), List.of());
    }

    // ------------------------------------------------------------------ shared arithmetic

    private record Share(Double value, Double low, Double high, Double trend, List<SayDo.EventRef> evidence) {
    }

    private Share share(DyadEvents dyad, java.util.function.Predicate<Row> counts) {
        if (dyad.all.isEmpty()) {
            return new Share(null, null, null, null, List.of());
        }
        double[] hits = new double[dyad.all.size()];
        List<SayDo.EventRef> evidence = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            if (counts.test(dyad.all.get(i))) {
                hits[i] = 1;
                evidence.add(dyad.all.get(i).ref());
            }
        }
        Bootstrap.Interval interval = Bootstrap.mean(hits);
        List<Double> series = new ArrayList<>();
        for (List<Row> rows : dyad.byPeriod.values()) {
            series.add((double) rows.stream().filter(counts).count() / rows.size());
        }
        return new Share(Bootstrap.mean(hits, hits.length), interval.low(), interval.high(), slope(series),
                limit(evidence));
    }

    /** Least-squares slope of the values against their index; null with fewer than two values. */
    static Double slope(List<Double> values) {
        int n = values.size();
        if (n < 2) {
            return null;
        }
        double meanX = (n - 1) / 2.0;
        double meanY = values.stream().mapToDouble(Double::doubleValue).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - meanX) * (values.get(i) - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        return sxy / sxx;
    }

    private static <T> List<T> limit(List<T> list) {
        return list.size() <= EVIDENCE_SHOWN ? list : List.copyOf(list.subList(0, EVIDENCE_SHOWN));
    }

    private static ReadingSummary summarize(Reading reading, List<Indicator> indicators, long events) {
        int pro = 0;
        int con = 0;
        for (Indicator i : indicators) {
            if (i.reading() == reading) {
                pro += i.verdict() == Verdict.FOR ? 1 : 0;
                con += i.verdict() == Verdict.AGAINST ? 1 : 0;
            }
        }
        String support = events < MIN_EVENTS ? "too little evidence"
                : pro >= 2 && con == 0 ? "supported"
                : pro >= 1 && pro > con ? "partly supported"
                : con >= 2 && pro == 0 ? "not supported"
                : pro == 0 && con == 0 ? "too little evidence" : "mixed";
        return new ReadingSummary(reading, pro, con, support);
    }

    private static String summary(String a, String b, long events, List<ReadingSummary> readings) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "On %d coded events between %s and %s", events, a, b));
        if (events < MIN_EVENTS) {
            return s.append(", fewer than ").append(MIN_EVENTS)
                    .append(", this data cannot tell the three readings apart.").toString();
        }
        s.append(": ");
        List<String> parts = new ArrayList<>();
        for (ReadingSummary r : readings) {
            parts.add(String.format(Locale.ROOT, "the %s reading is %s (%d indicator%s for, %d against)",
                    name(r.reading()), r.support(), r.indicatorsFor(), r.indicatorsFor() == 1 ? "" : "s",
                    r.indicatorsAgainst()));
        }
        s.append(String.join("; ", parts)).append('.');
        s.append(" These are patterns in coded reports, not measures of intentions; they hold for this store's"
                + " sources and period only.");
        return s.toString();
    }

    private static String name(Reading reading) {
        return switch (reading) {
            case ALLIANCE -> "alliance";
            case CONVENIENCE -> "marriage-of-convenience";
            case COMMUNITY -> "like-minded-community";
        };
    }
}
