package org.touchstone.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.touchstone.coder.Coder;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.ActorRecognizer;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.actor.ObjectPronouns;
import org.touchstone.coder.actor.SharedRoles;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.dict.VerbDictionary;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.evaluation.GoldSetEvaluation;
import org.touchstone.coder.petrarch.DictionaryFormat;
import org.touchstone.coder.petrarch.mapping.PetrarchDictionaries;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.coder.verb.VerbPatternMatcher;
import org.touchstone.core.Document;

/**
 * Two trials of ways past the coder's hand-written rules toward the gold set's goal (docs/GOLD-SET.md, "Trials of
 * session 15"), kept so that their figures can be run again. Both were dropped.
 * <ol>
 * <li><b>A learned filter over candidate events.</b> In the sentences the coder leaves without events, every pairing
 * of a recognized actor as source, another as target and a matched verb pattern's code is a candidate; a logistic
 * model over the candidate's shape (root, order and distances of the three, the pattern's own slots, kinds and
 * sectors of the actors, negation, a reporting verb or comma between source and verb, ...) keeps the best candidate
 * of each verb above a threshold. It is trained on the studied splits, validated leaving one studied split out, then
 * trained on all of them and applied once to the held-out sets. Optionally the Phoenix verb dictionary adds
 * candidates.</li>
 * <li><b>Phoenix verbs as a fallback.</b> The project's verbs plus the entries of PETRARCH-2's CAMEO.2.0 verb
 * dictionary for verb forms the project does not know, coded with the project's rules; per split F1 at root level
 * against the coder as it is.</li>
 * </ol>
 * A third part counts, for every gold event the coder misses, how near it came (docs/GOLD-SET.md, "Where the missed
 * events are"): the studied splits and the held-out sets apart, as counts only.
 * <pre>java -cp touchstone-bench.jar org.touchstone.bench.GoldTrials GOLD_DIR PETRARCH2_DICTIONARY_DIR</pre>
 */
public final class GoldTrials {
    /** Splits never studied; every other split but a second annotation ("...-second") is studied. */
    static final Set<String> HELD_OUT = Set.of("test", "held-out-2", "held-out-4");
    private static final double[] THRESHOLDS = {0.2, 0.3, 0.4, 0.5, 0.6};
    private static final int EPOCHS = 300;
    private static final double LEARNING_RATE = 1.0;
    private static final double L2 = 0.001;

    private record GoldRow(Path file, String id, String split, LocalDate date, String text, Set<String> events) {
    }

    /** A possible event "SRC>TGT:RR" of one verb of one sentence, and whether the gold has it. */
    private record Candidate(String split, String row, int verb, String event, List<String> features, boolean right) {
    }

