package org.touchstone.coder.dict;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dictionaries a coder works with: actors and verbs, and the problems met while reading them.
 * The built-in files are read first, then each directory given (later ones win, block by block).
 */
public final class Dictionaries {
    public static final String RESOURCE_DIR = "/org/touchstone/coder/dict/";
    public static final String VERBS = "verbs.txt";

    private final ActorDictionary actors;
    private final VerbDictionary verbs;
    private final List<DictionaryProblem> problems;
    private final Semantics semantics;
    private final List<DiscardPhrase> discards;

    /**
     * How a coder reads the dictionaries. The project's own files are read with the project's
     * rules (composition, negation, modality, statements); dictionaries mapped from PETRARCH or
     * TABARI files are read as PETRARCH reads them (docs/CODER.md, "PETRARCH semantics").
     */
    public enum Semantics { PROJECT, PETRARCH }

    public Dictionaries(ActorDictionary actors, VerbDictionary verbs, List<DictionaryProblem> problems) {
        this(actors, verbs, problems, Semantics.PROJECT, List.of());
    }

    public Dictionaries(ActorDictionary actors, VerbDictionary verbs, List<DictionaryProblem> problems,
                        Semantics semantics, List<DiscardPhrase> discards) {
        this.actors = actors;
        this.verbs = verbs;
        this.problems = List.copyOf(problems);
        this.semantics = semantics;
        this.discards = List.copyOf(discards);
    }

    private static volatile Dictionaries builtIn;

    /** The project's own dictionaries, shipped as resources; read once per JVM. */
    public static Dictionaries builtIn() {
        Dictionaries d = builtIn;
        if (d == null) {
            synchronized (Dictionaries.class) {
                if (builtIn == null) {
                    builtIn = load(List.of());
                }
                d = builtIn;
            }
        }
        return d;
    }

    /**
     * The built-in dictionaries overlaid with the project-format files found in each directory
     * ({@code countries.txt}, {@code organizations.txt}, {@code people.txt}, {@code agents.txt},
     * {@code verbs.txt}).
     */
    public static Dictionaries load(List<Path> directories) {
        List<DictionaryProblem> problems = new ArrayList<>();
        ActorDictionary.Builder actors = new ActorDictionary.Builder(problems);
        VerbDictionaryReader verbs = new VerbDictionaryReader(problems);
        for (String name : List.of("countries.txt", "organizations.txt", "people.txt", "agents.txt")) {
            try (Reader r = resource(name)) {
                actors.addBlocks(name, new DictionaryBlockReader(ActorDictionary.FILES.get(name), ";").read(name, r, problems));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Reader r = resource(VERBS)) {
            verbs.read(VERBS, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path dir : directories) {
            for (String name : List.of("countries.txt", "organizations.txt", "people.txt", "agents.txt", VERBS)) {
                Path file = dir.resolve(name);
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    if (name.equals(VERBS)) {
                        verbs.read(file.toString(), r);
                    } else {
                        actors.addBlocks(name, new DictionaryBlockReader(ActorDictionary.FILES.get(name), ";")
                                .read(file.toString(), r, problems));
                    }
                } catch (IOException e) {
                    problems.add(new DictionaryProblem(file.toString(), 0, "cannot read: " + e.getMessage()));
                }
            }
        }
        return new Dictionaries(actors.build(), verbs.build(), problems);
    }

    private static Reader resource(String name) {
        InputStream in = Dictionaries.class.getResourceAsStream(RESOURCE_DIR + name);
        if (in == null) {
            throw new IllegalStateException("dictionary resource missing: " + RESOURCE_DIR + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    public ActorDictionary actors() {
        return actors;
    }

    public VerbDictionary verbs() {
        return verbs;
    }

    public List<DictionaryProblem> problems() {
        return problems;
    }

    /** How a coder reads these dictionaries. */
    public Semantics semantics() {
        return semantics;
    }

    /** Phrases that keep a sentence or a whole story from being coded (PETRARCH discard lists). */
    public List<DiscardPhrase> discards() {
        return discards;
    }
}
