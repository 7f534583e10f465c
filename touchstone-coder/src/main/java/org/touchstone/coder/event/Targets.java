package org.touchstone.coder.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.ActorRecognizer;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Whom the act is aimed at: the actors after the verb up to the next clause, the objects of nominal
 * forms, premises and places that stand for their state, and the victims of force.
 */
final class Targets {
    private Targets() {
    }
    /**
     * Where the search for a target stops: the next clause, or a participle of consequence whose object is the one who
     * reacts ("arrested a former vice president, prompting Mexico to cut ties": Mexico is not arrested).
     */
    static final WordSet TARGET_STOPS = WordSet.of("as", "when", "where", "amid", "during", "after", "before",
            "since", "while", "and", "saying", "who", "which", "that", ";", ":", ".", "\"", "but", "because", "if",
            "following", "despite", "ahead", "until", "unless", "whereas", "according", "prompting", "forcing",
            "sparking", "triggering");

    /**
     * The source of the accusation a denial answers from a relative clause right after it: ", which Moscow denied",
     * ", an accusation Tehran dismissed as baseless", ", a charge that Beijing denies".
     */
    static List<ActorMention> answeredAccuser(Sentence s, List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf,
                                                      int v, ActorMention subject) {
        int i = subject.start() - 1;
        if (i >= 0 && s.lower(i).equals("that")) {
            i--;
        }
        if (i >= 0 && Words.ACCUSATIONS.contains(s.token(i))) {
            i--;
            if (i >= 0 && (s.lower(i).equals("a") || s.lower(i).equals("an") || s.lower(i).equals("the"))) {
                i--;
            }
        } else if (i >= 0 && s.lower(i).equals("which")) {
            i--;
        } else {
            return List.of();
        }
        if (i < 0 || !s.lower(i).equals(",")) {
            return List.of();
        }
        for (int w = v - 1; w >= 0; w--) {
            String accusation = verbs.get(w).pattern().code();
            if (accusation != null && accusation.startsWith("11") && !sourcesOf.get(w).isEmpty() && verbs.get(w).start() < i) {
                return sourcesOf.get(w);
            }
        }
        // "India said its army had struck launch pads in Kashmir, a claim Islamabad rejected": the claim is what the
        // first speaker said; the nearest plain reporting verb before the comma names the one answered
        for (int w = v - 1; w >= 0; w--) {
            VerbMatch r = verbs.get(w);
            if (r.entry().kind() == VerbEntry.Kind.SAY && r.pattern().code() == null && r.last() < i
                    && !sourcesOf.get(w).isEmpty()) {
                return sourcesOf.get(w);
            }
        }
        return List.of();
    }
    static final WordSet POSSESSIVE_PRONOUNS = WordSet.of("his", "her", "its", "their");
    private static final WordSet HARMED = WordSet.of("killed", "wounded", "injured", "died", "hurt", "destroyed", "damaged");

    /**
     * "was killed in an Israeli strike on his guesthouse": the strike is how the killing was done and names its
     * attacker, one act (R5); "killed in a clash with Chinese troops" names no attacker and stays.
     */
    static boolean meansOfHarm(Sentence s, List<ActorMention> mentions, int noun) {
        int k = noun - 1;
        while (k >= 0 && noun - k <= 3 && !s.lower(k).equals("in")) {
            k--;
        }
        return k >= 1 && s.lower(k).equals("in") && HARMED.contains(s.token(k - 1)) && Subjects.attacker(s, mentions, k) != null;
    }

    private static final WordSet NOMINAL_TARGET_PREPOSITIONS = WordSet.of("to", "with", "of", "on", "against", "between",
            "in", "and", "into");

    static List<ActorMention> nominalTarget(Sentence s, List<ActorMention> mentions, VerbMatch m, ActorMention agent) {
        for (ActorMention a : mentions) {
            if (a.start() >= m.end() && a.start() <= m.last() + 3 && a != agent && a.isResolved()) {
                String prep = a.start() > 0 ? s.lower(a.start() - 1) : "";
                if ((prep.equals("the") || POSSESSIVE_PRONOUNS.contains(prep) || Words.DIRECTIONS.contains(prep)) && a.start() > 1) {
                    prep = s.lower(a.start() - 2); // "talks with his counterpart", "incursion into northern Iraq"
                }
                String code = m.pattern().code();
                ActorMention struck = a.locative() && ActCodes.placeOfForce(code) ? struckAfter(s, mentions, a) : null;
                if (struck != null) {
                    return Subjects.expandForward(s, mentions, struck); // "a drone strike at Baghdad airport killed Soleimani"
                }
                if (NOMINAL_TARGET_PREPOSITIONS.contains(prep)
                        || prep.equals("from") && code != null && code.startsWith("087") || m.last() > m.end()) {
                    return Subjects.expandForward(s, mentions, a);
                }
            }
        }
        return List.of();
    }

    /**
     * A list of actors after a verb cut where one of them opens a clause of its own ("freed 32 Armenian
     * soldiers and Armenia released ..."): that actor, right before a finite verb (auxiliaries and adverbs
     * between, no "to"), is its subject, not this verb's object.
     */
    private static final WordSet DESTINATION_MODIFIERS = WordSet.of("the", "a", "an", "southern", "northern", "eastern",
            "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "neighbouring",
            "neighboring", "earthquake", "quake", "flood", "disaster", "affected", "stricken", "devastated", "remote");
    private static final WordSet DESTINATION_PLACES = WordSet.of("zone", "zones", "region", "regions", "area", "areas",
            "province", "provinces", "city", "cities", "town", "towns", "coast", "island", "islands", "parts", "district",
            "districts", "villages", "camps", "capital", "port");

    /**
     * Where a transfer goes (07x aid sent, delivered, flown): the actor after the first "to" past the goods, however long
     * their list ("sent two planes carrying food, medicine and rescue teams to Libya", "sent doctors and tents to
     * Turkey"), or the state a place named after "to" lies in ("to the earthquake zone in Pakistani Kashmir", "to
     * quake-hit southern Turkey"). Not past another verb or clause ("sent aid and urged Turkey to ..."), not a purpose
     * ("sent teams to help ..."), not the giver's own state ("sent troops to its border").
     */
    static List<ActorMention> destination(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, VerbMatch m,
                                          List<ActorMention> sources) {
        for (int t = m.last(); t < s.size() && t < m.last() + 16; t++) {
            if (TARGET_STOPS.contains(s.token(t)) && !s.lower(t).equals("and") || startsClauseVerb(verbs, m, t)) {
                return List.of();
            }
            if (!s.lower(t).equals("to")) {
                continue;
            }
            ActorMention place = placeAfterTo(s, mentions, t + 1);
            if (place == null || !place.isResolved() || sources.stream().anyMatch(a -> ActCodes.sameCountry(a, place))) {
                return List.of(); // the first "to" decides: "to help the city" is a purpose, no destination
            }
            return Subjects.expandForward(s, mentions, place);
        }
        return List.of();
    }

    private static final WordSet TOPIC_OPENERS = WordSet.of("that", "whether", "if");
    private static final WordSet TOPIC_ENDS = WordSet.of(",", ";", ":", ".", "but", "saying", "because", "although",
            "though", "while", "amid", "after", "as", "since");

