package org.touchstone.coder.petrarch.coding;

import java.util.List;
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

    public PetrarchScreen(List<DiscardPhrase> discards) {
        this.discards = List.copyOf(discards);
    }

    /**
     * The verdict on one sentence: a story discard first, then a sentence discard, then a dateline.
     * Discard phrases match whole tokens without regard to case; the last token of a phrase written
     * without a final '_' is a stem ("baseball" matches "baseballs").
     */
    public Verdict check(Sentence s) {
        Verdict sentence = null;
        for (DiscardPhrase d : discards) {
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
