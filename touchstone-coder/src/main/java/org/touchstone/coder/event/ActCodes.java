package org.touchstone.coder.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.verb.VerbMatch;

/**
 * What a CAMEO code says about an act: cooperative or conflictual, force, reactions, acts on people,
 * and which codes take a place or a "by" phrase as their target.
 */
final class ActCodes {
    private ActCodes() {
    }

    /**
     * R5: the roots a participle after a comma may explain the same side's act just told with, and so is no act of its own
     * when that act already reached the same target: accusations (11), pledges (03), "..., deepening military ties with
     * the junta" after a delivery (06); not a threat ("blamed Israel, vowing a 'just punishment'" is two acts), nor a
     * deadline ("..., giving European signatories 60 days to save the deal" is an ultimatum of its own).
     */
    static boolean explains(String code) {
        return code.startsWith("11") || code.startsWith("03") || code.startsWith("06");
    }

    /** Disapproval, rejection and threats: the reactions that answer another actor's act. */
    static boolean reaction(String code) {
        return code.startsWith("11") || code.startsWith("12") && !code.startsWith("016") || code.startsWith("13");
    }

    /** Acts of disapproval, coercion and force (roots 11-20), whose denial is 016. */
    static boolean isConflictual(String code) {
        return code.length() >= 2 && code.charAt(0) == '1' || code.startsWith("20");
    }

    /** Measures one state takes against another: reduced relations and sanctions (16x, 1312, 1313), shows of force (15x). */
    static boolean measureAgainstState(String code) {
        return code != null && (code.startsWith("16") || code.startsWith("15") || code.startsWith("1312") || code.startsWith("1313"));
    }

    /** The states of the actors hit, bare, leaving out the actors' own ("the envoy of India" -> IND). */
    static List<ActorMention> statesOf(List<ActorMention> hit, List<ActorMention> actors) {
        List<ActorMention> states = new ArrayList<>();
        for (ActorMention t : hit) {
            ActorMention state = ownCountry(t);
            if (state.code() != null && actors.stream().noneMatch(a -> sameCountry(a, t))
                    && states.stream().noneMatch(o -> state.code().equals(o.code()))) {
                states.add(state);
            }
        }
        return states;
    }

    static boolean sameCountry(ActorMention a, ActorMention b) {
        String x = country(a.code());
        String y = country(b.code());
        return x != null && x.equals(y);
    }

    /**
     * "announced a mobilisation of Russian reservists", "put Russian nuclear forces on alert": a state's own forces
     * after a posture verb are the force moved, not whom the posture is aimed at.
     */
    static boolean ownForces(String code, List<ActorMention> sources, List<ActorMention> targets) {
        if (code == null || !code.startsWith("15") || sources.isEmpty() || targets.isEmpty()) {
            return false;
        }
        String own = country(sources.get(0).code());
        return own != null && targets.stream().allMatch(t -> t.code() != null && t.code().length() == 6
                && own.equals(country(t.code())) && t.code().endsWith("MIL")); // police at home stay a show of police power (153)
    }

    /** Bare countries as their governments ("ARM" -> "ARMGOV"): who rules by decree at home; other actors as they are. */
    static List<ActorMention> governmentOf(List<ActorMention> actors) {
        List<ActorMention> out = new ArrayList<>(actors.size());
        for (ActorMention a : actors) {
            String c = a.code();
            out.add(c != null && c.length() == 3 && Coreference.isCountryCode(c)
                    ? a.withCodes(List.of(c + "GOV"), ActorMention.Kind.COMPOSED, List.of("own:GOV")) : a);
        }
        return out;
    }

    /** A mention standing for the bare country of an actor ("BGDGOV" -> "BGD"), for self-directed acts. */
    static ActorMention ownCountry(ActorMention a) {
        String c = a.code();
        List<String> codes = c != null && Coreference.isCountryCode(c) ? List.of(c.substring(0, 3))
                : List.of();
        return new ActorMention(a.start(), a.end(), codes, ActorMention.Kind.COREFERENCE, false, false, null, false,
                a.entries());
    }

    /**
     * A resignation done (0831), or announced ("announced his resignation": 0341, S7-1): toward the resigner's country.
     * By name: announce's pattern is the dictionary's one 0341 of a resignation.
     */
    static boolean resignation(String code, String entry) {
        return code.startsWith("0831") || "0341".equals(code) && "announce".equals(entry);
    }

