package org.touchstone.coder.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.ModalityCodes;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Turns verb matches and actors into events: finds the source (subject, by-agent of a passive,
 * possessor of a nominal form) and the target (pattern slot or the first actor after the verb),
 * applies negation, refusal, denial and intent, and expands coordinated actors. Stateless.
 */
public final class EventAssembler {
    private static final Set<String> AUXILIARIES = Set.of("did", "does", "do", "has", "have", "had", "was", "were",
            "is", "are", "be", "been", "being", "will", "would", "could", "should", "can", "may", "might", "must",
            "shall", "'ll", "also", "still", "yet", "reportedly", "already", "not", "n't", "never", "to", "now",
            "then", "jointly", "further", "again", "formally", "officially", "repeatedly", "publicly", "strongly",
            "firmly", "sharply", "swiftly", "quickly", "immediately", "finally", "recently", "previously", "once",
            "effectively", "unanimously", "separately", "personally", "directly", "openly", "reluctantly", "on",
            "mistakenly", "allegedly", "just", "even", "always", "no", "longer", "neither", "nor", "without", "ever",
            "only", "subsequently", "later", "earlier", "eventually", "indeed", "both", "continue", "continues");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "neither", "nor", "without", "no");
    private static final Set<String> MODALS = Set.of("will", "would", "'ll", "shall", "could", "might", "may");
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "be", "being", "got", "get", "gets");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("met", "held", "hit", "shot", "struck", "sent",
            "made", "given", "told", "sold", "seen", "brought", "taken", "cut", "broken", "frozen", "shut", "put",
            "laid", "paid", "led", "bought", "fought", "won", "beaten", "forgiven", "withdrawn", "shot down", "downed");
    private static final Set<String> BOUNDARIES = Set.of(";", ":", "that", "which", "because", "but", "while",
            "although", "whereas", "if", "unless", "saying", "\"");
    /** Where the search for a target stops: the next clause. */
    private static final Set<String> TARGET_STOPS = Set.of("as", "when", "where", "amid", "during", "after", "before",
            "since", "while", "and", "saying", "who", "which", "that", ";", ":", ".", "\"", "but", "because", "if",
            "following", "despite", "ahead", "until", "unless", "whereas", "according");
    /** The verb of a trailing attribution (", the White House said"), whose subject is no target. */
    private static final Set<String> ATTRIBUTING = Set.of("said", "says", "told", "announced", "added", "stated",
            "reported", "confirmed", "noted", "tweeted", "wrote");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("with", "against", "for", "about", "on", "to", "by",
            "over", "from", "than", "toward", "towards", "into", "between", "at", "in", "of");
    private static final Set<String> GLUE = Set.of("to", "not", "also", "further", "jointly", "immediately", "again",
            "soon", "formally", "officially", "be", "have", "help", "continue", "swiftly", "quickly", "fully",
            "eventually", "finally", "gradually", "personally", "publicly");

    public List<CodedAct> assemble(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs) {
        return assemble(s, mentions, verbs, new ArrayList<>());
    }

    /**
     * As {@link #assemble(Sentence, List, List)}, and fills {@code untargeted} with the speech acts
     * whose words name no target ("the ministry condemned the attack"): they are no events but are
     * their speaker's statements. Their target is null.
     */
    public List<CodedAct> assemble(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, List<CodedAct> untargeted) {
        int n = verbs.size();
        boolean[] suppressed = new boolean[n];
        boolean[] intent = new boolean[n];
        String[] override = new String[n];
        VerbEntry.Governs[] governedBy = new VerbEntry.Governs[n];
        String[] obligationOf = new String[n];
        // complements: "agreed to visit" (intent), "refused to sign" (refusal), "denied attacking"; a verb
        // coordinated with a complement is governed alike ("agreed to restore ties and reopen embassies")
        for (int v = 1; v < n; v++) {
            VerbMatch g = verbs.get(v - 1);
            VerbMatch c = verbs.get(v);
            boolean direct = linked(s, g, c);
            VerbEntry.Governs governs;
            if (direct) {
                governs = g.entry().governs();
            } else if (governedBy[v - 1] != null && coordinatedComplement(s, g, c)) {
                governs = governedBy[v - 1];
            } else {
                continue;
            }
            if (governs != VerbEntry.Governs.NONE) {
                governedBy[v] = governs;
            }
            String cCode = c.pattern().code();
            switch (governs) {
                case INTENT -> {
                    if (cCode != null) {
                        suppressed[v - 1] |= direct; // the governor gives way; a coordinated complement does not
                        intent[v] = true;
                    }
                }
                case REFUSAL -> {
                    if (direct && !"011".equals(g.pattern().code())) {
                        override[v - 1] = ModalityCodes.refusalOf(cCode);
                    }
                    suppressed[v] = true;
                }
                case DENIAL -> suppressed[v] = true;
                case NEGATION -> {
                    suppressed[v - 1] |= direct;
                    suppressed[v] = true;
                }
                default -> {
                }
            }
        }
        // R4, R8: what is denied or only alleged is not asserted ("denied that Tehran had supplied drones",
        // "is examining allegations that security forces abused detainees")
        for (int v = 0; v < n; v++) {
            if (!verbs.get(v).nominal() && allegedContent(s, verbs, groupStart(s, verbs.get(v).start()))) {
                suppressed[v] = true;
            }
        }
        // a verb inside the words an earlier pattern used is part of that act ("demanded that Israel
        // allow aid", "rejected accusations"): it is not asserted on its own; a governor that gave
        // way to its complement ("promised to deliver tanks to Ukraine") owns no words
        for (int v = 1; v < n; v++) {
            for (int w = 0; w < v; w++) {
                VerbMatch g = verbs.get(w);
                if (!suppressed[w] && g.pattern().code() != null && g.last() > verbs.get(v).start() && g.end() <= verbs.get(v).start()) {
                    suppressed[v] = true;
                }
            }
        }
        List<CodedAct> out = new ArrayList<>();
        List<List<ActorMention>> sourcesOf = new ArrayList<>();
        List<List<ActorMention>> targetsOf = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            sourcesOf.add(List.of());
            targetsOf.add(List.of());
            VerbMatch m = verbs.get(v);
            int group = groupStart(s, m.start());
            boolean negated = negated(s, group, m.start());
            if (negated && v + 1 < n && linked(s, m, verbs.get(v + 1))) {
                suppressed[v + 1] = true;
            }
            if (m.nominal() && (background(s, m.start(), m.pattern().code()) || calledOff(s, m.last()) || responseObject(s, verbs, v)
                    || prepositionObject(s, mentions, m.start()) || meansOfHarm(s, mentions, m.start()))) {
                continue; // R7: "after the invasion"; "Blinken's trip to China was postponed" did not happen
            }
            if (!m.nominal() && describedRecord(s, m.start())) {
                continue; // "..., the highest-ranking American official to visit Taiwan in 25 years": a description
            }
            if (!m.nominal() && (sinceClause(s, mentions, m.start()) || conditionClause(s, m.start()))) {
                // R7: "Since Russia invaded Ukraine, Finland has joined NATO": the time frame, not news; "if
                // Washington wanted to end the fighting, it should ...": a condition, not an act
                continue;
            }
            String code = override[v] != null ? override[v] : m.pattern().code();
            if (!m.nominal() && m.start() > 0 && NOUN_PREPOSITIONS.contains(s.lower(m.start() - 1))
                    && !m.formText().endsWith("ing")) {
                continue; // "advised against travel to Tunisia": a verb's form used as a noun
            }
            if (!m.nominal() && code != null && code.startsWith("045") && group == m.start() && m.formText().endsWith("ed")
                    && m.end() < s.size() && s.lower(m.end()).equals("by")) {
                // "a deal brokered by Qatar, Egypt and the United States": the mediators toward each party of the
                // sentence's first act
                ActorMention agent = byAgent(s, mentions, m.end());
                List<ActorMention> parties = partiesBefore(sourcesOf, targetsOf, v);
                if (agent != null && !parties.isEmpty()) {
                    emit(s, m, code, null, expandForward(s, mentions, agent), parties, out);
                }
                continue;
            }
            if (!m.nominal() && group == m.start() && m.formText().endsWith("ed") && m.end() < s.size()
                    && s.lower(m.end()).equals("by")) {
                // the clause's subject carries on past the participle ("Hamas, supported by Iran, fired ...")
                if (afterCommonNoun(s, mentions, m.start())) {
                    sourcesOf.set(v, v > 0 ? sourcesOf.get(v - 1) : List.of());
                    continue; // "a loan backed by frozen assets", "a resolution backed by the United States": the noun's modifier
                }
                ActorMention patient = m.start() > 1 && s.lower(m.start() - 1).equals(",") ? endingAt(mentions, m.start() - 1) : null;
                ActorMention agent = byAgent(s, mentions, m.end());
                if (patient != null && agent != null && code != null) {
                    // "the Houthis, backed by Iran, attacked ...": an apposition whose by-agent acts on the actor before it
                    emit(s, m, code, m.pattern().reverseCode(), expandForward(s, mentions, agent), List.of(patient), out);
                    sourcesOf.set(v, expandBackward(s, mentions, patient));
                    continue;
                }
            }
            boolean reduced = !m.nominal() && reducedPassive(s, mentions, group, m, code);
            if (reduced && !(m.end() < s.size() && s.lower(m.end()).equals("by")) && attacker(s, mentions, m.end()) == null) {
                continue; // R2: "ten Russian soldiers killed in Ukraine": an agentless passive
            }
            boolean passive = !m.nominal() && (reduced || isPassive(s, group, m));
            List<ActorMention> sources;
            List<ActorMention> targets;
            if (passive) {
                // "was greeted by Kim": the by-agent right after the verb, even where a pattern slot took it
                ActorMention agent = byAgent(s, mentions, m.end());
                if (agent == null) {
                    agent = attacker(s, mentions, m.end()); // "was killed in an Israeli strike": Israel's act (R2)
                }
                List<ActorMention> subject = passiveSubject(s, mentions, group);
                sources = agent == null ? List.of() : expandForward(s, mentions, agent);
                targets = subject;
                if (subject.stream().noneMatch(ActorMention::isResolved) && agent != null) {
                    // "sanctions were imposed on Iran by the EU": a thing undergoes it, the actor after the verb is the target
                    int by = agent.start();
                    targets = m.target() != null ? expandForward(s, mentions, m.target())
                            : target(s, mentions, m, code).stream().filter(t -> t.start() < by).toList();
                }
                if (agent == null && placedForce(code, subject)) {
                    // R2: "Russian troops were placed on high alert along the border with Finland": the force
                    // put in position is the actor of the posture, aimed where the sentence points it
                    sources = subject;
                    targets = target(s, mentions, m, code);
                }
            } else if (m.nominal() && possessor(s, mentions, m.start()) == null && reciprocalBetween(s, m, code)) {
                // "Fighting between Sudan's army and the RSF continued": the parties act on each other
                sources = betweenParties(s, mentions, m);
                targets = List.of();
            } else if (m.nominal()) {
                ActorMention possessor = possessor(s, mentions, m.start());
                ActorMention agent = possessor != null ? possessor : byAgent(s, mentions, m.last());
                if (agent == null) {
                    agent = modifier(s, mentions, m.start());
                }
                sources = agent == null ? lightVerbSubject(s, mentions, m.start()) : List.of(agent);
                targets = m.target() != null ? expandForward(s, mentions, m.target()) : nominalTarget(s, mentions, m, agent);
                if (agent == null && adverbial(s, m.start())) {
                    // "during his visit to Russia", "during a phone call", "at their meeting": the
                    // main clause's subject (and, for a meeting, its partner) take part (R1)
                    int main = firstWithSources(sourcesOf, v);
                    if (main >= 0) {
                        sources = sourcesOf.get(main);
                        if (targets.isEmpty() && code != null && code.startsWith("04")) {
                            // the partner of the nearest verb of the same subject: "rejected calls for a Palestinian
                            // state, telling Biden in a phone call" is a call with Biden
                            targets = mainTargets(s, mentions, verbs.get(nearestOfSubject(sourcesOf, v, main)), sources);
                            if (targets.isEmpty()) {
                                targets = mainTargets(s, mentions, verbs.get(main), sources);
                            }
                        } else if (code != null && code.startsWith("044") && sources.size() == 1) {
                            targets = partnerAtThirdPlace(s, mentions, verbs.get(main), sources.get(0), targets);
                        }
                    } else {
                        sources = firstSubject(s, mentions, m.start());
                        if (sources.isEmpty()) {
                            // "In a phone call with Xi, Biden warned ...": the subject after the opening phrase
                            sources = subjectAfterComma(s, mentions, m.last());
                        }
                        sources = sources.equals(targets) ? List.of() : sources;
                    }
                }
            } else {
                List<ActorMention> subject = subject(s, mentions, verbs, v, sourcesOf, group, suppressed);
                sources = m.source() != null ? expandForward(s, mentions, m.source()) : subject;
                if (m.target() != null && code != null && code.startsWith("04") && venue(s, m.target())) {
                    // "flew to the G7 summit in Hiroshima": a visit to Japan; "met at the NATO summit": no one
                    ActorMention place = placeOfVenue(s, mentions, m.target());
                    targets = place != null && code.startsWith("042") ? List.of(place) : List.of();
                } else if (m.target() != null) {
                    ActorMention hosted = placeOfForce(code) ? hosted(s, mentions, m.target()) : null;
                    targets = beforeNextClause(s, verbs, expandForward(s, mentions, hosted != null ? hosted : m.target()));
                    if (targets.stream().noneMatch(ActorMention::isResolved) && placeOfForce(code)) {
                        // "air strikes on militant camps in Pakistan": force on people the dictionaries do not
                        // place falls where the sentence places it
                        List<ActorMention> placed = target(s, mentions, m, code);
                        targets = placed.isEmpty() ? targets : placed;
                    }
                } else if (m.source() != null) {
                    targets = subject; // "Syria received aid from the UAE": the giver is the source, the subject the target
                } else {
                    targets = beforeNextClause(s, verbs, target(s, mentions, m, code));
                }
            }
            sourcesOf.set(v, sources);
            int earlier = v - 1;
            while (earlier > 0 && suppressed[earlier]) {
                earlier--; // "demanded that Canada release X and warned": the demand, not the release inside it
            }
            if (targets.isEmpty() && v > 0 && group > 0 && s.lower(group - 1).equals("and")
                    && m.entry().kind() == VerbEntry.Kind.VERBAL && sources.equals(sourcesOf.get(earlier))) {
                targets = targetsOf.get(earlier);
            }
            targetsOf.set(v, targets);
            if (!m.nominal() && group == m.start() && m.formText().endsWith("ing") && m.start() > 0
                    && endsActor(mentions, m.start()) && !s.lower(m.start() - 1).equals(",")) {
                continue; // "Western countries sending troops ... would face": a reduced relative, not an assertion
            }
            if (!m.nominal() && group == m.start() && m.formText().endsWith("ing") && afterNoun(s, verbs, m.start())
                    && !adoptedText(s, m.start() - 1)) {
                continue; // "a resolution demanding a ceasefire": a participle modifying a noun
            }
            if (!m.nominal() && m.formText().endsWith("ing") && m.start() > 0 && GERUND_PREPOSITIONS.contains(s.lower(m.start() - 1))) {
                // "warned the West against sending troops", "barred X from entering", "accused China of supplying
                // weapons to Russia" (R4: what is alleged is not coded): not asserted
                continue;
            }
            if (!m.nominal() && m.formText().endsWith("ing") && inIncludingList(s, m.start())) {
                continue; // "13 demands, including closing Al Jazeera and cutting ties with Iran": what was demanded
            }
            if (targets.isEmpty() && code != null && (code.startsWith("0831") || emergencyRule(code)) && !sources.isEmpty()) {
                // "X resigned": 0831 toward X's country; "declared a state of emergency": imposed on the country
                targets = List.of(ownCountry(sources.get(0)));
            }
            if (targets.isEmpty() && "1722".equals(code) && sources.size() == 1 && sources.get(0).code() != null
                    && sources.get(0).code().length() == 6 && Coreference.isCountryCode(sources.get(0).code())
                    && (sources.get(0).code().endsWith("MIL") || sources.get(0).code().endsWith("REB"))) {
                // "Myanmar's military seized power in a coup": taken from its own government (the gold set's coup
                // code); a party that "took power" after an election is no coup
                ActorMention taker = sources.get(0);
                targets = List.of(taker.withCodes(List.of(taker.code().substring(0, 3) + "GOV"), ActorMention.Kind.COMPOSED,
                        List.of("own:GOV")));
            }
            if (targets.isEmpty() && code != null && code.startsWith("016") && !sources.isEmpty()) {
                // "X accused Y of Z, which Y denied", "..., an accusation Tehran dismissed as baseless": the accuser (R8)
                targets = answeredAccuser(s, verbs, sourcesOf, v, sources.get(0));
            }
            List<ActorMention> reporter = reporterOf(s, verbs, sourcesOf, v);
            String obligation = obligation(s, group, m.start());
            if (obligation == null && v > 0 && group > 0 && s.lower(group - 1).equals("and") && obligationOf[v - 1] != null
                    && !sources.isEmpty() && sources.equals(sourcesOf.get(v - 1))) {
                obligation = obligationOf[v - 1]; // "should stop arming Taiwan and support reunification": both asked
            }
            obligationOf[v] = obligation;
            if (obligation == null && hopedFor(s, verbs, v, group)) {
                obligation = "should"; // R10: "hoped the United States would expand training" is an appeal
                reporter = sourcesOf.get(hopeOf(verbs, v));
            }
            if (obligation != null && reporter.isEmpty()) {
                reporter = trailingSpeaker(s, mentions, m.last()); // "The West must stop arming Kyiv, Lavrov said"
            }
            if (!suppressed[v] && code == null && obligation != null && m.entry().kind() == VerbEntry.Kind.ACT
                    && !negated && !reporter.isEmpty() && !sources.isEmpty()) {
                // "Rutte said Beijing must stop supplying components": an appeal or demand all the same
                emit(s, m, "should".equals(obligation) ? ModalityCodes.appealOf(null) : ModalityCodes.demandOf(null),
                        null, reporter, sources, out);
                continue;
            }
            if (suppressed[v] || code == null || m.entry().kind() == VerbEntry.Kind.SAY && m.pattern().code() == null) {
                continue;
            }
            if (!passive && !m.nominal() && !code.startsWith("18") && !code.startsWith("19") && !code.startsWith("20")) {
                // "Thousands of protesters rallied in Tbilisi against the government": people named only by
                // their role protest where the sentence places them, against that place's government
                if (sources.stream().noneMatch(ActorMention::isResolved)) {
                    sources = localPeople(s, mentions, group, LOCALS, targets, code);
                }
                if (targets.stream().noneMatch(ActorMention::isResolved) && sources.size() == 1 && crowd(sources.get(0))) {
                    targets = ownRole(s, mentions, m, sources.get(0).code().substring(0, 3), INSTITUTIONS, false);
                    if (targets.isEmpty() && (code.startsWith("14") || code.startsWith("171") && sources.get(0).code().endsWith("CVL"))) {
                        // "marched in Hong Kong against a bill", "went on hunger strike", "rallied in Tbilisi": a
                        // crowd's protest that names no one else is against its own government
                        targets = List.of(sources.get(0).withCodes(List.of(sources.get(0).code().substring(0, 3) + "GOV"),
                                ActorMention.Kind.COMPOSED, List.of("own:GOV")));
                    }
                }
                if (targets.stream().noneMatch(ActorMention::isResolved) && sources.size() == 1 && authority(sources.get(0).code())) {
                    // "Venezuelan police arrested hundreds of people protesting": a state's police, government or
                    // courts act on its own people when no other country is named
                    targets = ownRole(s, mentions, m, sources.get(0).code().substring(0, 3), PROTESTERS, true);
                }
            }
            boolean rioting = false;
            if (!passive && !m.nominal() && (code.startsWith("18") || code.startsWith("19"))
                    && sources.stream().noneMatch(ActorMention::isResolved)) {
                sources = localPeople(s, mentions, group, POLICE, targets, code); // "police opened fire on protesters in Nairobi"
                if (sources.isEmpty()) {
                    // "protesters besieged the embassy in Niamey": a crowd named only by its role that uses force riots
                    sources = localPeople(s, mentions, group, CROWDS, targets, code);
                    rioting = !sources.isEmpty();
                }
            }
            if (!passive && !m.nominal() && (code.startsWith("18") || code.startsWith("19")) && sources.size() == 1
                    && sources.get(0).code() != null && sources.get(0).code().endsWith("COP") && authority(sources.get(0).code())
                    && targets.stream().noneMatch(ActorMention::isResolved)) {
                // "security forces fired on protesters": a state's police use force at home, on its own people
                targets = ownRole(s, mentions, m, sources.get(0).code().substring(0, 3), PROTESTERS, true);
            }
            boolean modal = intent[v] || hasModal(s, group, m.start());
            String reverse = m.pattern().reverseCode();
            if (obligation != null && !negated && !reporter.isEmpty() && !sources.isEmpty()) {
                // R10: "X said Y should / must do Z" is X's appeal (02x) or demand (10x) to Y
                emit(s, m, "should".equals(obligation) ? ModalityCodes.appealOf(code) : ModalityCodes.demandOf(code),
                        null, reporter, sources, out);
                continue;
            }
            if (!m.nominal() && m.formText().endsWith("ing") && m.start() > 0 && STOPPING.contains(s.lower(m.start() - 1))) {
                continue; // "urged Washington to stop arming Taiwan": what is to end is not asserted
            }
            if (obligation != null) {
                continue; // what someone should or must do is no act done
            }
            if (negated && !modal && deniedDeed(s, group, m.start()) && !reporter.isEmpty() && !sources.isEmpty()
                    && isConflictual(code) && sameCountry(reporter.get(0), sources.get(0))) {
                // R8: "Lavrov said Russia had not invaded Ukraine": the speaker denies its side's act (016)
                emit(s, m, "016", null, reporter, targets, out);
                continue;
            }
            if (negated) {
                // R8: a stated refusal, "will not / would never" + a cooperative act -> 12x
                if (modal && isCooperative(code)) {
                    emit(s, m, ModalityCodes.refusalOf(code), null, sources, targets, out);
                }
                continue;
            }
            if (modal && isConflictual(code) && !intent[v] && speculation(s, group, m.start()) && !reporter.isEmpty()
                    && !sources.isEmpty() && !sameCountry(reporter.get(0), sources.get(0))) {
                continue; // "Duda told the BBC that Russia could attack a NATO member": an assessment, not Russia's threat
            }
            if (modal) {
                if (code.equals(reverse) && codes(sources, false, code).size() >= 2) {
                    targets = List.of(); // "Biden and Xi will meet in San Francisco": each intends to meet the other
                }
                code = ModalityCodes.intentOf(code);
                reverse = null;
            } else if ((code.startsWith("10") || code.startsWith("02") && atHome(sources, targets)) && !sources.isEmpty()
                    && sources.get(0).code() != null && sources.get(0).code().endsWith("CVL")) {
                // a crowd's demand is a demonstration (14x), and so is its call on its own rulers ("protesters
                // called for the president to resign"); its appeal to a foreign state stays an appeal
                code = ModalityCodes.demonstrationOf(code);
            } else if (code.equals("114") && !sources.isEmpty() && crowd(sources.get(0)) && !sources.get(0).individual()) {
                code = "141"; // a state, or one official, protests officially (114); a crowd that protests demonstrates
            } else if ((code.startsWith("171") || rioting) && !sources.isEmpty() && sources.get(0).code() != null
                    && sources.get(0).code().endsWith("CVL")) {
                code = "145"; // a crowd that storms, burns or wrecks property, or besieges a building, riots (violent protest)
            } else if (code.equals("042") && !sources.isEmpty() && sources.get(0).code() != null
                    && (sources.get(0).code().endsWith("MIL") || sources.get(0).code().endsWith("COP"))) {
                code = "074"; // troops or police arriving in another country: a deployment (R19)
                reverse = "0861";
            } else if (code.equals("042") && !sources.isEmpty() && inspectors(s, sources.get(0))) {
                code = "090"; // "IAEA inspectors arrived in Iran": an inspection, received by the host (R19)
                reverse = "0862";
            } else if (code.startsWith("044") && sources.size() == 1 && !targets.isEmpty() && targets.stream().allMatch(ActorMention::locative)) {
                continue; // "the G7 leaders agreed at their summit in Italy": they meet each other, not the host
            } else if ("040".equals(code) && (reverse == null || "040".equals(reverse)) && sources.size() == 2 && targets.isEmpty()
                    && !modal && meetingPlace(s, mentions, m) != null) {
                // "Biden and Xi met in Bali": as "Biden met Xi in Bali", the place decides visit or third place
                String place = meetingPlace(s, mentions, m);
                ActorMention host = place.equals(country(sources.get(1).code())) ? sources.get(1) : sources.get(0);
                ActorMention guest = host == sources.get(0) ? sources.get(1) : sources.get(0);
                boolean visit = place.equals(country(host.code())) && !place.equals(country(guest.code()));
                code = visit ? "042" : "044";
                reverse = visit ? "043" : "044";
                sources = List.of(guest);
                targets = List.of(host);
            } else if ("040".equals(code) && "040".equals(reverse) && sources.size() == 1 && targets.size() == 1) {
                String place = meetingPlace(s, mentions, m);
                String a = country(sources.get(0).code());
                String b = country(targets.get(0).code());
                if (place != null && place.equals(b) && !place.equals(a)) {
                    code = "042"; // the source came to the target's country: a visit (R13)
                    reverse = "043";
                } else if (place != null && place.equals(a) && !place.equals(b)) {
                    code = "043"; // the target came to the source: the source hosts
                    reverse = "042";
                } else if (place != null && !place.equals(a) && !place.equals(b)) {
                    code = "044"; // a meeting at a third place
                    reverse = "044";
                }
            } else if ((code.startsWith("18") || code.startsWith("19")) && !code.startsWith("185") && !targets.isEmpty()
                    && targets.stream().allMatch(t -> leader(s, t)) && killed(s, Math.min(m.start(), targets.get(0).start()), Math.max(m.last(), targets.get(0).start()))) {
                code = "186"; // R16: killing a named leader is an assassination, whatever the weapon
                reverse = null;
            } else if ((code.startsWith("18") || code.startsWith("19")) && !code.startsWith("186") && repression(sources, targets)) {
                code = "175"; // a state's police or troops using force on its own people: violent repression
                reverse = null;
            } else if ("180".equals(code) && "kill".equals(m.entry().name()) && !passive && massKilling(s, m)) {
                code = "202"; // "killed more than 400 civilians", "killed around 1,200 people": a mass killing
                reverse = null;
            } else if (code.startsWith("19") && !sources.isEmpty() && sources.stream().allMatch(ActorMention::individual)
                    && targets.stream().filter(t -> !t.locative()).allMatch(ActorMention::individual)) {
                code = "111"; // "Trump and Zelensky clashed in a heated exchange": leaders clash in words
                reverse = "111".equals(code) && reverse != null ? "111" : null;
            }
            if (targets.stream().noneMatch(ActorMention::isResolved) && !passive && !m.nominal() && reaction(code)
                    && answersEarlierAct(s, mentions, m, group, code, sources)) {
                // "India revoked Kashmir's status, and Pakistan condemned the move": a reaction whose object only
                // points back at the earlier act is aimed at that act's doer
                targets = earlierDoer(s, mentions, verbs, sourcesOf, v, sources);
            }
            if (code.startsWith("11") && participleAfterComma(s, m) && alreadyActedOn(out, codes(sources, false, code),
                    codes(targets, true, code))) {
                continue; // R5: "cut ties with Qatar, accusing it of supporting terrorism": one act, the participle explains it
            }
            int before = out.size();
            if (targets.isEmpty() && code.startsWith("13")) {
                // "would use a nuclear weapon if Ukraine's counteroffensive succeeded", "threatened to walk
                // out unless Washington ...": a conditional threat is aimed at the subject of its condition
                targets = conditionSubject(s, mentions, m.last(), sources);
            }
            if (code.startsWith("145") || code.startsWith("17") || placeOfForce(code)) {
                targets = buildingsAsCountries(s, targets); // "stormed the Swedish embassy": Sweden's premises
            }
            if ((code.startsWith("181") || code.startsWith("202")) && sources.size() == 1 && victims(s, m)) {
                // "took more than 150 people hostage during their assault on southern Israel": the people of the
                // country attacked
                targets = peopleAttacked(s, mentions, sources.get(0), targets);
            }
            emit(s, m, code, reverse, sources, targets, out);
            if (out.size() == before && (m.entry().kind() == VerbEntry.Kind.VERBAL || m.entry().kind() == VerbEntry.Kind.SAY)
                    && !m.nominal() && !code.startsWith("12")) {
                for (String source : codes(sources, false, code)) {
                    untargeted.add(new CodedAct(source, null, code, m, m.start(), m.last(), List.of(m.provenance())));
                }
            }
        }
        return oneAttackPerPair(negotiationTakesPrecedence(out));
    }

    private static final Set<String> NOT_NOUNS = Set.of("and", "or", "but", "by", "after", "before", "while", "when",
            "without", "of", "for", "from", "against", "to", "in", "on", "at", "with", "into", "over", "then", "also",
            "as", "is", "are", "was", "were", "be", "been", "being", "begin", "began", "begun", "started", "start",
            "stop", "stopped", "kept", "keep", "continue", "continued", "resumed", "avoid", "avoided", "risk", "like",
            "about", "upon", "toward", "towards", "than", "not", "n't", "still", "now", "just");

    /** An -ing form right after a lower-case noun ("a resolution demanding"): a participle, not a verb of its own. */
    private static boolean afterNoun(Sentence s, List<VerbMatch> verbs, int at) {
        if (at < 1 || !s.token(at - 1).isWord() || !Character.isLowerCase(s.token(at - 1).text().charAt(0))) {
            return false;
        }
        String w = s.lower(at - 1);
        if (NOT_NOUNS.contains(w) || AUXILIARIES.contains(w) || w.endsWith("ly") || w.endsWith("ed")) {
            return false;
        }
        for (VerbMatch o : verbs) {
            if (o.start() <= at - 1 && at - 1 < o.end()) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> TEXTS = Set.of("resolution", "resolutions", "statement", "declaration",
            "communique", "communiqué", "motion", "paper", "plan", "proposal", "letter", "report", "document");
    private static final Set<String> ADOPTING = Set.of("passed", "adopted", "approved", "issued", "released", "published",
            "unveiled", "presented", "sent", "submitted", "put forward", "tabled");

    /**
     * "The IAEA board passed a resolution criticising Iran", "issued a joint statement condemning": what a
     * text its authors adopt says is their act; a text vetoed or debated is not.
     */
    private static boolean adoptedText(Sentence s, int noun) {
        if (!TEXTS.contains(s.lower(noun))) {
            return false;
        }
        for (int i = noun - 1; i >= 0 && noun - i <= 4; i--) {
            if (ADOPTING.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** An -ing form in a list opened by "including" ("demands, including closing X and cutting Y"). */
    private static boolean inIncludingList(Sentence s, int verb) {
        for (int i = verb - 1; i >= 0 && verb - i <= 12; i--) {
            String w = s.lower(i);
            if (w.equals("including")) {
                return true;
            }
            if (w.equals(",") || BOUNDARIES.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** The first actor after "if" or "unless" following the verb, in the same sentence. */
    private static List<ActorMention> conditionSubject(Sentence s, List<ActorMention> mentions, int from,
                                                       List<ActorMention> sources) {
        for (int i = from; i < s.size(); i++) {
            if (s.lower(i).equals("if") || s.lower(i).equals("unless")) {
                for (ActorMention a : mentions) {
                    if (a.start() > i && a.start() - i <= 4 && a.isResolved() && !a.locative() && !sources.contains(a)) {
                        return List.of(a);
                    }
                }
                return List.of();
            }
            if (s.lower(i).equals(";") || s.lower(i).equals(".") || s.lower(i).equals("that")) {
                break; // the condition belongs to a content clause, not to this verb
            }
        }
        return List.of();
    }

    private static final Set<String> SHOULD = Set.of("should", "ought");
    private static final Set<String> MUST = Set.of("must");

    private static final Set<String> PHASE_VERBS = Set.of("stop", "cease", "start", "begin", "keep", "quit", "end");

    /**
     * "should" or "must" in the verb group, also before a phase verb ("should stop backing"): an appeal
     * or a demand when reported; else null.
     */
    private static String obligation(Sentence s, int group, int verb) {
        if (group >= 1 && PHASE_VERBS.contains(s.lower(group - 1))) {
            group = groupStart(s, group - 1);
        }
        for (int i = group; i < verb; i++) {
            if (SHOULD.contains(s.lower(i))) {
                return "should";
            }
            if (MUST.contains(s.lower(i))) {
                return "must";
            }
        }
        return null;
    }

    /** "the island hoped the United States would ...": a hope verb before this verb's clause, which has "would". */
    private static boolean hopedFor(Sentence s, List<VerbMatch> verbs, int v, int group) {
        int h = hopeOf(verbs, v);
        if (h < 0 || verbs.get(v).start() - verbs.get(h).last() > 10) {
            return false;
        }
        for (int i = group; i < verbs.get(v).start(); i++) {
            if (s.lower(i).equals("would") || s.lower(i).equals("will")) {
                return true;
            }
        }
        return false;
    }

    private static int hopeOf(List<VerbMatch> verbs, int v) {
        for (int w = v - 1; w >= 0; w--) {
            if (verbs.get(w).formText().startsWith("hope")) {
                return w;
            }
        }
        return -1;
    }

    /** The speaker of a trailing attribution after position {@code from} ("..., Lavrov said"), or none. */
    private static List<ActorMention> trailingSpeaker(Sentence s, List<ActorMention> mentions, int from) {
        for (ActorMention a : mentions) {
            if (a.start() >= from && a.isResolved() && attribution(s, a)) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /** The speaker whose reported words hold verb v: the subject of the nearest reporting verb before it. */
    private static List<ActorMention> reporterOf(Sentence s, List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf, int v) {
        for (int w = v - 1; w >= 0; w--) {
            VerbMatch r = verbs.get(w);
            if (r.entry().kind() == VerbEntry.Kind.SAY && r.pattern().code() == null && r.last() <= verbs.get(v).start()) {
                return sourcesOf.get(w);
            }
        }
        return List.of();
    }

    /** "..., accusing it of": a participle after a comma that explains the clause's act. */
    private static boolean participleAfterComma(Sentence s, VerbMatch m) {
        return !m.nominal() && m.formText().endsWith("ing") && m.start() > 0 && s.lower(m.start() - 1).equals(",");
    }

    /** Whether each source's country already acts on each target's country in this sentence. */
    private static boolean alreadyActedOn(List<CodedAct> out, List<String> sources, List<String> targets) {
        if (sources.isEmpty() || targets.isEmpty()) {
            return false;
        }
        for (String source : sources) {
            for (String target : targets) {
                if (out.stream().noneMatch(a -> java.util.Objects.equals(country(a.source()), country(source))
                        && java.util.Objects.equals(country(a.target()), country(target)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Disapproval, rejection and threats: the reactions that answer another actor's act. */
    private static boolean reaction(String code) {
        return code.startsWith("11") || code.startsWith("12") && !code.startsWith("016") || code.startsWith("13");
    }

    /** Nouns that name an act just reported ("condemned the move", "a decision the UN condemned"). */
    private static final Set<String> ACT_NOUNS = Set.of("move", "decision", "step", "deal", "agreement", "action",
            "actions", "measure", "measures", "announcement", "attack", "attacks", "strike", "strikes", "plan", "law",
            "vote", "ruling", "visit", "remarks", "comments", "statement", "incident", "launch", "test", "sanctions",
            "ban", "tariffs", "expulsion", "expulsions", "annexation", "recognition", "raid", "executions", "execution",
            "killing", "killings", "arrest", "arrests", "incursion", "drills", "exercises", "deployment");
    private static final Set<String> POINTERS = Set.of("the", "this", "that", "these", "those", "such");
    private static final Set<String> REACTION_CLAUSE_OPENERS = Set.of(",", "and", ";", "which", "who");

    /**
     * A reaction in a clause of its own after another act ("..., and Pakistan condemned the move as illegal",
     * "..., which called the decision deeply regrettable", "Beijing protested what it called an overreaction",
     * "a decision the United Nations condemned", "..., and Pakistan vowed to respond"): its object, if any,
     * only points back at that act.
     */
    private static boolean answersEarlierAct(Sentence s, List<ActorMention> mentions, VerbMatch m, int group, String code,
                                             List<ActorMention> sources) {
        if (sources.isEmpty() || m.start() == 0) {
            return false;
        }
        int first = sources.get(0).start();
        int opener = first > 0 && s.lower(first - 1).equals("the") ? first - 2 : first - 1;
        int after = sources.get(sources.size() - 1).end();
        boolean ownClause = opener > 0 && REACTION_CLAUSE_OPENERS.contains(s.lower(opener))
                || after + 1 < m.start() && s.lower(after).equals(",") && RELATIVES.contains(s.lower(after + 1))
                && !commaBetween(s, after + 2, m.start()); // "Taipei, which called", not "Turkey, which borders Syria, called"
        boolean gap = opener > 0 && ACT_NOUNS.contains(s.lower(opener)); // "a decision the UN condemned as"
        if (!ownClause && !gap) {
            return false;
        }
        if (gap) {
            return true;
        }
        int o = m.end();
        if (o >= s.size()) {
            return code.startsWith("13");
        }
        String next = s.lower(o);
        if (next.equals("what") || next.equals("it") || next.equals("them")) {
            return true; // "protested what it called an overreaction", "called it a violation"
        }
        if (POINTERS.contains(next) && o + 1 < s.size()) {
            int noun = o + 1;
            while (noun < s.size() && noun - o <= 3 && !ACT_NOUNS.contains(s.lower(noun))) {
                noun++; // "the Israeli move", "the latest U.S. sanctions"
            }
            return noun < s.size() && ACT_NOUNS.contains(s.lower(noun)) && endingAt(mentions, noun) == null;
        }
        return code.startsWith("13") && mentions.stream().noneMatch(a -> a.start() == o); // "vowed to respond"
    }

    private static boolean commaBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.lower(i).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The doer of the act before a reaction: the nearest earlier verb's subject not of the reacting side, else the sentence's first subject. */
    private static List<ActorMention> earlierDoer(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                                  List<List<ActorMention>> sourcesOf, int v, List<ActorMention> sources) {
        for (int w = v - 1; w >= 0; w--) {
            List<ActorMention> doer = sourcesOf.get(w);
            if (!verbs.get(w).nominal() && verbs.get(w).entry().kind() != VerbEntry.Kind.SAY && !doer.isEmpty() && doer.stream().allMatch(ActorMention::isResolved)
                    && doer.stream().noneMatch(d -> sources.stream().anyMatch(x -> sameCountry(x, d)))) {
                return doer;
            }
        }
        List<ActorMention> first = firstSubject(s, mentions, sources.get(0).start());
        return first.stream().anyMatch(d -> sources.stream().anyMatch(x -> sameCountry(x, d))) ? List.of() : first;
    }

    /** Acts of disapproval, coercion and force (roots 11-20), whose denial is 016. */
    private static boolean isConflictual(String code) {
        return code.length() >= 2 && code.charAt(0) == '1' || code.startsWith("20");
    }

    private static boolean sameCountry(ActorMention a, ActorMention b) {
        String x = country(a.code());
        String y = country(b.code());
        return x != null && x.equals(y);
    }

    /** A lower-case common noun, no actor, right before the verb: "a loan [backed by]", "the text [drafted by]". */
    private static boolean afterCommonNoun(Sentence s, List<ActorMention> mentions, int verb) {
        if (verb == 0 || !s.token(verb - 1).isWord() || endsActor(mentions, verb)) {
            return false;
        }
        String w = s.token(verb - 1).text();
        return Character.isLowerCase(w.charAt(0)) && !AUXILIARIES.contains(w) && !BE.contains(w) && !NOT_NOUNS.contains(w)
                && !w.endsWith("ly");
    }

    /** The resolved actor that ends right before token {@code at}, or null. */
    private static ActorMention endingAt(List<ActorMention> mentions, int at) {
        for (ActorMention a : mentions) {
            if (a.end() == at && a.isResolved()) {
                return a;
            }
        }
        return null;
    }

    private static boolean endsActor(List<ActorMention> mentions, int at) {
        for (ActorMention a : mentions) {
            if (a.end() == at && a.isResolved()) {
                return true;
            }
        }
        return false;
    }

    /** A mention standing for the bare country of an actor ("BGDGOV" -> "BGD"), for self-directed acts. */
    private static ActorMention ownCountry(ActorMention a) {
        String c = a.code();
        List<String> codes = c != null && org.touchstone.coder.actor.Coreference.isCountryCode(c) ? List.of(c.substring(0, 3))
                : List.of();
        return new ActorMention(a.start(), a.end(), codes, ActorMention.Kind.COREFERENCE, false, false, null, false,
                a.entries());
    }

    /** R13: when talks (046) are reported between two parties, their meeting and visit codes are not. */
    private static List<CodedAct> negotiationTakesPrecedence(List<CodedAct> acts) {
        Set<String> talks = new java.util.HashSet<>();
        for (CodedAct a : acts) {
            if (a.code().equals("046")) {
                talks.add(country(a.source()) + ">" + country(a.target()));
                talks.add(country(a.target()) + ">" + country(a.source()));
            }
        }
        if (talks.isEmpty()) {
            return acts;
        }
        List<CodedAct> out = new ArrayList<>();
        for (CodedAct a : acts) {
            boolean meeting = a.code().equals("040") || a.code().equals("042") || a.code().equals("043")
                    || a.code().equals("044");
            if (!(meeting && talks.contains(country(a.source()) + ">" + country(a.target())))) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * One use of force described twice ("launched drones and missiles at Israel in its first direct attack",
     * "carried out airstrikes, hitting targets") is one event: of two force events (18x-20x) of one root
     * between the same pair, the first, more specific, is kept.
     */
    private static List<CodedAct> oneAttackPerPair(List<CodedAct> acts) {
        Set<String> seen = new java.util.HashSet<>();
        List<CodedAct> out = new ArrayList<>(acts.size());
        for (CodedAct a : acts) {
            boolean force = a.code().startsWith("18") || a.code().startsWith("19") || a.code().startsWith("20");
            if (!force || seen.add(a.source() + ">" + a.target() + ":" + a.code().substring(0, 2))) {
                out.add(a);
            }
        }
        return out;
    }

    private static String country(String code) {
        return code != null && org.touchstone.coder.actor.Coreference.isCountryCode(code) ? code.substring(0, 3) : code;
    }

    /**
     * Acts that coordinated actors do with each other when no one else is named: agreeing, meeting,
     * signing, cooperating, exchanging, clashing ("China and Russia signed an agreement"). Refusing,
     * demanding, threatening or sanctioning together is done to someone else, never to each other
     * ("India, Saudi Arabia and South Africa declined to sign it").
     */
    private static boolean mutual(String code) {
        return code.startsWith("019") || code.startsWith("03") || code.startsWith("04") || code.startsWith("05")
                || code.startsWith("06") || code.startsWith("0841") || code.startsWith("087") || code.startsWith("19");
    }

    /** "expelled each other's diplomats", "accused one another": the act is done both ways, whatever it is. */
    private static boolean eachOther(Sentence s, VerbMatch m) {
        for (int i = m.end(); i + 1 < Math.min(s.size(), m.last() + 6); i++) {
            if (s.lower(i).equals("each") && s.lower(i + 1).equals("other")
                    || s.lower(i).equals("one") && s.lower(i + 1).equals("another")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CHARGES = Set.of("accusation", "accusations", "charge", "charges", "claim", "claims",
            "allegation", "allegations");

    /**
     * The source of the accusation a denial answers from a relative clause right after it: ", which Moscow denied",
     * ", an accusation Tehran dismissed as baseless", ", a charge that Beijing denies".
     */
    private static List<ActorMention> answeredAccuser(Sentence s, List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf,
                                                      int v, ActorMention subject) {
        int i = subject.start() - 1;
        if (i >= 0 && s.lower(i).equals("that")) {
            i--;
        }
        if (i >= 0 && CHARGES.contains(s.lower(i))) {
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
        return List.of();
    }

    /** Cooperative acts (roots 01-09) whose stated refusal is a 12x event. */
    private static boolean isCooperative(String code) {
        return code.length() >= 2 && code.charAt(0) == '0' && code.compareTo("03") >= 0;
    }

    private static final Set<String> RESPONSES = Set.of("response", "reaction", "reply", "retaliation", "answer");
    private static final Set<String> BACKGROUND = Set.of("after", "since", "following", "over", "for", "ahead",
            "despite", "amid");

    /** R7: a nominal event in a background adverbial ("after the invasion", "ahead of Xi's visit"). */
    private static boolean background(Sentence s, int noun, String code) {
        // eight words reach past a titled name: "in response to U.S. House Speaker Nancy Pelosi's visit"
        for (int i = noun - 1; i >= Math.max(0, noun - 8); i--) {
            String w = s.lower(i);
            if (BACKGROUND.contains(w)) {
                // "met in Istanbul for their first face-to-face talks": talks or a visit "for" which they met
                // is the meeting's purpose, not an earlier event; "was responsible for the attack" names its author
                return !(w.equals("for") && (code != null && code.startsWith("04") || responsible(s, i)));
            }
            if (w.equals("to") && i >= 1 && RESPONSES.contains(s.lower(i - 1))) {
                return true; // "in response to Washington's restrictions on Chinese media" (R7)
            }
            if (w.equals("during") || w.equals(",") || w.equals("and") || BOUNDARIES.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "the", "its",
            "his", "her", "their");

    /**
     * R7: a verb in a clause opened by "since" with its own subject or a participle ("since Russia invaded",
     * "since meeting in California"); "since 2014 Russia has occupied Crimea" opens no clause.
     */
    private static boolean sinceClause(Sentence s, List<ActorMention> mentions, int verb) {
        int at = clauseOpener(s, verb);
        if (at < 0 || !s.lower(at).equals("since")) {
            return false;
        }
        int next = at + 1;
        return next == verb || SUBJECT_PRONOUNS.contains(s.lower(next)) || mentions.stream().anyMatch(a -> a.start() == next)
                || s.lower(next).endsWith("ing");
    }

    /** Sectors of people who protest: civilians, opposition, workers, students, farmers. */
    private static final Set<String> PROTESTERS = Set.of("CVL", "OPP", "LAB", "EDU", "AGR", "HRI");
    /** A state's own institutions that its people protest against or make demands of. */
    private static final Set<String> INSTITUTIONS = Set.of("GOV", "LEG", "JUD", "COP", "MIL");

    /** People of a protesting sector: crowds, and dissidents who protest alone (a hunger strike). */
    private static boolean crowd(ActorMention a) {
        String code = a.code();
        return code != null && code.length() == 6 && Coreference.isCountryCode(code) && PROTESTERS.contains(code.substring(3));
    }

    private static final Set<String> POLICE = Set.of("COP");
    /** Crowds that riot: civilians only ("protesters", "crowds"); armed men named by role stay unknown (R2). */
    private static final Set<String> CROWDS = Set.of("CVL");
    /** People and police named only by their role, who belong to the place where the sentence puts them. */
    private static final Set<String> LOCALS = Set.of("CVL", "OPP", "LAB", "EDU", "AGR", "HRI", "COP");

    /**
     * The role-only subject of a protest ("protesters", "opposition supporters") or of policing ("riot police fired
     * tear gas at protesters in Tbilisi") with the sentence's place, when its sector is one of {@code sectors}; with no
     * place standing alone, police are those of the crowd they act on ("police fired on protesters in Nairobi") and a
     * protesting crowd is that of the institution it protests at ("rallied outside parliament in Dhaka").
     */
    private static List<ActorMention> localPeople(Sentence s, List<ActorMention> mentions, int group, Set<String> sectors,
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
            }
        }
        String target = targets.size() == 1 ? targets.get(0).code() : null;
        if (place == null && target != null && target.length() == 6 && Coreference.isCountryCode(target)
                && ("COP".equals(role.sector()) ? crowd(targets.get(0)) : code.startsWith("14") && INSTITUTIONS.contains(target.substring(3)))) {
            place = target.substring(0, 3); // "police fired on protesters in Nairobi", "rallied outside parliament in Dhaka"
        }
        return place == null ? List.of()
                : List.of(role.withCodes(List.of(place + role.sector()), ActorMention.Kind.COMPOSED, List.of("place:" + place)));
    }

    /** The actor named only by a role of {@code sectors} right before the verb, in its clause; or null. */
    private static ActorMention roleSubject(Sentence s, List<ActorMention> mentions, int group, Set<String> sectors) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention a = mentions.get(i);
            if (a.end() > group) {
                continue;
            }
            for (int t = a.end(); t < group; t++) {
                if (BOUNDARIES.contains(s.lower(t)) || s.lower(t).equals(",")) {
                    return null;
                }
            }
            return a.kind() == ActorMention.Kind.AGENT_ONLY && sectors.contains(String.valueOf(a.sector())) ? a : null;
        }
        return null;
    }

    /** The actors of the first earlier verb that has any: its sources and targets (not the place it happened). */
    private static List<ActorMention> partiesBefore(List<List<ActorMention>> sourcesOf, List<List<ActorMention>> targetsOf, int v) {
        for (int w = 0; w < v; w++) {
            if (!sourcesOf.get(w).isEmpty()) {
                List<ActorMention> parties = new ArrayList<>(sourcesOf.get(w));
                targetsOf.get(w).stream().filter(t -> !parties.contains(t) && !t.locative()).forEach(parties::add);
                return parties;
            }
        }
        return List.of();
    }

    /** Sectors that use force on a state's own people (repression). */
    private static final Set<String> FORCES_AT_HOME = Set.of("COP", "MIL");
    /** Sectors that act on a state's own people: police, government, courts. */
    private static final Set<String> AUTHORITIES = Set.of("COP", "GOV", "JUD");

    /** A state's police, troops or security forces acting on that state's own civilians or opposition. */
    private static boolean repression(List<ActorMention> sources, List<ActorMention> targets) {
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
                if (d == null || d.length() != 6 || !d.startsWith(c.substring(0, 3)) || !PROTESTERS.contains(d.substring(3))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every target is of the first source's own country ("protesters called for the president to resign"). */
    private static boolean atHome(List<ActorMention> sources, List<ActorMention> targets) {
        String home = sources.isEmpty() ? null : country(sources.get(0).code());
        return home != null && !targets.isEmpty() && targets.stream().allMatch(t -> home.equals(country(t.code())));
    }

    private static boolean authority(String code) {
        return code != null && code.length() == 6 && Coreference.isCountryCode(code)
                && AUTHORITIES.contains(code.substring(3));
    }

    /**
     * The first role-only actor after the verb whose sector is one of {@code sectors}, as {@code country}'s:
     * "protested against the government" (a crowd's own institution), "arrested hundreds of protesters" (an
     * authority's own people). With {@code firstOnly} a resolved actor met first ends the search.
     */
    private static List<ActorMention> ownRole(Sentence s, List<ActorMention> mentions, VerbMatch m, String country,
                                              Set<String> sectors, boolean firstOnly) {
        for (ActorMention a : mentions) {
            if (a.start() < m.end()) {
                continue;
            }
            for (int t = m.last(); t < a.start(); t++) {
                if (TARGET_STOPS.contains(s.lower(t))) {
                    return List.of();
                }
            }
            if (firstOnly && a.isResolved()) {
                return List.of();
            }
            if (a.kind() == ActorMention.Kind.AGENT_ONLY && sectors.contains(String.valueOf(a.sector()))) {
                return List.of(a.withCodes(List.of(country + a.sector()), ActorMention.Kind.COMPOSED, List.of("own:" + country)));
            }
        }
        return List.of();
    }

    /** Subject pronouns: when one stands right before a verb and names no actor, the verb has no known source. */
    private static final Set<String> UNRESOLVED_SUBJECTS = Set.of("it", "they", "he", "she", "we", "i", "you", "this");

    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");

    private static final Set<String> MAIN_CLAUSE_MODALS = Set.of("should", "would", "will", "must", "could", "can",
            "may", "might", "shall");

    /** A verb in a clause opened by "if", "unless" or "whether". */
    private static boolean conditionClause(Sentence s, int verb) {
        int at = clauseOpener(s, verb);
        return at >= 0 && CONDITIONS.contains(s.lower(at));
    }

    /**
     * The "since", "if", "unless" or "whether" opening the verb's clause, or -1: the clause reaches back to
     * a comma, a clause boundary, or a modal that opens the main clause ("if Washington wanted to end the
     * fighting it should stop ...").
     */
    private static int clauseOpener(Sentence s, int verb) {
        for (int i = verb - 1; i >= 0; i--) {
            String w = s.lower(i);
            if (w.equals("since") || CONDITIONS.contains(w)) {
                return i;
            }
            if (w.equals(",") || w.equals("then") || BOUNDARIES.contains(w) || MAIN_CLAUSE_MODALS.contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> ADVERBIAL = Set.of("during", "at", "in");
    /** Nouns whose "in" names what one took part in: "a role in", "involvement in", "complicity in". */
    private static final Set<String> PARTAKING = Set.of("role", "roles", "involvement", "involved", "part", "participation",
            "complicity", "complicit", "hand", "responsibility", "implicated");
    private static final Set<String> GERUND_CONNECTIVES = Set.of("by", "after", "before", "while", "when", "without");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");

    /** "during a phone call", "during his visit", "at their meeting": a nominal in a simultaneous adverbial. */
    private static boolean adverbial(Sentence s, int noun) {
        for (int i = noun - 1; i >= Math.max(0, noun - 4); i--) {
            String w = s.lower(i);
            if (ADVERBIAL.contains(w)) {
                // "denied any role in the attack", "involvement in the strike": the object of a noun, not a circumstance
                return !(w.equals("in") && i > 0 && PARTAKING.contains(s.lower(i - 1)));
            }
            if (!(w.equals("a") || w.equals("an") || w.equals("the") || POSSESSIVE_PRONOUNS.contains(w)
                    || s.token(i).isWord() && !BOUNDARIES.contains(w) && Character.isLowerCase(s.token(i).text().charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    private static int firstWithSources(List<List<ActorMention>> sourcesOf, int before) {
        for (int w = 0; w < before; w++) {
            if (!sourcesOf.get(w).isEmpty()) {
                return w;
            }
        }
        return -1;
    }

    /** The last verb before {@code before} whose subject is the main verb's (the main verb itself at the latest). */
    private static int nearestOfSubject(List<List<ActorMention>> sourcesOf, int before, int main) {
        for (int w = before - 1; w > main; w--) {
            if (sourcesOf.get(w).equals(sourcesOf.get(main))) {
                return w;
            }
        }
        return main;
    }

    /** The partner of the main clause's verb: its pattern target, or the first actor after it. */
    private static List<ActorMention> mainTargets(Sentence s, List<ActorMention> mentions, VerbMatch main,
                                                  List<ActorMention> sources) {
        if (main.target() != null) {
            return List.of(main.target());
        }
        for (ActorMention a : mentions) {
            if (a.start() >= main.end() && a.isResolved() && !a.locative() && !sources.contains(a)) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /**
     * "Modi urged Putin ... at their meeting in Samarkand": a person's meeting abroad named only by its place
     * is with the main verb's partner when the place is neither's country (R13: a third place, 044); where
     * it is one's own country the place stays the target (a visit the sentence does not state as one).
     */
    private static List<ActorMention> partnerAtThirdPlace(Sentence s, List<ActorMention> mentions, VerbMatch main,
                                                          ActorMention source, List<ActorMention> places) {
        if (!source.individual() || places.isEmpty() || !places.stream().allMatch(ActorMention::locative)
                || places.get(0).placeCode() == null) {
            return places; // "Leaders of the G7 agreed ... at their summit in Italy": a body meets among its members
        }
        List<ActorMention> partners = mainTargets(s, mentions, main, List.of(source));
        String place = country(places.get(0).placeCode());
        if (partners.isEmpty() || partners.get(0).locative() || place.equals(country(source.code()))
                || place.equals(country(partners.get(0).code()))) {
            return places;
        }
        return partners;
    }

    /** An actor adjective right before a nominal form: "Chinese exports to Russia", "a Russian invasion". */
    private static ActorMention modifier(Sentence s, List<ActorMention> mentions, int noun) {
        for (ActorMention m : mentions) {
            if (m.end() == noun && m.isResolved() && !m.locative() && m.end() - m.start() == 1
                    && (!m.possessive() && m.kind() != ActorMention.Kind.COREFERENCE
                    && Character.isUpperCase(s.token(m.start()).text().charAt(0)) && demonym(s.token(m.start()).text())
                    || s.token(m.start()).text().endsWith("ese"))) {
                return m;
            }
        }
        return null;
    }

    /** "Russian", "Israeli", "British", "French", "Greek", "Thai": the endings of adjectives of nationality. */
    private static boolean demonym(String word) {
        return word.endsWith("n") || word.endsWith("i") || word.endsWith("ish") || word.endsWith("ch")
                || word.endsWith("ss") || word.endsWith("ek");
    }

    private void emit(Sentence s, VerbMatch m, String code, String reverse, List<ActorMention> sources,
                      List<ActorMention> targets, List<CodedAct> out) {
        List<String[]> pairs = new ArrayList<>();
        List<String> srcCodes = codes(sources, false, code);
        String venue = null;
        if ("044".equals(code) && srcCodes.size() >= 2 && !targets.isEmpty() && targets.stream().allMatch(ActorMention::locative)) {
            // "Biden and Xi ... at their meeting in Bali": the place is where they met each other
            venue = country(targets.get(0).placeCode());
            targets = List.of();
        }
        List<String> tgtCodes = codes(targets, true, code);
        if (srcCodes.size() >= 2 && (tgtCodes.isEmpty() && (mutual(code) || eachOther(s, m))
                || reverse != null && m.target() == null && m.source() == null && !m.nominal())) {
            // "China and Russia signed ..." / "both sides agreed": each toward the other ("received a delegation
            // from China and Korea" names its givers in a slot: they act toward the subject, not each other)
            for (String a : srcCodes) {
                for (String b : srcCodes) {
                    if (!a.equals(b)) {
                        pairs.add(new String[] {a, b, venueCode(code, venue, country(a), country(b))});
                    }
                }
            }
        } else {
            Set<String> places = new java.util.HashSet<>();
            for (ActorMention t : targets) {
                if (t.isResolved() && (t.locative() || t.kind() == ActorMention.Kind.METONYM) && t.placeCode() != null) {
                    places.add(t.placeCode());
                }
            }
            for (String a : srcCodes) {
                for (String target : tgtCodes) {
                    // a state's own body toward the bare state itself is no event ("bans on travel to Canada"
                    // by Canada), except a resignation toward one's country (0831) and force used on one's own
                    // towns, whose target is the people there ("dropped chlorine gas on the town of Douma")
                    boolean own = target.length() == 3 && a.startsWith(target) && !code.startsWith("0831")
                            && !(emergencyRule(code) && !places.contains(target));
                    boolean force = code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
                    // hostages, torture, mass killings, curfews and martial law "in" a place: its people are the victims
                    boolean people = own && force || target.length() == 3 && places.contains(target) && onPeople(code);
                    // territory seized is the state's ("rebels captured the city of Goma" -> COD), not its people's
                    boolean territory = own && code.startsWith("192");
                    String b = people && !territory ? target + "CVL" : target;
                    // a state's police using force in its own towns represses its people (175)
                    String c = own && force && a.endsWith("COP") && !code.startsWith("20") && !code.startsWith("186") ? "175" : code;
                    if (!a.equals(b) && !(own && !people && !territory)) {
                        pairs.add(new String[] {a, b, c});
                        if (reverse != null) {
                            pairs.add(new String[] {b, a, reverse});
                        }
                    }
                }
            }
        }
        int from = m.start();
        int to = m.last();
        List<String> entries = new ArrayList<>();
        for (ActorMention a : sources) {
            from = Math.min(from, a.start());
            to = Math.max(to, a.end());
            entries.addAll(a.entries());
        }
        for (ActorMention a : targets) {
            from = Math.min(from, a.start());
            to = Math.max(to, a.end());
            entries.addAll(a.entries());
        }
        entries.add(m.provenance());
        Set<String> seen = new LinkedHashSet<>();
        for (String[] p : pairs) {
            if (seen.add(p[0] + ">" + p[1] + ":" + p[2])) {
                out.add(new CodedAct(p[0], p[1], p[2], m, from, Math.min(to, s.size()), List.copyOf(new LinkedHashSet<>(entries))));
            }
        }
    }

    /** A meeting of two in one's own country is a visit by the other (R13): the host's side 043, the guest's 042. */
    private static String venueCode(String code, String venue, String a, String b) {
        if (venue == null || venue.equals(a) == venue.equals(b)) {
            return code;
        }
        return venue.equals(a) ? "043" : "042";
    }

    /** The codes of the actors; a place or a destination takes the bare country ("visit to Beijing" -> CHN). */
    /**
     * Acts done to people rather than to a state or a site: curfews and martial law (1723, 1724), abduction (181),
     * assault (182x), mass violence (201-203).
     */
    /** A curfew, martial law or a state of emergency (1723, 1724): imposed on a country or on a place's people. */
    private static boolean emergencyRule(String code) {
        return code.startsWith("1723") || code.startsWith("1724");
    }

    private static boolean onPeople(String code) {
        return code.startsWith("1721") || code.startsWith("1723") || code.startsWith("1724") || code.startsWith("181")
                || code.startsWith("182") || code.startsWith("201") || code.startsWith("202") || code.startsWith("203");
    }

    private static List<String> codes(List<ActorMention> mentions, boolean target, String code) {
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

    /** A governor and its complement: "refused to sign", "denied attacking", "plans to visit". */
    private static boolean linked(Sentence s, VerbMatch g, VerbMatch c) {
        if (g.entry().governs() == VerbEntry.Governs.NONE && !(g.last() <= c.start())) {
            return false;
        }
        if (c.start() < g.end() || c.start() - g.end() > 4) {
            return false;
        }
        for (int i = g.end(); i < c.start(); i++) {
            if (s.lower(i).equals("on") && i + 1 < c.start() && WEEKDAYS.contains(s.lower(i + 1))) {
                i++; // "refused on Tuesday to receive", "agreed on Wednesday to lay down": the day is no break
                continue;
            }
            if (!GLUE.contains(s.lower(i))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    /**
     * "agreed to restore ties and reopen embassies", "denied arming X and training Y": a second complement
     * joined by "and" to the first one's words, in the same form (base or -ing), with no subject of its own.
     */
    private static boolean coordinatedComplement(Sentence s, VerbMatch first, VerbMatch c) {
        if (c.nominal() || c.start() < first.last() || c.start() - first.last() > 3) {
            return false;
        }
        boolean and = false;
        for (int i = first.last(); i < c.start(); i++) {
            String w = s.lower(i);
            and |= w.equals("and");
            if (!w.equals("and") && !GLUE.contains(w)) {
                return false;
            }
        }
        String a = first.formText();
        String b = c.formText();
        return and && a.endsWith("ing") == b.endsWith("ing") && !b.endsWith("ed") && !PAST_TENSES.contains(b.split(" ")[0]);
    }

    /** Irregular past forms that are no base form: "plans to visit China and met Xi" is a new finite verb. */
    private static final Set<String> PAST_TENSES = Set.of("met", "held", "sent", "made", "gave", "given", "told", "sold",
            "saw", "brought", "took", "taken", "broke", "laid", "paid", "led", "bought", "fought", "won", "struck", "went",
            "came", "began", "spoke", "flew", "withdrew", "froze", "kept", "left", "stood", "sought", "drew", "threw");

    private static final Set<String> ALLEGATIONS = Set.of("allegation", "allegations", "accusation", "accusations",
            "claim", "claims", "charge", "charges", "reports", "report", "rumours", "rumors", "suspicions", "speculation");
    private static final Set<String> CONFIRMING = Set.of("confirmed", "confirms", "confirm", "confirming", "acknowledged",
            "acknowledges", "verified", "corroborated");

    /**
     * A clause opened by "that" after an allegation noun ("allegations that X abused ...", not "confirmed reports
     * that") or after a denial ("denied that X had ..."): its verb reports what is alleged or denied.
     */
    private static boolean allegedContent(Sentence s, List<VerbMatch> verbs, int group) {
        for (int i = group - 1; i >= 1 && group - i <= 8; i--) {
            String w = s.lower(i);
            if (w.equals("that")) {
                String before = s.lower(i - 1);
                if (ALLEGATIONS.contains(before)) {
                    int k = i - 2;
                    while (k >= 0 && (NOMINAL_DETERMINERS.contains(s.lower(k)) || s.lower(k).equals("the"))) {
                        k--;
                    }
                    return k < 0 || !CONFIRMING.contains(s.lower(k));
                }
                int that = i;
                return verbs.stream().anyMatch(g -> g.entry().governs() == VerbEntry.Governs.DENIAL && g.last() == that);
            }
            if (BOUNDARIES.contains(w) || w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the verb group begins: auxiliaries, negation and adverbs just before the verb. Quote marks and
     * other -ly adverbs belong to it when an auxiliary stands before them ("would 'totally destroy'").
     */
    private static int groupStart(Sentence s, int verb) {
        int k = verb;
        for (int j = verb; j > 0 && verb - j < 6; j--) {
            String w = s.lower(j - 1);
            if (AUXILIARIES.contains(w)) {
                k = j - 1;
            } else if (!isQuote(w) && !(w.length() > 4 && w.endsWith("ly")
                    && Character.isLowerCase(s.token(j - 1).text().charAt(0)))) {
                break;
            }
        }
        return k;
    }

    /** "had not invaded", "did not attack": a deed said not to have happened (not "no intention of attacking"). */
    private static boolean deniedDeed(Sentence s, int group, int verb) {
        for (int i = group; i < verb; i++) {
            String w = s.lower(i);
            if (w.equals("not") || w.equals("n't") || w.equals("never")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NEGATED_INTENTS = Set.of("intention", "intentions", "plans", "plan", "desire", "wish",
            "interest", "need", "reason");

    private static boolean negated(Sentence s, int group, int verb) {
        for (int i = group; i < verb; i++) {
            if (NEGATORS.contains(s.lower(i))) {
                return true;
            }
        }
        // "had no intention of attacking", "has no plans to visit"
        for (int i = Math.max(0, verb - 4); i + 1 < verb; i++) {
            if (s.lower(i).equals("no") && NEGATED_INTENTS.contains(s.lower(i + 1))) {
                return true;
            }
        }
        // "Neither Washington nor Beijing has commented": a negated compound subject
        for (int i = group - 1; i >= 0 && group - i <= 10; i--) {
            if (BOUNDARIES.contains(s.lower(i)) || s.lower(i).equals(",")) {
                break;
            }
            if (s.lower(i).equals("neither")) {
                return true;
            }
        }
        // "has yet to ratify", "is yet to respond": not done (R8); "failed to" is a verb of its own
        for (int i = Math.max(0, verb - 3); i + 1 < verb; i++) {
            if (s.lower(i).equals("yet") && s.lower(i + 1).equals("to")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SPECULATIVE = Set.of("could", "might", "may");

    /** "could attack", "might invade": a possibility, not an intent. */
    private static boolean speculation(Sentence s, int group, int verb) {
        for (int i = group; i < verb; i++) {
            if (SPECULATIVE.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasModal(Sentence s, int group, int verb) {
        for (int i = group; i < verb; i++) {
            if (MODALS.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPassive(Sentence s, int group, VerbMatch m) {
        boolean be = false;
        for (int i = group; i < m.start(); i++) {
            if (BE.contains(s.lower(i))) {
                be = true;
            }
        }
        if (!be) {
            return false;
        }
        String f = m.formText();
        int space = f.indexOf(' ');
        String first = space < 0 ? f : f.substring(0, space);
        // "is open to talks", "was concerned about": an adjective with its preposition, not a participle
        if (first.equals("open") || space > 0 && ADJECTIVES_WITH_PREPOSITION.contains(first)) {
            return false;
        }
        return first.endsWith("ed") || first.endsWith("en") || IRREGULAR_PARTICIPLES.contains(f)
                || IRREGULAR_PARTICIPLES.contains(first);
    }

    /** Participles that, followed by their preposition in a verb form, are adjectives of a state of mind. */
    private static final Set<String> ADJECTIVES_WITH_PREPOSITION = Set.of("concerned", "worried", "alarmed");

    /** Prepositions that take a noun, so a verb form right after one is a noun ("against travel"). */
    private static final Set<String> NOUN_PREPOSITIONS = Set.of("against", "on", "of", "by", "via", "about", "for", "over", "from",
            "into", "with", "despite", "amid", "without");
    private static final Set<String> AFTER_PARTICIPLE = Set.of("by", "in", "at", "on", "near", "during", "over", "after",
            "since", "for", "last", "yesterday", "today", "overnight", "earlier", ",", ".");

    /**
     * "soldiers killed in Ukraine", "civilians imprisoned for acting against Moscow", "diplomats expelled by
     * Russia": a participle of force, coercion or expulsion right after an actor, with no auxiliary and no
     * object, is a passive whose patient is that actor (the active verb would take an object).
     */
    private static boolean reducedPassive(Sentence s, List<ActorMention> mentions, int group, VerbMatch m, String code) {
        if (group != m.start() || m.last() != m.end() || m.end() >= s.size() || code == null
                || !(code.startsWith("16") || code.startsWith("17") || code.startsWith("18") || code.startsWith("20"))
                || !AFTER_PARTICIPLE.contains(s.lower(m.end())) || !endsActor(mentions, m.start())) {
            return false;
        }
        String f = m.formText();
        return f.endsWith("ed") || f.endsWith("en") || IRREGULAR_PARTICIPLES.contains(f);
    }

    /** "by Germany" after a passive verb or a nominal form. */
    private static ActorMention byAgent(Sentence s, List<ActorMention> mentions, int from) {
        for (int i = from; i < Math.min(s.size(), from + 8); i++) {
            String w = s.lower(i);
            if (BOUNDARIES.contains(w) || w.equals(".")) {
                return null;
            }
            if (w.equals("by")) {
                int at = i + 1;
                // "by the EU", "by more than 40 Russian drones", "by dozens of Israeli jets"
                while (at < s.size() && at - i <= 5 && (AGENT_QUANTIFIERS.contains(s.lower(at)) || number(s.lower(at)))) {
                    at++;
                }
                for (ActorMention m : mentions) {
                    if (m.start() > i && m.start() <= at && m.isResolved()) {
                        return m; // "by Germany", "by the West" (a mention that holds its article)
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static final Set<String> AGENT_QUANTIFIERS = Set.of("the", "its", "a", "an", "more", "than", "at", "least",
            "some", "about", "around", "nearly", "almost", "over", "up", "to", "scores", "of");

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> HARMED = Set.of("killed", "wounded", "injured", "died", "hurt", "destroyed", "damaged");

    /**
     * "was killed in an Israeli strike on his guesthouse": the strike is how the killing was done and names its
     * attacker, one act (R5); "killed in a clash with Chinese troops" names no attacker and stays.
     */
    private static boolean meansOfHarm(Sentence s, List<ActorMention> mentions, int noun) {
        int k = noun - 1;
        while (k >= 0 && noun - k <= 3 && !s.lower(k).equals("in")) {
            k--;
        }
        return k >= 1 && s.lower(k).equals("in") && HARMED.contains(s.lower(k - 1)) && attacker(s, mentions, k) != null;
    }

    private static final Set<String> ATTACKS = Set.of("strike", "strikes", "airstrike", "airstrikes", "air strike",
            "attack", "attacks", "raid", "raids", "bombing", "bombardment", "shelling", "barrage");

    /** "was killed in an Israeli strike", "died in a Russian missile attack": the attack's owner does the deed. */
    private static ActorMention attacker(Sentence s, List<ActorMention> mentions, int from) {
        if (from + 2 >= s.size() || !(s.lower(from).equals("in") || s.lower(from).equals("by"))) {
            return null;
        }
        int at = from + 1;
        while (at < s.size() && ARTICLES.contains(s.lower(at))) {
            at++;
        }
        for (ActorMention a : mentions) {
            if (a.start() == at && a.isResolved() && !a.possessive() && !a.locative()) {
                for (int t = a.end() - 1; t < Math.min(s.size(), a.end() + 3); t++) {
                    if (ATTACKS.contains(s.lower(t))) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    /** The possessor of a nominal form: "Putin's visit", "Xi Jinping's three-day visit". */
    private static ActorMention possessor(Sentence s, List<ActorMention> mentions, int noun) {
        for (ActorMention m : mentions) {
            if (m.possessive() && m.isResolved() && m.end() + 1 <= noun && noun - (m.end() + 1) <= 2) {
                boolean clear = true;
                for (int i = m.end() + 1; i < noun; i++) {
                    clear &= s.token(i).isWord() && !BOUNDARIES.contains(s.lower(i));
                }
                if (clear) {
                    return m;
                }
            }
        }
        return null;
    }

    private static final Set<String> NOMINAL_TARGET_PREPOSITIONS = Set.of("to", "with", "of", "on", "against", "between",
            "in", "and", "into");


    private static List<ActorMention> nominalTarget(Sentence s, List<ActorMention> mentions, VerbMatch m, ActorMention agent) {
        for (ActorMention a : mentions) {
            if (a.start() >= m.end() && a.start() <= m.last() + 3 && a != agent && a.isResolved()) {
                String prep = a.start() > 0 ? s.lower(a.start() - 1) : "";
                if ((prep.equals("the") || POSSESSIVE_PRONOUNS.contains(prep) || Words.DIRECTIONS.contains(prep)) && a.start() > 1) {
                    prep = s.lower(a.start() - 2); // "talks with his counterpart", "incursion into northern Iraq"
                }
                String code = m.pattern().code();
                if (NOMINAL_TARGET_PREPOSITIONS.contains(prep)
                        || prep.equals("from") && code != null && code.startsWith("087") || m.last() > m.end()) {
                    return expandForward(s, mentions, a);
                }
            }
        }
        return List.of();
    }

    /** The subject: the nearest actor before the verb in its clause, with coordinated actors. */
    private static List<ActorMention> subject(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v,
                                              List<List<ActorMention>> sourcesOf, int group, boolean[] suppressed) {
        int k = group - 1;
        // the complement of an intent verb has the intent verb's subject ("offered to mediate")
        if (v > 0 && verbs.get(v - 1).entry().governs() == VerbEntry.Governs.INTENT && linked(s, verbs.get(v - 1), verbs.get(v))) {
            return sourcesOf.get(v - 1);
        }
        // "and" or "," right before the verb: the subject of the previous verb ("met Xi and signed")
        // (a verb inside the words of an earlier pattern is not the one coordinated: "demanded that
        // Canada release X and warned")
        int previous = v - 1;
        while (previous > 0 && suppressed[previous] && verbs.get(previous).entry().kind() != VerbEntry.Kind.SAY
                && verbs.get(previous - 1).last() > verbs.get(previous).start()) {
            previous--;
        }
        // ", telling Biden ...", "... and pledged": a participle after a comma, or a verb right after "and", belongs
        // to the clause's verb, not to a nominal in its object ("rejected calls for a Palestinian state, telling ...",
        // "apologised for the genocide of the Herero ... and pledged") nor to a participle describing a noun ("demanded
        // the release of a tanker seized by British marines, and summoned")
        boolean joinedVerb = k >= 0 && (s.lower(k).equals(",") && verbs.get(v).formText().endsWith("ing") || s.lower(k).equals("and"));
        while (joinedVerb && previous > 0 && (verbs.get(previous).nominal()
                || s.lower(k).equals("and") && nounModifier(s, mentions, verbs.get(previous)))) {
            previous--;
        }
        int relative = beforeRelativeClause(s, group); // "Germany, which holds the presidency, condemned ..."
        if (relative == group && k >= 0 && (s.lower(k).equals("and") || s.lower(k).equals(",") || s.lower(k).equals("but")) && v > 0
                && verbs.get(previous).last() <= k + 1 && !verbs.get(previous).nominal()) {
            return sourcesOf.get(previous);
        }
        if (k >= 1 && s.lower(k).equals("but") && s.lower(k - 1).equals(",")) {
            for (int w = v - 1; w >= 0; w--) {
                if (!verbs.get(w).nominal()) {
                    return sourcesOf.get(w); // "did not sign any agreement at their meeting, but agreed to"
                }
            }
        }
        if (k >= 0 && GERUND_CONNECTIVES.contains(s.lower(k)) && verbs.get(v).formText().endsWith("ing")) {
            // "opened the summit by thanking him", "ordered ... after accusing Seoul": the gerund's
            // subject is the main clause's
            int main = firstWithSources(sourcesOf, v);
            if (main >= 0) {
                return sourcesOf.get(main);
            }
            List<ActorMention> before = firstSubject(s, mentions, k);
            return before.isEmpty() ? subjectAfterComma(s, mentions, verbs.get(v).last()) : before;
        }
        int before = k;
        if (k >= 0 && UNRESOLVED_SUBJECTS.contains(s.lower(k)) && mentions.stream().noneMatch(a -> a.start() <= before && a.end() > before)) {
            return List.of(); // "... telling Blinken it would threaten Egypt's security": the verb has its own subject
        }
        boolean infinitive = false;
        for (int t = group; t < verbs.get(v).start(); t++) {
            infinitive |= s.lower(t).equals("to");
        }
        if (k >= 1 && s.lower(k).equals("which") && v + 1 < verbs.size() && !verbs.get(v + 1).formText().endsWith("ing")
                && commaBetween(s, verbs.get(v).last(), verbs.get(v + 1).start())) {
            return List.of(); // "The Kremlin, which has denied any involvement, accused ...": a description of the subject
        }
        if (k >= 1 && (s.lower(k).equals("who") || s.lower(k).equals("which"))) {
            // "Taipei, which called the decision regrettable": the actor right before the relative pronoun
            k -= s.lower(k - 1).equals(",") ? 2 : 1;
            for (ActorMention m : mentions) {
                if (m.end() == k + 1 && m.isResolved() && !m.locative()) {
                    return expandBackward(s, mentions, m); // not a place: "a strike in Damascus, which killed"
                }
            }
            return List.of();
        }
        group = relative;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.end() > group) {
                continue;
            }
            if (group - m.end() > 14) {
                return List.of();
            }
            boolean blocked = false;
            for (int t = m.end(); t < group && !blocked; t++) {
                blocked = BOUNDARIES.contains(s.lower(t)) || ownSubjectClause(s, t, group);
            }
            for (int w = 0; w < v && !blocked; w++) {
                VerbMatch other = verbs.get(w);
                // another verb between the actor and this verb: the actor is that verb's object
                if (other.start() >= m.end() && other.end() <= group && other.entry().kind() != VerbEntry.Kind.SAY
                        && !other.nominal() && other.pattern().code() != null) {
                    if (infinitive) {
                        return List.of(); // "urged X to sign": the complement of the earlier verb
                    }
                    blocked = true;
                }
            }
            if (blocked) {
                return List.of();
            }
            if (!m.isResolved() && m.kind() == ActorMention.Kind.AGENT_ONLY && m.end() == group
                    && LOCALS.contains(String.valueOf(m.sector()))) {
                // "..., and police opened fire": the verb's own subject, which the sentence's place may complete
                return List.of(m);
            }
            if (!m.isResolved() || m.locative()) {
                continue;
            }
            String prep = m.start() > 0 ? s.lower(m.start() - 1) : "";
            if (prep.equals("the") && m.start() > 1) {
                prep = s.lower(m.start() - 2);
            }
            if (OBJECT_PREPOSITIONS.contains(prep) && !quantityOf(s, m.start()) || m.possessive()) {
                continue;
            }
            List<ActorMention> conjuncts = expandBackward(s, mentions, m);
            if (infinitive && objectOfEarlierVerb(s, verbs, v, conjuncts.get(0))) {
                return List.of(); // "asked Lula to support": the complement of the earlier verb
            }
            if (conjuncts.size() > 1 && objectOfEarlierVerb(s, verbs, v, conjuncts.get(0))) {
                // "Azerbaijan freed 32 Armenian soldiers and Armenia released ...": the first conjunct is the
                // earlier verb's object, the rest this clause's subject
                return conjuncts.subList(1, conjuncts.size());
            }
            return conjuncts;
        }
        return List.of();
    }

    /**
     * A list of actors after a verb cut where one of them opens a clause of its own ("freed 32 Armenian
     * soldiers and Armenia released ..."): that actor, right before a finite verb (auxiliaries and adverbs
     * between, no "to"), is its subject, not this verb's object.
     */
    private static List<ActorMention> beforeNextClause(Sentence s, List<VerbMatch> verbs, List<ActorMention> conjuncts) {
        for (int i = 1; i < conjuncts.size(); i++) {
            int t = conjuncts.get(i).end();
            while (t < s.size() && AUXILIARIES.contains(s.lower(t)) && !s.lower(t).equals("to")) {
                t++;
            }
            for (VerbMatch w : verbs) {
                if (w.start() == t && !w.nominal() && !w.formText().endsWith("ing")) { // "Sweden joining NATO" is no clause
                    return conjuncts.subList(0, i);
                }
            }
        }
        return conjuncts;
    }

    /** "a tanker seized by British marines": a participle with its by-agent right after a noun, not a clause's verb. */
    private static boolean nounModifier(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        return m.formText().endsWith("ed") && groupStart(s, m.start()) == m.start() && m.end() < s.size()
                && s.lower(m.end()).equals("by") && m.start() > 0 && s.token(m.start() - 1).isWord()
                && !endsActor(mentions, m.start());
    }

    private static final Set<String> RELATIVES = Set.of("which", "who", "whose", "whom");

    /**
     * Where the subject ends when a non-restrictive relative clause stands between it and the verb
     * ("Germany, which holds the presidency, condemned"): the comma that opens the clause; otherwise the verb.
     */
    private static int beforeRelativeClause(Sentence s, int verb) {
        if (verb < 4 || !s.lower(verb - 1).equals(",")) {
            return verb;
        }
        for (int c = verb - 3; c >= Math.max(1, verb - 25); c--) {
            String w = s.lower(c);
            if (w.equals(",")) {
                return RELATIVES.contains(s.lower(c + 1)) ? c : verb;
            }
            if (w.equals(";") || w.equals(":")) {
                return verb;
            }
        }
        return verb;
    }

    private static final Set<String> GERUND_PREPOSITIONS = Set.of("against", "from", "of");
    private static final Set<String> STOPPING = Set.of("stop", "stops", "stopped", "stopping", "halt", "halts", "halted",
            "cease", "ceases", "ceased", "quit", "end", "ending");
    private static final Set<String> TIME_CONNECTIVES = Set.of("after", "before", "until", "when");

    /**
     * "after a far-right politician burned a Koran": a time clause with words of its own before its verb
     * has its own subject, even one the dictionaries do not know; the main clause's actor is not it.
     */
    private static boolean ownSubjectClause(Sentence s, int connective, int group) {
        if (!TIME_CONNECTIVES.contains(s.lower(connective)) || connective + 1 >= group) {
            return false;
        }
        for (int t = connective + 1; t < group; t++) {
            if (s.lower(t).equals(",")) {
                return false; // "Xi, after talks with Biden, agreed": the clause ends before the verb
            }
        }
        return true;
    }

    private static final Set<String> QUANTITIES = Set.of("thousands", "hundreds", "dozens", "millions", "scores",
            "tens", "crowds", "groups", "group", "number", "majority", "some", "many", "most", "all", "contingent",
            "delegation", "team", "battalion", "unit", "convoy", "fleet", "squadron", "detachment", "wave", "flotilla");

    /** "Tens of thousands of Georgians", "a group of Russian soldiers": the actor after "of" heads the phrase. */
    private static boolean quantityOf(Sentence s, int actor) {
        int of = actor - 1;
        if (of >= 0 && s.lower(of).equals("the")) {
            of--;
        }
        return of >= 1 && s.lower(of).equals("of") && QUANTITIES.contains(s.lower(of - 1));
    }

    /**
     * The country of the place a meeting is said to take place in ("met Xi in Beijing"), {@link #VENUE} for
     * a meeting of an organization ("on the sidelines of the G20 summit"), or null.
     */
    private static String meetingPlace(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        for (int w = m.start() - 1; w >= Math.max(1, m.start() - 4); w--) {
            if (s.lower(w).equals("where") && s.lower(w - 1).equals(",")) {
                // "flew to Hiroshima, where he met Modi": the place the clause hangs on
                for (ActorMention a : mentions) {
                    if (a.end() == w - 1 && a.locative() && a.placeCode() != null) {
                        return country(a.placeCode());
                    }
                }
            }
        }
        for (ActorMention a : mentions) {
            if (a.start() < m.last() || a.start() - m.last() > 10) {
                continue;
            }
            for (int t = m.last(); t < a.start(); t++) {
                if (TARGET_STOPS.contains(s.lower(t))) {
                    return null;
                }
            }
            if (venue(s, a)) {
                return VENUE;
            }
            int p = a.start() - 1;
            while (p > 0 && (POSSESSIVE_PRONOUNS.contains(s.lower(p)) || s.lower(p).equals("the"))) {
                p--; // "at his Florida residence"
            }
            String prep = p >= 0 ? s.lower(p) : "";
            // "in Russia's Far East": a country's possessive names the region's country
            if ((a.locative() || a.possessive() || p < a.start() - 1) && (prep.equals("in") || prep.equals("at")) && a.placeCode() != null) {
                return country(a.placeCode());
            }
        }
        return null;
    }

    /** Not a country: the place of a meeting held by an organization, a third place for any two states. */
    private static final String VENUE = "venue";
    private static final Set<String> GATHERINGS = Set.of("summit", "summits", "meeting", "meetings", "conference",
            "ministerial", "forum", "gathering", "assembly", "session", "talks");
    private static final Set<String> VENUE_PREPOSITIONS = Set.of("at", "of", "during", "to", "for");

    /** "at the NATO summit", "on the sidelines of the G20 meeting", "to the G7 summit": an organization's gathering as a place. */
    private static boolean venue(Sentence s, ActorMention a) {
        int p = a.start() - 1;
        if (p >= 0 && s.lower(p).equals("the")) {
            p--;
        }
        boolean placed = p >= 0 && VENUE_PREPOSITIONS.contains(s.lower(p));
        return placed && a.code() != null && (a.code().startsWith("IGO") || a.code().startsWith("NGO")) && gatheringEnd(s, a) > 0;
    }

    /** The end of the gathering word of "the G7 summit" or of a body named "NATO summit", or 0. */
    private static int gatheringEnd(Sentence s, ActorMention a) {
        if (GATHERINGS.contains(s.lower(a.end() - 1))) {
            return a.end();
        }
        return a.end() < s.size() && GATHERINGS.contains(s.lower(a.end())) ? a.end() + 1 : 0;
    }

    /** "the G7 summit in Hiroshima": the place named right after a venue's gathering, or null. */
    private static ActorMention placeOfVenue(Sentence s, List<ActorMention> mentions, ActorMention venue) {
        for (ActorMention a : mentions) {
            int in = gatheringEnd(s, venue);
            if (a.start() == in + 1 && s.lower(in).equals("in") && a.placeCode() != null) {
                return a;
            }
        }
        return null;
    }

    /** "After meeting Xi in California, Joe Biden told ...": the main clause's subject after the opening clause. */
    private static List<ActorMention> subjectAfterComma(Sentence s, List<ActorMention> mentions, int from) {
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
    private static List<ActorMention> firstSubject(Sentence s, List<ActorMention> mentions, int before) {
        for (ActorMention m : mentions) {
            if (m.start() >= before) {
                break;
            }
            if (!m.isResolved() || m.locative() || m.possessive()) {
                continue;
            }
            String prep = m.start() > 0 ? s.lower(m.start() - 1) : "";
            if (prep.equals("the") && m.start() > 1) {
                prep = s.lower(m.start() - 2);
            }
            if (!OBJECT_PREPOSITIONS.contains(prep) || quantityOf(s, m.start())) {
                return expandBackward(s, mentions, m);
            }
        }
        return List.of();
    }

    private static final Set<String> OBJECT_GAP_WORDS = Set.of("the", "a", "an", "his", "her", "its", "their", "on", "upon");

    /** An actor right after an earlier verb (articles and titles between): that verb's object. */
    private static boolean objectOfEarlierVerb(Sentence s, List<VerbMatch> verbs, int v, ActorMention m) {
        for (int w = 0; w < v; w++) {
            VerbMatch other = verbs.get(w);
            if (other.end() <= m.start() && m.start() - other.end() <= 2 && other.entry().kind() != VerbEntry.Kind.SAY) {
                boolean clear = true;
                for (int t = other.end(); t < m.start(); t++) {
                    clear &= OBJECT_GAP_WORDS.contains(s.lower(t)) || number(s.lower(t)); // "freed 32 soldiers"
                }
                if (clear) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The patient of a passive: the nearest actor before it, a possessor included ("Putin's visit was criticized"). */
    private static List<ActorMention> passiveSubject(Sentence s, List<ActorMention> mentions, int group) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.end() > group) {
                continue;
            }
            if (group - m.end() > 10) {
                return List.of();
            }
            for (int t = m.end(); t < group; t++) {
                if (BOUNDARIES.contains(s.lower(t))) {
                    return List.of();
                }
            }
            if (m.isResolved() && !m.locative()) {
                int p = m.start() - 1;
                while (p > 0 && (s.lower(p).equals("the") || number(s.lower(p)))) {
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

    private static final Set<String> NUMBERS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "several", "dozens", "hundreds", "thousands");

    private static final Set<String> WEAPONS = Set.of("strike", "strikes", "airstrike", "airstrikes", "missile", "missiles",
            "rocket", "rockets", "shelling", "bombardment", "bombing", "bombings", "attack", "attacks", "raid", "raids",
            "drone", "drones", "blast", "explosion", "barrage");
    private static final Set<String> VICTIMS = Set.of("people", "civilians", "villagers", "residents", "men", "women",
            "children", "worshippers", "refugees", "inhabitants", "persons");

    /**
     * A count of a hundred or more people right after a killing verb ("more than 400 civilians", "between 10,000 and
     * 15,000 people", "hundreds of villagers" is a pattern): the manual's mass killing of non-combatants (202).
     */
    private static boolean massKilling(Sentence s, VerbMatch m) {
        if (m.start() > 0 && WEAPONS.contains(s.lower(m.start() - 1))) {
            return false; // "Israeli air strikes killed 100 people": the strike is the act (R17)
        }
        boolean hundred = false;
        int at = m.end();
        for (int i = at; i < s.size() && i < at + 7; i++) {
            String w = s.lower(i);
            if (VICTIMS.contains(w)) {
                return hundred;
            }
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                hundred |= Words.count(w) >= 100;
            } else if (!AGENT_QUANTIFIERS.contains(w) && !w.equals("between") && !w.equals("and")) {
                return false;
            }
        }
        return false;
    }

    /** People or hostages named as what the verb acts on ("killed 200 people", "took 150 people hostage"). */
    private static boolean victims(Sentence s, VerbMatch m) {
        for (int i = m.start(); i < s.size() && i < m.last() + 6; i++) {
            String w = s.lower(i);
            if (VICTIMS.contains(w) || w.equals("hostage") || w.equals("hostages") || w.equals("captives")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> INVADED = Set.of("on", "into", "inside", "in");
    /** A country right after "on", "into" or "inside", perhaps with a region word: "attack on southern Israel". */
    private static boolean invaded(Sentence s, int at) {
        int p = at - 1;
        while (p >= 0 && (Words.DIRECTIONS.contains(s.lower(p)) || s.lower(p).equals("the"))) {
            p--;
        }
        return p >= 0 && INVADED.contains(s.lower(p));
    }

    /**
     * The people of the country attacked, for hostages taken and mass killings whose victims are only "people": a bare
     * state target becomes its people (ISR -> ISRCVL); with no target, the first place of another country the sentence
     * names ("into southern Israel", "attack on southern Israel").
     */
    private static List<ActorMention> peopleAttacked(Sentence s, List<ActorMention> mentions, ActorMention source,
                                                     List<ActorMention> targets) {
        String own = country(source.code());
        if (targets.stream().anyMatch(ActorMention::isResolved)) {
            if (targets.size() == 1 && targets.get(0).code().length() == 3 && !targets.get(0).code().equals(own)) {
                ActorMention t = targets.get(0);
                return List.of(t.withCodes(List.of(t.code() + "CVL"), ActorMention.Kind.COMPOSED, List.of("people:" + t.code())));
            }
            return targets;
        }
        for (ActorMention a : mentions) {
            String c = a.isResolved() ? country(a.code()) : null;
            if (c != null && c.length() == 3 && Coreference.isCountryCode(c) && !c.equals(own) && a.code().length() == 3
                    && (a.locative() || a.kind() == ActorMention.Kind.METONYM || invaded(s, a.start()))) {
                return List.of(a.withCodes(List.of(c + "CVL"), ActorMention.Kind.COMPOSED, List.of("people:" + c)));
            }
        }
        return targets;
    }

    /** "40", "four", "dozens": a number before the actor it counts ("by 40 drones", "of four regions"). */
    private static boolean number(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) || NUMBERS.contains(w);
    }

    private static ActorMention possessorBefore(List<ActorMention> mentions, ActorMention m) {
        for (int i = mentions.indexOf(m) - 1; i >= 0 && m.start() - mentions.get(i).end() <= 4; i--) {
            if (mentions.get(i).possessive() && mentions.get(i).isResolved()) {
                return mentions.get(i);
            }
        }
        return null;
    }

    /** The target: the first actor after the pattern, in the same clause. */
    private static List<ActorMention> target(Sentence s, List<ActorMention> mentions, VerbMatch m, String code) {
        // actors among the pattern's words count ("expelled seven senior UN officials"); the
        // distance and the clause boundaries are counted from the pattern's end
        int from = m.last();
        int labelled = labelledObject(s, from);
        for (ActorMention a : mentions) {
            if (a.start() < m.end() || a.start() < labelled && labelled > from) {
                continue;
            }
            if (a.start() - Math.max(from, labelled) > 8) {
                return List.of();
            }
            for (int t = Math.max(from, labelled); t < a.start(); t++) {
                if (TARGET_STOPS.contains(s.lower(t))) {
                    return List.of();
                }
            }
            if (attribution(s, a)) {
                return List.of();
            }
            if (a.start() > 0 && s.lower(a.start() - 1).equals("what")) {
                continue; // "struck what New Delhi described as a camp": the describer is no target
            }
            if (code != null && code.startsWith("04") && venue(s, a)) {
                ActorMention place = placeOfVenue(s, mentions, a);
                if (place != null && code.startsWith("042")) {
                    return List.of(place); // "flew to the G7 summit in Hiroshima": a visit to Japan
                }
                continue; // "met on the sidelines of the G20 summit": the organization is where, not whom
            }
            if (!a.isResolved()) {
                continue;
            }
            String prep = a.start() > 0 ? s.lower(a.start() - 1) : "";
            if (a.kind() == ActorMention.Kind.COREFERENCE && POSSESSIVE_PRONOUNS.contains(prep)) {
                continue; // "recalled its ambassador from Israel": the source's own agent is no target
            }
            if (prep.equals("the") && a.start() > 1) {
                prep = s.lower(a.start() - 2);
            }
            if (a.locative() && placeOfForce(code)) {
                ActorMention victim = killedAfter(s, mentions, a);
                if (victim != null) {
                    return List.of(victim); // "a drone strike near Baghdad airport killed Soleimani": whom, not where
                }
            }
            if (a.locative() && !placeTarget(code, prep)) {
                continue;
            }
            // "rejected accusations by Washington": the accuser is the target of a denial (R8);
            // "from" names the one asked ("demanded an explanation from Washington", "sought aid from")
            if (prep.equals("by") && !byNamesTarget(code)
                    || prep.equals("from") && !asksFrom(code)) {
                continue;
            }
            ActorMention hosted = placeOfForce(code) ? hosted(s, mentions, a) : null;
            return expandForward(s, mentions, hosted != null ? hosted : a);
        }
        return List.of();
    }

    private static final Set<String> HOSTING = Set.of("hosting", "housing", "sheltering");

    /** "missiles at Iraqi bases hosting U.S. troops": force on a place aimed at whom it hosts; or null. */
    private static ActorMention hosted(Sentence s, List<ActorMention> mentions, ActorMention place) {
        if (place.end() >= s.size() || !HOSTING.contains(s.lower(place.end()))) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.start() > place.end() && m.start() <= place.end() + 3 && m.isResolved()) {
                return m;
            }
        }
        return null;
    }

    private static final Set<String> LABELLING = Set.of("said", "says", "called", "calls", "described", "describes",
            "claimed", "claims", "alleged", "considers", "considered", "termed", "dubbed");
    private static final Set<String> COPULAS = Set.of("was", "were", "is", "are", "as", "be");

    /**
     * "struck what New Delhi said was a camp in Pakistan", "strikes on what it called terrorist sites in Pakistan": the
     * object named through someone's label is what follows the label; returns where it starts (or {@code at}).
     */
    private static int labelledObject(Sentence s, int at) {
        int what = at < s.size() && OBJECT_PREPOSITIONS.contains(s.lower(at)) ? at + 1 : at;
        if (what >= s.size() || !s.lower(what).equals("what")) {
            return at;
        }
        for (int i = what + 2; i < s.size() && i <= what + 5; i++) {
            if (LABELLING.contains(s.lower(i))) {
                int next = i + 1;
                while (next < s.size() && (COPULAS.contains(s.lower(next)) || s.lower(next).equals("to"))) {
                    next++;
                }
                return next;
            }
        }
        return at;
    }

    /** ", the White House said": the speaker of a trailing attribution. */
    private static boolean attribution(Sentence s, ActorMention a) {
        int before = a.start() - 1;
        if (before >= 0 && s.lower(before).equals("the")) {
            before--;
        }
        int verb = a.end();
        if (verb + 1 < s.size() && s.token(verb).isWord() && Character.isLowerCase(s.token(verb).text().charAt(0))
                && !ATTRIBUTING.contains(s.lower(verb))) {
            verb++; // ", the Taliban government said": a role word the actor does not include
        }
        return before >= 0 && s.lower(before).equals(",") && verb < s.size() && ATTRIBUTING.contains(s.lower(verb));
    }

    private static final Set<String> LIGHT_VERBS = Set.of("made", "make", "makes", "making", "issued", "issue", "issues",
            "renewed", "renews", "launched", "launches", "undertook", "undertakes", "began", "begins", "started", "starts",
            "resumed", "resumes", "completed", "completes", "conducted", "conducts", "gave", "gives", "extended",
            "lodged", "delivered", "continued", "continues", "stepped", "announced", "paid", "pays", "wrapped", "concluded",
            "sent", "sends", "led", "leads", "offered", "offers");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their", "new", "up", "fresh",
            "first", "second", "another", "further", "formal", "official", "urgent");

    /**
     * "Qatar launched a mediation effort between ...", "renewed its appeal to Belgium": a nominal event
     * after a light verb has the light verb's subject as its source.
     */
    private static List<ActorMention> lightVerbSubject(Sentence s, List<ActorMention> mentions, int noun) {
        int i = noun - 1;
        while (i >= 0 && noun - i <= 4 && !LIGHT_VERBS.contains(s.lower(i)) && !responsible(s, i)) {
            String w = s.lower(i);
            if (!(DETERMINERS.contains(w) || s.token(i).isWord() && Character.isLowerCase(s.token(i).text().charAt(0))
                    && !BOUNDARIES.contains(w) && !OBJECT_PREPOSITIONS.contains(w))) {
                return List.of();
            }
            i--;
        }
        if (i >= 0 && responsible(s, i)) {
            i--; // "the Syrian government was responsible for a sarin attack", "Russia was behind the attack"
        } else if (i < 0 || !LIGHT_VERBS.contains(s.lower(i))) {
            return List.of();
        }
        int verb = groupStart(s, i);
        for (int k = mentions.size() - 1; k >= 0; k--) {
            ActorMention m = mentions.get(k);
            if (m.end() > verb) {
                continue;
            }
            if (verb - m.end() > 8) {
                return List.of();
            }
            for (int t = m.end(); t < verb; t++) {
                if (BOUNDARIES.contains(s.lower(t)) || s.lower(t).equals(",")) {
                    return List.of();
                }
            }
            if (!m.isResolved() || m.locative() || m.possessive()) {
                return List.of();
            }
            String prep = m.start() > 0 ? s.lower(m.start() - 1) : "";
            if (prep.equals("the") && m.start() > 1) {
                prep = s.lower(m.start() - 2);
            }
            return OBJECT_PREPOSITIONS.contains(prep) ? List.of() : expandBackward(s, mentions, m);
        }
        return List.of();
    }

    /** "was responsible for", "was behind" at {@code i} (the preposition): who did the act named after it. */
    private static boolean responsible(Sentence s, int i) {
        return i > 1 && (s.lower(i).equals("for") && s.lower(i - 1).equals("responsible") || s.lower(i).equals("behind"))
                && COPULAS.contains(s.lower(s.lower(i).equals("for") ? i - 2 : i - 1));
    }

    /**
     * R6: a nominal event that is the object of an earlier coded verb ("condemned Pelosi's visit to
     * Taiwan", "welcomed the agreement between") is reported as news elsewhere, not coded here.
     */
    private static boolean responseObject(Sentence s, List<VerbMatch> verbs, int v) {
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
                if (BOUNDARIES.contains(x) || x.equals(",") || OBJECT_PREPOSITIONS.contains(x) && !x.equals("of")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static final Set<String> NOMINAL_DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their",
            "this", "that", "these", "those", "'s");
    private static final Set<String> EMBEDDING_PREPOSITIONS = Set.of("on", "about", "over", "of", "by", "into",
            "from", "against", "regarding", "concerning", "toward", "towards", "upon", "as");

    /**
     * R1: a nominal event in the object of a preposition ("talks focused on Russia's invasion of Ukraine",
     * "fears of an Israeli strike on Iran", "overshadowed by Russia's attacks") is a topic, not an event
     * the sentence reports. Its noun phrase is walked back over determiners, a possessor and up to two
     * modifiers after a determiner ("a two-day visit") to the word that governs it.
     */
    private static boolean prepositionObject(Sentence s, List<ActorMention> mentions, int noun) {
        int k = noun - 1;
        int modifiers = 0;
        while (k >= 0) {
            int at = k;
            ActorMention owner = mentions.stream().filter(a -> a.end() == at + 1).findFirst().orElse(null);
            String w = s.lower(k);
            if (owner != null) {
                k = owner.start() - 1;
            } else if (isQuote(w)) {
                k--; // "as a 'hybrid attack' on the EU"
            } else if (NOMINAL_DETERMINERS.contains(w)) {
                k--;
                modifiers = 0;
            } else if (modifiers < 2 && s.token(k).isWord() && Character.isLowerCase(s.token(k).text().charAt(0))
                    && k > 0 && !EMBEDDING_PREPOSITIONS.contains(w) && !BOUNDARIES.contains(w)
                    && (NOMINAL_DETERMINERS.contains(s.lower(k - 1)) || modifiers == 1 || isQuote(s.lower(k - 1)))) {
                k--;
                modifiers++;
            } else {
                break;
            }
        }
        return k >= 0 && EMBEDDING_PREPOSITIONS.contains(s.lower(k));
    }

    private static boolean isQuote(String w) {
        return w.equals("'") || w.equals("\"");
    }

    private static final Set<String> CALLED_OFF = Set.of("postponed", "cancelled", "canceled", "delayed", "scrapped",
            "shelved", "called");
    private static final Set<String> COLLAPSED = Set.of("collapsed", "collapses", "expired", "expires", "unravelled",
            "unraveled", "faltered", "crumbled", "failed", "fails");

    /**
     * "... was postponed / cancelled / called off", "the truce between X and Y collapsed": a nominal event that
     * did not take place or no longer holds.
     */
    private static boolean calledOff(Sentence s, int from) {
        for (int i = from; i < Math.min(s.size(), from + 10); i++) {
            String w = s.lower(i);
            if (BOUNDARIES.contains(w) || w.equals(",")) {
                return false;
            }
            if (i < from + 6 && CALLED_OFF.contains(w) && i > 0 && BE.contains(s.lower(i - 1))
                    && (!w.equals("called") || i + 1 < s.size() && s.lower(i + 1).equals("off"))) {
                return true;
            }
            String next = i + 1 < s.size() ? s.lower(i + 1) : "";
            if (COLLAPSED.contains(w) && !next.equals("to") || (w.equals("broke") || w.equals("breaks")) && next.equals("down")) {
                return true; // not "failed to" (a verb of its own), nor "broke out"
            }
        }
        return false;
    }

    /** A nominal of a reciprocal act (talks, fighting, a meeting) followed by "between". */
    private static boolean reciprocalBetween(Sentence s, VerbMatch m, String code) {
        boolean reciprocal = m.pattern().reverseCode() != null || code != null && code.startsWith("19");
        return reciprocal && (m.formText().endsWith("between") || betweenAt(s, m) >= 0);
    }

    /**
     * The "between" that names a nominal's parties: right after it, or after what happened to it in the same
     * clause ("Fighting erupted in Khartoum between Sudan's army and the RSF"); -1 when none.
     */
    private static int betweenAt(Sentence s, VerbMatch m) {
        // from the form itself: a pattern's slot may have run past the "between" ("a phone call between the
        // Japanese and Turkish foreign ministers")
        for (int i = m.end(); i < Math.min(s.size(), m.last() + 7); i++) {
            String w = s.lower(i);
            if (w.equals("between")) {
                return i;
            }
            if (w.equals(",") || BOUNDARIES.contains(w) || w.equals("and")) {
                return -1;
            }
        }
        return -1;
    }

    private static List<ActorMention> betweenParties(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        int from = m.formText().endsWith("between") ? m.start() : Math.max(m.start(), betweenAt(s, m));
        for (ActorMention a : mentions) {
            if (a.start() >= from && a.start() <= Math.max(m.last(), from) + 2 && a.isResolved()) {
                return expandForward(s, mentions, a);
            }
        }
        return List.of();
    }

    private static final Set<String> KILLED = Set.of("killed", "kills", "kill", "killing", "assassinated", "assassinates",
            "assassinate", "assassinating", "dead", "eliminated", "eliminating");

    /** The actor killed later in the clause of a place: "a strike near Baghdad airport killed Soleimani". */
    private static ActorMention killedAfter(Sentence s, List<ActorMention> mentions, ActorMention place) {
        for (int t = place.end(); t < Math.min(s.size(), place.end() + 4); t++) {
            if (TARGET_STOPS.contains(s.lower(t)) || s.lower(t).equals(",")) {
                return null;
            }
            if (KILLED.contains(s.lower(t))) {
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

    private static final Set<String> RECORDS = Set.of("first", "only", "last", "highest-ranking", "highest-level",
            "senior-most", "youngest", "oldest", "highest", "biggest", "largest", "latest", "most");

    /** ", the highest-ranking American official to visit Taiwan": an appositive infinitive that describes a record. */
    private static boolean describedRecord(Sentence s, int verb) {
        if (verb < 3 || !s.lower(verb - 1).equals("to")) {
            return false;
        }
        for (int t = verb - 2; t >= Math.max(0, verb - 8); t--) {
            String w = s.lower(t);
            if (RECORDS.contains(w)) { // a superlative, not any word in -est ("a request to visit")
                // an apposition after the act it describes, not "was the first ... to visit", which reports the visit
                return t > 1 && (s.lower(t - 1).equals("the") || s.lower(t - 1).equals("a")) && s.lower(t - 2).equals(",");
            }
            if (w.equals(",") || BOUNDARIES.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> INSPECTORS = Set.of("inspectors", "inspector", "investigators", "monitors",
            "observers", "experts", "fact-finding");

    /** "IAEA inspectors", "UN investigators", "OPCW experts": a body's inspectors named by their role. */
    private static boolean inspectors(Sentence s, ActorMention a) {
        for (int t = a.start(); t < Math.min(s.size(), a.end() + 1); t++) {
            if (INSPECTORS.contains(s.lower(t))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> LEADERS = Set.of("leader", "leaders", "commander", "commanders", "chief", "founder",
            "head", "general", "generals");

    /** A named leader ("Soleimani") or a group's leader ("al-Qaeda leader Ayman al-Zawahiri", "three Hamas commanders"). */
    private static boolean leader(Sentence s, ActorMention a) {
        return a.kind() == ActorMention.Kind.PERSON || LEADERS.contains(s.lower(a.end() - 1))
                || a.end() < s.size() && LEADERS.contains(s.lower(a.end()));
    }

    /** A word of killing between the verb and its target: "a drone strike killed Soleimani", "X was shot dead". */
    private static boolean killed(Sentence s, int from, int target) {
        for (int t = from; t < target; t++) {
            if (KILLED.contains(s.lower(t))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PREMISES = Set.of("embassy", "embassies", "consulate", "consulates");

    /**
     * An embassy or consulate stormed, set on fire, raided or struck is the premises of its state, not its
     * diplomats: the bare country ("the Swedish embassy in Baghdad" -> SWE); a peaceful protest outside it
     * still addresses the government.
     */
    private static List<ActorMention> buildingsAsCountries(Sentence s, List<ActorMention> targets) {
        List<ActorMention> out = new ArrayList<>(targets.size());
        for (ActorMention t : targets) {
            String code = t.code();
            boolean premises = t.end() > t.start() && PREMISES.contains(s.lower(t.end() - 1)) && code != null
                    && code.length() > 3 && Coreference.isCountryCode(code.substring(0, 3));
            out.add(premises ? t.withCodes(List.of(code.substring(0, 3)), ActorMention.Kind.COMPOSED, List.of()) : t);
        }
        return out;
    }

    /** A force posture (15x) whose patient is armed forces or police: the force deployed or alerted. */
    private static boolean placedForce(String code, List<ActorMention> subject) {
        return code != null && code.startsWith("15") && !subject.isEmpty() && subject.stream()
                .allMatch(a -> a.code() != null && (a.code().endsWith("MIL") || a.code().endsWith("COP")));
    }

    /**
     * A place is a target as a destination ("to", "into"), of force or posture, of a deployment, sanctions or an
     * investigation "in" it ("a force in Haiti", "sanctions on 500 targets in Russia", "an inquiry into war crimes in
     * Ukraine", curfews and martial law in it), of a commemoration, of a de-escalation in, from or of it, and as the one asked "from" in refusals,
     * demands and appeals.
     */
    private static boolean placeTarget(String code, String prep) {
        if (prep.equals("to") || prep.equals("into") || placeOfForce(code)) {
            return true;
        }
        if (code == null) {
            return false;
        }
        return code.startsWith("017")
                || prep.equals("in") && (code.startsWith("163") || code.startsWith("074") || code.startsWith("0334") || code.startsWith("087")
                        || code.startsWith("09") || code.startsWith("1721") || code.startsWith("1723") || code.startsWith("1724"))
                || prep.equals("from") && (asksFrom(code) || code.startsWith("087"))
                || prep.equals("of") && code.startsWith("087");
    }

    /** Force and posture (15, 18, 19, 20) strike or threaten a place; arrests or sanctions "in" a place do not. */
    private static boolean placeOfForce(String code) {
        return code != null && (code.startsWith("15") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20"));
    }

    /**
     * A denial whose "by X" is the accuser ("rejected accusations by Washington", R8), an investigation whose
     * "by X" did what is investigated ("an inquiry into abuses by Ethiopian troops").
     */
    private static boolean byNamesTarget(String code) {
        return code != null && (code.startsWith("016") || code.startsWith("09"));
    }

    /** Refusals, demands and appeals whose "from X" names the one asked (the requester, for a refusal). */
    private static boolean asksFrom(String code) {
        return code != null && (code.startsWith("12") || code.startsWith("10") || code.startsWith("02"));
    }

    /** "China and Russia", "the United States, Britain and Australia": actors joined before this one. */
    private static List<ActorMention> expandBackward(Sentence s, List<ActorMention> mentions, ActorMention last) {
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
        return and ? out : List.of(last);
    }

    private static List<ActorMention> expandForward(Sentence s, List<ActorMention> mentions, ActorMention first) {
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
        return w.equals("and") || w.equals(",") || w.equals(", and") || w.equals("and the") || w.equals(", the")
                || w.equals("as well as") || w.equals(", and the") || w.equals("&");
    }
}
