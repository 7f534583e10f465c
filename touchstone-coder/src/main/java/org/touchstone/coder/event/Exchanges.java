package org.touchstone.coder.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;

/**
 * R12: a prisoner exchange is a release in each direction (0841 both ways). A release whose clause names what it was
 * traded for ("freed five American detainees in exchange for five Iranians held in the United States") gives the
 * other side's release too: the holder named there ("held in", "the release by") or else the state whose people were
 * freed, toward the people it gave back, each side's people coded as named (S35-1). A mediator of the trade acts on the
 * two states (S31-20). A release "in a prisoner exchange with the West" pairs the releaser and that partner each way.
 * Nothing is added when no actor is named for what was given back ("in exchange for a ransom").
 */
final class Exchanges {
    private Exchanges() {
    }

    /** The furthest a trade's "in exchange for" may stand from the release verb, in tokens. */
    private static final int REACH = 14;
    /** What the other side gave back is named within this many tokens after "for". */
    private static final int SPAN = 16;
    private static final WordSet SWAPS = WordSet.of("exchange", "swap");
    /** Words before "in" or "by" that make the actor after them the one who held the people given back. */
    private static final WordSet HOLDING = WordSet.of("held", "jailed", "imprisoned", "detained", "release", "serving");
    /** A comma followed by one of these continues the traded people's noun phrase (an appositive or relative). */
    private static final WordSet CONTINUATIONS = WordSet.of("a", "an", "who", "whom", "the");
    /** Words that end the release's clause ("and" does not: "freed a journalist and other prisoners in an exchange"). */
    private static final WordSet ENDS = WordSet.of(".", ";", ":", "but", "while", "after", "as", "said");

    static List<CodedAct> swapped(Sentence s, List<ActorMention> mentions, List<CodedAct> out) {
        List<CodedAct> added = new ArrayList<>();
        Set<String> tradedPeople = new LinkedHashSet<>();
        for (CodedAct a : out) {
            if (!a.code().startsWith("0841") || a.verb().nominal()) {
                continue;
            }
            int k = exchangeAfter(s, a.verb().last());
            if (k < 0) {
                continue;
            }
            if (s.lower(k).equals("for")) {
                String back = tradedFor(s, mentions, a, k + 1, added);
                if (back != null) {
                    tradedPeople.add(back);
                }
                if (a.target() != null) {
                    tradedPeople.add(a.target());
                }
            } else {
                ActorMention partner = ActorMention.startingAt(s, mentions, k + 1);
                if (partner != null && partner.isResolved() && !partner.locative()) {
                    add(a, a.source(), partner.code(), added); // "in the biggest prisoner exchange with the West"
                    add(a, partner.code(), a.source(), added);
                }
            }
        }
        if (added.isEmpty() && tradedPeople.isEmpty()) {
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        List<CodedAct> all = new ArrayList<>();
        for (CodedAct a : out) {
            a = tradedPeople.contains(a.target()) && a.code().startsWith("045") ? withTarget(a, ActCodes.country(a.target())) : a;
            seen.add(a.source() + ">" + a.target() + ":" + a.code());
            all.add(a);
        }
        for (CodedAct a : added) {
            if (seen.add(a.source() + ">" + a.target() + ":" + a.code()) && !a.source().equals(a.target())) {
                all.add(a);
            }
        }
        return all;
    }

    /**
     * The index of "for" in "in exchange for" / "in return for", or of "with" in "exchange with" / "swap with", in the
     * release's clause after token {@code from}; else -1.
     */
    private static int exchangeAfter(Sentence s, int from) {
        for (int k = Math.max(from, 1); k + 1 < s.size() && k < from + REACH; k++) {
            String w = s.lower(k);
            if (ENDS.contains(w)) {
                return -1;
            }
            String next = s.lower(k + 1);
            if ((w.equals("exchange") || w.equals("return")) && s.lower(k - 1).equals("in") && next.equals("for")) {
                return k + 1;
            }
            if (SWAPS.contains(w) && next.equals("with") && s.lower(k - 1).equals("prisoner")) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * The other side's release: the holder named after "for" (else the freed people's state) toward those given back,
     * coded as the sentence names them (S35-1: "five Iranians held in the United States" are {@code IRNCVL}); the code
     * of those given back, or null when no one is named.
     */
    private static String tradedFor(Sentence s, List<ActorMention> mentions, CodedAct a, int from, List<CodedAct> added) {
        ActorMention holder = null;
        ActorMention returned = null;
        for (int k = from; k < s.size() && k < from + SPAN; k++) {
            String w = s.lower(k);
            if (ENDS.contains(w) || w.equals(",") && (k + 1 >= s.size() || !CONTINUATIONS.contains(s.lower(k + 1)))) {
                break;
            }
            ActorMention m = ActorMention.startingAt(s, mentions, k);
            if (m == null) {
                continue;
            }
            if (heldBy(s, k)) {
                holder = holder == null ? m : holder;
            } else if (returned == null && !m.locative()) {
                returned = m;
            }
            k = m.end() - 1;
        }
        if (returned == null) {
            return null;
        }
        String giver = holder != null ? holder.code() : ActCodes.country(a.target());
        if (giver == null || holder == null && !Coreference.isCountryCode(giver)) {
            return null;
        }
        add(a, giver, returned.code(), added);
        return returned.code();
    }

    /** "held in the United States", "the release by the United States of": the actor from {@code at} holds the people. */
    private static boolean heldBy(Sentence s, int at) {
        if (at < 2 || !(s.lower(at - 1).equals("in") || s.lower(at - 1).equals("by"))) {
            return false;
        }
        for (int k = at - 2; k >= 0 && k >= at - 4; k--) {
            if (HOLDING.contains(s.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static void add(CodedAct a, String source, String target, List<CodedAct> added) {
        added.add(new CodedAct(source, target, a.code(), a.verb(), a.fromToken(), a.toToken(), a.entries()));
    }

    private static CodedAct withTarget(CodedAct a, String target) {
        return new CodedAct(a.source(), target, a.code(), a.verb(), a.fromToken(), a.toToken(), a.entries());
    }
}
