package org.touchstone.coder.text;

import java.util.Collection;
import java.util.List;

/**
 * A fixed set of lower-case words, the coder's closed word classes ("the", "a", "an"; the forms of
 * "tell"). The grammar asks such sets about neighbouring tokens hundreds of times a sentence, so the
 * look-up is kept to a mask and a reference or length check: {@code Set.of} finds its slot with a
 * division, which made these look-ups a sixth of the coder's time. Immutable and thread-safe.
 */
public final class WordSet {
    private final String[] slots;
    private final int mask;
    private final int size;

    private WordSet(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(1, words.size()) * 4 - 1) << 1; // at most a quarter full
        slots = new String[capacity];
        mask = capacity - 1;
        int n = 0;
        for (String w : words) {
            int i = slot(w);
            while (slots[i] != null && !slots[i].equals(w)) {
                i = (i + 1) & mask;
            }
            if (slots[i] == null) {
                slots[i] = w;
                n++;
            }
        }
        size = n;
    }

    public static WordSet of(String... words) {
        return new WordSet(List.of(words));
    }

    public static WordSet copyOf(Collection<String> words) {
        return new WordSet(List.copyOf(words));
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

    public int size() {
        return size;
    }

    private int slot(String w) {
        int h = w.hashCode();
        return (h ^ (h >>> 16)) & mask;
    }
}
