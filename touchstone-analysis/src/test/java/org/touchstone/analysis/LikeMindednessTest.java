package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Audience;
import org.touchstone.core.Event;
import org.touchstone.store.EventWriter;
import org.touchstone.store.Store;

/**
 * Like-mindedness on a hand-built table. Stances toward FRA, IND, JPN, USA:
 * CHN (2, 1, -1, -2), RUS (-1, 2, -2, -3). Worked out by hand:
 * Pearson 8 / sqrt(10 * 14), cosine 8 / sqrt(10 * 18), S on signs 1 - (2 + 0 + 0 + 0) / 4 = 0.5.
 */
class LikeMindednessTest {
    @TempDir
    Path dir;
    Store store;
    int id;

    void stance(List<Event> events, String source, String target, double goldstein, int times) {
        for (int i = 0; i < times; i++) {
            events.add(HandBuilt.event("e" + id++, "2021-0" + (1 + i) + "-01", source, target,
                    goldstein >= 0 ? "051" : "111", goldstein));
        }
    }

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("t.duckdb"));
        List<Event> events = new ArrayList<>();
        stance(events, "CHNGOV", "FRA", 2, 3);
        stance(events, "CHN", "IND", 1, 3);
        stance(events, "CHN", "JPNGOV", -1, 3);
        stance(events, "CHN", "USA", -2, 3);
        stance(events, "CHN", "GBR", 5, 2);               // too little evidence: left out
        stance(events, "RUS", "FRA", -1, 3);
        stance(events, "RUS", "IND", 2, 3);
        stance(events, "RUS", "JPN", -2, 3);
        stance(events, "RUS", "USA", -3, 2);              // plus one statement below: 3 in all
        stance(events, "RUS", "GBR", -5, 3);
        stance(events, "CHN", "RUS", 3, 3);               // about each other: not a third party
        events.add(new Event("touchstone", "m1", java.time.LocalDate.parse("2021-01-01"),
                new org.touchstone.core.Actor("CHN", null, null, null), new org.touchstone.core.Actor("USA", null, null, null),
                "190", org.touchstone.core.QuadClass.MATERIAL_CONFLICT, -10.0, null, null, null, null, null, null, null));
        new EventWriter(store).add(List.of(), events, List.of(HandBuilt.statement("s1", "2021-04-01",
                "RUSGOV", List.of("USAGOV"), true, "111", -3.0, Audience.DOMESTIC)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void similarityMeasuresMatchTheHandComputation() {
        LikeMindedness.Similarity s = new LikeMindedness(store)
                .run("CHN", "RUS", DateRange.ALL, null, Set.of(), 3).overall();
        assertThat(s.compared()).extracting(LikeMindedness.ThirdParty::third).containsExactly("FRA", "IND", "JPN", "USA");
        assertThat(s.pearson()).isCloseTo(8 / Math.sqrt(140), within(1e-12));
        assertThat(s.cosine()).isCloseTo(8 / Math.sqrt(180), within(1e-12));
        assertThat(s.signS()).isEqualTo(0.5);
        assertThat(s.pearsonLow()).isLessThanOrEqualTo(s.pearson());
        assertThat(s.pearsonHigh()).isGreaterThanOrEqualTo(s.pearson());
        assertThat(s.agreeMost()).extracting(LikeMindedness.ThirdParty::third).containsExactly("USA", "IND", "JPN");
        assertThat(s.disagreeMost()).extracting(LikeMindedness.ThirdParty::third).containsExactly("FRA");
    }

    @Test
    void overRestrictsTheThirdPartiesAndMinEvidenceAdmitsMore() {
        LikeMindedness lm = new LikeMindedness(store);
        assertThat(lm.run("CHN", "RUS", DateRange.ALL, null, Set.of("USA", "JPN"), 3).overall().signS()).isEqualTo(1.0);
        assertThat(lm.run("CHN", "RUS", DateRange.ALL, null, Set.of(), 2).overall().compared())
                .extracting(LikeMindedness.ThirdParty::third).contains("GBR");
    }

    @Test
    void byPeriodComparesWithinEachPeriod() {
        LikeMindedness.Result r = new LikeMindedness(store).run("CHN", "RUS", DateRange.ALL, Period.YEAR, Set.of(), 3);
        assertThat(r.periods()).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo("2021");
            assertThat(p.thirds()).isEqualTo(4);
            assertThat(p.signS()).isEqualTo(0.5);
        });
    }

    @Test
    void withFewerThanTwoThirdPartiesTheMeasuresAreUndefined() {
        LikeMindedness.Similarity s = new LikeMindedness(store)
                .run("CHN", "RUS", DateRange.ALL, null, Set.of("USA"), 3).overall();
        assertThat(s.thirds()).isEqualTo(1);
        assertThat(s.pearson()).isNull();
        assertThat(s.signS()).isNull();
    }
}
