package org.touchstone.coder.input;

import java.util.List;
import java.util.Map;

/**
 * The {@code <Environment>} block at the head of a PETRARCH validation file: the dictionaries it
 * was written for, the categories to run, and the starting options.
 *
 * @param settings   simple elements by name as written: Verbfile, Actorfile, Agentfile,
 *                   Discardfile, Errorfile, Pause, ...
 * @param include    the categories named in {@code <Include>}; records of other categories are not
 *                   run by PETRARCH's validation (in the shipped file: AGENTS and COMPOUNDx)
 * @param options    the {@code <Config>} settings inside the environment
 */
public record PetrarchEnvironment(Map<String, String> settings, List<String> include, Map<String, String> options) {

    public static final PetrarchEnvironment NONE = new PetrarchEnvironment(Map.of(), List.of(), Map.of());

    public PetrarchEnvironment {
        settings = Map.copyOf(settings);
        include = List.copyOf(include);
        options = Map.copyOf(options);
    }

    /** Whether PETRARCH's validation would run a record of this category. */
    public boolean includes(String category) {
        return include.isEmpty() || include.contains(category);
    }
}
