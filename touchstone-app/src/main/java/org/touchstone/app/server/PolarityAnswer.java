package org.touchstone.app.server;

import java.util.List;

import org.touchstone.analysis.PolarityCorrelation;
import org.touchstone.analysis.PolarityCoverage;
import org.touchstone.analysis.PolarityRejection;
import org.touchstone.analysis.PolarityYear;

/**
 * The JSON document of /api/polarity: what {@code touchstone polarity --json} writes
 * (docs/methods/polarity.md). The API draws no chart file, so {@code chart} is always null.
 */
public record PolarityAnswer(Parameters parameters, List<PolarityCoverage> coverage, List<PolarityYear> years,
                             List<PolarityCorrelation> correlations, String statement, String chart,
                             List<PolarityRejection> rejected) {

    /** The parameters as the answer reports them. */
    public record Parameters(Integer fromYear, Integer toYear, int blockYears, int replicates, long seed,
                             double confidence, int minYears) {
    }
}
