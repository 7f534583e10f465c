package org.touchstone.coder.event;

import java.util.List;
import java.util.Locale;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Whom criticism of an act named by a noun is aimed at (R6, S7-9): its doer, never its victim or its place. "Japan
 * condemned the Russian missile strike on Kyiv" is aimed at RUSMIL (v-031: "condemned the American drone strike in
 * Kabul" -> USAMIL), "Germany condemned the shelling of Kharkiv by Russian forces" at RUSMIL; "Poland condemned the
 * attack on Kyiv" names no doer, so it is aimed at no one named (w-141: no event, the statement alludes), and Kyiv,
 * the victim, is no target.
 */
public final class CriticisedActs {
    private CriticisedActs() {
    }

    /** Acts named by a noun whose doer a criticism is aimed at: force, killing, seizure and detention. */
    private static final WordSet ACTS = WordSet.of("attack", "attacks", "strike", "strikes", "airstrike",
            "airstrikes", "bombing", "bombings", "shelling", "shellings", "killing", "killings", "assault", "assaults", "raid",
            "raids", "massacre", "massacres", "shooting", "shootings", "bombardment", "bombardments", "invasion", "murder",
            "murders", "assassination", "abduction", "abductions", "kidnapping", "kidnappings", "arrest", "arrests",
            "detention", "detentions", "execution", "executions", "seizure", "annexation", "occupation", "blockade",
            "downing", "sinking", "hijacking", "incursion", "incursions", "storming", "ambush", "barrage", "offensive",
            "crackdown", "crackdowns", "coup", "coups", "putsch", "takeover", "emergency");
    /**
     * Seizures of rule: the place after them is the state whose own soldiers act ("the coup in Myanmar"), no victim, so
     * they turn criticism only toward a doer named after "by".
     */
    private static final WordSet SEIZURES_OF_RULE = WordSet.of("coup", "coups", "putsch", "takeover", "emergency");
    /** What follows an act's noun when its victim, place or doer is named: "the attack on Kyiv", "the killing of". */
    private static final WordSet PATIENTS = WordSet.of("on", "of", "against", "in", "at", "near", "targeting", "by");
    /** Words opening the noun phrase of an act criticised ("the attack", "last week's shelling"); not "its", "their". */
    private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "this", "these", "those", "that", "last",
            "yesterday", "recent", "latest", "another", "such", "any", "all");
    /** Words that end a noun phrase's modifiers before an act's noun would come. */
    private static final WordSet NOT_MODIFIERS = WordSet.of("and", "or", "to", "for", "with", "as", "by", "from", "on", "of",
            "in", "at", "that", "which", "who", "it", "them", "him", "her");

    /** The prepositions after a word of concern that open what it is about. */
    private static final WordSet CONCERN_OVER = WordSet.of("over", "about", "at", "regarding", "on");

    /** Whether an act named by a noun turns a reaction of this code toward the act's doer: criticism, and concern (012) with its doer named. */
    public static boolean aimedAtDoer(String code) {
        return criticism(code) || "012".equals(code);
    }

    /** Whether a code is criticism (110, 111x), whose object is aimed at by its doer. */
    public static boolean criticism(String code) {
        return code != null && (code.startsWith("111") || code.equals("110"));
    }

    /**
     * The token of the act's noun in an object phrase opened at {@code from} with no doer named before the noun ("the
     * deadly attack on", "Sunday's shelling of"), or -1: the phrase opens with a determiner (or a day's 's) and its
     * modifiers are lower-case words; a capitalised modifier ("the Russian missile strike") may be its doer.
     */
    static int actNoun(Sentence s, int from) {
        if (from >= s.size() || !DETERMINERS.contains(s.token(from)) && !(from + 1 < s.size() && s.lower(from + 1).equals("'s"))) {
            return -1; // "condemned Russia", "condemned its attack"
        }
        for (int j = from; j < s.size() && j <= from + 5; j++) {
            if (ACTS.contains(s.token(j)) && j + 1 < s.size() && (PATIENTS.contains(s.token(j + 1)) || doneBy(s, j + 1))) {
                return j;
            }
            String w = s.token(j).text();
            if (w.equals("of") && j > from && s.lower(j - 1).equals("state")) {
                continue; // "the state of emergency declared by the military": one noun
            }
            boolean opener = j == from || s.lower(j).equals("'s") && j == from + 1;
            if (!opener && (!s.token(j).isWord() || Character.isUpperCase(w.charAt(0))
                    || NOT_MODIFIERS.contains(w.toLowerCase(Locale.ROOT)))) {
                return -1;
            }
        }
        return -1;
    }

    /** A participle and its by-agent after an act's noun: "(the coup) staged by", "(the attack) carried out by". */
    private static boolean doneBy(Sentence s, int at) {
        if (at + 1 >= s.size() || !s.lower(at).endsWith("ed") || Character.isUpperCase(s.token(at).text().charAt(0))) {
            return false;
        }
        return s.lower(at + 1).equals("by") || at + 2 < s.size() && s.lower(at + 1).equals("out") && s.lower(at + 2).equals("by");
    }

    /** Nouns of a decision taken, whose maker may follow after "by" ("the decision by Lithuania to allow ..."). */
    private static final WordSet DECISIONS = WordSet.of("decision", "decisions", "move", "moves", "step", "steps", "plan",
            "plans", "bid", "attempt", "proposal", "announcement", "recognition", "vote", "refusal");

    /** The token of a decision's noun followed by "by" in an object phrase opened at {@code from} ("the decision by"), or -1. */
    private static int decisionNoun(Sentence s, int from) {
        for (int j = from; j + 1 < s.size() && j <= from + 3; j++) {
            if (DECISIONS.contains(s.token(j)) && s.lower(j + 1).equals("by")) {
                return j;
            }
            if (j > from && (!s.token(j).isWord() || Character.isUpperCase(s.token(j).text().charAt(0)))
                    || j == from && !DETERMINERS.contains(s.token(j))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether an actor at {@code at} is the victim or place of an act named by a noun with no doer ("The attack on Kyiv"). */
    private static boolean victimBefore(Sentence s, int at) {
        int p = at - 1;
        if (p >= 0 && (s.lower(p).equals("the") || s.lower(p).equals("a") || s.lower(p).equals("an"))) {
            p--;
        }
        if (p < 1 || !PATIENTS.contains(s.token(p)) || s.lower(p).equals("by") || !ACTS.contains(s.token(p - 1))
                || SEIZURES_OF_RULE.contains(s.token(p - 1))) {
            return false;
        }
        for (int open = p - 2; open >= 0 && open >= p - 6; open--) {
            if (DETERMINERS.contains(s.token(open)) || open + 1 < s.size() && s.lower(open + 1).equals("'s") && open == p - 3) {
                return actNoun(s, open) == p - 1;
            }
        }
        return false;
    }

    /** Whether criticism at {@code from} is of an act named by a noun with no doer named ("condemned the attack on Kyiv"). */
    public static boolean unnamedDoer(Sentence s, List<ActorMention> mentions, String code, int from) {
        int act = criticism(code) ? actNoun(s, from) : -1;
        if (act < 0 || SEIZURES_OF_RULE.contains(s.token(act))) {
            return false;
        }
        ActorMention doer = Subjects.byAgent(s, mentions, act + 1);
        return doer == null || doer.locative();
    }

    /**
     * The codes of the actors named in the phrase of an act criticised at {@code from} whose doer is not named ("the attack
     * on Kyiv": UKRGOV), its victims and places; none when the doer is named or the object is no such act.
     */
    public static List<String> victims(Sentence s, List<ActorMention> mentions, String code, int from) {
        if (!unnamedDoer(s, mentions, code, from)) {
            return List.of();
        }
        int act = actNoun(s, from);
        int stop = phraseEnd(s, act);
        return mentions.stream().filter(m -> m.isResolved() && m.start() > act && m.start() < stop).flatMap(m -> m.codes().stream()).toList();
    }

    /**
     * The targets of criticism whose object is an act named by a noun: its doer after "by" ("the shelling of Kharkiv by
     * Russian forces"), else not the victims or places named in the phrase; a doer named before the noun stays.
     */
    static List<ActorMention> aimedAt(Sentence s, List<ActorMention> mentions, VerbMatch m, String code,
                                      List<ActorMention> targets) {
        if (!criticism(code)) {
            // concern (012) "over the coup by the military", "at the state of emergency declared by the army": aimed at the
            // doer when one is named after "by"; with none, whom the concern names stays
            int from = Math.max(m.end(), m.last());
            from += from < s.size() && CONCERN_OVER.contains(s.token(from)) ? 1 : 0;
            int act = actNoun(s, from);
            ActorMention doer = act < 0 ? null : Subjects.byAgent(s, mentions, act + 1);
            return doer != null && !doer.locative() ? Subjects.expandForward(s, mentions, doer) : targets;
        }
        int decided = decisionNoun(s, m.end());
        ActorMention decider = decided < 0 ? null : Subjects.byAgent(s, mentions, decided + 1);
        if (decider != null && !decider.locative()) {
            // "condemned the decision by the United States to recognise Guaido": the one who decided, not whom the
            // decision concerns
            return Subjects.expandForward(s, mentions, decider);
        }
        int act = actNoun(s, m.end());
        if (act < 0) {
            // "the attack on Kyiv was condemned by Poland": the passive's subject is the act, and its victim no target
            return targets.stream().filter(t -> t.start() > m.start() || !victimBefore(s, t.start())).toList();
        }
        ActorMention doer = Subjects.byAgent(s, mentions, act + 1);
        if (doer != null && !doer.locative()) {
            return Subjects.expandForward(s, mentions, doer);
        }
        if (SEIZURES_OF_RULE.contains(s.token(act))) {
            return targets;
        }
        int stop = phraseEnd(s, act);
        return targets.stream().filter(t -> t.start() >= stop).toList();
    }

    /** The token after the phrase of the act named at {@code act}: its victims, places and doer stand before it. */
    private static int phraseEnd(Sentence s, int act) {
        int end = act + 1;
        while (end < s.size() && !Targets.TARGET_STOPS.contains(s.token(end)) && !s.lower(end).equals(",")) {
            end++;
        }
        return end;
    }
}
