package org.touchstone.analysis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.touchstone.store.NamedSql;
import org.touchstone.store.Store;
import org.touchstone.store.StoreException;

/**
 * The knowledge market: how different providers report the same events. The question behind
 * {@code touchstone providers}: volume per provider, tone toward each actor, the overlap of the
 * event clusters they cover (Jaccard), clusters covered only by providers of one country (blind
 * spots), and framing divergence — the same story coded with source and target swapped or with
 * stances of opposite sign — with the sentences side by side.
 */
public final class Providers {
    private static final NamedSql COVERAGE = NamedSql.load(Providers.class, "providers-coverage.sql");
    private static final NamedSql VOLUME = NamedSql.load(Providers.class, "providers-volume.sql");
    private static final int LISTED = 50;

    public record Volume(String provider, String providerCountry, String kind, long items) {
    }

    /** A provider's tone toward an actor: mean Goldstein of the coded events about it, mean GDELT tone of mentions. */
    public record Tone(String provider, String actor, long events, Double meanGoldstein, Double meanTone) {
    }

    public record Overlap(String providerA, String providerB, int clustersA, int clustersB, int shared, double jaccard) {
    }

    public record BlindSpot(String cluster, String country, List<String> providers) {
    }

    /** One provider's report of an event, with the sentence behind it where the text is stored. */
    public record Report(String provider, String providerCountry, String source, String target, String code,
                         Double goldstein, String docId, Integer sentenceIndex, String sentence, String url) {
    }

    /** Two providers' reports of one story that frame it differently: "swapped" or "opposite_sign". */
    public record Divergence(String story, String kind, Report first, Report second) {
    }

    public record Result(List<String> actors, List<Volume> volume, List<Tone> tone, int clusters,
                         List<Overlap> overlap, List<BlindSpot> blindSpots, List<Divergence> divergences) {
    }

    private record Row(String cluster, String story, String rootCode, String sourceCountry, String targetCountry,
                       Double tone, Report report) {
    }

    private final Store store;

    public Providers(Store store) {
        this.store = store;
    }

