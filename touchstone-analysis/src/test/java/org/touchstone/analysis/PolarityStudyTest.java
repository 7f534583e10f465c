package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The polarity question on four tiny files whose answers are worked out by hand (the same example
 * as in docs/methods/polarity.md).
 *
 * <p>2000: majors AAA, BBB, CCC with CINC 0.3, 0.2, 0.1 (DDD, 0.4, is no major). Their total is
 * 0.6, so the shares are 1/2, 1/3, 1/6 and sum S^2 = 9/36 + 4/36 + 1/36 = 7/18. Poles = 18/7 =
 * 2.5714; CON = sqrt((7/18 - 1/3) / (1 - 1/3)) = sqrt((1/18) / (2/3)) = sqrt(1/12) = 0.2887.
 * 2001: AAA and BBB (whose spell ends 30 June 2001: the year still counts) equal: CON 0, poles 2.
 * 2002: AAA alone: poles 1, CON undefined. 2003: AAA and BBB (a second spell) equal again.
 */
class PolarityStudyTest {
    @TempDir
    Path dir;
    PolaritySources sources;

    @BeforeEach
    void writeFiles() throws Exception {
        Path nmc = write("nmc.csv", """
                stateabb,ccode,year,cinc
                AAA,1,2000,0.3
                BBB,2,2000,0.2
                CCC,3,2000,0.1
                DDD,4,2000,0.4
                EEE,5,2000,abc
                AAA,1,2000,0.3
                AAA,1,2001,0.25
                BBB,2,2001,0.25
                DDD,4,2001,0.5
                AAA,1,2002,0.6
                DDD,4,2002,0.4
                AAA,1,2003,0.5
                BBB,2,2003,0.5
                """);
        Path majors = write("majors.csv", """
                ccode,styear,stmonth,stday,endyear,endmonth,endday
                1,2000,1,1,2003,12,31
                2,2000,1,1,2001,6,30
                2,2003,1,1,2003,12,31
                3,1990,1,1,2000,3,1
                """);
        // 11 reaches war; 12 repeats, as a dyadic file repeats a dispute
        Path mids = write("mids.csv", """
                dispnum,styear,hostlev
                10,2000,4
                11,2000,5
                12,2002,3
                12,2002,3
                13,2002,9
                """);
        // conflict 2 has two lines (two parties) in 2001, is inactive in 2002 and restarts in 2003
        Path ucdp = write("ucdp.csv", """
                conflict_id,year
                1,2000
                1,2001
                2,2001
                2,2001
                2,2003
                """);
        sources = new PolaritySources(nmc, majors, mids, ucdp);
    }

    Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    static PolarityOptions quick() {
        return new PolarityOptions(null, null, 2, 200, 7);
    }

    @Test
    void conAndPolesMatchTheHandComputedExample() {
        List<PolarityYear> years = PolarityStudy.run(sources, quick()).years();
        assertThat(years).extracting(PolarityYear::year).containsExactly(2000, 2001, 2002, 2003);

        PolarityYear y2000 = years.get(0);
        assertThat(y2000.majors()).isEqualTo(3);
        assertThat(y2000.states()).isEqualTo(4);
        assertThat(y2000.majorsCinc()).isCloseTo(0.6, within(1e-12));
        assertThat(y2000.poles()).isCloseTo(18.0 / 7, within(1e-12));
        assertThat(y2000.con()).isCloseTo(Math.sqrt(1.0 / 12), within(1e-12));
        assertThat(y2000.shares()).extracting(PolarityShare::state).containsExactly("AAA", "BBB", "CCC");
        assertThat(y2000.shares()).extracting(PolarityShare::share).satisfiesExactly(
                s -> assertThat(s).isCloseTo(1.0 / 2, within(1e-12)),
                s -> assertThat(s).isCloseTo(1.0 / 3, within(1e-12)),
                s -> assertThat(s).isCloseTo(1.0 / 6, within(1e-12)));

        assertThat(years.get(1).majors()).isEqualTo(2);
        assertThat(years.get(1).con()).isCloseTo(0, within(1e-12));
        assertThat(years.get(1).poles()).isCloseTo(2, within(1e-12));
        assertThat(years.get(2).majors()).isEqualTo(1);
        assertThat(years.get(2).con()).isNull();
        assertThat(years.get(2).poles()).isCloseTo(1, within(1e-12));
        assertThat(years.get(3).poles()).isCloseTo(2, within(1e-12));
    }

