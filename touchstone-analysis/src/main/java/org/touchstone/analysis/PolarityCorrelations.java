package org.touchstone.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Correlations between the polarity measures and the conflict counts, over all years and within
 * each era, with block-bootstrap intervals.
 *
 * <p>Why a block bootstrap: neighbouring years are alike (a long war, a stable set of majors), so
 * resampling single years would treat 200 years as 200 independent draws and give intervals that
 * are too narrow. Resampling runs of consecutive years (moving blocks) keeps most of that
 * dependence inside the resamples. It is computed in Java because resampling is awkward in SQL.
 */
public final class PolarityCorrelations {
    /** Fewer years with both values than this and no correlation is reported. */
    public static final int MIN_YEARS = 10;
    /** Share of the resamples that must give a defined correlation for an interval to be reported. */
    static final double MIN_VALID_RESAMPLES = 0.9;
    static final double LOW_QUANTILE = 0.025;
    static final double HIGH_QUANTILE = 0.975;

    /** The polarity measures, in output order. */
    public static final Map<String, Function<PolarityYear, ? extends Number>> MEASURES = new LinkedHashMap<>();
    /** The conflict counts, in output order. */
    public static final Map<String, Function<PolarityYear, ? extends Number>> CONFLICTS = new LinkedHashMap<>();

    static {
        MEASURES.put("poles", PolarityYear::poles);
        MEASURES.put("con", PolarityYear::con);
        CONFLICTS.put("mid_onsets", PolarityYear::midOnsets);
        CONFLICTS.put("wars", PolarityYear::wars);
        CONFLICTS.put("ucdp_conflicts", PolarityYear::ucdpConflicts);
        CONFLICTS.put("ucdp_onsets", PolarityYear::ucdpOnsets);
    }

    private PolarityCorrelations() {
    }

    /**
     * Every measure against every count, over all years and then per standard era. An era in which
     * a count has no data at all (UCDP before 1946) is left out.
     */
    public static List<PolarityCorrelation> of(List<PolarityYear> years, PolarityOptions options) {
        List<PolarityEra> eras = new ArrayList<>();
        eras.add(PolarityEra.ALL);
        eras.addAll(PolarityEra.STANDARD);
        List<PolarityCorrelation> correlations = new ArrayList<>();
        for (Map.Entry<String, Function<PolarityYear, ? extends Number>> measure : MEASURES.entrySet()) {
            for (Map.Entry<String, Function<PolarityYear, ? extends Number>> conflict : CONFLICTS.entrySet()) {
                for (PolarityEra era : eras) {
                    PolarityCorrelation c = correlate(years, era, measure.getKey(), measure.getValue(),
                            conflict.getKey(), conflict.getValue(), options);
                    if (c != null) {
                        correlations.add(c);
                    }
                }
            }
        }
        return correlations;
    }

    private static PolarityCorrelation correlate(List<PolarityYear> years, PolarityEra era,
                                                 String measureName, Function<PolarityYear, ? extends Number> measure,
                                                 String conflictName, Function<PolarityYear, ? extends Number> conflict,
                                                 PolarityOptions options) {
        List<PolarityYear> used = new ArrayList<>();
        for (PolarityYear y : years) {
            if (era.contains(y.year()) && measure.apply(y) != null && conflict.apply(y) != null) {
                used.add(y);
            }
        }
        if (used.isEmpty()) {
            return null;
        }
        int n = used.size();
        double[] x = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = measure.apply(used.get(i)).doubleValue();
            c[i] = conflict.apply(used.get(i)).doubleValue();
        }
        int first = used.get(0).year();
        int last = used.get(n - 1).year();
        if (n < MIN_YEARS) {
            return new PolarityCorrelation(measureName, conflictName, era.label(), first, last, n,
                    null, null, null, null, null, null);
        }
        Double pearson = defined(pearson(x, c));
        Double spearman = defined(spearman(x, c));
        double[][] resampled = blockBootstrap(x, c, options.blockYears(), options.replicates(), options.seed());
        double[] pearsonInterval = pearson == null ? null : interval(resampled[0], options.replicates());
        double[] spearmanInterval = spearman == null ? null : interval(resampled[1], options.replicates());
        return new PolarityCorrelation(measureName, conflictName, era.label(), first, last, n,
                pearson, low(pearsonInterval), high(pearsonInterval),
                spearman, low(spearmanInterval), high(spearmanInterval));
    }

    /** Pearson's r; NaN when either series is constant. */
    public static double pearson(double[] x, double[] y) {
        int n = x.length;
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Spearman's rho: Pearson's r of the ranks, tied values sharing their average rank. */
    public static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    /** 1-based ranks; tied values get the mean of the ranks they span. */
    public static double[] ranks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = rank;
            }
            i = j + 1;
        }
        return ranks;
    }

    /**
     * Moving-block bootstrap of the pairs (x[t], y[t]): each resample strings together blocks of
     * {@code block} consecutive years, each starting at a uniformly drawn year, until it is as long
     * as the series. Returns the resamples' Pearson r (row 0) and Spearman rho (row 1); undefined
     * values (a constant resample) are NaN. java.util.Random's sequence is fixed by its
     * specification, so a seed gives the same resamples on every JVM.
     */
    static double[][] blockBootstrap(double[] x, double[] y, int block, int replicates, long seed) {
        int n = x.length;
        int length = Math.min(block, n);
        int starts = n - length + 1;
        Random random = new Random(seed);
        double[] bx = new double[n];
        double[] by = new double[n];
        double[][] out = new double[2][replicates];
        for (int r = 0; r < replicates; r++) {
            int filled = 0;
            while (filled < n) {
                int start = random.nextInt(starts);
                for (int k = 0; k < length && filled < n; k++, filled++) {
                    bx[filled] = x[start + k];
                    by[filled] = y[start + k];
                }
            }
            out[0][r] = pearson(bx, by);
            out[1][r] = spearman(bx, by);
        }
        return out;
    }

    /** The 2.5% and 97.5% quantiles of the defined replicates, or null when too few are defined. */
    static double[] interval(double[] replicates, int requested) {
        double[] valid = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (valid.length < MIN_VALID_RESAMPLES * requested) {
            return null;
        }
        return new double[] {quantile(valid, LOW_QUANTILE), quantile(valid, HIGH_QUANTILE)};
    }

    /** Quantile of sorted values by linear interpolation between order statistics (R's default, type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    private static Double defined(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static Double low(double[] interval) {
        return interval == null ? null : interval[0];
    }

    private static Double high(double[] interval) {
        return interval == null ? null : interval[1];
    }
}
