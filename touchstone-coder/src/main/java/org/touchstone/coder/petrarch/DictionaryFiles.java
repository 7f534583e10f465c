package org.touchstone.coder.petrarch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which file of a dictionary directory plays which part, for one {@link DictionaryFormat}.
 * Roles come from the file names: "verbs" (or a CAMEO*.txt verb file), "actors", "agents",
 * "discard", "issue". Validation files (names containing "Validate") form the PETRARCH1 set; the
 * others the PETRARCH2 set. Absent roles are null (actors: empty).
 */
public record DictionaryFiles(DictionaryFormat format, Path verbs, List<Path> actors, Path agents, Path discards,
                              Path issues) {

    public DictionaryFiles {
        actors = List.copyOf(actors);
    }

    enum Role { VERBS, ACTORS, AGENTS, DISCARDS, ISSUES, OTHER }

    /** The files of {@code format} in {@code dir}; IllegalArgumentException when there is no verb file. */
    public static DictionaryFiles locate(Path dir, DictionaryFormat format) {
        Path verbs = null;
        List<Path> actors = new ArrayList<>();
        Path agents = null;
        Path discards = null;
        Path issues = null;
        for (Path file : DictionaryFormat.filesOf(dir)) {
            if (!belongsTo(file, format)) {
                continue;
            }
            switch (roleOf(file)) {
                case VERBS -> {
                    boolean right = format == DictionaryFormat.TABARI
                            || DictionaryFormat.dialectOf(file).name().equals(format.name());
                    if (verbs == null && right) {
                        verbs = file;
                    }
                }
                case ACTORS -> actors.add(file);
                case AGENTS -> agents = file;
                case DISCARDS -> discards = file;
                case ISSUES -> issues = file;
                default -> {
                }
            }
        }
        if (verbs == null) {
            throw new IllegalArgumentException("no " + format + " verb dictionary in " + dir);
        }
        return new DictionaryFiles(format, verbs, actors, agents, discards, issues);
    }

    private static boolean belongsTo(Path file, DictionaryFormat format) {
        String name = DictionaryText.name(file);
        boolean tabari = DictionaryFormat.hasExtension(file, ".verbs", ".actors", ".agents", ".discards",
                ".issues");
        boolean validation = name.contains("Validate");
        return switch (format) {
            case TABARI -> tabari;
            case PETRARCH1 -> !tabari && validation;
            // the issue file is shared: the validation environment names Phoenix.IssueCoding.txt too
            case PETRARCH2 -> !tabari && !validation;
        };
    }

    static Role roleOf(Path file) {
        String name = DictionaryText.name(file).toLowerCase(Locale.ROOT);
        if (name.contains("verb") || name.startsWith("cameo") && name.endsWith(".txt")) {
            return Role.VERBS;
        }
        if (name.contains("actor")) {
            return Role.ACTORS;
        }
        if (name.contains("agent")) {
            return Role.AGENTS;
        }
        if (name.contains("discard")) {
            return Role.DISCARDS;
        }
        if (name.contains("issue")) {
            return Role.ISSUES;
        }
        return Role.OTHER;
    }
}
