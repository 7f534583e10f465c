package org.touchstone.coder.dict;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * A pattern's literal elements with each word replaced by its number in the dictionary's
 * vocabulary. A pattern needs, for every literal element, one phrase whose words all occur in the
 * sentence; the matcher rules out most patterns this way with bit tests before trying any.
 */
public final class PatternLiterals {
    /**
     * The numbered words of a sentence: their bits, and each number's bit modulo 64 in one long, so that a pattern one of
     * whose words is surely missing is ruled out with one test (most are) before its elements are read.
     */
    public static final class SentenceWords {
        private final BitSet bits;
        private long summary;

        /** Room for word numbers up to {@code highest}; a bit past it reads false all the same. */
        public SentenceWords(int highest) {
            bits = new BitSet(highest + 1);
        }

        public void add(int number) {
            bits.set(number);
            summary |= 1L << number; // the shift takes the number modulo 64
        }
    }

    /** Per literal element, its phrases, each as word numbers. */
    private final int[][][] elements;
    /** The summary bits of the words every match needs: those of the elements that offer one phrase only. */
    private final long required;
    /** Whether the first element after the verb offers the one word "that", or "to" or "not": asked per pattern tried. */
    private final boolean thatFirst;
    private final boolean infinitiveFirst;
    /** Whether the first element after the verb offers a purpose: "to demand", "demanding", "demanding that". */
    private final boolean purposeFirst;

    private PatternLiterals(int[][][] elements, boolean thatFirst, boolean infinitiveFirst, boolean purposeFirst) {
        this.elements = elements;
        long needed = 0;
        for (int[][] phrases : elements) {
            if (phrases.length == 1) {
                for (int word : phrases[0]) {
                    needed |= 1L << word;
                }
            }
        }
        this.required = needed;
        this.thatFirst = thatFirst;
        this.infinitiveFirst = infinitiveFirst;
        this.purposeFirst = purposeFirst;
    }

    /** Numbers the pattern's words in {@code vocabulary}, adding the words it lacks. */
    static PatternLiterals of(VerbPattern p, Map<String, Integer> vocabulary) {
        List<int[][]> out = new ArrayList<>();
        for (List<PatternElement> side : List.of(p.before(), p.after())) {
            for (PatternElement e : side) {
                if (e instanceof PatternElement.Words w) {
                    int[][] phrases = new int[w.phrases().size()][];
                    for (int i = 0; i < phrases.length; i++) {
                        phrases[i] = w.phrases().get(i).stream()
                                .mapToInt(word -> vocabulary.computeIfAbsent(word, k -> vocabulary.size())).toArray();
                    }
                    out.add(phrases);
                }
            }
        }
        return new PatternLiterals(out.toArray(int[][][]::new), opensWith(p.after(), "that"),
                opensWith(p.after(), "to") || opensWith(p.after(), "not"), opensWithPurpose(p.after()));
    }

    /** Whether the first element after the verb offers an infinitive of purpose ("to demand") or a participle ("demanding"). */
    private static boolean opensWithPurpose(List<PatternElement> after) {
        return !after.isEmpty() && after.get(0) instanceof PatternElement.Words w && w.phrases().stream()
                .anyMatch(ph -> ph.size() > 1 && ph.get(0).equals("to") || ph.get(0).endsWith("ing"));
    }

    /** Whether the first element after the verb offers the one word {@code word}. */
    private static boolean opensWith(List<PatternElement> after, String word) {
        return !after.isEmpty() && after.get(0) instanceof PatternElement.Words w && w.phrases().contains(List.of(word));
    }

    boolean thatFirst() {
        return thatFirst;
    }

    boolean infinitiveFirst() {
        return infinitiveFirst;
    }

    boolean purposeFirst() {
        return purposeFirst;
    }

    boolean allIn(SentenceWords words) {
        if ((required & ~words.summary) != 0) {
            return false;
        }
        for (int[][] phrases : elements) {
            if (!anyIn(phrases, words.bits)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyIn(int[][] phrases, BitSet words) {
        for (int[] phrase : phrases) {
            boolean all = true;
            for (int i = 0; i < phrase.length && all; i++) {
                all = words.get(phrase[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
