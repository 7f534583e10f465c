package org.touchstone.coder.petrarch.coding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.touchstone.coder.dict.DiscardPhrase;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Token;

/**
 * What PETRARCH refuses before coding: a sentence or story holding a discard phrase (sports
 * results, chronologies), and a sentence that starts with a dateline ("CEBU CITY: -- ..."), which
 * PETRARCH reports as an irregular input.
 */
public final class PetrarchScreen {
    /** Why a sentence is not coded; {@link #NONE} when it is. */
    public enum Refusal { NONE, SENTENCE_DISCARD, STORY_DISCARD, DATELINE }

    /** A refusal and the phrase or text that caused it. */
    public record Verdict(Refusal refusal, String reason) {
        public static final Verdict CODE = new Verdict(Refusal.NONE, null);
    }

    private final List<DiscardPhrase> discards;
    /** Phrases by their first word, where that word must be matched whole (positions in {@link #discards}). */
    private final Map<String, List<Integer>> byFirstWord = new HashMap<>();
    /** One-word phrases that are stems ("baseball" for "baseballs"), by the stem. */
    private final Map<String, List<Integer>> byStem = new HashMap<>();
    /** Phrases without words, which occur in every sentence. */
    private final BitSet everywhere = new BitSet();
    private int longestStem;

    public PetrarchScreen(List<DiscardPhrase> discards) {
        this.discards = List.copyOf(discards);
        for (int i = 0; i < this.discards.size(); i++) {
            DiscardPhrase d = this.discards.get(i);
            if (d.tokens().isEmpty()) {
                everywhere.set(i);
                continue;
            }
            String first = d.tokens().get(0);
            if (d.tokens().size() == 1 && !d.wholeWord()) {
                byStem.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
                longestStem = Math.max(longestStem, first.length());
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /**
     * The verdict on one sentence: a story discard first, then a sentence discard, then a dateline.
     * Discard phrases match whole tokens without regard to case; the last token of a phrase written
     * without a final '_' is a stem ("baseball" matches "baseballs").
     */
    public Verdict check(Sentence s) {
        Verdict sentence = null;
        BitSet candidates = candidates(s);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            DiscardPhrase d = discards.get(i);
            if (occursIn(d, s)) {
                if (d.wholeStory()) {
                    return new Verdict(Refusal.STORY_DISCARD, d.entry());
                }
                if (sentence == null) {
                    sentence = new Verdict(Refusal.SENTENCE_DISCARD, d.entry());
                }
            }
        }
        if (sentence != null) {
            return sentence;
        }
        int dateline = datelineEnd(s);
        if (dateline > 0) {
            return new Verdict(Refusal.DATELINE, s.text(0, dateline));
        }
        return Verdict.CODE;
    }

    /**
     * The phrases that could occur in the sentence, found from its words instead of trying every
     * phrase at every position; taken in the list's order, so the first match is the list's first.
     */
    private BitSet candidates(Sentence s) {
        BitSet found = (BitSet) everywhere.clone();
        for (int i = 0; i < s.size(); i++) {
            String word = s.lower(i);
            for (int phrase : byFirstWord.getOrDefault(word, List.of())) {
                found.set(phrase);
            }
            for (int end = Math.min(word.length(), longestStem); end >= 0 && !byStem.isEmpty(); end--) {
                for (int phrase : byStem.getOrDefault(word.substring(0, end), List.of())) {
                    found.set(phrase);
                }
            }
        }
        return found;
    }

    private static boolean occursIn(DiscardPhrase d, Sentence s) {
        List<String> p = d.tokens();
        for (int i = 0; i + p.size() <= s.size(); i++) {
            boolean ok = true;
            for (int k = 0; k < p.size() && ok; k++) {
                String t = s.lower(i + k);
                boolean last = k == p.size() - 1;
                ok = last && !d.wholeWord() ? t.startsWith(p.get(k)) : t.equals(p.get(k));
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dateline: one to five words in capitals at the start of the sentence, then ':' or a dash
     * ("CEBU CITY: --", "WASHINGTON --"). Returns the token after the mark, or 0.
     */
    static int datelineEnd(Sentence s) {
        int i = 0;
        while (i < s.size() && i < 5 && isCapitalWord(s.token(i))) {
            i++;
        }
        if (i == 0 || i >= s.size()) {
            return 0;
        }
        String mark = s.token(i).text();
        if (mark.equals(":") || mark.equals("--") || mark.equals("—") || mark.equals("-")) {
            return i + 1;
        }
        return 0;
    }

    private static boolean isCapitalWord(Token t) {
        String w = t.text();
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '.' && c != ',' && c != '\'' && c != '-') {
                return false;
            }
        }
        return letters >= 2;
    }
}
