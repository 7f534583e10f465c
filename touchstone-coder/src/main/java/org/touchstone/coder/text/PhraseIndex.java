package org.touchstone.coder.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small set of lower-case phrases indexed by their first word, so that looking for any of them
 * in a sentence costs a bit test per token (the first words are a {@link WordSet}) and a hash look-up
 * where a phrase may start. Filled once, then read by any thread.
 */
public final class PhraseIndex<V> {
    /** A phrase found: where it starts, how many tokens it has and its value. */
    public record Hit<V>(int start, int length, V value) {
    }

    private record Entry<V>(String[] words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    /** The first words, made on the first look-up after the last {@link #add}. */
    private volatile WordSet firstWords;

    public PhraseIndex<V> add(String phrase, V value) {
        firstWords = null;
        String[] words = phrase.split(" ");
        byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, value));
        byFirst.get(words[0]).sort((a, b) -> b.words().length - a.words().length);
        return this;
    }

    /** The first (then longest) phrase starting in tokens [from, to), or null. */
    public Hit<V> find(Sentence s, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, s.size()); i++) {
            Hit<V> h = at(s, i);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /**
     * As {@link #at}, a quote mark inside the phrase passed over: scare quotes around a label ("a \"killer\"", "a
     * 'sham'") leave the label what it is. The hit's length counts the marks passed.
     */
    public Hit<V> atThroughQuotes(Sentence s, int i) {
        Hit<V> plain = at(s, i);
        // the first word's bit before the map: most tokens start no phrase
        List<Entry<V>> candidates = plain != null || !s.token(i).isWord() || !firstWords().contains(s.token(i)) ? null
                : byFirst.get(s.lower(i));
        if (candidates == null) {
            return plain;
        }
        for (Entry<V> e : candidates) {
            int j = i + 1;
            boolean ok = true;
            boolean quoted = false;
            for (int k = 1; k < e.words().length && ok; k++, j++) {
                while (j < s.size() && quoteMark(s.token(j))) {
                    j++;
                    quoted = true;
                }
                ok = j < s.size() && s.lower(j).equals(e.words()[k]);
            }
            if (ok && quoted) {
                return new Hit<>(i, j - i, e.value());
            }
        }
        return null;
    }

    private static boolean quoteMark(Token t) {
        String x = t.text();
        return !t.isWord() && x.length() == 1 && "\"'\u201c\u201d\u2018\u2019`".indexOf(x.charAt(0)) >= 0;
    }

    private WordSet firstWords() {
        WordSet firsts = firstWords;
        if (firsts == null) {
            firsts = WordSet.of(byFirst.keySet().toArray(String[]::new));
            firstWords = firsts;
        }
        return firsts;
    }

    /** The longest phrase starting at token i, or null. */
    public Hit<V> at(Sentence s, int i) {
        if (!firstWords().contains(s.token(i))) {
            return null;
        }
        List<Entry<V>> candidates = byFirst.get(s.lower(i));
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            if (i + e.words().length <= s.size()) {
                boolean ok = true;
                for (int k = 1; k < e.words().length && ok; k++) {
                    ok = s.lower(i + k).equals(e.words()[k]);
                }
                if (ok) {
                    return new Hit<>(i, e.words().length, e.value());
                }
            }
        }
        return null;
    }
}
