package org.touchstone.coder.petrarch.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * A noun phrase of a sentence read the PETRARCH way: its span (in the tokens left once
 * comma-delimited clauses are set aside), the actor it names (first actor of the phrase, one code
 * per alternative), the agents it holds (codes with PETRARCH's placement mark, "~GOV" or "NGO~"),
 * and the preposition before it. A phrase with neither actor nor agent is a null phrase: PETRARCH's
 * "---" when dyads are not required.
 */
final class Phrase {
    final int start;
    final int end;
    final List<String> actorCodes;
    final List<String> agents;
    final String preposition;
    final boolean pronoun;
    final List<String> entries;

    Phrase(int start, int end, List<String> actorCodes, List<String> agents, String preposition, boolean pronoun,
           List<String> entries) {
        this.start = start;
        this.end = end;
        this.actorCodes = List.copyOf(actorCodes);
        this.agents = List.copyOf(agents);
        this.preposition = preposition;
        this.pronoun = pronoun;
        this.entries = List.copyOf(entries);
    }

    boolean hasActor() {
        return !actorCodes.isEmpty();
    }

    boolean isCoded() {
        return hasActor() || !agents.isEmpty();
    }

    /** The actor codes with the agents placed: ARN + ~GOV gives ARNGOV; NGO~ + ARN gives NGOARN; agents alone "---GOV". */
    List<String> codes() {
        List<String> out = new ArrayList<>();
        if (hasActor()) {
            for (String a : actorCodes) {
                out.add(compose(a, agents));
            }
        } else if (!agents.isEmpty()) {
            out.add(compose("---", agents));
        }
        return out;
    }

    /** This phrase's agents carried onto another phrase's actor: "the government of Gondor" gives GONGOV. */
    Phrase onto(Phrase holder, int newEnd) {
        List<String> a = new ArrayList<>(agents);
        a.addAll(holder.agents);
        List<String> e = new ArrayList<>(entries);
        e.addAll(holder.entries);
        return new Phrase(start, newEnd, holder.actorCodes, a, preposition, false, e);
    }

    /** A phrase taking the actor (and leading agents) of a coordinated phrase: "Danish media and government". */
    Phrase withActorOf(Phrase previous) {
        List<String> a = new ArrayList<>(previous.agents.subList(0, Math.max(0, previous.agents.size() - 1)));
        a.addAll(agents);
        List<String> e = new ArrayList<>(previous.entries);
        e.addAll(entries);
        return new Phrase(start, end, previous.actorCodes, a, preposition, pronoun, e);
    }

    /**
     * Places agent codes around an actor code as PETRARCH does: "~X" appends X, "X~" prefixes it; an
     * agent code already present at a three-letter boundary ends the composition, so White House
     * (USAGOV) officials (~GOV) stay USAGOV while West German (GMWGOV) world government (~WGO) is
     * GMWGOVWGO.
     */
    static String compose(String actor, List<String> agents) {
        String code = actor;
        for (String agent : agents) {
            boolean before = agent.endsWith("~");
            String part = before ? agent.substring(0, agent.length() - 1)
                    : agent.startsWith("~") ? agent.substring(1) : agent;
            if (part.isEmpty() || presentAtCodeBoundary(code, part)) {
                break; // PETRARCH stops at the first agent already present
            }
            code = before ? part + code : code + part;
        }
        return code;
    }

    /** Whether the agent code already stands in the code at a multiple of three ("GOV" in USAGOV, not "WGO" in GMWGOV). */
    private static boolean presentAtCodeBoundary(String code, String agent) {
        for (int k = 0; k + agent.length() <= code.length(); k += 3) {
            if (code.startsWith(agent, k)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")" + codes();
    }
}
