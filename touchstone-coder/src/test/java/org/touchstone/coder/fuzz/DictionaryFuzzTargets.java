package org.touchstone.coder.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.touchstone.coder.dict.ActorDictionary;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.dict.DictionaryBlock;
import org.touchstone.coder.dict.DictionaryBlockReader;
import org.touchstone.coder.dict.VerbDictionaryReader;
import org.touchstone.coder.petrarch.ActorDictionaryParser;
import org.touchstone.coder.petrarch.AgentDictionary;
import org.touchstone.coder.petrarch.AgentDictionaryParser;
import org.touchstone.coder.petrarch.DiscardList;
import org.touchstone.coder.petrarch.DiscardListParser;
import org.touchstone.coder.petrarch.IssueDictionary;
import org.touchstone.coder.petrarch.IssueDictionaryParser;
import org.touchstone.coder.petrarch.VerbDictionary;
import org.touchstone.coder.petrarch.VerbDictionaryParser;
import org.touchstone.testing.FuzzCheck;
import org.touchstone.testing.FuzzTarget;
import org.touchstone.testing.Mutator;

/**
 * Fuzz targets for the dictionary readers: the project's block format and the PETRARCH/TABARI
 * parsers (verbs, actors, agents, discards, issues), each fed a window of a real dictionary with
 * damaged, dropped and repeated lines, followed by the pristine start of the same file. Per case:
 * no exception escapes; every problem has a reason and a line within the file; the entries of the
 * pristine part are all read, whatever came before them.
 */
public final class DictionaryFuzzTargets {

    /** Lines of the pristine start appended after the damage. */
    private static final int TAIL_LINES = 40;

    private DictionaryFuzzTargets() {
    }

    /** What a dictionary reader made of some lines: the lines its entries start on, and its problems. */
    record Parsed(List<Integer> entryLines, List<Problem> problems) {
    }

    record Problem(int line, String reason) {
    }

    /** The PETRARCH/TABARI dictionary parsers, fed from the shared PETRARCH-2 dictionary directory. */
    public static Map<String, FuzzTarget> petrarch(Path dictionaries) throws IOException {
        Map<String, FuzzTarget> targets = new LinkedHashMap<>();
        add(targets, "PETRARCH verb dictionary", dictionaries.resolve("CAMEO.2.0.txt"), (file, lines) -> {
            VerbDictionary d = VerbDictionaryParser.parse(file, lines);
            return new Parsed(Stream.concat(d.synsets().stream().map(s -> s.line()), d.blocks().stream()
                    .map(b -> b.line())).toList(), problems(d.rejected(), d.warnings()));
        });
        add(targets, "PETRARCH actor dictionary", dictionaries.resolve("Phoenix.International.actors.txt"),
                (file, lines) -> {
                    org.touchstone.coder.petrarch.ActorDictionary d = ActorDictionaryParser.parse(file, lines);
                    return new Parsed(d.entries().stream().map(e -> e.line()).toList(),
                            problems(d.rejected(), d.warnings()));
                });
        add(targets, "PETRARCH agent dictionary", dictionaries.resolve("Phoenix.agents.txt"), (file, lines) -> {
            AgentDictionary d = AgentDictionaryParser.parse(file, lines);
            return new Parsed(Stream.concat(d.substitutions().stream().map(s -> s.line()), d.entries().stream()
                    .map(e -> e.line())).toList(), problems(d.rejected(), d.warnings()));
        });
        add(targets, "PETRARCH discard list", dictionaries.resolve("Phoenix.discards.txt"), (file, lines) -> {
            DiscardList d = DiscardListParser.parse(file, lines);
            return new Parsed(d.entries().stream().map(e -> e.line()).toList(), problems(d.rejected(), List.of()));
        });
        add(targets, "PETRARCH issue dictionary", dictionaries.resolve("Phoenix.IssueCoding.txt"), (file, lines) -> {
            IssueDictionary d = IssueDictionaryParser.parse(file, lines);
            return new Parsed(d.entries().stream().map(e -> e.line()).toList(), problems(d.rejected(), d.warnings()));
        });
        return targets;
    }

    /** The project-format readers on the built-in dictionary files (countries, organizations, people, agents, verbs). */
    public static Map<String, FuzzTarget> project() {
        Map<String, FuzzTarget> targets = new LinkedHashMap<>();
        for (String name : List.of("countries.txt", "organizations.txt", "people.txt", "agents.txt", Dictionaries.VERBS)) {
            targets.put("project dictionary " + name, new Target("project dictionary " + name, resourceLines(name),
                    (file, lines) -> project(name, lines)));
        }
        return targets;
    }

