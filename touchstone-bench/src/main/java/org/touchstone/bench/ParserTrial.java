package org.touchstone.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.cmdline.parser.ParserTool;
import opennlp.tools.parser.Parse;
import opennlp.tools.parser.Parser;
import opennlp.tools.parser.ParserFactory;
import opennlp.tools.parser.ParserModel;
import org.touchstone.coder.input.PetrarchRecord;
import org.touchstone.coder.input.PetrarchRecordReader;

/**
 * A trial toward clause structure for the coder (docs/GOLD-SET.md, "Trial of session 28: a constituency parser"):
 * OpenNLP's English chunking parser (the 1.5 model that Maven Central serves as
 * {@code edu.washington.cs.knowitall:opennlp-parse-models}) on the 76 news sentences of PETRARCH-2's GigaWord sample.
 * Prints the model's load time and heap, its speed on one thread, and how far its trees agree with the parses that
 * ship with the sample (labelled brackets over the sample's own tokens, all constituents and clause constituents
 * alone). The sample's parses are another parser's output, not hand-made trees: agreement, not accuracy.
 *
 * <p>Usage: {@code ParserTrial GigaWord.sample.PETR.xml}
 */
public final class ParserTrial {

    /** The constituents that delimit clauses, the structure the coder's joins need. */
    private static final Set<String> CLAUSES = Set.of("S", "SBAR", "SINV", "SQ", "SBARQ", "VP");
    private static final int TIMED_ROUNDS = 5;

    private ParserTrial() {
    }

    public static void main(String[] args) throws IOException {
        List<Tree> sample = PetrarchRecordReader.readAll(Path.of(args[0]), problem -> System.err.println(problem))
                .stream().map(PetrarchRecord::parse).filter(parse -> parse != null).map(Tree::read).toList();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        Parser parser = ParserFactory.create(model());
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long heapMb = (usedHeap() - heapBefore) >> 20;
        System.out.printf(Locale.ROOT, "parser model loaded in %.2f s; heap in use after a collection %d MB%n",
                loadSeconds, heapMb);

        Agreement all = new Agreement();
        Agreement clauses = new Agreement();
        List<String> lines = new ArrayList<>();
        for (Tree reference : sample) {
            String line = String.join(" ", reference.leaves);
            lines.add(line);
            Tree parsed = Tree.read(shown(ParserTool.parseLine(line, parser, 1)[0]));
            all.add(reference.brackets(null), parsed.brackets(null));
            clauses.add(reference.brackets(CLAUSES), parsed.brackets(CLAUSES));
        }
        System.out.println(sample.size() + " sentences, " + lines.stream().mapToInt(l -> l.split(" ").length).sum()
                + " tokens");
        System.out.println("agreement with the sample's parses, all constituents: " + all);
        System.out.println("agreement with the sample's parses, clauses (S, SBAR, SINV, SQ, SBARQ, VP): " + clauses);

        parseAll(parser, lines);
        parseAll(parser, lines);
        start = System.nanoTime();
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            parseAll(parser, lines);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "speed on one thread: %.1f sentences/s (%d rounds of %d after 2 warm-up)%n",
                TIMED_ROUNDS * lines.size() / seconds, TIMED_ROUNDS, lines.size());
    }

    private static ParserModel model() throws IOException {
        try (InputStream in = ParserTrial.class.getResourceAsStream("/en-parser-chunking.bin")) {
            if (in == null) {
                throw new IOException("en-parser-chunking.bin is not on the class path (opennlp-parse-models)");
            }
            return new ParserModel(in);
        }
    }

    private static void parseAll(Parser parser, List<String> lines) {
        for (String line : lines) {
            ParserTool.parseLine(line, parser, 1);
        }
    }

    private static String shown(Parse parse) {
        StringBuffer text = new StringBuffer();
        parse.show(text);
        return text.toString();
    }

    private static long usedHeap() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Labelled brackets matched between reference and parsed trees, counted over the sentences. */
    private static final class Agreement {
        private int reference;
        private int parsed;
        private int matched;

        void add(Map<String, Integer> referenceBrackets, Map<String, Integer> parsedBrackets) {
            reference += referenceBrackets.values().stream().mapToInt(Integer::intValue).sum();
            parsed += parsedBrackets.values().stream().mapToInt(Integer::intValue).sum();
            referenceBrackets.forEach((bracket, n) -> matched += Math.min(n, parsedBrackets.getOrDefault(bracket, 0)));
        }

        @Override
        public String toString() {
            double precision = matched / (double) parsed;
            double recall = matched / (double) reference;
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (matched %d, parsed %d, reference %d)",
                    precision, recall, 2 * precision * recall / (precision + recall), matched, parsed, reference);
        }
    }

    /** A bracketed tree read from Penn Treebank text: its tokens, and its phrases as label and token span. */
    private static final class Tree {
        private final List<String> leaves = new ArrayList<>();
        private final List<String[]> phrases = new ArrayList<>();

        static Tree read(String text) {
            Tree tree = new Tree();
            String[] parts = text.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+");
            tree.readNode(parts, 0);
            return tree;
        }

        /** Reads the node opening at {@code at}; returns the index after its closing bracket. */
        private int readNode(String[] parts, int at) {
            boolean unlabelled = parts[at + 1].equals("("); // "( (S ...": the sample writes some roots without a label
            String label = unlabelled ? "" : parts[at + 1];
            int first = leaves.size();
            int i = unlabelled ? at + 1 : at + 2;
            boolean preterminal = !parts[i].equals("(");
            if (preterminal) {
                leaves.add(parts[i]);
                i++;
            }
            while (parts[i].equals("(")) {
                i = readNode(parts, i);
            }
            boolean root = label.isEmpty() || label.equals("ROOT") || label.equals("TOP");
            if (!preterminal && !root) {
                phrases.add(new String[] {label, first + ":" + leaves.size()});
            }
            return i + 1;
        }

        /** Each phrase (label, start, end), with its count; only the given labels when {@code labels} is set. */
        Map<String, Integer> brackets(Set<String> labels) {
            Map<String, Integer> brackets = new HashMap<>();
            for (String[] phrase : phrases) {
                String label = phrase[0].split("-")[0];
                if (labels == null || labels.contains(label)) {
                    brackets.merge(label + " " + phrase[1], 1, Integer::sum);
                }
            }
            return brackets;
        }
    }
}
