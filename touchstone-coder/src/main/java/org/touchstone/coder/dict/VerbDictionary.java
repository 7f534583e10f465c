package org.touchstone.coder.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verb model: entries indexed by the first token of each form, verbal and nominal, so the
 * matcher finds candidate verbs at a token in one hash look-up. Immutable after construction.
 */
public final class VerbDictionary {
    /** A form of an entry as the matcher looks it up. */
    public record Form(List<String> tokens, boolean nominal, VerbEntry entry) {
    }

    private final List<VerbEntry> entries;
    private final Map<String, List<Form>> byFirstToken = new HashMap<>();

    public VerbDictionary(List<VerbEntry> entries) {
        this.entries = List.copyOf(entries);
        for (VerbEntry e : this.entries) {
            for (List<String> f : e.verbForms()) {
                index(new Form(f, false, e));
            }
            for (List<String> f : e.nounForms()) {
                index(new Form(f, true, e));
            }
        }
        // longest forms first, so "lash out" is tried before "lash"
        byFirstToken.values().forEach(l -> l.sort((a, b) -> b.tokens().size() - a.tokens().size()));
    }

    private void index(Form f) {
        if (!f.tokens().isEmpty()) {
            byFirstToken.computeIfAbsent(f.tokens().get(0), k -> new ArrayList<>(2)).add(f);
        }
    }

    public List<Form> formsStartingWith(String lowerToken) {
        return byFirstToken.getOrDefault(lowerToken, List.of());
    }

    public List<VerbEntry> entries() {
        return entries;
    }

    public int patternCount() {
        return entries.stream().mapToInt(e -> e.patterns().size()).sum();
    }
}
