package org.touchstone.coder.actor;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;

/**
 * "it" and "them" as the object of a verb that is done to a party, naming a state or body named earlier in the sentence
 * (docs/CODER.md, session 27): "Turkey said Greece was arming the islands and warned it to stop" (Greece), "cut ties with
 * Qatar and closed their borders to it" (Qatar), "received no notice from Mali, Burkina Faso or Niger and remained ready
 * to find a solution with them" (the three). The antecedent is the one state or body named before the pronoun that is
 * not its clause's own subject (nor of the subject's country), within 14 words; with two or more such candidates it is left
 * alone ("Russia said Finland erred by joining NATO and warned it"). "them" takes up one list of states only. The
 * pronoun is read as a party only after a verb that acts on a party, or after a preposition that follows a noun of
 * relations ("borders to it", "ties with it"): elsewhere "it" is far more often a thing (a deal, a ship, a plan). "its"
 * envoy that one summons or expels is the other state's by the same rule. Stateless.
 */
public final class StateObjectPronouns {
    /**
     * Verbs whose object is a party acted on or spoken to, never a deal or a plan; not "give", "grant", "allow", "help",
     * "blame": "gave it final approval", "blamed it on Kyiv" are a bill or an act.
     */
    private static final WordSet PARTY_VERBS = WordSet.of("warn", "warned", "warns", "warning", "urge", "urged", "urges",
            "urging", "accuse", "accused", "accuses", "accusing", "ask", "asked", "asks", "asking", "press", "pressed",
            "pressing", "pressure", "pressured", "pressuring", "tell", "told", "tells", "telling", "thank", "thanked",
            "thanking", "congratulate", "congratulated", "punish", "punished", "invite", "invited", "inviting", "persuade",
            "persuaded", "encourage", "encouraged", "encouraging", "order", "ordered", "ordering", "threaten", "threatened",
            "threatening", "sanction", "sanctioned", "reassure", "reassured", "assure", "assured", "remind", "reminded");
    /** Nouns of the relations between states, after which "to it" or "with it" names the other state. */
    private static final WordSet RELATIONS = WordSet.of("border", "borders", "airspace", "ports", "ties", "relations",
            "talks", "contacts", "trade", "dialogue", "war", "solution", "agreement", "deal", "accord");
    private static final WordSet RELATION_PREPOSITIONS = WordSet.of("to", "with", "against");
    /** Prepositions after which a state marked as a place is still a party ("protested to China", "withdrew from Mali"). */
    private static final WordSet PARTY_PREPOSITIONS = RELATION_PREPOSITIONS.with("from");
    /** Words after which "it" is the subject of a clause, not an object ("warned it would", "told it was"). */
    private static final WordSet SUBJECT_NEXT = WordSet.of("would", "will", "was", "is", "had", "has", "could", "should",
            "must", "might", "may", "did", "does", "can", "were", "are", "'s", "needed", "needs", "wanted", "wants");
    /** How many words at most stand between the antecedent and the pronoun: further off, a thing unnamed may be meant. */
    private static final int NEAR = 14;
    /** Verbs done to another state's envoy. */
    private static final WordSet ENVOY_VERBS = WordSet.of("summon", "summoned", "summons", "summoning", "expel", "expelled",
            "expels", "expelling");
    /** Words after an envoy that make it the subject's own, posted abroad or called home. */
    private static final WordSet OWN_ENVOY_NEXT = WordSet.of("to", "in", "home", "back", "for", "from");
    /** Words that may stand between a verb and its subject: "Japan has also urged it". */
    private static final WordSet SUBJECT_FILLERS = WordSet.of("has", "have", "had", "also", "later", "then", "again",
            "repeatedly", "would", "will", "could", "did", "not", "formally", "publicly", "officially", "strongly", "once");
    /** Words that join the members of one list of states. */
    private static final WordSet LIST_JOINS = WordSet.of(",", "and", "or", "the");

    public List<ActorMention> resolve(Sentence s, List<ActorMention> mentions) {
        List<ActorMention> out = mentions;
        for (int i = 2; i < s.size(); i++) {
            String w = s.lower(i);
            if (w.equals("its") && ENVOY_VERBS.contains(s.token(i - 1))) {
                out = othersEnvoy(s, out, i);
            }
            if ((w.equals("it") || w.equals("them")) && readAsParty(s, i) && ActorMention.startsAt(out, i) == null) {
                List<String> codes = antecedent(s, out, i, w.equals("them"));
                if (codes != null) {
                    out = ActorMention.placed(out, new ActorMention(i, i + 1, codes, ActorMention.Kind.COREFERENCE, false, false, null,
                            false, List.of("coreference:state-object")));
                }
            }
        }
        return out;
    }

    /**
     * "Japan protested to China and summoned its ambassador": the envoy one summons or expels is the other state's, so
     * "its" read as the subject's own turns to the one other state named; not an envoy posted somewhere or called home
     * ("summoned its ambassador to Hungary for consultations").
     */
    private static List<ActorMention> othersEnvoy(Sentence s, List<ActorMention> mentions, int i) {
        ActorMention envoy = ActorMention.startsAt(mentions, i + 1);
        if (envoy == null || envoy.code().length() <= 3 || envoy.end() < s.size() && OWN_ENVOY_NEXT.contains(s.token(envoy.end()))
                || subjectGroup(s, mentions, i).stream().noneMatch(g -> sameCountry(g, envoy))) {
            return mentions;
        }
        List<String> other = antecedent(s, mentions, i, false);
        if (other == null || other.get(0).length() != 3) {
            return mentions;
        }
        ActorMention turned = envoy.withCodes(List.of(other.get(0) + envoy.code().substring(3)), ActorMention.Kind.COREFERENCE,
                List.of("coreference:state-object"));
        return mentions.stream().map(m -> m == envoy ? turned : m).toList();
    }

