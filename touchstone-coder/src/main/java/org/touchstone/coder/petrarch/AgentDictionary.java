package org.touchstone.coder.petrarch;

import java.util.List;

/**
 * The entries of an agent dictionary, its substitution sets ({@code !PERSON! = MAN, MEN, WOMAN,
 * WOMEN, PERSON}: each value replaces the marker in turn, without plurals), and what was rejected
 * or read with a caveat.
 */
public record AgentDictionary(String file, List<SubstitutionSet> substitutions, List<AgentEntry> entries,
                              List<DictionaryProblem> rejected, List<DictionaryProblem> warnings) {

    public AgentDictionary {
        substitutions = List.copyOf(substitutions);
        entries = List.copyOf(entries);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** A substitution set: the marker without its '!' and its values in order. */
    public record SubstitutionSet(String marker, List<String> values, int line) {

        public SubstitutionSet {
            values = List.copyOf(values);
        }
    }
}
