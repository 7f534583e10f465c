package org.touchstone.analysis;

import java.util.List;

/**
 * The answer to the polarity question: the yearly series, the correlations, and the plain-words
 * statement drawn from them, with what the inputs covered and the lines they could not use.
 */
public record PolarityResult(PolarityOptions parameters, List<PolarityCoverage> coverage, List<PolarityYear> years,
                             List<PolarityCorrelation> correlations, String statement,
                             List<PolarityRejection> rejected) {
}
