package org.touchstone.coder.event;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * S33-15: diplomats sent away (expelled, ordered out, given hours to leave) are their state's government, whatever the
 * phrasing: "diplomats from Argentina" and "each other's ambassadors" as much as "Argentine diplomats". One's own
 * diplomats called home ("recalled its ambassador from Israel", "withdrew ambassadors from Moscow") leave a state, which
 * stays bare.
 */
final class ExpelledDiplomats {

    private static final WordSet DIPLOMATS = WordSet.of("diplomat", "diplomats", "ambassador", "ambassadors", "envoy",
            "envoys", "consul", "consuls", "attaché", "attachés", "attache", "attaches");
    /** Modifiers between "each other's" and the diplomats: "each other's top diplomats", "one another's senior envoys". */
    private static final WordSet RANKS = WordSet.of("top", "senior", "chief", "most", "two", "several");
    /** Verbs that bring one's own diplomats home: what they leave is a state, not its government. */
    private static final WordSet OWN_SIDE = WordSet.of("recall", "recalls", "recalled", "recalling", "withdraw", "withdraws",
            "withdrew", "withdrawn", "withdrawing", "pull", "pulls", "pulled", "pulling", "bring", "brings", "brought",
            "bringing", "evacuate", "evacuates", "evacuated", "evacuating", "summon", "summons", "summoned", "summoning");

    private ExpelledDiplomats() {
    }

    /**
     * The governments of the states a 16x act sends diplomats back to: "expelled diplomats from Germany, Poland and
     * Sweden", "diplomats from seven countries, including Argentina and Chile" ({@code listed} is the list of states
     * named), or the list itself when "from" follows no diplomats.
     */
    static List<ActorMention> sentFrom(Sentence s, VerbMatch m, String code, List<ActorMention> listed) {
        if (code == null || !code.startsWith("16") || listed.isEmpty() || OWN_SIDE.contains(s.token(m.start()))) {
            return listed;
        }
        int at = listed.get(0).start() - 1;
        if (at > 0 && s.lower(at).equals("the")) {
            at--;
        }
        if (at > 0 && s.lower(at).equals("including")) {
            int including = at;
            while (at > Math.max(0, including - 8) && !s.lower(at).equals("from")) {
                at--;
            }
        }
        if (at < 1 || !s.lower(at).equals("from") || !DIPLOMATS.contains(s.token(at - 1)) || ownedBefore(s, at - 1)) {
            return listed;
        }
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention a : listed) {
            out.add(government(a));
        }
        return out;
    }

    /** "expelled each other's (top) diplomats": the act done both ways is aimed at each side's government. */
    static boolean eachOthers(Sentence s, VerbMatch m, String code) {
        if (code == null || !code.startsWith("16")) {
            return false;
        }
        for (int i = m.end(); i + 2 < Math.min(s.size(), m.last() + 6); i++) {
            if (Words.reciprocalAt(s, i)) {
                int t = i + 2;
                if (t < s.size() && (s.lower(t).equals("'s") || s.lower(t).equals("’s"))) {
                    t++;
                }
                while (t < s.size() && RANKS.contains(s.token(t))) {
                    t++;
                }
                return t < s.size() && DIPLOMATS.contains(s.token(t));
            }
        }
        return false;
    }

    /** A bare state's code as its government; any other code as it is. */
    static String government(String code) {
        return ActCodes.bareState(code) ? code + "GOV" : code;
    }

    private static ActorMention government(ActorMention a) {
        return ActCodes.bareState(a.code()) ? a.asSector(a.code(), "GOV", "diplomats of:" + a.code()) : a;
    }

    /** "its ambassador from Israel", "their envoys from Moscow": the source's own diplomats. */
    private static boolean ownedBefore(Sentence s, int noun) {
        for (int t = noun - 1; t >= Math.max(0, noun - 3); t--) {
            if (Targets.POSSESSIVE_PRONOUNS.contains(s.token(t)) || s.lower(t).equals("our")) {
                return true;
            }
        }
        return false;
    }
}
