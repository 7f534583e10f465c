package org.touchstone.app.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.touchstone.analysis.AffinityMeasure;
import org.touchstone.analysis.AffinityRequest;
import org.touchstone.analysis.AffinityResult;
import org.touchstone.analysis.AffinityScores;
import org.touchstone.analysis.AffinityValue;
import org.touchstone.analysis.LikeMindedness;
import org.touchstone.analysis.Period;
import org.touchstone.analysis.UnVoteCountries;
import org.touchstone.analysis.UnVoteCountry;

/** How alike the actors' countries vote in the UN General Assembly, year by year, when the store holds UN votes. */
final class AffinitySection {
    static final String ID = "affinity";

    private AffinitySection() {
    }

    static ReportSection build(ReportContext c) {
        String lead = "Deeds of another kind: how alike the actors' countries vote in the UN General Assembly, per"
                + " year, over the roll calls both voted on: share of identical votes (agree), Signorino-Ritter S"
                + " and Cohen's kappa. Question: touchstone affinity A B.";
        List<ReportBlock> blocks = new ArrayList<>();
        UnVoteCountries known = new UnVoteCountries(c.store());
        List<UnVoteCountry> withVotes = known.withVotes();
        if (withVotes.isEmpty()) {
            blocks.add(new ReportBlock.Note("The store holds no UN votes: load them with 'touchstone unvotes ingest"
                    + " DIR' to add this section."));
            return section(lead, blocks);
        }
        Set<String> countries = new LinkedHashSet<>();
        c.actors().forEach(a -> countries.add(a.startsWith("IGO") ? a : a.substring(0, 3)));
        if (countries.size() < 2) {
            blocks.add(new ReportBlock.Note("UN voting affinity needs two countries among the actors."));
            return section(lead, blocks);
        }
        int first = withVotes.stream().mapToInt(UnVoteCountry::firstYear).min().orElseThrow();
        int last = withVotes.stream().mapToInt(UnVoteCountry::lastYear).max().orElseThrow();
        Integer from = c.range().from() == null ? null : Math.max(first, c.range().from().getYear());
        Integer to = c.range().to() == null ? null : Math.min(last, c.range().to().getYear());
        if ((from != null && from > last) || (to != null && to < first) || (from != null && to != null && from > to)) {
            blocks.add(new ReportBlock.Note("The UN votes in the store cover " + first + "-" + last
                    + ", outside this report's range."));
            return section(lead, blocks);
        }
        AffinityResult result;
        try {
            result = new AffinityScores(c.store()).matrix(List.copyOf(countries), new AffinityRequest(from, to, true,
                    null, List.of(AffinityMeasure.AGREE, AffinityMeasure.S, AffinityMeasure.KAPPA)));
        } catch (IllegalArgumentException e) {
            // a country the UN data does not know, say: the rest of the report stands
            blocks.add(new ReportBlock.Note("No UN voting affinity: " + e.getMessage()));
            return section(lead, blocks);
        }
        if (result.isEmpty()) {
            blocks.add(new ReportBlock.Note("No UN voting affinity: " + result.emptyReason() + "."));
            return section(lead, blocks);
        }
        // pair label -> year -> measure -> value, and pair -> year -> votes
        Map<String, Map<Integer, Map<String, Double>>> values = new LinkedHashMap<>();
        Map<String, Map<Integer, Long>> votes = new HashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (AffinityValue v : result.values()) {
            String pair = v.a() + "-" + v.b();
            values.computeIfAbsent(pair, k -> new TreeMap<>()).computeIfAbsent(v.year(), k -> new HashMap<>())
                    .put(v.measure(), v.value());
            votes.computeIfAbsent(pair, k -> new HashMap<>()).put(v.year(), v.votes());
            years.add(v.year());
        }
        List<Integer> axis = new ArrayList<>();
        for (int y = years.first(); y <= years.last(); y++) {
            axis.add(y);
        }
        Chart.Builder chart = Chart.line(ID + "-agree", "Share of identical UN votes by year",
                        axis.stream().map(String::valueOf).toList())
                .axes("year", "agree")
                .yRange(0, 1)
                .description("Per year, the share of UN General Assembly roll calls on which each pair of countries"
                        + " voted the same way.");
        values.forEach((pair, byYear) -> chart.series(ChartSeries.of(pair, axis.stream()
                .map(y -> byYear.containsKey(y) ? byYear.get(y).get("agree") : null).toList())));
        blocks.add(new ReportBlock.Figure(chart.build(), "0: never the same vote; 1: always the same vote."));
        values.forEach((pair, byYear) -> {
            List<ReportBlock.Row> rows = new ArrayList<>();
            byYear.forEach((year, m) -> rows.add(ReportBlock.Row.of(year, votes.get(pair).get(year), m.get("agree"),
                    m.get("s"), m.get("kappa"))));
            blocks.add(new ReportBlock.Heading(ID + "-" + Html.slug(pair), pair));
            blocks.add(new ReportBlock.Table(ID + "-" + Html.slug(pair), "UN voting affinity of " + pair
                    + " by year (votes: roll calls both voted on)", List.of("year", "votes", "agree", "s", "kappa"),
                    rows));
            wordsBesideVotes(c, pair, byYear, blocks);
        });
        return section(lead, blocks);
    }

    /**
     * Like-mindedness from words beside the votes, year by year, so a reader sees where words and votes
     * agree: the Pearson correlation and sign S of the pair's stances toward third parties, and the UN
     * agreement and S of the same year.
     */
    private static void wordsBesideVotes(ReportContext c, String pair, Map<Integer, Map<String, Double>> votes,
                                         List<ReportBlock> blocks) {
        String[] ab = pair.split("-");
        LikeMindedness.Result words;
        try {
            words = new LikeMindedness(c.store()).run(ab[0], ab[1], c.range(), Period.YEAR, Set.of(),
                    LikeMindedness.DEFAULT_MIN_EVIDENCE);
        } catch (IllegalArgumentException e) {
            return; // an actor with votes but no coded words: nothing to set beside the votes
        }
        List<ReportBlock.Row> rows = new ArrayList<>();
        for (LikeMindedness.Similarity s : words.periods()) {
            Map<String, Double> v = votes.get(s.periodStart().getYear());
            if (v != null && s.thirds() > 0) {
                rows.add(ReportBlock.Row.of(s.period(), s.thirds(), s.pearson(), s.signS(), v.get("agree"), v.get("s")));
            }
        }
        if (!rows.isEmpty()) {
            blocks.add(new ReportBlock.Table(ID + "-" + Html.slug(pair) + "-words", "Words beside votes: " + pair
                    + "'s like-mindedness from words (see Like-mindedness) and its UN voting affinity, by year",
                    List.of("year", "thirds", "words_pearson", "words_sign_s", "votes_agree", "votes_s"), rows));
        }
    }

    private static ReportSection section(String lead, List<ReportBlock> blocks) {
        return new ReportSection(ID, "UN voting affinity", lead, blocks);
    }
}
