package org.touchstone.coder.dict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verb model: entries indexed by the first token of each form, verbal and nominal, so the
 * matcher finds candidate verbs at a token in one hash look-up. Immutable after construction.
 */
public final class VerbDictionary {
    /**
     * A form of an entry as the matcher looks it up (its words and, joined once, its text), with the literal words of
     * the entry's patterns (one per pattern, in order) compiled for {@link #literalsIn}.
     */
    public record Form(List<String> tokens, String text, boolean nominal, VerbEntry entry, List<PatternLiterals> literals,
                       int secondHash) {
        Form(List<String> tokens, String text, boolean nominal, VerbEntry entry, List<PatternLiterals> literals) {
            this(tokens, text, nominal, entry, literals, tokens.size() > 1 ? tokens.get(1).hashCode() : 0);
        }

        /**
         * Whether the form's second word may be {@code lower} (true for a one-word form): a hash test, so that the
         * matcher compares words only for the forms it may be ("will" begins some seventy forms).
         */
        public boolean mayGoOnWith(String lower) {
            return tokens.size() < 2 || secondHash == lower.hashCode();
        }

        /** Whether the words of {@code pattern} (an index into the entry's patterns) can all be in the sentence. */
        public boolean literalsIn(int pattern, PatternLiterals.SentenceWords sentenceWords) {
            return literals.get(pattern).allIn(sentenceWords);
        }

        /** Whether the pattern's first element after the verb offers the one word "that". */
        public boolean opensWithThat(int pattern) {
            return literals.get(pattern).thatFirst();
        }

        /** Whether the pattern's first element after the verb offers the one word "to" or "not": an infinitive. */
        public boolean opensWithInfinitive(int pattern) {
            return literals.get(pattern).infinitiveFirst();
        }

        /** Whether the pattern's first element after the verb offers a purpose: "to demand", "demanding". */
        public boolean opensWithPurpose(int pattern) {
            return literals.get(pattern).purposeFirst();
        }
    }

    /**
     * What the dictionary knows of a word, found with one look-up: the forms it begins (longest first) and its
     * number among the patterns' literal words, or -1.
     */
    public record Word(List<Form> forms, int number) {
        public static final Word UNKNOWN = new Word(List.of(), -1);
    }

    private final List<VerbEntry> entries;
    private final Map<String, Word> words = new HashMap<>();

    public VerbDictionary(List<VerbEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<Form>> byFirstToken = new HashMap<>();
        Map<String, Integer> vocabulary = new HashMap<>(); // every literal word of the patterns, numbered
        for (VerbEntry e : this.entries) {
            List<PatternLiterals> literals = e.patterns().stream().map(p -> PatternLiterals.of(p, vocabulary)).toList();
            for (List<String> f : e.verbForms()) {
                index(byFirstToken, new Form(f, String.join(" ", f), false, e, literals));
            }
            for (List<String> f : e.nounForms()) {
                index(byFirstToken, new Form(f, String.join(" ", f), true, e, literals));
            }
        }
        // longest forms first, so "lash out" is tried before "lash"
        byFirstToken.values().forEach(l -> l.sort((a, b) -> b.tokens().size() - a.tokens().size()));
        byFirstToken.forEach((w, forms) -> words.put(w, new Word(List.copyOf(forms), vocabulary.getOrDefault(w, -1))));
        vocabulary.forEach((w, n) -> words.putIfAbsent(w, new Word(List.of(), n)));
    }

    private static void index(Map<String, List<Form>> byFirstToken, Form f) {
        if (!f.tokens().isEmpty()) {
            byFirstToken.computeIfAbsent(f.tokens().get(0), k -> new ArrayList<>(2)).add(f);
        }
    }

    public Word word(String lowerToken) {
        return words.getOrDefault(lowerToken, Word.UNKNOWN);
    }

    /** Every word the dictionary knows (a form's first word or a pattern's literal), with what it knows of it. */
    public Map<String, Word> words() {
        return Collections.unmodifiableMap(words);
    }

    public List<Form> formsStartingWith(String lowerToken) {
        return word(lowerToken).forms();
    }

    public List<VerbEntry> entries() {
        return entries;
    }

    public int patternCount() {
        return entries.stream().mapToInt(e -> e.patterns().size()).sum();
    }
}
