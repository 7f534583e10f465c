package org.touchstone.coder.petrarch.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.dict.PatternElement;
import org.touchstone.coder.dict.VerbDictionary;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.dict.VerbPattern;

/**
 * The patterns of each verb entry in the order {@link PatternMatch} tries them (the most specific
 * first, file order among equals), sorted once when the coder is built rather than for each verb of
 * each sentence; and for each pattern the first words of its literal elements, so a pattern none of
 * whose phrases can start in the sentence is passed over without being tried. Immutable; shared
 * by threads.
 */
final class PatternOrder {

    /**
     * A pattern of an entry, how specific it is and, for each of its literal elements, the first
     * words of the element's phrases.
     */
    record Candidate(VerbEntry entry, VerbPattern pattern, int specificity, List<FirstWords> firstWords) {

        /**
         * Whether each literal element has a phrase whose first word is in the sentence: a pattern
         * that has not cannot match, and is passed over without being tried.
         */
        boolean possibleIn(Set<String> sentenceWords) {
            for (FirstWords first : firstWords) {
                if (!first.anyIn(sentenceWords)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The first words of a literal element's phrases, as a list to walk and a set to look up. */
    record FirstWords(String[] words, Set<String> set) {

        /** Whether one of the words is among the sentence's; walks the shorter side. */
        boolean anyIn(Set<String> sentenceWords) {
            if (words.length <= sentenceWords.size()) {
                for (String w : words) {
                    if (sentenceWords.contains(w)) {
                        return true;
                    }
                }
                return false;
            }
            for (String w : sentenceWords) {
                if (set.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Comparator<Candidate> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(Candidate::specificity).reversed();

    /** By identity: entries are records whose equality would compare every form and pattern. */
    private final Map<VerbEntry, List<Candidate>> byEntry = new IdentityHashMap<>();

    PatternOrder(VerbDictionary verbs) {
        for (VerbEntry e : verbs.entries()) {
            List<Candidate> candidates = new ArrayList<>(e.patterns().size());
            for (VerbPattern p : e.patterns()) {
                candidates.add(new Candidate(e, p, p.specificity(), firstWords(p)));
            }
            candidates.sort(MOST_SPECIFIC_FIRST); // stable: file order among equals
            byEntry.put(e, List.copyOf(candidates));
        }
    }

    private static List<FirstWords> firstWords(VerbPattern p) {
        List<FirstWords> out = new ArrayList<>();
        for (List<PatternElement> side : List.of(p.before(), p.after())) {
            for (PatternElement e : side) {
                if (e instanceof PatternElement.Words w) {
                    Set<String> first = new LinkedHashSet<>();
                    for (List<String> phrase : w.phrases()) {
                        if (phrase.isEmpty()) {
                            first = null; // an empty phrase fits anywhere
                            break;
                        }
                        first.add(phrase.get(0));
                    }
                    if (first != null) {
                        out.add(new FirstWords(first.toArray(String[]::new), new HashSet<>(first)));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The patterns of the verb's entries (each entry once, in the order of its forms), the most
     * specific first and, among equals, in entry and file order.
     */
    List<Candidate> candidates(SentenceReading.VerbAt v) {
        List<VerbEntry> seen = new ArrayList<>(2);
        for (VerbDictionary.Form f : v.forms()) {
            if (!seen.contains(f.entry())) {
                seen.add(f.entry());
            }
        }
        if (seen.size() == 1) {
            return of(seen.get(0));
        }
        List<Candidate> all = new ArrayList<>();
        for (VerbEntry e : seen) {
            all.addAll(of(e));
        }
        all.sort(MOST_SPECIFIC_FIRST);
        return all;
    }

    private List<Candidate> of(VerbEntry e) {
        List<Candidate> c = byEntry.get(e);
        if (c == null) {
            throw new IllegalArgumentException("verb entry not of this dictionary: " + e.name());
        }
        return c;
    }
}
