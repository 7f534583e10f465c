package org.touchstone.analysis;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer of {@link AffinityScores}: the countries asked about, as resolved, and the values,
 * ordered by year, then pair (in the order the countries were asked), then measure.
 *
 * @param countries the countries, in the order asked
 * @param issue     the issue as named in the data; null for all roll calls
 * @param values    one per pair, year and measure where the pair has roll calls both voted on
 * @param emptyReason why there are no values ("no roll call that both USA and CHN voted on in 1950 ..."); null when there are
 */
public record AffinityResult(List<UnVoteCountry> countries, String issue, List<AffinityValue> values, String emptyReason) {

    public AffinityResult {
        countries = List.copyOf(countries);
        values = List.copyOf(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The labels of the countries (USA, RUS, ...), in the order asked. */
    public List<String> labels() {
        return countries.stream().map(UnVoteCountry::label).collect(Collectors.toList());
    }
}
