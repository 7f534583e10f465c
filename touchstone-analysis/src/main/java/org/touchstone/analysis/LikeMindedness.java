package org.touchstone.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;

/**
 * How like-minded are A and B, judged by their words? The question behind
 * {@code touchstone likeminded A B}: their stances toward the third parties both speak about (mean
 * Goldstein of verbal events and statements, each side with at least {@code minEvidence} of them),
 * compared by Pearson correlation, cosine similarity and the Signorino-Ritter S score on the sign
 * of the stances, with bootstrap intervals over third parties.
 */
public final class LikeMindedness {
    public static final int DEFAULT_MIN_EVIDENCE = 3;
    private static final NamedSql STANCES = NamedSql.load(LikeMindedness.class, "stance-vectors.sql");
    private static final int DRIVERS_SHOWN = 5;
    private static final long SEED = 4_022_022L;

    /** A third party both speak about: each side's mean stance and how many events or statements it rests on. */
    public record ThirdParty(String third, double stanceA, int nA, double stanceB, int nB) {
        /** Positive when they agree in direction, the more so the stronger both are. */
        public double agreement() {
            return stanceA * stanceB;
        }
    }

    /** Similarity for one period (or overall when {@code period} is null); measures are null below 2 thirds. */
    public record Similarity(String period, LocalDate periodStart, int thirds, Double pearson, Double pearsonLow,
                             Double pearsonHigh, Double cosine, Double cosineLow, Double cosineHigh,
                             Double signS, Double signSLow, Double signSHigh,
                             List<ThirdParty> agreeMost, List<ThirdParty> disagreeMost, List<ThirdParty> compared) {
    }

    public record Result(String a, String b, String by, int minEvidence, Set<String> over, Similarity overall,
                         List<Similarity> periods) {
    }

    private final Store store;

    public LikeMindedness(Store store) {
        this.store = store;
    }

    /**
     * @param over only these third parties (country or organization codes), or empty for all
     * @param by   periods to compare in, or null for the overall comparison only
     */
    public Result run(String a, String b, DateRange range, Period by, Set<String> over, int minEvidence) {
        if (minEvidence < 1 || minEvidence > 1_000) {
            throw new IllegalArgumentException("the minimum evidence must be 1-1000, was " + minEvidence);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("a", ActorCodes.requireKnown(store, a, "actor A"));
        p.put("b", ActorCodes.requireKnown(store, b, "actor B"));
        p.put("from", range.from());
        p.put("to", range.to());
        p.put("period", null);
        Similarity overall = compare(null, null, thirds(p, over, minEvidence).getOrDefault(null, List.of()));
        List<Similarity> periods = new ArrayList<>();
        if (by != null) {
            p.put("period", by.sqlName());
            for (Map.Entry<LocalDate, List<ThirdParty>> e : thirds(p, over, minEvidence).entrySet()) {
                periods.add(compare(by.label(e.getKey()), e.getKey(), e.getValue()));
            }
        }
        return new Result((String) p.get("a"), (String) p.get("b"), by == null ? null : by.sqlName(), minEvidence,
                over, overall, periods);
    }

    /** Third parties with enough evidence on both sides, per period start (null key: overall). */
    private Map<LocalDate, List<ThirdParty>> thirds(Map<String, Object> p, Set<String> over, int minEvidence) {
        Map<LocalDate, Map<String, double[]>> sides = new LinkedHashMap<>();
        try (PreparedStatement st = STANCES.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String third = rs.getString("third");
                if (!over.isEmpty() && !over.contains(third)) {
                    continue;
                }
                LocalDate start = rs.getObject("period_start", LocalDate.class);
                double[] v = sides.computeIfAbsent(start, k -> new TreeMap<>()).computeIfAbsent(third, k -> new double[4]);
                int offset = "a".equals(rs.getString("side")) ? 0 : 2;
                v[offset] = rs.getDouble("stance");
                v[offset + 1] = rs.getInt("n");
            }
        } catch (SQLException e) {
            throw new StoreException("stance query failed: " + e.getMessage(), e);
        }
        Map<LocalDate, List<ThirdParty>> thirds = new LinkedHashMap<>();
        sides.forEach((start, byThird) -> {
            List<ThirdParty> both = new ArrayList<>();
            byThird.forEach((third, v) -> {
                if (v[1] >= minEvidence && v[3] >= minEvidence) {
                    both.add(new ThirdParty(third, v[0], (int) v[1], v[2], (int) v[3]));
                }
            });
            thirds.put(start, both);
        });
        return thirds;
    }

