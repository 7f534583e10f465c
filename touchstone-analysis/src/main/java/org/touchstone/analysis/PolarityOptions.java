package org.touchstone.analysis;

/**
 * Parameters of the polarity question.
 *
 * @param fromYear    first year to use, or null for the first year of the NMC file
 * @param toYear      last year to use, or null for the last year of the NMC file
 * @param blockYears  length of the blocks of consecutive years the bootstrap resamples
 * @param replicates  bootstrap resamples per correlation
 * @param seed        seed of the bootstrap's random generator (same seed, same intervals)
 */
public record PolarityOptions(Integer fromYear, Integer toYear, int blockYears, int replicates, long seed) {
    public static final int DEFAULT_BLOCK_YEARS = 5;
    public static final int DEFAULT_REPLICATES = 2000;
    public static final long DEFAULT_SEED = 1816;

    public PolarityOptions {
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("the year range " + fromYear + "-" + toYear + " starts after it ends");
        }
        if (blockYears < 1 || blockYears > 50) {
            throw new IllegalArgumentException("block length " + blockYears + " years: must be between 1 and 50");
        }
        if (replicates < 100 || replicates > 1_000_000) {
            throw new IllegalArgumentException(replicates + " bootstrap replicates: must be between 100 and 1000000");
        }
    }

    /** All years, blocks of 5 years, 2000 replicates, seed 1816. */
    public static PolarityOptions defaults() {
        return new PolarityOptions(null, null, DEFAULT_BLOCK_YEARS, DEFAULT_REPLICATES, DEFAULT_SEED);
    }
}