    private final Coder coder = new Coder();
    private final Dictionaries own = Dictionaries.builtIn();
    private final ActorRecognizer actors = new ActorRecognizer(own.actors());
    private final SharedRoles sharedRoles = new SharedRoles();
    private final ObjectPronouns objectPronouns = new ObjectPronouns();
    private final VerbPatternMatcher ownVerbs = new VerbPatternMatcher(own.verbs());
    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GoldTrials GOLD_DIR PETRARCH2_DICTIONARY_DIR");
            System.exit(2);
        }
        Path goldDir = Path.of(args[0]);
        Dictionaries phoenix = PetrarchDictionaries.load(Path.of(args[1]), DictionaryFormat.PETRARCH2);
        GoldTrials trials = new GoldTrials();
        List<GoldRow> rows = readRows(goldDir);
        System.out.println("1. A learned filter over candidate events in sentences the coder leaves without events");
        Map<GoldRow, Set<String>> coded = trials.codeAll(rows);
        List<GoldRow> uncoded = rows.stream().filter(row -> coded.get(row).isEmpty()).toList();
        trials.candidateFilter(uncoded, null);
        System.out.println("\n   the same with the Phoenix verb dictionary adding candidates");
        trials.candidateFilter(uncoded, new VerbPatternMatcher(phoenix.verbs()));
        System.out.println("\n2. Phoenix verbs for verb forms the project does not know (events at root level)");
        trials.phoenixFallback(rows, phoenix);
        System.out.println("\n3. Where the missed events are: what the coder found of each gold event it does not code");
        trials.missBreakdown(rows, coded);
    }

    private static List<GoldRow> readRows(Path goldDir) throws IOException {
        List<GoldRow> rows = new ArrayList<>();
        forEachGoldLine(goldDir, (file, r) -> {
            Set<String> events = new HashSet<>();
            r.path("events").forEach(e -> events.add(e.path("source").asText() + ">"
                    + e.path("target").asText() + ":" + e.path("root").asText()));
            rows.add(new GoldRow(file, r.path("id").asText(), r.path("split").asText(),
                    LocalDate.parse(r.path("date").asText()), r.path("text").asText(), events));
        });
        return rows;
    }

    /** Each line of the gold files (GOLD_DIR's *.jsonl, by name) with its file, but a second annotator's. */
    static void forEachGoldLine(Path goldDir, BiConsumer<Path, JsonNode> each) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    JsonNode r = line.isBlank() ? null : json.readTree(line);
                    // a second annotator's coding of sentences already read is for agreement only
                    if (r != null && !r.path("split").asText().endsWith("-second")) {
                        each.accept(file, r);
                    }
                }
            }
        }
    }

    /** Each row's coded events as "SRC>TGT:RR", coded once for every part. */
    private Map<GoldRow, Set<String>> codeAll(List<GoldRow> rows) {
        Map<GoldRow, Set<String>> out = new HashMap<>();
        for (GoldRow row : rows) {
            Set<String> events = new HashSet<>();
            coder.code(new Document(row.split() + "/" + row.id(), row.date(), null, null, null, null, row.text(), null))
                    .events().forEach(e -> events.add(e.source().code() + ">" + e.target().code() + ":" + e.code().substring(0, 2)));
            out.put(row, events);
        }
        return out;
    }

    private void candidateFilter(List<GoldRow> uncoded, VerbPatternMatcher extraVerbs) {
        Map<String, Integer> emptyRows = new TreeMap<>();
        Map<String, Integer> missedThere = new TreeMap<>();
        List<Candidate> all = new ArrayList<>();
        for (GoldRow row : uncoded) {
            emptyRows.merge(row.split(), 1, Integer::sum);
            missedThere.merge(row.split(), row.events().size(), Integer::sum);
            all.addAll(candidates(row, extraVerbs));
        }
        List<Candidate> studied = all.stream().filter(c -> !HELD_OUT.contains(c.split())).toList();
        System.out.printf(Locale.ROOT, "   studied splits: %d sentences without events, %d gold events in them;"
                        + " %d candidates, %d of them right%n", sum(emptyRows, false), sum(missedThere, false),
                studied.size(), studied.stream().filter(Candidate::right).count());
        System.out.printf(Locale.ROOT, "   held-out sets: %d sentences without events, %d gold events in them;"
                        + " %d candidates, %d of them right%n", sum(emptyRows, true), sum(missedThere, true),
                all.size() - studied.size(), all.stream().filter(c -> HELD_OUT.contains(c.split()) && c.right()).count());
        int[][] crossValidated = new int[THRESHOLDS.length][2];
        for (String held : studied.stream().map(Candidate::split).distinct().sorted().toList()) {
            Map<String, Double> weights = train(studied.stream().filter(c -> !c.split().equals(held)).toList());
            List<Candidate> heldOut = studied.stream().filter(c -> c.split().equals(held)).toList();
            for (int t = 0; t < THRESHOLDS.length; t++) {
                int[] added = keep(heldOut, weights, THRESHOLDS[t]);
                crossValidated[t][0] += added[0];
                crossValidated[t][1] += added[1];
            }
        }
        Map<String, Double> weights = train(studied);
        for (int t = 0; t < THRESHOLDS.length; t++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "   threshold %.1f: studied (leave one split out) adds tp %d fp %d", THRESHOLDS[t],
                    crossValidated[t][0], crossValidated[t][1]));
            for (String split : HELD_OUT.stream().sorted().toList()) {
                int[] added = keep(all.stream().filter(c -> c.split().equals(split)).toList(), weights, THRESHOLDS[t]);
                line.append(String.format(Locale.ROOT, "; %s adds tp %d fp %d", split, added[0], added[1]));
            }
            System.out.println(line);
        }
    }

    private static int sum(Map<String, Integer> bySplit, boolean heldOut) {
        return bySplit.entrySet().stream().filter(e -> HELD_OUT.contains(e.getKey()) == heldOut)
                .mapToInt(Map.Entry::getValue).sum();
    }

    private List<Candidate> candidates(GoldRow row, VerbPatternMatcher extraVerbs) {
        List<Sentence> sentences = splitter.split(row.text());
        if (sentences.isEmpty()) {
            return List.of();
        }
        Sentence s = sentences.get(0);
        List<ActorMention> mentions = objectPronouns.resolve(s,
                sharedRoles.resolve(s, actors.recognize(s, row.date(), new Coreference())));
        List<VerbMatch> verbs = new ArrayList<>(ownVerbs.match(s, mentions));
        int ownCount = verbs.size();
        if (extraVerbs != null) {
            verbs.addAll(extraVerbs.match(s, mentions));
        }
        List<Candidate> out = new ArrayList<>();
        for (int v = 0; v < verbs.size(); v++) {
            VerbMatch verb = verbs.get(v);
            String code = verb.pattern().code();
            if (code == null || !code.matches("\\d{3,4}")) {
                continue;
            }
            for (ActorMention source : mentions) {
                if (!source.isResolved() || source.locative()) {
                    continue;
                }
                for (ActorMention target : mentions) {
                    if (!target.isResolved() || target == source) {
                        continue;
                    }
                    for (String sourceCode : source.codes()) {
                        for (String targetCode : target.codes()) {
                            String to = target.locative() && target.placeCode() != null ? target.placeCode() : targetCode;
                            if (to.equals(sourceCode)) {
                                continue;
                            }
                            String event = sourceCode + ">" + to + ":" + code.substring(0, 2);
                            out.add(new Candidate(row.split(), row.split() + "/" + row.id(), v, event,
                                    features(s, mentions, verbs, verb, source, target, sourceCode, to, v >= ownCount),
                                    row.events().contains(event)));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<String> features(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, VerbMatch verb,
                                         ActorMention source, ActorMention target, String sourceCode, String targetCode,
                                         boolean phoenix) {
        List<String> f = new ArrayList<>();
        String root = verb.pattern().code().substring(0, 2);
        boolean sourceFirst = source.end() <= verb.start();
        boolean targetAfter = target.start() >= verb.end();
        String order = (sourceFirst ? "S<V" : "V<S") + (targetAfter ? "V<T" : "T<V");
        f.add("root=" + root);
        f.add("phoenix=" + phoenix);
        f.add("phoenix=" + phoenix + "&root=" + root);
        f.add("order=" + order);
        f.add("order=" + order + "&root=" + root);
        f.add("sourceGap=" + bucket(sourceFirst ? verb.start() - source.end() : source.start() - verb.end()));
        f.add("targetGap=" + bucket(targetAfter ? target.start() - verb.end() : verb.start() - target.end()));
        f.add("patternTarget=" + (verb.target() != null && verb.target().start() == target.start()));
        f.add("patternSource=" + (verb.source() != null && verb.source().start() == source.start()));
        f.add("sourceKind=" + source.kind());
        f.add("targetKind=" + target.kind());
        f.add("targetPlace=" + target.locative());
        f.add("sourcePerson=" + source.individual());
        f.add("targetPossessive=" + target.possessive());
        f.add("sourceSector=" + (sourceCode.length() > 3));
        f.add("targetSector=" + (targetCode.length() > 3));
        f.add("sameCountry=" + (sourceCode.length() >= 3 && targetCode.startsWith(sourceCode.substring(0, 3))));
        f.add("nominal=" + verb.nominal());
        f.add("firstVerb=" + (verbs.get(0) == verb));
        f.add("sourceIsFirstActor=" + (firstActor(mentions) == source));
        f.add("targetIsNextActor=" + (nextActor(mentions, verb.end()) == target));
        f.add("wordBeforeTarget=" + (targetAfter && target.start() > verb.end() ? s.lower(target.start() - 1) : "-"));
        boolean negated = false;
        for (int i = Math.max(0, verb.start() - 3); i < verb.start(); i++) {
            negated |= Set.of("not", "never", "no", "n't").contains(s.lower(i));
        }
        f.add("negated=" + negated);
        boolean reported = false;
        boolean comma = false;
        for (int i = Math.min(source.start(), verb.start()); i < Math.max(source.end(), verb.start()); i++) {
            reported |= Set.of("said", "says", "told", "according", "that").contains(s.lower(i));
            comma |= s.lower(i).equals(",");
        }
        f.add("reportedBetween=" + reported);
        f.add("commaBetween=" + comma);
        f.add("sentenceLength=" + bucket(s.size() / 5));
        return f;
    }

    private static ActorMention firstActor(List<ActorMention> mentions) {
        return mentions.stream().filter(m -> m.isResolved() && !m.locative()).findFirst().orElse(null);
    }

    private static ActorMention nextActor(List<ActorMention> mentions, int from) {
        return mentions.stream().filter(m -> m.isResolved() && m.start() >= from).findFirst().orElse(null);
    }

    private static String bucket(int n) {
        return n <= 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : n <= 7 ? "4-7" : "8+";
    }

    /** Full-batch gradient descent on the log loss with a little L2; deterministic. */
    private static Map<String, Double> train(List<Candidate> examples) {
        Map<String, Double> w = new HashMap<>();
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Map<String, Double> gradient = new HashMap<>();
            for (Candidate c : examples) {
                double error = probability(w, c.features()) - (c.right() ? 1 : 0);
                gradient.merge("bias", error, Double::sum);
                for (String f : c.features()) {
                    gradient.merge(f, error, Double::sum);
                }
            }
            for (Map.Entry<String, Double> g : gradient.entrySet()) {
                double now = w.getOrDefault(g.getKey(), 0.0);
                w.put(g.getKey(), now - LEARNING_RATE * (g.getValue() / examples.size() + L2 * now));
            }
        }
        return w;
    }

    private static double probability(Map<String, Double> w, List<String> features) {
        double z = w.getOrDefault("bias", 0.0);
        for (String f : features) {
            z += w.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The best candidate of each verb at or above the threshold, each event once a sentence: {right, wrong}. */
    private static int[] keep(List<Candidate> candidates, Map<String, Double> w, double threshold) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        Map<String, Double> bestProbability = new HashMap<>();
        for (Candidate c : candidates) {
            String verb = c.row() + "#" + c.verb();
            double p = probability(w, c.features());
            if (p > bestProbability.getOrDefault(verb, -1.0)) {
                bestProbability.put(verb, p);
                best.put(verb, c);
            }
        }
        Set<String> kept = new HashSet<>();
        int right = 0;
        int wrong = 0;
        for (Map.Entry<String, Candidate> e : best.entrySet()) {
            Candidate c = e.getValue();
            if (bestProbability.get(e.getKey()) < threshold || !kept.add(c.row() + " " + c.event())) {
                continue;
            }
            if (c.right()) {
                right++;
            } else {
                wrong++;
            }
        }
        return new int[] {right, wrong};
    }

    private void phoenixFallback(List<GoldRow> rows, Dictionaries phoenix) throws IOException {
        Set<String> known = new HashSet<>();
        for (VerbEntry e : own.verbs().entries()) {
            e.verbForms().forEach(f -> known.add(String.join(" ", f)));
            e.nounForms().forEach(f -> known.add(String.join(" ", f)));
        }
        List<VerbEntry> merged = new ArrayList<>(own.verbs().entries());
        for (VerbEntry e : phoenix.verbs().entries()) {
            List<List<String>> unknown = e.verbForms().stream().filter(f -> !known.contains(String.join(" ", f))).toList();
            if (!unknown.isEmpty() && !e.patterns().isEmpty()) {
                merged.add(new VerbEntry(e.name(), e.kind(), e.governs(), e.legalCode(), e.role(), unknown, List.of(), e.patterns(), e.file(), e.line()));
            }
        }
        System.out.printf(Locale.ROOT, "   %d Phoenix entries added to the project's %d%n",
                merged.size() - own.verbs().entries().size(), own.verbs().entries().size());
        Coder trial = new Coder(new Dictionaries(own.actors(), new VerbDictionary(merged), List.of()));
        Map<Path, Set<String>> splitsByFile = new TreeMap<>();
        rows.forEach(r -> splitsByFile.computeIfAbsent(r.file(), f -> new LinkedHashSet<>()).add(r.split()));
        for (Map.Entry<Path, Set<String>> file : splitsByFile.entrySet()) {
            GoldSetEvaluation eval;
            try (var reader = Files.newBufferedReader(file.getKey(), StandardCharsets.UTF_8)) {
                eval = new GoldSetEvaluation(reader);
            }
            for (String split : file.getValue()) {
                System.out.printf(Locale.ROOT, "   %-11s as it is %s%n   %-11s trial    %s%n", split,
                        eval.evaluate(coder, split).eventsRoot(), "", eval.evaluate(trial, split).eventsRoot());
            }
        }
    }

    /** The kinds of miss, nearest first; each missed gold event counts once, under the first kind that fits. */
    private static final List<String> MISS_KINDS = List.of(
            "coded, an actor's sector differs (right at country level)",
            "the pair coded, with another root",
            "both actors and a verb of the root found, not put together",
            "the same, the actors found only at country level",
            "a verb of the root found, an actor not recognized",
            "both actors found (country level), no verb pattern of the root",
            "neither a verb of the root nor both actors");

    private void missBreakdown(List<GoldRow> rows, Map<GoldRow, Set<String>> codedRows) {
        Map<Boolean, int[]> byKind = new TreeMap<>();
        for (GoldRow row : rows) {
            Set<String> coded = codedRows.get(row);
            List<ActorMention> mentions = new ArrayList<>();
            List<VerbMatch> verbs = new ArrayList<>();
            Coreference coreference = new Coreference();
            for (Sentence s : splitter.split(row.text())) {
                List<ActorMention> found = objectPronouns.resolve(s,
                        sharedRoles.resolve(s, actors.recognize(s, row.date(), coreference)));
                mentions.addAll(found);
                verbs.addAll(ownVerbs.match(s, found));
            }
            int[] counts = byKind.computeIfAbsent(HELD_OUT.contains(row.split()), k -> new int[MISS_KINDS.size()]);
            for (String gold : row.events()) {
                if (!coded.contains(gold)) {
                    counts[missKind(gold, coded, mentions, verbs)]++;
                }
            }
        }
        for (Map.Entry<Boolean, int[]> e : byKind.entrySet()) {
            int[] counts = e.getValue();
            System.out.printf(Locale.ROOT, "   %s: %d missed gold events%n", e.getKey() ? "held-out sets" : "studied splits",
                    java.util.Arrays.stream(counts).sum());
            for (int k = 0; k < counts.length; k++) {
                System.out.printf(Locale.ROOT, "   %5d  %s%n", counts[k], MISS_KINDS.get(k));
            }
        }
    }

    private static int missKind(String gold, Set<String> coded, List<ActorMention> mentions, List<VerbMatch> verbs) {
        String source = gold.substring(0, gold.indexOf('>'));
        String target = gold.substring(gold.indexOf('>') + 1, gold.indexOf(':'));
        String root = gold.substring(gold.indexOf(':') + 1);
        if (coded.stream().anyMatch(c -> c.endsWith(":" + root) && sameCountry(c.substring(0, c.indexOf('>')), source)
                && sameCountry(c.substring(c.indexOf('>') + 1, c.indexOf(':')), target))) {
            return 0;
        }
        if (coded.stream().anyMatch(c -> c.startsWith(source + ">" + target + ":"))) {
            return 1;
        }
        boolean verb = verbs.stream().anyMatch(v -> v.pattern().code() != null && v.pattern().code().startsWith(root));
        boolean sourceExact = found(mentions, source, true);
        boolean targetExact = found(mentions, target, true);
        boolean sourceCountry = found(mentions, source, false);
        boolean targetCountry = found(mentions, target, false);
        if (verb && sourceExact && targetExact) {
            return 2;
        }
        if (verb && sourceCountry && targetCountry) {
            return 3;
        }
        if (verb) {
            return 4;
        }
        return sourceCountry && targetCountry ? 5 : 6;
    }

    /** Whether a recognized mention carries the code (exactly, or its country), as an actor or as a place. */
    private static boolean found(List<ActorMention> mentions, String code, boolean exact) {
        for (ActorMention m : mentions) {
            if (!m.isResolved()) {
                continue;
            }
            List<String> codes = new ArrayList<>(m.codes());
            if (m.placeCode() != null) {
                codes.add(m.placeCode());
            }
            if (codes.stream().anyMatch(c -> exact ? c.equals(code) : sameCountry(c, code))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameCountry(String a, String b) {
        return a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3);
    }
}
