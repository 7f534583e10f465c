package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Whom a statement is about, once its words are found: the list a rule reached is completed and pruned here. Completed
 * with the members of a pair or list ("imports from Mexico and Canada"), the government of a country the words name
 * ("talks with Chinese officials"), and those an appeal asks its addressee to act on ("urged the UN to pressure
 * Myanmar"); pruned of the actors that only set the scene of the words ("Russian energy", "its war against Ukraine")
 * and, for a charge, of its victims and of those the accused armed or backed. GOLD-SET.md, Statements: the targets are
 * whom the words are about, not every actor they name. Stateless.
 */
final class StatementTargets {
    private StatementTargets() {
    }

    /**
     * Targets with the actors joined to them ("imports from Mexico and Canada", "calls by France and
     * Spain"): of a pair or list, each member is spoken of, not only the one a rule reached.
     */
    static List<String> withConjoined(Sentence s, List<ActorMention> mentions, String speaker, List<String> targets,
                                      int from, int to) {
        List<String> out = new ArrayList<>(targets);
        for (int i = 0; i < mentions.size(); i++) {
            ActorMention m = mentions.get(i);
            if (!m.isResolved() || m.codes().isEmpty() || !targets.containsAll(m.codes()) || m.start() < from || m.start() >= to) {
                continue;
            }
            int first = i;
            int last = i;
            boolean and = false;
            while (first > 0 && mentions.get(first - 1).start() >= from && SpokenAbout.link(s, mentions.get(first - 1), mentions.get(first)) > 0) {
                and |= SpokenAbout.link(s, mentions.get(first - 1), mentions.get(first)) == 2;
                first--;
            }
            while (last + 1 < mentions.size() && mentions.get(last + 1).start() < to && SpokenAbout.link(s, mentions.get(last), mentions.get(last + 1)) > 0) {
                and |= SpokenAbout.link(s, mentions.get(last), mentions.get(last + 1)) == 2;
                last++;
            }
            for (int j = first; j <= last && and; j++) {
                for (String c : mentions.get(j).codes()) {
                    if (!out.contains(c) && !SpokenAbout.ownSide(speaker, List.of(c)) && !SpokenAbout.aboutCountryOf(out, c)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The actor the words characterize first and those coordinated with it ("American and British interests had become
     * legitimate targets", "the pact between China and the Solomon Islands was gravely concerning"): R12, a compound
     * target gives one event per member. Only commas, "and" and an article may stand between, and the list must close
     * with "and".
     */
    static List<ActorMention> coordinatedFrom(Sentence s, List<ActorMention> mentions, ActorMention first) {
        List<ActorMention> out = new ArrayList<>(List.of(first));
        int listed = 1;
        ActorMention cur = first;
        for (int i = mentions.indexOf(first) + 1; i > 0 && i < mentions.size(); i++) {
            ActorMention next = mentions.get(i);
            boolean joined = next.start() > cur.end() && next.isResolved() && !next.locative() && !cur.possessive();
            boolean and = false;
            for (int t = cur.end(); t < next.start() && joined; t++) {
                String w = s.lower(t);
                joined = w.equals(",") || w.equals("and") || w.equals("the") && t == next.start() - 1;
                and |= w.equals("and");
            }
            if (!joined) {
                break;
            }
            out.add(next);
            if (and) {
                listed = out.size();
            }
            cur = next;
        }
        return out.subList(0, listed);
    }

    /** Prepositions whose actor sets the scene of what the words tell: where, for whom, against or beside whom. */
    private static final WordSet SETTING = WordSet.of("in", "into", "inside", "for", "against", "alongside", "toward",
            "towards");

    /** Prepositions before the first target named that make it no actor whose scene the others could set. */
    private static final WordSet AFTER_PREPOSITION = SETTING.with("with", "to", "from", "of", "on", "at", "by", "about", "over",
            "between", "among", "than");

    /** Words after a one-word mention that show it is no adjective on a noun ("Iran has", "helping Sudan to"). */
    private static final WordSet NO_NOUN_AFTER = Words.BE_FORMS.with("has", "have", "had", "will", "would", "could", "should",
            "must", "may", "might", "can", "did", "does", "do", "also", "not", "and", "or", "itself", "alone", "too", "to",
            "of", "in", "on", "at", "by", "for", "with", "from", "into", "over", "that", "which", "who", "as", "after",
            "before", "while", "if", "than");

    /**
     * The targets less the actors that only set the scene of what the words tell of the first target they name (not one
     * after a preposition itself): "said Europe bought more Russian energy than India" is about Europe, "said North Korea
     * had sent troops to support its war against Ukraine" about North Korea, "said Beijing's actions in Xinjiang and Hong
     * Kong threatened the order" about Beijing, "said Hungary would not veto the EU's aid package for Ukraine" about the
     * EU, "said Putin was responsible for the death of Navalny" about Putin (GOLD-SET.md, Statements: the targets are
     * whom the words are about). An actor sets the scene when every mention of it in the words comes after that first
     * one and {@link #setsScene sets the scene} there.
     * The verb's own objects stay ("said China was helping Russia"), as do members coordinated with the first target,
     * actors after "with" (a relation's other party: "agreed to establish relations with Israel") or "by" (a passive's
     * agent), and targets the words do not name (the one told, an act before the words).
     */
    static List<String> withoutSetting(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                       List<String> targets, int words, int to) {
        if (targets.size() < 2) {
            return targets;
        }
        ActorMention first = null;
        for (ActorMention m : mentions) {
            if (m.isResolved() && m.start() >= words && m.start() < to && targets.containsAll(m.codes())) {
                first = m;
                break;
            }
        }
        int before = first == null ? -1 : first.start() - (first.start() > 0 && s.lower(first.start() - 1).equals("the") ? 2 : 1);
        if (first == null || before >= 0 && AFTER_PREPOSITION.contains(s.lower(before))) {
            // "said its friendship with Russia had no limits, including in its stand against the United States": a
            // partner or place first named sets no scene for the others
            return targets;
        }
        List<ActorMention> together = coordinatedFrom(s, mentions, first);
        List<String> kept = new ArrayList<>();
        for (String t : targets) {
            boolean named = false;
            boolean setting = true;
            for (ActorMention m : mentions) {
                if (!m.isResolved() || m.start() < words || m.start() >= to || !m.codes().contains(t)) {
                    continue;
                }
                named = true;
                setting &= m.start() > first.start() && !together.contains(m) && setsScene(s, verbs, m);
            }
            if (!(named && setting)) {
                kept.add(t);
            }
        }
        return kept;
    }

    /**
     * Whether a mention stands where a scene-setter does: after a preposition of place, benefit or side (SETTING, "such
     * as", also as a later member of a list after one), as a country's adjective on a thing ("Russian energy"), or as the
     * possessor of a thing ("Sweden's accession protocol", "the death of X").
     */
    private static boolean setsScene(Sentence s, List<VerbMatch> verbs, ActorMention m) {
        int next = m.end();
        boolean nounAfter = next < s.size() && Character.isLowerCase(s.token(next).text().charAt(0))
                && Character.isLetter(s.token(next).text().charAt(0)) && !NO_NOUN_AFTER.contains(s.lower(next))
                && verbs.stream().noneMatch(v -> v.start() == next);
        String word = s.token(m.start()).text();
        if (m.end() - m.start() == 1 && !m.possessive() && (Words.demonymEnding(word) || word.endsWith("ese")) && nounAfter) {
            return true; // "Russian energy", "Ukrainian land": a country's adjective on a thing
        }
        int i = m.start() - 1;
        if (i >= 0 && s.lower(i).equals("the")) {
            i--;
        }
        boolean listed = i >= 0 && (s.lower(i).equals("and") || s.lower(i).equals("or") || s.lower(i).equals(","));
        if (m.possessive() && m.kind() != ActorMention.Kind.PERSON && !listed) {
            return true; // "send Sweden's accession protocol", not "Sweden's and Finland's bids"
        }
        int head = i - 1;
        if (head >= 0 && s.lower(i).equals("of") && Character.isLowerCase(s.token(head).text().charAt(0))
                && !NO_NOUN_AFTER.contains(s.lower(head)) && verbs.stream().noneMatch(v -> v.start() <= head && v.end() > head)) {
            return true; // "the death of Alexei Navalny", as "Navalny's death"
        }
        // also as a later member of a list: "in Xinjiang, Hong Kong and toward Taiwan"
        return listOpenedBy(s, i, k -> SETTING.contains(s.lower(k)) || s.lower(k).equals("as") && k > 0
                && s.lower(k - 1).equals("such"), LIST_JOINERS);
    }

    /** What may stand between a scene-setting word and a later member of its list: "in Xinjiang, Hong Kong or Tibet". */
    private static final WordSet LIST_JOINERS = WordSet.of(",", "and", "or");

    /**
     * Whether the word at i opens what follows as {@code opens} has it, or one before it does with only earlier members
     * of a list between (names and {@code joiners}, eight words at most: "in Xinjiang, Hong Kong and").
     */
    private static boolean listOpenedBy(Sentence s, int i, IntPredicate opens, WordSet joiners) {
        for (int steps = 0; i >= 0 && steps < 8; steps++, i--) {
            if (opens.test(i)) {
                return true;
            }
            if (!(joiners.contains(s.lower(i)) || Character.isUpperCase(s.token(i).text().charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A stance act's country target made the government of that country when the words name it: "will
     * travel to Beijing for talks with Chinese officials" is about the Chinese government. Only the
     * government: its forces or people named beside it are parts of the act, not its addressee; nor a capital
     * standing for it ("sanctions on Iran ... if Tehran"), which names the same state again, not its officials; nor an
     * official named only in an adverbial clause, which sets the time or cause of the words ("conducting patrols around
     * Taiwan after President Tsai met McCarthy" is about Taiwan).
     */
    static List<String> refined(Sentence s, List<ActorMention> mentions, String speaker, List<String> targets,
                                int from, int to) {
        List<String> out = new ArrayList<>(targets);
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i);
            for (ActorMention m : mentions) {
                if (t != null && t.length() == 3 && m.isResolved() && !m.locative() && m.start() >= from && m.start() < to
                        && m.code().length() == 6 && m.code().endsWith("GOV") && m.kind() != ActorMention.Kind.COREFERENCE
                        && m.kind() != ActorMention.Kind.METONYM // "sanctions on Tehran": the state named again, no officials
                        && !SpokenAbout.inClause(s, from, m.start()) // "patrols around Taiwan after Tsai met ...": the time
                        && SpokenAbout.sameCountry(m.code(), t) && !SpokenAbout.ownSide(speaker, m.codes()) && !out.contains(m.code())) {
                    out.set(i, m.code());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The actors that verbs in the words act on directly ("to pressure Myanmar", "stop backing Maduro"),
     * other than the speaker's side: not those after a preposition ("talks under the Minsk Group").
     */
    static List<String> objectsOfActs(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, String speaker,
                                      int from, int to) {
        List<String> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            int k = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 1 : m.start();
            if (m.start() < from || m.start() >= to || !m.isResolved() || m.locative() || SpokenAbout.ownSide(speaker, m.codes())
                    || SpokenAbout.partOfThing(s, m)) {
                continue; // "asked Erdogan to back Sweden's bid to join NATO": what one joins is not acted on
            }
            for (VerbMatch o : verbs) {
                if (o.end() == k && !o.nominal() && o.entry().kind() != VerbEntry.Kind.SAY) {
                    out.addAll(m.codes());
                }
            }
            // "urged the UN to pressure Myanmar", "called on the Security Council to press Israel", "urged Xi to 'bring Russia to
            // its senses'": the one the addressee is asked to lean on, whether or not the verb is an act of the dictionary
            int inf = k - 2 >= from && (s.lower(k - 2).equals("\"") || s.lower(k - 2).equals("'")) ? k - 3 : k - 2;
            if (k - 1 >= from && inf >= from && LEVERS.contains(s.token(k - 1)) && s.lower(inf).equals("to") && !out.containsAll(m.codes())) {
                out.addAll(m.codes());
            }
        }
        return out;
    }

    /**
     * S30-2: a statement's target is coded from the mention the words are about. A target with a role that no mention in
     * the words carries (the one told, or the target of an act outside them), where the words name its country bare
     * ("told Tsai in Taipei that Taiwan was ...", "warned Lavrov that Russia would face ...", "said Brazil had agreed"),
     * is that bare country.
     */
    static List<String> asNamedInWords(Sentence s, List<ActorMention> mentions, String speaker, List<String> targets, int words,
                                       int to) {
        List<String> out = new ArrayList<>(targets);
        for (int i = out.size() - 1; i >= 0; i--) {
            String t = out.get(i);
            if (t.length() <= 3 || !Coreference.isCountryCode(t) || SpokenAbout.sameCountry(speaker, t)) {
                continue;
            }
            boolean roleNamed = false;
            boolean bareNamed = false;
            for (ActorMention m : mentions) {
                if (m.isResolved() && m.start() >= words && m.start() < to) {
                    roleNamed |= m.codes().contains(t);
                    bareNamed |= m.kind() == ActorMention.Kind.NAMED && !m.locative() && m.codes().size() == 1
                            && m.code().equals(t.substring(0, 3)) && !adjective(s, m) && !afterPreposition(s, m);
                }
            }
            if (bareNamed && !roleNamed) {
                if (out.contains(t.substring(0, 3))) {
                    out.remove(i);
                } else {
                    out.set(i, t.substring(0, 3));
                }
            }
        }
        return out;
    }

    /**
     * A country before a lower-case noun ("an Israeli strike", "a New Zealand pilot") or its possessor ("since Russia's
     * invasion"): the thing is named, not the state, and sets the scene (as {@link #setsScene} has it).
     */
    private static boolean adjective(Sentence s, ActorMention m) {
        int next = m.end();
        return m.possessive() || next < s.size() && s.token(next).isWord()
                && Character.isLowerCase(s.token(next).text().charAt(0)) && !NO_NOUN_AFTER.contains(s.lower(next));
    }

    /**
     * A mention after a preposition, or a later member of a list after one ("a clash on the border with Armenia",
     * "relations between Russia and China"): a place, or a party of something else.
     */
    private static boolean afterPreposition(Sentence s, ActorMention m) {
        return listOpenedBy(s, m.start() - 1, k -> AFTER_PREPOSITION.contains(s.lower(k)), MEMBER_WORDS);
    }

    /** What may stand between a preposition and a later member of its list: "between Russia and the United States". */
    private static final WordSet MEMBER_WORDS = WordSet.of("the", ",", "and");

    /** Verbs of leaning on someone, after "to" in an appeal to a third party. */
    private static final WordSet LEVERS = WordSet.of("pressure", "press", "push", "persuade", "convince", "bring", "restrain",
            "rein", "influence", "pressurise", "pressurize", "lean");

    /**
     * Verbs of support right before the one supported ("accused France of arming Armenia", "said the United States was
     * arming Kurdish militants", "was sponsoring militants in Balochistan"): a charge is against the supporter, and the
     * one it arms, backs or shelters is no target of it. Finite and -ing forms only: "Iran-backed rebels", "armed
     * militants" are adjectives, and the rebels they name may be the ones charged.
     */
    private static final WordSet SUPPORTING = WordSet.of("arming", "arms", "arm", "backing", "backs", "sponsoring", "sponsors",
            "sponsor", "funding", "funds", "fund", "financing", "finances", "finance", "bankrolling", "bankrolls", "supplying",
            "supplies", "supply", "equipping", "equips", "equip", "harbouring", "harboring", "harbours", "harbors", "harbour",
            "harbor", "sheltering", "shelters", "shelter", "supporting", "supports", "support", "aiding", "aids", "abetting");

    /**
     * An allegation is about the accused, not the victims: civilians and refugees, and those the act
     * was "against" or "on" ("used chemical agents against Ukrainian troops", "genocide against
     * Palestinians", "blamed Iran for the attacks on Saudi oil facilities") or whom it armed or backed ("accused France
     * of arming Armenia": {@link #SUPPORTING}), unless no one else is named (when {@code keepAlone}).
     */
    static List<String> withoutVictims(Sentence s, List<ActorMention> mentions, List<String> targets, int from, int to,
                                       boolean keepAlone) {
        Set<String> victims = new LinkedHashSet<>();
        Set<String> pointedBack = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            int k = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 1 : m.start();
            boolean against = k > 0 && (s.lower(k - 1).equals("against") || SpokenAbout.attackedOn(s, k - 1)
                    || SpokenAbout.measureOn(s, k - 1) || SUPPORTING.contains(s.token(k - 1))) && m.start() >= from && m.start() < to;
            if (k > 0 && s.lower(k - 1).equals("by")) {
                continue; // "carried out by the Americans": the agent
            }
            for (String c : m.codes()) {
                if (against || c.length() >= 6 && SpokenAbout.PEOPLE.contains(c.substring(3, 6))) {
                    (m.kind() == ActorMention.Kind.COREFERENCE ? pointedBack : victims).add(c);
                } else if (m.kind() != ActorMention.Kind.COREFERENCE && m.start() >= from && m.start() < to) {
                    named.add(c);
                }
            }
        }
        // "the US embargo on the island": a word that only points back does not make the measure's named author its victim
        pointedBack.removeAll(named);
        victims.addAll(pointedBack);
        List<String> accused = new ArrayList<>(targets);
        accused.removeAll(victims);
        return accused.isEmpty() && keepAlone ? targets : accused;
    }
}
