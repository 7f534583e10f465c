package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.store.EventWriter;
import org.touchstone.store.Store;

/** Words against deeds on a hand-built table; the expected figures are worked out in the comments. */
class SayDoTest {
    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("t.duckdb"));
        new EventWriter(store).add(List.of(
                HandBuilt.event("1", "2020-01-01", "USAGOV", "CHNGOV", "036", 4.0),   // intent
                HandBuilt.event("2", "2020-01-10", "USA", "CHN", "040", 1.0),
                HandBuilt.event("3", "2020-02-01", "USA", "CHN", "138", -7.0),        // threat
                HandBuilt.event("4", "2020-02-01", "USA", "CHN", "172", -5.0),        // same day: not its follow-up
                HandBuilt.event("5", "2020-03-01", "USA", "CHNBUS", "061", 6.4),      // follows intent 1 (60 days)
                HandBuilt.event("6", "2020-04-01", "USA", "CHN", "130", -4.4),        // threat
                HandBuilt.event("7", "2020-04-15", "USA", "CHN", "163", -8.0),        // follows threats 3 and 6
                HandBuilt.event("8", "2020-11-01", "USA", "CHN", "130", -4.4),        // threat, nothing follows
                HandBuilt.event("9", "2020-06-01", "USA", "CHN", "030", 4.0),         // intent, nothing follows
                HandBuilt.event("10", "2020-06-02", "USA", "RUS", "061", 6.4),        // another target
                HandBuilt.event("11", "2020-06-03", "CHN", "USA", "061", 6.4)));      // another source
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void yearlyMeansGapAndIntervalMatchTheHandComputation() {
        SayDo.Result result = new SayDo(store).run("USA", "CHN", DateRange.ALL, Period.YEAR, 180);
        SayDo.SayDoPeriod year = result.periods().get(0);
        assertThat(result.periods()).hasSize(1);
        // verbal: 4.0, 1.0, -7.0, -4.4, -4.4, 4.0 -> -6.8 / 6; material: -5.0, 6.4, -8.0 -> -6.6 / 3
        assertThat(year.verbalN()).isEqualTo(6);
        assertThat(year.materialN()).isEqualTo(3);
        assertThat(year.verbalMean()).isCloseTo(-6.8 / 6, within(1e-9));
        assertThat(year.materialMean()).isCloseTo(-2.2, within(1e-9));
        assertThat(year.gap()).isCloseTo(-6.8 / 6 + 2.2, within(1e-9));
        assertThat(year.gapLow()).isLessThan(year.gap());
        assertThat(year.gapHigh()).isGreaterThan(year.gap());
        // the interval lies within the extreme possible differences of resampled means
        assertThat(year.gapLow()).isGreaterThanOrEqualTo(-7.0 - 6.4);
        assertThat(year.gapHigh()).isLessThanOrEqualTo(4.0 + 8.0);
    }

    @Test
    void aPeriodWithOnlyWordsHasNoGap() {
        SayDo.SayDoPeriod january = new SayDo(store).run("USA", "CHN", DateRange.ALL, Period.MONTH, 180).periods().get(0);
        assertThat(january.period()).isEqualTo("2020-01");
        assertThat(january.verbalMean()).isEqualTo(2.5);
        assertThat(january.materialMean()).isNull();
        assertThat(january.gap()).isNull();
        assertThat(january.gapLow()).isNull();
    }

    @Test
    void followThroughCountsDeedsOneToKDaysLater() {
        SayDo.FollowThrough f = new SayDo(store).run("USA", "CHN", DateRange.ALL, Period.YEAR, 180).followThrough();
        assertThat(f.intents()).isEqualTo(2);
        assertThat(f.intentsFollowed()).isEqualTo(1);
        assertThat(f.intentShare()).isEqualTo(0.5);
        assertThat(f.threats()).isEqualTo(3);
        assertThat(f.threatsFollowed()).isEqualTo(2);
        assertThat(f.pairs()).extracting(p -> p.cue().eventId() + "->" + (p.deed() == null ? "-" : p.deed().eventId()))
                .containsExactly("1->5", "9->-", "3->7", "6->7", "8->-");

        SayDo.FollowThrough shortWindow = new SayDo(store).run("USA", "CHN", DateRange.ALL, Period.YEAR, 30).followThrough();
        assertThat(shortWindow.intentsFollowed()).isZero();
        assertThat(shortWindow.threatsFollowed()).isEqualTo(1);
    }

    @Test
    void withoutBAllOfAsTargetsCountAndDeedsMustGoToTheCuesOwnTarget() {
        SayDo.Result all = new SayDo(store).run("USA", null, DateRange.ALL, Period.YEAR, 180);
        assertThat(all.periods().get(0).materialN()).isEqualTo(4);
        // intent 9 toward CHN is not followed by the deed toward RUS
        assertThat(all.followThrough().intentsFollowed()).isEqualTo(1);
    }

    @Test
    void badWindowIsRefused() {
        assertThatThrownBy(() -> new SayDo(store).run("USA", "CHN", DateRange.ALL, Period.YEAR, 0))
                .hasMessageContaining("1-3650 days");
    }
}