    /**
     * A resignation handed to an office of the resigner's own state ("emailed his resignation to the speaker of
     * parliament", "tendered her resignation to the president", "the cabinet submitted its resignation to the emir"):
     * the office receives the letter; the resignation is toward the country (S7-1), as one with no target.
     */
    static boolean resignationHandedOver(String code, List<ActorMention> sources, List<ActorMention> targets) {
        if (code == null || !(code.startsWith("0831") || "0341".equals(code)) || sources.isEmpty() || targets.isEmpty()) {
            return false;
        }
        String own = country(sources.get(0).code());
        return own != null && own.length() == 3 && targets.stream().allMatch(t -> own.equals(country(t.code())) && !own.equals(t.code()));
    }

    /**
     * Emergency rule whose only targets are the declaring state's own places or bodies ("martial law in Tibet",
     * "approved a state of emergency at the request of President Bukele"): it is imposed on the country, as with no
     * target, and the one who asked is none. People named as its object ("a curfew on protesters") stay.
     */
    static boolean emergencyRuleAtHome(String code, List<ActorMention> sources, List<ActorMention> targets) {
        if (code == null || !emergencyRule(code) || sources.isEmpty() || targets.isEmpty()) {
            return false;
        }
        String own = country(sources.get(0).code());
        return own != null && own.length() == 3 && targets.stream().allMatch(t -> own.equals(country(t.code()))
                && !t.code().endsWith("CVL"));
    }

    static String country(String code) {
        return code != null && Coreference.isCountryCode(code) ? code.substring(0, 3) : code;
    }

    /** Cooperative acts (roots 01-09) whose stated refusal is a 12x event. */
    static boolean isCooperative(String code) {
        return code.length() >= 2 && code.charAt(0) == '0' && code.compareTo("03") >= 0;
    }

    /** Sectors that use force on a state's own people (repression). */
    private static final Set<String> FORCES_AT_HOME = Set.of("COP", "MIL");
    /** Sectors that act on a state's own people: police, government, courts. */
    private static final Set<String> AUTHORITIES = Set.of("COP", "GOV", "JUD");

