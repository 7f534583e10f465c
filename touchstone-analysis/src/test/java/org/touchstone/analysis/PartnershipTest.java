package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.core.Event;
import org.touchstone.store.EventWriter;
import org.touchstone.store.Store;

/** The three readings of a partnership on a hand-built table built to look like an alliance. */
class PartnershipTest {
    @TempDir
    Path dir;
    Store store;
    int id;

    void add(List<Event> events, String date, String source, String target, String code, double goldstein, int times) {
        for (int i = 0; i < times; i++) {
            events.add(HandBuilt.event("p" + id++, date, source, target, code, goldstein));
        }
    }

    @BeforeEach
    void fill() {
        store = Store.open(dir.resolve("t.duckdb"));
        List<Event> events = new ArrayList<>();
        add(events, "2021-03-01", "CHNMIL", "RUSMIL", "062", 6.4, 3);   // military cooperation
        add(events, "2022-03-01", "RUSMIL", "CHNMIL", "062", 6.4, 3);
        add(events, "2021-05-01", "CHN", "RUS", "040", 1.0, 2);
        add(events, "2022-05-01", "RUS", "CHN", "040", 1.0, 2);
        add(events, "2022-06-01", "RUS", "CHN", "111", -2.0, 2);        // some friction, all in 2022
        add(events, "2021-07-01", "CHN", "USA", "111", -2.0, 1);        // both in conflict with C, both years
        add(events, "2021-07-02", "RUS", "USA", "112", -2.0, 1);
        add(events, "2022-07-01", "CHN", "USA", "172", -5.0, 1);
        add(events, "2022-07-02", "RUS", "USA", "111", -2.0, 1);
        add(events, "2021-01-01", "USA", "IRN", "172", -5.0, 2);        // IRN: C's adversary
        add(events, "2021-02-01", "CHN", "IRN", "057", 8.0, 1);         // cooperation with it
        add(events, "2021-02-02", "CHN", "FRA", "040", 1.0, 1);
        add(events, "2021-02-03", "RUS", "IRN", "061", 6.4, 1);
        new EventWriter(store).add(events);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Partnership.Indicator indicator(Partnership.Result r, String name) {
        return r.indicators().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void indicatorsMatchTheHandComputationAndTheAllianceReadingIsSupported() {
        Partnership.Result r = new Partnership(store).run("CHN", "RUS", "USA", DateRange.ALL, Period.YEAR,
                Map.of("CHN", 0.20, "RUS", 0.04));
        assertThat(r.events()).isEqualTo(12);
        Partnership.Indicator material = indicator(r, "material_cooperation_share");
        assertThat(material.value()).isEqualTo(0.5);                         // 6 of 12
        assertThat(material.low()).isLessThan(0.5);
        assertThat(material.high()).isGreaterThan(0.5);
        assertThat(material.events()).hasSize(6);
        assertThat(indicator(r, "military_cooperation").value()).isEqualTo(6.0);
        assertThat(indicator(r, "joint_conflict_with_third").value()).isEqualTo(1.0);
        Partnership.Indicator adversaries = indicator(r, "cooperation_with_thirds_adversaries");
        assertThat(adversaries.low()).isEqualTo(0.5);                        // CHN: IRN 1 of 2
        assertThat(adversaries.high()).isEqualTo(1.0);                       // RUS: IRN 1 of 1
        Partnership.Indicator conflict = indicator(r, "conflict_share");
        assertThat(conflict.value()).isCloseTo(2 / 12.0, within(1e-12));
        assertThat(conflict.trend()).isCloseTo(2 / 7.0, within(1e-12));       // 2021: 0 of 5, 2022: 2 of 7
        assertThat(indicator(r, "capability_asymmetry").value()).isCloseTo(5.0, within(1e-12));
        assertThat(r.readings()).filteredOn(s -> s.reading() == Partnership.Reading.ALLIANCE).singleElement()
                .satisfies(s -> {
                    assertThat(s.indicatorsFor()).isEqualTo(4);
                    assertThat(s.support()).isEqualTo("supported");
                });
        assertThat(r.summary()).contains("On 12 coded events between CHN and RUS")
                .contains("the alliance reading is supported (4 indicators for, 0 against)")
                .contains("not measures of intentions");
    }

    @Test
    void withTooFewEventsNoReadingIsJudged() {
        Partnership.Result r = new Partnership(store).run("CHN", "IRN", "USA", DateRange.ALL, Period.YEAR, Map.of());
        assertThat(r.readings()).allSatisfy(s -> assertThat(s.support()).isEqualTo("too little evidence"));
        assertThat(r.summary()).contains("cannot tell the three readings apart");
        assertThat(indicator(r, "capability_asymmetry").verdict()).isEqualTo(Partnership.Verdict.UNCLEAR);
    }

    @Test
    void slopeIsTheLeastSquaresLine() {
        assertThat(Partnership.slope(List.of(1.0, 3.0, 5.0))).isEqualTo(2.0);
        assertThat(Partnership.slope(List.of(1.0))).isNull();
    }
}
