package org.touchstone.coder.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
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

    /**
     * The entries again, in an open-addressed table the tokenizer probes with a hash of the text's characters, so a
     * known ASCII word needs no substring, lower-casing or string hash of its own (a sixth of the coding time went to
     * building each token's strings and looking them up). Built on first use after the last {@link #put}.
     */
    private static final class Index {
        private final Entry[] entries;
        private final int[] hashes;
        private final int mask;

        Index(Iterable<Entry> all, int size) {
            int capacity = Integer.highestOneBit(Math.max(1, size) * 2 - 1) << 1; // at most half full
            entries = new Entry[capacity];
            hashes = new int[capacity];
            mask = capacity - 1;
            for (Entry e : all) {
                int h = e.word.hashCode();
                int i = (h ^ (h >>> 16)) & mask;
                while (entries[i] != null) {
                    i = (i + 1) & mask;
                }
                entries[i] = e;
                hashes[i] = h;
            }
        }

        /** The entry whose word is text[start, end) in lower case, given that word's {@code String} hash; or null. */
        Entry find(int h, String text, int start, int end) {
            for (int i = (h ^ (h >>> 16)) & mask; entries[i] != null; i = (i + 1) & mask) {
                if (hashes[i] == h && sameLower(entries[i].word, text, start, end)) {
                    return entries[i];
                }
            }
            return null;
        }

        private static boolean sameLower(String word, String text, int start, int end) {
            if (word.length() != end - start) {
                return false;
            }
            for (int i = start; i < end; i++) {
                if (asciiLower(text.charAt(i)) != word.charAt(i - start)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final Entry none = new Entry(this, null);
    private int slots;
    private volatile Index index;

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
        index = null;
    }

    /** The entry of a lower-case word; the shared empty one when no slot holds the word. */
    Entry entry(String lower) {
        return entries.getOrDefault(lower, none);
    }

    /**
     * The token of text[start, end) when all its characters are ASCII, else null (the caller then makes it from its
     * strings): what {@link #token(String, String, int, int)} gives, but a known word's token shares the entry's
     * string as its lower case (and as its text when written in lower case), and no map is asked.
     */
    Token asciiToken(String text, int start, int end) {
        int h = 0;
        boolean lowerCase = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return null; // typographic quotes and letters whose lower case Locale.ROOT decides: the slow path
            }
            char l = asciiLower(c);
            lowerCase &= l == c;
            h = 31 * h + l; // String.hashCode of the lower-case word
        }
        Index ix = index;
        if (ix == null) {
            ix = buildIndex();
        }
        Entry e = ix.find(h, text, start, end);
        if (e != null) {
            return new Token(lowerCase ? e.word : text.substring(start, end), e.word, start, end, e.classes(), e);
        }
        String t = text.substring(start, end);
        String lower = lowerCase ? t : t.toLowerCase(Locale.ROOT);
        return new Token(t, lower, start, end, WordSet.classesOf(lower), none);
    }

    private synchronized Index buildIndex() {
        Index ix = index;
        if (ix == null) {
            ix = new Index(entries.values(), entries.size());
            index = ix;
        }
        return ix;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A token of this lexicon: one look-up gives the entry and, for a known word, its classes. */
    Token token(String text, String lower, int start, int end) {
        Entry e = entries.get(lower);
        return e == null ? new Token(text, lower, start, end, WordSet.classesOf(lower), none)
                : new Token(text, lower, start, end, e.classes(), e);
    }
}
