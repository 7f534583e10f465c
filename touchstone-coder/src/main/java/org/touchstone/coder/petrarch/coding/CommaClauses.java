package org.touchstone.coder.petrarch.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.touchstone.coder.text.Sentence;

/**
 * PETRARCH's elimination of comma-delimited clauses (its {@code check_commas}): a clause between
 * two commas of {@code comma_min..comma_max} words, the clause from the sentence start to the first
 * comma of {@code comma_bmin..comma_bmax} words and the clause from the last comma to the end of
 * {@code comma_emin..comma_emax} words are set aside before coding (a maximum of 0 turns the rule
 * off). Words are tokens that start with a letter or digit. Commas inside noun phrases do not
 * delimit clauses: between two adjectives ("complete, full diplomatic ties") and in lists of actors
 * ("Mordor, the Shire, Fornost and Bree").
 */
final class CommaClauses {
    private final Sentence s;
    private final String[] tags;
    private final SentenceReading.DictMatch[] dict;
    private final CodingOptions options;

    CommaClauses(Sentence s, String[] tags, SentenceReading.DictMatch[] dict, CodingOptions options) {
        this.s = s;
        this.tags = tags;
        this.dict = dict;
        this.options = options;
    }

    /** Marks the tokens of the clauses to set aside, and the commas that are inside noun phrases. */
    void remove(boolean[] removed, boolean[] phraseCommas) {
        List<Integer> commas = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.lower(i).equals(",") && !removed[i]) {
                if (insidePhrase(i)) {
                    phraseCommas[i] = true;
                } else {
                    commas.add(i);
                }
            }
        }
        if (commas.isEmpty()) {
            return;
        }
        int end = s.size();
        while (end > 0 && !s.token(end - 1).isWord()) {
            end--; // the final period stays
        }
        boolean[] out = new boolean[s.size()];
        int last = commas.get(commas.size() - 1);
        if (options.commaEMax() > 0 && within(words(last + 1, end), options.commaEMin(), options.commaEMax())) {
            mark(out, last, end);
        }
        int first = commas.get(0);
        if (options.commaBMax() > 0 && within(words(0, first), options.commaBMin(), options.commaBMax())) {
            mark(out, 0, first + 1);
        }
        if (options.commaMax() > 0) {
            for (int c = 0; c + 1 < commas.size(); c++) {
                int a = commas.get(c);
                int b = commas.get(c + 1);
                if (within(words(a + 1, b), options.commaMin(), options.commaMax())) {
                    mark(out, a, b);
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            removed[i] |= out[i];
        }
    }

    private static boolean within(int n, int min, int max) {
        return n >= min && n <= max;
    }

    private static void mark(boolean[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = true;
        }
    }

    private int words(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (s.token(i).isWord()) {
                n++;
            }
        }
        return n;
    }

    /** A comma between adjectives or in a list of actors. */
    private boolean insidePhrase(int c) {
        if (c == 0 || c + 1 >= s.size()) {
            return false;
        }
        if ("ADJ".equals(tags[c - 1]) && dict[c - 1] == null && "ADJ".equals(tags[c + 1]) && dict[c + 1] == null) {
            return true;
        }
        if (dict[c - 1] == null || !dict[c - 1].isActor()) {
            return false;
        }
        // what follows: [and|or] [determiners, adjectives] ACTOR; after "and" nothing more may be coordinated
        int j = c + 1;
        boolean conjunction = false;
        if (j < s.size() && (s.lower(j).equals("and") || s.lower(j).equals("or"))) {
            conjunction = true;
            j++;
        }
        int modifiers = 0;
        while (j < s.size() && dict[j] == null && modifiers < 3 && (SentenceReading.DETERMINERS.contains(s.token(j))
                || "ADJ".equals(tags[j]))) {
            j++;
            modifiers++;
        }
        if (j >= s.size() || dict[j] == null || !dict[j].isActor()) {
            return false;
        }
        int after = dict[j].end();
        if (after >= s.size()) {
            return true;
        }
        String next = s.lower(after);
        boolean coordinator = next.equals("and") || next.equals("or") || next.equals(",");
        if (!coordinator && (dict[after] != null || Set.of("NOUN", "PROPN", "ADJ", "NUM").contains(tags[after]))) {
            return false; // "Dagolath, the Osgiliath newspaper ...": not a list of actors
        }
        return !conjunction || !(next.equals("and") || next.equals("or"));
    }
}
