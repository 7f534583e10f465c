package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The statement's wording follows the intervals, and never says more than they do. */
class PolarityStatementTest {
    static final List<PolarityYear> YEARS = List.of(
            new PolarityYear(1816, 5, 0.7, 0.3, 3.5, 23, 1, 0, null, null, List.of()),
            new PolarityYear(2014, 7, 0.5, 0.4, 3.2, 195, 30, 0, null, null, List.of()));

    static PolarityCorrelation overall(String measure, String conflict, double rho, double low, double high) {
        return new PolarityCorrelation(measure, conflict, "all", 1816, 2014, 199, rho, low, high, rho, low, high);
    }

    static PolarityCorrelation era(String label, double rho, double low, double high) {
        return new PolarityCorrelation("poles", "mid_onsets", label, 1816, 1899, 84, rho, low, high, rho, low, high);
    }

    @Test
    void intervalsAcrossZeroSayNoClearDifferenceAndNoVerdict() {
        String s = PolarityStatement.write(YEARS, List.of(
                overall("poles", "mid_onsets", -0.2, -0.43, 0.04),
                overall("con", "mid_onsets", 0.1, -0.2, 0.3)));
        assertThat(s).contains("Years with more effective poles saw no clearly different number of MID onsets "
                + "(Spearman r = -0.20, 95% CI -0.43 to 0.04; 1816-2014, 199 years).");
        assertThat(s).contains("these data do not show it").contains("the evidence is weak either way");
        assertThat(s).contains("23 in 1816, 195 in 2014");
    }

    @Test
    void aClearRiseWithMorePolesIsLimitedSupportAndNamesItsStrength() {
        String s = PolarityStatement.write(YEARS, List.of(
                overall("poles", "mid_onsets", 0.25, 0.05, 0.44),
                overall("poles", "wars", 0.05, -0.1, 0.2)));
        assertThat(s).contains("saw more MID onsets (a weak association; Spearman r = 0.25, 95% CI 0.05 to 0.44");
        assertThat(s).contains("these data give it at most limited support: more poles went with more MID onsets "
                + "(1 of 2 overall comparisons; one clear result among 2 could be chance)");
    }

    @Test
    void moreConflictWithMoreConcentrationRunsAgainstTheClaim() {
        String s = PolarityStatement.write(YEARS, List.of(
                overall("poles", "mid_onsets", -0.2, -0.43, 0.04),
                overall("con", "mid_onsets", 0.34, 0.11, 0.51)));
        assertThat(s).contains("(higher CON) saw more MID onsets (a moderate association;");
        assertThat(s).contains("these data do not support it").contains("the one clear relation runs the other way")
                .contains("not proof that multipolarity brings peace");
    }

    @Test
    void findingsBothWaysDoNotSettleIt() {
        String s = PolarityStatement.write(YEARS, List.of(
                overall("poles", "mid_onsets", 0.6, 0.3, 0.8),
                overall("poles", "wars", -0.6, -0.8, -0.3)));
        assertThat(s).contains("a strong association").contains("so they do not settle it");
    }

    @Test
    void signChangesBetweenErasAreReportedWithoutOverclaiming() {
        List<PolarityCorrelation> correlations = new ArrayList<>();
        correlations.add(overall("poles", "mid_onsets", -0.2, -0.43, 0.04));
        correlations.add(era("1816-1899", 0.33, -0.02, 0.52));
        correlations.add(new PolarityCorrelation("poles", "mid_onsets", "1900-1945", 1900, 1945, 46,
                -0.21, -0.5, 0.4, -0.21, -0.53, 0.39));
        String s = PolarityStatement.write(YEARS, correlations);
        assertThat(s).contains("no interval excludes zero; eras of 46 to 84 years give wide intervals")
                .contains("change sign between eras (1816-1899 0.33, 1900-1945 -0.21)")
                .contains("the data cannot tell whether the relation really differs by era");
    }

    @Test
    void numbersNeverReadMinusZero() {
        assertThat(PolarityStatement.number(-0.001)).isEqualTo("0.00");
        assertThat(PolarityStatement.number(-0.0051)).isEqualTo("-0.01");
    }
}
