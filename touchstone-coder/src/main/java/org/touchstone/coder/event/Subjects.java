package org.touchstone.coder.event;

import java.util.ArrayList;
import java.util.List;
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
 * Who does the act: the subject before the verb, the agent of a passive, the possessor or modifier
 * of a nominal form, coordinated actors, and people named only by their role.
 */
final class Subjects {
    private Subjects() {
    }
    /** The verb of a trailing attribution (", the White House said"), whose subject is no target. */
    private static final WordSet ATTRIBUTING = WordSet.of("said", "says", "told", "announced", "added", "stated",
            "reported", "confirmed", "noted", "tweeted", "wrote",
            // a finding told after the deed: ", a UN report found", ", investigators concluded"
            "found", "finds", "concluded", "showed", "shows");
    static final WordSet OBJECT_PREPOSITIONS = WordSet.of("with", "against", "for", "about", "on", "to", "by",
            "over", "from", "than", "toward", "towards", "into", "between", "at", "in", "of",
            // places named as where ("arrested Imran Khan inside the Islamabad High Court, triggering protests")
            "inside", "outside", "near", "within");

    /** The speaker of a trailing attribution after position {@code from} ("..., Lavrov said"), or none. */
    static List<ActorMention> trailingSpeaker(Sentence s, List<ActorMention> mentions, int from) {
        for (ActorMention a : mentions) {
            if (a.start() >= from && a.isResolved() && attribution(s, a)) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /** The resolved actor right after ", according to" (an article or a modifier between) after {@code from}, or none. */
    static List<ActorMention> accordingTo(Sentence s, List<ActorMention> mentions, int from) {
        for (ActorMention a : mentions) {
            int p = a.start() - 1;
            while (p > from && (s.lower(p).equals("the") || s.token(p).isWord() && !s.token(p).isCapitalized()
                    && !s.lower(p).equals("to") && a.start() - p <= 2)) {
                p--;
            }
            if (a.start() > from && a.isResolved() && p >= from + 2 && s.lower(p).equals("to")
                    && s.lower(p - 1).equals("according") && s.lower(p - 2).equals(",")) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /** The speaker whose reported words hold verb v: the subject of the nearest reporting verb before it. */
    static List<ActorMention> reporterOf(Sentence s, List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf, int v) {
        for (int w = v - 1; w >= 0; w--) {
            VerbMatch r = verbs.get(w);
            if (r.entry().kind() == VerbEntry.Kind.SAY && r.pattern().code() == null && r.last() <= verbs.get(v).start()) {
                return sourcesOf.get(w);
            }
        }
        return List.of();
    }

    /**
     * "Lukashenko told striking workers that he would never give up power": the actor told, named right after
     * the reporting verb of verb v's words (a few lower-case words may stand between, "told striking factory
     * workers"), or none; an outlet ("told CNN") is the channel, not the one addressed.
     */
    static List<ActorMention> hearer(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v) {
        for (int w = v - 1; w >= 0; w--) {
            VerbMatch r = verbs.get(w);
            if (r.entry().kind() == VerbEntry.Kind.SAY && r.pattern().code() == null && r.last() <= verbs.get(v).start()) {
                if (!Words.TOLD.contains(r.formText())) {
                    return List.of();
                }
                for (int at = r.end(); at < Math.min(s.size(), r.end() + 4); at++) {
                    for (ActorMention a : mentions) {
                        if (a.start() == at) {
                            return a.isResolved() && !a.locative() && !a.code().endsWith("MED") ? List.of(a) : List.of();
                        }
                    }
                    if (!s.token(at).isWord() || !Character.isLowerCase(s.token(at).text().charAt(0))
                            || Words.CLAUSE_BOUNDARIES.contains(s.token(at))) {
                        return List.of(); // "told reporters that", "told a briefing in Beijing"
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** A lower-case common noun, no actor, right before the verb: "a loan [backed by]", "the text [drafted by]". */
    static boolean afterCommonNoun(Sentence s, List<ActorMention> mentions, int verb) {
        if (verb == 0 || !s.token(verb - 1).isWord() || ActorMention.endingAt(mentions, verb) != null) {
            return false;
        }
        String w = s.token(verb - 1).text();
        return Character.isLowerCase(w.charAt(0)) && !Clauses.AUXILIARIES.contains(w) && !Clauses.BE.contains(w) && !Clauses.NOT_NOUNS.contains(w)
                && !w.endsWith("ly");
    }

    /** The word before a mention, past an article "the" ("against the TPLF": "against"), or "" at the sentence's start. */
    static String wordBefore(Sentence s, ActorMention m) {
        String before = m.start() > 0 ? s.lower(m.start() - 1) : "";
        return before.equals("the") && m.start() > 1 ? s.lower(m.start() - 2) : before;
    }

    /**
     * "..., with US Vice President Kamala Harris attending the ceremony in Tegucigalpa": the actors right after "with"
     * are the subject of the participle that follows them (an absolute clause), as are those right after a comma before
     * a participle of speech; empty otherwise.
     */
    static List<ActorMention> absoluteSubjects(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        if (m.nominal() || !m.ingForm() || m.start() < 2) {
            return List.of();
        }
        ActorMention last = ActorMention.endingAt(mentions, m.start());
        if (last == null || last.locative()) {
            return List.of();
        }
        List<ActorMention> all = expandBackward(s, mentions, last);
        int first = all.stream().mapToInt(ActorMention::start).min().orElse(last.start());
        if (first > 0 && s.lower(first - 1).equals("with")) {
            return all;
        }
        // "..., Xi warning that Taiwan was a red line": without "with", a participle of speech after a comma is words
        // of its own subject (other participles there may hang on a noun: "..., Western countries sending troops")
        VerbEntry.Kind kind = m.entry().kind();
        boolean speech = kind.words();
        return first > 2 && s.lower(first - 1).equals(",") && speech ? all : List.of();
    }

    /** People of a protesting sector: crowds, and dissidents who protest alone (a hunger strike). */
    static boolean crowd(ActorMention a) {
        String code = a.code();
        return code != null && code.length() == 6 && Coreference.isCountryCode(code) && EventAssembler.PROTESTERS.contains(code.substring(3));
    }

    /**
     * The role-only subject of a protest ("protesters", "opposition supporters") or of policing ("riot police fired
     * tear gas at protesters in Tbilisi") with the sentence's place, when its sector is one of {@code sectors}; with no
     * place standing alone, police are those of the crowd they act on ("police fired on protesters in Nairobi") and a
     * protesting crowd is that of the institution it protests at ("rallied outside parliament in Dhaka").
     */
    static List<ActorMention> localPeople(Sentence s, List<ActorMention> mentions, int group, Set<String> sectors,
                                                  List<ActorMention> targets, String code) {
        ActorMention role = roleSubject(s, mentions, group, sectors);
        if (role == null) {
            return List.of();
        }
        String place = null; // the first place after the role ("police in Nairobi"), else the last before it
        for (ActorMention a : mentions) {
            if (a.locative() && a.placeCode() != null && Coreference.isCountryCode(a.placeCode())) {
                place = a.placeCode().substring(0, 3);
                if (a.start() >= role.end()) {
                    break;
                }
            } else if (a.start() >= role.end() && settlementDemonym(s, a) && place == null) {
                place = a.code(); // "insurgents attacked the Mozambican town of Palma": where the town is, as "in Mozambique"
                break;
            } else if (a.start() >= role.end() && a.entries().contains(ActorRecognizer.PLACED_TROOPS) && place == null) {
                // "rebels attacked an army post in northern Mali": the troops or post the place names are where it is
                place = a.code().substring(0, 3);
                break;
            } else if (a.start() >= role.end() && sectors.contains("REB") && targets.contains(a) && a.placeCode() != null
                    && Coreference.isCountryCode(a.placeCode()) && "CVL".equals(a.code().substring(3)) && place == null) {
                // "rebels killed 46 villagers in northern Mali": armed men fight where the people they strike are
                place = a.placeCode().substring(0, 3);
                break;
            }
        }
        String target = targets.size() == 1 ? targets.get(0).code() : null;
        if (place == null && target != null && target.length() == 6 && Coreference.isCountryCode(target)
                && ("COP".equals(role.sector()) ? crowd(targets.get(0)) : (code.startsWith("14") || code.startsWith("171")) && EventAssembler.INSTITUTIONS.contains(target.substring(3)))) {
            // "police fired on protesters in Nairobi", "rallied outside parliament in Dhaka", "stormed the parliament in
            // Yerevan": a crowd that protests at or storms an institution is of its country
            place = target.substring(0, 3);
        }
        String sector = "UAF".equals(role.sector()) ? "REB" : role.sector(); // a militia placed is its place's rebels (S30-12)
        return place == null ? List.of()
                : List.of(role.withCodes(List.of(place + sector), ActorMention.Kind.COMPOSED, List.of("place:" + place)));
    }

    /** Militias, whom the sentence may place in a state as its rebels when they are a community's own (S30-12). */
    private static final WordSet MILITIAS = WordSet.of("militia", "militias", "militiaman", "militiamen");
    /** What makes a militia a community's own: "ethnic Dogon militiamen", "a local self-defence militia". */
    private static final WordSet COMMUNITY = WordSet.of("ethnic", "local", "community", "tribal", "village",
            "self-defence", "self-defense", "vigilante");
    /** Where a militia's modifiers end, reading back from its noun. */
    private static final WordSet NOUN_PHRASE_STARTS = WordSet.of("a", "an", "the", ",", "of", "from", "and", "by");

    /**
     * Armed men named only by their role whom the sentence may place in a state as its rebels: rebels by their
     * struggle; a community's militia ("ethnic Dogon militiamen", "a local self-defence militia", S30-12); militants or
     * fighters tied to a named group ("al-Qaeda-linked militants", "fighters of the al-Qaeda-linked Katiba Macina
     * group", S30-39). Not bare gunmen, militants or fighters, nor a militia of no stated community (R2, S32-27).
     */
    static boolean placedAsRebels(Sentence s, ActorMention role) {
        int head = role.end() - 1;
        if (ActorRecognizer.REBEL_WORDS.contains(s.token(head))) {
            return true;
        }
        if (MILITIAS.contains(s.token(head))) {
            for (int t = head - 1; t >= 0 && head - t <= 5 && !NOUN_PHRASE_STARTS.contains(s.token(t)); t--) {
                if (COMMUNITY.contains(s.token(t))) {
                    return true;
                }
            }
            return false;
        }
        int to = role.end() < s.size() && (s.lower(role.end()).equals("of") || s.lower(role.end()).equals("from"))
                ? Math.min(s.size(), role.end() + 4) : role.end();
        for (int t = Math.max(0, role.start() - 1); t < to; t++) {
            if (s.lower(t).endsWith("-linked") || s.lower(t).endsWith("-affiliated")) {
                return true;
            }
        }
        return false;
    }

    /** "the northern Mozambican town of Palma": a state's demonym alone before a settlement noun, "of" and a name. */
    private static boolean settlementDemonym(Sentence s, ActorMention a) {
        int end = a.end();
        return a.end() == a.start() + 1 && a.codes().size() == 1 && a.code() != null && a.code().length() == 3
                && Coreference.isCountryCode(a.code()) && end + 2 < s.size() && EventAssembler.SETTLEMENT_NOUNS.contains(s.token(end))
                && s.lower(end + 1).equals("of") && s.token(end + 2).isCapitalized();
    }

    /** Courts, prosecutors, investigators and police: the organs that arrest, try, charge and investigate at home. */
    private static final Set<String> JUSTICE = Set.of("JUD", "COP");
    /** Who urges or demands a leader's departure at home: its generals and the justice ("the army chief urged Morales to step down"). */
    private static final Set<String> OUSTERS = Set.of("JUD", "COP", "MIL");
    /** Office holders and politicians a state's justice acts on at home (not its civilians, firms or press: foreigners too). */
    private static final Set<String> OFFICE_HOLDERS = Set.of("GOV", "OPP", "MIL", "LEG", "JUD", "COP");

    /**
     * The role-only justice subject ("investigators", "a court", "prosecutors", "police") of an arrest, a trial, a
     * charge, an investigation or a release (17x, 116, 112x, 09x, 084x) whose one target is a named office holder or
     * politician of a state (a person the dictionaries know, not "a Russian diplomat", who may be abroad): that state's ("investigators detained impeached President Yoon" KORJUD, "a court
     * sentenced opposition leader Navalny" RUSJUD, "prosecutors charged former president Bolsonaro" BRAJUD); so are
     * the generals who urge or demand a named leader's departure (0241, 1041: "the army chief urged President Morales to
     * step down" BOLMIL) and the soldiers who seize or detain one (171, 173: "mutinous soldiers detained President Kabore"
     * BFAMIL, as the gold codes coups).
     */
    static List<ActorMention> domesticJustice(Sentence s, List<ActorMention> mentions, int group, List<ActorMention> targets, String code) {
        boolean ouster = code.startsWith("0241") || code.startsWith("1041");
        if (targets.size() != 1 || !(code.startsWith("17") || code.startsWith("116") || code.startsWith("112") || code.startsWith("09")
                || code.startsWith("084") || ouster)) {
            return List.of();
        }
        String target = targets.get(0).code();
        boolean named = targets.get(0).kind() == ActorMention.Kind.PERSON
                || targets.get(0).entries().stream().anyMatch(e -> e.startsWith("actors:people.txt"));
        if (!named || target == null || target.length() != 6 || !Coreference.isCountryCode(target) || !OFFICE_HOLDERS.contains(target.substring(3))) {
            return List.of();
        }
        // "Mutinous soldiers detained President Kabore": troops that seize or detain their state's leader are its military
        ActorMention role = roleSubject(s, mentions, group, ouster || code.startsWith("171") || code.startsWith("173") ? OUSTERS : JUSTICE);
        return role == null ? List.of()
                : List.of(role.withCodes(List.of(target.substring(0, 3) + role.sector()), ActorMention.Kind.COMPOSED,
                        List.of("domestic:" + target.substring(0, 3))));
    }

    /** The actor named only by a role of {@code sectors} right before the verb, in its clause; or null. */
    private static ActorMention roleSubject(Sentence s, List<ActorMention> mentions, int group, Set<String> sectors) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention a = mentions.get(i);
            if (a.end() > group) {
                continue;
            }
            for (int t = a.end(); t < group; t++) {
                if (Words.CLAUSE_BOUNDARIES.contains(s.token(t)) || s.lower(t).equals(",")) {
                    return null;
                }
            }
            if (objectOfParticipleBefore(s, a, group)) {
                return null;
            }
            ActorMention head = i > 0 ? headBeforeOf(s, mentions.get(i - 1), a) : null;
            if (head != null && head.kind() == ActorMention.Kind.AGENT_ONLY && sectors.contains(String.valueOf(head.sector()))) {
                return head; // "supporters of the junta attacked the embassy": the supporters act, not the junta
            }
            return a.kind() == ActorMention.Kind.AGENT_ONLY && sectors.contains(String.valueOf(a.sector())) ? a : null;
        }
        return null;
    }

    /**
     * "An earthquake struck Haiti, killing more than 1,200 people and flattening thousands of homes": the people are the
     * object of the participle before them, and the participle coordinated after "and" shares that one's subject.
     */
    private static boolean objectOfParticipleBefore(Sentence s, ActorMention a, int group) {
        if (group < 1 || group >= s.size() || !s.lower(group - 1).equals("and") || !s.lower(group).endsWith("ing")) {
            return false;
        }
        for (int t = a.start() - 1; t >= 0 && !s.lower(t).equals(",") && !Words.CLAUSE_BOUNDARIES.contains(s.token(t)); t--) {
            if (s.lower(t).endsWith("ing") && s.token(t).isWord() && !s.token(t).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** The role word {@code head} when {@code a} follows it after "of" or "of the" ("supporters of the junta"); or null. */
    private static ActorMention headBeforeOf(Sentence s, ActorMention head, ActorMention a) {
        int of = a.start() - 1;
        if (of > 0 && s.lower(of).equals("the")) {
            of--;
        }
        return of > 0 && s.lower(of).equals("of") && head.end() == of ? head : null;
    }

    /**
     * The actors of the first earlier verb that has any: its sources and targets (not the place it happened); and the
     * sources of later verbs before {@code v} whose act is of the same kind, the other side of a trade of acts
     * ("Hamas freed 24 hostages and Israel released 39 prisoners").
     */
    static List<ActorMention> partiesBefore(List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf,
                                            List<List<ActorMention>> targetsOf, int v) {
        for (int w = 0; w < v; w++) {
            if (!sourcesOf.get(w).isEmpty()) {
                List<ActorMention> parties = new ArrayList<>(sourcesOf.get(w));
                targetsOf.get(w).stream().filter(t -> !parties.contains(t) && !t.locative()).forEach(parties::add);
                String root = root(verbs.get(w));
                for (int x = w + 1; x < v && root != null; x++) {
                    if (root.equals(root(verbs.get(x)))) {
                        sourcesOf.get(x).stream().filter(a -> !parties.contains(a) && !a.locative()).forEach(parties::add);
                    }
                }
                return parties;
            }
        }
        return List.of();
    }

    private static String root(VerbMatch m) {
        String code = m.pattern().code();
        return code == null || code.length() < 2 ? null : code.substring(0, 2);
    }

    /**
     * The first role-only actor after the verb whose sector is one of {@code sectors}, as {@code country}'s:
     * "protested against the government" (a crowd's own institution), "arrested hundreds of protesters" (an
     * authority's own people). With {@code firstOnly} a resolved actor met first ends the search.
     */
    static List<ActorMention> ownRole(Sentence s, List<ActorMention> mentions, VerbMatch m, String country,
                                              Set<String> sectors, boolean firstOnly) {
        int from = Targets.victimsOfAttackNoun(s, m, m.pattern().code());
        for (ActorMention a : mentions) {
            if (a.start() < m.end()) {
                continue;
            }
            for (int t = from; t < a.start(); t++) {
                if (Targets.TARGET_STOPS.contains(s.token(t))) {
                    return List.of();
                }
            }
            if (firstOnly && a.isResolved()) {
                return List.of();
            }
            if (a.kind() == ActorMention.Kind.AGENT_ONLY && sectors.contains(String.valueOf(a.sector()))) {
                return foreigners(s, a) ? List.of() : List.of(asPeopleOf(a, country));
            }
        }
        return List.of();
    }

    /**
     * {@link #ownRole}, with the roles named alone that a list or an "including" adds to the first: "detained thousands
     * of soldiers and judges" (both), "arrested more than 600 people, among them opposition officials" (people and
     * opposition). Only role-only actors of {@code sectors} joined by list words; a named actor or any other word ends it.
     */
    static List<ActorMention> ownRoles(Sentence s, List<ActorMention> mentions, VerbMatch m, String country,
                                       Set<String> sectors, boolean firstOnly) {
        List<ActorMention> first = ownRole(s, mentions, m, country, sectors, firstOnly);
        if (first.isEmpty()) {
            return first;
        }
        List<ActorMention> out = new ArrayList<>(first);
        int end = first.get(0).end();
        for (ActorMention a : mentions) {
            if (a.start() < end) {
                continue;
            }
            if (!listedAfter(s, end, a.start()) || a.kind() != ActorMention.Kind.AGENT_ONLY
                    || !sectors.contains(String.valueOf(a.sector()))) {
                break;
            }
            ActorMention more = asPeopleOf(a, country);
            if (out.stream().noneMatch(o -> o.code().equals(more.code()))) {
                out.add(more);
            }
            end = a.end();
        }
        return out.size() == 1 ? first : List.copyOf(out);
    }

    private static final WordSet LIST_JOINS = WordSet.of("and", ",", "or", "including", "among", "them", "whom", "as",
            "well", "several", "some", "many", "dozens", "hundreds", "scores", "of", "at", "least", "more", "than", "other",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "a", "few", "senior",
            "top", "former", "prominent", "leading");

    /** Only list words and numbers stand between {@code from} and {@code to}, and one of them joins ("and", "including"). */
    private static boolean listedAfter(Sentence s, int from, int to) {
        boolean joined = false;
        for (int t = from; t < to; t++) {
            String w = s.lower(t);
            if (!LIST_JOINS.contains(s.token(t)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
            joined |= w.equals("and") || w.equals("including") || w.equals("among") || w.equals("or") || w.equals(",");
        }
        return joined;
    }

    private static final WordSet FOREIGNERS = WordSet.of("migrants", "migrant", "refugees", "refugee", "immigrants",
            "immigrant", "seekers", "asylum-seekers", "applicants");

    /**
     * S30-6: migrants, refugees and asylum seekers named with no nationality are no state's own people ("used water
     * cannon against migrants at the border"): they are never the acting state's civilians.
     */
    static boolean foreigners(Sentence s, ActorMention role) {
        return FOREIGNERS.contains(s.token(role.end() - 1));
    }

    /** A role named alone ("protesters", "students") as the people of {@code country} in that role. */
    static ActorMention asPeopleOf(ActorMention role, String country) {
        return role.withCodes(List.of(country + role.sector()), ActorMention.Kind.COMPOSED, List.of("own:" + country));
    }

    /**
     * "..., and Lima responded by expelling", "; Paris hit back by recalling": the actor that opens the last clause
     * between {@code from} and the connective at {@code connective}, when only a few words of a verb (not in the
     * dictionaries, or not coded) stand between it and the connective; or an empty list.
     */
    static List<ActorMention> clauseSubject(Sentence s, List<ActorMention> mentions, int from, int connective) {
        for (int b = connective - 1; b >= from; b--) {
            if (!CLAUSE_JOINS.contains(s.token(b))) {
                continue;
            }
            ActorMention a = ActorMention.startingAt(s, mentions, b + 1);
            if (a == null || a.locative() || a.possessive() || connective - a.end() > 4) {
                return List.of();
            }
            for (int t = a.end(); t < connective; t++) {
                if (!s.token(t).isWord() || Character.isUpperCase(s.token(t).text().charAt(0))) {
                    return List.of();
                }
            }
            return expandForward(s, mentions, a);
        }
        return List.of();
    }

    private static final WordSet CLAUSE_JOINS = WordSet.of("and", "but", ";");

    /**
     * "Lavrov said Finland had made a mistake by joining NATO": a gerund inside reported words is done by the reported
     * clause's subject (the actor right after the say-verb or its "that"), not by the speaker; empty when none.
     */
    static List<ActorMention> reportedSubject(Sentence s, List<ActorMention> mentions, VerbMatch said, int connective) {
        if (said.entry().kind() != VerbEntry.Kind.SAY || said.last() >= connective) {
            return List.of();
        }
        int at = s.lower(said.last()).equals("that") ? said.last() + 1 : said.last();
        ActorMention a = ActorMention.startingAt(s, mentions, at);
        return a == null || a.locative() || a.possessive() || a.end() >= connective ? List.of() : expandForward(s, mentions, a);
    }

    static int firstWithSources(List<List<ActorMention>> sourcesOf, int before) {
        for (int w = 0; w < before; w++) {
            if (!sourcesOf.get(w).isEmpty()) {
                return w;
            }
        }
        return -1;
    }

    /** A say-verb with a subject whose words end at most four tokens before the nominal at {@code noun}, or -1. */
    static int speakingRightBefore(List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf, int v, int noun) {
        for (int w = v - 1; w >= 0; w--) {
            VerbMatch said = verbs.get(w);
            if (said.last() <= noun && noun - said.last() <= 4 && said.entry().kind() == VerbEntry.Kind.SAY
                    && !sourcesOf.get(w).isEmpty()) {
                return w;
            }
        }
        return -1;
    }

    /** The last verb before {@code before} whose subject is the main verb's (the main verb itself at the latest). */
    static int nearestOfSubject(List<List<ActorMention>> sourcesOf, int before, int main) {
        for (int w = before - 1; w > main; w--) {
            if (sourcesOf.get(w).equals(sourcesOf.get(main))) {
                return w;
            }
        }
        return main;
    }

    /** An actor adjective right before a nominal form: "Chinese exports to Russia", "a Russian invasion". */
    static ActorMention modifier(Sentence s, List<ActorMention> mentions, int noun) {
        for (ActorMention m : mentions) {
            if (m.end() == noun && m.isResolved() && !m.locative() && m.end() - m.start() == 1
                    && (!m.possessive() && m.kind() != ActorMention.Kind.COREFERENCE
                    && Character.isUpperCase(s.token(m.start()).text().charAt(0)) && Words.demonymEnding(s.token(m.start()).text())
                    || s.token(m.start()).text().endsWith("ese"))) {
                return strikeOwner(s, m, noun); // "Israeli strikes on Gaza": Israel's military (S7-5)
            }
        }
        return null;
    }

    /**
     * The agent of a nominal form that ends in "by" ("a visit by Uzbek President Mirziyoyev to Astana", "an incursion by
     * Russian troops into"): the actor right after that "by", before the pattern's place or target; or null.
     */
    static ActorMention formAgent(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        if (!m.formText().endsWith(" by")) {
            return null;
        }
        int by = m.start() + m.formText().split(" ").length - 1;
        return by < s.size() && s.lower(by).equals("by") ? byAgent(s, mentions, by) : null;
    }

    /** "by Germany" after a passive verb or a nominal form. */
    static ActorMention byAgent(Sentence s, List<ActorMention> mentions, int from) {
        for (int i = from; i < Math.min(s.size(), from + 8); i++) {
            String w = s.lower(i);
            if (Words.CLAUSE_BOUNDARIES.contains(w) || w.equals(".") || i > from && Words.BE_FORMS.contains(w)) {
                return null; // "the attack on Kyiv was condemned by Poland": the "by" of the verb after, not the noun's
            }
            if (w.equals("by")) {
                int at = i + 1;
                // "by the EU", "by more than 40 Russian drones", "by dozens of Israeli jets"; a possessive pronoun
                // opens the agent as an article does ("by their Russian captors", "by his Chinese counterpart")
                while (at < s.size() && at - i <= 5 && (AGENT_QUANTIFIERS.contains(s.token(at))
                        || Targets.POSSESSIVE_PRONOUNS.contains(s.token(at)) || Clauses.number(s.lower(at)))) {
                    at++;
                }
                if (at + 1 < s.size() && s.lower(at + 1).equals("of") && agentHeadOf(s, mentions, at)) {
                    // "by the captain of a Chinese fishing boat", "by the crew of", "by a vote of the General Assembly":
                    // a role or a body's act whose "of" names who it is
                    at += 2;
                    while (at < s.size() && (s.lower(at).equals("a") || s.lower(at).equals("an") || s.lower(at).equals("the"))) {
                        at++;
                    }
                }
                for (ActorMention m : mentions) {
                    if (m.start() > i && m.start() <= at && m.isResolved()) {
                        ActorMention owned = m.possessive() ? ActorMention.startsAt(mentions, m.end() + 1) : null;
                        // "by Yemen's Houthis", "by Iran's Revolutionary Guards": the body after the state's 's acts
                        return owned != null && owned.isResolved() && !owned.locative() ? owned : m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Crews and votes, and a one-word role of no side that is no crowd ("captain"), before an "of" that names their actor. */
    private static boolean agentHeadOf(Sentence s, List<ActorMention> mentions, int at) {
        if (AGENT_HEADS_OF.contains(s.token(at))) {
            return true;
        }
        for (ActorMention role : mentions) {
            // not a crowd ("by thousands of supporters of the junta" are not the junta)
            if (role.start() == at && role.end() == at + 1 && !role.isResolved() && role.kind() == ActorMention.Kind.AGENT_ONLY
                    && !"CVL".equals(role.sector())) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet AGENT_HEADS_OF = WordSet.of("crew", "crews", "crewmen", "vote", "votes");

    /**
     * "The French embassy in Niamey was besieged by thousands of supporters of the junta": a crowd named only by role as
     * the by-agent of force or coercion, placed where the sentence places things (its first place); or null.
     */
    static ActorMention crowdByAgent(Sentence s, List<ActorMention> mentions, int from) {
        for (int i = from; i < Math.min(s.size(), from + 3); i++) {
            if (!s.lower(i).equals("by")) {
                continue;
            }
            ActorMention crowd = null;
            for (ActorMention m : mentions) {
                if (crowd == null && m.start() > i && m.start() <= i + 4 && m.kind() == ActorMention.Kind.AGENT_ONLY
                        && "CVL".equals(m.sector())) {
                    crowd = m;
                }
            }
            for (ActorMention m : crowd == null ? List.<ActorMention>of() : mentions) {
                if (m.locative() && m.placeCode() != null && Coreference.isCountryCode(m.placeCode())) {
                    String place = m.placeCode().substring(0, 3);
                    return crowd.withCodes(List.of(place + "CVL"), ActorMention.Kind.COMPOSED, List.of("place:" + place));
                }
            }
            return null;
        }
        return null;
    }

    /**
     * "Detainees said they had been beaten and tortured by riot police", "protesters in Minsk were tortured by police":
     * police named only by role as the by-agent of force or coercion on one state's people (named by role, placed or
     * standing for the speakers) are that state's own, as {@link #localPeople} reads the active voice; or null.
     */
    static ActorMention policeByAgent(Sentence s, List<ActorMention> mentions, int from, List<ActorMention> patients) {
        if (patients.size() != 1 || !crowd(patients.get(0))) {
            return null;
        }
        for (int i = from; i < Math.min(s.size(), from + 3); i++) {
            if (!s.lower(i).equals("by")) {
                continue;
            }
            for (ActorMention m : mentions) {
                if (m.start() > i && m.start() <= i + 3 && m.kind() == ActorMention.Kind.AGENT_ONLY && "COP".equals(m.sector())) {
                    String state = patients.get(0).code().substring(0, 3);
                    return m.withCodes(List.of(state + "COP"), ActorMention.Kind.COMPOSED, List.of("people:" + state));
                }
            }
            return null;
        }
        return null;
    }

    /** A company named as the owner of a plane, flight or ship ("a Ryanair plane", "Lufthansa flights"): the vehicle acts. */
    static boolean companyVehicle(Sentence s, List<ActorMention> sources) {
        return sources.size() == 1 && sources.get(0).code() != null && sources.get(0).code().endsWith("BUS")
                && sources.get(0).end() < s.size() && VEHICLES.contains(s.token(sources.get(0).end()));
    }

    static final WordSet VEHICLES = WordSet.of("plane", "planes", "flight", "flights", "jet", "jets", "airliner",
            "airliners", "aircraft", "ship", "ships", "vessel", "vessels", "tanker", "tankers", "passenger");

    static final WordSet AGENT_QUANTIFIERS = WordSet.of("the", "its", "a", "an", "more", "than", "at", "least",
            "some", "about", "around", "nearly", "almost", "over", "up", "to", "scores", "of");


    private static final WordSet ATTACKS = WordSet.of("strike", "strikes", "airstrike", "airstrikes", "air strike",
            "attack", "attacks", "raid", "raids", "bombing", "bombardment", "shelling", "barrage", "fire", "gunfire",
            "shellfire");

    /**
     * Attack nouns that name a state's armed forces at work (S7-5: "an Israeli strike" is ISRMIL, like missiles; "killed
     * by Armenian fire" is ARMMIL).
     */
    private static final WordSet MILITARY_ATTACKS = WordSet.of("strike", "strikes", "airstrike", "airstrikes", "raid",
            "raids", "bombardment", "shelling", "barrage", "fire", "gunfire", "shellfire");

    /**
     * The weapon an attack noun after a by-agent states, as R17 codes it: "by Armenian fire" 190 (no weapon named),
     * "by Israeli gunfire" or "sniper fire" 193, "by Russian shelling" or "artillery fire" 194, "in a Turkish drone
     * strike" 195; null for an attack that names no weapon ("in an Israeli strike", "in a Russian attack").
     */
    static String attackCode(Sentence s, ActorMention agent) {
        for (int t = agent.end(); t < Math.min(s.size(), agent.end() + 3); t++) {
            String w = s.lower(t);
            if (w.equals("fire") || w.equals("gunfire") || w.equals("shellfire")) {
                return w.equals("shellfire") || Targets.GROUND_WEAPONS.contains(s.token(t - 1)) ? "194"
                        : w.equals("gunfire") || SMALL_ARMS_WORDS.contains(s.token(t - 1)) ? "193" : "190";
            }
            if (w.equals("shelling") || w.equals("bombardment") || w.equals("barrage")) {
                return "194";
            }
            if (w.equals("airstrike") || w.equals("airstrikes") || (w.equals("strike") || w.equals("strikes") || w.equals("raid")
                    || w.equals("raids")) && AIR_WORDS.contains(s.token(t - 1))) {
                return "195";
            }
            if (ATTACKS.contains(s.token(t))) {
                return null;
            }
        }
        return null;
    }

    private static final WordSet SMALL_ARMS_WORDS = WordSet.of("sniper", "machine-gun", "rifle", "small-arms");
    /** The air weapons, and "air" itself as the modifier of a strike or raid ("an air strike"). */
    private static final WordSet AIR_WORDS = Targets.AIR_WEAPONS.with("air");

    /**
     * The subject of a verb of force named by the strike it owns ("An Israeli strike on a Beirut suburb killed", "Israeli
     * air strikes in Gaza killed"): a bare state whose strike, raid or shelling follows it within two words is its
     * military (S7-5); any other subject stays.
     */
    static ActorMention strikeSubject(Sentence s, ActorMention a, int verb) {
        for (int t = a.end(); t < Math.min(verb, a.end() + 3); t++) {
            if (MILITARY_ATTACKS.contains(s.token(t))) {
                return strikeOwner(s, a, t);
            }
            if (!AIR_WORDS.contains(s.token(t)) && !Targets.GROUND_WEAPONS.contains(s.token(t))) {
                return a;
            }
        }
        return a;
    }

    /** A bare state that owns the strike, raid or shelling at {@code noun} is its military (S7-5); others stay. */
    private static ActorMention strikeOwner(Sentence s, ActorMention a, int noun) {
        String c = a.code();
        return c.length() == 3 && Coreference.isCountryCode(c) && MILITARY_ATTACKS.contains(s.token(noun))
                ? a.withCodes(List.of(c + "MIL"), ActorMention.Kind.COMPOSED, List.of("strike of:" + c)) : a;
    }

    /**
     * "was killed in an Israeli strike", "died in a Russian missile attack": the attack's owner does the deed; a state
     * named only by the strike, raid or shelling is its military (S7-5), an "attack" or "bombing" leaves it bare.
     */
    static ActorMention attacker(Sentence s, List<ActorMention> mentions, int from) {
        if (from + 2 >= s.size() || !(s.lower(from).equals("in") || s.lower(from).equals("by"))) {
            return null;
        }
        int at = from + 1;
        while (at < s.size() && Words.ARTICLES.contains(s.token(at))) {
            at++;
        }
        for (ActorMention a : mentions) {
            if (a.start() == at && a.isResolved() && !a.possessive() && !a.locative()) {
                for (int t = a.end() - 1; t < Math.min(s.size(), a.end() + 3); t++) {
                    if (ATTACKS.contains(s.token(t))) {
                        return t >= a.end() ? strikeOwner(s, a, t) : a;
                    }
                }
            }
        }
        return null;
    }

    /** The possessor of a nominal form: "Putin's visit", "Xi Jinping's three-day visit". */
    static ActorMention possessor(Sentence s, List<ActorMention> mentions, int noun) {
        for (ActorMention m : mentions) {
            if (m.possessive() && m.isResolved() && m.end() + 1 <= noun && noun - (m.end() + 1) <= 2) {
                boolean clear = true;
                for (int i = m.end() + 1; i < noun; i++) {
                    clear &= s.token(i).isWord() && !Words.CLAUSE_BOUNDARIES.contains(s.token(i));
                }
                if (clear) {
                    return m;
                }
            }
        }
        return null;
    }

    private static final WordSet HARMED = WordSet.of("killed", "wounded", "injured", "hurt");

    /**
     * The side harmed in a fight a noun names after "were killed in" ("India said 20 of its soldiers were killed in a clash
     * with Chinese troops": INDMIL, the passive subject right before the verb group), or null: the fight is that side's,
     * not the reporter's.
     */
    static ActorMention harmedIn(Sentence s, List<ActorMention> mentions, int noun) {
        int in = noun - 1;
        while (in >= 0 && noun - in <= 3 && !s.lower(in).equals("in")) {
            in--;
        }
        if (in < 3 || !s.lower(in).equals("in") || !HARMED.contains(s.token(in - 1)) || !Clauses.BE.contains(s.token(in - 2))) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.end() == in - 2 && m.isResolved() && !m.locative() && !m.possessive()) {
                return m;
            }
        }
        return null;
    }

    private static final WordSet HIS_HER = WordSet.of("his", "her");

    /**
     * "arrested Sudan's President Omar al-Bashir during his visit": the person named as the nearest actor before "his" or
     * "her" right before {@code noun}, or null when the nearest actor is none (a state, a place, a group).
     */
    static ActorMention personBeforeHis(Sentence s, List<ActorMention> mentions, int noun) {
        if (noun < 1 || !HIS_HER.contains(s.token(noun - 1))) {
            return null;
        }
        ActorMention nearest = null;
        for (ActorMention a : mentions) {
            if (a.end() <= noun - 1 && (nearest == null || a.end() > nearest.end())) {
                nearest = a;
            }
        }
        return nearest != null && nearest.isResolved() && nearest.individual() && !nearest.locative() && !nearest.possessive()
                && nearest.code() != null && nearest.code().length() > 3 ? nearest : null;
    }

    private static final WordSet QUANTITIES = WordSet.of("thousands", "hundreds", "dozens", "millions", "scores",
            "tens", "crowds", "groups", "group", "number", "majority", "some", "many", "most", "all", "contingent",
            "delegation", "team", "battalion", "unit", "convoy", "fleet", "squadron", "detachment", "wave", "flotilla",
            "members");

    /** "Tens of thousands of Georgians", "a group of Russian soldiers", "members of the presidential guard": the actor after "of" heads the phrase. */
    static boolean quantityOf(Sentence s, int actor) {
        int of = actor - 1;
        if (of >= 0 && s.lower(of).equals("the")) {
            of--;
        }
        return of >= 1 && s.lower(of).equals("of") && QUANTITIES.contains(s.token(of - 1));
    }

    private static final WordSet SPOKESPEOPLE = WordSet.of("spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople");

    /** Those who serve "to" a person; an envoy "to" someone is sent to them. */
    private static final WordSet SERVANTS_TO = WordSet.of("aide", "aides", "adviser", "advisers", "advisor", "advisors");

    /**
     * "A spokesman for the Chinese embassy accused ...": the body a spokesperson speaks for is the subject; "a special
     * envoy of President Benigno Aquino apologised", "an aide to Putin said": so is the person an envoy or aide serves.
     */
    static boolean spokenFor(Sentence s, ActorMention a) {
        int p = a.start() - 1;
        if (p > 0 && s.lower(p).equals("the")) {
            p--;
        }
        return p > 0 && (s.lower(p).equals("for") && SPOKESPEOPLE.contains(s.token(p - 1))
                || a.individual() && (s.lower(p).equals("of") && Words.SERVANTS.contains(s.token(p - 1))
                        || s.lower(p).equals("to") && SERVANTS_TO.contains(s.token(p - 1))));
    }

    private static final WordSet HEADS_OF = WordSet.of("head", "chief", "commander", "leader");
    private static final WordSet CLAUSE_STARTS = WordSet.of(",", "and", "that");

    /**
     * "after the head of the armed forces urged him to step down": the body whose head opens the clause is the subject,
     * as the head acts for it; "summoned the head of the EU delegation" (an object) is left alone.
     */
    static boolean headedBy(Sentence s, ActorMention a) {
        int p = a.start() - 1;
        if (p > 0 && s.lower(p).equals("the")) {
            p--;
        }
        if (p < 2 || !s.lower(p).equals("of") || !HEADS_OF.contains(s.token(p - 1)) || !s.lower(p - 2).equals("the")) {
            return false;
        }
        int before = p - 3;
        return before < 0 || CLAUSE_STARTS.contains(s.token(before)) || Words.SUBORDINATORS.contains(s.token(before));
    }

    /** "After meeting Xi in California, Joe Biden told ...": the main clause's subject after the opening clause. */
    static List<ActorMention> subjectAfterComma(Sentence s, List<ActorMention> mentions, int from) {
        for (int i = from; i < s.size(); i++) {
            if (s.lower(i).equals(",")) {
                for (ActorMention m : mentions) {
                    if (m.start() == i + 1 && m.isResolved() && !m.locative()) {
                        return List.of(m);
                    }
                    if (m.start() == i + 2 && s.lower(i + 1).equals("the") && m.isResolved() && !m.locative()) {
                        return List.of(m);
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** The first actor of the sentence that is not after a preposition, a place or a possessor: its subject. */
    static List<ActorMention> firstSubject(Sentence s, List<ActorMention> mentions, int before) {
        for (ActorMention m : mentions) {
            if (m.start() >= before) {
                break;
            }
            if (!m.isResolved() || m.locative() || m.possessive()) {
                continue;
            }
            String prep = wordBefore(s, m);
            if (!OBJECT_PREPOSITIONS.contains(prep) || quantityOf(s, m.start())) {
                return expandBackward(s, mentions, m);
            }
        }
        return List.of();
    }

    private static final WordSet OBJECT_GAP_WORDS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "on", "upon");

    /** An actor right after an earlier verb (articles and titles between): that verb's object. */
    static boolean objectOfEarlierVerb(Sentence s, List<VerbMatch> verbs, int v, ActorMention m) {
        for (int w = 0; w < v; w++) {
            VerbMatch other = verbs.get(w);
            if (other.end() <= m.start() && m.start() - other.end() <= 2 && other.entry().kind() != VerbEntry.Kind.SAY) {
                boolean clear = true;
                for (int t = other.end(); t < m.start(); t++) {
                    clear &= OBJECT_GAP_WORDS.contains(s.token(t)) || Clauses.number(s.lower(t)); // "freed 32 soldiers"
                }
                if (clear) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The patient of a passive: the nearest actor before it, a possessor included ("Putin's visit was criticized"). */
    static List<ActorMention> passiveSubject(Sentence s, List<ActorMention> mentions, int group) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.end() > group) {
                continue;
            }
            if (group - m.end() > 10) {
                return List.of();
            }
            for (int t = m.end(); t < group; t++) {
                if (Words.CLAUSE_BOUNDARIES.contains(s.token(t)) || ATTRIBUTING.contains(s.token(t)) && !pronounSubject(s, t + 1, group)) {
                    // "the prosecutor said the journalist had been strangled by a Saudi team": the reported clause has a
                    // subject of its own, which the speaker is not ("Ukraine said it was attacked": a pronoun refers back)
                    return List.of();
                }
            }
            if (m.isResolved() && !m.locative()) {
                int p = m.start() - 1;
                while (p > 0 && (s.lower(p).equals("the") || Clauses.number(s.lower(p)))) {
                    p--; // "the annexation of four Ukrainian regions"
                }
                String prep = p >= 0 ? s.lower(p) : "";
                if (OBJECT_PREPOSITIONS.contains(prep) && possessorBefore(mentions, m) != null) {
                    // "Russia's invasion of Ukraine was condemned": the nominal's possessor is the patient
                    return List.of(possessorBefore(mentions, m));
                }
                return expandBackward(s, mentions, m);
            }
        }
        return List.of();
    }

    private static final WordSet SUBJECT_PRONOUNS = WordSet.of("it", "they", "he", "she", "we", "its", "their", "his", "her", "our");

    /** Whether the words of a reported clause before its verb group are, or include, a pronoun ("it", "two of its soldiers"). */
    private static boolean pronounSubject(Sentence s, int from, int group) {
        return SUBJECT_PRONOUNS.anyIn(s, from, group);
    }

    private static ActorMention possessorBefore(List<ActorMention> mentions, ActorMention m) {
        for (int i = mentions.indexOf(m) - 1; i >= 0 && m.start() - mentions.get(i).end() <= 4; i--) {
            if (mentions.get(i).possessive() && mentions.get(i).isResolved()) {
                return mentions.get(i);
            }
        }
        return null;
    }

    /** ", the White House said": the speaker of a trailing attribution. */
    static boolean attribution(Sentence s, ActorMention a) {
        int before = a.start() - 1;
        if (before >= 0 && Words.ARTICLES.contains(s.token(before))) {
            before--; // ", the UN said", ", a UN report found"
        }
        if (before >= 2 && (s.lower(before).equals("for") || s.lower(before).equals("of"))) {
            // ", a spokesman for the UN secretary-general said": the body the speaker serves
            int role = before - 1;
            while (role > before - ATTRIBUTION_TAIL && role > 0 && s.token(role).isWord()
                    && Character.isLowerCase(s.token(role).text().charAt(0)) && !s.lower(role).equals(",")) {
                role--;
            }
            before = role < before - 1 && s.lower(role).equals(",") ? role : before;
        }
        if (before < 0 || !s.lower(before).equals(",")) {
            return false;
        }
        // ", the Taliban government said", ", the UN special envoy for Myanmar said", ", a spokesman for the UN
        // secretary-general said": role words and the body served, with no punctuation, before the verb; ", the
        // British navy's trade office said": the body's office
        for (int verb = a.end(); verb < s.size() && verb <= a.end() + ATTRIBUTION_TAIL; verb++) {
            if (ATTRIBUTING.contains(s.token(verb))) {
                return true;
            }
            if (!s.token(verb).isWord() && !s.lower(verb).equals("'s") || Targets.TARGET_STOPS.contains(s.token(verb))) {
                return false;
            }
        }
        return false;
    }

    /** The most words between a trailing speaker and the verb of the attribution. */
    private static final int ATTRIBUTION_TAIL = 5;

    private static final WordSet LIGHT_VERBS = WordSet.of("made", "make", "makes", "making", "issued", "issue", "issues",
            "renewed", "renews", "launched", "launches", "undertook", "undertakes", "began", "begins", "started", "starts",
            "resumed", "resumes", "completed", "completes", "conducted", "conducts", "gave", "gives", "extended",
            "lodged", "delivered", "continued", "continues", "stepped", "announced", "paid", "pays", "wrapped", "concluded",
            "sent", "sends", "led", "leads", "offered", "offers", "mounted", "mounts",
            // "set up an open-ended inquiry into", "opened an independent investigation into": a body or inquiry formed
            "set", "sets", "opened", "opens", "established", "establishes");
    /** "ordered the expulsion of 60 diplomats", "authorised air strikes on": who orders an act is its source. */
    private static final WordSet ORDERING_VERBS = WordSet.of("ordered", "orders", "order", "ordering", "authorised",
            "authorized", "authorises", "authorizes", "approved", "approves", "decreed");
    private static final WordSet DETERMINERS = WordSet.of("a", "an", "the", "its", "his", "her", "their", "new", "up", "fresh",
            "first", "second", "another", "further", "formal", "official", "urgent");

    private static boolean lightVerb(String w) {
        return LIGHT_VERBS.contains(w) || ORDERING_VERBS.contains(w);
    }

    /**
     * "Qatar launched a mediation effort between ...", "renewed its appeal to Belgium": a nominal event
     * after a light verb has the light verb's subject as its source.
     */
    static List<ActorMention> lightVerbSubject(Sentence s, List<ActorMention> mentions, int noun) {
        int i = noun - 1;
        int day = 0;
        while (i >= 0 && noun - i - day <= 4 && !lightVerb(s.lower(i)) && !Targets.responsible(s, i)) {
            String w = s.lower(i);
            if (i > 0 && Words.WEEKDAYS.contains(s.token(i)) && s.lower(i - 1).equals("on")) {
                i -= 2; // "announced on Sunday their immediate withdrawal": the day between the verb and its object
                day += 2;
                continue;
            }
            if (!(DETERMINERS.contains(w) || s.token(i).isWord() && Character.isLowerCase(s.token(i).text().charAt(0))
                    && !Words.CLAUSE_BOUNDARIES.contains(w) && !OBJECT_PREPOSITIONS.contains(w))) {
                return List.of();
            }
            i--;
        }
        if (i >= 0 && Targets.responsible(s, i)) {
            i--; // "the Syrian government was responsible for a sarin attack", "Russia was behind the attack"
        } else if (i < 0 || !lightVerb(s.lower(i))) {
            return List.of();
        }
        int verb = Clauses.groupStart(s, i);
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention m = mentions.get(k);
            if (m.end() > verb) {
                continue;
            }
            if (verb - m.end() > 8) {
                return List.of();
            }
            for (int t = m.end(); t < verb; t++) {
                if (Words.CLAUSE_BOUNDARIES.contains(s.token(t)) || s.lower(t).equals(",")) {
                    return List.of();
                }
            }
            if (m.locative() && m.isResolved()) {
                continue; // "leaders meeting in Abuja on Thursday ordered ...": where they met, not who ordered
            }
            if (!m.isResolved() || m.possessive()) {
                return List.of();
            }
            String prep = wordBefore(s, m);
            return OBJECT_PREPOSITIONS.contains(prep) ? List.of() : expandBackward(s, mentions, m);
        }
        return List.of();
    }

    private static final String ROLE_ENTRY = "actors:agents.txt:";

    /** "China and Russia", "the United States, Britain and Australia": actors joined before this one. */
    static List<ActorMention> expandBackward(Sentence s, List<ActorMention> mentions, ActorMention last) {
        List<ActorMention> out = new ArrayList<>();
        out.add(last);
        ActorMention cur = last;
        boolean and = false;
        for (int i = mentions.indexOf(last) - 1; i >= 0; i--) {
            ActorMention prev = mentions.get(i);
            if (!joined(s, prev, cur) || cur == last && clauseJoin(s, prev, cur)
                    && !(i > 0 && joined(s, mentions.get(i - 1), prev) && s.lower(prev.start() - 1).equals(","))) {
                break;
            }
            and |= !s.lower(prev.end()).equals(",") || s.lower(cur.start() - 1).equals("and");
            if (prev.isResolved()) {
                out.add(0, prev);
            }
            cur = prev;
        }
        // "The United States, Germany, France and more than a dozen other countries expelled": a list whose
        // "and" joins an unnamed rest
        for (int i = last.end() + 1; i < Math.min(s.size(), last.end() + 8) && last.end() < s.size()
                && s.lower(last.end()).equals("and"); i++) {
            and |= s.lower(i).equals("other");
        }
        return and ? sharedRole(s, out) : List.of(last);
    }

    /**
     * "China and Russia's bombers", "Ukraine and Russia's foreign ministers": the role after the last owner's "'s" is
     * each owner's, so a bare country before it takes the same role.
     */
    private static List<ActorMention> sharedRole(Sentence s, List<ActorMention> list) {
        ActorMention last = list.get(list.size() - 1);
        String code = last.code();
        if (list.size() < 2 || last.kind() != ActorMention.Kind.COMPOSED || code == null || code.length() <= 3
                || last.end() - last.start() < 3 || !s.lower(last.start() + 1).equals("'s")
                || !code.startsWith(last.placeCode() == null ? "-" : last.placeCode())) {
            return list;
        }
        String role = code.substring(3);
        String roleEntry = last.entries().get(last.entries().size() - 1);
        if (!roleEntry.startsWith(ROLE_ENTRY + role + " ")) {
            return list; // "Hamas's negotiators": the group's own code, not a role the words give
        }
        for (int t = last.start() + 2; t < last.end(); t++) {
            if (Character.isUpperCase(s.token(t).text().charAt(0))) {
                return list; // "Turkmenistan and Afghanistan's Taliban administration": a body named as the last owner's own
            }
        }
        List<ActorMention> out = new ArrayList<>(list.size());
        for (ActorMention a : list) {
            boolean bare = a != last && a.kind() == ActorMention.Kind.NAMED && !a.possessive() && a.code() != null
                    && a.code().length() == 3 && Coreference.isCountryCode(a.code());
            out.add(bare ? a.withCodes(List.of(a.code() + role), ActorMention.Kind.COMPOSED, List.of(roleEntry)) : a);
        }
        return out;
    }

    /**
     * The whole list a pattern's slot landed in: "ordered diplomats from Argentina, Chile and Peru to leave", whose
     * slot passes over the place after "from" and fills with Chile, is aimed at all three.
     */
    static List<ActorMention> wholeList(Sentence s, List<ActorMention> mentions, ActorMention member) {
        List<ActorMention> forward = expandForward(s, mentions, member);
        List<ActorMention> all = expandBackward(s, mentions, forward.get(forward.size() - 1));
        return all.size() > forward.size() && all.containsAll(forward) ? all : forward;
    }

    static List<ActorMention> expandForward(Sentence s, List<ActorMention> mentions, ActorMention first) {
        List<ActorMention> out = new ArrayList<>();
        out.add(first);
        ActorMention cur = first;
        int idx = mentions.indexOf(first);
        int coordinated = 1;
        for (int i = idx + 1; idx >= 0 && i < mentions.size(); i++) {
            ActorMention next = mentions.get(i);
            if (!joined(s, cur, next) || cur == first && clauseJoin(s, cur, next)) {
                break;
            }
            boolean and = false; // "A, B and C" is a list; "A, the Israeli military said" is not
            for (int t = cur.end(); t < next.start(); t++) {
                and |= s.lower(t).equals("and") || s.lower(t).equals("&") || s.lower(t).equals("well");
            }
            if (next.isResolved()) {
                out.add(next);
            }
            if (and) {
                coordinated = out.size();
            }
            cur = next;
        }
        return out.subList(0, coordinated);
    }

    /**
     * ", and" between two actors that open no list ("expelled two Estonian diplomats, and Estonia condemned"):
     * the comma joins clauses; a list's serial comma comes after at least two items ("A, B, and C").
     */
    private static boolean clauseJoin(Sentence s, ActorMention a, ActorMention b) {
        int comma = a.end();
        return comma + 1 < b.start() && s.lower(comma).equals(",") && s.lower(comma + 1).equals("and");
    }

    /** "his Ukrainian counterpart", "his counterpart Kim Kye-gwan": a counterpart, named or not. */
    private static boolean counterpart(Sentence s, ActorMention b) {
        return Words.COUNTERPARTS.anyIn(s, b.start(), b.end());
    }

    /** Counts and articles that open the next item of a list of people: "and a", "and two", ", three". */
    private static final WordSet LIST_COUNTS = WordSet.of("a", "an", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "several");

    /** Rough quantities of people before "of" ("scores of Afghan civilians", "hundreds of Palestinian prisoners"). */
    private static final WordSet QUANTITY_NOUNS = WordSet.of("dozens", "scores", "hundreds", "thousands", "millions");

    private static final WordSet CLAUSE_AUXILIARIES = WordSet.of("were", "was", "are", "is", "had", "have", "has",
            "will", "would", "could", "remain", "remained");

    /** The item is followed by a finite verb ("hundreds of civilians fled", "40 civilians were wounded"). */
    private static boolean subjectOfVerb(Sentence s, ActorMention b) {
        if (b.end() >= s.size()) {
            return false;
        }
        String next = s.lower(b.end());
        return CLAUSE_AUXILIARIES.contains(next) || next.length() > 3 && next.endsWith("ed");
    }

    /** A count that opens a list item: a count word or a number in digits ("and 12 Ukrainian civilians"). */
    private static boolean listCount(String w) {
        return LIST_COUNTS.contains(w) || !w.isEmpty() && Character.isDigit(w.charAt(0))
                && w.chars().allMatch(c -> Character.isDigit(c) || c == ',');
    }

    private static boolean joined(Sentence s, ActorMention a, ActorMention b) {
        int gap = b.start() - a.end();
        if (gap < 1 || gap > 3) {
            return false;
        }
        StringBuilder between = new StringBuilder();
        for (int i = a.end(); i < b.start(); i++) {
            between.append(s.lower(i)).append(' ');
        }
        String w = between.toString().trim();
        if (ActorRecognizer.rankedDefinite(s, b.start()) && gap > 2) {
            w = w.substring(0, w.lastIndexOf(' ')); // "the army and the main opposition alliance": as "and the"
        }
        // "three Iranian generals and a drone maker", "two Russian and two Chinese bombers": a count opens the next item
        int count = w.lastIndexOf(' ');
        if (count > 0 && listCount(w.substring(count + 1))) {
            if (!LIST_COUNTS.contains(w.substring(count + 1)) && subjectOfVerb(s, b)) {
                return false; // "killed two soldiers and 40 civilians were wounded": the count opens a clause
            }
            w = w.substring(0, count);
            return w.equals("and") || w.equals(", and") || w.equals(",") && gap == 2;
        }
        // "killed 13 US troops and scores of Afghan civilians": a rough quantity opens the next item after "and"
        if (w.endsWith(" of") && w.startsWith("and ") && QUANTITY_NOUNS.contains(w.substring(4, w.length() - 3))) {
            return !subjectOfVerb(s, b); // not "and hundreds of Ukrainian civilians fled the city"
        }
        return w.equals("and") || w.equals(",") || w.equals(", and") || w.equals("and the") || w.equals(", the")
                || w.equals("as well as") || w.equals(", and the") || w.equals("&")
                // "criticism from EU leaders and from Ukraine's foreign ministry": the preposition repeated for each item
                || (w.equals("and from") || w.equals("and from the")) && a.start() > 0 && s.lower(a.start() - 1).equals("from")
                // "Sweden's and Finland's membership bids": coordinated owners of one object
                || (w.equals("'s and") || w.equals("'s , and") || w.equals("'s ,")) && b.possessive()
                // "France and its European allies", "Washington and its Western partners": the owner and its allies
                || (w.equals("and its") || w.equals("and their")) && Words.ALLY_NOUNS.contains(s.token(b.end() - 1))
                // "Hill and his North Korean counterpart Kim Kye-gwan held talks": the one and his counterpart
                || (w.equals("and his") || w.equals("and her") || w.equals("and its")) && counterpart(s, b);
    }

    /**
     * Helpers named after a material act join its doers: "airdropped food into Gaza, along with U.S. military aircraft",
     * "dropped supplies over Gaza with the help of US and French aircraft". Only aid, cooperation and force (06-08,
     * 18-20), only after "with the help of", "with help from" or a comma before "along with", "together with" or
     * "alongside" (without the comma "along with" may join the object: "sanctioned officials along with businessmen").
     */
    static List<ActorMention> withHelpers(Sentence s, List<ActorMention> mentions, VerbMatch m, String code,
                                          List<ActorMention> sources, List<ActorMention> targets) {
        if (code == null || sources.isEmpty() || !HELPED_ROOTS.contains(code.substring(0, 2)) || m.source() != null) {
            return sources; // "missiles fired by Iran with the help of ...": the by-agent its pattern took, whose help is unclear
        }
        for (int t = m.last(); t + 2 < s.size() && t - m.last() <= 12; t++) {
            String w = s.lower(t);
            if (w.equals(";") || w.equals("by") || Words.CLAUSE_BOUNDARIES.contains(s.token(t))) {
                return sources; // "missiles fired by Iran with the help of ...": a passive's agent, whose help is unclear
            }
            int after = -1;
            if (w.equals("with") && s.lower(t + 1).equals("the") && s.lower(t + 2).equals("help") && t + 3 < s.size()
                    && s.lower(t + 3).equals("of")) {
                after = t + 4;
            } else if (w.equals("with") && s.lower(t + 1).equals("help") && s.lower(t + 2).equals("from")) {
                after = t + 3;
            } else if (w.equals(",") && (s.lower(t + 1).equals("along") || s.lower(t + 1).equals("together"))
                    && s.lower(t + 2).equals("with")) {
                after = t + 3;
            } else if (w.equals(",") && s.lower(t + 1).equals("alongside")) {
                after = t + 2;
            }
            ActorMention helper = after < 0 ? null : ActorMention.startsAt(mentions, after);
            helper = helper != null || after < 0 ? helper : ActorMention.startingAt(s, mentions, after);
            if (helper != null && !sources.contains(helper) && !targets.contains(helper)) {
                List<ActorMention> out = new ArrayList<>(sources);
                for (ActorMention h : expandForward(s, mentions, helper)) {
                    if (!out.contains(h) && !targets.contains(h)) {
                        out.add(h);
                    }
                }
                return out;
            }
            if (after >= 0) {
                return sources;
            }
        }
        return sources;
    }

    private static final Set<String> HELPED_ROOTS = Set.of("06", "07", "08", "18", "19", "20");
}
