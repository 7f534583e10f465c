package org.touchstone.coder.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.touchstone.coder.CodedDocument;
import org.touchstone.coder.Coder;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.core.Document;

/**
 * Scores the coder against the hand-coded gold set (docs/GOLD-SET.md). Each gold sentence is
 * coded as a one-sentence document dated with its date. A second annotation of the same sentences is
 * scored the same way ({@link #agreementWith}).
 *
 * <p>Events: per sentence, the multiset of predicted (source, target, root) triples against the
 * gold one, a prediction matching at most one gold triple; micro P/R/F1 over the split. Also at
 * country level (actors cut to their state or organization) and on the full code.
 *
 * <p>Statements: predicted and gold statements are aligned per sentence by speaker (exact code
 * first, then the same country). Speaker P/R/F1 counts aligned pairs; target P/R/F1 counts
 * (speaker, target) pairs of aligned statements; audience P/R/F1 counts aligned pairs whose
 * audience agrees (a wrong audience is both a false positive and a false negative).
 */
public final class GoldSetEvaluation {
    /** The scores of one split. */
    public record Result(String split, int sentences, Score eventsRoot, Score eventsCountry, Score eventsFullCode,
                         Score speakers, Score targets, Score audiences, Score named, Map<String, Score> byRoot) {
        public String table() {
            StringBuilder sb = new StringBuilder();
            sb.append("gold set, split ").append(split).append(", ").append(sentences).append(" sentences\n");
            sb.append(String.format("  events (source, target, root)   %s%n", eventsRoot));
            sb.append(String.format("  events at country level         %s%n", eventsCountry));
            sb.append(String.format("  events with full code           %s%n", eventsFullCode));
            sb.append(String.format("  statements: speaker             %s%n", speakers));
            sb.append(String.format("  statements: speaker+target      %s%n", targets));
            sb.append(String.format("  statements: speaker+audience    %s%n", audiences));
            sb.append(String.format("  statements: speaker+named       %s%n", named));
            byRoot.forEach((root, s) -> sb.append(String.format("    root %s  %s%n", root, s)));
            return sb.toString();
        }
    }

    /** One coded gold sentence, for looking at errors on the dev split. */
    public record Comparison(String id, String text, List<String> goldEvents, List<String> codedEvents,
                             List<String> goldStatements, List<String> codedStatements) {
    }

    private final List<JsonNode> rows = new ArrayList<>();

    public GoldSetEvaluation(Reader jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(jsonl)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(mapper.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gold set", e);
        }
    }

    public Result evaluate(Coder coder, String split) {
        return score(split, row -> Coding.of(code(coder, row)));
    }

    /**
     * How far a second annotation of the same sentences (matched by id) agrees with this one, scored as
     * if it were the coder's output: the ceiling that one annotator's gold set can show.
     *
     * @throws IllegalArgumentException when a sentence of the split has no second annotation
     */
    public Result agreementWith(GoldSetEvaluation second, String split) {
        Map<String, JsonNode> byId = new HashMap<>();
        second.rows.forEach(r -> byId.put(r.path("id").asText(), r));
        return score(split, row -> {
            JsonNode other = byId.get(row.path("id").asText());
            if (other == null) {
                throw new IllegalArgumentException("no second annotation of " + row.path("id").asText());
            }
            return Coding.of(other);
        });
    }

    /** The events and statements one side gives a sentence, in the terms the scores compare. */
    private record Coding(List<String[]> events, List<Said> statements) {
        static Coding of(CodedDocument coded) {
            return new Coding(coded.events().stream().map(e -> new String[] {e.source().code(), e.target().code(), e.code()}).toList(),
                    coded.statements().stream().map(s -> new Said(s.speaker(), s.targets(), s.audience().code(), s.named())).toList());
        }

        static Coding of(JsonNode row) {
            List<String[]> events = new ArrayList<>();
            for (JsonNode e : row.path("events")) {
                events.add(new String[] {e.path("source").asText(), e.path("target").asText(), e.path("code").asText()});
            }
            List<Said> statements = new ArrayList<>();
            for (JsonNode s : row.path("statements")) {
                List<String> targets = new ArrayList<>();
                s.path("targets").forEach(t -> targets.add(t.asText()));
                statements.add(new Said(s.path("speaker").asText(), targets, s.path("audience").asText(), s.path("named").asBoolean(true)));
            }
            return new Coding(events, statements);
        }
    }

    /** A statement as scored: who spoke, about whom, to which audience, named or alluded. */
    private record Said(String speaker, List<String> targets, String audience, boolean named) {
    }

    private Result score(String split, Function<JsonNode, Coding> predicted) {
        Score root = Score.ZERO;
        Score country = Score.ZERO;
        Score full = Score.ZERO;
        Score speakers = Score.ZERO;
        Score targets = Score.ZERO;
        Score audiences = Score.ZERO;
        Score named = Score.ZERO;
        Map<String, Score> byRoot = new java.util.TreeMap<>();
        int n = 0;
        for (JsonNode row : rows) {
            if (!split.equals("all") && !split.equals(row.path("split").asText())) {
                continue;
            }
            n++;
            Coding gold = Coding.of(row);
            Coding coded = predicted.apply(row);
            List<String[]> pred = coded.events();
            root = root.plus(match(gold.events(), pred, t -> t[0] + ">" + t[1] + ":" + t[2].substring(0, 2)));
            country = country.plus(match(gold.events(), pred, t -> countryLevel(t[0]) + ">" + countryLevel(t[1]) + ":" + t[2].substring(0, 2)));
            full = full.plus(match(gold.events(), pred, t -> t[0] + ">" + t[1] + ":" + t[2]));
            for (String r : rootsOf(gold.events(), pred)) {
                List<String[]> g = gold.events().stream().filter(t -> t[2].startsWith(r)).toList();
                List<String[]> p = pred.stream().filter(t -> t[2].startsWith(r)).toList();
                byRoot.merge(r, match(g, p, t -> t[0] + ">" + t[1] + ":" + t[2].substring(0, 2)), Score::plus);
            }
            Score[] st = statements(gold.statements(), coded.statements());
            speakers = speakers.plus(st[0]);
            targets = targets.plus(st[1]);
            audiences = audiences.plus(st[2]);
            named = named.plus(st[3]);
        }
        return new Result(split, n, root, country, full, speakers, targets, audiences, named, byRoot);
    }