    /** A state's police, troops or security forces acting on that state's own civilians or opposition. */
    static boolean repression(List<ActorMention> sources, List<ActorMention> targets) {
        if (sources.isEmpty() || targets.isEmpty()) {
            return false;
        }
        for (ActorMention src : sources) {
            String c = src.code();
            if (c == null || c.length() != 6 || !Coreference.isCountryCode(c) || !FORCES_AT_HOME.contains(c.substring(3))) {
                return false;
            }
            for (ActorMention t : targets) {
                String d = t.code();
                if (d == null || d.length() != 6 || !d.startsWith(c.substring(0, 3)) || !EventAssembler.PROTESTERS.contains(d.substring(3))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every target is of the first source's own country ("protesters called for the president to resign"). */
    static boolean atHome(List<ActorMention> sources, List<ActorMention> targets) {
        String home = sources.isEmpty() ? null : country(sources.get(0).code());
        return home != null && !targets.isEmpty() && targets.stream().allMatch(t -> home.equals(country(t.code())));
    }

    /** Force and mass violence (roots 18-20). */
    static boolean isForce(String code) {
        return code != null && (code.startsWith("18") || code.startsWith("19") || code.startsWith("20"));
    }

    /** Coercion, assault, fighting or mass violence (17-20): acts done to someone by force or its threat in deed. */
    static boolean forceOrCoercion(String code) {
        return code != null && (code.startsWith("17") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20"));
    }

    /** A state's police or troops ("VENMIL"): the sectors that repress a state's own people. */
    static boolean forceAtHome(String code) {
        return code != null && code.length() == 6 && Coreference.isCountryCode(code)
                && FORCES_AT_HOME.contains(code.substring(3));
    }

    /** Armed or policing sectors (troops, rebels, militias, police, spies): who uses force in fact, not in words. */
    static boolean armed(String code) {
        return code != null && (code.endsWith("MIL") || code.endsWith("REB") || code.endsWith("UAF") || code.endsWith("COP")
                || code.endsWith("SPY"));
    }

    /** A state's rebels ("NGAREB"). */
    static boolean rebels(String code) {
        return code != null && code.length() == 6 && Coreference.isCountryCode(code) && code.endsWith("REB");
    }

    /** A state named bare ("Belarus", "RUS"). */
    static boolean bareState(String code) {
        return code != null && code.length() == 3 && Coreference.isCountryCode(code);
    }

    /** Two organs of one state ("RUSGOV", "RUSJUD"): no rival parties (OPP, REB), no civilians, not the bare state. */
    static boolean organsOfOneState(String a, String b) {
        return Coreference.stateOrgan(a) && Coreference.stateOrgan(b) && a.regionMatches(0, b, 0, 3);
    }

    /**
     * GOLD-SET rules on 173 vs 112x: a charge or indictment ("charged Netanyahu with bribery", "indicted Maduro for
     * narco-terrorism") brought by a state, its authorities, police or prosecutors, or an international court, is legal
     * action against the accused (173); brought by anyone else (a president, an opposition leader, a rebel group) it
     * stays an accusation (1121); "charged that ..." is words (112). An inquiry (090) opened by a state's police,
     * prosecutors or courts is a criminal investigation (091, session 34). Which verbs can be legal action is their
     * entry's {@code legal:} code (verbs.txt, {@link org.touchstone.coder.dict.VerbEntry#legalCode()}); null for none.
     */
    static String formalCharge(String legalCode, String code, List<ActorMention> sources) {
        if (legalCode == null || sources.isEmpty()) {
            return code;
        }
        if ("1121".equals(code)) {
            return sources.stream().allMatch(ActCodes::chargingBody) ? legalCode : code;
        }
        // an inquiry of no sharper kind opened by a state's police, prosecutors or courts ("prosecutors opened an
        // investigation into the president over ...") is a criminal investigation (091, 11 studied lines); a minister's,
        // the UN's or an international court's stays 090
        return "090".equals(code) && "091".equals(legalCode) && sources.stream().allMatch(ActCodes::lawEnforcer) ? legalCode : code;
    }

    /** A state's police or judiciary (prosecutors, courts, watchdogs, investigative committees). */
    private static boolean lawEnforcer(ActorMention a) {
        String code = a.code();
        return code != null && code.length() == 6 && Coreference.isCountryCode(code) && (code.endsWith("COP") || code.endsWith("JUD"));
    }

    /**
     * Who can bring a formal charge: a state, its police or courts, its government as a body ("the authorities", "the
     * justice ministry"; a president or minister charging is a politician's words), or a court of an organization.
     */
    private static boolean chargingBody(ActorMention a) {
        String code = a.code();
        if (code != null && code.length() == 6 && code.endsWith("GOV")) {
            return !a.individual() && authority(code);
        }
        return authority(code) || bareState(code) || code != null && code.startsWith("IGOJUD");
    }

    static boolean authority(String code) {
        return code != null && code.length() == 6 && Coreference.isCountryCode(code)
                && AUTHORITIES.contains(code.substring(3));
    }

    /**
     * A curfew, martial law or a state of emergency (1723, 1724): imposed on the declaring state's country, wherever
     * in it (the gold set: "in Port Moresby" -> PNG, "in Almaty" -> KAZ, "in six provinces" -> ECU).
     */
    static boolean emergencyRule(String code) {
        return code.startsWith("1723") || code.startsWith("1724");
    }

    /** People named by what they are, who can be seized but are not territory or property. */
    private static final WordSet PEOPLE_TAKEN = WordSet.of("soldiers", "soldier", "sailors", "marines", "troops", "servicemen",
            "hostages", "journalists", "journalist", "tourists", "citizens", "nationals", "crew", "crewmen", "fishermen",
            "civilians", "workers", "pilots", "pilot", "policemen", "guards", "officers", "students", "pupils", "schoolgirls",
            "villagers", "passengers", "observers", "monitors", "inspectors", "peacekeepers", "diplomats", "engineers",
            "missionaries", "personnel", "children");

    /**
     * "Iranian forces seized 15 British sailors", "Hezbollah fighters captured two Israeli soldiers": seizing or
     * capturing people is taking them (181), not taking territory (192) or property (1711); other codes stay.
     */
    static String peopleTaken(Sentence s, VerbMatch m, String code, List<ActorMention> targets) {
        if (code == null || !(code.equals("192") || code.equals("1711"))) {
            return code;
        }
        if (!m.nominal() && m.end() == m.last() && PEOPLE_TAKEN.contains(objectHead(s, m.end()))) {
            return "181"; // "shot down two jets and captured a pilot", "seized fifteen British navy personnel": the object's head names who
        }
        if (targets.size() != 1 || targets.get(0).locative()) {
            return code;
        }
        ActorMention t = targets.get(0);
        // "retook the village from Russian troops", "retook Izium as Russian troops abandoned their positions": the side it is taken from
        boolean takenFrom = t.start() > 0 && (s.lower(t.start() - 1).equals("from") || s.lower(t.start() - 1).equals("as"));
        // "confiscated the catch of Philippine fishermen": the pattern named what was taken, the people after "of" own it
        takenFrom |= m.last() > m.end() && t.start() > m.last() && s.lower(t.start() - 1).equals("of");
        return !takenFrom && PEOPLE_TAKEN.contains(s.token(t.end() - 1)) ? "181" : code; // the last word names who
    }

    /** People taken who are the military of the side they belong to. */
    private static final WordSet MILITARY_TAKEN = WordSet.of("soldiers", "soldier", "sailors", "marines", "troops",
            "servicemen", "pilots", "pilot", "personnel", "crew", "crewmen");

    /**
     * The side of people taken who are named only by their role ("a pilot", "two soldiers") in a verb phrase that
     * follows the same source's use of force (18-20) in the sentence: the side struck ("shot down two Indian jets and
     * captured a pilot" INDMIL, "crossed into Israel and captured two soldiers" ISRMIL), its military for soldiers,
     * pilots and crews, else its civilians; none when no such act came before.
     */
    static List<ActorMention> takenFromStruck(Sentence s, VerbMatch m, List<ActorMention> sources, List<CodedAct> out) {
        if (sources.size() != 1 || !sources.get(0).isResolved() || m.start() == 0 || !s.lower(m.start() - 1).equals("and")) {
            return List.of();
        }
        String head = objectHead(s, m.end());
        for (int i = out.size() - 1; i >= 0; i--) {
            CodedAct a = out.get(i);
            String c = a.code();
            boolean force = c.startsWith("18") || c.startsWith("19") || c.startsWith("20");
            if (force && a.source().equals(sources.get(0).code()) && a.target() != null && a.target().length() >= 3
                    && Coreference.isCountryCode(a.target()) && !a.target().startsWith(a.source().substring(0, 3))) {
                String side = a.target().substring(0, 3) + (MILITARY_TAKEN.contains(head) ? "MIL" : "CVL");
                return List.of(new ActorMention(m.end(), m.end() + 1, List.of(side), ActorMention.Kind.COREFERENCE, false, false,
                        null, false, List.of("taken:" + side)));
            }
        }
        return List.of();
    }

    /** Words that end a verb's object noun phrase: prepositions, conjunctions, relatives, a participle's comma. */
    private static final WordSet OBJECT_ENDS = WordSet.of("of", "in", "on", "at", "from", "near", "off", "along", "inside",
            "into", "during", "after", "before", "as", "and", "or", "but", "who", "which", "that", "with", "by", "for", "to",
            "over", "across", "outside", "around");
    /** Counts that take "of" before what they count: "hundreds of soldiers". */
    private static final WordSet COUNT_NOUNS = WordSet.of("hundreds", "dozens", "thousands", "scores", "group", "number");

    /**
     * The head word (lower case) of the noun phrase that starts at {@code from}, the object of a verb: its last word before
     * a preposition, a conjunction or a punctuation mark, within six words ("a pilot" -> pilot, "two Israeli soldiers" ->
     * soldiers, "dozens of soldiers" -> soldiers, "the village of Robotyne" -> village); "" when none.
     */
    static String objectHead(Sentence s, int from) {
        String head = "";
        for (int i = from; i < s.size() && i < from + 6; i++) {
            String w = s.lower(i);
            if (!s.token(i).isWord() || OBJECT_ENDS.contains(s.token(i))) {
                if (w.equals("of") && COUNT_NOUNS.contains(head)) {
                    continue; // "captured dozens of soldiers"
                }
                return head;
            }
            head = w;
        }
        return head;
    }

    /** Arrests and detentions (173), deportations (174), abductions and hostage-taking (181): acts on people held. */
    static boolean peopleHeld(String code) {
        return code.startsWith("173") || code.startsWith("174") || code.startsWith("181");
    }

    /** Acts done to people rather than to a state or a site: abduction (181), assault (182x), mass violence (201-203). */
    static boolean onPeople(String code) {
        return code.startsWith("1721") || code.startsWith("181")
                || code.startsWith("182") || code.startsWith("201") || code.startsWith("202") || code.startsWith("203");
    }

    /** The codes of the actors; a place or a destination takes the bare country ("visit to Beijing" -> CHN). */
    static List<String> codes(List<ActorMention> mentions, boolean target, String code) {
        List<String> out = new ArrayList<>();
        boolean placeLike = code != null && (code.startsWith("04") || code.compareTo("18") >= 0 && code.length() >= 2
                && Character.isDigit(code.charAt(0)) && code.charAt(0) != '0');
        for (ActorMention m : mentions) {
            if (!m.isResolved()) {
                continue;
            }
            if (target && placeLike && (m.kind() == ActorMention.Kind.METONYM || m.locative()) && m.placeCode() != null) {
                out.add(m.placeCode());
            } else {
                out.addAll(m.codes());
            }
        }
        return out;
    }

    /** Weapons that the agent words make a military actor of ("Russian S-400 missiles", "American F-16 jets"). */
    private static final WordSet WARES = WordSet.of("missile", "missiles", "jets", "jet", "tanks", "drones", "drone", "aircraft",
            "helicopters", "warplanes", "submarines", "submarine", "frigates", "frigate", "destroyers", "corvettes", "artillery");

    /**
     * "took delivery of the Russian S-400 missile system", "bought American F-16 jets": in a one-way arms purchase (062
     * without a reverse) weapons named by their maker's adjective are its wares, so the seller is the state, not its forces.
     */
    static List<ActorMention> makersOfWares(Sentence s, String code, String reverse, List<ActorMention> targets) {
        if (!"062".equals(code) || reverse != null) {
            return targets;
        }
        return targets.stream().map(t -> t.isResolved() && t.code() != null && t.code().endsWith("MIL") && t.codes().size() == 1
                && WARES.contains(s.token(t.end() - 1))
                ? t.withCodes(List.of(t.code().substring(0, t.code().length() - 3)), t.kind(), List.of()) : t).toList();
    }

    /** A force posture (15x) whose patient is armed forces or police: the force deployed or alerted. */
    static boolean placedForce(String code, List<ActorMention> subject) {
        // a posture (15x), or forces sent or flown to help a state (074: "Russian paratroopers were flown into Kazakhstan")
        return code != null && (code.startsWith("15") || code.startsWith("074")) && !subject.isEmpty() && subject.stream()
                .allMatch(a -> a.code() != null && (a.code().endsWith("MIL") || a.code().endsWith("COP")));
    }

    /**
     * A place is a target as a destination ("to", "into"), of force or posture, of a deployment, sanctions or an
     * investigation "in" it ("a force in Haiti", "sanctions on 500 targets in Russia", "an inquiry into war crimes in
     * Ukraine", curfews and martial law in it), of a commemoration, of a de-escalation in, from or of it, as the one asked "from" in refusals,
     * demands and appeals, and as the state whose diplomats or goods a 16x act sends back "from" it.
     */
    static boolean placeTarget(String code, String prep) {
        if (prep.equals("to") || prep.equals("into") || placeOfForce(code)) {
            return true;
        }
        if (code == null) {
            return false;
        }
        return code.startsWith("017")
                || prep.equals("in") && (code.startsWith("163") || code.startsWith("074") || code.startsWith("0334") || code.startsWith("087")
                        || code.startsWith("09") || code.startsWith("1721") || code.startsWith("1723") || code.startsWith("1724"))
                || prep.equals("from") && (fromNamesTarget(code) || code.startsWith("087") || internationalInvolvement(code))
                || prep.equals("of") && code.startsWith("087");
    }

    /** Force and posture (15, 18, 19, 20) strike or threaten a place; arrests or sanctions "in" a place do not. */
    static boolean placeOfForce(String code) {
        return code != null && (code.startsWith("15") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20"));
    }

    /**
     * A denial whose "by X" is the accuser ("rejected accusations by Washington", R8), an investigation whose
     * "by X" did what is investigated ("an inquiry into abuses by Ethiopian troops"), a refusal whose "by X" made the
     * request refused ("rejected calls by France for a ceasefire", R8).
     */
    static boolean byNamesTarget(String code) {
        return code != null && (code.startsWith("016") || code.startsWith("09") || code.startsWith("12"));
    }

    /** Allowing international involvement, done or promised (086x, 0355): the body let in is the target. */
    static boolean internationalInvolvement(String code) {
        return code != null && (code.startsWith("086") || code.startsWith("0355"));
    }

    /** Refusals, demands and appeals whose "from X" names the one asked (the requester, for a refusal). */
    static boolean asksFrom(String code) {
        return code != null && (code.startsWith("12") || code.startsWith("10") || code.startsWith("02"));
    }

    /**
     * Whose "from X" is the target: the one asked ({@link #asksFrom}), and the state relations are cut with in a 16x
     * act ("recalled its ambassador from Israel", "ordered diplomats from Argentina to leave", "halted imports from").
     */
    static boolean fromNamesTarget(String code) {
        return asksFrom(code) || code != null && code.startsWith("16");
    }
}
