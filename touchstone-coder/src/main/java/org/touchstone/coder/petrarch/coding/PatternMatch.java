package org.touchstone.coder.petrarch.coding;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.dict.PatternElement;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.dict.VerbPattern;
import org.touchstone.coder.text.WordSet;

/**
 * The pattern a verb of the sentence matches, PETRARCH's way: every pattern of every entry with
 * that verb form is tried, the most specific first (file order among equals), and the first that
 * fits wins; the bare {@code *} always fits. A pattern with a literal element none of whose
 * phrases starts with a word of the sentence cannot fit and is not tried ({@link PatternOrder}). Literal words must appear as written; {@code _} asks
 * for adjacency (articles may stand before an actor slot), a blank allows up to
 * {@link #MAX_GAP} other words. {@code +} and {@code $} take a noun-phrase group (coordinated
 * phrases), {@code %} a group of two or more, {@code ^} skips one noun phrase.
 */
final class PatternMatch {
    static final int MAX_GAP = 8;
    private static final WordSet HARD_STOPS = WordSet.of(";", ":", ".", "!", "?");

    final SentenceReading.VerbAt verb;
    final VerbEntry entry;
    final VerbPattern pattern;
    /** First token the pattern used (the verb when nothing comes before it). */
    final int first;
    /** Token after the last one the pattern used. */
    final int last;
    final Group target;
    final Group source;
    final Group compound;
    final boolean compoundBefore;
    final boolean slotBefore;
    final List<int[]> literalsAfter;

    private PatternMatch(SentenceReading.VerbAt verb, VerbEntry entry, VerbPattern pattern, int first, int last,
                         Group target, Group source, Group compound, boolean compoundBefore, boolean slotBefore,
                         List<int[]> literalsAfter) {
        this.verb = verb;
        this.entry = entry;
        this.pattern = pattern;
        this.first = first;
        this.last = last;
        this.target = target;
        this.source = source;
        this.compound = compound;
        this.compoundBefore = compoundBefore;
        this.slotBefore = slotBefore;
        this.literalsAfter = literalsAfter;
    }

    String formText(SentenceReading r) {
        return r.sentence().lowerText(verb.start(), verb.end());
    }

    /** The best pattern for the verb; never null (the bare verb fits). */
    static PatternMatch find(SentenceReading r, SentenceReading.VerbAt v, PatternOrder order) {
        for (PatternOrder.Candidate c : order.candidates(v)) {
            if (!c.possibleIn(r.words())) {
                continue;
            }
            PatternMatch m = attempt(r, v, c.entry(), c.pattern());
            if (m != null) {
                return m;
            }
        }
        VerbEntry e = v.forms().get(0).entry();
        return new PatternMatch(v, e, e.patterns().get(e.patterns().size() - 1), v.start(), v.end(), null, null, null,
                false, false, List.of());
    }

    private static PatternMatch attempt(SentenceReading r, SentenceReading.VerbAt v, VerbEntry entry, VerbPattern p) {
        Object[] afterBound = new Object[p.after().size()];
        int[] afterAt = new int[p.after().size()];
        int last = matchAfter(r, p.after(), 0, v.end(), afterBound, afterAt);
        if (last < 0) {
            return null;
        }
        Object[] beforeBound = new Object[p.before().size()];
        int[] beforeAt = new int[p.before().size()];
        if (!matchBefore(r, p.before(), p.before().size() - 1, v.start() - 1, beforeBound, beforeAt)) {
            return null;
        }
        Group target = null;
        Group source = null;
        Group compound = null;
        boolean compoundBefore = false;
        boolean slotBefore = false;
        for (int i = 0; i < p.before().size(); i++) {
            PatternElement e = p.before().get(i);
            if (e instanceof PatternElement.Target) {
                target = (Group) beforeBound[i];
            } else if (e instanceof PatternElement.Source) {
                source = (Group) beforeBound[i];
            } else if (e instanceof PatternElement.Compound) {
                compound = (Group) beforeBound[i];
                compoundBefore = true;
            }
            slotBefore |= !(e instanceof PatternElement.Words);
        }
        List<int[]> literals = new ArrayList<>();
        for (int i = 0; i < p.after().size(); i++) {
            PatternElement e = p.after().get(i);
            if (e instanceof PatternElement.Target) {
                target = (Group) afterBound[i];
            } else if (e instanceof PatternElement.Source) {
                source = (Group) afterBound[i];
            } else if (e instanceof PatternElement.Compound) {
                compound = (Group) afterBound[i];
            } else if (e instanceof PatternElement.Words) {
                literals.add(new int[] {afterAt[i], (Integer) afterBound[i]});
            }
        }
        int first = p.before().isEmpty() ? v.start() : beforeAt[0];
        return new PatternMatch(v, entry, p, first, last, target, source, compound, compoundBefore, slotBefore,
                literals);
    }

