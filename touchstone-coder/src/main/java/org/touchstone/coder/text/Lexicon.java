package org.touchstone.coder.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The words one coder's dictionaries know, each with one entry that carries what every step needs of the word (its
 * node in the actor names, its verb forms, its word classes). The tokenizer looks each token's word up here once and
 * the token keeps the entry, so the steps after it read a field instead of hashing the word again in their own maps:
 * three look-ups per token had become an eighth of the coding time.
 *
 * <p>The text room knows no dictionary: a room takes a {@link Slot} and fills it for its words when it is built, and
 * reads it back from tokens with {@link Slot#of(Token)}. Filled while the coder is built, then only read, by any thread.
 */
public final class Lexicon {
    /** What one room keeps for each of its words. */
    public static final class Slot<T> {
        private final Lexicon lexicon;
        private final int index;

        private Slot(Lexicon lexicon, int index) {
            this.lexicon = lexicon;
            this.index = index;
        }

        /** The value of the token's word, or null: a field read when the token was made with this slot's lexicon. */
        @SuppressWarnings("unchecked")
        public T of(Token t) {
            Entry e = t.entry();
            if (e == null || e.lexicon != lexicon) {
                e = lexicon.entry(t.lower()); // a token made elsewhere (a test's, a stand-in's)
            }
            return index < e.values.length ? (T) e.values[index] : null;
        }
    }

    /** A word's values, one per slot; the entry of every unknown word is the lexicon's {@code none}. */
    public static final class Entry {
        private final Lexicon lexicon;
        private final String word;
        private Object[] values = new Object[0];
        /** Found on first use: word sets are registered as the classes that hold them load, after the lexicon. */
        private WordSet.Classes classes;

        private Entry(Lexicon lexicon, String word) {
            this.lexicon = lexicon;
            this.word = word;
        }

        /** The word's classes, current with the sets registered so far (a benign race: the classes are immutable). */
        WordSet.Classes classes() {
            WordSet.Classes c = classes;
            if (c == null || !c.current()) {
                c = WordSet.classesOf(word);
                classes = c;
            }
            return c;
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final Entry none = new Entry(this, null);
    private int slots;

    /** A new slot; every room takes its own while the coder is built. */
    public <T> Slot<T> slot() {
        return new Slot<>(this, slots++);
    }

    /** Gives {@code word} (lower case) {@code value} in {@code slot}; while the coder is built only. */
    public <T> void put(Slot<T> slot, String word, T value) {
        Entry e = entries.computeIfAbsent(word, w -> new Entry(this, w));
        if (e.values.length <= slot.index) {
            e.values = Arrays.copyOf(e.values, slot.index + 1);
        }
        e.values[slot.index] = value;
    }

    /** The entry of a lower-case word; the shared empty one when no slot holds the word. */
    Entry entry(String lower) {
        return entries.getOrDefault(lower, none);
    }

    /** A token of this lexicon: one look-up gives the entry and, for a known word, its classes. */
    Token token(String text, String lower, int start, int end) {
        Entry e = entries.get(lower);
        return e == null ? new Token(text, lower, start, end, WordSet.classesOf(lower), none)
                : new Token(text, lower, start, end, e.classes(), e);
    }
}
