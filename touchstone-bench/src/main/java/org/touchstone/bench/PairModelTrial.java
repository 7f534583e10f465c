package org.touchstone.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.touchstone.coder.Coder;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.ActorRecognizer;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.actor.ObjectPronouns;
import org.touchstone.coder.actor.SharedRoles;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;
import org.touchstone.core.Document;

/**
 * A trial of a learned second source of events next to the coder (docs/GOLD-SET.md, "Trial of session 30: a learned
 * second source of events"). Unlike session 15's filter over the verb patterns' candidates, the model proposes events
 * itself: every ordered pair of distinct recognized actor mentions of a sentence that the coder did not code is a
 * candidate, labelled with the gold's root for that source and target, or NONE. A multinomial logistic regression over
 * lexical features (the words between the two mentions and their first five letters, three words either side, the
 * word right after the source, order, distance, a comma / "said" / negation / modal between, the actors' kinds and
 * sectors) proposes its most likely root where that root's probability reaches a threshold.
 * <p>Two settings: A, candidates only in sentences the coder leaves without events; B, any pair the coder did not
 * code. Step 1 validates on the studied splits, leaving one split out at a time, for several thresholds, and chooses
 * the threshold of the largest studied F1 gain; step 2 trains on every studied split and applies the model once, at
 * that threshold, to the unseen splits, printing counts and F1 only (never a sentence or a candidate of them).
 * A2 and B2 are A and B without two kinds of candidate that were mostly wrong in step 1: a pair the coder coded with
 * other sectors (USAGOV>RUS beside a coded USA>RUS) and a state's actor paired with its own bare state (SYRGOV>SYR).
 * <p>Training: AdaGrad over shuffled candidates, 15 epochs, rate 0.1, L2 0.01 (chosen in step 1 over 1e-4 and 1e-3,
 * whose losses were larger); {@code -Depochs=}, {@code -Drate=}, {@code -Dl2=} override them, and {@code -Ddump=true}
 * prints each studied split's additions with their sentences to stderr (never an unseen split's);
 * {@code -Dresubstitution=true} with {@code --studied-only} trains step 1's models on every studied split, the scored
 * one included, to show how well the model fits what it has seen.
 * Scores are GoldSetEvaluation's: per sentence, multisets of (source, target, root), exact actor codes.
 * <pre>java -cp touchstone-bench.jar org.touchstone.bench.PairModelTrial GOLD_DIR [--studied-only]</pre>
 */
