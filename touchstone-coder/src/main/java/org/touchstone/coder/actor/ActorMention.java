package org.touchstone.coder.actor;

import java.util.List;
import org.touchstone.coder.text.Sentence;

/**
 * An actor found in a sentence: its token span, the code(s) it stands for and the dictionary
 * entries behind it. A pair ("both sides") has two codes; an unresolved pronoun has none.
 *
 * @param start      first token
 * @param end        token after the last
 * @param codes      the actor codes (one, or two for a pair)
 * @param kind       how the mention was found
 * @param individual a person ("Putin", "the president", "he") rather than a state or body
 * @param locative   preceded by a place preposition ("in Moscow"): a place, not an actor
 * @param placeCode  the code to use when the mention is a place or destination (the bare country)
 * @param possessive followed by "'s" ("Putin's visit")
 * @param entries    the dictionary entries that produced it
 * @param sector     of an agent-only mention ("protesters", "the government"): its role's sector, which
 *                   the event may complete with a country ("protesters rallied in Tbilisi"); otherwise null
 * @param adjective  written as a singular adjective only ("Russian", "Western"), never a name: a base verb form right
 *                   after it is a noun it modifies ("Western support"), not its verb
 */
public record ActorMention(int start, int end, List<String> codes, Kind kind, boolean individual, boolean locative,
                           String placeCode, boolean possessive, List<String> entries, String sector, boolean adjective) {

    public enum Kind { NAMED, METONYM, COMPOSED, PERSON, COREFERENCE, PAIR, AGENT_ONLY }

    public ActorMention {
        codes = List.copyOf(codes);
        entries = List.copyOf(entries);
    }

    public ActorMention(int start, int end, List<String> codes, Kind kind, boolean individual, boolean locative,
                        String placeCode, boolean possessive, List<String> entries, String sector) {
        this(start, end, codes, kind, individual, locative, placeCode, possessive, entries, sector, false);
    }

    public ActorMention(int start, int end, List<String> codes, Kind kind, boolean individual, boolean locative,
                        String placeCode, boolean possessive, List<String> entries) {
        this(start, end, codes, kind, individual, locative, placeCode, possessive, entries, null, false);
    }

    /** Whether no mention of the list is resolved (an indexed loop: the assembler asks it of every verb's parties). */
    public static boolean noneResolved(List<ActorMention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).isResolved()) {
                return false;
            }
        }
        return true;
    }

    /** The resolved actor that starts at token {@code at}, or after an article there ("against the TPLF"), or null. */
    public static ActorMention startingAt(Sentence s, List<ActorMention> mentions, int at) {
        ActorMention whole = startsAt(mentions, at); // "the group", "the alliance": a coreference takes its article
        return whole != null || !(at < s.size() && s.lower(at).equals("the")) ? whole : startsAt(mentions, at + 1);
    }

    /** The resolved actor that starts at token {@code at}, or null. */
    public static ActorMention startsAt(List<ActorMention> mentions, int at) {
        for (ActorMention a : mentions) {
            if (a.start() == at && a.isResolved()) {
                return a;
            }
        }
        return null;
    }

    /** The resolved actor that ends right before token {@code at}, or null. */
    public static ActorMention endingAt(List<ActorMention> mentions, int at) {
        for (ActorMention a : mentions) {
            if (a.end() == at && a.isResolved()) {
                return a;
            }
        }
        return null;
    }

    /**
     * The mentions with {@code added} put in token order, before the first that starts after it: a pronoun resolved to
     * an actor joins the sentence's mentions where it stands.
     */
    public static List<ActorMention> placed(List<ActorMention> mentions, ActorMention added) {
        List<ActorMention> next = new java.util.ArrayList<>(mentions.size() + 1);
        for (ActorMention m : mentions) {
            if (added != null && m.start() > added.start()) {
                next.add(added);
                added = null;
            }
            next.add(m);
        }
        if (added != null) {
            next.add(added);
        }
        return next;
    }

    public boolean isResolved() {
        return !codes.isEmpty();
    }

    /** The state of the place the mention names when it names one ("in Kyiv": UKR), else its code. */
    public String placeOrCode() {
        return placeCode != null ? placeCode : code();
    }

    public String code() {
        return codes.isEmpty() ? null : codes.get(0);
    }

    /** The same mention as a place: where something happens, not who acts. */
    public ActorMention asPlace() {
        return new ActorMention(start, end, codes, kind, individual, true, placeCode, possessive, entries, sector, adjective);
    }

    /** The same mention, known to be written as an adjective. */
    public ActorMention asAdjective() {
        return new ActorMention(start, end, codes, kind, individual, locative, placeCode, possessive, entries, sector, true);
    }

    /**
     * The people of {@code state} in {@code sector} ("GOV", "MIL", "CVL") that this mention's words stand for: "diplomats
     * from Germany" (DEUGOV), "constitutional order in Niger" (NERMIL); {@code why} is the entry behind the reading.
     */
    public ActorMention asSector(String state, String sector, String why) {
        return new ActorMention(start, end, List.of(state + sector), Kind.COMPOSED, false, false, state, false, List.of(why),
                sector);
    }

    public ActorMention withCodes(List<String> newCodes, Kind newKind, List<String> moreEntries) {
        List<String> e = new java.util.ArrayList<>(entries);
        e.addAll(moreEntries);
        return new ActorMention(start, end, newCodes, newKind, individual, locative, placeCode, possessive, e, null, adjective);
    }
}
