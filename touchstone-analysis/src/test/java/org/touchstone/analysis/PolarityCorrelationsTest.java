package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Correlations, ranks and the block bootstrap on examples small enough to work out by hand. */
class PolarityCorrelationsTest {
    static final double[] X = {1, 2, 3, 4, 5};
    static final double[] Y = {2, 4, 5, 4, 5};

    @Test
    void pearsonOnAHandExample() {
        // deviations x: -2 -1 0 1 2, y: -2 0 1 0 1; sxy = 6, sxx = 10, syy = 6; r = 6 / sqrt(60)
        assertThat(PolarityCorrelations.pearson(X, Y)).isCloseTo(6 / Math.sqrt(60), within(1e-15));
        assertThat(PolarityCorrelations.pearson(X, new double[] {3, 3, 3, 3, 3})).isNaN();
    }

    @Test
    void spearmanUsesAverageRanksForTies() {
        assertThat(PolarityCorrelations.ranks(new double[] {10, 20, 20, 5})).containsExactly(2, 3.5, 3.5, 1);
        // ranks of Y: 1 2.5 4.5 2.5 4.5; deviations -2 -0.5 1.5 -0.5 1.5; sxy = 7, sxx = 10, syy = 9
        assertThat(PolarityCorrelations.spearman(X, Y)).isCloseTo(7 / Math.sqrt(90), within(1e-15));
        // any increasing transformation keeps rho at 1
        assertThat(PolarityCorrelations.spearman(X, new double[] {1, 8, 27, 64, 125})).isCloseTo(1, within(1e-15));
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(PolarityCorrelations.quantile(sorted, 0.025)).isCloseTo(1.1, within(1e-12));
        assertThat(PolarityCorrelations.quantile(sorted, 0.5)).isEqualTo(3);
        assertThat(PolarityCorrelations.quantile(sorted, 0.975)).isCloseTo(4.9, within(1e-12));
    }

    @Test
    void theBootstrapIsSeededAndKeepsBlocksOfConsecutiveYears() {
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
            y[i] = (i * 7) % 11;
        }
        double[][] first = PolarityCorrelations.blockBootstrap(x, y, 5, 300, 42);
        double[][] again = PolarityCorrelations.blockBootstrap(x, y, 5, 300, 42);
        double[][] other = PolarityCorrelations.blockBootstrap(x, y, 5, 300, 43);
        assertThat(first[0]).containsExactly(again[0]);
        assertThat(first[1]).containsExactly(again[1]);
        assertThat(first[0]).isNotEqualTo(other[0]);
        // one block as long as the series: every resample is the series itself
        double[][] whole = PolarityCorrelations.blockBootstrap(x, y, 40, 10, 42);
        assertThat(whole[0]).containsOnly(PolarityCorrelations.pearson(x, y));
    }

    @Test
    void aPerfectRelationHasAPointInterval() {
        List<PolarityYear> years = new ArrayList<>();
        for (int year = 1900; year < 1930; year++) {
            double poles = 2 + (year % 7) / 2.0;
            years.add(new PolarityYear(year, 3, 0.5, null, poles, 10, (int) (poles * 4), 0, null, null, List.of()));
        }
        List<PolarityCorrelation> correlations = PolarityCorrelations.of(years, new PolarityOptions(null, null, 5, 500, 1));
        PolarityCorrelation c = correlations.get(0);
        assertThat(c.measure()).isEqualTo("poles");
        assertThat(c.conflict()).isEqualTo("mid_onsets");
        assertThat(c.era()).isEqualTo("all");
        assertThat(List.of(c.firstYear(), c.lastYear(), c.n())).containsExactly(1900, 1929, 30);
        assertThat(c.pearson()).isCloseTo(1, within(1e-12));
        assertThat(c.spearmanLow()).isCloseTo(1, within(1e-12));
        assertThat(c.spearmanHigh()).isCloseTo(1, within(1e-12));
        assertThat(c.clearlyPositive()).isTrue();
        // wars never vary: no correlation; CON is absent: no rows; only the eras that hold years appear
        PolarityCorrelation wars = correlations.stream().filter(r -> r.conflict().equals("wars")).findFirst().orElseThrow();
        assertThat(wars.pearson()).isNull();
        assertThat(correlations).noneMatch(r -> r.measure().equals("con"));
        assertThat(correlations).extracting(PolarityCorrelation::era).containsOnly("all", "1900-1945");
    }
}
