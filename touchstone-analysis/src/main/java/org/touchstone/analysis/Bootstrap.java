package org.touchstone.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap intervals, seeded so that the same question always gives the same answer.
 */
public final class Bootstrap {
    /** Resamples per interval: enough for stable 2.5% and 97.5% percentiles. */
    public static final int RESAMPLES = 2_000;
    private static final long SEED = 20_191_024L;

    private Bootstrap() {
    }

    /** A 95% interval. */
    public record Interval(double low, double high) {
    }

    /**
     * 95% interval of mean(x) − mean(y), resampling x and y independently with replacement.
     * Null when either sample is empty.
     */
    public static Interval differenceOfMeans(double[] x, double[] y) {
        if (x.length == 0 || y.length == 0) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(SEED ^ ((long) x.length << 32) ^ y.length);
        double[] differences = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            differences[r] = resampledMean(x, random) - resampledMean(y, random);
        }
        return percentiles(differences);
    }

    /** 95% interval of the mean of x. Null when x is empty. */
    public static Interval mean(double[] x) {
        if (x.length == 0) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(SEED ^ x.length);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            means[r] = resampledMean(x, random);
        }
        return percentiles(means);
    }

    private static double resampledMean(double[] x, SplittableRandom random) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[random.nextInt(x.length)];
        }
        return sum / x.length;
    }

    private static Interval percentiles(double[] values) {
        Arrays.sort(values);
        return new Interval(values[(int) Math.floor(0.025 * (values.length - 1))],
                values[(int) Math.ceil(0.975 * (values.length - 1))]);
    }

    static double mean(double[] x, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
        }
        return sum / n;
    }
}
