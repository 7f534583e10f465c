package org.touchstone.coder.petrarch.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.dict.ActorDictionary;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.dict.DictionaryProblem;
import org.touchstone.coder.dict.DiscardPhrase;
import org.touchstone.coder.dict.VerbDictionary;
import org.touchstone.coder.petrarch.ActorDictionaryParser;
import org.touchstone.coder.petrarch.AgentDictionaryParser;
import org.touchstone.coder.petrarch.DictionaryFiles;
import org.touchstone.coder.petrarch.DictionaryFormat;
import org.touchstone.coder.petrarch.DiscardListParser;
import org.touchstone.coder.petrarch.VerbDictionaryParser;

/**
 * Loads a dictionary directory of any format the coder knows into {@link Dictionaries}:
 * <ul>
 *   <li>{@link Source#PROJECT}: the project's own files ({@code verbs.txt}, {@code countries.txt},
 *       {@code organizations.txt}, {@code people.txt}, {@code agents.txt}) overlaying the built-in
 *       dictionaries, read with the project's semantics ({@link Dictionaries#load(List)});</li>
 *   <li>{@link Source#PETRARCH2}, {@link Source#PETRARCH1}, {@link Source#TABARI}: told apart by
 *       {@link DictionaryFormat#detect(Path)}, parsed by the parsers of
 *       {@code org.touchstone.coder.petrarch} and mapped by {@link VerbMapping} and
 *       {@link ActorMapping}; these dictionaries stand alone (no built-in entries) and are read with
 *       PETRARCH semantics ({@link Dictionaries.Semantics#PETRARCH}).</li>
 * </ul>
 * Problems of the files (rejected lines, warnings, patterns skipped by the mapping) are in
 * {@link Dictionaries#problems()}.
 */
public final class PetrarchDictionaries {
    private static final List<String> PROJECT_FILES = List.of("verbs.txt", "countries.txt", "organizations.txt",
            "people.txt", "agents.txt");

    /** The kinds of dictionary directory. */
    public enum Source { PROJECT, PETRARCH2, PETRARCH1, TABARI }

    private PetrarchDictionaries() {
    }

    /** What a directory holds; IllegalArgumentException when it is not a directory or holds no dictionary. */
    public static Source detect(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        for (String name : PROJECT_FILES) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return Source.PROJECT;
            }
        }
        return switch (DictionaryFormat.detect(dir)) {
            case PETRARCH2 -> Source.PETRARCH2;
            case PETRARCH1 -> Source.PETRARCH1;
            case TABARI -> Source.TABARI;
        };
    }

    /** The dictionaries of a directory, whatever its format (see the class comment). */
    public static Dictionaries load(Path dir) {
        Source source = detect(dir);
        if (source == Source.PROJECT) {
            return Dictionaries.load(List.of(dir));
        }
        return load(dir, DictionaryFormat.valueOf(source.name()));
    }

    /**
     * The dictionaries of several directories ({@code --dict DIR ...}): directories in the project's
     * format overlay the built-in dictionaries in order; a PETRARCH or TABARI directory stands alone
     * (IllegalArgumentException when it is given with others).
     */
    public static Dictionaries load(List<Path> dirs) {
        if (dirs.size() == 1) {
            return load(dirs.get(0));
        }
        for (Path dir : dirs) {
            Source source = detect(dir);
            if (source != Source.PROJECT) {
                throw new IllegalArgumentException(dir + " holds " + source
                        + " dictionaries, which are used alone: give it as the only --dict");
            }
        }
        return Dictionaries.load(dirs);
    }

    /** One PETRARCH or TABARI set of a directory (a directory may hold both PETRARCH sets). */
    public static Dictionaries load(Path dir, DictionaryFormat format) {
        DictionaryFiles files = DictionaryFiles.locate(dir, format);
        return load(files.verbs(), files.actors(), files.agents(), files.discards());
    }

    /**
     * PETRARCH or TABARI dictionaries from named files (a validation file's {@code <Environment>}
     * names them); {@code agents} and {@code discards} may be null.
     */
    public static Dictionaries load(Path verbFile, List<Path> actorFiles, Path agentFile, Path discardFile) {
        DictionaryFiles files = new DictionaryFiles(null, verbFile, actorFiles, agentFile, discardFile, null);
        List<DictionaryProblem> problems = new ArrayList<>();
        try {
            org.touchstone.coder.petrarch.VerbDictionary rawVerbs = VerbDictionaryParser.parse(files.verbs());
            report(rawVerbs.rejected(), "rejected", problems);
            report(rawVerbs.warnings(), "warning", problems);
            VerbDictionary verbs = new VerbMapping(problems).map(rawVerbs);

            ActorDictionary.Builder actors = new ActorDictionary.Builder(problems);
            ActorMapping mapping = new ActorMapping();
            for (Path file : files.actors()) {
                org.touchstone.coder.petrarch.ActorDictionary raw = ActorDictionaryParser.parse(file);
                report(raw.rejected(), "rejected", problems);
                report(raw.warnings(), "warning", problems);
                mapping.addActors(raw, actors);
            }
            if (files.agents() != null) {
                org.touchstone.coder.petrarch.AgentDictionary raw = AgentDictionaryParser.parse(files.agents());
                report(raw.rejected(), "rejected", problems);
                report(raw.warnings(), "warning", problems);
                mapping.addAgents(raw, actors);
            }
            List<DiscardPhrase> discards = List.of();
            if (files.discards() != null) {
                org.touchstone.coder.petrarch.DiscardList raw = DiscardListParser.parse(files.discards());
                report(raw.rejected(), "rejected", problems);
                discards = mapping.discards(raw);
            }
            return new Dictionaries(actors.build(), verbs, problems, Dictionaries.Semantics.PETRARCH, discards);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dictionaries " + verbFile + " ...", e);
        }
    }

    private static void report(List<org.touchstone.coder.petrarch.DictionaryProblem> raw, String kind,
                               List<DictionaryProblem> out) {
        for (org.touchstone.coder.petrarch.DictionaryProblem p : raw) {
            out.add(new DictionaryProblem(p.file(), p.line(), kind + ": " + p.reason() + " [" + p.text() + "]"));
        }
    }
}