    private static boolean isSlot(PatternElement e) {
        return !(e instanceof PatternElement.Words);
    }

    /** Matches elements[e..] from token pos on; the token after the last one used, or -1. */
    private static int matchAfter(SentenceReading r, List<PatternElement> elements, int e, int pos, Object[] bound,
                                  int[] at) {
        if (e == elements.size()) {
            return pos;
        }
        PatternElement el = elements.get(e);
        int limit = el.adjacent() ? pos : pos + MAX_GAP;
        for (int k = pos; k <= limit && k < r.size(); k++) {
            if (k > pos && HARD_STOPS.contains(r.lower(k - 1))) {
                break;
            }
            Object[] binding = new Object[1];
            int end = startingAt(r, el, k, binding);
            if (end >= 0) {
                bound[e] = binding[0];
                at[e] = k;
                int result = matchAfter(r, elements, e + 1, end, bound, at);
                if (result >= 0) {
                    return result;
                }
            }
            if (el.adjacent() && isSlot(el) && SentenceReading.DETERMINERS.contains(r.lower(k)) && limit < r.size()) {
                limit++;
            }
        }
        return -1;
    }

    /** Matches elements[..e] backwards, element e ending at token pos. */
    private static boolean matchBefore(SentenceReading r, List<PatternElement> elements, int e, int pos,
                                       Object[] bound, int[] at) {
        if (e < 0) {
            return true;
        }
        PatternElement el = elements.get(e);
        int limit = el.adjacent() ? pos : pos - MAX_GAP;
        for (int k = pos; k >= Math.max(0, limit); k--) {
            if (k < pos && HARD_STOPS.contains(r.lower(k + 1))) {
                break;
            }
            Object[] binding = new Object[1];
            int start = endingAt(r, el, k, binding);
            if (start >= 0) {
                bound[e] = binding[0];
                at[e] = start;
                if (matchBefore(r, elements, e - 1, start - 1, bound, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the element ends when it starts at k, or -1; binding[0] gets the group, phrase or literal end. */
    private static int startingAt(SentenceReading r, PatternElement el, int k, Object[] binding) {
        if (el instanceof PatternElement.Words w) {
            for (List<String> phrase : w.phrases()) {
                if (wordsAt(r, phrase, k)) {
                    binding[0] = k + phrase.size();
                    return k + phrase.size();
                }
            }
            return -1;
        }
        if (el instanceof PatternElement.AnyWord) {
            Phrase p = r.phraseStartingAt(k);
            binding[0] = p;
            return p == null ? -1 : p.end;
        }
        Group g = r.groupStartingAt(k);
        if (g == null || el instanceof PatternElement.Compound && g.codedMembers().size() < 2) {
            return -1;
        }
        binding[0] = g;
        return g.end;
    }

    /** Where the element starts when it ends at token k, or -1. */
    private static int endingAt(SentenceReading r, PatternElement el, int k, Object[] binding) {
        if (el instanceof PatternElement.Words w) {
            for (List<String> phrase : w.phrases()) {
                int start = k - phrase.size() + 1;
                if (start >= 0 && wordsAt(r, phrase, start)) {
                    binding[0] = k + 1;
                    return start;
                }
            }
            return -1;
        }
        if (el instanceof PatternElement.AnyWord) {
            Phrase p = r.phraseEndingAt(k);
            binding[0] = p;
            return p == null ? -1 : p.start;
        }
        Group g = r.groupEndingAt(k);
        if (g == null || el instanceof PatternElement.Compound && g.codedMembers().size() < 2) {
            return -1;
        }
        binding[0] = g;
        return g.start;
    }

    private static boolean wordsAt(SentenceReading r, List<String> phrase, int k) {
        if (k < 0 || k + phrase.size() > r.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!r.lower(k + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }
}