    /** Whether the pronoun at {@code i} stands where a party does: after a verb acting on one, or a noun of relations. */
    private static boolean readAsParty(Sentence s, int i) {
        if (i + 1 < s.size() && SUBJECT_NEXT.contains(s.token(i + 1))) {
            return false;
        }
        String before = s.lower(i - 1);
        if (before.endsWith("ing") && s.lower(i - 2).equals(",")) {
            return false; // ", accusing it of ...": the participle's charge is about its deed's target (session 18)
        }
        if (PARTY_VERBS.contains(s.token(i - 1)) || before.equals("on") && s.lower(i - 2).startsWith("call")) {
            return true;
        }
        return RELATION_PREPOSITIONS.contains(s.token(i - 1)) && RELATIONS.contains(s.token(i - 2));
    }

    /** The codes the pronoun takes up, or null when no single state, body or list of states is meant. */
    private static List<String> antecedent(Sentence s, List<ActorMention> mentions, int i, boolean plural) {
        ActorMention doer = verbSubject(s, mentions, i);
        // "North Korea launched a satellite and Japan urged it to stop": the verb's own subject, not the sentence's first
        List<ActorMention> subject = doer != null ? List.of(doer) : subjectGroup(s, mentions, i);
        List<ActorMention> candidates = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.end() <= i && i - m.end() <= NEAR && candidate(s, m) && subject.stream().noneMatch(g -> sameCountry(g, m))
                    && candidates.stream().noneMatch(c -> c.codes().equals(m.codes()))) {
                candidates.add(m);
            }
        }
        if (!plural) {
            return candidates.size() == 1 ? candidates.get(0).codes() : null;
        }
        return candidates.size() >= 2 && oneList(s, candidates)
                ? candidates.stream().flatMap(c -> c.codes().stream()).distinct().toList() : null;
    }

    /** A state, government or body named as such, not a person, a people or a place only. */
    private static boolean candidate(Sentence s, ActorMention m) {
        if (!m.isResolved() || m.individual() || m.kind() == ActorMention.Kind.AGENT_ONLY || m.possessive()
                || m.kind() == ActorMention.Kind.PAIR) {
            return false;
        }
        String code = m.code();
        boolean stateLike = code.length() == 3 || code.endsWith("GOV") || code.startsWith("IGO");
        String head = s.token(m.end() - 1).text();
        // "Western countries", "Russian troops" are "them"; "the United States", "the Philippines" are names
        boolean pluralHead = m.end() - m.start() > 1 && head.endsWith("s") && !head.endsWith("ss") && Character.isLowerCase(head.charAt(0));
        boolean place = m.locative() && !PARTY_PREPOSITIONS.contains(s.token(Math.max(0, m.start() - 1)));
        return stateLike && !pluralHead && !place;
    }

    /** The pronoun's clause subject after ", and" / ", but" / ";", else the sentence's first actor and those listed with it. */
    private static List<ActorMention> subjectGroup(Sentence s, List<ActorMention> mentions, int i) {
        ActorMention clause = ObjectPronouns.clauseSubject(s, mentions, i);
        if (clause != null) {
            return List.of(clause);
        }
        List<ActorMention> group = new ArrayList<>();
        for (ActorMention m : mentions) {
            if (m.isResolved() && !m.locative()) {
                if (!group.isEmpty() && !joined(s, group.get(group.size() - 1), m)) {
                    break;
                }
                group.add(m);
            }
        }
        return group;
    }

    /** The actor right before the verb the pronoun at {@code i} follows, past an auxiliary or adverb ("Japan has urged it"). */
    private static ActorMention verbSubject(Sentence s, List<ActorMention> mentions, int i) {
        int t = i - 2;
        while (t > 0 && i - 2 - t < 3 && SUBJECT_FILLERS.contains(s.token(t))) {
            t--;
        }
        ActorMention m = ActorMention.endingAt(mentions, t + 1);
        return m == null || m.locative() ? null : m;
    }

    /** Whether all candidates stand in one list: "Mali, Burkina Faso or Niger". */
    private static boolean oneList(Sentence s, List<ActorMention> candidates) {
        for (int k = 1; k < candidates.size(); k++) {
            if (!joined(s, candidates.get(k - 1), candidates.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean joined(Sentence s, ActorMention a, ActorMention b) {
        if (b.start() <= a.end() || b.start() - a.end() > 2) {
            return false;
        }
        for (int t = a.end(); t < b.start(); t++) {
            if (!LIST_JOINS.contains(s.token(t))) {
                return false;
            }
        }
        return !s.lower(a.end()).equals("the");
    }

    private static boolean sameCountry(ActorMention a, ActorMention b) {
        String x = a.code();
        String y = b.code();
        return x != null && y != null && (x.startsWith("IGO") || y.startsWith("IGO") ? x.equals(y) : Coreference.sameCountry(x, y));
    }
}
