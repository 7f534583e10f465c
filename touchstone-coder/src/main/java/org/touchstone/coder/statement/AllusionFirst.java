package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.AllusionDetector;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;

/**
 * Words whose first actor is an allusion are about the alluded one (GOLD-SET.md, R14): "told the conference that
 * 'some forces' did not want peace talks on Ukraine", "accused 'a neighbouring country' of letting American drones use
 * its airspace", "said 'some' Western leaders were still afraid of Moscow". The actors named only in what the allusion
 * is said to do or feel set its scene and are no targets; the targets keep what the allusion names or the sentence
 * resolves it to, and actors named before it or outside the words.
 */
final class AllusionFirst {
    private AllusionFirst() {
    }

    /** Words that join a new clause or verb phrase after the allusion's own ("..., and oppose the enlargement of NATO"). */
    private static final WordSet JOINING = WordSet.of("and", "but", "while", "whereas", ";");
    /** Words after "and" that go on with a noun phrase ("on Ukraine and the Middle East"). */
    private static final WordSet NOUN_PHRASE = WordSet.of("the", "a", "an", "its", "their", "his", "her", "other");

    /** The targets less the actors named only in the predicate of an allusion that opens the words [from, to). */
    static List<String> withoutActorsAfter(Sentence s, List<ActorMention> mentions, AllusionDetector.Allusion allusion,
                                           List<String> meant, List<String> targets, int from, int to) {
        if (allusion == null || targets.isEmpty() || namedBefore(mentions, allusion, targets, from)) {
            return targets;
        }
        int end = predicateEnd(s, allusion, to);
        List<String> kept = new ArrayList<>();
        for (String t : targets) {
            if (meant.contains(t) || !onlyAfter(s, mentions, allusion, t, from, end, to)) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** Where the allusion's predicate ends: at a word joining a new clause or verb phrase, else with the words. */
    private static int predicateEnd(Sentence s, AllusionDetector.Allusion allusion, int to) {
        for (int i = allusion.end(); i + 1 < to; i++) {
            String next = s.token(i + 1).text();
            boolean lowerWord = Character.isLowerCase(next.charAt(0)) && !NOUN_PHRASE.contains(s.token(i + 1));
            if (JOINING.contains(s.token(i)) && (lowerWord || s.lower(i).equals(";"))) {
                return i;
            }
        }
        return to;
    }

    /** Whether a target is named in the words before the allusion: the words are about it first. */
    private static boolean namedBefore(List<ActorMention> mentions, AllusionDetector.Allusion allusion, List<String> targets,
                                       int from) {
        return mentions.stream().anyMatch(m -> m.isResolved() && m.start() >= from && m.start() < allusion.start()
                && m.codes().stream().anyMatch(targets::contains));
    }

    /** Words that may stand between an allusion and a place it names ("some politicians in the Philippines"). */
    private static final WordSet OWN_PHRASE = WordSet.of("in", "of", "from", "inside", "within", "the", "\"", "'", "\u201d",
            "\u2019");

    /**
     * Whether a mention is part of the allusion's own phrase (or before its end), after it with only a preposition, an article or a closing
     * quote between ("some politicians in the Philippines"); not the object of what the allusion does ("certain European
     * capitals wanted to drag NATO into the war", "'certain countries' were using the Ukraine crisis").
     */
    private static boolean inside(Sentence s, AllusionDetector.Allusion allusion, ActorMention m) {
        for (int i = allusion.end(); i < m.start(); i++) {
            if (!OWN_PHRASE.contains(s.token(i))) {
                return false;
            }
        }
        return true; // a mention before the allusion's end is counted as inside too: the words are about it first
    }

    /** Whether every mention of a target in the words is in the allusion's predicate, past the place it names. */
    private static boolean onlyAfter(Sentence s, List<ActorMention> mentions, AllusionDetector.Allusion allusion,
                                     String target, int from, int end, int to) {
        boolean named = false;
        for (ActorMention m : mentions) {
            if (!m.isResolved() || !m.codes().contains(target) || m.start() < from || m.start() >= to) {
                continue;
            }
            if (inside(s, allusion, m) || m.start() >= end) {
                return false; // inside the allusion ("some politicians in the Philippines") or past its predicate
            }
            named = true;
        }
        return named;
    }
}
