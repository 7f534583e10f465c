package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Actor;
import org.touchstone.core.Event;
import org.touchstone.core.QuadClass;
import org.touchstone.store.EventWriter;
import org.touchstone.store.Store;

/** The dyad question on a small hand-built table whose answers are worked out by hand below. */
class DyadSeriesTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("t.duckdb"));
        new EventWriter(store).add(List.of(
                // January 2020: USA->CHN consult (+1), CHN->USA criticize (-2), USAGOV->CHNMIL threaten (-4.4)
                HandBuilt.event("1", "2020-01-05", "USA", "CHN", "040", 1.0),
                HandBuilt.event("2", "2020-01-20", "CHN", "USA", "111", -2.0),
                HandBuilt.event("3", "2020-01-31", "USAGOV", "CHNMIL", "130", -4.4),
                // February 2020: USA->CHN sign agreement (+8, verbal: root 05), USAMIL->CHNGOV provide aid (+7, material)
                HandBuilt.event("4", "2020-02-01", "USA", "CHN", "057", 8.0),
                HandBuilt.event("5", "2020-02-29", "USAMIL", "CHNGOV", "070", 7.0),
                // not the dyad: USA->RUS, and RUSCHN (a prefix of neither side's role)
                HandBuilt.event("6", "2020-01-10", "USA", "RUS", "190", -10.0),
                HandBuilt.event("7", "2020-01-10", "RUS", "CHN", "190", -10.0)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void undirectedMonthlySeriesMatchesHandComputation() {
        List<DyadPeriod> series = new DyadSeries(store).run("USA", "CHN", DateRange.ALL, Period.MONTH, false);
        assertThat(series).hasSize(2);
        DyadPeriod jan = series.get(0);
        assertThat(jan.period()).isEqualTo("2020-01");
        assertThat(jan.events()).isEqualTo(3);
        assertThat(jan.verbalCooperation()).isEqualTo(1);
        assertThat(jan.verbalConflict()).isEqualTo(2);
        assertThat(jan.goldsteinSum()).isCloseTo(1.0 - 2.0 - 4.4, within(1e-9));
        assertThat(jan.goldsteinMean()).isCloseTo((1.0 - 2.0 - 4.4) / 3, within(1e-9));
        assertThat(jan.netCooperation()).isCloseTo((1 - 2) / 3.0, within(1e-9));
        DyadPeriod feb = series.get(1);
        assertThat(feb.verbalCooperation()).isEqualTo(1);
        assertThat(feb.materialCooperation()).isEqualTo(1);
        assertThat(feb.netCooperation()).isEqualTo(1.0);
    }

    @Test
    void directedKeepsOnlyAToB() {
        List<DyadPeriod> series = new DyadSeries(store).run("CHN", "USA", DateRange.ALL, Period.YEAR, true);
        assertThat(series).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo("2020");
            assertThat(p.events()).isEqualTo(1);
            assertThat(p.netCooperation()).isEqualTo(-1.0);
        });
    }

    @Test
    void dateRangeIsInclusiveAndRoleCodesNarrowTheMatch() {
        DateRange jan20To31 = new DateRange(LocalDate.parse("2020-01-20"), LocalDate.parse("2020-01-31"));
        assertThat(new DyadSeries(store).run("usa", "chn", jan20To31, Period.DAY, false))
                .extracting(DyadPeriod::period).containsExactly("2020-01-20", "2020-01-31");
        assertThat(new DyadSeries(store).run("USAGOV", "CHN", DateRange.ALL, Period.YEAR, false))
                .singleElement().extracting(DyadPeriod::events).isEqualTo(1L);
    }

    @Test
    void weeksAreLabelledIsoStyle() {
        assertThat(new DyadSeries(store).run("USA", "CHN", DateRange.ALL, Period.WEEK, false))
                .extracting(DyadPeriod::period).containsExactly("2020-W01", "2020-W04", "2020-W05", "2020-W09");
    }

    @Test
    void rollingMeansAverageTheLastPeriods() {
        List<DyadPeriod> series = new DyadSeries(store).run("USA", "CHN", DateRange.ALL,
                new DyadSeries.Options(Period.MONTH, false, false, 2));
        assertThat(series.get(0).netCooperationRolling()).isCloseTo(-1 / 3.0, within(1e-12));
        assertThat(series.get(1).netCooperationRolling()).isCloseTo((-1 / 3.0 + 1.0) / 2, within(1e-12));
        assertThat(series.get(1).goldsteinMeanRolling()).isCloseTo(((1.0 - 2.0 - 4.4) / 3 + 7.5) / 2, within(1e-12));
        assertThat(new DyadSeries(store).run("USA", "CHN", DateRange.ALL, Period.MONTH, false).get(0)
                .netCooperationRolling()).isNull();
    }

    @Test
    void weightingByMentionsCountsEachEventAsOftenAsItWasReported() {
        new EventWriter(store).add(List.of(
                new Event("gdelt2", "m1", LocalDate.parse("2021-05-01"), new Actor("GBR", null, null, null),
                        new Actor("FRA", null, null, null), "040", QuadClass.VERBAL_COOPERATION, 1.0,
                        9, 1, 9, null, null, null, null),
                new Event("gdelt2", "m2", LocalDate.parse("2021-05-02"), new Actor("FRA", null, null, null),
                        new Actor("GBR", null, null, null), "111", QuadClass.VERBAL_CONFLICT, -2.0,
                        1, 1, 1, null, null, null, null)));
        DyadPeriod unweighted = new DyadSeries(store).run("GBR", "FRA", DateRange.ALL, Period.YEAR, false).get(0);
        assertThat(unweighted.netCooperation()).isEqualTo(0.0);
        DyadPeriod weighted = new DyadSeries(store).run("GBR", "FRA", DateRange.ALL,
                new DyadSeries.Options(Period.YEAR, false, true, 0)).get(0);
        // 9 mentions of cooperation against 1 of conflict: (9 - 1) / 10; mean (9 * 1 - 2) / 10
        assertThat(weighted.events()).isEqualTo(2);
        assertThat(weighted.verbalCooperation()).isEqualTo(9);
        assertThat(weighted.netCooperation()).isCloseTo(0.8, within(1e-12));
        assertThat(weighted.goldsteinMean()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void badInputGetsAClearError() {
        DyadSeries dyads = new DyadSeries(store);
        assertThatThrownBy(() -> dyads.run("U'S", "CHN", DateRange.ALL, Period.DAY, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a CAMEO actor code");
        assertThatThrownBy(() -> new DateRange(LocalDate.parse("2021-01-01"), LocalDate.parse("2020-01-01")))
                .hasMessageContaining("starts after it ends");
        assertThatThrownBy(() -> Period.parse("fortnight")).hasMessageContaining("day, week, month or year");
        assertThatThrownBy(() -> dyads.run("USA", "XYZ", DateRange.ALL, Period.DAY, false))
                .hasMessageContaining("unknown actor B 'XYZ'");
    }
}
