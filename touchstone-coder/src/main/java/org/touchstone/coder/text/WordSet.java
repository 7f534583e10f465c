package org.touchstone.coder.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed set of lower-case words: one of the coder's closed word classes ("the", "a", "an"; the forms
 * of "tell"), held in a constant. The grammar asks such sets about neighbouring tokens hundreds of times
 * a sentence, which made these look-ups a sixth of the coding time; so each set is also registered as a
 * numbered class, and every token carries the classes of its word, found with one look-up when it is
 * made ({@link #classesOf}). Asking about a token is then a bit test; a string is looked up in the
 * set's own table (a mask, not the division {@code Set.of} uses). Immutable and thread-safe.
 *
 * <p>Sets are registered for good, so they belong in constants. A token made before a set was
 * registered (while the classes that hold the sets are still being loaded) falls back to the string.
 * Sets of codes (sectors such as "GOV", tags such as "NOUN") are asked about codes, never tokens, and
 * stay plain {@code Set}s.
 */
public final class WordSet {
    /** The classes of a word, complete for the sets numbered below {@code known}. */
    public static final class Classes {
        private final long[] bits;
        private final int known;

        private Classes(long[] bits, int known) {
            this.bits = bits;
            this.known = known;
        }

        /** Whether no set was registered after these classes were found. */
        boolean current() {
            return known >= registered;
        }

        private boolean has(int id) {
            int word = id >>> 6;
            return word < bits.length && (bits[word] & (1L << id)) != 0;
        }
    }

    private static final Map<String, Classes> CLASSES = new ConcurrentHashMap<>();
    private static final long[] NO_BITS = new long[0];
    /** How many sets are registered; written after their words are in {@link #CLASSES}. */
    private static volatile int registered;
    private static volatile Classes none = new Classes(NO_BITS, 0);

    private final List<String> words;
    private final String[] slots;
    private final int mask;
    private final int id;

    private WordSet(List<String> words) {
        this.words = words;
        int capacity = Integer.highestOneBit(Math.max(1, words.size()) * 4 - 1) << 1; // at most a quarter full
        slots = new String[capacity];
        mask = capacity - 1;
        for (String w : words) {
            int i = slot(w);
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
        }
        id = register(words);
    }

    public static WordSet of(String... words) {
        return new WordSet(List.copyOf(new LinkedHashSet<>(Arrays.asList(words))));
    }

    /**
     * This set and the given words: one reader's variant of a shared class ("and" besides the contrasting
     * conjunctions), so the difference is named where it is meant. A new set, registered: for constants only.
     */
    public WordSet with(String... more) {
        List<String> all = new ArrayList<>(words);
        all.addAll(Arrays.asList(more));
        return of(all.toArray(String[]::new));
    }

    /** This set less the given words: a reader's variant of a shared class (a new set, for constants only). */
    public WordSet without(String... less) {
        List<String> rest = new ArrayList<>(words);
        rest.removeAll(Arrays.asList(less));
        return of(rest.toArray(String[]::new));
    }

    private static synchronized int register(List<String> words) {
        int id = registered;
        for (String w : words) {
            Classes old = CLASSES.getOrDefault(w, none);
            long[] bits = Arrays.copyOf(old.bits, Math.max(old.bits.length, (id >>> 6) + 1));
            bits[id >>> 6] |= 1L << id;
            CLASSES.put(w, new Classes(bits, id + 1));
        }
        none = new Classes(NO_BITS, id + 1);
        registered = id + 1;
        return id;
    }

    /** The classes of a lower-case word, for its token. */
    public static Classes classesOf(String lower) {
        int known = registered; // read first: the words of every set below it are in the map
        Classes c = CLASSES.get(lower);
        if (c == null) {
            Classes n = none;
            return n.known >= known ? n : new Classes(NO_BITS, known);
        }
        if (c.known < known) {
            // no set registered since holds the word: the same bits, now known further (unless a set just did)
            Classes further = new Classes(c.bits, known);
            CLASSES.replace(lower, c, further);
            return further;
        }
        return c;
    }

    public boolean contains(String word) {
        int i = slot(word);
        for (String s = slots[i]; s != null; s = slots[i]) {
            if (s == word || s.equals(word)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Whether the token's word is in the set: a bit test. */
    public boolean contains(Token t) {
        Classes c = t.classes();
        return id < c.known ? c.has(id) : contains(t.lower());
    }

    /** Whether any token of the sentence in [from, to) is in the set ("a modal in the verb group"). */
    public boolean anyIn(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (contains(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    private int slot(String w) {
        int h = w.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
