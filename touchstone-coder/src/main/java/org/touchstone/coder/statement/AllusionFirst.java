package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.AllusionDetector;

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

    /** The targets less the actors named only after an allusion that opens the words [from, to). */
    static List<String> withoutActorsAfter(List<ActorMention> mentions, AllusionDetector.Allusion allusion, List<String> meant,
                                           List<String> targets, int from, int to) {
        if (allusion == null || targets.isEmpty() || namedBefore(mentions, allusion, targets, from)) {
            return targets;
        }
        List<String> kept = new ArrayList<>();
        for (String t : targets) {
            if (meant.contains(t) || !onlyAfter(mentions, allusion, t, from, to)) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** Whether a target is named in the words before the allusion: the words are about it first. */
    private static boolean namedBefore(List<ActorMention> mentions, AllusionDetector.Allusion allusion, List<String> targets,
                                       int from) {
        return mentions.stream().anyMatch(m -> m.isResolved() && m.start() >= from && m.start() < allusion.start()
                && m.codes().stream().anyMatch(targets::contains));
    }

    /** Whether every mention of a target in the words comes after the allusion and the place it names. */
    private static boolean onlyAfter(List<ActorMention> mentions, AllusionDetector.Allusion allusion, String target,
                                     int from, int to) {
        boolean named = false;
        for (ActorMention m : mentions) {
            if (!m.isResolved() || !m.codes().contains(target) || m.start() < from || m.start() >= to) {
                continue;
            }
            if (m.start() <= allusion.end() + 3) {
                return false; // "some politicians in the Philippines": inside the allusion
            }
            named = true;
        }
        return named;
    }
}