    /** The block reader, then the actor or verb dictionary built from the blocks, as the coder loads them. */
    private static Parsed project(String name, List<String> lines) {
        String text = String.join("\n", lines);
        List<org.touchstone.coder.dict.DictionaryProblem> problems = new ArrayList<>();
        List<Integer> entries;
        if (name.equals(Dictionaries.VERBS)) {
            VerbDictionaryReader verbs = new VerbDictionaryReader(problems).read(name, new StringReader(text));
            verbs.build();
            // block headers, as the reader sees them, for the count of entries
            entries = new DictionaryBlockReader(Set.of(), ";").read(name, new StringReader(text), new ArrayList<>())
                    .stream().map(DictionaryBlock::line).toList();
        } else {
            List<DictionaryBlock> blocks = new DictionaryBlockReader(ActorDictionary.FILES.get(name), ";")
                    .read(name, new StringReader(text), problems);
            new ActorDictionary.Builder(problems).addBlocks(name, blocks).build();
            entries = blocks.stream().map(DictionaryBlock::line).toList();
        }
        return new Parsed(entries, problems.stream().map(p -> new Problem(p.line(), p.reason())).toList());
    }

    private static void add(Map<String, FuzzTarget> targets, String name, Path file,
                            BiFunction<String, List<String>, Parsed> parser) throws IOException {
        targets.put(name, new Target(name, Files.readAllLines(file, StandardCharsets.UTF_8), parser));
    }

    private static List<Problem> problems(List<org.touchstone.coder.petrarch.DictionaryProblem> rejected,
                                          List<org.touchstone.coder.petrarch.DictionaryProblem> warnings) {
        return Stream.concat(rejected.stream(), warnings.stream()).map(p -> new Problem(p.line(), p.reason())).toList();
    }

    private static List<String> resourceLines(String name) {
        try (InputStream in = Dictionaries.class.getResourceAsStream(Dictionaries.RESOURCE_DIR + name)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A window of a dictionary file, damaged, then the file's pristine start. */
    private static final class Target implements FuzzTarget {
        private final String name;
        private final List<String> lines;
        private final BiFunction<String, List<String>, Parsed> parser;
        private final List<String> tail;

        Target(String name, List<String> lines, BiFunction<String, List<String>, Parsed> parser) {
            this.name = name;
            this.lines = lines;
            this.parser = parser;
            this.tail = lines.subList(0, Math.min(TAIL_LINES, lines.size()));
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void run(long seed, FuzzCheck check) {
            Mutator m = new Mutator(seed);
            int start = m.nextInt(lines.size());
            List<String> window = lines.subList(start, Math.min(lines.size(), start + 5 + m.nextInt(60)));
            List<String> damaged = new ArrayList<>();
            for (String line : window) {
                switch (m.chance(0.7) ? -1 : m.nextInt(6)) {
                    case 0 -> { } // dropped
                    case 1 -> {
                        damaged.add(line);
                        damaged.add(line);
                    }
                    case 2 -> damaged.add(m.mutateText(line));
                    case 3 -> damaged.add(m.oddValue());
                    case 4 -> damaged.add(new String(m.randomBytes(200), StandardCharsets.UTF_8));
                    case -1 -> damaged.add(line);
                    default -> damaged.add(new String(m.mutateRow(line, ' '), StandardCharsets.UTF_8));
                }
            }
            // as a file is read: a line break inside a damaged line makes two lines
            List<String> file = new ArrayList<>();
            for (String line : damaged) {
                file.addAll(List.of(line.split("\r\n|\r|\n", -1)));
            }
            int damagedLines = file.size();
            file.addAll(tail);
            Parsed parsed = parser.apply("fuzz.txt", file);
            for (Problem p : parsed.problems()) {
                check.rejection(p.reason());
                check.expect(p.line() >= 1 && p.line() <= file.size(), () -> "problem at line " + p.line() + " of "
                        + file.size() + ": " + p.reason());
            }
            parsed.entryLines().forEach(line -> check.record());
            // the pristine start reads the same after damage as after the intact window
            List<String> intact = new ArrayList<>(window);
            intact.addAll(tail);
            long expected = parser.apply("fuzz.txt", intact).entryLines().stream().filter(l -> l > window.size()).count();
            long found = parsed.entryLines().stream().filter(l -> l > damagedLines).count();
            boolean comparable = file.stream().noneMatch(l -> l.contains("<!--") || l.contains("-->"))
                    && VerbDictionaryParser.detect(file) == VerbDictionaryParser.detect(intact);
            check.expect(!comparable || found == expected, () -> found + " entries read from the pristine part, "
                    + expected + " after the intact window; damaged lines: " + file.subList(0, damagedLines));
        }
    }
}
