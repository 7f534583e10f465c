package org.touchstone.coder.petrarch.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.touchstone.coder.dict.VerbDictionary;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.dict.VerbPattern;

/**
 * The patterns of each verb entry in the order {@link PatternMatch} tries them (the most specific
 * first, file order among equals), sorted once when the coder is built rather than for each verb of
 * each sentence. Immutable; shared by threads.
 */
final class PatternOrder {

    /** A pattern of an entry and how specific it is. */
    record Candidate(VerbEntry entry, VerbPattern pattern, int specificity) {
    }

    private static final Comparator<Candidate> MOST_SPECIFIC_FIRST =
            Comparator.comparingInt(Candidate::specificity).reversed();

    /** By identity: entries are records whose equality would compare every form and pattern. */
    private final Map<VerbEntry, List<Candidate>> byEntry = new IdentityHashMap<>();

    PatternOrder(VerbDictionary verbs) {
        for (VerbEntry e : verbs.entries()) {
            List<Candidate> candidates = new ArrayList<>(e.patterns().size());
            for (VerbPattern p : e.patterns()) {
                candidates.add(new Candidate(e, p, p.specificity()));
            }
            candidates.sort(MOST_SPECIFIC_FIRST); // stable: file order among equals
            byEntry.put(e, List.copyOf(candidates));
        }
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
