package org.touchstone.app.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.Period;
import org.touchstone.store.Store;

/** What every section is built from: the store, the request, the period chosen and the evidence queries. */
record ReportContext(Store store, ReportRequest request, Period by, EvidenceQueries evidence) {
    /** Events or statements shown as evidence per number: the strongest few, the rest counted. */
    static final int EVIDENCE_SHOWN = 5;

    List<String> actors() {
        return request.actors();
    }

    DateRange range() {
        return request.range();
    }

    /** Every unordered pair of actors, in the order the actors were given. */
    List<ActorPair> pairs() {
        List<ActorPair> pairs = new ArrayList<>();
        for (int i = 0; i < actors().size(); i++) {
            for (int j = i + 1; j < actors().size(); j++) {
                pairs.add(new ActorPair(actors().get(i), actors().get(j)));
            }
        }
        return pairs;
    }

    /** Every ordered pair of distinct actors. */
    List<ActorPair> orderedPairs() {
        List<ActorPair> pairs = new ArrayList<>();
        for (String a : actors()) {
            for (String b : actors()) {
                if (!a.equals(b)) {
                    pairs.add(new ActorPair(a, b));
                }
            }
        }
        return pairs;
    }

    /** "month" or "year": the period in words. */
    String periodWord() {
        return by.sqlName();
    }

    /** Every period start from the first to the last of {@code starts}, gaps included. */
    List<LocalDate> axis(Collection<LocalDate> starts) {
        return PeriodAxis.covering(by, starts);
    }

    /** The id of an evidence list: "ev-" and the parts, made safe for an HTML id. */
    static String evidenceId(String... parts) {
        return "ev-" + Html.slug(String.join("-", parts));
    }
}
