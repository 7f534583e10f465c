package org.touchstone.coder.event;

import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;

/**
 * S33-16: a force readied or a show of force "to restore constitutional order in Niger" is aimed at those who broke that
 * order, the junta (the roles table: juntas are MIL), not at the state named as the place (manual 154: the party against
 * whom the move is directed is the target).
 */
final class OrderRestored {

    /** The last word of an order a coup breaks: "constitutional order", "civilian rule", "democracy". */
    private static final WordSet ORDERS = WordSet.of("order", "rule", "democracy", "government");
    /** What makes "order" or "rule" the constitution's: "constitutional order", "civilian rule", "democratic rule". */
    private static final WordSet CONSTITUTIONAL = WordSet.of("constitutional", "civilian", "democratic", "civil");

    private OrderRestored() {
    }

    /** The junta of the state a posture (15x) restores order "in", else {@code targets} as they are. */
    static List<ActorMention> junta(Sentence s, String code, List<ActorMention> targets) {
        if (code == null || !code.startsWith("15") || targets.size() != 1) {
            return targets;
        }
        ActorMention place = targets.get(0);
        int in = place.start() - 1;
        String state = place.code();
        if (in < 2 || !s.lower(in).equals("in") || !ORDERS.contains(s.token(in - 1)) || !ActCodes.bareState(state)
                || !(s.lower(in - 1).equals("democracy") || CONSTITUTIONAL.contains(s.token(in - 2)))) {
            return targets;
        }
        return List.of(place.asSector(state, "MIL", "junta of:" + state));
    }
}
