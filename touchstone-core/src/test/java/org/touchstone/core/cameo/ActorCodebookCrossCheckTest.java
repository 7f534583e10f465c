package org.touchstone.core.cameo;

import org.touchstone.testing.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks actor-codes.tsv and {@link ActorCodebook#parse} against public data read in place. */
class ActorCodebookCrossCheckTest {
    private static final ActorCodebook CODEBOOK = ActorCodebook.standard();

    /** COW's Kosovo (347): CAMEO 1.1b3 codes Kosovo as a region (KSV) of the state of the time. */
    private static final Set<Integer> COW_STATES_WITHOUT_CAMEO_COUNTRY = Set.of(347);

    /**
     * GDELT splits every actor code into country, ethnic group and type columns. Our parse must
     * agree: GDELT's country column holds the country, or else the region (e.g. AFR).
     */
    @Test
    void parsesGdeltActorCodesAsGdeltDoes() {
        // GDELT 2.0 export columns (0-based): code, country, ethnic, type1 for actor 1 and actor 2.
        int[][] actorColumns = {{5, 7, 9, 12}, {15, 17, 19, 22}};
        List<String> mismatches = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String line : SharedData.lines("gdelt/20191024143000.export.CSV")) {
            String[] cells = line.split("\t", -1);
            for (int[] columns : actorColumns) {
                String code = cells[columns[0]];
                if (code.isEmpty() || !seen.add(code)) {
                    continue;
                }
                ActorCode parsed = CODEBOOK.parse(code);
                String country = parsed.country() != null ? parsed.country() : parsed.region();
                String ethnic = parsed.ethnicGroups().isEmpty() ? null : parsed.ethnicGroups().get(0);
                if (!Objects.equals(country, emptyToNull(cells[columns[1]]))
                        || !Objects.equals(ethnic, emptyToNull(cells[columns[2]]))
                        || !Objects.equals(parsed.primarySector(), emptyToNull(cells[columns[3]]))) {
                    mismatches.add(code + ": GDELT country/ethnic/type1 " + cells[columns[1]] + "/"
                            + cells[columns[2]] + "/" + cells[columns[3]] + ", parsed " + country + "/" + ethnic
                            + "/" + parsed.primarySector());
                }
            }
        }
        assertThat(seen).as("distinct actor codes in the GDELT sample").hasSizeGreaterThan(200);
        assertThat(mismatches).as("actor codes parsed differently from GDELT").isEmpty();
    }

    @Test
    void cowNumbersAreCowStatesAndEveryCurrentStateHasACountry() {
        List<String> lines = SharedData.lines("cow/cow_states.csv");
        assertThat(lines.get(0)).startsWith("stateabb,ccode,statenme,styear,stmonth,stday,endyear");
        Map<Integer, Integer> lastYearOfState = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            lastYearOfState.merge(Integer.parseInt(cells[1]), Integer.parseInt(cells[6]), Math::max);
        }
        int lastYear = lastYearOfState.values().stream().max(Integer::compare).orElseThrow();

        assertThat(CODEBOOK.countries()).filteredOn(c -> c.cow() != null)
                .allSatisfy(c -> assertThat(lastYearOfState).as("COW state of %s", c.code()).containsKey(c.cow()));
        List<Integer> currentWithoutCountry = lastYearOfState.entrySet().stream()
                .filter(e -> e.getValue() == lastYear)
                .map(Map.Entry::getKey)
                .filter(cow -> CODEBOOK.countriesByCow(cow).isEmpty())
                .filter(cow -> !COW_STATES_WITHOUT_CAMEO_COUNTRY.contains(cow))
                .sorted()
                .toList();
        assertThat(currentWithoutCountry).as("COW states of %d without a CAMEO country", lastYear).isEmpty();
    }

    @Test
    void everyUnVotesCountryCodeResolves() {
        List<String> lines = SharedData.lines("unvotes/un_countries.csv");
        assertThat(lines.get(0)).isEqualTo("country_code,country");
        List<String> unresolved = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String iso2 = line.substring(0, line.indexOf(','));
            // The file also uses a few home-made three-letter codes (FRG, YAR, ZAN) that are not ISO.
            if (iso2.length() == 2 && CODEBOOK.countryByIso2(iso2).isEmpty()) {
                unresolved.add(line);
            }
        }
        assertThat(unresolved).as("UN voting countries without a CAMEO country").isEmpty();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
