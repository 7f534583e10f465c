package org.touchstone.coder.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The dictionary sets a {@code --dict DIR} may hold, told apart by file names and content:
 * <ul>
 *   <li>{@link #TABARI}: files ending in .verbs / .actors / .agents (TABARI's naming), or a verb file
 *       without {@code --- NAME ---} block headers;</li>
 *   <li>{@link #PETRARCH2}: a .txt verb file in the PETRARCH-2 dialect (CAMEO.2.0.txt) with Phoenix
 *       actor, agent, discard and issue files;</li>
 *   <li>{@link #PETRARCH1}: the validation set PETR.Validate.{verbs,actors,agents,discards}.txt,
 *       whose verb file is in the PETRARCH-1 dialect.</li>
 * </ul>
 * A directory holding both PETRARCH sets (as the PETRARCH distribution does) is PETRARCH2: the
 * operational set wins; {@link DictionaryFiles#locate(Path, DictionaryFormat)} picks either set.
 */
public enum DictionaryFormat {
    PETRARCH2, PETRARCH1, TABARI;

    /** The format of the dictionaries in {@code dir}; IllegalArgumentException when it holds none. */
    public static DictionaryFormat detect(Path dir) {
        List<Path> files = filesOf(dir);
        if (files.stream().anyMatch(file -> hasExtension(file, ".verbs", ".actors", ".agents"))) {
            return TABARI;
        }
        boolean validationSet = false;
        boolean operationalSet = false;
        for (Path file : files) {
            if (DictionaryFiles.roleOf(file) != DictionaryFiles.Role.VERBS) {
                continue;
            }
            VerbDialect dialect = dialectOf(file);
            switch (dialect) {
                case TABARI -> {
                    return TABARI;
                }
                case PETRARCH2 -> operationalSet = true;
                case PETRARCH1 -> validationSet = true;
            }
        }
        if (operationalSet) {
            return PETRARCH2;
        }
        if (validationSet) {
            return PETRARCH1;
        }
        throw new IllegalArgumentException("no PETRARCH or TABARI verb dictionary in " + dir
                + ": expected a file such as CAMEO.2.0.txt, PETR.Validate.verbs.txt or *.verbs");
    }

    static VerbDialect dialectOf(Path verbFile) {
        try {
            return VerbDictionaryParser.detect(DictionaryText.readLines(verbFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + verbFile, e);
        }
    }

    static List<Path> filesOf(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    static boolean hasExtension(Path file, String... extensions) {
        String name = DictionaryText.name(file).toLowerCase(Locale.ROOT);
        for (String extension : extensions) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }
}