    /**
     * R8, 011: whom a declined comment concerns when the topic has no owner ("declined to comment on reports that
     * Beijing planned to replace its envoy to Hong Kong", "declined to say whether Tokyo would send officials to the
     * Beijing Olympics", "on accusations that Russian forces had blown up the Kakhovka dam"): the first actor of the
     * topic, its clause of "that / whether" included, that is not the decliner's own state.
     */
    static List<ActorMention> topicParty(Sentence s, List<ActorMention> mentions, VerbMatch m, List<ActorMention> sources) {
        for (int t = m.last(); t < s.size() && t < m.last() + 16; t++) {
            if (TOPIC_ENDS.contains(s.token(t)) || TARGET_STOPS.contains(s.token(t)) && !TOPIC_OPENERS.contains(s.token(t))
                    && !s.lower(t).equals("and")) {
                return List.of();
            }
            ActorMention a = ActorMention.startsAt(mentions, t);
            if (a != null && !Subjects.attribution(s, a) && !POSSESSIVE_PRONOUNS.contains(s.token(Math.max(0, t - 1)))
                    && sources.stream().noneMatch(x -> ActCodes.sameCountry(x, a))) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /** Whether a news outlet (MED) is among the targets. */
    static boolean namesOutlet(List<ActorMention> targets) {
        return targets.stream().anyMatch(t -> t.isResolved() && t.code().endsWith("MED"));
    }

    /**
     * Whether an outlet is named as the channel of an interview: "in a BBC interview", "in an exclusive CNN interview",
     * "in an interview with the BBC", "told the BBC in an interview" is read elsewhere.
     */
    static boolean outletInterviewing(Sentence s, ActorMention a) {
        if (!a.isResolved() || !a.code().endsWith("MED")) {
            return false;
        }
        boolean before = a.end() < s.size() && (s.lower(a.end()).equals("interview") || s.lower(a.end()).equals("interviews"));
        int with = a.start() - 1;
        with = with >= 0 && s.lower(with).equals("the") ? with - 1 : with;
        return before || with > 0 && s.lower(with).equals("with") && s.lower(with - 1).startsWith("interview");
    }

    /** The mentions less the outlets named as an interview's channel (the same list when there are none). */
    static List<ActorMention> withoutInterviewers(Sentence s, List<ActorMention> mentions) {
        for (ActorMention a : mentions) {
            if (outletInterviewing(s, a)) {
                return mentions.stream().filter(x -> !outletInterviewing(s, x)).toList();
            }
        }
        return mentions;
    }

    /** Whether no target is named but the sources' own state (or none at all). */
    static boolean namesNoOtherState(List<ActorMention> sources, List<ActorMention> targets) {
        return targets.stream().allMatch(t -> !t.isResolved() || sources.stream().anyMatch(x -> ActCodes.sameCountry(x, t)));
    }

    private static boolean startsClauseVerb(List<VerbMatch> verbs, VerbMatch m, int t) {
        for (VerbMatch w : verbs) {
            if (w != m && w.start() == t && !w.nominal()) {
                return true;
            }
        }
        return false;
    }

    /** The actor a destination after "to" names: the state itself, after modifiers, or the state its place lies in. */
    private static ActorMention placeAfterTo(Sentence s, List<ActorMention> mentions, int from) {
        boolean placeNoun = false;
        for (int t = from; t < s.size() && t < from + 6; t++) {
            ActorMention a = ActorMention.startsAt(mentions, t);
            if (a != null) {
                return a;
            }
            String w = s.lower(t);
            if (placeNoun && (w.equals("in") || w.equals("of"))) {
                continue; // "the earthquake zone in Pakistani Kashmir", "the coast of Libya"
            }
            placeNoun = DESTINATION_PLACES.contains(s.token(t));
            boolean modifier = DESTINATION_MODIFIERS.contains(s.token(t)) || w.contains("-") && !s.token(t).isCapitalized();
            if (!placeNoun && !modifier) {
                return null;
            }
        }
        return null;
    }

    static List<ActorMention> beforeNextClause(Sentence s, List<VerbMatch> verbs, List<ActorMention> conjuncts) {
        for (int i = 1; i < conjuncts.size(); i++) {
            int t = conjuncts.get(i).end();
            while (t < s.size() && Clauses.AUXILIARIES.contains(s.token(t)) && !s.lower(t).equals("to")) {
                t++;
            }
            for (VerbMatch w : verbs) {
                if (w.start() == t && !w.nominal() && !w.ingForm()) { // "Sweden joining NATO" is no clause
                    return conjuncts.subList(0, i);
                }
            }
        }
        return conjuncts;
    }

    /** "a tanker seized by British marines": a participle with its by-agent right after a noun, not a clause's verb. */
    static boolean nounModifier(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        return m.formText().endsWith("ed") && Clauses.groupStart(s, m.start()) == m.start() && m.end() < s.size()
                && s.lower(m.end()).equals("by") && m.start() > 0 && s.token(m.start() - 1).isWord()
                && ActorMention.endingAt(mentions, m.start()) == null;
    }

    private static final WordSet WEAPONS = WordSet.of("strike", "strikes", "airstrike", "airstrikes", "missile", "missiles",
            "rocket", "rockets", "shelling", "bombardment", "bombing", "bombings", "attack", "attacks", "raid", "raids",
            "drone", "drones", "blast", "explosion", "barrage");
    private static final WordSet VICTIMS = WordSet.of("people", "civilians", "villagers", "residents", "men", "women",
            "children", "worshippers", "worshipers", "refugees", "inhabitants", "persons", "workers", "farmers", "fishermen",
            "herders", "pupils", "students", "schoolchildren", "passengers", "mourners", "protesters", "demonstrators",
            "migrants", "detainees", "prisoners", "inmates", "displaced", "farmworkers", "miners", "traders");

    /**
     * A count of a hundred or more people right after a killing verb ("more than 400 civilians", "between 10,000 and
     * 15,000 people", "hundreds of villagers" is a pattern): the manual's mass killing of non-combatants (202).
     */
    static boolean massKilling(Sentence s, VerbMatch m, boolean passive) {
        if (passive) {
            return countedSubject(s, m);
        }
        if (m.start() > 0 && WEAPONS.contains(s.token(m.start() - 1))) {
            return false; // "Israeli air strikes killed 100 people": the strike is the act (R17)
        }
        return hundredVictims(s, m) || countedVictims(s, m);
    }

    private static final WordSet PASSIVE_AUXILIARIES = WordSet.of("were", "was", "have", "has", "had", "been", "being",
            "reportedly", "allegedly", "all");

    /**
     * In the passive the counted victims are the subject: "More than 120 villagers were killed by RSF fighters", "at
     * least 40 civilians have been massacred by jihadists" (as countedVictims after the verb: twenty or more
     * non-combatants, no crowd, no weapon); only auxiliaries stand between them and the verb.
     */
    private static boolean countedSubject(Sentence s, VerbMatch m) {
        int noun = m.start() - 1;
        while (noun >= 0 && PASSIVE_AUXILIARIES.contains(s.token(noun))) {
            noun--;
        }
        if (noun < 0 || noun == m.start() - 1 || !VICTIMS.contains(s.token(noun)) || CROWD_VICTIMS.contains(s.token(noun))) {
            return false;
        }
        for (int i = noun - 1; i >= 0 && i >= noun - 8; i--) {
            if (countedNoun(s, i, MASS_COUNT) == noun) {
                // "were killed in an air strike", "by Israeli air strikes": the strike, by its weapon (R17)
                return "190".equals(fightingCode(s, m)) && !weaponAgent(s, m.end());
            }
        }
        return false;
    }

    /** A weapon among the few words of a by-agent at {@code at}: "killed by Israeli air strikes", "by Russian shelling". */
    private static boolean weaponAgent(Sentence s, int at) {
        if (at >= s.size() || !s.lower(at).equals("by")) {
            return false;
        }
        for (int i = at + 1; i < s.size() && i <= at + 4 && s.token(i).isWord(); i++) {
            if (WEAPONS.contains(s.token(i)) || AIR_WEAPONS.contains(s.token(i)) || GROUND_WEAPONS.contains(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** Victims counted from this many on, by armed men, are a mass killing (202), as a hundred are. */
    static final int MASS_COUNT = 20;

    private static final WordSet COMBATANTS = WordSet.of("fighters", "militants", "soldiers", "troops", "insurgents",
            "rebels", "jihadists", "combatants", "guerrillas", "servicemen", "paramilitaries", "militiamen", "gunmen", "attackers");

    private static final List<String> SMALL_NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** "dozens of", "scores of": at least two dozen, under a hundred. */
    private static final WordSet COUNT_WORDS = WordSet.of("dozens", "scores");
    private static final int DOZENS = 24;

    /**
     * A count of twenty or more non-combatants right after a killing verb, with at most three words saying who they
     * were ("at least 43 farm workers", "87 ethnic Masalit civilians", "dozens of villagers"); no crowd (protesters are
     * repression, 175) and no combatants (fighting, 19x). The studied gold codes every such killing by armed men 202,
     * whatever the count (43, 45, 87 as 400 and 1,200).
     */
    static boolean countedVictims(Sentence s, VerbMatch m) {
        int noun = countedNoun(s, m.end(), MASS_COUNT);
        return noun >= 0 && VICTIMS.contains(s.token(noun)) && !CROWD_VICTIMS.contains(s.token(noun))
                && "190".equals(fightingCode(s, m)); // "killed 25 civilians in an air strike": the strike, by its weapon (R17)
    }

    /**
     * Combatants killed: "killed dozens of fighters", "killed at least 20 fighters of the ADF", "killed three soldiers";
     * in the passive the victims stand before the verb ("Six Ethiopian soldiers were killed in an ambush by ..."). Troops
     * killing armed men is conventional military force (190), not the unconventional violence of 180.
     */
    static boolean combatantsKilled(Sentence s, VerbMatch m, boolean passive) {
        if (passive) {
            for (int i = m.start() - 1; i >= 0 && i >= m.start() - 4; i--) {
                if (COMBATANTS.contains(s.token(i))) {
                    return true;
                }
                if (!s.token(i).isWord()) {
                    return false;
                }
            }
            return false;
        }
        int at = m.end();
        while (at < s.size() && at < m.end() + 3 && Subjects.AGENT_QUANTIFIERS.contains(s.lower(at)) && !s.lower(at).equals("of")) {
            at++;
        }
        if (at < s.size() && COMBATANTS.contains(s.token(at))) {
            return true; // "killed the insurgents", "killed its attackers"
        }
        int noun = countedNoun(s, m.end(), 1);
        return noun >= 0 && COMBATANTS.contains(s.token(noun));
    }

    /**
     * The noun a count right after {@code from} quantifies ("at least 43 farm workers" -> workers, "dozens of fighters"
     * -> fighters), when the count is at least {@code min}; at most three words between count and noun, none of them a
     * preposition or a comma; -1 when there is none.
     */
    static int countedNoun(Sentence s, int from, long min) {
        int i = from;
        while (i < s.size() && i < from + 4 && (Subjects.AGENT_QUANTIFIERS.contains(s.lower(i)) && !s.lower(i).equals("of")
                || countAs(s, i) || AS_MANY.contains(s.token(i)) && i > 0 && s.lower(i - 1).equals("as"))) {
            i++;
        }
        if (i >= s.size()) {
            return -1;
        }
        long n = Words.count(s.lower(i));
        int small = SMALL_NUMBERS.indexOf(s.lower(i));
        if (small >= 0) {
            n = small + 1; // "killed three soldiers"
        }
        if (COUNT_WORDS.contains(s.token(i)) && i + 1 < s.size() && s.lower(i + 1).equals("of")) {
            n = DOZENS;
            i++;
        }
        if (n < min) {
            return -1;
        }
        for (int j = i + 1; j < s.size() && j <= i + 4; j++) {
            if (VICTIMS.contains(s.token(j)) || COMBATANTS.contains(s.token(j))) {
                return j;
            }
            if (!s.token(j).isWord() || PREPOSITIONS_OF_COUNT.contains(s.lower(j))) {
                return -1;
            }
        }
        return -1;
    }

    private static final WordSet PREPOSITIONS_OF_COUNT = WordSet.of("in", "at", "on", "near", "from", "and", "or", "by",
            "with", "during", "after", "before", "inside", "outside", "across");

    /** Weapons of the air, R17's 195: "in a drone strike", "by Israeli warplanes", "an aerial bombardment". */
    static final WordSet AIR_WEAPONS = WordSet.of("airstrike", "airstrikes", "drone", "drones", "helicopter",
            "helicopters", "warplanes", "jets", "aircraft", "bombing", "bombers", "aerial");
    /** Artillery, missiles and rockets, R17's 194: "in artillery fire", "by Russian shelling", "a tank shell". */
    static final WordSet GROUND_WEAPONS = WordSet.of("artillery", "shelling", "shell", "missile", "missiles", "rocket",
            "rockets", "mortar", "mortars", "tank", "tanks");

    /**
     * The weapon of "in an air strike", "in a drone strike", "in artillery fire" after the verb, up to the end of the
     * clause: 195 for the air (R17), 194 for missiles, rockets and artillery, 190 when none is said.
     */
    static String fightingCode(Sentence s, VerbMatch m) {
        for (int i = m.end(); i < s.size() && i < m.end() + 14; i++) {
            if (!s.token(i).isWord() && !s.lower(i).equals("-") && !s.lower(i).equals("'s")) {
                break;
            }
            if (!s.lower(i).equals("in") && !s.lower(i).equals("with")) {
                continue;
            }
            for (int j = i + 1; j < s.size() && j <= i + 3; j++) {
                String w = s.lower(j);
                if (AIR_WEAPONS.contains(s.token(j)) || w.equals("air") && j + 1 < s.size() && (s.lower(j + 1).startsWith("strike")
                        || s.lower(j + 1).startsWith("raid"))) {
                    return "195";
                }
                if (GROUND_WEAPONS.contains(s.token(j))) {
                    return "194";
                }
            }
        }
        return "190";
    }

    /**
     * A hundred people or more killed who were no crowd ("executed 223 villagers", not "killed more than 100 protesters",
     * which is repression): a massacre.
     */
    static boolean massacre(Sentence s, VerbMatch m) {
        if (countedVictims(s, m)) {
            return true; // "killed at least 45 civilians": no crowd, counted (see countedVictims)
        }
        if (!hundredVictims(s, m)) {
            return false;
        }
        for (int i = m.end(); i < s.size() && i < m.end() + 8; i++) {
            if (CROWD_VICTIMS.contains(s.token(i))) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet CAPTIVE = WordSet.of("captured", "unarmed", "surrendered", "detained", "imprisoned");

    private static final WordSet CROWD_VICTIMS = WordSet.of("protesters", "demonstrators", "marchers", "protestors", "rioters");

    /**
     * A hundred people or more named right after the verb ("killed more than 100 people", "at least 223 villagers", "as
     * many as 1,700 captured cadets").
     */
    static boolean hundredVictims(Sentence s, VerbMatch m) {
        boolean hundred = false;
        int at = m.end();
        for (int i = at; i < s.size() && i < at + 7; i++) {
            String w = s.lower(i);
            if (VICTIMS.contains(w)) {
                return hundred;
            }
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                hundred |= Words.count(w) >= 100;
            } else if (hundred && i + 1 < s.size() && VICTIMS.contains(s.lower(i + 1))) {
                return true; // one word that says who they were: "110 farm workers", "300 Yazidi women"
            } else if (hundred && CAPTIVE.contains(s.token(i))) {
                return true; // "executed 1,700 captured cadets", "shot 200 unarmed soldiers": no combatants any more
            } else if (!Subjects.AGENT_QUANTIFIERS.contains(w) && !w.equals("between") && !w.equals("and")
                    && !countAs(s, i) && !(AS_MANY.contains(s.token(i)) && i > 0 && s.lower(i - 1).equals("as"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A count of two hundred or more right after an expelling verb ("deported more than 400,000 Afghans", "nearly 3,000
     * Ethiopian migrants", "more than a thousand Colombians"), or before it in the passive ("300,000 Afghans have been
     * expelled"): a mass expulsion (201, GOLD-SET S32-3: a group forced out by the hundreds or more); the words
     * "hundreds", "thousands", "millions" count too. A dozen journalists stay 174, as the manual's 168 Liberians do.
     */
    static boolean massExpulsion(Sentence s, VerbMatch m, boolean passive) {
        // the count may sit inside the pattern's words ("forced more than 4,000 asylum seekers back to Laos")
        int from = passive ? Math.max(0, m.start() - 6) : m.start() + 1;
        int to = passive ? m.start() : Math.min(s.size(), m.end() + 4);
        for (int i = from; i < to; i++) {
            if (Words.count(s.lower(i)) >= 200 || MANY.contains(s.token(i)) || !passive && UNDOCUMENTED.contains(s.token(i)) && i + 1 < s.size()
                    && (UPROOTED.contains(s.token(i + 1)) || Character.isUpperCase(s.token(i + 1).text().charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    /** "deported hundreds of Syrian refugees", "more than a thousand Colombians": people counted in the hundreds or more. */
    private static final WordSet MANY = WordSet.of("hundred", "hundreds", "thousand", "thousands", "million", "millions");

    /** "deporting undocumented Afghans", "expelled illegal migrants": a people without papers, sent out as a class (201). */
    private static final WordSet UNDOCUMENTED = WordSet.of("undocumented", "illegal", "irregular", "unregistered");
    private static final WordSet UPROOTED = WordSet.of("migrants", "immigrants", "refugees", "aliens", "foreigners", "workers",
            "asylum-seekers", "residents");

    /** People or hostages named as what the verb acts on ("killed 200 people", "took 150 people hostage"). */
    static boolean victims(Sentence s, VerbMatch m) {
        for (int i = m.start(); i < s.size() && i < m.last() + 6; i++) {
            String w = s.lower(i);
            if (VICTIMS.contains(w) || w.equals("hostage") || w.equals("hostages") || w.equals("captives")) {
                return true;
            }
        }
        return false;
    }

    /**
     * S31-29: people named anywhere in the sentence ("dropped chlorine on Douma, killing dozens of people", "killed 100
     * villagers in an attack on Wad al-Noura"), whom an attack on a place is aimed at; with none named the place is its
     * state ("dropped sarin on the town of Ltamenah").
     */
    static boolean peopleNamed(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (VICTIMS.contains(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet INVADED = WordSet.of("on", "into", "inside", "in");
    /** A country right after "on", "into" or "inside", perhaps with a region word: "attack on southern Israel". */
    private static boolean invaded(Sentence s, int at) {
        int p = at - 1;
        while (p >= 0 && (Words.DIRECTIONS.contains(s.token(p)) || s.lower(p).equals("the"))) {
            p--;
        }
        return p >= 0 && INVADED.contains(s.token(p));
    }

    /** (The compounds, "rebel-held Aleppo", are the actor recognizer's: it codes the holders itself.) */
    private static final WordSet REBEL_HOLDERS = WordSet.of("rebel", "rebels", "insurgent", "insurgents", "separatist",
            "separatists");
    private static final WordSet HELD_PLACE_WORDS = WordSet.of("the", "of", "in", "around", "near", "held", "by",
            "positions", "areas", "parts", "territory", "strongholds", "pockets", "enclave", "groups", "fighters",
            "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern",
            "southwestern");

    /**
     * "shelling positions held by ethnic Armenian forces", "struck areas controlled by the RSF", "struck two facilities in
     * eastern Syria used by Iran's Revolutionary Guards": force on ground or sites that the sentence says someone holds, uses
     * or runs falls on the holders named after "by" or "belonging to" (when no actor is struck by name first), also
     * after places joined by "and" ("struck more than 85 targets in Iraq and Syria used by Iran's Revolutionary Guards").
     */
    static List<ActorMention> holders(Sentence s, List<ActorMention> mentions, VerbMatch m, List<ActorMention> targets) {
        if (targets.stream().anyMatch(t -> t.isResolved() && !t.locative())) {
            return targets;
        }
        for (int i = m.end(); i + 1 < s.size() && i <= m.last() + 10; i++) {
            boolean by = HOLDING.contains(s.token(i)) && s.lower(i + 1).equals("by");
            if (by || s.lower(i).equals("belonging") && s.lower(i + 1).equals("to")) {
                ActorMention holder = by ? Subjects.byAgent(s, mentions, i + 1) : ownerAt(mentions, i + 2);
                return holder == null || holder.locative() ? targets : Subjects.expandForward(s, mentions, holder);
            }
            if (TARGET_STOPS.contains(s.token(i)) && !placesJoined(mentions, i)) {
                break;
            }
        }
        return targets;
    }

    private static final WordSet MESSAGES = WordSet.of("message", "signal", "messages", "signals");
    private static final WordSet MESSAGE_OPENERS = WordSet.of("send", "sending", "sends", "as", "in");

    /**
     * Whom a posture is meant to tell something, in its purpose after the act ("to send a clear message to Iran", "as a
     * strong signal to Pyongyang"), in the same clause; null when none.
     */
    static ActorMention messageAddressee(Sentence s, List<ActorMention> mentions, int last) {
        for (int i = last + 1; i + 2 < s.size() && i <= last + 20; i++) {
            if (TARGET_STOPS.contains(s.token(i)) && !s.lower(i).equals("and") && !s.lower(i).equals("as")) {
                return null; // past another clause ("after", "while", "that"); "and" joins the forces, "as" opens the message
            }
            if (MESSAGES.contains(s.token(i)) && s.lower(i + 1).equals("to") && openedAsMessage(s, i)) {
                return ActorMention.startingAt(s, mentions, i + 2);
            }
        }
        return null;
    }

    /** Whether "send" or "as" stands a few words before the message noun at {@code noun} ("to send a clear message"). */
    private static boolean openedAsMessage(Sentence s, int noun) {
        for (int i = noun - 1; i >= 0 && i >= noun - 4; i--) {
            if (MESSAGE_OPENERS.contains(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** The actor named at {@code at} or after its article, the body after a state's "'s" ("to Iran's Revolutionary Guards"). */
    private static ActorMention ownerAt(List<ActorMention> mentions, int at) {
        for (ActorMention a : mentions) {
            if (a.start() >= at && a.start() <= at + 1 && a.isResolved()) {
                ActorMention owned = a.possessive() ? ActorMention.startsAt(mentions, a.end() + 1) : null;
                return owned != null && owned.isResolved() && !owned.locative() ? owned : a;
            }
        }
        return null;
    }

    /** Whether the "and" at {@code at} joins a second place to a first ("in Iraq and Syria": the second is not marked locative). */
    private static boolean placesJoined(List<ActorMention> mentions, int at) {
        ActorMention before = ActorMention.endingAt(mentions, at);
        ActorMention after = ActorMention.startsAt(mentions, at + 1);
        return before != null && after != null && before.locative() && after.placeCode() != null && !after.possessive()
                && after.code().equals(after.placeCode());
    }

    private static final WordSet GIVEN_BACK = WordSet.of("release", "releases", "releasing", "free", "freeing", "freedom",
            "return", "returning", "extradite", "extradites", "extraditing", "extradition", "hand", "handing", "handover",
            "repatriate", "repatriating", "repatriation");
    private static final WordSet HELD_BY = WordSet.of("held", "detained", "seized", "captured", "kidnapped", "abducted",
            "jailed", "imprisoned", "arrested", "taken", "wanted", "sought");

    /**
     * Whom an act's object stands for, when it is not the actor named in it: the kin of an actor are its people
     * ({@link #kinAsPeople}); force on a company's premises is aimed at their state ({@link #premisesOfCompanies}); an
     * inquiry at the doer of the act inquired into ({@link #investigatedDoer}); a demand, promise or refusal to give
     * people or things back at whoever holds them ({@link #holderOf}).
     */
    static List<ActorMention> behindObject(Sentence s, List<ActorMention> mentions, VerbMatch m, String code,
                                           List<ActorMention> sources, List<ActorMention> targets) {
        targets = kinAsPeople(s, targets);
        if (ActCodes.isForce(code) || code != null && code.startsWith("015")) {
            targets = premisesOfCompanies(s, targets);
        }
        if (code != null && code.startsWith("09")) {
            return investigatedDoer(s, mentions, m, targets);
        }
        if (CriticisedActs.aimedAtDoer(code) && m.target() == null) {
            return CriticisedActs.aimedAt(s, mentions, m, code, targets);
        }
        if (code == null || !(code.startsWith("02") || code.startsWith("03") || code.startsWith("10") || code.startsWith("12"))) {
            return targets;
        }
        if (code.startsWith("12") && ActorMention.noneResolved(targets) && m.target() == null) {
            targets = favouredByObject(s, mentions, m, sources, targets); // "rejected a ruling that awarded Badme to Eritrea"
        }
        return holderOf(s, mentions, m, sources, targets);
    }

    private static final WordSet FAVOURING = WordSet.of("allowed", "allow", "allows", "awarded", "award", "awards", "gave",
            "give", "gives", "granted", "grant", "grants", "let", "lets", "handed", "hand", "hands", "ceded", "cede", "cedes",
            "guaranteed", "guarantee", "guarantees");
    private static final WordSet RELATIVE_AUXILIARIES = WordSet.of("would", "could", "will", "had", "has", "have", "also",
            "effectively", "de", "facto");

    /**
     * R8: a refusal of a thing that favours someone ("would not accept a border ruling that awarded the town of Badme to
     * Eritrea", "refused to extend the grain deal that had allowed Ukraine to export grain", "rejected a plan which would
     * give Kosovo independence"), when no requester is named, is aimed at the prospective beneficiary: the actor the
     * object's relative clause favours, named after its verb of giving or allowing. Not the refuser's own state, not
     * past the relative clause's end.
     */
    private static List<ActorMention> favouredByObject(Sentence s, List<ActorMention> mentions, VerbMatch m,
                                                       List<ActorMention> sources, List<ActorMention> targets) {
        int relative = -1;
        for (int i = m.end(); i < s.size() && i <= m.last() + 12; i++) {
            String w = s.lower(i);
            if (w.equals("that") || w.equals("which")) {
                relative = i;
                break;
            }
            if (TARGET_STOPS.contains(s.token(i)) || w.equals(",") || ActorMention.startsAt(mentions, i) != null) {
                return targets; // a named object or another clause first: no beneficiary to look for
            }
        }
        int verb = relative + 1;
        while (relative >= 0 && verb < s.size() && RELATIVE_AUXILIARIES.contains(s.token(verb))) {
            verb++;
        }
        if (relative < 0 || verb >= s.size() || !FAVOURING.contains(s.token(verb))) {
            return targets;
        }
        for (int i = verb + 1; i < s.size() && i <= verb + 8; i++) {
            if (TARGET_STOPS.contains(s.token(i)) || s.lower(i).equals(",")) {
                return targets;
            }
            ActorMention a = ActorMention.startsAt(mentions, i);
            if (a != null) {
                boolean own = POSSESSIVE_PRONOUNS.contains(s.token(i - 1)) || sources.stream().anyMatch(x -> ActCodes.sameCountry(x, a)
                        && (a.code().length() == 3 || Coreference.stateOrgan(a.code())));
                return own ? targets : Subjects.expandForward(s, mentions, a); // a rival at home is no own side
            }
        }
        return targets;
    }

    /**
     * "demanded the release of a tanker seized by British marines", "no ceasefire without the release of the hostages held
     * by Hamas", "would not extradite citizens wanted by Berlin", "..., who has been held by the presidential guard": an
     * appeal, demand, promise or refusal to give people or things back is aimed at whoever holds or wants them, named after
     * "held by" / "wanted by" in the object; not when someone is addressed before the object ("urged Iran to release
     * sailors seized by its navy") nor when the holder is the actor's own side.
     */
    private static List<ActorMention> holderOf(Sentence s, List<ActorMention> mentions, VerbMatch m,
                                               List<ActorMention> sources, List<ActorMention> targets) {
        int given = -1;
        for (int i = m.start(); i + 1 < s.size() && i <= m.last() + 14; i++) {
            if (i >= m.end() && TARGET_STOPS.contains(s.token(i)) && !s.lower(i).equals("who")) {
                return targets;
            }
            if (given < 0 && GIVEN_BACK.contains(s.token(i))) {
                given = i;
            } else if (given >= 0 && HELD_BY.contains(s.token(i)) && s.lower(i + 1).equals("by")) {
                int at = given;
                ActorMention holder = Subjects.byAgent(s, mentions, i + 1);
                if (holder == null || holder.locative() || targets.stream().anyMatch(t -> t.isResolved() && !t.locative() && t.start() < at)
                        || sources.stream().anyMatch(x -> ActCodes.sameCountry(x, holder))) {
                    return targets;
                }
                return Subjects.expandForward(s, mentions, holder);
            }
        }
        return targets;
    }

    private static final WordSet KIN = WordSet.of("family", "families", "wife", "husband", "widow", "son", "sons", "daughter",
            "daughters", "children", "relatives", "mother", "father", "parents", "brother", "sister", "half-brother", "nephew",
            "niece", "grandson", "granddaughter");

    /**
     * "granted asylum to the family of ousted Peruvian president Pedro Castillo", "kidnapped the father of a Colombian
     * footballer": the kin of an actor named after "of" are people of the actor's country (CVL), not the actor.
     */
    static List<ActorMention> kinAsPeople(Sentence s, List<ActorMention> targets) {
        List<ActorMention> out = new ArrayList<>(targets.size());
        for (ActorMention t : targets) {
            int of = t.start() - 1;
            while (of > t.start() - 3 && of > 0 && !s.lower(of).equals("of") && Character.isLowerCase(s.token(of).text().charAt(0))) {
                of--; // "the family of ousted ...", "the wife of jailed ..."
            }
            String c = t.code();
            boolean kin = of > 0 && s.lower(of).equals("of") && KIN.contains(s.token(of - 1)) && c != null && Coreference.isCountryCode(c);
            out.add(kin ? t.withCodes(List.of(c.substring(0, 3) + "CVL"), ActorMention.Kind.COMPOSED, List.of("kin of:" + c)) : t);
        }
        return out;
    }

    private static final WordSet PREMISES = WordSet.of("facility", "facilities", "depot", "depots", "refinery", "refineries",
            "plant", "plants", "terminal", "terminals", "field", "fields", "oilfield", "oilfields", "pipeline", "pipelines",
            "installation", "installations", "site", "sites", "warehouse", "warehouses", "offices", "headquarters");

    /**
     * "a missile attack on an Aramco fuel depot in Jeddah", "drone attacks on two oil facilities of Saudi Aramco": force
     * on a company's premises, or a claim of it, is aimed at the state they stand in, as premises are places (an embassy
     * stormed is its bare state in dev), not at the company; the company itself struck stays a company.
     */
    static List<ActorMention> premisesOfCompanies(Sentence s, List<ActorMention> targets) {
        List<ActorMention> out = new ArrayList<>(targets.size());
        for (ActorMention t : targets) {
            String c = t.code();
            boolean premises = false;
            for (int i = t.end(); c != null && c.length() == 6 && c.endsWith("BUS") && i < s.size() && i <= t.end() + 2; i++) {
                premises |= PREMISES.contains(s.token(i));
            }
            int k = t.start() - 1;
            while (k > 0 && t.start() - k <= 2 && (Character.isUpperCase(s.token(k).text().charAt(0))
                    || NOMINAL_DETERMINERS.contains(s.token(k)))) {
                k--; // "of Saudi Aramco", "of a Ukrainian energy company"
            }
            int of = k > 0 && s.lower(k).equals("of") ? k - 1 : -1;
            premises |= c != null && c.length() == 6 && c.endsWith("BUS") && of >= 0 && PREMISES.contains(s.token(of));
            out.add(premises ? t.withCodes(List.of(c.substring(0, 3)), ActorMention.Kind.COMPOSED, List.of("premises of:" + c)) : t);
        }
        return out;
    }

    /** Besides state organs, those hit whom a claim names by their country (S7-11): companies and people ("killed 20 people in Mogadishu"). */
    private static final Set<String> STRUCK_FOR_COUNTRY = Set.of("BUS", "CVL");

    /** Words that end the act a claim of responsibility names: another clause, a reason, a quotation. */
    private static final WordSet CLAIM_STOPS = WordSet.of(";", ":", ".", "\"", "but", "while", "whereas", "saying",
            "because", "as", "after", "amid", "despite", "following", "calling", "adding", "vowing", "warning");

    /**
     * Whether a 015 match is a claim of responsibility ("claimed responsibility for", "took responsibility for", "claimed
     * the attack"): claim by name, the one entry that claims an attack without the word "responsibility".
     */
    static boolean claimOfResponsibility(VerbMatch m, String code) {
        return code.startsWith("015") && (m.entry().name().equals("claim") || m.formText().contains("responsibility")
                || m.pattern().text().contains("responsibility"));
    }

    /**
     * S7-11: a claim of responsibility is aimed at the country where the claimed act took place, as a bare code: the
     * first place named in the act's phrase ("claimed responsibility for the two car bombs that tore through a busy
     * junction in Mogadishu": SOM; "for the suicide bombing outside Kabul airport that killed 13 US service members":
     * AFG; "for abducting 300 schoolboys from a school in Nigeria's Katsina state": NGA), the claimer's own country too.
     * With no place, a state organ, company or people hit stand for their country ("drone attacks that set ablaze two oil
     * facilities of Saudi Aramco": SAU); an act named before its claimer ("in an attack claimed by ...") by the last
     * place before it.
     */
    static List<ActorMention> claimedPlace(Sentence s, List<ActorMention> mentions, VerbMatch m, List<ActorMention> sources,
                                           List<ActorMention> targets) {
        int end = m.last();
        while (end < s.size() && end - m.last() <= 30 && !CLAIM_STOPS.contains(s.token(end))
                && !(s.lower(end).equals(",") && end + 1 < s.size() && (s.lower(end + 1).equals("and") || s.lower(end + 1).equals("but")))) {
            end++;
        }
        List<ActorMention> hit = new ArrayList<>();
        for (ActorMention a : mentions) {
            String place = a.placeOrCode();
            if (a.start() < m.last() || a.end() > end || !a.isResolved()) {
                continue;
            }
            if (a.locative() && place != null && Coreference.isCountryCode(place)) {
                return List.of(a.withCodes(List.of(ActCodes.country(place)), ActorMention.Kind.COMPOSED, List.of("claimed place")));
            }
            if (!a.locative() && hit.isEmpty() && ActorMention.noneResolved(targets) && !a.possessive()
                    && sources.stream().noneMatch(x -> a.code().equals(x.code()))) {
                hit.add(a); // "drone attacks that set ablaze two oil facilities of Saudi Aramco": what was hit
            }
        }
        ActorMention before = m.source() != null && m.source().start() > m.start() ? placeBefore(mentions, m.start()) : null;
        if (before != null) {
            // "killed 40 police in Pulwama, in an attack claimed by Jaish-e-Mohammed": the act named before its claimer
            return List.of(before.withCodes(List.of(ActCodes.country(before.placeCode())), ActorMention.Kind.COMPOSED, List.of("claimed place")));
        }
        return (hit.isEmpty() ? targets : hit).stream().map(t -> Coreference.stateOrgan(t.code()) || t.code() != null
                && t.code().length() == 6 && STRUCK_FOR_COUNTRY.contains(t.code().substring(3)) && Coreference.isCountryCode(t.code())
                ? ActCodes.ownCountry(t) : t).toList();
    }

    /** The last place named before token {@code at} with a state's code, or null. */
    private static ActorMention placeBefore(List<ActorMention> mentions, int at) {
        ActorMention last = null;
        for (ActorMention a : mentions) {
            if (a.end() <= at && a.locative() && a.placeCode() != null && Coreference.isCountryCode(a.placeCode())) {
                last = a;
            }
        }
        return last;
    }

    private static final WordSet INQUIRED = WordSet.of("into", "of");
    private static final WordSet INQUIRERS_BY = WordSet.of("led", "headed", "chaired", "conducted", "run", "requested",
            "ordered", "authorised", "authorized", "launched", "opened", "established", "commissioned", "backed", "demanded",
            "sought", "called", "set", "announced", "mandated");

    /**
     * "an investigation into the killing of nine men by Israeli commandos", "into alleged war crimes, including any
     * committed by US forces and the Taliban": what is investigated is an act, and the inquiry is aimed at its doer named
     * after "by" in the object, not at its victims or its place; a "by" naming who leads, orders or asked for the inquiry
     * ("an inquiry into the attack led by a judge") is not the doer.
     */
    private static List<ActorMention> investigatedDoer(Sentence s, List<ActorMention> mentions, VerbMatch m, List<ActorMention> targets) {
        int into = -1;
        for (int i = m.start(); i + 1 < s.size() && i <= m.last() + 16; i++) {
            if (i >= m.end() && TARGET_STOPS.contains(s.token(i))) {
                return targets;
            }
            if (into < 0 && INQUIRED.contains(s.token(i))) {
                into = i;
            } else if (into >= 0 && s.lower(i).equals("by") && !INQUIRERS_BY.contains(s.token(i - 1))) {
                ActorMention doer = Subjects.byAgent(s, mentions, i);
                if (doer != null && !doer.locative()) {
                    return Subjects.expandForward(s, mentions, doer);
                }
            }
        }
        return targets;
    }

    /** A ship or plane named within five words after the verb ("seized the Israel-linked cargo ship Galaxy Leader"). */
    static boolean vesselTaken(Sentence s, VerbMatch m) {
        for (int i = m.end(); i < s.size() && i <= m.last() + 5; i++) {
            if (SHIPS.contains(s.token(i))) {
                return true;
            }
            if (TARGET_STOPS.contains(s.token(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The bare states among an arrest's, abduction's or deportation's targets whose people are the ones held: all but
     * a spy ("a Russian agent"); for a deportation (174) only people sent "back to" their state.
     */
    static Set<String> statesOfPeopleHeld(Sentence s, String code, List<ActorMention> targets) {
        Set<String> out = new HashSet<>();
        for (ActorMention t : targets) {
            int b = t.start();
            boolean home = !code.startsWith("174") || b >= 2 && s.lower(b - 1).equals("to") && s.lower(b - 2).equals("back");
            if (t.isResolved() && home && !(t.end() < s.size() && SPIES.contains(s.token(t.end())))) {
                out.add(t.code());
            }
        }
        return out;
    }

    private static final WordSet SPIES = WordSet.of("agent", "agents", "spy", "spies", "operative", "operatives");

    /** The states a hijacked ship is tied to ("linked to Israel"), as owners rather than places whose people suffer. */
    static List<ActorMention> owners(List<ActorMention> targets) {
        List<ActorMention> out = new ArrayList<>(targets.size());
        for (ActorMention t : targets) {
            out.add(t.locative() && t.isResolved() ? new ActorMention(t.start(), t.end(), t.codes(), ActorMention.Kind.COMPOSED,
                    false, false, null, false, t.entries()) : t);
        }
        return out;
    }

    private static final WordSet SHIPS = WordSet.of("ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter",
            "freighters", "supertanker", "supertankers", "boat", "boats", "yacht", "trawler", "trawlers",
            "rig", "rigs", "tugboat", "tugboats");

    private static final WordSet HOLDING = WordSet.of("held", "controlled", "occupied", "manned", "defended", "run", "used",
            "operated", "owned");

    /**
     * "hit positions held by rebel groups around Homs": force on a place the sentence says rebels hold falls on
     * those rebels (SYR -> SYRREB), not on the state or its people.
     */
    static List<ActorMention> rebelHeld(Sentence s, List<ActorMention> targets) {
        if (targets.size() != 1 || !targets.get(0).locative() || targets.get(0).code() == null
                || targets.get(0).code().length() != 3) {
            return targets;
        }
        ActorMention place = targets.get(0);
        for (int i = place.start() - 1; i >= 0 && place.start() - i <= 5; i--) {
            String w = s.lower(i);
            if (REBEL_HOLDERS.contains(w)) {
                List<String> entries = new ArrayList<>(place.entries());
                entries.add("held:" + place.code());
                return List.of(new ActorMention(place.start(), place.end(), List.of(place.code() + "REB"),
                        ActorMention.Kind.COMPOSED, false, false, null, false, entries)); // the holders, not the place
            }
            if (!HELD_PLACE_WORDS.contains(w)) {
                break;
            }
        }
        return targets;
    }

    /**
     * Regions whose insurgents held them through a war the news names them for (Idlib, 2012-2024; Nagorno-Karabakh,
     * 1988-2023; Tigray, 2020-2022): their state's own forces fighting there fight those rebels. Not South Ossetia or
     * Abkhazia, where the gold takes Georgia's shelling of Tskhinvali as aimed at the people (w-080).
     */
    private static final Map<String, String> INSURGENT_REGIONS = Map.of("idlib", "SYR",
            "nagorno-karabakh", "AZE", "karabakh", "AZE", "tigray", "ETH", "tigrayan", "ETH");

    /**
     * "recaptured Saraqeb from rebels", "captured Kilinochchi, the Tamil Tigers' administrative capital", "shelled towns
     * in southern Idlib": a state's own forces using force (19x) on a place of their own state act on whoever holds it
     * against them; when the sentence names that state's rebels, or the place lies in a region its insurgents held, those
     * rebels are the target (SYR -> SYRREB), not the state's ground or its people. Rebels the place is taken "from" are
     * the target even when the place is unknown ("captured the town of Kafr Nabudah from insurgents") or they are named
     * ("from pro-Russian separatists": the rebels themselves, not the ground they stand for). A foreign occupier driven
     * out ("retook Izium as Russian troops fled") is named as such and stays; rebels acting in their own state stay theirs.
     */
    static List<ActorMention> ownRebelsHeld(Sentence s, List<ActorMention> mentions, VerbMatch m, String code,
                                            List<ActorMention> sources, List<ActorMention> targets) {
        String state = sources.isEmpty() || !code.startsWith("19") ? null : ActCodes.country(sources.get(0).code());
        if (state == null || state.length() != 3 || !Coreference.isCountryCode(state) || !sources.stream().allMatch(a ->
                state.equals(a.code()) || Coreference.stateOrgan(a.code()) && state.equals(ActCodes.country(a.code())))) {
            return targets;
        }
        if (targets.isEmpty()) {
            ActorMention rebels = takenFromRebels(s, mentions, m);
            return rebels == null ? targets : List.of(asOwnRebels(rebels, state));
        }
        ActorMention place = targets.get(0);
        if (targets.size() != 1 || !place.locative()) {
            return targets;
        }
        if ((state + "REB").equals(place.code())) {
            return List.of(asOwnRebels(place, state));
        }
        return state.equals(place.code()) && namesOwnRebels(s, mentions, state) ? List.of(asOwnRebels(place, state)) : targets;
    }

    /**
     * "Syrian government forces shelled towns in southern Idlib while Russian warplanes struck rebel positions nearby":
     * rebels of no named state, struck by a foreign force, are the rebels of the one other state the sentence names (by
     * a state's actor or a region its insurgents held); none or several: left alone. Rebels the verb strikes reach here
     * even when nothing else made them a target (bare "militants" do not: unidentified, R2).
     */
    static List<ActorMention> rebelsOfTheStateNamed(Sentence s, List<ActorMention> mentions, VerbMatch m,
                                                    List<ActorMention> sources, List<ActorMention> targets) {
        List<ActorMention> struck = targets.isEmpty() ? struckRebels(s, mentions, m) : targets;
        if (struck.size() != 1 || struck.get(0).isResolved() || !"REB".equals(struck.get(0).sector()) || sources.isEmpty()) {
            return targets;
        }
        String own = ActCodes.country(sources.get(0).code());
        Set<String> states = statesNamed(s, mentions);
        states.remove(own);
        return own == null || states.size() != 1 ? targets : List.of(asOwnRebels(struck.get(0), states.iterator().next()));
    }

    /** The states the sentence names, by a state's actor or a region its insurgents held. */
    private static Set<String> statesNamed(Sentence s, List<ActorMention> mentions) {
        Set<String> states = new HashSet<>();
        mentions.stream().filter(ActorMention::isResolved).map(a -> ActCodes.country(a.code()))
                .filter(c -> c != null && c.length() == 3 && Coreference.isCountryCode(c)).forEach(states::add);
        for (int i = 0; i < s.size(); i++) {
            if (INSURGENT_REGIONS.containsKey(s.lower(i))) {
                states.add(INSURGENT_REGIONS.get(s.lower(i)));
            }
        }
        return states;
    }

    /**
     * Rebels of no named state that are the verb's object, named by their struggle ("struck rebel positions", "shelled
     * insurgents"; not "militants").
     */
    private static List<ActorMention> struckRebels(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        return mentions.stream().filter(a -> a.start() >= m.end() && a.start() <= m.end() + 2 && !a.isResolved()
                && "REB".equals(a.sector()) && ActorRecognizer.REBEL_WORDS.anyIn(s, a.start(), a.end())).limit(1).toList();
    }

    /** The mention as {@code state}'s rebels, an actor rather than a place. */
    private static ActorMention asOwnRebels(ActorMention a, String state) {
        List<String> entries = new ArrayList<>(a.entries());
        entries.add("held:" + state);
        return new ActorMention(a.start(), a.end(), List.of(state + "REB"), ActorMention.Kind.COMPOSED, false, false, null,
                false, entries);
    }

    /** Rebels of no named state that the verb's object is taken "from" ("captured the town of X from insurgents"). */
    private static ActorMention takenFromRebels(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        for (int i = m.end(); i + 1 < s.size() && i <= m.last() + 8; i++) {
            if (TARGET_STOPS.contains(s.token(i))) {
                return null;
            }
            if (s.lower(i).equals("from")) {
                for (ActorMention a : mentions) {
                    if (a.start() == i + 1 && !a.isResolved() && "REB".equals(a.sector())) {
                        return a;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Whether the sentence names {@code state}'s rebels, rebels of no named state, or a region its insurgents held. */
    private static boolean namesOwnRebels(Sentence s, List<ActorMention> mentions, String state) {
        for (ActorMention a : mentions) {
            if ((state + "REB").equals(a.code()) || !a.isResolved() && "REB".equals(a.sector())) {
                return true;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (state.equals(INSURGENT_REGIONS.get(s.lower(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The people of the country attacked, for hostages taken and mass killings whose victims are only "people": a bare
     * state target becomes its people (ISR -> ISRCVL); with no target, the first place of another country the sentence
     * names ("into southern Israel", "attack on southern Israel").
     */
    static List<ActorMention> peopleAttacked(Sentence s, List<ActorMention> mentions, ActorMention source,
                                                     List<ActorMention> targets) {
        String own = ActCodes.country(source.code());
        if (targets.stream().anyMatch(ActorMention::isResolved)) {
            if (targets.size() == 1 && targets.get(0).code().length() == 3 && !targets.get(0).code().equals(own)) {
                ActorMention t = targets.get(0);
                return List.of(t.withCodes(List.of(t.code() + "CVL"), ActorMention.Kind.COMPOSED, List.of("people:" + t.code())));
            }
            return targets;
        }
        for (ActorMention a : mentions) {
            String c = a.isResolved() ? ActCodes.country(a.code()) : null;
            if (c != null && c.length() == 3 && Coreference.isCountryCode(c) && !c.equals(own) && a.code().length() == 3
                    && (a.locative() || a.kind() == ActorMention.Kind.METONYM || invaded(s, a.start()))) {
                return List.of(a.withCodes(List.of(c + "CVL"), ActorMention.Kind.COMPOSED, List.of("people:" + c)));
            }
        }
        return targets;
    }

    private static final WordSet CROWD_WORDS = WordSet.of("protesters", "protestors", "demonstrators", "marchers", "rioters",
            "crowds", "crowd");
    private static final WordSet REQUESTS = WordSet.of("call", "calls", "demand", "demands", "request", "requests",
            "appeal", "appeals", "proposal", "proposals", "offer", "offers", "plan", "bid", "invitation", "ultimatum",
            "pressure");

    /** Participles naming who put forward or convened what is refused: "cuts proposed by Riyadh", "a summit hosted by". */
    private static final WordSet AUTHORED = WordSet.of("proposed", "hosted", "convened", "organised", "organized",
            "called", "tabled", "sponsored", "drafted", "initiated");

    /**
     * "calls by France", "a proposal by Egypt": the one who asked, whom a refusal answers (not "a deal brokered by");
     * "would not attend the summit hosted by Joe Biden", "refused to back cuts proposed by Saudi Arabia": the one who put
     * forward or convened what is refused asked for it too.
     */
    private static boolean requestBy(Sentence s, ActorMention a) {
        int by = a.start() - (a.start() > 1 && s.lower(a.start() - 1).equals("the") ? 2 : 1);
        return by >= 1 && (REQUESTS.contains(s.token(by - 1)) || AUTHORED.contains(s.token(by - 1)));
    }

    /**
     * 'would never recognise "the false state" of Kosovo': a quote mark of a few quoted words that open and close between
     * the verb and the actor is part of the object, not the start of quoted speech.
     */
    private static boolean quotedWordsBetween(Sentence s, int from, int at, int actor) {
        if (!Clauses.isQuote(s.lower(at))) {
            return false;
        }
        for (int i = Math.max(from, at - 6); i < Math.min(actor, at + 7); i++) {
            if (i != at && s.lower(i).equals(s.lower(at))) {
                return true;
            }
        }
        return false;
    }

    /** "would 'totally destroy' North Korea": the quote mark right after a quoted verb closes the quote, not the clause. */
    private static boolean closesQuotedVerb(Sentence s, VerbMatch m, int at) {
        if (at != m.last() || !Clauses.isQuote(s.lower(at))) {
            return false;
        }
        // the quote opened before the verb, or inside the pattern's own words ("vowed \"harsh punishment\" for Israel")
        for (int i = Clauses.groupStart(s, m.start()); i < at; i++) {
            if (s.lower(i).equals(s.lower(at))) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a charge a denial answers, whose owner is the accuser (R8). */
    private static final WordSet CHARGE_NOUNS = WordSet.of("accusation", "accusations", "charge", "charges", "claim",
            "claims", "allegation", "allegations", "report");

    /**
     * R8: the accuser a denial answers, named after it as the owner of the charge: "denied supplying drones to Russia,
     * rejecting Ukraine's accusations", "dismissing a U.S. intelligence report as fabricated", "the claims by Kyiv";
     * or null when the first charge named after the denial has no owner.
     */
    static ActorMention accuserAfter(Sentence s, List<ActorMention> mentions, int from) {
        for (int t = from; t < s.size() && t - from <= 22; t++) {
            String w = s.lower(t);
            if (w.equals(";") || w.equals("but") || w.equals("while") || w.equals("whereas")
                    || w.equals("and") && s.lower(t - 1).equals(",")) {
                return null;
            }
            if (!CHARGE_NOUNS.contains(w)) {
                continue;
            }
            ActorMention owner = Subjects.possessor(s, mentions, t);
            if (owner == null && t - 3 >= from && (s.lower(t - 1).equals("'") || s.lower(t - 1).equals("'s"))
                    && Character.isLowerCase(s.token(t - 2).text().charAt(0))) {
                owner = ActorMention.endingAt(mentions, t - 2); // "a UN experts' report", "the UN panel's report"
            }
            for (int k = t; owner == null && k >= from && t - k <= 2; k--) {
                if (k < t && !s.token(k).isWord()) {
                    break; // "denied shelling Kharkiv, rejecting accusations": the place before the comma owns nothing
                }
                owner = ActorMention.endingAt(mentions, k); // "a U.S. intelligence report", "the Ukrainian claims"
            }
            if (owner == null && t + 2 < s.size() && s.lower(t + 1).equals("by")) {
                // "accusations by 15 Western governments": a count before the accusers
                int at = t + 3 < s.size() && Character.isDigit(s.token(t + 2).text().charAt(0)) ? t + 3 : t + 2;
                owner = ActorMention.startingAt(s, mentions, at);
            }
            return owner;
        }
        return null;
    }

    /**
     * R3c: an appeal, demand, complaint, rejection or threat with no object of its own, in a clause opened by "after"
     * ("Saudi Arabia expelled Canada's ambassador after Canada called for the release of activists", "After Ankara
     * demanded a crackdown, Sweden's prime minister said ..."): the main clause answers it, so it was addressed to the
     * main clause's subject, taken at country level. None when the main clause names a third party ("paused funding to
     * UNRWA after Israel alleged ...": the allegation may concern that party), when both sides are of one state, or when
     * the doer is not the clause's subject right before the verb.
     */
    private static final WordSet VICTIM_PREPOSITIONS = WordSet.of("of", "against", "on", "to", "with", "for", "among");

    /**
     * R17: an investigation (09x) whose object names no actor right after the verb is aimed at the doer of the deed it
     * looks into, named further in that object: its by-agent ("the destruction of the dam as a war crime by Russian
     * forces"), else its possessor ("to investigate Iran's crackdown on protests", "killings committed during Duterte's
     * war on drugs"), else where the deed came from ("a network funded from Russia") or, last, the state it happened in
     * ("killings and torture in Venezuela", "in northern Syria"); a conflict's parties "between" them are both its
     * doers ("violations during the conflict between Israel and Hamas"). Never the deed's victims ("the shooting of
     * protesters", "attacks on villages"), nor the investigator's own state; the object ends at a comma or semicolon,
     * but not at one inside a list of deeds ("killings, torture and disappearances in Venezuela") nor before
     * "including" ("the origins of the virus, including whether it came from a laboratory in China").
     */
    static List<ActorMention> investigated(Sentence s, List<ActorMention> mentions, int from, List<ActorMention> sources) {
        int end = from;
        while (end < s.size() && end - from <= 20 && !s.lower(end).equals(";")
                && !(s.lower(end).equals(",") && !listGoesOn(s, end))) {
            end++;
        }
        for (int i = from; i < end && i <= from + 4; i++) {
            if (s.lower(i).equals("against")) {
                return List.of(); // "opened criminal cases against journalists from ...": the accused are named there
            }
        }
        ActorMention owner = null;
        ActorMention origin = null;
        ActorMention place = null;
        for (ActorMention a : mentions) {
            if (a.start() < from || a.start() >= end || !a.isResolved() || sources.stream().anyMatch(d -> ActCodes.sameCountry(d, a))) {
                continue;
            }
            int before = a.start() - 1;
            if (before >= from && Words.ARTICLES.contains(s.token(before))) {
                before--;
            }
            if (before >= from && Words.DIRECTIONS.contains(s.token(before))) {
                before--;
            }
            String prep = before >= 0 ? s.lower(before) : "";
            if (prep.equals("by")) {
                return List.of(a);
            }
            if (prep.equals("between") && owner == null) {
                return Subjects.expandForward(s, mentions, a);
            }
            if (VICTIM_PREPOSITIONS.contains(prep)) {
                continue; // "attacks on Turkish mosques", "the shooting of Iranian protesters": the deed's victims
            }
            if (a.possessive() && owner == null) {
                owner = a;
            } else if (prep.equals("from") && origin == null) {
                origin = a;
            } else if ((prep.equals("in") || prep.equals("inside")) && place == null && Coreference.isCountryCode(a.code())
                    && a.code().length() == 3) {
                place = a;
            }
        }
        ActorMention doer = owner != null ? owner : origin != null ? origin : place;
        return doer == null ? List.of() : List.of(doer);
    }

    /**
     * Whether the comma at {@code comma} goes on with the same object: "including", or one or two lower-case words (no
     * participle) before "and" or "or" that close a list ("killings, torture and disappearances").
     */
    private static boolean listGoesOn(Sentence s, int comma) {
        if (comma + 1 < s.size() && s.lower(comma + 1).equals("including")) {
            return true;
        }
        for (int i = comma + 1; i < s.size() && i <= comma + 3; i++) {
            String w = s.token(i).text();
            if (i > comma + 1 && (w.equals("and") || w.equals("or"))) {
                return true;
            }
            if (!Character.isLowerCase(w.charAt(0)) || w.endsWith("ing") || !w.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet SAYING = WordSet.of("said", "says", "told", "tells", "added", "stated", "insisted");

    static List<ActorMention> answeringSubject(Sentence s, List<ActorMention> mentions, List<ActorMention> sources, int verb) {
        ActorMention doer = sources.get(0);
        ActorMention last = sources.get(sources.size() - 1);
        int at = doer.start() - 1;
        if (at >= 0 && s.lower(at).equals("the")) {
            at--;
        }
        if (at < 0 || !s.lower(at).equals("after") || verb < last.end() || verb - last.end() > 3 || !doer.isResolved()) {
            return List.of();
        }
        for (int i = last.end(); i < verb; i++) {
            if (!s.token(i).isWord()) {
                return List.of(); // "after Canada, which ..., called": not the clause's plain subject
            }
        }
        for (int i = verb; i < s.size() && i < verb + 8 && s.token(i).isWord(); i++) {
            if (s.lower(i).equals("them") || s.lower(i).equals("him")) {
                return List.of(); // "threatened to strip them of their immunity": its object is whom the pronoun names
            }
        }
        ActorMention main = null;
        int from;
        int to;
        if (at == 0) {
            int comma = verb;
            while (comma < s.size() && !s.lower(comma).equals(",")) {
                comma++;
            }
            main = comma + 1 < s.size() ? ActorMention.startingAt(s, mentions, comma + 1) : null;
            from = main == null ? 0 : main.end();
            to = s.size();
        } else {
            List<ActorMention> first = Subjects.firstSubject(s, mentions, at);
            main = first.isEmpty() ? null : first.get(0);
            from = main == null ? 0 : first.get(first.size() - 1).end();
            to = at;
            for (int i = at - 1; i >= from; i--) {
                if (SAYING.contains(s.token(i))) {
                    // "said the canal was not for sale (,) after Trump threatened ...": the main clause is words, whose
                    // stance is the answer; the clause may be in the words and is left to the statement
                    return List.of();
                }
            }
        }
        final ActorMention subject = main;
        if (subject == null || subject.possessive() || !subject.isResolved() || !Coreference.isCountryCode(subject.code())
                || sources.stream().anyMatch(d -> ActCodes.sameCountry(d, subject))) {
            return List.of();
        }
        for (ActorMention a : mentions) {
            if (a.start() >= from && a.start() < to && a.isResolved() && !ActCodes.sameCountry(a, subject)
                    && sources.stream().noneMatch(d -> ActCodes.sameCountry(d, a))) {
                return List.of(); // a third party named in the main clause
            }
        }
        return List.of(ActCodes.ownCountry(subject));
    }

    /**
     * "put its forces on high alert after Pakistan said ...", "declared a mobilisation in response to an Azerbaijani
     * offensive": a show of force with no target in its own clause answers the doer of the act named right after
     * "after", "following", "ahead of" or "in response to" (the first actor within four words of it, not the source's
     * own side: "deployed missile batteries ahead of North Korea's planned launch"); or nothing when the clause ends
     * first.
     */
    static List<ActorMention> provoker(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int from,
                                       List<ActorMention> sources) {
        for (int i = from; i < s.size() && i - from <= 10; i++) {
            String w = s.lower(i);
            if (REASONS.contains(s.token(i))) {
                ActorMention threatener = threatener(s, mentions, i, sources);
                if (threatener == null && w.equals("citing")) {
                    threatener = citedDoer(s, mentions, i, sources); // "citing aggressive statements by NATO countries"
                }
                if (threatener != null) {
                    return Subjects.expandForward(s, mentions, threatener);
                }
            }
            if (Words.SIMULTANEITY.contains(s.token(i)) && !countAs(s, i)) {
                // "put forces on standby as Russian troops massed near Ukraine", "put its army on alert when North
                // Korea fired missiles": a clause with a subject of its own names the act the show of force answers
                ActorMention doer = clauseSubject(s, mentions, verbs, i, sources);
                return doer == null ? List.of() : Subjects.expandForward(s, mentions, doer);
            }
            boolean cause = w.equals("after") || w.equals("following")
                    || w.equals("ahead") && i + 1 < s.size() && s.lower(i + 1).equals("of")
                    || w.equals("response") && i > 0 && s.lower(i - 1).equals("in") && i + 1 < s.size() && s.lower(i + 1).equals("to")
                    || w.equals("anticipation") && i > 0 && s.lower(i - 1).equals("in") && i + 1 < s.size() && s.lower(i + 1).equals("of");
            if (cause) {
                ActorMention doer = otherSideAfter(mentions, i, 7, sources);
                return doer == null ? List.of() : Subjects.expandForward(s, mentions, doer);
            }
            if (TARGET_STOPS.contains(w)) {
                return List.of();
            }
        }
        return List.of();
    }

    private static final WordSet UNREST_CUES = WordSet.of("after", "following", "as", "amid", "over", "contain", "quell",
            "curb", "against");
    private static final WordSet UNREST = WordSet.of("riots", "rioting", "rioters", "unrest", "looting", "looters",
            "protests", "protesters", "demonstrations", "demonstrators", "disturbances");

    /**
     * The people of the source's own state, when a posture with no target answers unrest named after a cue within the
     * next sixteen words ("deployed troops to the city after a day of clashes between anti-government protesters and
     * ...", "sent police across the country after three nights of rioting"); null when the source names no state or no
     * unrest follows a cue before the clause ends at ";" or a quote.
     */
    static ActorMention unrestAtHome(Sentence s, int from, ActorMention source) {
        String country = ActCodes.country(source.code());
        if (country == null || country.length() != 3 || !Coreference.isCountryCode(source.code())) {
            return null;
        }
        boolean cued = false;
        for (int i = from + 1; i < s.size() && i - from <= 16; i++) {
            String w = s.lower(i);
            if (w.equals(";") || w.equals("\"")) {
                return null;
            }
            cued |= UNREST_CUES.contains(s.token(i));
            if (cued && UNREST.contains(s.token(i))) {
                return new ActorMention(i, i + 1, List.of(country + "CVL"), ActorMention.Kind.COMPOSED, false, false, null,
                        false, List.of("unrest at home:" + country));
            }
        }
        return null;
    }

    private static final WordSet COUNT_HEDGES = WordSet.of("more", "than", "at", "least", "about", "around", "some",
            "nearly", "almost", "over", "up", "to");

    /**
     * The token after a count that opens a clause's subject ("as 18 Chinese military aircraft crossed", "when at least
     * 30 Russian warplanes flew", "as two Chinese warships sailed"), or {@code i} when no count stands there.
     */
    private static int pastCount(Sentence s, int i) {
        int j = i;
        while (j < s.size() && j < i + 3 && COUNT_HEDGES.contains(s.token(j))) {
            j++;
        }
        boolean count = j < s.size() && (Words.count(s.lower(j)) >= 0 || SMALL_NUMBERS.contains(s.lower(j)));
        return count && j + 1 < s.size() ? j + 1 : i;
    }

    private static final WordSet CITED_JOINS = WordSet.of("by", "from", "of");
    private static final WordSet ALLY_NOUNS = WordSet.of("allies", "ally", "partners", "members", "member");

    /**
     * The subject of the clause a conjunction opens at {@code cue}: an actor right after it, or after "the" ("as Russian
     * troops massed", "when the Kremlin ordered"), of neither the source's side, and followed by a verb-like word (not
     * "as a warning", not "as Russia's ally"); or null.
     */
    static ActorMention clauseSubject(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int cue,
                                      List<ActorMention> sources) {
        int first = pastCount(s, cue + 1);
        ActorMention subject = first < s.size() ? ActorMention.startingAt(s, mentions, first) : null;
        if (subject == null || !subject.isResolved() || subject.locative() || subject.possessive()) {
            return null;
        }
        List<ActorMention> group = Subjects.expandForward(s, mentions, subject);
        if (group.stream().anyMatch(g -> sources.stream().anyMatch(own -> ActCodes.sameCountry(own, g)))) {
            return null; // "as US and South Korean troops began joint drills": the source's own side acts with them
        }
        int end = group.get(group.size() - 1).end();
        if (end >= s.size() || !s.token(end).isWord() || !Character.isLowerCase(s.token(end).text().charAt(0))
                || TARGET_STOPS.contains(s.token(end)) || CITED_JOINS.contains(s.token(end)) || ALLY_NOUNS.contains(s.token(end))) {
            return null; // "as NATO allies sent reinforcements": a body's members named by a noun, not the body acting
        }
        // the clause's own act, when the dictionaries know it, is one a show of force answers: a threat, coercion or force
        // (13-20), not "as NATO allies sent reinforcements", "as the two leaders met", "while China and Russia held joint
        // drills"
        for (VerbMatch v : verbs) {
            if (v.start() >= end && v.start() <= end + 2) {
                String code = v.pattern().code();
                return code == null || code.compareTo("13") >= 0 && code.compareTo("21") < 0 ? subject : null;
            }
        }
        return subject;
    }

    /**
     * Whose act a show of force cites as its reason when the reason is no threat word: the owner of the cited noun
     * ("citing NATO's aggressive statements") or the doer after "by" / "from" within six words ("citing aggressive
     * statements by leading NATO countries"), not the source's own side; or null.
     */
    private static ActorMention citedDoer(Sentence s, List<ActorMention> mentions, int cue, List<ActorMention> sources) {
        for (int t = cue + 1; t < s.size() && t - cue <= 6; t++) {
            if (TARGET_STOPS.contains(s.token(t)) || s.lower(t).equals(",")) {
                return null;
            }
            ActorMention a = ActorMention.startingAt(s, mentions, t);
            boolean owner = a != null && (a.possessive() || t == cue + 1 || CITED_JOINS.contains(s.token(t - 1))
                    || s.lower(t - 1).equals("the") && t - 1 == cue + 1);
            if (a != null && a.isResolved() && !a.locative() && owner
                    && sources.stream().noneMatch(own -> ActCodes.sameCountry(own, a))) {
                return a;
            }
        }
        return null;
    }

    /**
     * Whether the act's clause, from {@code from} (the first word after the act's words), ends "in response" or "in
     * retaliation" with nothing answered named after it ("would take steps in response."): the act answers one named
     * before, not "in response to X".
     */
    static boolean bareResponse(Sentence s, int from) {
        for (int i = Math.max(0, from - 1); i <= from && i < s.size(); i++) {
            // "and said Russia reserved the right to respond.", "vowed to retaliate, ...": a response with no object;
            // "vowed to respond at a time of its choosing", "would respond in kind": only its manner or time after it
            if (RESPONSES.contains(s.token(i)) && (i + 1 >= s.size() || !s.token(i + 1).isWord() || mannerOnly(s, i + 1))) {
                return true;
            }
        }
        for (int i = from; i + 1 < s.size() && i - from <= 4; i++) {
            if (s.lower(i).equals("in") && (s.lower(i + 1).equals("response") || s.lower(i + 1).equals("retaliation"))) {
                return i + 2 >= s.size() || !s.token(i + 2).isWord();
            }
            if (TARGET_STOPS.contains(s.token(i))) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet RESPONSES = WordSet.of("respond", "retaliate", "react", "countermeasures");

    /**
     * Whether the words from {@code from} to the clause's end only say when or how a response comes ("at a time of
     * its choosing", "in kind", "accordingly"), naming no one answered.
     */
    private static boolean mannerOnly(Sentence s, int from) {
        int end = from;
        while (end < s.size() && s.token(end).isWord()) {
            if (ANSWERED_MARKS.contains(s.token(end))) {
                return false; // "respond in kind to Washington's tariffs"
            }
            end++;
        }
        String tail = s.lowerText(from, end);
        return RESPONSE_MANNERS.contains(tail) || tail.startsWith("at a time ") || tail.startsWith("at the time and place ")
                || tail.startsWith("at a time and place ");
    }

    private static final WordSet RESPONSE_MANNERS = WordSet.of("in kind", "accordingly", "appropriately", "firmly",
            "decisively", "forcefully", "proportionately", "in due course", "in time");
    private static final WordSet ANSWERED_MARKS = WordSet.of("to", "against", "on", "for");

    /**
     * The doer of the act a response answers when that act is named before it ("Finland's move to join NATO was a
     * threat ... and Moscow would take steps in response"): the first actor of the sentence before {@code verb} that
     * is no place and of neither the responding side's nor the speaker's country; none when there is no such actor.
     */
    static List<ActorMention> answeredBefore(Sentence s, List<ActorMention> mentions, int verb, List<ActorMention> sources,
                                             List<ActorMention> reporter) {
        for (ActorMention a : mentions) {
            if (a.start() >= verb) {
                break;
            }
            if (a.isResolved() && !a.locative() && sources.stream().noneMatch(own -> ActCodes.sameCountry(own, a))
                    && reporter.stream().noneMatch(own -> ActCodes.sameCountry(own, a))) {
                return Subjects.expandForward(s, mentions, a);
            }
        }
        return List.of();
    }

    /**
     * The doer a reply answers when the reply's clause follows ", and" or ", but" and its subject is a side the clause
     * before acted on ("The Biden administration quadrupled tariffs on Chinese electric vehicles, and Beijing vowed to
     * take all necessary measures": USAGOV); the first clause's doer is its first actor of another country than the
     * replier's. None when the replier is not named in the first clause after that doer ("Mexico sent troops to the
     * border, and Guatemala closed its crossings"), or when the clause before names no other side.
     */
    static List<ActorMention> repliedTo(Sentence s, List<ActorMention> mentions, int verb, List<ActorMention> sources,
                                        List<ActorMention> reporter) {
        ActorMention replier = sources.get(0);
        for (int c = verb - 2; c > 0; c--) {
            if (!s.lower(c).equals(",")) {
                continue;
            }
            if (!s.lower(c + 1).equals("and") && !s.lower(c + 1).equals("but")) {
                return List.of(); // the reply's own clause starts at the nearest comma
            }
            ActorMention subject = ActorMention.startingAt(s, mentions, c + 2);
            if (subject == null || !ActCodes.sameCountry(subject, replier)) {
                return List.of();
            }
            List<ActorMention> doer = answeredBefore(s, mentions, c, sources, reporter);
            if (doer.isEmpty()) {
                return List.of();
            }
            int after = doer.get(doer.size() - 1).end();
            int comma = c;
            boolean actedOn = mentions.stream().anyMatch(a -> a.start() >= after && a.end() <= comma && a.isResolved()
                    && ActCodes.sameCountry(a, replier));
            return actedOn ? doer : List.of();
        }
        return List.of();
    }

    /**
     * The side a recognition moves away from, named "from X to Y" inside the act ("switched diplomatic recognition
     * from Taiwan to Beijing"); null when the act names none.
     */
    static ActorMention leftFor(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        for (int i = m.end(); i < m.last(); i++) {
            if (s.lower(i).equals("from")) {
                ActorMention left = ActorMention.startingAt(s, mentions, i + 1);
                return left != null && left.end() < s.size() && s.lower(left.end()).equals("to") ? left : null;
            }
        }
        return null;
    }

    private static final WordSet INTERNATIONAL_ASKS = WordSet.of("calls", "call", "demands", "appeals", "pressure", "requests", "pleas");

    /**
     * R8: a refusal of "international calls / demands / pressure" (right after the verb, one determiner at most) is
     * aimed at its requester, the international community (INT), not at whom the request would serve ("rejected
     * international calls to let girls return to class"); otherwise the targets found.
     */
    static List<ActorMention> internationalRequester(Sentence s, VerbMatch m, List<ActorMention> targets) {
        int i = m.end();
        if (i < s.size() && (s.lower(i).equals("the") || s.lower(i).equals("growing") || s.lower(i).equals("mounting"))) {
            i++;
        }
        if (i + 1 < s.size() && s.lower(i).equals("international") && INTERNATIONAL_ASKS.contains(s.token(i + 1))) {
            return List.of(new ActorMention(i, i + 1, List.of("INT"), ActorMention.Kind.NAMED, false, false, "INT", false,
                    List.of("requester:international " + s.lower(i + 1))));
        }
        return targets;
    }

    private static final WordSet REASONS = WordSet.of("citing", "saying", "amid", "over", "despite");
    private static final WordSet THREATS = WordSet.of("threat", "threats", "provocation", "provocations", "aggression",
            "buildup", "build-up", "incursion", "incursions", "threatening", "tension", "tensions");

    /**
     * "put its army on combat readiness, citing threats to ethnic Serbs in northern Kosovo", "..., saying Venezuela's
     * threats could not be ignored", "staged drills despite threats of retaliation from Pyongyang", "over tensions with
     * Kosovo police": a posture taken
     * for a threat named right after the reason given (within three words of "citing", "saying", "amid", "over" or
     * "despite") faces who threatens: the threat's possessor or nationality, else
     * the first other side named within six words after it (a place too: the threat is there); null when none.
     */
    private static ActorMention threatener(Sentence s, List<ActorMention> mentions, int cue, List<ActorMention> sources) {
        for (int t = cue + 1; t < s.size() && t - cue <= 3; t++) {
            if (!THREATS.contains(s.token(t))) {
                continue;
            }
            ActorMention possessor = Subjects.possessor(s, mentions, t);
            ActorMention owner = possessor != null ? possessor : Subjects.modifier(s, mentions, t);
            if (owner != null) {
                return sources.stream().anyMatch(own -> ActCodes.sameCountry(own, owner)) ? null : owner;
            }
            for (ActorMention a : mentions) {
                if (a.start() > t && a.start() - t <= 6 && a.isResolved() && !sources.contains(a)
                        && sources.stream().noneMatch(own -> ActCodes.sameCountry(own, a))) {
                    return a;
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The first actor named within {@code within} tokens after the cue word at {@code cue} ("if Ukraine's
     * counteroffensive ...", "after Pakistan said ..."), neither a source nor of a source's country; or null.
     */
    static ActorMention otherSideAfter(List<ActorMention> mentions, int cue, int within, List<ActorMention> sources) {
        for (ActorMention a : mentions) {
            if (a.start() > cue && a.start() - cue <= within && a.isResolved() && !a.locative() && !sources.contains(a)
                    && sources.stream().noneMatch(own -> ActCodes.sameCountry(own, a))) {
                return a;
            }
        }
        return null;
    }

    private static final WordSet AS_MANY = WordSet.of("many", "much", "few");

    /**
     * Whether the "as" at {@code t} belongs to a count ("executed as many as 1,700 cadets", "expelled as many as ten
     * diplomats"), not a clause of its own.
     */
    static boolean countAs(Sentence s, int t) {
        if (!s.lower(t).equals("as")) {
            return false;
        }
        return t + 2 < s.size() && AS_MANY.contains(s.token(t + 1)) && s.lower(t + 2).equals("as")
                || t >= 2 && AS_MANY.contains(s.token(t - 1)) && s.lower(t - 2).equals("as");
    }

    private static final WordSet TOPIC_NOUNS = WordSet.of("findings", "information", "intelligence", "evidence", "data",
            "talks", "negotiations", "discussions", "consultations", "views");
    /** Prepositions that end a topic phrase: the partner's ("with", "to"), or a phrase of the verb's own. */
    private static final WordSet TOPIC_BREAKS = WordSet.of("with", "to", "against", "for", "from", "by", "at", "into",
            "over", "during", "near", "toward", "towards", "between", "under");

    /**
     * Whether {@code a} stands in a topic phrase right after the pattern's information or talks noun ("findings on the
     * murder of the journalist", "talks about the future of Gaza"): the phrase opens at {@code from} and goes on over
     * "of", "in" and words only; its actor is what the act is about, not its partner (the partner after "with" or "to"
     * is the pattern's slot, VerbPatternMatcher.topicPassed).
     */
    private static boolean topicOfObject(Sentence s, int from, ActorMention a) {
        if (from < 1 || from >= a.start() || !Words.TOPIC_PREPOSITIONS.contains(s.token(from)) || !TOPIC_NOUNS.contains(s.token(from - 1))) {
            return false;
        }
        for (int t = from + 1; t < a.start(); t++) {
            String w = s.lower(t);
            if (!s.token(t).isWord() || w.equals("and") || w.equals("or") || TARGET_STOPS.contains(s.token(t))
                    || !w.equals("of") && !w.equals("in") && TOPIC_BREAKS.contains(s.token(t))) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet BORDER_WORDS = WordSet.of("border", "borders", "frontier");
    private static final WordSet BORDER_PLACES = WordSet.of("near", "along", "on", "at", "across", "by", "close", "to");

    private static final WordSet SHARED_BORDER = WordSet.of("their", "our", "shared", "common");
    private static final WordSet BORDER_DETERMINERS = WordSet.of("the", "their", "our");

    /**
     * Whether the clause after {@code verb} places the act at a border the words give as the reporter's own with the
     * doer, naming no state: "along their shared border", "near our border", "on the common border"; not "near the
     * border" (third states report build-ups too), "near the border with Ukraine" nor "near Poland's border".
     */
    static boolean sharedBorder(Sentence s, int verb) {
        for (int t = verb + 1; t < Math.min(s.size(), verb + 10); t++) {
            String w = s.lower(t);
            if (w.equals(",") || w.equals(";") || w.equals("that")) {
                return false;
            }
            if (BORDER_WORDS.contains(w)) {
                boolean named = t + 1 < s.size() && s.lower(t + 1).equals("with");
                int place = t - 2 > verb && BORDER_DETERMINERS.contains(s.lower(t - 2)) ? t - 3 : t - 2; // "along the shared border"
                return !named && t - 1 > verb && SHARED_BORDER.contains(s.lower(t - 1)) && place > verb
                        && BORDER_PLACES.contains(s.lower(place));
            }
        }
        return false;
    }

    /**
     * Whether {@code a} is the neighbour in "near / along / on the border with X" after force, coercion or arrest (17x-20x)
     * whose own object is people named only by role between the verb and the border ("Pakistani forces killed five
     * militants near the border with Afghanistan", "police detained 40 migrants near the border with Greece"): the
     * border places the act, the people are its object, and the state across the border is no target. Shows of force
     * keep it (15x: "deployed troops along its border with China"), as does a named object ("shelled Hezbollah positions
     * along the border with Lebanon" is aimed at Hezbollah, named first).
     */
    private static boolean borderPlace(Sentence s, List<ActorMention> mentions, VerbMatch m, String code, ActorMention a) {
        if (!ActCodes.forceOrCoercion(code) || a.start() < 3 || !s.lower(a.start() - 1).equals("with")
                || !BORDER_WORDS.contains(s.token(a.start() - 2))) {
            return false;
        }
        int border = a.start() - 2;
        boolean placed = false;
        for (int t = border - 1; t >= Math.max(m.last(), border - 4) && !placed; t--) {
            placed = BORDER_PLACES.contains(s.token(t));
        }
        if (!placed) {
            return false;
        }
        for (ActorMention p : mentions) {
            if (p.start() >= m.end() && p.end() <= border && !p.isResolved() && p.kind() == ActorMention.Kind.AGENT_ONLY
                    && !"MIL".equals(p.sector())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "lashed out at the European Union", "took aim at the United States", "a swipe at the EU": the "at" that closes a
     * form of several words is the verb's own and names whom it is aimed at, not where it happens ("criticised Iran at
     * the United Nations" keeps its place).
     */
    private static boolean aimedAt(Sentence s, VerbMatch m, ActorMention a) {
        int p = a.start() - 1;
        if (p > 0 && s.lower(p).equals("the")) {
            p--;
        }
        return p == m.end() - 1 && p > m.start() && s.lower(p).equals("at");
    }

    /**
     * Whether a mention opens an absolute clause, ", with Xi telling Biden ..." or ", Xi telling Biden ...": the
     * participle's own subject, which the matcher no longer takes as the pattern's "with", is no object of the verb
     * before the comma either.
     */
    private static boolean absoluteSubject(Sentence s, ActorMention a) {
        if (a.start() < 2 || a.end() >= s.size()) {
            return false;
        }
        boolean participle = s.lower(a.end()).endsWith("ing") && !ING_PREPOSITIONS.contains(s.token(a.end()));
        boolean with = s.lower(a.start() - 1).equals("with") && s.lower(a.start() - 2).equals(",");
        // ", Xi telling Biden ...", "met in Bali, Xi arriving hours later": without "with" too, the actor before a
        // participle after a comma is its subject, whatever the participle (the object search only; whether the
        // participle's own act is coded is Subjects.absoluteSubjects' question)
        return participle && (with || s.lower(a.start() - 1).equals(","));
    }

    /** Words in -ing that are prepositions, not participles: ", China including Hong Kong", ", Xi during the talks". */
    private static final WordSet ING_PREPOSITIONS = WordSet.of("including", "during", "following", "according",
            "regarding", "concerning", "excluding", "notwithstanding", "pending");

    /** The target: the first actor after the pattern, in the same clause. */
    static List<ActorMention> target(Sentence s, List<ActorMention> mentions, VerbMatch m, String code) {
        ActorMention accuser = code != null && code.startsWith("016") ? accuserAfter(s, mentions, m.last()) : null;
        if (accuser != null) {
            return Subjects.expandForward(s, mentions, accuser); // the accuser, not the party of the denied act
        }
        // actors among the pattern's words count ("expelled seven senior UN officials"); the
        // distance and the clause boundaries are counted from the pattern's end
        int from = victimsOfAttackNoun(s, m, code);
        int labelled = labelledObject(s, from);
        List<ActorMention> skipped = List.of();
        for (ActorMention a : mentions) {
            if (a.start() < m.end() || a.start() < labelled && labelled > from || skipped.contains(a)) {
                continue;
            }
            if (a.start() - Math.max(from, labelled) - namesPassed(mentions, Math.max(from, labelled), a.start()) > 8) {
                return List.of();
            }
            for (int t = Math.max(from, labelled); t < a.start(); t++) {
                if (s.lower(t).equals("and") && jointObjectBetween(s, t, a.start())) {
                    continue; // "called for a ceasefire and peace talks between Russia and Ukraine": one object, two nouns
                }
                if (TARGET_STOPS.contains(s.token(t)) && !closesQuotedVerb(s, m, t) && !countAs(s, t)
                        && !quotedWordsBetween(s, Math.max(from, labelled), t, a.start()) || t > from && labelOfAct(s, t)) {
                    return List.of();
                }
                if (s.lower(t).equals(",") && t + 2 < a.start() && s.lower(t + 1).endsWith("ed") && s.lower(t + 2).equals("by")) {
                    return List.of(); // "began a hunger strike, led by the jailed Fatah leader": who leads them, not a target
                }
            }
            if (Subjects.attribution(s, a) || absoluteSubject(s, a)) {
                return List.of();
            }
            if (topicOfObject(s, from, a)) {
                continue; // "shared its findings on the murder of the journalist": what they are about, not a partner
            }
            if (borderPlace(s, mentions, m, code, a)) {
                continue; // "killed five militants near the border with Afghanistan": where, not whom
            }
            if (a.start() > 0 && s.lower(a.start() - 1).equals("what")) {
                continue; // "struck what New Delhi described as a camp": the describer is no target
            }
            if (a.start() < from && code != null && code.startsWith("0334")) {
                continue; // "offered to send a thousand police officers": the forces pledged are the giver's own
            }
            ActorMention opposed = code != null && code.startsWith("14") ? opposedAfterCause(s, mentions, a) : null;
            if (opposed != null) {
                return Subjects.expandForward(s, mentions, opposed);
            }
            if (code != null && code.startsWith("04") && Meetings.venue(s, a)) {
                ActorMention place = Meetings.placeOfVenue(s, mentions, a);
                if (place != null && code.startsWith("042")) {
                    return List.of(place); // "flew to the G7 summit in Hiroshima": a visit to Japan
                }
                continue; // "met on the sidelines of the G20 summit": the organization is where, not whom
            }
            if (code != null && !code.startsWith("04") && Meetings.occasion(s, a)) {
                continue; // "demanded at an emergency Security Council meeting that Rwanda withdraw": the forum is where
            }
            if (!a.isResolved()) {
                if ("CVL".equals(a.sector()) && (code != null && (code.startsWith("17") || code.startsWith("18"))
                        && CROWD_WORDS.contains(s.token(a.end() - 1))
                        || a.end() < s.size() && s.lower(a.end()).endsWith("ing") && !s.lower(a.end()).equals("including"))) {
                    // "fired tear gas at protesters marching on the presidential palace": the people named first are
                    // the target, placed by the assembler; the building they march on is not
                    return List.of();
                }
                continue;
            }
            String prep = a.start() > 0 ? s.lower(a.start() - 1) : "";
            if (a.kind() == ActorMention.Kind.COREFERENCE && POSSESSIVE_PRONOUNS.contains(prep) && !premisesStruck(s, a, code)) {
                continue; // "recalled its ambassador from Israel": the source's own agent is no target
            }
            if (prep.equals("the") && a.start() > 1) {
                prep = s.lower(a.start() - 2);
            }
            if ((a.locative() || invaded(s, a.start())) && ActCodes.placeOfForce(code)) {
                ActorMention struck = struckAfter(s, mentions, a);
                if (struck != null) {
                    // "a drone strike near Baghdad airport killed Soleimani": whom, not where
                    return Subjects.expandForward(s, mentions, struck);
                }
            }
            if (a.locative() && !ActCodes.placeTarget(code, prep) && !aimedAt(s, m, a)) {
                skipped = Subjects.expandForward(s, mentions, a); // "in Iraq and Syria": the list is a place too
                continue;
            }
            // "rejected accusations by Washington": the accuser is the target of a denial (R8);
            // "from" names the one asked ("demanded an explanation from Washington", "sought aid from")
            // "allowed inspectors from the IAEA", "to allow inspections of its sites by the IAEA": the body whose people
            // or work are let in is the one given access (086x, 0355)
            if ((prep.equals("by") && !(ActCodes.byNamesTarget(code) && (!code.startsWith("12") || requestBy(s, a)))
                    || prep.equals("from") && !ActCodes.fromNamesTarget(code)) && !ActCodes.internationalInvolvement(code)) {
                skipped = Subjects.expandForward(s, mentions, a); // "by A, B and C": the preposition governs the list
                continue;
            }
            ActorMention hosted = ActCodes.placeOfForce(code) ? hosted(s, mentions, a) : null;
            if (hosted == null && ActCodes.placeOfForce(code) && a.locative() && peopleHarmedThere(s, mentions, a)) {
                // the people there, no longer a place (a place is coded as its state)
                return List.of(a.asSector(a.code(), "CVL", "people harmed in:" + a.code()));
            }
            return hosted != null ? Subjects.expandForward(s, mentions, hosted)
                    : ExpelledDiplomats.sentFrom(s, m, code, Subjects.expandForward(s, mentions, a)); // S33-15
        }
        return List.of();
    }

    private static final WordSet JOINT_PROCESS = WordSet.of("talks", "negotiations", "dialogue", "peace", "truce", "ceasefire",
            "cease-fire", "reconciliation", "de-escalation", "restraint", "détente", "detente");
    private static final WordSet PROCESS_MODIFIERS = WordSet.of("a", "an", "the", "peace", "direct", "immediate", "lasting",
            "durable", "permanent", "political", "diplomatic");

    /**
     * "and" at {@code and} joining a second noun of what two parties do together to the first, both of whose parties
     * follow "between" at {@code party} ("a ceasefire and peace talks between Russia and Ukraine", "dialogue and a truce
     * between Israel and Hamas"): no second clause. A verb after "and" ("... and urged talks between") or a comma before
     * it (", and talks between Russia and Ukraine began") opens one.
     */
    private static boolean jointObjectBetween(Sentence s, int and, int party) {
        int between = s.lower(party - 1).equals("the") ? party - 2 : party - 1;
        if (between <= and + 1 || s.lower(and - 1).equals(",") || !s.lower(between).equals("between")
                || !JOINT_PROCESS.contains(s.token(between - 1))) {
            return false;
        }
        for (int t = and + 1; t < between - 1; t++) {
            if (!PROCESS_MODIFIERS.contains(s.token(t))) {
                return false;
            }
        }
        return between - and <= 5;
    }

    /**
     * The words a passed-over name adds beyond one: "filed a case at the International Court of Justice on Friday accusing
     * Israel" is as near its target as "filed a case at the court on Friday accusing Israel".
     */
    private static int namesPassed(List<ActorMention> mentions, int from, int to) {
        int extra = 0;
        for (ActorMention m : mentions) {
            if (m.start() >= from && m.end() <= to) {
                extra += m.end() - m.start() - 1;
            }
        }
        return extra;
    }

    private static final WordSet TIES = WordSet.of("ties", "relations");

    /**
     * "downgraded its ties", "cut their diplomatic relations", "cut diplomatic ties altogether" with no partner after:
     * ties named only by their owner, or by none, whose partner is the one the sentence has already named.
     */
    static boolean ownTiesOnly(Sentence s, VerbMatch m) {
        int t = m.last() - 1;
        if (t < 1 || t + 1 < s.size() && s.lower(t + 1).equals("with") || !TIES.contains(s.token(t))) {
            return false;
        }
        int owner = s.lower(t - 1).equals("diplomatic") ? t - 2 : t - 1;
        // "..., while Bolivia cut diplomatic ties altogether": ties named with no owner and no partner are the ones named
        return owner >= 0 && (POSSESSIVE_PRONOUNS.contains(s.token(owner)) || owner == m.end() - 1 && !m.nominal());
    }

    /**
     * "rallied in support of the Palestinians and against Israel's bombardment", "marched in solidarity with Ukraine
     * and against the Russian invasion": a protest is aimed at whom it is against, named right after the cause it
     * supports; or null (a protest only "in support of" someone keeps them).
     */
    static ActorMention opposedAfterCause(Sentence s, List<ActorMention> mentions, ActorMention cause) {
        int k = cause.start() > 0 && s.lower(cause.start() - 1).equals("the") ? cause.start() - 2 : cause.start() - 1;
        boolean supports = k >= 1 && (s.lower(k).equals("of") && s.lower(k - 1).equals("support")
                || s.lower(k).equals("with") && s.lower(k - 1).equals("solidarity"));
        for (int t = cause.end(); supports && t < s.size() - 1 && t <= cause.end() + 2; t++) {
            if (s.lower(t).equals("against")) {
                return ActorMention.startingAt(s, mentions, t + 1);
            }
            if (!s.lower(t).equals("and") && !s.lower(t).equals(",")) {
                return null;
            }
        }
        return null;
    }

    private static final WordSet HOSTING = WordSet.of("hosting", "housing", "sheltering");

    /** "missiles at Iraqi bases hosting U.S. troops": force on a place aimed at whom it hosts; or null. */
    static ActorMention hosted(Sentence s, List<ActorMention> mentions, ActorMention place) {
        if (place.end() >= s.size() || !HOSTING.contains(s.token(place.end()))) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.start() > place.end() && m.start() <= place.end() + 3 && m.isResolved()) {
                return m;
            }
        }
        return null;
    }

    private static final WordSet LABELLING = WordSet.of("said", "says", "called", "calls", "described", "describes",
            "claimed", "claims", "alleged", "considers", "considered", "termed", "dubbed");
    private static final WordSet NAMING = WordSet.of("calling", "called", "describing", "described", "branding",
            "branded", "terming", "termed", "dubbing", "dubbed");
    private static final WordSet NAMED_ACT = WordSet.of("it", "them", "this");

    /**
     * "condemned the strike, calling it an attack on Ukraine": the words after "calling it" are the speaker's label
     * for the act, and an actor named inside them ("on British sovereignty") is no target of the verb before.
     */
    private static boolean labelOfAct(Sentence s, int t) {
        return NAMING.contains(s.token(t)) && t + 1 < s.size() && NAMED_ACT.contains(s.token(t + 1));
    }

    private static final WordSet COPULAS = WordSet.of("was", "were", "is", "are", "as", "be");

    /**
     * "struck what New Delhi said was a camp in Pakistan", "strikes on what it called terrorist sites in Pakistan": the
     * object named through someone's label is what follows the label; returns where it starts (or {@code at}).
     */
    private static int labelledObject(Sentence s, int at) {
        int what = at < s.size() && Subjects.OBJECT_PREPOSITIONS.contains(s.token(at)) ? at + 1 : at;
        if (what >= s.size() || !s.lower(what).equals("what")) {
            return at;
        }
        for (int i = what + 2; i < s.size() && i <= what + 5; i++) {
            if (LABELLING.contains(s.token(i))) {
                int next = i + 1;
                while (next < s.size() && (COPULAS.contains(s.token(next)) || s.lower(next).equals("to"))) {
                    next++;
                }
                return next;
            }
        }
        return at;
    }

    /** "was responsible for", "was behind" at {@code i} (the preposition): who did the act named after it. */
    static boolean responsible(Sentence s, int i) {
        return i > 1 && (s.lower(i).equals("for") && s.lower(i - 1).equals("responsible") || s.lower(i).equals("behind"))
                && COPULAS.contains(s.token(s.lower(i).equals("for") ? i - 2 : i - 1));
    }

    /** Nouns of stopping an act, before "to" and the act ("an end to", "a halt to"). */
    private static final WordSet ENDINGS = WordSet.of("end", "halt", "stop", "cessation", "pause", "moratorium", "brake");

    /**
     * R6: a nominal event that is the object of an earlier coded verb ("condemned Pelosi's visit to
     * Taiwan", "welcomed the agreement between") is reported as news elsewhere, not coded here.
     */
    static boolean responseObject(Sentence s, List<VerbMatch> verbs, int v) {
        VerbMatch n = verbs.get(v);
        for (int w = v - 1; w >= 0; w--) {
            VerbMatch g = verbs.get(w);
            if (g.nominal() || g.pattern().code() == null || g.last() > n.start()) {
                continue;
            }
            if (n.start() - g.last() > 5) {
                return false;
            }
            for (int t = g.last(); t < n.start(); t++) {
                String x = s.lower(t);
                // "praised Putin during his visit to Russia": the actor's own act "during" it is a circumstance, not the
                // object ("violations committed during Russia's invasion" names an act the verb's object is part of)
                boolean ownCircumstance = x.equals("during") && (POSSESSIVE_PRONOUNS.contains(s.token(t + 1))
                        || s.lower(t + 1).equals("a") || s.lower(t + 1).equals("an"));
                // "demanded an end to Russia's invasion", "called for a halt to Israel's offensive": the act the words
                // would stop is their object too
                boolean ended = x.equals("to") && t > 0 && ENDINGS.contains(s.token(t - 1));
                if (Words.CLAUSE_BOUNDARIES.contains(x) || x.equals(",") || ownCircumstance
                        || Subjects.OBJECT_PREPOSITIONS.contains(x) && !x.equals("of") && !ended) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** Verbs of answering, whose object is an act reported as news elsewhere ("answering the Gambia's case"). */
    private static final WordSet ANSWERING = WordSet.of("answer", "answers", "answered", "answering", "respond", "responds",
            "responded", "responding", "reply", "replies", "replied", "replying", "react", "reacts", "reacted", "reacting");

    /**
     * R6: a nominal event that an answer is about ("answering the Gambia's case against her country", "has not responded
     * to Turkish requests to search", "reacted to Seoul's protest") is the object of the response, coded where it is news,
     * even when the answering verb itself codes nothing. Within five words of the answering verb ("to" or a noun phrase
     * between), with no clause boundary or comma between.
     */
    static boolean answeredAct(Sentence s, int start) {
        return answering(s, start) >= 0;
    }

    /**
     * A verb form in -s after "responded to" and modifiers only ("has not responded to Turkish requests to search"): no
     * finite verb follows "to", so it is the plural noun of an answered act (R6).
     */
    static boolean answeredPlural(Sentence s, VerbMatch m) {
        int a = answering(s, m.start());
        return !m.nominal() && m.end() == m.start() + 1 && m.formText().toLowerCase(java.util.Locale.ROOT).endsWith("s")
                && a >= 0 && a + 2 < m.start() && s.lower(a + 1).equals("to");
    }

    /** The answering verb whose object the words before {@code start} continue, or -1. */
    private static int answering(Sentence s, int start) {
        for (int t = start - 1; t >= 0 && t >= start - 6; t--) {
            String x = s.lower(t);
            if (ANSWERING.contains(s.token(t))) {
                return t;
            }
            if (Words.CLAUSE_BOUNDARIES.contains(x) || x.equals(",") || !s.token(t).isWord() && !x.equals("'s")
                    || Subjects.OBJECT_PREPOSITIONS.contains(x) && !x.equals("to")) {
                return -1;
            }
        }
        return -1;
    }

    /** Determiners that open a noun phrase ("the", "its", "Israel's"); "that" and "this" may open a clause. */
    private static final WordSet PHRASE_DETERMINERS = WordSet.of("a", "an", "the", "its", "his", "her", "their", "our", "'s");

    /**
     * A verb's base form that is also its entry's noun, at the end of a noun phrase opened by a determiner ("condemned
     * the American drone strike in Kabul", "Israel's air strike on Rafah", "the Indian missile attack"): a noun, since a
     * singular noun phrase takes "strikes" as its verb; so the checks of a nominal (R6, R7) hold for it too. An
     * inflected form ("the army struck", "the drone strikes") or a word between that cannot modify a noun ("the
     * US would strike", "the rebels then attack") keeps the verb.
     */
    static boolean determinedForm(Sentence s, VerbMatch m) {
        if (m.nominal() || m.end() != m.start() + 1) {
            return false; // before the lower-casing below: asked of every verb a target is sought for
        }
        String form = m.formText().toLowerCase(java.util.Locale.ROOT);
        if (form.endsWith("s") || form.endsWith("ed") || form.endsWith("ing")
                || m.entry().nounForms().stream().noneMatch(f -> !f.isEmpty() && f.get(0).equalsIgnoreCase(form))) {
            return false;
        }
        for (int i = m.start() - 1; i >= 0 && i >= m.start() - 4; i--) {
            String w = s.lower(i);
            if (PHRASE_DETERMINERS.contains(s.token(i))) {
                return i < m.start() - 1;
            }
            if (!s.token(i).isWord() || Clauses.AUXILIARIES.contains(w) || Clauses.NOT_NOUNS.contains(w) || Clauses.BE.contains(w)
                    || w.endsWith("ly") || w.endsWith("ed") || BOUNDARIES_OF_PHRASE.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet BOUNDARIES_OF_PHRASE = WordSet.of("that", "which", "who", "this", "it", "they", "we", "he", "she",
            "can", "must", "should", "shall", "might", "may");

    /**
     * A verb's form right after a possessive is used as a noun ("broke up a women's protest", "condemned Moscow's
     * attack"), so the checks of a nominal (R6, R7) hold for it too.
     */
    static boolean possessedForm(Sentence s, VerbMatch m) {
        return m.start() > 0 && s.lower(m.start() - 1).equals("'s");
    }

    /**
     * "them" right after a repressive act (17x) of a state's organ: the people of its own state that an earlier act of
     * the sentence named, its target first, else its source ("tens of thousands rallied outside parliament, and riot
     * police used tear gas to disperse them"; "sentenced two journalists, a week after arresting them"); else the last
     * such people named before it ("Georgians rallied in Tbilisi, and riot police dispersed them": a rally with no
     * target is no act); else none.
     */
    static List<ActorMention> themBefore(Sentence s, List<ActorMention> mentions, VerbMatch m, List<CodedAct> out,
                                         ActorMention source) {
        String own = source.code();
        if (m.end() >= s.size() || !s.lower(m.end()).equals("them") || own == null || own.length() < 3) {
            return List.of();
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            for (String c : new String[] {out.get(i).target(), out.get(i).source()}) {
                if (c != null && c.length() == 6 && c.startsWith(own.substring(0, 3)) && !c.equals(own)
                        && (EventAssembler.PROTESTERS.contains(c.substring(3)) || c.endsWith("MED"))) {
                    return themAs(m, c);
                }
            }
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention a = mentions.get(i);
            String c = a.code();
            if (a.end() <= m.start() && a.isResolved() && !a.locative() && c.length() == 6 && c.startsWith(own.substring(0, 3))
                    && EventAssembler.PROTESTERS.contains(c.substring(3))) {
                return themAs(m, c);
            }
        }
        return List.of();
    }

    /** The target of the last protest (14x) the crowd {@code crowd} made before in the sentence, as a mention; else none. */
    static List<ActorMention> protested(VerbMatch m, List<CodedAct> out, String crowd) {
        for (int i = out.size() - 1; i >= 0; i--) {
            CodedAct a = out.get(i);
            if (a.code().startsWith("14") && a.source().equals(crowd) && a.target() != null) {
                return themAs(m, a.target());
            }
        }
        return List.of();
    }

    private static List<ActorMention> themAs(VerbMatch m, String code) {
        return List.of(new ActorMention(m.end(), m.end() + 1, List.of(code), ActorMention.Kind.COREFERENCE, false, false,
                null, false, List.of("coreference:them")));
    }

    static final WordSet NOMINAL_DETERMINERS = WordSet.of("a", "an", "the", "its", "his", "her", "their",
            "this", "that", "these", "those", "'s");
    private static final WordSet EMBEDDING_PREPOSITIONS = WordSet.of("on", "about", "over", "of", "by", "into",
            "from", "against", "regarding", "concerning", "toward", "towards", "upon", "as");

    /**
     * R1: a nominal event in the object of a preposition ("talks focused on Russia's invasion of Ukraine",
     * "fears of an Israeli strike on Iran", "overshadowed by Russia's attacks") is a topic, not an event
     * the sentence reports. Its noun phrase is walked back over determiners, a possessor and up to two
     * modifiers after a determiner ("a two-day visit") to the word that governs it.
     */
    static boolean prepositionObject(Sentence s, List<ActorMention> mentions, int noun) {
        int k = noun - 1;
        int modifiers = 0;
        while (k >= 0) {
            int at = k;
            ActorMention owner = mentions.stream().filter(a -> a.end() == at + 1).findFirst().orElse(null);
            String w = s.lower(k);
            if (owner != null) {
                k = owner.start() - 1;
            } else if (Clauses.isQuote(w)) {
                k--; // "as a 'hybrid attack' on the EU"
            } else if (NOMINAL_DETERMINERS.contains(w)) {
                k--;
                modifiers = 0;
            } else if (modifiers < 2 && s.token(k).isWord() && Character.isLowerCase(s.token(k).text().charAt(0))
                    && k > 0 && !EMBEDDING_PREPOSITIONS.contains(w) && !Words.CLAUSE_BOUNDARIES.contains(w)
                    && (NOMINAL_DETERMINERS.contains(s.token(k - 1)) || modifiers == 1 || Clauses.isQuote(s.lower(k - 1)))) {
                k--;
                modifiers++;
            } else {
                break;
            }
        }
        return k >= 0 && EMBEDDING_PREPOSITIONS.contains(s.token(k)) && !Clauses.onJourney(s, k, noun);
    }

    /**
     * Whether a relative clause on the place of an attack says that people were harmed there ("blew himself up at a
     * rally in Pakistan's Bajaur district on Sunday, where more than 50 people were killed"): the victims are the
     * place's people. Only "where" within a few words of a country's name, and only people named by no role or as
     * civilians ("where elections are due", "where two soldiers were wounded" say nothing of its people).
     */
    private static boolean peopleHarmedThere(Sentence s, List<ActorMention> mentions, ActorMention place) {
        if (place.code() == null || place.code().length() != 3 || !Coreference.isCountryCode(place.code())) {
            return false;
        }
        int where = -1;
        for (int t = place.end(); t < Math.min(s.size(), place.end() + 8) && where < 0; t++) {
            if (s.lower(t).equals("where") && s.lower(t - 1).equals(",")) {
                where = t;
            } else if (TARGET_STOPS.contains(s.token(t))) {
                return false;
            }
        }
        for (int t = where + 1; where > 0 && t + 1 < Math.min(s.size(), where + 9); t++) {
            if (TARGET_STOPS.contains(s.token(t)) || s.lower(t).equals(",")) {
                return false;
            }
            int at = t;
            if (mentions.stream().anyMatch(a -> a.start() == at && !"CVL".equals(a.sector()))) {
                return false;
            }
            if (Clauses.BE.contains(s.token(t)) && HARMED.contains(s.token(t + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The verbs of a relative clause that say who an attack hit ("the bombing that hit a police truck"). */
    private static final WordSet STRUCK = WordSet.of("hit", "struck", "killed", "wounded", "injured", "targeted");

    /**
     * Where the target of a force act is looked for: after the act's words, or, when the act is an attack noun whose
     * relative clause says whom it hit ("carried out the suicide bombing that hit a police truck", "the attack, which
     * killed 20 soldiers"), after that clause's verb: the attack has no object of its own and the clause names it.
     */
    static int victimsOfAttackNoun(Sentence s, VerbMatch m, String code) {
        int r = m.last();
        if (!ActCodes.placeOfForce(code) || r >= s.size()) {
            return r;
        }
        r = s.lower(r).equals(",") && r + 1 < s.size() && s.lower(r + 1).equals("which") ? r + 1 : r;
        boolean relative = s.lower(r).equals("that") || s.lower(r).equals("which");
        return relative && r + 1 < s.size() && STRUCK.contains(s.token(r + 1)) ? r + 2 : m.last();
    }

    static final WordSet KILLED = WordSet.of("killed", "kills", "kill", "killing", "assassinated", "assassinates",
            "assassinate", "assassinating", "dead", "eliminated", "eliminating");

    /**
     * The actor killed or fought later in the clause of a place: "a strike near Baghdad airport killed Soleimani",
     * "an offensive into northeast Syria against Kurdish militants" (whom the force is against, not where).
     */
    static ActorMention struckAfter(Sentence s, List<ActorMention> mentions, ActorMention place) {
        for (int t = place.end(); t < Math.min(s.size(), place.end() + 6); t++) {
            if (s.lower(t).equals(",") && t + 1 < s.size() && KILLED.contains(s.token(t + 1))) {
                // "struck a shopping centre in Kremenchuk on Monday, killing 18 Ukrainian civilians": the place's own
                // people the toll names by their state are whom the force hit (S31-9); a foreign victim or a commander
                // killed in a raid leaves the place the target
                ActorMention victims = victimsNamed(s, mentions, t + 2);
                return victims != null && victims.code().endsWith("CVL") && ActCodes.sameCountry(victims, place) ? victims : null;
            }
            if (TARGET_STOPS.contains(s.token(t)) || s.lower(t).equals(",")) {
                return null;
            }
            if (t >= place.end() + 4) {
                continue; // only a toll after a comma reaches this far
            }
            if (s.lower(t).equals("against")) {
                ActorMention side = ActorMention.startingAt(s, mentions, t + 1);
                return side != null && !side.locative() ? side : null;
            }
            if (KILLED.contains(s.token(t))) {
                for (ActorMention a : mentions) {
                    if (a.start() > t && a.start() - t <= 4 && a.isResolved() && !a.locative()) {
                        return a;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The people a toll participle names by their state ("killing at least 18 Ukrainian civilians"), or null. */
    private static ActorMention victimsNamed(Sentence s, List<ActorMention> mentions, int from) {
        for (int t = from; t < Math.min(s.size(), from + 5); t++) {
            if (TARGET_STOPS.contains(s.token(t)) || s.lower(t).equals(",")) {
                return null;
            }
            ActorMention a = ActorMention.startingAt(s, mentions, t);
            if (a != null) {
                return a.isResolved() && !a.locative() ? a : null;
            }
        }
        return null;
    }

    /**
     * Whose "its" a zone is ("Taiwan scrambled jets to warn away Chinese aircraft that had entered its air defence zone"):
     * the last state actor named before the verb that is not of the intruders' own countries; null when none is.
     */
    static ActorMention ownerOfIts(List<ActorMention> mentions, int verb, List<ActorMention> intruders) {
        ActorMention owner = null;
        for (ActorMention a : mentions) {
            if (a.end() <= verb && a.isResolved() && a.code() != null && Coreference.isCountryCode(a.code())
                    && intruders.stream().noneMatch(i -> ActCodes.sameCountry(i, a))) {
                owner = a;
            }
        }
        return owner;
    }

    /** "IAEA inspectors", "UN investigators", "OPCW experts": a body's inspectors named by their role. */
    static boolean inspectors(Sentence s, ActorMention a) {
        return Words.INSPECTION_STAFF.anyIn(s, a.start(), Math.min(s.size(), a.end() + 1));
    }

    /**
     * A team sent to rescue or heal, named between the state's mention and the verb: "a Chinese search and rescue
     * team", "Israeli rescuers", "a Cuban medical team" arrive as aid (073), not as visitors.
     */
    static boolean reliefTeam(Sentence s, ActorMention a, VerbMatch m) {
        for (int t = a.start(); t < Math.min(m.start(), a.end() + 5); t++) {
            if (s.lower(t).equals(",")) {
                return false;
            }
            if (RELIEF_STAFF.contains(s.token(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A craft or a cargo heads the subject of an arrival, with the state's mention inside that subject: "a plane
     * carrying doses of China's vaccine landed", "planes from New Zealand landed", "the first cargo of Russian crude
     * arrived"; a subject borrowed from another clause is no part of the craft's. A person's plane ("Putin's plane
     * landed") brings the person, a visitor.
     */
    static boolean craftArriving(Sentence s, ActorMention a, VerbMatch m) {
        for (int t = m.start() - 1; t >= Math.max(0, m.start() - 12); t--) {
            if (Subjects.VEHICLES.contains(s.token(t)) || CARGOES.contains(s.token(t))) {
                // the owner inside the subject: "Russian military planes", "a Japanese cargo plane", "planes from Japan"
                boolean owner = a.end() >= t - 2 && a.start() < m.start();
                return !(owner && a.individual());
            }
            if (s.lower(t).equals(",") || Words.CLAUSE_BOUNDARIES.contains(s.token(t)) || Words.SUBORDINATORS.contains(s.token(t))) {
                return false;
            }
        }
        return false;
    }

    /** Relief goods named from the verb to the end of its clause or before it in the subject ("carrying medical equipment"). */
    static boolean aidAboard(Sentence s, VerbMatch m) {
        for (int t = Math.max(0, m.start() - 12); t < s.size() && (t < m.start() || !s.lower(t).equals(",")); t++) {
            if (RELIEF_GOODS.contains(s.token(t))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet CARGOES = WordSet.of("cargo", "cargoes", "shipment", "shipments", "consignment",
            "consignments", "convoy", "convoys", "trucks", "lorries");

    private static final WordSet RELIEF_GOODS = WordSet.of("aid", "supplies", "vaccine", "vaccines", "doses", "medicine",
            "medicines", "medical", "food", "water", "tents", "blankets", "relief", "humanitarian", "generators");

    /**
     * A body's troops named by a force noun in its mention, right after it or before its "of" ("African Union troops",
     * "the first troops of the Russian-led Collective Security Treaty Organization"): they arrive as a deployment, as a
     * state's troops do.
     */
    static boolean troopsOf(Sentence s, ActorMention a) {
        for (int t = a.start(); t <= Math.min(a.end(), s.size() - 1); t++) {
            if (TROOPS.contains(s.token(t))) {
                return true; // within the mention or right after it
            }
        }
        for (int of = a.start() - 1; of > Math.max(0, a.start() - 4); of--) {
            if (s.lower(of).equals("of")) {
                return TROOPS.contains(s.token(of - 1)); // "troops of the Russian-led CSTO"
            }
        }
        return false;
    }

    private static final WordSet TROOPS = WordSet.of("troops", "soldiers", "forces", "contingent", "contingents", "servicemen");

    /** "peacekeepers", "UN peacekeepers", "a peacekeeping force": a body's or a state's peacekeepers by their name. */
    static boolean peacekeepers(Sentence s, ActorMention a) {
        for (int t = a.start(); t < a.end(); t++) {
            if (s.lower(t).startsWith("peacekeep")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet RELIEF_STAFF = WordSet.of("rescue", "rescuers", "search-and-rescue", "relief", "medical",
            "medics", "doctors", "firefighters", "humanitarian");

    private static final WordSet LEADERS = WordSet.of("leader", "leaders", "commander", "commanders", "chief", "founder",
            "head", "general", "generals", "ambassador", "envoy", "minister", "governor", "mayor");

    /** A named leader ("Soleimani") or a group's leader ("al-Qaeda leader Ayman al-Zawahiri", "three Hamas commanders"). */
    static boolean leader(Sentence s, ActorMention a) {
        if (a.kind() == ActorMention.Kind.PERSON || a.end() < s.size() && LEADERS.contains(s.token(a.end()))) {
            return true;
        }
        // "three Hamas commanders", and with the name the dictionaries do not know: "Hamas commander Ahmed Jabari"
        for (int t = a.start(); t < a.end(); t++) {
            if (LEADERS.contains(s.token(t)) && (t == a.end() - 1 || a.individual())) {
                return true;
            }
        }
        return seniorPostOfNamed(s, a.start());
    }

    private static final WordSet POSTS = WordSet.of("adviser", "advisor", "commander", "leader", "official", "figure", "member");
    private static final WordSet SENIORITY = WordSet.of("senior", "top", "deputy", "key", "prominent", "chief");

    /**
     * "killed Razi Mousavi, a senior adviser in Iran's Revolutionary Guards": a body named after a capitalised name's
     * apposition that gives a senior post in it is reached through the named person (R16).
     */
    private static boolean seniorPostOfNamed(Sentence s, int at) {
        int in = at - 1;
        return in >= 5 && (s.lower(in).equals("in") || s.lower(in).equals("of")) && POSTS.contains(s.token(in - 1))
                && SENIORITY.contains(s.token(in - 2)) && (s.lower(in - 3).equals("a") || s.lower(in - 3).equals("the"))
                && s.lower(in - 4).equals(",") && s.token(in - 5).isCapitalized();
    }

    /** A word of killing between the verb and its target: "a drone strike killed Soleimani", "X was shot dead". */
    static boolean killed(Sentence s, int from, int target) {
        return KILLED.anyIn(s, from, target);
    }

    private static final WordSet JAILS = WordSet.of("jails", "jail", "prisons", "prison", "custody", "detention");
    private static final WordSet DETENTION = WordSet.of("detention", "custody", "imprisonment", "jailing", "held");

    /**
     * Who holds protesting prisoners: the state named before "jails", "prisons" or "custody" ("prisoners in Israeli
     * jails began a hunger strike" -> ISR), or the agent of their detention ("a hunger strike against his detention by
     * Egyptian authorities" -> EGYGOV); empty when the sentence names none.
     */
    static List<ActorMention> jailer(Sentence s, List<ActorMention> mentions) {
        for (ActorMention a : mentions) {
            if (!a.isResolved() || a.possessive() && a.end() + 1 < s.size() && !JAILS.contains(s.token(a.end() + 1))) {
                continue;
            }
            int after = a.possessive() ? a.end() + 1 : a.end();
            boolean before = after < s.size() && JAILS.contains(s.token(after));
            boolean by = a.start() > 1 && s.lower(a.start() - 1).equals("by") && DETENTION.contains(s.token(a.start() - 2));
            if (before || by) {
                return List.of(a.locative() ? a.withCodes(List.of(a.placeCode()), ActorMention.Kind.COMPOSED, List.of()) : a);
            }
        }
        return List.of();
    }

    /**
     * "Sweden recalled its ambassador after protesters stormed its embassy in Baghdad": a mission abroad that is
     * stormed, attacked or besieged is struck whoever's "its" names it; closing or reopening it stays its owner's act.
     */
    private static boolean premisesStruck(Sentence s, ActorMention a, String code) {
        return code != null && (code.startsWith("14") || code.startsWith("17") || code.startsWith("18") || code.startsWith("19"))
                && Words.MISSIONS.contains(s.token(a.end() - 1)) && a.end() < s.size() && s.lower(a.end()).equals("in");
    }

    /**
     * GOLD-SET, Metonyms: a seat of power used as a place is the bare country. A peaceful protest (14x, not the riot
     * 145) held outside, at or near a state's embassy or consulate, or marching to it, names the mission as where it is
     * held: the protest is aimed at the state (ARMCVL>RUS: "Armenians protested outside the Russian embassy in Yerevan",
     * "rallied in front of the Japanese embassy", "marched to the US embassy"), not at its diplomats.
     */
    static List<ActorMention> protestSites(Sentence s, String code, List<ActorMention> targets) {
        if (code == null || !code.startsWith("14") || code.startsWith("145")) {
            return targets;
        }
        List<ActorMention> out = new ArrayList<>(targets.size());
        for (ActorMention t : targets) {
            String c = t.code();
            int before = t.start() > 0 && s.lower(t.start() - 1).equals("the") ? t.start() - 2 : t.start() - 1;
            boolean site = c != null && c.length() > 3 && Coreference.isCountryCode(c.substring(0, 3)) && t.end() > t.start()
                    && Words.MISSIONS.contains(s.token(t.end() - 1)) && before >= 0 && (SITE_PREPOSITIONS.contains(s.token(before))
                    || before >= 2 && s.lower(before).equals("of") && s.lower(before - 1).equals("front"));
            out.add(site ? t.withCodes(List.of(c.substring(0, 3)), ActorMention.Kind.COMPOSED, List.of("protest site")) : t);
        }
        return out;
    }

    /** Prepositions that place a protest at a building: "outside the embassy", "marched to the consulate". */
    private static final WordSet SITE_PREPOSITIONS = WordSet.of("outside", "near", "at", "to", "toward", "towards", "before");

    /**
     * An embassy or consulate stormed, set on fire, raided or struck is the premises of its state, not its
     * diplomats: the bare country ("the Swedish embassy in Baghdad" -> SWE); a peaceful protest outside it
     * is aimed at the state too (protestSites).
     */
    static List<ActorMention> buildingsAsCountries(Sentence s, List<ActorMention> targets) {
        List<ActorMention> out = new ArrayList<>(targets.size());
        for (ActorMention t : targets) {
            String code = t.code();
            boolean premises = t.end() > t.start() && Words.MISSIONS.contains(s.token(t.end() - 1)) && code != null
                    && code.length() > 3 && Coreference.isCountryCode(code.substring(0, 3)) && !missionStaff(s, t);
            out.add(premises ? t.withCodes(List.of(code.substring(0, 3)), ActorMention.Kind.COMPOSED, List.of()) : t);
        }
        return out;
    }

    private static final WordSet STAFF = WordSet.of("employee", "employees", "staff", "staffer", "staffers", "worker",
            "workers", "official", "officials", "member", "members", "diplomat", "diplomats", "guard", "guards", "driver");

    /**
     * "detained an employee of the British consulate", "a British embassy staffer": the people of a foreign mission
     * are its state's government (GOLD-SET roles: consulate staff are GOV), not its premises.
     */
    private static boolean missionStaff(Sentence s, ActorMention t) {
        if (t.end() < s.size() && STAFF.contains(s.token(t.end()))) {
            return true;
        }
        int of = t.start() - 1;
        of = of >= 0 && s.lower(of).equals("the") ? of - 1 : of;
        return of > 0 && s.lower(of).equals("of") && STAFF.contains(s.token(of - 1));
    }

    /**
     * "ordered China to close its consulate in Houston", "ordered Russia to cut its embassy staff": a state ordered to
     * shrink or shut its own mission is told so as its government (161 toward CHNGOV, RUSGOV), whose the mission is.
     */
    static List<ActorMention> missionOwners(Sentence s, VerbMatch m, String code, List<ActorMention> targets) {
        if (!"161".equals(code) || !m.is(VerbEntry.Role.ORDERING)) {
            return targets;
        }
        for (int i = m.end(); i < m.last() && i < s.size(); i++) {
            if ("its".equals(s.lower(i))) {
                return ActCodes.governmentOf(targets);
            }
        }
        return targets;
    }

    /**
     * R18: admission to an organization is coded from the organization (GOLD-SET judgement calls): a state that joins
     * a body or becomes its member is admitted by it, so "Finland joined NATO" is NATO's 050 toward Finland. Only
     * when every target is an intergovernmental body ("joined the talks", "joined Hamas" are no admission).
     */
    static boolean admittedBy(String code, VerbMatch m, List<ActorMention> sources, List<ActorMention> targets) {
        return "050".equals(code) && m.is(VerbEntry.Role.JOINING) && !sources.isEmpty() && !targets.isEmpty()
                && targets.stream().allMatch(t -> t.isResolved() && !t.locative() && t.code().startsWith("IGO"))
                && sources.stream().allMatch(ActorMention::isResolved);
    }
}