    static Similarity compare(String period, LocalDate start, List<ThirdParty> thirds) {
        int n = thirds.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = thirds.get(i).stanceA();
            y[i] = thirds.get(i).stanceB();
        }
        Double[] pearson = withInterval(x, y, LikeMindedness::pearson);
        Double[] cosine = withInterval(x, y, LikeMindedness::cosine);
        Double[] signS = withInterval(x, y, LikeMindedness::signS);
        List<ThirdParty> agree = thirds.stream().filter(t -> t.agreement() > 0)
                .sorted(Comparator.comparingDouble(ThirdParty::agreement).reversed()).limit(DRIVERS_SHOWN).toList();
        List<ThirdParty> disagree = thirds.stream().filter(t -> t.agreement() < 0)
                .sorted(Comparator.comparingDouble(ThirdParty::agreement)).limit(DRIVERS_SHOWN).toList();
        return new Similarity(period, start, n, pearson[0], pearson[1], pearson[2], cosine[0], cosine[1], cosine[2],
                signS[0], signS[1], signS[2], agree, disagree, thirds);
    }

    interface Measure {
        /** NaN when undefined (too few points, no variance). */
        double of(double[] x, double[] y);
    }

    /** The measure and its percentile bootstrap 95% interval over third parties; nulls where undefined. */
    private static Double[] withInterval(double[] x, double[] y, Measure measure) {
        double value = x.length < 2 ? Double.NaN : measure.of(x, y);
        if (Double.isNaN(value)) {
            return new Double[] {null, null, null};
        }
        SplittableRandom random = new SplittableRandom(SEED ^ x.length);
        List<Double> resampled = new ArrayList<>();
        double[] rx = new double[x.length];
        double[] ry = new double[y.length];
        for (int r = 0; r < Bootstrap.RESAMPLES; r++) {
            for (int i = 0; i < x.length; i++) {
                int k = random.nextInt(x.length);
                rx[i] = x[k];
                ry[i] = y[k];
            }
            double v = measure.of(rx, ry);
            if (!Double.isNaN(v)) {
                resampled.add(v);
            }
        }
        if (resampled.size() < Bootstrap.RESAMPLES / 2) {
            return new Double[] {value, null, null};
        }
        resampled.sort(null);
        return new Double[] {value, resampled.get((int) Math.floor(0.025 * (resampled.size() - 1))),
                resampled.get((int) Math.ceil(0.975 * (resampled.size() - 1)))};
    }

    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = Bootstrap.mean(x, n);
        double my = Bootstrap.mean(y, n);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    static double cosine(double[] x, double[] y) {
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < x.length; i++) {
            xy += x[i] * y[i];
            xx += x[i] * x[i];
            yy += y[i] * y[i];
        }
        return xx == 0 || yy == 0 ? Double.NaN : xy / Math.sqrt(xx * yy);
    }

    /**
     * Signorino-Ritter S on the sign of the stances: each stance becomes -1, 0 or +1, and
     * S = 1 − 2·d/d_max with d the mean absolute difference and d_max = 2, so S runs from −1
     * (opposite on every third party) to +1 (same direction on all).
     */
    static double signS(double[] x, double[] y) {
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d += Math.abs(Math.signum(x[i]) - Math.signum(y[i]));
        }
        return 1 - 2 * (d / x.length) / 2;
    }
}