public final class PairModelTrial {
    /** Splits never studied (GoldTrials'); every other split but a second annotation ("...-second") is studied. */
    private static final Set<String> UNSEEN = GoldTrials.HELD_OUT;
    private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final String NONE = "NONE";
    private static final List<String> LABELS = labels();
    private static final int EPOCHS = Integer.getInteger("epochs", 15);
    private static final double RATE = Double.parseDouble(System.getProperty("rate", "0.1"));
    private static final double L2 = Double.parseDouble(System.getProperty("l2", "1e-2"));
    private static final long SEED = 30;
    private static final boolean DUMP = Boolean.getBoolean("dump");
    /** Step 1 scoring each split with a model trained on it too: how far the model merely fits its training data. */
    private static final boolean RESUBSTITUTION = Boolean.getBoolean("resubstitution");
    private static final Set<String> SAID = Set.of("said", "says", "say", "told", "according", "added", "stated");
    private static final Set<String> NEGATION = Set.of("not", "never", "no", "n't", "nor", "without");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "can", "may", "might", "should",
            "must", "shall", "'ll");

    /** A gold row with its gold and coded events as "SRC>TGT:RR" (multisets). */
    private record Row(String id, String split, LocalDate date, String text, List<String> gold, List<String> coded) {
    }

    /**
     * An ordered pair of actor mentions of one row, "SRC>TGT", its label's index and its features' indexes; a variant
     * is a pair the coder coded with other sectors, or a state's actor with the bare state (settings A2 and B2 drop
     * them).
     */
    private record Candidate(int row, String pair, int label, int[] features, boolean variant) {
    }

    /** Right and wrong additions and the scores before and after, of one split or a total. */
    private record Outcome(int right, int wrong, int[] before, int[] after) {
        static Outcome zero() {
            return new Outcome(0, 0, new int[3], new int[3]);
        }

        Outcome plus(Outcome o) {
            int[] b = new int[3];
            int[] a = new int[3];
            for (int i = 0; i < 3; i++) {
                b[i] = before[i] + o.before[i];
                a[i] = after[i] + o.after[i];
            }
            return new Outcome(right + o.right, wrong + o.wrong, b, a);
        }
    }

    private final Coder coder = new Coder();
    private final ActorRecognizer actors = new ActorRecognizer(Dictionaries.builtIn().actors());
    private final SharedRoles sharedRoles = new SharedRoles();
    private final ObjectPronouns objectPronouns = new ObjectPronouns();
    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());
    private final Map<String, Integer> featureIndex = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();
    /** Step 1 alone, for work on the features: the unseen splits are then neither counted nor scored. */
    private final boolean studiedOnly;

    private PairModelTrial(boolean studiedOnly) {
        this.studiedOnly = studiedOnly;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: PairModelTrial GOLD_DIR [--studied-only]");
            System.exit(2);
        }
        PairModelTrial trial = new PairModelTrial(List.of(args).contains("--studied-only"));
        trial.read(Path.of(args[0]));
        List<Candidate> all = trial.candidates();
        List<Candidate> inEmpty = all.stream().filter(c -> trial.rows.get(c.row()).coded().isEmpty()).toList();
        trial.run("A (only sentences the coder leaves without events)", inEmpty);
        trial.run("B (any pair the coder did not code)", all);
        trial.run("A2 (as A, without sector variants of coded pairs and state-actor>own-state pairs)",
                inEmpty.stream().filter(c -> !c.variant()).toList());
        trial.run("B2 (as B, without sector variants of coded pairs and state-actor>own-state pairs)",
                all.stream().filter(c -> !c.variant()).toList());
    }

    private static List<String> labels() {
        List<String> out = new ArrayList<>(List.of(NONE));
        for (int r = 1; r <= 20; r++) {
            out.add(String.format(Locale.ROOT, "%02d", r));
        }
        return List.copyOf(out);
    }

    /** Every gold row but a second annotation's, coded once by the real coder. */
    private void read(Path goldDir) throws IOException {
        GoldTrials.forEachGoldLine(goldDir, (file, r) -> rows.add(coded(r)));
    }

    private Row coded(JsonNode r) {
        List<String> gold = new ArrayList<>();
        r.path("events").forEach(e -> gold.add(e.path("source").asText() + ">" + e.path("target").asText() + ":"
                + e.path("code").asText().substring(0, 2)));
        LocalDate date = LocalDate.parse(r.path("date").asText());
        String text = r.path("text").asText();
        List<String> coded = new ArrayList<>();
        coder.code(new Document(r.path("id").asText(), date, null, null, null, null, text, null)).events()
                .forEach(e -> coded.add(e.source().code() + ">" + e.target().code() + ":" + e.code().substring(0, 2)));
        return new Row(r.path("id").asText(), r.path("split").asText(), date, text, gold, coded);
    }

    /** Every ordered pair of recognized mentions of every row whose codes the coder did not pair. */
    private List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Set<String> codedPairs = new HashSet<>();
            row.coded().forEach(e -> codedPairs.add(e.substring(0, e.indexOf(':'))));
            Set<String> codedCountries = new HashSet<>();
            row.coded().forEach(e -> codedCountries.add(countryPair(e.substring(0, e.indexOf('>')),
                    e.substring(e.indexOf('>') + 1, e.indexOf(':')))));
            Coreference coreference = new Coreference();
            for (Sentence s : splitter.split(row.text())) {
                List<ActorMention> mentions = objectPronouns.resolve(s,
                        sharedRoles.resolve(s, actors.recognize(s, row.date(), coreference)));
                addPairs(i, s, mentions, List.of(codedPairs, codedCountries), out);
            }
        }
        return out;
    }

    /** Candidates of one sentence; coded: the pairs the coder coded, exactly and at country level. */
    private void addPairs(int row, Sentence s, List<ActorMention> mentions, List<Set<String>> coded,
                          List<Candidate> out) {
        for (ActorMention source : mentions) {
            if (!source.isResolved() || source.locative()) {
                continue;
            }
            for (ActorMention target : mentions) {
                if (target == source || !target.isResolved()) {
                    continue;
                }
                for (String sourceCode : source.codes()) {
                    for (String code : target.codes()) {
                        String targetCode = target.locative() && target.placeCode() != null ? target.placeCode() : code;
                        String pair = sourceCode + ">" + targetCode;
                        boolean variant = selfPair(sourceCode, targetCode)
                                || coded.get(1).contains(countryPair(sourceCode, targetCode));
                        if (!targetCode.equals(sourceCode) && !coded.get(0).contains(pair)) {
                            out.add(new Candidate(row, pair, label(rows.get(row), pair),
                                    index(features(s, source, target, sourceCode, targetCode)), variant));
                        }
                    }
                }
            }
        }
    }

    /** A pair at country level: a pair the coder coded with other sectors is no candidate (a sector variant). */
    private static String countryPair(String source, String target) {
        return country(source) + ">" + country(target);
    }

    private static String country(String code) {
        return code.substring(0, Math.min(code.startsWith("IGO") ? 9 : 3, code.length()));
    }

    /** The same actor, or a state's actor and the bare state ("the Syrian government" and "Syria"): no candidate. */
    private static boolean selfPair(String source, String target) {
        return source.equals(target) || country(source).equals(country(target)) && !source.startsWith("IGO")
                && (source.length() == 3 || target.length() == 3);
    }

    /** The gold's root for the pair (the first, if the gold gives it two), else NONE. */
    private static int label(Row row, String pair) {
        for (String g : row.gold()) {
            if (g.startsWith(pair + ":")) {
                return LABELS.indexOf(g.substring(g.indexOf(':') + 1));
            }
        }
        return 0;
    }

    private int[] index(List<String> features) {
        return features.stream().distinct().mapToInt(f -> featureIndex.computeIfAbsent(f, k -> featureIndex.size()))
                .toArray();
    }

    /** The lexical and shape features of one ordered pair (documented in the class comment). */
    private static List<String> features(Sentence s, ActorMention source, ActorMention target, String sourceCode,
                                         String targetCode) {
        boolean sourceFirst = source.start() <= target.start();
        ActorMention first = sourceFirst ? source : target;
        ActorMention second = sourceFirst ? target : source;
        String order = sourceFirst ? "ST" : "TS";
        List<String> f = new ArrayList<>(List.of("bias", "order=" + order));
        int from = first.end();
        int to = Math.max(from, second.start());
        f.add("distance=" + bucket(to - from));
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            f.add("between=" + w);
            f.add("between5=" + stem(w));
            f.add("between5&order=" + stem(w) + "&" + order);
        }
        for (int k = 1; k <= 3; k++) {
            f.add("before" + k + "=" + word(s, first.start() - k));
            f.add("after" + k + "=" + word(s, second.end() - 1 + k));
        }
        String next = word(s, source.end());
        f.add("sourceNext=" + next);
        f.add("sourceNext5=" + stem(next));
        f.add("sourceNext5&order=" + stem(next) + "&" + order);
        f.add("commaBetween=" + anyBetween(s, from, to, Set.of(",")));
        f.add("saidBetween=" + anyBetween(s, from, to, SAID));
        f.add("negationBetween=" + anyBetween(s, from, to, NEGATION));
        f.add("modalBetween=" + anyBetween(s, from, to, MODALS));
        f.add("sourceSector=" + sector(sourceCode));
        f.add("targetSector=" + sector(targetCode));
        f.add("sourceKind=" + source.kind());
        f.add("targetKind=" + target.kind());
        f.add("targetPlace=" + target.locative());
        f.add("sourcePerson=" + source.individual());
        f.add("targetPossessive=" + target.possessive());
        return f;
    }

    private static String word(Sentence s, int i) {
        return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.lower(i);
    }

    private static String stem(String w) {
        return w.length() > 5 ? w.substring(0, 5) : w;
    }

    private static String sector(String code) {
        return code.startsWith("IGO") || code.length() <= 3 ? code.substring(0, Math.min(3, code.length()))
                : code.substring(3, Math.min(6, code.length()));
    }

    private static boolean anyBetween(Sentence s, int from, int to, Set<String> words) {
        for (int i = from; i < to; i++) {
            if (words.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static String bucket(int n) {
        return n <= 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : n <= 7 ? "4-7" : n <= 15 ? "8-15" : "16+";
    }

    private void run(String setting, List<Candidate> candidates) {
        System.out.println("Setting " + setting);
        printCeiling(candidates, false);
        if (!studiedOnly) {
            printCeiling(candidates, true);
        }
        System.out.println("  1. leave one studied split out, totals over the studied splits:");
        List<String> studied = rows.stream().map(Row::split).filter(s -> !UNSEEN.contains(s)).distinct().sorted()
                .toList();
        Map<String, double[][]> probabilities = new HashMap<>();
        for (String held : studied) {
            String left = RESUBSTITUTION ? null : held;
            double[][] w = train(candidates.stream().filter(c -> studiedOther(c, left)).toList());
            probabilities.put(held, predict(w, inSplit(candidates, held)));
        }
        double chosen = THRESHOLDS[0];
        double bestGain = Double.NEGATIVE_INFINITY;
        for (double threshold : THRESHOLDS) {
            Outcome total = Outcome.zero();
            int gaining = 0;
            int losing = 0;
            for (String split : studied) {
                Outcome o = outcome(split, inSplit(candidates, split), probabilities.get(split), threshold);
                total = total.plus(o);
                gaining += f1(o.after()) > f1(o.before()) + 1e-9 ? 1 : 0;
                losing += f1(o.after()) < f1(o.before()) - 1e-9 ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "     threshold %.1f: %s; splits gaining %d, losing %d%n", threshold,
                    describe(total), gaining, losing);
            double gain = f1(total.after()) - f1(total.before());
            if (gain >= bestGain) {
                bestGain = gain;
                chosen = threshold;
            }
        }
        System.out.printf(Locale.ROOT, "     chosen threshold %.1f (the largest studied F1 change, ties to the higher)%n",
                chosen);
        if (!studiedOnly) {
            unseen(candidates, chosen);
        }
        System.out.println();
    }

    /** Step 2: one model over every studied split, applied once to each unseen split; counts and scores only. */
    private void unseen(List<Candidate> candidates, double chosen) {
        System.out.printf(Locale.ROOT, "  2. trained on every studied split, applied once at %.1f:%n", chosen);
        double[][] w = train(candidates.stream().filter(c -> studiedOther(c, null)).toList());
        for (String split : UNSEEN.stream().sorted().toList()) {
            List<Candidate> mine = inSplit(candidates, split);
            System.out.printf(Locale.ROOT, "     %-10s %s%n", split, describe(outcome(split, mine, predict(w, mine), chosen)));
        }
    }

    private boolean studiedOther(Candidate c, String held) {
        String split = rows.get(c.row()).split();
        return !UNSEEN.contains(split) && !split.equals(held);
    }

    private List<Candidate> inSplit(List<Candidate> candidates, String split) {
        return candidates.stream().filter(c -> rows.get(c.row()).split().equals(split)).toList();
    }

    /** How many candidates there are, how many carry a gold root, and how many gold events the coder misses. */
    private void printCeiling(List<Candidate> candidates, boolean unseen) {
        List<Candidate> mine = candidates.stream().filter(c -> UNSEEN.contains(rows.get(c.row()).split()) == unseen)
                .toList();
        Set<String> reachable = new HashSet<>();
        mine.stream().filter(c -> c.label() != 0).forEach(c -> reachable.add(c.row() + " " + c.pair()));
        int missed = 0;
        for (Row row : rows) {
            if (UNSEEN.contains(row.split()) == unseen) {
                missed += score(row.gold(), row.coded())[2];
            }
        }
        System.out.printf(Locale.ROOT, "  %s splits: %d candidates, %d with a gold root, %d distinct gold pairs among them;"
                + " the coder misses %d gold events in all%n", unseen ? "unseen " : "studied", mine.size(),
                mine.stream().filter(c -> c.label() != 0).count(), reachable.size(), missed);
    }

    /** Each row's proposal per pair: the best non-NONE root over the pair's candidates, if at the threshold. */
    private Outcome outcome(String split, List<Candidate> candidates, double[][] p, double threshold) {
        Map<Integer, Map<String, String>> proposals = new HashMap<>();
        Map<String, Double> best = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            int root = 1;
            for (int k = 2; k < LABELS.size(); k++) {
                root = p[i][k] > p[i][root] ? k : root;
            }
            String key = c.row() + " " + c.pair();
            if (p[i][root] >= threshold && p[i][root] > best.getOrDefault(key, -1.0)) {
                best.put(key, p[i][root]);
                proposals.computeIfAbsent(c.row(), r -> new LinkedHashMap<>()).put(c.pair(), c.pair() + ":" + LABELS.get(root));
            }
        }
        Outcome out = Outcome.zero();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (!row.split().equals(split)) {
                continue;
            }
            List<String> added = new ArrayList<>(proposals.getOrDefault(r, Map.of()).values());
            List<String> after = new ArrayList<>(row.coded());
            after.addAll(added);
            int right = (int) added.stream().filter(row.gold()::contains).count();
            if (DUMP && !UNSEEN.contains(split)) {
                added.forEach(a -> System.err.println((row.gold().contains(a) ? "RIGHT " : "WRONG ") + a + " gold "
                        + row.gold() + " coded " + row.coded() + " | " + row.text()));
            }
            out = out.plus(new Outcome(right, added.size() - right, score(row.gold(), row.coded()),
                    score(row.gold(), after)));
        }
        return out;
    }

    /** {tp, fp, fn} of one sentence: multisets, a prediction matching at most one gold event. */
    private static int[] score(List<String> gold, List<String> predicted) {
        Map<String, Integer> counts = new TreeMap<>();
        gold.forEach(g -> counts.merge(g, 1, Integer::sum));
        int tp = 0;
        for (String p : predicted) {
            if (counts.getOrDefault(p, 0) > 0) {
                counts.merge(p, -1, Integer::sum);
                tp++;
            }
        }
        return new int[] {tp, predicted.size() - tp, gold.size() - tp};
    }

    private static double f1(int[] s) {
        return s[0] == 0 ? 0 : 2.0 * s[0] / (2.0 * s[0] + s[1] + s[2]);
    }

    private static String describe(Outcome o) {
        return String.format(Locale.ROOT, "adds right %d wrong %d; tp/fp/fn %d/%d/%d -> %d/%d/%d, F1 %.4f -> %.4f (%+.4f)",
                o.right(), o.wrong(), o.before()[0], o.before()[1], o.before()[2], o.after()[0], o.after()[1],
                o.after()[2], f1(o.before()), f1(o.after()), f1(o.after()) - f1(o.before()));
    }

    /** Multinomial logistic regression by AdaGrad over shuffled examples, L2 on the weights each update touches. */
    private double[][] train(List<Candidate> examples) {
        int k = LABELS.size();
        double[][] w = new double[featureIndex.size()][k];
        double[][] squares = new double[featureIndex.size()][k];
        List<Candidate> order = new ArrayList<>(examples);
        Random random = new Random(SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Candidate c : order) {
                double[] p = probabilities(w, c.features());
                p[c.label()] -= 1;
                for (int f : c.features()) {
                    for (int j = 0; j < k; j++) {
                        double g = p[j] + L2 * w[f][j];
                        squares[f][j] += g * g;
                        w[f][j] -= RATE * g / Math.sqrt(squares[f][j] + 1e-8);
                    }
                }
            }
        }
        return w;
    }

    private static double[][] predict(double[][] w, List<Candidate> candidates) {
        double[][] out = new double[candidates.size()][];
        for (int i = 0; i < candidates.size(); i++) {
            out[i] = probabilities(w, candidates.get(i).features());
        }
        return out;
    }

    private static double[] probabilities(double[][] w, int[] features) {
        double[] z = new double[LABELS.size()];
        for (int f : features) {
            for (int j = 0; j < z.length; j++) {
                z[j] += w[f][j];
            }
        }
        double max = java.util.Arrays.stream(z).max().orElse(0);
        double sum = 0;
        for (int j = 0; j < z.length; j++) {
            z[j] = Math.exp(z[j] - max);
            sum += z[j];
        }
        for (int j = 0; j < z.length; j++) {
            z[j] /= sum;
        }
        return z;
    }
}
