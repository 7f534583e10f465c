package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.store.IngestListener;
import org.touchstone.store.Store;
import org.touchstone.store.UnVotesLoader;

/** The measures on the hand-worked example of docs/methods/affinity.md. */
class AffinityScoresTest {
    static final List<AffinityMeasure> ALL = List.of(AffinityMeasure.AGREE, AffinityMeasure.S, AffinityMeasure.KAPPA);

    @TempDir
    static Path dir;
    static Store store;
    static AffinityScores scores;

    @BeforeAll
    static void load() throws Exception {
        store = Store.open(dir.resolve("t.duckdb"));
        new UnVotesLoader(store, IngestListener.SILENT).load(TinyUnVotes.write(dir.resolve("tiny")));
        scores = new AffinityScores(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static AffinityRequest request(Integer from, Integer to, boolean byYear, String issue) {
        return new AffinityRequest(from, to, byYear, issue, ALL);
    }

    static double value(List<AffinityValue> values, Integer year, String measure) {
        return values.stream().filter(v -> Objects.equals(v.year(), year) && v.measure().equals(measure))
                .findFirst().orElseThrow().value();
    }

    @Test
    void handWorkedValuesFor1990() {
        // Six roll calls both voted on (RU was absent from roll call 7); three identical votes.
        // S: |differences| 0, 1, .5, 0, 0, 1 -> mean 2.5/6 -> S = 1 - 2 * 2.5/6 = 1/6.
        // kappa: US yes 3, abstain 1, no 2; RU yes 3, abstain 2, no 1 -> p_e = (9 + 2 + 2)/36 = 13/36,
        //        p_o = 1/2 -> kappa = (18/36 - 13/36) / (23/36) = 5/23.
        List<AffinityValue> values = scores.pair("USA", "RUS", request(1990, 1990, true, null)).values();
        assertThat(values).extracting(AffinityValue::measure).containsExactly("agree", "s", "kappa");
        assertThat(values).allSatisfy(v -> {
            assertThat(v.year()).isEqualTo(1990);
            assertThat(v.a()).isEqualTo("USA");
            assertThat(v.b()).isEqualTo("RUS");
            assertThat(v.votes()).isEqualTo(6);
            assertThat(v.issue()).isNull();
        });
        assertThat(value(values, 1990, "agree")).isEqualTo(0.5);
        assertThat(value(values, 1990, "s")).isCloseTo(1.0 / 6, within(1e-15));
        assertThat(value(values, 1990, "kappa")).isCloseTo(5.0 / 23, within(1e-15));
    }

    @Test
    void kappaIsUndefinedWhenBothCastOneAndTheSameVoteThroughout() {
        List<AffinityValue> values = scores.pair("USA", "RUS", request(1991, 1991, true, null)).values();
        assertThat(values).extracting(AffinityValue::value).containsExactly(1.0, 1.0, null);
        assertThat(values).extracting(AffinityValue::votes).containsOnly(2L);
    }

    @Test
    void overAllYearsTheRollCallsArePooled() {
        // n = 8, same = 5, sum |diff| = 2.5; US yes 5, abstain 1, no 2; RU yes 5, abstain 2, no 1:
        // agree 5/8, S = 1 - 2 * 2.5/8 = 3/8, kappa = (40/64 - 29/64) / (35/64) = 11/35.
        List<AffinityValue> values = scores.pair("RUS", "USA", request(null, null, false, null)).values();
        assertThat(values).extracting(AffinityValue::year).containsOnlyNulls();
        assertThat(values.get(0).a()).as("the order asked").isEqualTo("RUS");
        assertThat(value(values, null, "agree")).isEqualTo(5.0 / 8);
        assertThat(value(values, null, "s")).isCloseTo(3.0 / 8, within(1e-15));
        assertThat(value(values, null, "kappa")).isCloseTo(11.0 / 35, within(1e-15));
    }

    @Test
    void anIssueLimitsTheRollCalls() {
        // Roll calls 2 (yes/no) and 3 (no/abstain): no agreement, S = 1 - 2 * 1.5/2 = -1/2,
        // p_e = (1*0 + 0*1 + 1*1)/4 = 1/4 -> kappa = (0 - 1/4) / (3/4) = -1/3.
        AffinityResult result = scores.pair("US", "RU", request(null, null, true, "human RIGHTS"));
        assertThat(result.issue()).isEqualTo("Human rights");
        List<AffinityValue> values = result.values();
        assertThat(values).extracting(AffinityValue::votes).containsOnly(2L);
        assertThat(values).extracting(AffinityValue::issue).containsOnly("Human rights");
        assertThat(value(values, 1990, "agree")).isZero();
        assertThat(value(values, 1990, "s")).isEqualTo(-0.5);
        assertThat(value(values, 1990, "kappa")).isCloseTo(-1.0 / 3, within(1e-15));
        assertThat(scores.pair("US", "RU", request(null, null, true, "co")).values())
                .extracting(AffinityValue::votes).containsOnly(1L);
    }

    @Test
    void theMatrixHasEveryPairInTheOrderAsked() {
        AffinityResult result = scores.matrix(List.of("GBR", "USA", "RUS"), request(1990, 1990, true, null));
        assertThat(result.labels()).containsExactly("GBR", "USA", "RUS");
        List<AffinityValue> kappas = result.values().stream().filter(v -> v.measure().equals("kappa")).toList();
        assertThat(kappas).extracting(v -> v.a() + "-" + v.b()).containsExactly("GBR-USA", "GBR-RUS", "USA-RUS");
        assertThat(kappas.get(0).value()).as("identical votes").isEqualTo(1.0);
        assertThat(kappas.get(0).votes()).as("GB and US both voted on roll call 7 too").isEqualTo(7);
        assertThat(kappas.get(1).value()).isCloseTo(5.0 / 23, within(1e-15));
    }

    @Test
    void codesResolveByCameoIso2IsoOfPredecessorAndCow() {
        UnVoteCountries countries = new UnVoteCountries(store);
        assertThat(countries.resolve("usa").countryCode()).isEqualTo("US");
        assertThat(countries.resolve("US").countryCode()).isEqualTo("US");
        assertThat(countries.resolve("2").countryCode()).isEqualTo("US");
        assertThat(countries.resolve("USR").countryCode()).as("the Soviet Union's seat").isEqualTo("RU");
        assertThat(countries.resolve("SU").countryCode()).isEqualTo("RU");
        assertThat(countries.resolve("CHN").describe()).isEqualTo("CHN (China, no votes)");
    }

    @Test
    void aCountryWithoutCameoCodeIsNamedByTheDataCodeAndVotesWithoutCountriesFileStillCount() throws Exception {
        Path data = Files.createDirectories(dir.resolve("zanzibar"));
        Files.writeString(data.resolve("un_countries.csv"), "country_code,country\nUS,United States\nZAN,Zanzibar\n");
        Files.writeString(data.resolve("un_votes.csv"),
                "rcid,year,country_code,vote\n1,1963,US,yes\n1,1963,ZAN,no\n1,1963,XX,no\n");
        try (Store other = Store.open(dir.resolve("zanzibar.duckdb"))) {
            new UnVotesLoader(other, IngestListener.SILENT).load(data);
            AffinityScores zanzibar = new AffinityScores(other);
            AffinityValue value = zanzibar.pair("USA", "zan", request(null, null, true, null)).values().get(0);
            assertThat(value.b()).isEqualTo("ZAN");
            assertThat(value.value()).isZero();
            assertThat(zanzibar.pair("511", "XX", request(null, null, true, null)).values().get(0).value())
                    .as("XX has votes but no row in un_countries").isEqualTo(1.0);
            assertThatThrownBy(() -> zanzibar.pair("USA", "123456789012", request(null, null, true, null)))
                    .hasMessageStartingWith("unknown country '123456789012'");
        }
    }

    @Test
    void errorsSayWhatIsWrongAndWhatExists() {
        AffinityRequest all = request(null, null, true, null);
        assertThatThrownBy(() -> scores.pair("USA", "XYZ", all))
                .hasMessageStartingWith("unknown country 'XYZ' in the UN votes")
                .hasMessageContaining("Codes in the store: CHN, GBR, RUS, USA");
        assertThatThrownBy(() -> scores.pair("USA", "US", all))
                .hasMessage("'USA' and 'US' are the same country: USA (United States, votes 1990-1991)");
        assertThatThrownBy(() -> scores.pair("USA", "RUS", request(1930, 1930, true, null)))
                .hasMessage("year 1930 is outside the UN votes in the store (1990-1991)");
        assertThatThrownBy(() -> scores.pair("USA", "RUS", request(null, null, true, "Trade")))
                .hasMessage("unknown issue 'Trade'; the data's issues are: Colonialism (co), Human rights (hr)");
        assertThatThrownBy(() -> scores.matrix(List.of("USA"), all)).hasMessageContaining("at least two countries");

        AffinityResult none = scores.pair("USA", "CHN", request(1990, 1990, true, null));
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.emptyReason()).isEqualTo("no roll call that both USA and CHN voted on in 1990"
                + " (USA (United States, votes 1990-1991); CHN (China, no votes))");
    }
}