    /** Gold and coded events and statements of each sentence of a split, side by side. */
    public List<Comparison> compare(Coder coder, String split) {
        List<Comparison> out = new ArrayList<>();
        for (JsonNode row : rows) {
            if (!split.equals(row.path("split").asText())) {
                continue;
            }
            CodedDocument coded = code(coder, row);
            List<String> g = new ArrayList<>();
            row.path("events").forEach(e -> g.add(e.path("source").asText() + ">" + e.path("target").asText() + ":" + e.path("code").asText()));
            List<String> p = coded.events().stream().map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
            List<String> gs = new ArrayList<>();
            row.path("statements").forEach(s -> gs.add(s.path("speaker").asText() + " " + s.path("targets") + " "
                    + s.path("audience").asText() + " " + s.path("code").asText() + (s.path("named").asBoolean(true) ? "" : " alluded")));
            List<String> ps = coded.statements().stream().map(s -> s.speaker() + " " + s.targets() + " "
                    + s.audience().code() + " " + s.code() + (s.named() ? "" : " alluded")).toList();
            out.add(new Comparison(row.path("id").asText(), row.path("text").asText(), g, p, gs, ps));
        }
        return out;
    }

    private static CodedDocument code(Coder coder, JsonNode row) {
        Document doc = new Document(row.path("id").asText(), LocalDate.parse(row.path("date").asText()), null, null, null,
                null, row.path("text").asText(), null);
        return coder.code(doc);
    }

    private static List<String> rootsOf(List<String[]> gold, List<String[]> pred) {
        List<String> roots = new ArrayList<>();
        for (List<String[]> l : List.of(gold, pred)) {
            for (String[] t : l) {
                String r = t[2].substring(0, 2);
                if (!roots.contains(r)) {
                    roots.add(r);
                }
            }
        }
        return roots;
    }

    private static Score match(List<String[]> gold, List<String[]> pred, Function<String[], String> key) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] g : gold) {
            counts.merge(key.apply(g), 1, Integer::sum);
        }
        int tp = 0;
        for (String[] p : pred) {
            String k = key.apply(p);
            Integer c = counts.get(k);
            if (c != null && c > 0) {
                counts.put(k, c - 1);
                tp++;
            }
        }
        return new Score(tp, pred.size() - tp, gold.size() - tp);
    }

    /** A state actor to its country, an IGO to its organization (IGOUNOSCR -> IGOUNO), others unchanged. */
    static String countryLevel(String code) {
        if (code == null) {
            return "";
        }
        if (code.startsWith("IGO")) {
            return code.length() >= 9 && !code.startsWith("IGOUNO") ? code.substring(0, 9) : code.substring(0, Math.min(6, code.length()));
        }
        if (Coreference.isCountryCode(code) && code.length() > 3) {
            return code.substring(0, 3);
        }
        return code;
    }

    /** {speaker, speaker+target, speaker+audience, speaker+named} scores of one sentence. */
    private static Score[] statements(List<Said> g, List<Said> coded) {
        Map<Integer, Said> aligned = new LinkedHashMap<>();
        boolean[] used = new boolean[coded.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < g.size(); i++) {
                if (aligned.containsKey(i)) {
                    continue;
                }
                String speaker = g.get(i).speaker();
                for (int j = 0; j < coded.size(); j++) {
                    String c = coded.get(j).speaker();
                    boolean ok = pass == 0 ? speaker.equals(c) : countryLevel(speaker).equals(countryLevel(c));
                    if (!used[j] && ok) {
                        used[j] = true;
                        aligned.put(i, coded.get(j));
                        break;
                    }
                }
            }
        }
        int tp = aligned.size();
        Score speakers = new Score(tp, coded.size() - tp, g.size() - tp);
        int ttp = 0;
        int tfp = 0;
        int tfn = 0;
        int atp = 0;
        int ntp = 0;
        for (int i = 0; i < g.size(); i++) {
            Said p = aligned.get(i);
            List<String> goldTargets = g.get(i).targets();
            if (p == null) {
                tfn += goldTargets.size();
                continue;
            }
            int hit = 0;
            for (String t : p.targets()) {
                if (goldTargets.contains(t)) {
                    hit++;
                }
            }
            ttp += hit;
            tfp += p.targets().size() - hit;
            tfn += goldTargets.size() - hit;
            if (p.audience().equals(g.get(i).audience())) {
                atp++;
            }
            if (p.named() == g.get(i).named()) {
                ntp++;
            }
        }
        for (int j = 0; j < coded.size(); j++) {
            if (!used[j]) {
                tfp += coded.get(j).targets().size();
            }
        }
        return new Score[] {speakers, new Score(ttp, tfp, tfn),
                new Score(atp, coded.size() - atp, g.size() - atp), new Score(ntp, coded.size() - ntp, g.size() - ntp)};
    }
}