    @Test
    void conflictCountsAreDistinctAndUnknownOutsideTheirFilesYears() {
        List<PolarityYear> years = PolarityStudy.run(sources, quick()).years();
        assertThat(years).extracting(PolarityYear::midOnsets).containsExactly(2, 0, 1, null);
        assertThat(years).extracting(PolarityYear::wars).containsExactly(1, 0, 0, null);
        assertThat(years).extracting(PolarityYear::ucdpConflicts).containsExactly(1, 2, 0, 1);
        // 2000 is the UCDP file's first year: whether its conflict is new cannot be told
        assertThat(years).extracting(PolarityYear::ucdpOnsets).containsExactly(null, 1, 0, 1);
    }

    @Test
    void badLinesAreListedWithFileLineAndReasonAndTheRestIsUsed() {
        PolarityResult result = PolarityStudy.run(sources, quick());
        assertThat(result.rejected()).extracting(PolarityRejection::toString).containsExactly(
                dir.resolve("nmc.csv") + ":6: non-numeric cinc 'abc'",
                dir.resolve("nmc.csv") + ":7: state 1 in 2000 already read on line 2",
                dir.resolve("mids.csv") + ":6: hostlev 9 outside 1..5");
        assertThat(result.coverage()).extracting(PolarityCoverage::source, PolarityCoverage::rows,
                PolarityCoverage::rejected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("nmc", 11L, 2L),
                org.assertj.core.groups.Tuple.tuple("majors", 4L, 0L),
                org.assertj.core.groups.Tuple.tuple("mids", 4L, 1L),
                org.assertj.core.groups.Tuple.tuple("ucdp", 5L, 0L));
        assertThat(result.coverage().get(2).firstYear()).isEqualTo(2000);
        assertThat(result.coverage().get(2).lastYear()).isEqualTo(2002);
    }

    @Test
    void withoutUcdpTheUcdpCountsAreNullAndAYearRangeLimitsTheYears() {
        PolaritySources noUcdp = new PolaritySources(sources.nmc(), sources.majors(), sources.mids(), null);
        List<PolarityYear> years = PolarityStudy.run(noUcdp, new PolarityOptions(2001, 2002, 2, 200, 7)).years();
        assertThat(years).extracting(PolarityYear::year).containsExactly(2001, 2002);
        assertThat(years).extracting(PolarityYear::ucdpConflicts).containsOnlyNulls();
        assertThat(years).extracting(PolarityYear::ucdpOnsets).containsOnlyNulls();
    }

    @Test
    void tooFewYearsGiveNoCorrelationButAStatementThatSaysSo() {
        PolarityResult result = PolarityStudy.run(sources, quick());
        assertThat(result.correlations()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.n()).isLessThan(PolarityCorrelations.MIN_YEARS);
            assertThat(c.spearman()).isNull();
        });
        assertThat(result.statement()).contains("too few years").doesNotContain("support");
    }

    @Test
    void unusableFilesGiveClearErrors() throws Exception {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> PolarityStudy.run(new PolaritySources(missing, sources.majors(), sources.mids(), null),
                quick())).isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read the NMC file " + missing + ": no such file");
        assertThatThrownBy(() -> PolarityStudy.run(new PolaritySources(sources.majors(), sources.majors(),
                sources.mids(), null), quick()))
                .hasMessage("cannot read the NMC file: " + sources.majors() + ": line 1: the header lacks the column 'year'");
        Path empty = write("empty.csv", "dispnum,styear,hostlev\n");
        assertThatThrownBy(() -> PolarityStudy.run(new PolaritySources(sources.nmc(), sources.majors(), empty, null),
                quick())).hasMessage("the MID file " + empty + " has no usable disputes");
        assertThatThrownBy(() -> new PolarityOptions(2005, 2000, 5, 2000, 1))
                .hasMessage("the year range 2005-2000 starts after it ends");
    }
}