    /** @param actors actor code prefixes to restrict to, or empty for all */
    public Result run(List<String> actors, DateRange range) {
        List<String> codes = new ArrayList<>();
        for (String actor : actors) {
            codes.add(ActorCodes.requireKnown(store, actor, "actor"));
        }
        Map<String, Object> p = new HashMap<>();
        p.put("actors", codes.isEmpty() ? null : String.join(",", codes));
        p.put("from", range.from());
        p.put("to", range.to());
        try {
            List<Volume> volume = new ArrayList<>();
            try (PreparedStatement st = VOLUME.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    volume.add(new Volume(rs.getString("provider"), rs.getString("provider_country"),
                            rs.getString("kind"), rs.getLong("items")));
                }
            }
            List<Row> rows = coverage(p);
            Map<String, Set<String>> clustersByProvider = new TreeMap<>();
            Map<String, Set<String>> providersByCluster = new TreeMap<>();
            Map<String, String> countryOf = new HashMap<>();
            for (Row r : rows) {
                clustersByProvider.computeIfAbsent(r.report().provider(), k -> new TreeSet<>()).add(r.cluster());
                providersByCluster.computeIfAbsent(r.cluster(), k -> new TreeSet<>()).add(r.report().provider());
                if (r.report().providerCountry() != null) {
                    countryOf.put(r.report().provider(), r.report().providerCountry());
                }
            }
            return new Result(codes, volume, tone(rows, codes), providersByCluster.size(), overlap(clustersByProvider),
                    blindSpots(providersByCluster, countryOf), divergences(rows));
        } catch (SQLException e) {
            throw new StoreException("providers query failed: " + e.getMessage(), e);
        }
    }

    private List<Row> coverage(Map<String, Object> p) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = COVERAGE.prepare(store.connection(), p); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                int sentence = rs.getInt("sentence_index");
                Integer sentenceIndex = rs.wasNull() ? null : sentence;
                Report report = new Report(rs.getString("provider"), rs.getString("provider_country"),
                        rs.getString("source_code"), rs.getString("target_code"), rs.getString("code"),
                        DyadSeries.nullableDouble(rs, "goldstein"), rs.getString("doc_id"), sentenceIndex,
                        rs.getString("sentence"), rs.getString("url"));
                rows.add(new Row(rs.getString("cluster"), rs.getString("story"), rs.getString("root_code"),
                        rs.getString("source_country"), rs.getString("target_country"),
                        DyadSeries.nullableDouble(rs, "tone"), report));
            }
        }
        return rows;
    }

    /** Per provider and actor (each asked actor, or each target country when none were asked). */
    private static List<Tone> tone(List<Row> rows, List<String> actors) {
        Map<List<String>, double[]> sums = new TreeMap<>((x, y) -> x.get(0).equals(y.get(0))
                ? x.get(1).compareTo(y.get(1)) : x.get(0).compareTo(y.get(0)));
        for (Row r : rows) {
            List<String> about = new ArrayList<>();
            if (actors.isEmpty()) {
                about.add(r.targetCountry());
            } else {
                for (String actor : actors) {
                    if (r.report().target() != null && r.report().target().startsWith(actor)) {
                        about.add(actor);
                    }
                }
            }
            for (String actor : about) {
                double[] s = sums.computeIfAbsent(List.of(r.report().provider(), actor), k -> new double[5]);
                s[0]++;
                if (r.report().goldstein() != null) {
                    s[1] += r.report().goldstein();
                    s[2]++;
                }
                if (r.tone() != null) {
                    s[3] += r.tone();
                    s[4]++;
                }
            }
        }
        List<Tone> tones = new ArrayList<>();
        sums.forEach((key, s) -> tones.add(new Tone(key.get(0), key.get(1), (long) s[0],
                s[2] == 0 ? null : s[1] / s[2], s[4] == 0 ? null : s[3] / s[4])));
        return tones;
    }

    static List<Overlap> overlap(Map<String, Set<String>> clustersByProvider) {
        List<String> providers = new ArrayList<>(clustersByProvider.keySet());
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < providers.size(); i++) {
            for (int j = i + 1; j < providers.size(); j++) {
                Set<String> a = clustersByProvider.get(providers.get(i));
                Set<String> b = clustersByProvider.get(providers.get(j));
                int shared = (int) a.stream().filter(b::contains).count();
                int union = a.size() + b.size() - shared;
                overlaps.add(new Overlap(providers.get(i), providers.get(j), a.size(), b.size(), shared,
                        (double) shared / union));
            }
        }
        overlaps.sort((x, y) -> Double.compare(y.jaccard(), x.jaccard()));
        return overlaps;
    }

    /** Clusters whose providers all come from one country, when the data has providers of several countries. */
    static List<BlindSpot> blindSpots(Map<String, Set<String>> providersByCluster, Map<String, String> countryOf) {
        if (new TreeSet<>(countryOf.values()).size() < 2) {
            return List.of();
        }
        List<BlindSpot> spots = new ArrayList<>();
        providersByCluster.forEach((cluster, providers) -> {
            Set<String> countries = new TreeSet<>();
            for (String provider : providers) {
                countries.add(Objects.requireNonNullElse(countryOf.get(provider), "?"));
            }
            if (countries.size() == 1 && !countries.contains("?")) {
                spots.add(new BlindSpot(cluster, countries.iterator().next(), List.copyOf(providers)));
            }
        });
        return spots;
    }

    private static List<Divergence> divergences(List<Row> rows) {
        Map<String, List<Row>> stories = new LinkedHashMap<>();
        for (Row r : rows) {
            stories.computeIfAbsent(r.story(), k -> new ArrayList<>()).add(r);
        }
        List<Divergence> divergences = new ArrayList<>();
        for (Map.Entry<String, List<Row>> story : stories.entrySet()) {
            List<Row> reports = story.getValue();
            for (int i = 0; i < reports.size() && divergences.size() < LISTED; i++) {
                for (int j = i + 1; j < reports.size(); j++) {
                    Row x = reports.get(i);
                    Row y = reports.get(j);
                    if (x.report().provider().equals(y.report().provider())) {
                        continue;
                    }
                    String kind = divergence(x, y);
                    if (kind != null) {
                        divergences.add(new Divergence(story.getKey(), kind, x.report(), y.report()));
                    }
                }
            }
        }
        return divergences;
    }

    /** "swapped": same root, source and target exchanged; "opposite_sign": stances of opposite sign. */
    static String divergence(Row x, Row y) {
        boolean swapped = x.rootCode().equals(y.rootCode()) && x.sourceCountry().equals(y.targetCountry())
                && x.targetCountry().equals(y.sourceCountry()) && !x.sourceCountry().equals(x.targetCountry());
        if (swapped) {
            return "swapped";
        }
        Double gx = x.report().goldstein();
        Double gy = y.report().goldstein();
        if (gx != null && gy != null && Math.signum(gx) * Math.signum(gy) < 0) {
            return "opposite_sign";
        }
        return null;
    }
}
