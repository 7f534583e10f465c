package org.touchstone.coder.dict;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.touchstone.coder.text.Token;

/**
 * The verb model: entries indexed by the first token of each form, verbal and nominal, so the
 * matcher finds candidate verbs at a token in one hash look-up. Immutable after construction.
 */
public final class VerbDictionary {
    /**
     * A form of an entry as the matcher looks it up, with the literal words of the entry's
     * patterns (one per pattern, in order) compiled for {@link #literalsIn}.
     */
    public record Form(List<String> tokens, boolean nominal, VerbEntry entry, List<PatternLiterals> literals) {
        /** Whether the words of {@code pattern} (an index into the entry's patterns) can all be in the sentence. */
        public boolean literalsIn(int pattern, BitSet sentenceWords) {
            return literals.get(pattern).allIn(sentenceWords);
        }
    }

    private final List<VerbEntry> entries;
    private final Map<String, List<Form>> byFirstToken = new HashMap<>();
    /** Every literal word of the patterns, numbered for the sentence's bit set. */
    private final Map<String, Integer> vocabulary = new HashMap<>();

    public VerbDictionary(List<VerbEntry> entries) {
        this.entries = List.copyOf(entries);
        for (VerbEntry e : this.entries) {
            List<PatternLiterals> literals = e.patterns().stream().map(p -> PatternLiterals.of(p, vocabulary)).toList();
            for (List<String> f : e.verbForms()) {
                index(new Form(f, false, e, literals));
            }
            for (List<String> f : e.nounForms()) {
                index(new Form(f, true, e, literals));
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

    /** The numbers of the sentence's words that some pattern names, for {@link Form#literalsIn}. */
    public BitSet literalWordsOf(List<Token> tokens) {
        BitSet words = new BitSet(vocabulary.size());
        for (Token t : tokens) {
            Integer n = vocabulary.get(t.lower());
            if (n != null) {
                words.set(n);
            }
        }
        return words;
    }

    public List<VerbEntry> entries() {
        return entries;
    }

    public int patternCount() {
        return entries.stream().mapToInt(e -> e.patterns().size()).sum();
    }
}
