package org.touchstone.coder.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.ActorRecognizer;
import org.touchstone.coder.actor.AllusionDetector;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.dict.PatternElement;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.ModalityCodes;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Turns verb matches and actors into events: finds the source (subject, by-agent of a passive,
 * possessor of a nominal form) and the target (pattern slot or the first actor after the verb),
 * applies negation, refusal, denial and intent, and expands coordinated actors. Stateless.
 * The steps it draws on live in their own classes: {@link Subjects}, {@link Targets}, {@link Clauses},
 * {@link Meetings} and {@link ActCodes}.
 */
public final class EventAssembler {
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
        boolean[] intendedOf = new boolean[n];
        boolean[] negatedAt = new boolean[n];
        // each step of the loop is a method of its own, which keeps assemble under HotSpot's limit of 8,000
        // bytecodes for JIT compilation: above it the method runs interpreted and the coder at a fraction of its speed
        markGoverned(s, verbs, governedBy, suppressed, intent, override);
        List<CodedAct> out = new ArrayList<>();
        List<CodedAct> encounters = new ArrayList<>();
        List<List<ActorMention>> sourcesOf = new ArrayList<>();
        List<List<ActorMention>> targetsOf = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            sourcesOf.add(List.of());
            targetsOf.add(List.of());
            VerbMatch m = verbs.get(v);
            int group = Clauses.groupStart(s, m.start());
            // "would not close Al Jazeera or cut its ties with Iran": the negation reaches a verb after "or"
            // "did not arrest Bashir during his visit": the occasion of a negated verb is no negated act
            boolean negated = Clauses.negated(s, group, m.start()) && !(m.nominal() && Clauses.occasionAfterNegation(s, group, m.start()))
                    || v > 0 && negatedAt[v - 1] && !m.nominal()
                    && group > 0 && s.lower(group - 1).equals("or") && !Clauses.commaBetween(s, verbs.get(v - 1).start(), group)
                    || v > 0 && refusedIntent(s, verbs, v - 1, negatedAt[v - 1]);
            negatedAt[v] = negated;
            if (negated && v + 1 < n && Clauses.linked(s, m, verbs.get(v + 1)) && !refusedIntent(s, verbs, v, true)) {
                suppressed[v + 1] = true;
            }
            if (unasserted(s, mentions, verbs, v, m)) {
                continue;
            }
            String code = Clauses.labelStance(s, m, override[v] != null ? override[v] : m.pattern().code());
            if (usedAsNoun(s, m) || Clauses.exileTrip(s, m, code)) {
                // "advised against travel to Tunisia": a verb's form used as a noun; "flew to Spain after being granted
                // asylum": a flight into exile, no visit
                continue;
            }
            if (byParticiple(s, mentions, verbs, m, code, group, v, sourcesOf, targetsOf, out)) {
                continue;
            }
            boolean reduced = !m.nominal() && Clauses.reducedPassive(s, mentions, group, m, code);
            if (reduced && !(m.end() < s.size() && s.lower(m.end()).equals("by")) && Subjects.attacker(s, mentions, m.end()) == null
                    || !m.nominal() && Clauses.askedFor(s, mentions, group, m, code) || Clauses.participleOnObject(s, verbs, v)
                    || agentlessWeapon(s, mentions, verbs, group, m) || strayWeapon(s, group, m, code)) {
                // R2: "ten Russian soldiers killed in Ukraine": an agentless passive; "a force requested by X"; "compared
                // the move to U.S. weapons deployed in Europe": a participle modifying an object; "a Russian cruise
                // missile fired at western Ukraine": the weapon's own participle, whose firer is not named
                continue;
            }
            int shared = Clauses.sharedPassiveGroup(s, group, m); // "were beaten and tortured by riot police"

            boolean passive = !m.nominal() && (reduced || shared >= 0 || Clauses.isPassive(s, group, m)
                    || weaponFiredBy(s, mentions, group, m));
            Participants parties = participants(s, mentions, verbs, v, m, code, shared >= 0 ? shared : group, passive, sourcesOf, suppressed);
            if (code != null && code.startsWith("04") && Subjects.companyVehicle(s, parties.sources())) {
                continue; // "Lufthansa flights landed in Minsk": an airline's planes arrive, no one visits
            }
            List<ActorMention> sources = parties.sources();
            List<ActorMention> targets = aimedAtDefender(s, mentions, verbs, sourcesOf, v, m, parties.targets());
            targets = passive || m.nominal() ? targets : ownPossessorPassed(s, mentions, m, code, parties.sources(), targets);
            targets = foughtUntilDefeated(s, mentions, targets);
            code = Clauses.inquiryCode(s, m, parties.code()); // "raided apartments ... as part of a corruption investigation"
            sourcesOf.set(v, sources);
            int earlier = v - 1;
            while (earlier > 0 && suppressed[earlier]) {
                earlier--; // "demanded that Canada release X and warned": the demand, not the release inside it
            }
            if (targets.isEmpty() && v > 0 && group > 0 && (s.lower(group - 1).equals("and") || threatAfterComma(s, m, group, code))
                    && m.entry().kind() == VerbEntry.Kind.VERBAL && sources.equals(sourcesOf.get(earlier))) {
                targets = targetsOf.get(earlier);
            }
            targets = targets.isEmpty() && v > 0 ? secondMeasureTargets(s, m, code, group, sources, sourcesOf.get(earlier), targetsOf.get(earlier))
                    : targets;
            targets = aboutSaidWords(s, mentions, verbs, sourcesOf, v, group, sources, targets);
            if (sources.size() == 1 && group == m.start() && m.entry().kind() == VerbEntry.Kind.VERBAL
                    && !Subjects.absoluteSubjects(s, mentions, m).isEmpty() && !wordsOpenWithTarget(s, m, targets)
                    && !Words.TOLD.contains(s.token(m.start()))) {
                // "held a virtual summit ..., with Xi warning that those who play with fire over Taiwan 'will get
                // burnt'": a warning in an absolute after the speaker's meeting is aimed at the one met (words told
                // to the one met are about what they name, as "Xi told Biden that ..." is)
                List<ActorMention> met = metBy(verbs, sourcesOf, targetsOf, v, sources.get(0));
                targets = met.isEmpty() ? targets : met;
            }
            if (targets.isEmpty() && v > 0 && code != null && code.startsWith("16") && Targets.ownTiesOnly(s, m)) {
                // "Bahrain severed relations with Tehran, while the UAE downgraded its ties": the ties already named
                for (int w = v - 1; w >= 0 && targets.isEmpty(); w--) {
                    String earlierCode = verbs.get(w).pattern().code();
                    if (earlierCode != null && earlierCode.startsWith("16") && !sourcesOf.get(w).equals(sources)) {
                        // not the cutter's own side ("Russia expelled two British diplomats, and Britain cut ties")
                        List<ActorMention> cutters = sources;
                        targets = targetsOf.get(w).stream().filter(t -> cutters.stream().noneMatch(c -> ActCodes.sameCountry(c, t))).toList();
                    }
                }
            }
            if (targets.isEmpty() && v > 0 && verbs.get(v - 1).entry().governs() == VerbEntry.Governs.INTENT
                    && Clauses.linked(s, verbs.get(v - 1), m) && sources.equals(sourcesOf.get(v - 1))) {
                // "sent condolences to Nepal and offered to send relief supplies": the complement of an intent
                // verb is aimed where the intent verb is
                targets = targetsOf.get(v - 1);
            }
            targetsOf.set(v, targets);
            if (!passive && !m.nominal() && !negated && sources.size() == 1) {
                addressedInPerson(s, mentions, m, sources.get(0), out, encounters);
            }
            if (!m.nominal() && group == m.start() && m.ingForm() && m.start() > 0
                    && ActorMention.endingAt(mentions, m.start()) != null && !s.lower(m.start() - 1).equals(",")
                    && Subjects.absoluteSubjects(s, mentions, m).isEmpty() && !crowdMarching(s, mentions, verbs, m, code)) {
                continue; // "Western countries sending troops ... would face": a reduced relative, not an assertion
            }
            if (!m.nominal() && group == m.start() && m.ingForm() && Clauses.afterNoun(s, verbs, m.start())
                    && !Clauses.adoptedText(s, m.start() - 1) && !crowdMarching(s, mentions, verbs, m, code)) {
                continue; // "a resolution demanding a ceasefire": a participle modifying a noun
            }
            if (!m.nominal() && group == m.start() && m.ingForm() && ActorMention.noneResolved(sources)
                    && crowdMarching(s, mentions, verbs, m, code)) {
                List<ActorMention> local = Subjects.localPeople(s, mentions, group, LOCALS, targets, code);
                sources = ActorMention.noneResolved(local) ? crowdOfTheForce(mentions, verbs, sourcesOf, v, m, sources) : local;
                sourcesOf.set(v, sources);
                List<String> crowd = ActCodes.codes(sources, false, code);
                if (out.stream().anyMatch(a -> a.code().startsWith("14") && crowd.contains(a.source()))) {
                    continue; // S30-22: "Protesters stormed parliament as police fired on crowds rallying against ...": one protest
                }
            }
            if (code != null && code.startsWith("07") && !m.nominal() && group == m.start() && m.ingForm()
                    && Clauses.aidLaw(s, m.start() - 1)) {
                code = ModalityCodes.intentOf(code); // "signed a bill providing $61 billion to Ukraine": aid promised, paid later
            }
            if (!m.nominal() && m.ingForm() && m.start() > 0 && GERUND_PREPOSITIONS.contains(s.token(adverbBefore(s, m.start())))) {
                // "warned the West against sending troops", "barred X from entering", "accused China of supplying
                // weapons to Russia", "accused Manila of deliberately ramming a ship" (R4: what is alleged is not
                // coded): not asserted
                continue;
            }
            if (!m.nominal() && m.ingForm() && Clauses.inIncludingList(s, m.start())) {
                continue; // "13 demands, including closing Al Jazeera and cutting ties with Iran": what was demanded
            }
            if (scheduledResignation(verbs, v, code, governedBy)) {
                continue; // S7-1: "hours before he was due to resign": only scheduled, not announced
            }
            if ((targets.isEmpty() || ActCodes.resignationHandedOver(code, sources, targets)
                    || ActCodes.emergencyRuleAtHome(code, sources, targets)) && code != null
                    && (ActCodes.resignation(code, m.entry().name()) || ActCodes.emergencyRule(code)) && !sources.isEmpty()) {
                // "X resigned": 0831 toward X's country; "declared a state of emergency": imposed on the country
                targets = List.of(ActCodes.ownCountry(sources.get(0)));
                if (ActCodes.emergencyRule(code)) {
                    sources = ActCodes.governmentOf(sources); // "Armenia declared martial law": its government did
                }
            }
            if (ActCodes.ownForces(code, sources, targets)) {
                targets = List.of(); // the force moved is no target
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
            if ((targets.isEmpty() || targets.equals(sources)) && code != null && code.startsWith("016") && !sources.isEmpty()) {
                // "X accused Y of Z, which Y denied", "..., an accusation Tehran dismissed as baseless": the accuser (R8);
                // "a claim Islamabad rejected" reads the denier among the pattern's words, no target of its own
                List<ActorMention> accuser = Targets.answeredAccuser(s, verbs, sourcesOf, v, sources.get(0));
                targets = accuser.isEmpty() && targets.equals(sources) ? List.of() : accuser.isEmpty() ? targets : accuser;
                if (targets.isEmpty() && m.entry().governs() == VerbEntry.Governs.DENIAL) {
                    targets = deniedActTarget(s, mentions, verbs, v, suppressed, sources.get(0));
                }
            }
            List<ActorMention> reporter = Subjects.reporterOf(s, verbs, sourcesOf, v);
            sources = existentialSource(s, mentions, m, sources, reporter);
            if (sources.isEmpty() && targets.size() == 1 && m.nominal() && code != null && code.startsWith("04")
                    && Clauses.scheduledAfter(s, m.last() + 1)) {
                // "told reporters that talks with India would resume next month", "Talks with India will resume, Nepal
                // said": talks no one is named to hold, announced as ahead by one state, are between it and the partner,
                // as "talks between Nepal and India" would be
                List<ActorMention> announcer = !reporter.isEmpty() ? reporter : Subjects.trailingSpeaker(s, mentions, m.last());
                if (announcer.size() == 1 && !ActCodes.sameCountry(announcer.get(0), targets.get(0))
                        && !ActCodes.ownCountry(announcer.get(0)).codes().isEmpty()) {
                    sources = List.of(ActCodes.ownCountry(announcer.get(0)), targets.get(0));
                    targets = List.of();
                }
            }
            String obligation = Clauses.obligation(s, group, m.start());
            if (obligation == null && v > 0 && group > 0 && s.lower(group - 1).equals("and") && obligationOf[v - 1] != null
                    && !sources.isEmpty() && sources.equals(sourcesOf.get(v - 1))) {
                obligation = obligationOf[v - 1]; // "should stop arming Taiwan and support reunification": both asked
            }
            if (obligation == null && Clauses.haveTo(s, group, m.start()) && reporter.size() == 1 && sources.size() == 1
                    && !ActCodes.sameCountry(reporter.get(0), sources.get(0))) {
                obligation = "must"; // S30-18: "Erdogan said Sweden would have to hand over ...": a demand
            }
            obligationOf[v] = obligation;
            intendedOf[v] = Clauses.hasModal(s, group, m.start()) && !Clauses.speculation(s, group, m.start())
                    || v > 0 && intendedOf[v - 1] && sharesModal(s, m, group, sources, sourcesOf.get(v - 1));
            if (obligation == null && Clauses.hopedFor(s, verbs, v, group)) {
                obligation = "should"; // R10: "hoped the United States would expand training" is an appeal
                reporter = sourcesOf.get(Clauses.hopeOf(verbs, v));
            }
            if ((obligation != null || negated) && reporter.isEmpty()) {
                // "The West must stop arming Kyiv, Lavrov said"; "China has not attacked Taiwan, Wang Yi said"
                reporter = Subjects.trailingSpeaker(s, mentions, m.last());
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
            Sides sides = sidesNamedByRole(s, mentions, m, group, passive, code, sources, targets, reporter, out);
            sources = sides.sources();
            targets = sides.targets();
            if (sources.size() == 1 && abroad(sources.get(0), targets)) {
                continue; // "Troops in Syria attacked Turkey": troops named by where they are act for that state only at home
            }
            if (sources.size() == 1 && sources.get(0).entries().contains(ActorRecognizer.PLACED_ARMED_MEN)) {
                continue; // R2: "gunmen in Sudan's South Kordofan seized ...": unidentified doers, the place is no source
            }
            boolean modal = intent[v] || Clauses.hasModal(s, group, m.start()) || intendedOf[v] || Clauses.sharedModal(s, group)
                    || announcedCut(s, group, m, code, sources, reporter)
                    || m.nominal() && code.startsWith("04") && Clauses.scheduledAfter(s, m.last() + 1);
            String reverse = m.pattern().reverseCode();
            if (obligation != null && !negated && !reporter.isEmpty() && !sources.isEmpty()) {
                // R10: "X said Y should / must do Z" is X's appeal (02x) or demand (10x) to Y
                emit(s, m, "should".equals(obligation) ? ModalityCodes.appealOf(code) : ModalityCodes.demandOf(code),
                        null, reporter, sources, out);
                continue;
            }
            if (!m.nominal() && m.ingForm() && m.start() > 0 && STOPPING.contains(s.token(m.start() - 1))) {
                continue; // "urged Washington to stop arming Taiwan": what is to end is not asserted
            }
            if (obligation != null) {
                continue; // what someone should or must do is no act done
            }
            if (negated && !modal && Clauses.deniedDeed(s, group, m.start()) && !reporter.isEmpty() && !sources.isEmpty()
                    && ActCodes.isConflictual(code) && ActCodes.sameCountry(reporter.get(0), sources.get(0))) {
                // R8: "Lavrov said Russia had not invaded Ukraine": the speaker denies its side's act (016)
                emit(s, m, "016", null, reporter, targets, out);
                continue;
            }
            if (negated) {
                // R8: a stated refusal, "will not / would never" + a cooperative act -> 12x
                if (modal && ActCodes.isCooperative(code)) {
                    String refusal = ModalityCodes.refusalOf(code);
                    targets = Targets.behindObject(s, mentions, m, refusal, sources, targets); // "would not extradite X wanted by Berlin"
                    emit(s, m, refusal, null, sources,
                            targets.isEmpty() ? announcedTarget(s, mentions, verbs, v, refusal, sources, reporter) : targets, out);
                }
                continue;
            }
            if (modal && ActCodes.isConflictual(code) && !intent[v] && Clauses.speculation(s, group, m.start()) && !reporter.isEmpty()
                    && !sources.isEmpty() && !ActCodes.sameCountry(reporter.get(0), sources.get(0))) {
                continue; // "Duda told the BBC that Russia could attack a NATO member": an assessment, not Russia's threat
            }
            Recoded recoded = recoded(s, mentions, m, passive, modal, sides.rioting(), code, reverse, sources, targets);
            if (recoded == null) {
                continue;
            }
            code = recoded.code();
            reverse = recoded.reverse();
            sources = recoded.sources();
            targets = recoded.targets();
            if (ActorMention.noneResolved(targets) && !passive && !m.nominal()) {
                targets = reactionTargets(s, mentions, verbs, sourcesOf, v, m, group, code, sources, targets);
            }
            if (ActorMention.noneResolved(targets) && !m.nominal()) {
                targets = apposedActTargets(s, mentions, verbs, sourcesOf, v, group, code, sources, targets);
            }
            if (ActorMention.noneResolved(targets) && !m.nominal() && !passive && !modal) {
                targets = reportingVictim(s, mentions, m, code, sources, reporter, targets);
            }
            int participle = Clauses.participleAfterComma(s, m) ? v
                    : governedBy[v] != null && Clauses.participleAfterComma(s, verbs.get(v - 1)) ? v - 1 : -1;
            boolean speakersOwn = participle == v && Clauses.afterTrailingAttribution(s, verbs, v);
            if (ActCodes.explains(code) && participle >= 0 && !speakersOwn
                    && alreadyActedOn(code.startsWith("03") ? out : deeds(out), ActCodes.codes(sources, false, code),
                            targets.isEmpty() ? ActCodes.codes(sources, false, code) : ActCodes.codes(targets, true, code),
                            code.startsWith("03") ? "057" : "")) {
                // R5, S7-6: "cut ties with Qatar, accusing it of supporting terrorism": one act, the participle explains
                // it; "signed a defence pact, pledging to help each other": the pledges are the pact's terms. An
                // accusation is still the speaker's statement
                if (code.startsWith("11") && !m.nominal()) {
                    explainedAccusation(untargeted, sources, targets, code, m);
                }
                continue;
            }
            if (participle == v && m.pattern().code() != null
                    && (consequenceOfForce(out, m.pattern().code(), ActCodes.codes(sources, false, code), ActCodes.codes(targets, true, code))
                        || tollOfUnnamedPeople(mentions, m, out, m.pattern().code(), ActCodes.codes(sources, false, code), targets))) {
                continue; // R5: "exchanged fire on Wednesday, killing one Cambodian soldier": the fighting's toll, not a second act
            }
            if (participle == v && jointActOfSources(out, code, ActCodes.codes(sources, false, code))) {
                // R5: "Russia and the United States exchanged prisoners, freeing Evan Gershkovich": what the two did
                // together, told again in part
                continue;
            }
            if (code.startsWith("11") && participle > 0 && !m.nominal() && !speakersOwn && deedOf(out, verbs.get(participle - 1), ActCodes.codes(sources, false, code))) {
                // S7-6: whoever it accuses ("severed ties with Kiribati, accusing Beijing of luring ..."), the participle
                // explains the deed: no event, only the speaker's statement
                // (whom it accuses stays what the statement is about)
                explainedAccusation(untargeted, sources, targets, code, m);
                continue;
            }
            int before = out.size();
            Participants settled = settledSides(s, mentions, verbs, v, m, code, modal, reporter, sources, targets);
            sources = settled.sources();
            code = settled.code(); // a posture meant as a message is a show of force (150)
            targets = ownStateByReference(s, code, sources, settled.targets());
            code = ActCodes.formalCharge(m.entry().legalCode(), code, sources); // "prosecutors charged X with fraud": 173
            emit(s, m, code, reverse, sources, targets, out);
            encounters.addAll(Encounters.beside(s, mentions, m, sources, out.subList(before, out.size())));
            encounters.addAll(Encounters.visitAtActsPlace(s, mentions, m, out.subList(before, out.size())));
            if (recoded.met().size() > 1) {
                emit(s, m, "044", "044", recoded.met(), List.of(), out);
            }
            ActorMention left = code.equals("054") ? Targets.leftFor(s, mentions, m) : null;
            if (left != null) {
                // "switched diplomatic recognition from Taiwan to Beijing": the side left loses its ties (161)
                emit(s, m, "161", null, sources, List.of(left), out);
            }
            if (out.size() == before && m.entry().kind().words()
                    && !m.nominal() && !code.startsWith("12")) {
                for (String source : ActCodes.codes(sources, false, code)) {
                    untargeted.add(new CodedAct(source, null, code, m, m.start(), m.last(), List.of(m.provenance())));
                }
            }
        }
        out = Encounters.heldRemotely(s, Encounters.hostMet(Encounters.spokenAt(s, mentions, verbs, Encounters.handOvers(s, mentions, verbs, Encounters.visitingGuests(s, mentions, Encounters.unmet(out, encounters)))))); // R13, S7-2, S32-12
        out = Exchanges.swapped(s, mentions, out); // R12: a release traded for people held by the other side
        return noSelfDealings(ActsToldTwice.once(restatedOnce(oneAttackPerPair(stateAndItsSide(takesPrecedence(takesPrecedence(out, "046", TALKS_REPLACE), "045", MEDIATION_REPLACES))))));
    }

    /**
     * Whether the verb at {@code v} reports no act the sentence asserts: background (R7), an act called off, an
     * unasserted or described one (R2), a time frame, a condition, a distant act or a purpose.
     */
    private static boolean unasserted(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v, VerbMatch m) {
        // "talks between Egypt and Ethiopia collapsed": talks that did take place and broke down are halted (164, below)
        boolean halted = m.nominal() && m.pattern().code() != null && m.pattern().code().startsWith("04")
                && Meetings.reciprocalBetween(s, m, m.pattern().code()) && Clauses.failedAfter(s, m.last());
        if ((m.nominal() || Targets.possessedForm(s, m) || Targets.determinedForm(s, m))
                && (Clauses.background(s, m.start(), m.pattern().code()) || !halted && Clauses.calledOff(s, m.last())
                || m.nominal() && m.pattern().code() != null && m.pattern().code().startsWith("04") && Clauses.notToBeHeldAfter(s, m.last() + 1)
                || Targets.responseObject(s, verbs, v) && coordinatedObjectOf(s, verbs, v) < 0 || Targets.answeredAct(s, m.start())
                || Targets.prepositionObject(s, mentions, m.start()) || Targets.meansOfHarm(s, mentions, m.start()))) {
            return true; // R7: "after the invasion"; "Blinken's trip to China was postponed" did not happen
        }
        if (Targets.answeredPlural(s, m)) {
            return true; // R6: "has not responded to Turkish requests to search": a plural noun after "to", not a verb
        }
        if (Clauses.notTheAct(s, m)) {
            return true; // R2: "a freighter suspected of smuggling arms": unasserted; "in what Tehran called revenge for"
        }
        if (!m.nominal() && Clauses.describedRecord(s, m.start())) {
            return true; // "..., the highest-ranking American official to visit Taiwan in 25 years": a description
        }
        if (!m.nominal() && (Clauses.sinceClause(s, mentions, m.start()) || Clauses.conditionClause(s, m.start())
                || Clauses.distantClause(s, m.start()) || Clauses.relativeOfBackground(s, m.start()) || Clauses.futureTimeClause(s, m.start()) || Clauses.purposeHelped(s, mentions, m.start()))) {
            // R7: "Since Russia invaded Ukraine, Finland has joined NATO": the time frame, not news; "if
            // Washington wanted to end the fighting, it should ...": a condition, not an act; "..., days after Kim
            // Yo Jong threatened action": an act explicitly distant in time is background; "to help Mozambique
            // fight an insurgency": what the helped are to do is a purpose, not an act
            return true;
        }
        return false;
    }

    /**
     * Force aimed at "the island", "the country", "the kingdom" read as the doer's own state is a misreading of whom the
     * words mean, not force on its own people: "China was preparing to blockade the island, Taiwan's defence ministry said"
     * (Taiwan named only after) is no CHN>CHNCVL; the target is dropped. A place of its own ("dropped gas on Douma", "air
     * strikes across the country") stays.
     */
    private static List<ActorMention> ownStateByReference(Sentence s, String code, List<ActorMention> sources,
                                                          List<ActorMention> targets) {
        if (code == null || !ActCodes.isForce(code) || sources.isEmpty() || targets.isEmpty()) {
            return targets;
        }
        List<ActorMention> out = new ArrayList<>(targets);
        out.removeIf(t -> t.kind() == ActorMention.Kind.COREFERENCE && t.isResolved() && (!t.locative() || t.possessive() || t.end() < s.size() && s.lower(t.end()).equals("'s"))
                && t.code().length() == 3
                && !(t.start() > 0 && s.lower(t.start() - 1).equals("of")) // "in the north of the island": a place
                && t.entries().stream().anyMatch(e -> e.startsWith("coreference:the "))
                && sources.stream().anyMatch(src -> ActCodes.sameCountry(src, t)));
        return out.size() == targets.size() ? targets : out;
    }

    /** "launched by Yemen's Houthi rebels": the body after a state's 's in a pattern's $ slot acts, as Subjects.byAgent reads it. */
    private static ActorMention ownedBody(List<ActorMention> mentions, ActorMention given) {
        ActorMention owned = given.possessive() ? ActorMention.startsAt(mentions, given.end() + 1) : null;
        return owned != null && owned.isResolved() && !owned.locative() ? owned : given;
    }

    /** A projectile stopped: the "down" entry's pattern that codes nothing ("intercepted a missile", "rockets ... were intercepted"). */
    private static boolean defence(VerbMatch stop) {
        return "down".equals(stop.entry().name()) && stop.pattern().code() == null;
    }

    /**
     * The act's own state named as the owner of its object (bare, or by its capital: "Moscow's participation") is not whom
     * it is aimed at: "the Duma voted to suspend Russia's participation in the New START treaty with the United States" →
     * USA, as "its participation" would be (S7-13).
     */
    private static List<ActorMention> ownPossessorPassed(Sentence s, List<ActorMention> mentions, VerbMatch m, String code,
                                                         List<ActorMention> sources, List<ActorMention> targets) {
        if (m.target() != null || targets.size() != 1 || sources.size() != 1 || code == null) {
            return targets;
        }
        ActorMention owner = targets.get(0);
        if (!owner.possessive() || owner.code() == null || owner.code().length() != 3 && owner.kind() != ActorMention.Kind.METONYM
                || !ActCodes.sameCountry(owner, sources.get(0))
                || owner.code().equals(sources.get(0).code())) {
            return targets;
        }
        List<ActorMention> others = new ArrayList<>(mentions);
        others.remove(owner);
        List<ActorMention> next = Targets.target(s, others, m, code);
        return next.isEmpty() ? targets : next;
    }

    /**
     * The state a weapon was fired at when its firer is named but not its aim: the one whose side stopped it ("Israel
     * intercepted drones launched by Iran" → ISR, t-039; "shot down missiles fired by Russia at Kyiv" keeps its aim).
     */
    private static List<ActorMention> aimedAtDefender(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                                      List<List<ActorMention>> sourcesOf, int v, VerbMatch m,
                                                      List<ActorMention> targets) {
        if (m.target() != null || m.source() == null || !"fire at".equals(m.entry().name())) {
            return targets;
        }
        List<ActorMention> stoppers;
        if (v > 0 && defence(verbs.get(v - 1))) {
            stoppers = sourcesOf.get(v - 1);
        } else if (v + 1 < verbs.size() && defence(verbs.get(v + 1)) && verbs.get(v + 1).end() < s.size()
                && s.lower(verbs.get(v + 1).end()).equals("by") && Subjects.byAgent(s, mentions, verbs.get(v + 1).end()) != null) {
            // "rockets fired by Hezbollah were intercepted by Israel": the passive's by-agent stopped them
            stoppers = Subjects.expandForward(s, mentions, Subjects.byAgent(s, mentions, verbs.get(v + 1).end()));
        } else {
            return targets;
        }
        List<ActorMention> defenders = new ArrayList<>();
        for (ActorMention d : stoppers) {
            ActorMention state = ActCodes.ownCountry(d);
            if (state.isResolved() && !state.code().equals(ActCodes.ownCountry(m.source()).code())) {
                defenders.add(state);
            }
        }
        return defenders; // none when the firer's own side stopped it ("shot down a missile launched by Iran in a test")
    }

    private static final WordSet PACTS = WordSet.of("deal", "deals", "agreement", "agreements", "accord", "accords", "pact",
            "pacts", "treaty", "treaties", "memorandum", "protocol", "contract", "contracts", "ceasefire", "truce",
            "armistice", "convention", "charter", "roadmap", "declaration");

    /**
     * The coordinated by-agents of a deal, pact, treaty or accord (the noun right before) and a past participle after
     * it, the participle's own agents, not the noun's ("a deal signed by Britain and Rwanda", "a treaty, signed in
     * Astana by Kazakhstan and Uzbekistan,"): a mutual act of agreement or cooperation (05x, 06x) they did together;
     * empty otherwise, for one agent, whose partner the participle does not name, and for a letter or statement
     * co-signed.
     */
    private static List<ActorMention> signedBy(Sentence s, List<ActorMention> mentions, VerbMatch m, String code, int group) {
        if (m.nominal() || code == null || !(code.startsWith("05") || code.startsWith("06")) || !Meetings.mutual(code)
                || group != m.start() || !m.formText().endsWith("ed") || m.source() != null) {
            return List.of();
        }
        int noun = m.start() > 1 && s.lower(m.start() - 1).equals(",") ? m.start() - 2 : m.start() - 1;
        if (noun < 0 || !PACTS.contains(s.token(noun)) || !Subjects.afterCommonNoun(s, mentions, noun + 1)) {
            return List.of(); // "a letter signed by Britain, France and Germany": co-signers, no pact between them
        }
        ActorMention agent = Subjects.byAgent(s, mentions, m.end());
        return agent == null || agent.locative() ? List.of() : Subjects.expandForward(s, mentions, agent);
    }

    /**
     * A past participle opening its group with a by-agent ("a deal brokered by Qatar", "Hamas, supported by Iran,
     * fired"): whether it was dealt with here, as a mediation, a modifier or an apposition.
     */
    private boolean byParticiple(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, VerbMatch m, String code, int group, int v,
                                 List<List<ActorMention>> sourcesOf, List<List<ActorMention>> targetsOf,
                                 List<CodedAct> out) {
        List<ActorMention> signers = signedBy(s, mentions, m, code, group);
        if (signers.size() >= 2) {
            // R12: "under a deal signed in Kigali on Thursday by Priti Patel and Vincent Biruta", "the accord, signed by
            // Ethiopia and Eritrea": the parties who signed it, each toward the other
            emit(s, m, code, null, signers, List.of(), out);
            return true;
        }
        if (!m.nominal() && code != null && code.startsWith("045") && group == m.start() && m.formText().endsWith("ed")
                && m.end() < s.size() && s.lower(m.end()).equals("by")) {
            // "a deal brokered by Qatar, Egypt and the United States": the mediators toward each party of the
            // sentence's first act, and toward the doers of its like acts ("Hamas freed 24 hostages and Israel
            // released 39 prisoners ... in a truce mediated by Qatar")
            ActorMention agent = Subjects.byAgent(s, mentions, m.end());
            List<ActorMention> parties = Subjects.partiesBefore(verbs, sourcesOf, targetsOf, v);
            if (agent != null && !parties.isEmpty()) {
                emit(s, m, code, null, Subjects.expandForward(s, mentions, agent), parties, out);
            }
            return true;
        }
        if (!m.nominal() && group == m.start() && m.formText().endsWith("ed") && m.end() < s.size()
                && s.lower(m.end()).equals("by")) {
            // the clause's subject carries on past the participle ("Hamas, supported by Iran, fired ...")
            // "a missile fired by the Houthis at Riyadh": a pattern whose $ slot takes the by-agent makes it the act's doer
            if (Subjects.afterCommonNoun(s, mentions, m.start()) && m.source() == null) {
                sourcesOf.set(v, v > 0 ? sourcesOf.get(v - 1) : List.of());
                return true; // "a loan backed by frozen assets", "a resolution backed by the United States": the noun's modifier
            }
            ActorMention patient = m.start() > 1 && s.lower(m.start() - 1).equals(",") ? ActorMention.endingAt(mentions, m.start() - 1) : null;
            ActorMention agent = Subjects.byAgent(s, mentions, m.end());
            if (patient != null && agent != null && code != null) {
                // "the Houthis, backed by Iran, attacked ...": an apposition whose by-agent acts on the actor before it
                emit(s, m, code, m.pattern().reverseCode(), Subjects.expandForward(s, mentions, agent), List.of(patient), out);
                sourcesOf.set(v, Subjects.expandBackward(s, mentions, patient));
                return true;
            }
        }
        return false;
    }

    /** A protest for a change of policy (14x2) whose only targets are firms. */
    private static boolean policyChangeFromFirm(String code, List<ActorMention> targets) {
        return code.length() == 4 && code.startsWith("14") && code.endsWith("2") && !targets.isEmpty()
                && targets.stream().allMatch(t -> t.isResolved() && t.code().endsWith("BUS"));
    }

    /**
     * The sides a verb's words leave to the sentence's places and roles: people named only by their role who act at
     * home (protesters, police, courts, rebels) and those they act on; whether the source is a crowd that riots.
     */
    private static Sides sidesNamedByRole(Sentence s, List<ActorMention> mentions, VerbMatch m, int group, boolean passive,
                                          String code, List<ActorMention> sources, List<ActorMention> targets,
                                          List<ActorMention> reporter, List<CodedAct> out) {
        // a state's troops or police beating or torturing people named by role do it at home (rebels: below)
        boolean assault = code.startsWith("182") && sources.size() == 1 && ActCodes.forceAtHome(sources.get(0).code());
        if (!passive && !m.nominal() && (!code.startsWith("18") || assault) && !code.startsWith("19") && !code.startsWith("20")) {
            // "Thousands of protesters rallied in Tbilisi against the government": people named only by
            // their role protest where the sentence places them, against that place's government
            if (ActorMention.noneResolved(sources)) {
                List<ActorMention> role = sources;
                sources = Subjects.localPeople(s, mentions, group, LOCALS, targets, code);
                if (sources.isEmpty() && voicedByCrowd(s, m, role, group)) {
                    // S36-8: "protesters stormed the residence in Colombo, demanding his resignation": the crowd the
                    // place names voices the participle's demand
                    sources = Subjects.localPeople(s, mentions, role.get(0).end(), LOCALS, targets, code);
                }
            }
            if (ActorMention.noneResolved(sources)) {
                sources = Subjects.domesticJustice(s, mentions, group, targets, code); // "investigators detained President Yoon"
            }
            if (policyChangeFromFirm(code, targets)) {
                // "blocked highways to demand the cancellation of a contract with a Canadian mining company": a firm makes
                // no policy, so the crowd presses its own government (CAMEO 14x2: for a change of policy)
                targets = List.of();
            }
            String first = sources.isEmpty() ? null : sources.get(0).code();
            if (sources.size() > 1 && Subjects.crowd(sources.get(0)) && !code.startsWith("04")
                    && sources.stream().allMatch(x -> first.equals(x.code()))) {
                sources = List.of(sources.get(0)); // "Colombian workers and students staged a strike": one crowd, one act
            }
            if (ActorMention.noneResolved(targets) && sources.size() == 1 && Subjects.crowd(sources.get(0))) {
                // "prisoners in Israeli jails began a hunger strike": prisoners protest against whoever holds them
                targets = code.startsWith("14") ? Targets.jailer(s, mentions) : List.of();
                if (targets.isEmpty()) {
                    targets = Subjects.ownRole(s, mentions, m, sources.get(0).code().substring(0, 3), INSTITUTIONS, false);
                }
                if (code.startsWith("14") && DEFYING.contains(s.token(m.start())) && !targets.isEmpty()
                        && targets.get(0).start() < m.last()) {
                    // "defied a police ban to march": the ban defied is no cause of the protest, so its issuer is
                    // not the protest's target; the crowd protests against its government (S30-20)
                    targets = List.of();
                }
                if (targets.isEmpty() && (code.startsWith("14") || code.startsWith("171") && sources.get(0).code().endsWith("CVL"))) {
                    // "marched in Hong Kong against a bill", "went on hunger strike", "rallied in Tbilisi": a
                    // crowd's protest that names no one else is against its own government
                    targets = List.of(sources.get(0).withCodes(List.of(sources.get(0).code().substring(0, 3) + "GOV"),
                            ActorMention.Kind.COMPOSED, List.of("own:GOV")));
                }
            }
            if (ActorMention.noneResolved(targets) && sources.size() == 1 && Subjects.crowd(sources.get(0)) && code.startsWith("10")
                    && Clauses.participleAfterComma(s, m)) {
                // "stormed the residence of President X, demanding his resignation": the demand voiced in a protest is
                // aimed at whom the protest is (one protest, ActsToldTwice)
                targets = Targets.protested(m, out, sources.get(0).code());
            }
            String own = sources.size() == 1 ? sources.get(0).code() : null;
            if (ActorMention.noneResolved(targets) && sources.size() == 1 && (ActCodes.authority(own)
                    || ((code.startsWith("17") || code.startsWith("116") || assault) && ActCodes.forceAtHome(own) || (code.startsWith("17") || code.startsWith("084"))
                        && ActCodes.bareState(own)) && !placedAbroad(s, mentions, sources.get(0)))
                    && !releaseAskedOfAnother(s, m, mentions, own)) {
                // "Venezuelan police arrested hundreds of people protesting": a state's police, government or
                // courts act on its own people when no other country is named; so do its troops when they
                // repress at home ("soldiers fired tear gas at crowds"), though not when they fight (18-20), and
                // a state named bare that represses or frees ("Belarus freed dozens of political prisoners")
                // ("Myanmar's junta sentenced two journalists": its own journalists, as its own protesters)
                targets = Subjects.ownRoles(s, mentions, m, sources.get(0).code().substring(0, 3),
                        code.startsWith("09") ? INVESTIGATED : code.startsWith("173") ? DETAINED
                        : ActCodes.bareState(own) || !code.startsWith("17") && !code.startsWith("116") ? PROTESTERS : OWN_PEOPLE, true);
            }
        } else if (!passive && !m.nominal() && ActorMention.noneResolved(targets) && sources.size() == 1
                && ActCodes.rebels(sources.get(0).code()) && !otherStateNamed(mentions, sources.get(0).code())
                && !Clauses.participleAfterComma(s, m)
                && !(m.start() > 0 && Subjects.OBJECT_PREPOSITIONS.contains(s.token(m.start() - 1)))) {
            // "Boko Haram fighters killed 110 farm workers", "ELN rebels kidnapped two teachers", "al-Shabaab
            // bombed the education ministry": a state's rebels fight at home, so the people and bodies they strike
            // (18-20), named only by role, are that state's when the sentence names no other state (not the
            // consequence after a comma, ", killing 100 people", nor a deed claimed, "for abducting")
            targets = Subjects.ownRole(s, mentions, m, sources.get(0).code().substring(0, 3), STRUCK_AT_HOME, true);
        }
        String massHome = passive || m.nominal() || !ActorMention.noneResolved(targets) ? null
                : massHome(s, mentions, m, code, sources, reporter);
        if (massHome != null) {
            // "Burkina Faso's army summarily executed at least 223 villagers", "a Myanmar military air strike killed
            // more than 100 people": a state's forces killing people en masse, named only by role, where the
            // sentence names no other state, kill their own state's people; so do the state's forces and the
            // foreign mercenaries beside them ("Wagner mercenaries and Malian soldiers killed hundreds of civilians")
            targets = Subjects.ownRole(s, mentions, m, massHome, PROTESTERS, true);
        }
        if (!passive && ActorMention.noneResolved(targets) && sources.size() == 1 && code.startsWith("17")) {
            targets = Targets.themBefore(s, mentions, m, out, sources.get(0)); // "..., and riot police used tear gas to disperse them"
        }
        if (passive && ActorMention.noneResolved(targets) && sources.size() == 1 && patientAtHome(s, mentions, sources.get(0))) {
            // "the opposition leader was arrested by Georgian police": as in the active voice, a state's police,
            // troops, government or courts act on its own people named only by role
            targets = passivePeople(s, mentions, group, sources.get(0).code().substring(0, 3));
        } else if (passive && ActorMention.noneResolved(targets) && sources.size() == 1 && ActCodes.forceOrCoercion(code)) {
            targets = victimsOfForeignAgent(s, mentions, m, group, sources.get(0));
        }
        if (!passive && !m.nominal() && ActorMention.noneResolved(targets) && rebelsDeescalating(sources, code)) {
            targets = rebelsHome(s, mentions, sources.get(0));
        }
        if (!passive && !m.nominal() && ActorMention.noneResolved(targets) && sources.size() == 1
                && sources.get(0).code() != null && Coreference.isCountryCode(sources.get(0).code())
                && (code.startsWith("18") || code.startsWith("19") || code.startsWith("20")) && unnamedSettlement(s, m)) {
            // "captured the village of Novomykhailivka", "dropped sarin on the town of Ltamenah": a place the
            // dictionaries do not know is in the one state the sentence places things in, or, for a state's rebels
            // and for mass violence (20), when none is, in the striker's own state
            targets = settlementState(s, mentions, sources.get(0), code);
        }
        boolean rioting = false;
        if (!passive && !m.nominal() && (code.startsWith("18") || code.startsWith("19") || code.startsWith("20"))
                && ActorMention.noneResolved(sources)) {
            sources = Subjects.localPeople(s, mentions, group, POLICE, targets, code); // "police opened fire on protesters in Nairobi"
            if (sources.isEmpty()) {
                // "protesters besieged the embassy in Niamey": a crowd named only by its role that uses force riots
                sources = Subjects.localPeople(s, mentions, group, CROWDS, targets, code);
                rioting = !sources.isEmpty();
            }
            if (sources.isEmpty() && !(m.start() > 0 && Subjects.OBJECT_PREPOSITIONS.contains(s.token(m.start() - 1)))) {
                // "armed separatists abducted 79 pupils from a school in Cameroon's North West region": rebels named
                // only by their role fight where the sentence places them, as that state's rebels, and so do
                // militias and linked militants (not bare "gunmen" or "fighters", whom R2 leaves unidentified); not
                // in a purpose ("offered bounties to Taliban-linked militants to kill US troops") or a deed claimed
                sources = Subjects.localPeople(s, mentions, group, ARMED_MEN, targets, code);
                sources = sources.size() == 1 && Subjects.placedAsRebels(s, sources.get(0)) ? sources : List.of();
                if (sources.size() == 1 && ActorMention.noneResolved(targets) && !otherStateNamed(mentions, sources.get(0).code())) {
                    // "militiamen killed 160 villagers in an attack on the village of Ogossagou in central Mali": those
                    // they strike, named by role, are of that state too, as for rebels named with their state above
                    targets = Subjects.ownRole(s, mentions, m, sources.get(0).code().substring(0, 3), STRUCK_AT_HOME, true);
                }
            }
        }
        if (!passive && !m.nominal() && (code.startsWith("18") || code.startsWith("19")) && sources.size() == 1
                && sources.get(0).code() != null && sources.get(0).code().endsWith("COP") && ActCodes.authority(sources.get(0).code())
                && ActorMention.noneResolved(targets)) {
            // "security forces fired on protesters": a state's police use force at home, on its own people
            targets = Subjects.ownRole(s, mentions, m, sources.get(0).code().substring(0, 3), PROTESTERS, true);
        }
        return new Sides(sources, targets, rioting);
    }

    /** A demand in a participle after a comma whose subject is the crowd, named only by its role, of the clause before. */
    private static boolean voicedByCrowd(Sentence s, VerbMatch m, List<ActorMention> role, int group) {
        return role.size() == 1 && role.get(0).kind() == ActorMention.Kind.AGENT_ONLY && role.get(0).end() <= group
                && m.entry().kind().words() && Clauses.participleAfterComma(s, m);
    }

    /**
     * The code the verb's sides and circumstances settle, with its reverse and the sides it leaves: intent, a crowd's
     * demonstration or riot, a deployment, a visit or a meeting by its place, an assassination, repression, a
     * hijacking, territory taken, a mass killing or expulsion, a clash of words, joint drills. Null when there is no
     * event ("the G7 leaders agreed at their summit in Italy").
     */
    private static Recoded recoded(Sentence s, List<ActorMention> mentions, VerbMatch m, boolean passive, boolean modal,
                                   boolean rioting, String code, String reverse, List<ActorMention> sources,
                                   List<ActorMention> targets) {
        // a capital or city seized: territory taken (192), below; by name, seize being the one entry whose own code
        // is 1711 (its patterns of places give 192 already)
        ActorMention taken = "1711".equals(code) && "seize".equals(m.entry().name()) && m.target() == null
                ? takenPlace(s, mentions, m) : null;
        List<ActorMention> met = List.of();
        if (code.equals("150") && !m.nominal() && !passive && m.target() == null && DRILLS.stream().anyMatch(m.pattern().text()::contains)
                && jointDrills(sources, targets, code)) {
            // "Chinese and Cambodian troops launched their annual drills near the Cambodian port of Kampot": two
            // states' forces drilling together on their own ground cooperate militarily (062, R12), no show of force;
            // "agreed to hold military drills", "will stage naval exercises": their intent to (0312), no threat (138)
            code = "062";
            reverse = "062";
            targets = List.of();
        }
        // where a meeting of its sources alone took place ("met at Camp David", "met in Bali"), which decides visit or
        // third place below
        String metAt = "040".equals(code) && (reverse == null || "040".equals(reverse)) && sources.size() >= 2 && targets.isEmpty()
                && !modal ? Meetings.meetingPlace(s, mentions, m) : null;
        ActorMention hostOfMany = metAt != null && sources.size() >= 3 ? hostAmong(metAt, sources) : null;
        if (modal) {
            if (code.equals(reverse) && ActCodes.codes(sources, false, code).size() >= 2) {
                targets = List.of(); // "Biden and Xi will meet in San Francisco": each intends to meet the other
            }
            code = ModalityCodes.intentOf(code);
            reverse = null;
        } else if ((code.startsWith("10") || code.startsWith("02") && ActCodes.atHome(sources, targets)) && !sources.isEmpty()
                && sources.get(0).code() != null && sources.get(0).code().endsWith("CVL")) {
            // a crowd's demand is a demonstration (14x), and so is its call on its own rulers ("protesters
            // called for the president to resign"); its appeal to a foreign state stays an appeal
            code = ModalityCodes.demonstrationOf(code);
        } else if (code.equals("114") && !sources.isEmpty() && Subjects.crowd(sources.get(0)) && !sources.get(0).individual()) {
            code = "141"; // a state, or one official, protests officially (114); a crowd that protests demonstrates
        } else if ((code.startsWith("171") && !"spill goods".equals(m.entry().name()) || code.startsWith("192") || rioting
                || "storm".equals(m.entry().name())) && !sources.isEmpty() && sources.get(0).code() != null
                && sources.get(0).code().endsWith("CVL")) {
            // a crowd that storms, burns, wrecks, overruns or seizes property, or besieges a building, riots (violent
            // protest); another country's goods it spills or dumps are destroyed (1712), as the gold codes farmers
            code = "145";
        } else if (code.equals("042") && !m.nominal() && !sources.isEmpty() && Targets.craftArriving(s, sources.get(0), m)
                && Targets.aidAboard(s, m)) {
            code = "073"; // "a plane carrying vaccine doses landed in Belgrade": aid delivered, military planes' too
            reverse = null;
        } else if (code.equals("042") && !sources.isEmpty() && sources.get(0).code() != null
                && (sources.get(0).code().endsWith("MIL") && !sources.get(0).code().endsWith("GOVMIL")
                || sources.get(0).code().endsWith("COP") || Targets.peacekeepers(s, sources.get(0))
                || sources.get(0).code().startsWith("IGO") && Targets.troopsOf(s, sources.get(0)))) {
            // troops, police or peacekeepers arriving in another country: a deployment (R19); a defence minister's
            // trip is a visit
            code = "074";
            reverse = "0861";
        } else if (code.equals("042") && !m.nominal() && !sources.isEmpty() && Targets.craftArriving(s, sources.get(0), m)) {
            return null; // "the first cargo of Russian crude arrived in Karachi": a craft or a cargo is no visitor
        } else if (code.equals("042") && !m.nominal() && !sources.isEmpty() && Targets.reliefTeam(s, sources.get(0), m)) {
            code = "073"; // "a Chinese search and rescue team arrived in Turkey": aid delivered, no visit
            reverse = null;
        } else if (code.equals("042") && !sources.isEmpty() && Targets.inspectors(s, sources.get(0))) {
            code = "090"; // "IAEA inspectors arrived in Iran": an inspection, received by the host (R19)
            reverse = "0862";
        } else if ("040".equals(code) && m.nominal() && sources.size() == 1 && targets.size() == 1
                && ActCodes.organsOfOneState(sources.get(0).code(), targets.get(0).code())) {
            return null; // "speaking at a televised meeting with the head of Russia's Investigative Committee": a leader
            // meeting his own officials is a domestic channel, no encounter (gold: rival parties of one state do meet)
        } else if (code.startsWith("044") && sources.size() == 1 && !targets.isEmpty() && targets.stream().allMatch(t -> Meetings.placed(s, t))) {
            return null; // "the G7 leaders agreed at their summit in Italy": they meet each other, not the host
        } else if (code.startsWith("044") && sources.size() >= 3 && m.nominal() && Meetings.occasionOfAnAct(s, m)) {
            return null; // "three leaders signed a treaty at their summit in Niamey": the occasion of a many-sided act
        } else if (hostOfMany != null) {
            // "Biden, Yoon and Kishida met at Camp David": the guests visit the host (R13) and meet each other at a
            // place of neither (044 pair, as "flew to Hiroshima, where he met Modi")
            code = "043"; // the host receives each guest, who visits it
            reverse = "042";
            met = sources.stream().filter(a -> a != hostOfMany).toList();
            sources = List.of(hostOfMany);
            targets = met;
        } else if (metAt != null && sources.size() >= 3 && sources.stream().noneMatch(a -> a.code() == null
                || ActCodes.country(a.code()).equals(metAt))) {
            code = "044"; // "Xi, Putin and Modi met in Astana": a place of none of them (R13)
            reverse = "044";
        } else if (metAt != null && sources.size() == 2) {
            // "Biden and Xi met in Bali": as "Biden met Xi in Bali", the place decides visit or third place
            ActorMention host = metAt.equals(ActCodes.country(sources.get(1).code())) ? sources.get(1) : sources.get(0);
            ActorMention guest = host == sources.get(0) ? sources.get(1) : sources.get(0);
            boolean visit = metAt.equals(ActCodes.country(host.code())) && !metAt.equals(ActCodes.country(guest.code()));
            code = visit ? "042" : "044";
            reverse = visit ? "043" : "044";
            sources = List.of(guest);
            targets = List.of(host);
        } else if (("040".equals(code) && "040".equals(reverse) || "044".equals(code) && "044".equals(reverse))
                && sources.size() == 1 && targets.size() == 1 && !targets.get(0).locative()) {
            String place = Meetings.meetingPlace(s, mentions, m);
            String a = ActCodes.country(sources.get(0).code());
            String b = ActCodes.country(targets.get(0).code());
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
                && targets.stream().allMatch(t -> Targets.leader(s, t)) && Targets.killed(s, Math.min(m.start(), targets.get(0).start()), Math.max(m.last(), targets.get(0).start()))) {
            code = "186"; // R16: killing a named leader is an assassination, whatever the weapon
            reverse = null;
        } else if ((code.startsWith("18") || code.startsWith("19")) && !code.startsWith("186") && !code.startsWith("1821")
                && !code.startsWith("1822") && !code.startsWith("1823") && !code.startsWith("195") && !Targets.massacre(s, m) && ActCodes.repression(sources, targets)) {
            // a state's police or troops using force on its own people: violent repression (torture and rape of
            // detainees and killings by hand, "burned them alive", are no crowd control and keep their codes, nor are
            // air strikes and mass killings)
            code = "175";
            reverse = null;
        } else if ("1711".equals(code) && sources.size() == 1 && ActCodes.rebels(sources.get(0).code()) && Targets.vesselTaken(s, m)) {
            code = "181"; // "Houthi fighters seized the cargo ship Galaxy Leader": an armed group hijacks a ship (manual 181)
            reverse = null;
            targets = Targets.owners(targets); // "a ship linked to Israel": the state the ship is tied to, not its people
        } else if (taken != null) {
            code = "192"; // "rebels seized Damascus", "seized Goma": a capital or city taken is territory, not property
            targets = List.of(taken);
            reverse = null;
        } else if (("180".equals(code) || "1823".equals(code)) && m.is(VerbEntry.Role.KILLING)
                && Targets.massKilling(s, m, passive)) {
            code = "202"; // "killed more than 400 civilians", "killed around 1,200 people": a mass killing
            reverse = null;
        } else if ("180".equals(code) && "kill".equals(m.entry().name()) && !sources.isEmpty() // kill, not its role: behead executes
                && sources.stream().allMatch(a -> ActCodes.armed(a.code()))
                && (Targets.combatantsKilled(s, m, passive) || !"190".equals(Targets.fightingCode(s, m)))) {
            code = Targets.fightingCode(s, m); // "troops killed dozens of fighters", "killed 40 civilians in an air strike": 19x (R17)
            reverse = null;
        } else if (("161".equals(code) || "174".equals(code)) && Targets.massExpulsion(s, m, passive)) {
            code = "201"; // "deported more than 400,000 Afghans": a people driven out en masse, no diplomats
            reverse = null;
        } else if (code.startsWith("19") && !m.nominal() && wordsOnly(code, sources)
                && targets.stream().filter(t -> !t.locative()).allMatch(ActorMention::individual)) {
            // "Trump and Zelensky clashed in a heated exchange": leaders clash in words; an offensive a leader
            // orders or launches is his forces' ("Abiy ordered a military offensive against the TPLF")
            code = "111";
            reverse = "111".equals(code) && reverse != null ? "111" : null;
        }
        return new Recoded(code, reverse, sources, targets, met);
    }

    /**
     * "expelled India's envoy and suspended bilateral trade": a second measure after "and" with no target of its own is
     * taken against the states the same subject's act before it hit.
     */
    private static List<ActorMention> secondMeasureTargets(Sentence s, VerbMatch m, String code, int group,
            List<ActorMention> sources, List<ActorMention> earlierSources, List<ActorMention> earlierTargets) {
        if (group == 0 || !s.lower(group - 1).equals("and") || m.entry().kind() != VerbEntry.Kind.ACT
                || !ActCodes.measureAgainstState(code) || !sources.equals(earlierSources)) {
            return List.of();
        }
        return ActCodes.statesOf(earlierTargets, sources);
    }

    /** The target of a reaction that names none of its own: the doer of the act it answers, if any. */
    private static List<ActorMention> reactionTargets(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                                      List<List<ActorMention>> sourcesOf, int v, VerbMatch m, int group,
                                                      String code, List<ActorMention> sources, List<ActorMention> targets) {
        if (promptedReaction(s, sources, code)) {
            // "..., prompting Mexico to break off diplomatic relations": a reaction the earlier act caused, with no
            // target of its own, is aimed at that act's doer, and relations cut are with the doer's state
            targets = earlierDoer(s, mentions, verbs, sourcesOf, v, sources);
            targets = code.startsWith("16") ? targets.stream().map(ActCodes::ownCountry).toList() : targets;
        }
        if (code.startsWith("19")
                && COUNTER_BLOWS.contains(m.formText().toLowerCase(Locale.ROOT)) && !sources.isEmpty()) {
            // "Russian troops attacked ..., and the Ukrainian army said it was fighting back": a blow struck back
            // with no target of its own is aimed at the earlier attacker
            targets = earlierDoer(s, mentions, verbs, sourcesOf, v, sources);
        }
        if (ActCodes.reaction(code)
                && answersEarlierAct(s, mentions, m, group, code, sources)) {
            // "India revoked Kashmir's status, and Pakistan condemned the move": a reaction whose object only
            // points back at the earlier act is aimed at that act's doer
            targets = earlierDoer(s, mentions, verbs, sourcesOf, v, sources);
        }
        if (ActorMention.noneResolved(targets) && !sources.isEmpty() && addressedAct(code)) {
            // "expelled Canada's ambassador after Canada called for the release of activists": the call was to Riyadh
            List<ActorMention> answering = Targets.answeringSubject(s, mentions, sources, m.start());
            targets = answering.isEmpty() ? targets : answering;
        }
        if (ActorMention.noneResolved(targets) && !sources.isEmpty() && (code.equals("1053") || code.equals("0253"))
                && heldBefore(verbs, v)) {
            // "Iran seized a tanker, and Seoul demanded the release of the vessel and its crew": a release that names
            // no holder is asked of whoever seized or detained them in the clause before
            targets = earlierDoer(s, mentions, verbs, sourcesOf, v, sources);
        }
        if (ActorMention.noneResolved(targets) && !sources.isEmpty() && code.startsWith("09")) {
            // "set up a mission to investigate Iran's crackdown on protests": the deed's doer is investigated
            List<ActorMention> investigated = Targets.investigated(s, mentions, m.start() + 1, sources);
            targets = investigated.isEmpty() ? targets : investigated;
        }
        return targets;
    }

    /** Whether a verb before {@code v} seizes, detains or abducts (171-173, 18x): someone then holds people or goods. */
    private static boolean heldBefore(List<VerbMatch> verbs, int v) {
        for (int w = 0; w < v; w++) {
            String c = verbs.get(w).pattern().code();
            if (!verbs.get(w).nominal() && c != null && (c.startsWith("171") || c.startsWith("173") || c.startsWith("18"))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet APPOSED_ACTS = WordSet.of("move", "decision", "step", "deal", "agreement", "action",
            "measure", "measures", "announcement", "plan", "law", "vote", "ruling", "visit", "trip", "remarks", "comments",
            "statement", "launch", "test", "sanctions", "ban", "tariffs", "expulsion", "annexation", "recognition", "raid",
            "executions", "execution", "arrest", "arrests", "incursion", "drills", "exercises", "deployment", "meeting",
            "resolution", "verdict", "judgment", "judgement");
    private static final WordSet RELATIVE_LINKS = WordSet.of("that", "which", "was", "were", "has", "had", "been", "have");

    /**
     * A reaction told in an apposition that names the clause's act ("Orban met Putin on Friday, a trip that drew sharp
     * criticism from EU leaders", "..., a move that was condemned by Poland", "..., a decision criticised by Kyiv"): its
     * object is that act, so it is aimed at the act's doer, as "drawing criticism from" after a comma is.
     */
    private static List<ActorMention> apposedActTargets(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                                        List<List<ActorMention>> sourcesOf, int v, int group, String code,
                                                        List<ActorMention> sources, List<ActorMention> targets) {
        if (sources.isEmpty() || v == 0 || !(ActCodes.reaction(code) || code.startsWith("051"))) {
            return targets;
        }
        int i = group - 1;
        while (i > 0 && (RELATIVE_LINKS.contains(s.token(i)) || s.lower(i).endsWith("ly"))) {
            i--; // "a move that was swiftly condemned by"
        }
        if (!apposedAct(s, mentions, i, group)) {
            return targets;
        }
        List<ActorMention> doer = earlierDoer(s, mentions, verbs, sourcesOf, v, sources);
        return doer.isEmpty() ? targets : doer;
    }

    /** Whether the noun at {@code noun} names an act in an apposition opened by "a"/"an" after a comma, no actor up to {@code end}. */
    private static boolean apposedAct(Sentence s, List<ActorMention> mentions, int noun, int end) {
        if (noun < 2 || !APPOSED_ACTS.contains(s.token(noun))) {
            return false;
        }
        int article = noun - 1;
        while (article > 0 && noun - article <= 3 && !Words.INDEFINITE_ARTICLES.contains(s.token(article))
                && s.token(article).isWord() && !s.token(article).isCapitalized()) {
            article--; // "a two-day trip", "a controversial move"
        }
        int opened = article;
        return opened >= 1 && Words.INDEFINITE_ARTICLES.contains(s.token(opened)) && s.lower(opened - 1).equals(",")
                && mentions.stream().noneMatch(a -> a.start() > opened && a.start() < end);
    }

    /**
     * Acts addressed to someone: appeals (02), demands (10), disapproval (11), rejection (12) and threats (13), and
     * options weighed (014); not accusations (112), whose accused is whoever the object names ("after Israel accused
     * some of its staff": the agency's, not the main clause's subject).
     */
    private static boolean addressedAct(String code) {
        return code.startsWith("02") || code.startsWith("10") || code.startsWith("11") && !code.startsWith("112")
                || code.startsWith("12") || code.startsWith("13") || code.startsWith("014");
    }

    /**
     * The sides of an act about to be emitted, as its object and circumstances make them: whose support is withheld,
     * who is refused, whom a threat answers, whose premises, missions or people were struck, who helped, and who
     * admits whom (R18).
     */
    private static Participants settledSides(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v,
                                             VerbMatch m, String code, boolean modal, List<ActorMention> reporter,
                                             List<ActorMention> sources, List<ActorMention> targets) {
        if (m.is(VerbEntry.Role.WITHHOLDING) && !sources.isEmpty()) {
            // "told Sweden not to expect Turkey's support": the support is the refuser's own, not whom it refuses
            ActorMention refuser = sources.get(0);
            targets = targets.stream().filter(t -> !ActCodes.sameCountry(refuser, t)).toList();
        }
        if (code.startsWith("127") && ownSideOnly(sources, targets)) {
            targets = List.of(); // "would never accept any deal that required it to give up ...": the refuser itself is no target
        }
        if (code.startsWith("12")) {
            targets = Targets.internationalRequester(s, m, targets); // "rejected international calls to ..."
        }
        targets = Targets.behindObject(s, mentions, m, code, sources, targets); // "the release of hostages held by Hamas"
        if (Targets.claimOfResponsibility(m, code)) {
            targets = Targets.claimedPlace(s, mentions, m, sources, targets); // "claimed the bombing in Mogadishu": SOM (S7-11)
        }
        // (an intent verb's own pattern is announced intent as its complement is: "told Zelensky that India was ready to
        // play an active role in bringing back peace" is aimed at the one told, as "... ready to mediate" is; so are
        // better relations wanted with no partner named: "told his Iranian counterpart the kingdom wanted a new page in
        // relations")
        boolean intended = modal || m.entry().governs() == VerbEntry.Governs.INTENT && !m.nominal()
                && (m.formText().endsWith(" to") || m.entry().kind() == VerbEntry.Kind.ACT && code.equals("030"));
        if (targets.isEmpty() && (code.startsWith("12") || code.startsWith("13") || intended && code.startsWith("03"))) {
            targets = announcedTarget(s, mentions, verbs, v, code, sources, reporter);
        }
        if (targets.isEmpty() && !sources.isEmpty() && m.entry().kind() == VerbEntry.Kind.ACT && !ActCodes.isForce(code)
                && !code.startsWith("03") && !code.startsWith("15") && sources.get(0).start() < m.start()) {
            // "The EU capped the price of Russian oil, and the Kremlin said it would not accept the cap": the side a
            // first clause acted on answers its doer in the clause after ", and". Blows land where the words say; a
            // passive's agent after the verb replies to no one ("..., and Israel's military said most had been
            // intercepted by its air defences"); a pledge or intent (03) answering a blow is no promise to its doer
            // ("..., and Beijing vowed to take 'all necessary measures' to defend its interests"). Words (denials,
            // charges) find whom they answer at the statement step, and shows of force in provokedTargets
            targets = Targets.repliedTo(s, mentions, m.start(), sources, reporter);
        }
        if (targets.isEmpty() && code.startsWith("13") && !sources.isEmpty() && Targets.bareResponse(s, m.last())) {
            // "Finland's move to join NATO was a threat, and Moscow would take military-technical steps in
            // response": a threat that answers an act named before is aimed at that act's doer
            targets = Targets.answeredBefore(s, mentions, m.start(), sources, reporter);
        }
        ActorMention told = code.startsWith("15") && ActorMention.noneResolved(targets) && !m.nominal()
                ? Targets.messageAddressee(s, mentions, m.last()) : null;
        if (told != null && !sources.isEmpty()) {
            // S30-13: "is deploying a carrier strike group to the Middle East to send a clear message to Iran": forces
            // moved to tell a state something are a show of force toward it (150)
            targets = List.of(told);
            code = "150";
        } else if (code.startsWith("15") && !sources.isEmpty()) {
            targets = provokedTargets(s, mentions, verbs, m, code, sources, targets); // "went on alert after Turkey's decision"
        }
        if (code.startsWith("13") && Targets.bareResponse(s, m.last())) {
            // "Pakistani air strikes killed eight people ..., the Taliban government said, vowing to retaliate": a
            // threatened response answers the state whose forces acted (PAK); a government accused stays ("accused Kyiv
            // ... and said Russia reserved the right to respond": UKRGOV)
            targets = targets.stream().map(t -> t.start() < m.start() && Coreference.stateOrgan(t.code()) && t.code().endsWith("MIL")
                    ? ActCodes.ownCountry(t) : t).toList();
        }
        if (code.startsWith("145") || code.startsWith("17") || ActCodes.placeOfForce(code)) {
            targets = Targets.buildingsAsCountries(s, targets); // "stormed the Swedish embassy": Sweden's premises
        }
        targets = Targets.protestSites(s, code, targets); // "rallied outside the Japanese embassy": where, so JPN
        targets = Targets.missionOwners(s, m, code, targets); // "ordered China to close its consulate": CHNGOV
        if (ActCodes.placeOfForce(code)) {
            targets = Targets.holders(s, mentions, m, Targets.ownRebelsHeld(s, mentions, m, code, sources, Targets.rebelHeld(s, targets)));
            targets = Targets.rebelsOfTheStateNamed(s, mentions, m, sources, targets); // "struck rebel positions nearby"
        }
        if ((code.startsWith("181") || code.startsWith("202")) && sources.size() == 1 && Targets.victims(s, m) && !Targets.vesselTaken(s, m)) {
            // "took more than 150 people hostage during their assault on southern Israel": the people of the
            // country attacked
            targets = Targets.peopleAttacked(s, mentions, sources.get(0), targets);
        }
        sources = Subjects.withHelpers(s, mentions, m, code, sources, targets); // ", along with U.S. aircraft"
        if (Targets.admittedBy(code, m, sources, targets)) {
            List<ActorMention> members = sources; // "Finland joined NATO": admitted by NATO (R18)
            sources = targets;
            targets = members;
        }
        return new Participants(sources, targets, code);
    }

    /** The sides of a verb after people named only by role are placed, and whether a crowd among them riots. */
    private record Sides(List<ActorMention> sources, List<ActorMention> targets, boolean rioting) {
    }

    /**
     * A verb's code as its sides and circumstances settle it, the reverse code, and the sides; {@code met}: guests who
     * also met each other at their host's place (a 044 pair besides the visits), else empty.
     */
    private record Recoded(String code, String reverse, List<ActorMention> sources, List<ActorMention> targets,
                           List<ActorMention> met) {
    }

    /**
     * The one party of a meeting of three or more whose country is the place it is said to take place in ("met at
     * Camp David", "met in Tokyo"), or null (a third place, no place, or two parties of that country).
     */
    private static ActorMention hostAmong(String place, List<ActorMention> parties) {
        List<ActorMention> hosts = parties.stream().filter(a -> a.code() != null && place.equals(ActCodes.country(a.code()))).toList();
        return hosts.size() == 1 ? hosts.get(0) : null;
    }

    /** Verbs of advancing on a place: "advanced toward Addis Ababa", "pushed towards Kyiv", "closed in on Aden". */
    private static final WordSet ADVANCES = WordSet.of("advanced", "advance", "advances", "advancing", "pushed", "closed");

    /** Blows struck back, whose target is whoever struck first. */
    private static final Set<String> COUNTER_BLOWS = Set.of("hit back", "hits back", "hitting back", "struck back",
            "strike back", "strikes back", "striking back", "fought back", "fight back", "fights back", "fighting back",
            "retaliated", "retaliate", "retaliates", "retaliating", "returned fire", "return fire", "returning fire",
            "counterattacked", "counter-attacked");

    /** The acting and the acted-on parties of a verb, and its code as the parties settle it (a halted or signed truce). */
    private record Participants(List<ActorMention> sources, List<ActorMention> targets, String code) {
    }

    /** What may stand between "and" and a coordinated act noun: articles and modifiers ("and a general mobilisation"). */
    private static final WordSet OBJECT_MODIFIERS = WordSet.of("a", "an", "the", "new", "further", "fresh", "full",
            "partial", "general", "total", "nationwide", "national", "immediate", "indefinite", "complete");

    /**
     * The verb whose object the nominal act at {@code v} is coordinated with: "declared martial law and a general
     * mobilisation", "imposed a curfew and a state of emergency". The verb right before it codes an act with its
     * pattern's object words ending right before "and", and only articles and modifiers stand between "and" and the
     * noun; a verb of saying or stance ("condemned the attack and the blockade", "welcomed the deal and the ceasefire":
     * R6, response objects) never lends its subject. -1 when there is none.
     */
    private static int coordinatedObjectOf(Sentence s, List<VerbMatch> verbs, int v) {
        int and = verbs.get(v).start() - 1;
        while (and >= 0 && OBJECT_MODIFIERS.contains(s.token(and))) {
            and--;
        }
        if (v == 0 || and < 1 || !s.lower(and).equals("and") || verbs.get(v).start() - and > 3) {
            return -1;
        }
        VerbMatch verb = verbs.get(v - 1);
        List<PatternElement> after = verb.pattern().after();
        boolean objectWords = after.isEmpty() ? verb.formText().contains(" ")
                : after.get(after.size() - 1) instanceof PatternElement.Words;
        return !verb.nominal() && verb.last() == and && objectWords && verb.pattern().code() != null
                && verb.entry().kind() == VerbEntry.Kind.ACT && plainlyDone(s, verb) ? v - 1 : -1;
    }

    /** Auxiliaries that leave a verb group a plain report of a deed ("has declared", "had imposed"). */
    private static final WordSet PERFECT_AUXILIARIES = WordSet.of("has", "have", "had", "also", "then", "now");

    /**
     * Whether the verb is asserted as done, plainly: no modal, negation or "do" in its group ("did not declare", "will
     * declare") and no "to" before it ("threatened to declare", "refused to impose"), whose codes the noun after "and"
     * could not share.
     */
    private static boolean plainlyDone(Sentence s, VerbMatch verb) {
        int group = Clauses.groupStart(s, verb.start());
        for (int t = group; t < verb.start(); t++) {
            if (!PERFECT_AUXILIARIES.contains(s.token(t)) && !s.lower(t).endsWith("ly")) {
                return false;
            }
        }
        return group == 0 || !s.lower(group - 1).equals("to");
    }

    /**
     * A verb of killing right after the nominal force at {@code v} in its clause, with its victim named ("An Israeli
     * strike on a Beirut suburb killed Hamas deputy leader X"): the nominal is that verb's subject.
     */
    private static boolean killingAfter(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v) {
        VerbMatch nominal = verbs.get(v);
        if (v + 1 >= verbs.size() || verbs.get(v + 1).nominal() || !Targets.KILLED.contains(s.token(verbs.get(v + 1).start()))) {
            return false;
        }
        int killed = verbs.get(v + 1).end();
        // the killing names its victim ("killed Hamas deputy leader X"); "killed 20 people" leaves the strike the act
        if (mentions.stream().noneMatch(a -> a.start() >= killed && a.start() - killed <= 4 && a.isResolved() && !a.locative())) {
            return false;
        }
        for (int t = nominal.end(); t < verbs.get(v + 1).start(); t++) {
            if (s.lower(t).equals(",") || Words.CLAUSE_BOUNDARIES.contains(s.token(t)) || s.lower(t).equals("and")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Who acts and on whom, by the verb's voice and form: the by-agent of a passive, the parties "between" whom a
     * nominal happens, a nominal's possessor or agent, or an active verb's subject and object.
     */
    private static Participants participants(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v, VerbMatch m,
                                             String code, int group, boolean passive, List<List<ActorMention>> sourcesOf,
                                             boolean[] suppressed) {
        List<ActorMention> sources;
        List<ActorMention> targets;
        if (passive) {
            // "was greeted by Kim": the by-agent right after the verb, even where a pattern slot took it
            // "was killed in an Israeli strike", "were killed by Armenian fire": the attack's owner does it (R2), by the
            // weapon the attack names (R17)
            ActorMention agent = Subjects.attacker(s, mentions, m.end());
            String weapon = agent == null || code == null || !code.startsWith("18") ? null : Subjects.attackCode(s, agent);
            if (weapon != null) {
                code = weapon;
            }
            if (agent == null) {
                agent = Subjects.byAgent(s, mentions, m.end());
            }
            if (agent == null && code != null && (code.startsWith("17") || code.startsWith("19"))) {
                // "the embassy in Niamey was besieged by thousands of supporters of the junta": a crowd's riot (145)
                agent = Subjects.crowdByAgent(s, mentions, m.end());
                code = agent == null ? code : "145";
            }
            List<ActorMention> subject = Subjects.passiveSubject(s, mentions, group);
            if (agent == null && code != null && (code.startsWith("17") || code.startsWith("18"))) {
                agent = Subjects.policeByAgent(s, mentions, m.end(), subject);
            }
            sources = agent == null ? List.of() : Subjects.expandForward(s, mentions, agent);
            targets = subject;
            if (m.target() != null && (m.last() <= m.start() || agent == null && betweenAfterVerb(s, m))) {
                // the pattern's words are the passive's subject ("Sweden's bid to join NATO was approved by"), or a
                // mutual act's parties follow it ("an agreement was reached between Russia and China")
                List<List<ActorMention>> parties = objectBeforeVerb(s, mentions, m, agent == null ? List.of() : sources);
                sources = parties.get(0);
                targets = parties.get(1);
            }
            if (ActorMention.noneResolved(subject) && agent != null) {
                // "sanctions were imposed on Iran by the EU": a thing undergoes it, the actor after the verb is the target
                int by = agent.start();
                targets = m.target() != null ? Subjects.expandForward(s, mentions, m.target())
                        : Targets.target(s, mentions, m, code).stream().filter(t -> t.start() < by).toList();
            }
            if (agent == null && ActCodes.placedForce(code, subject)) {
                // R2: "Russian troops were placed on high alert along the border with Finland": the force
                // put in position is the actor of the posture, aimed where the sentence points it
                sources = subject;
                targets = Targets.target(s, mentions, m, code);
                if (code.startsWith("154") && subject.stream().allMatch(a -> a.code().endsWith("COP"))) {
                    code = "153"; // "riot police were deployed around parliament": police mobilized
                }
            }
            if (code != null && code.startsWith("153") && sources.size() == 1 && ActCodes.forceAtHome(sources.get(0).code())) {
                // "riot police were deployed around parliament as thousands of students marched": police mobilized face
                // the crowd the sentence names, not the building they guard
                List<ActorMention> crowd = crowdFaced(s, mentions, m, sources.get(0).code().substring(0, 3));
                targets = crowd.isEmpty() ? targets : crowd;
            }
        } else if (m.nominal() && Subjects.possessor(s, mentions, m.start()) == null && Meetings.reciprocalBetween(s, m, code)) {
            // "Fighting between Sudan's army and the RSF continued": the parties act on each other
            sources = Meetings.betweenParties(s, mentions, m);
            targets = List.of();
            if (code.startsWith("0871") && Clauses.signedAfter(s, m.last())) {
                code = "057"; // S7-14: "a ceasefire between X and Y was signed": an agreement both signed
            }
            if (code.startsWith("04") && Clauses.failedAfter(s, m.last())) {
                code = "164"; // "talks between Egypt and Ethiopia ended without agreement": halted, not held
            }
        } else if (m.nominal()) {
            ActorMention possessor = Subjects.possessor(s, mentions, m.start());
            // (the "by" after a form of "be" is the verb's: "the ceasefire was praised by Qatar and Egypt")
            ActorMention agent = possessor != null ? possessor : Subjects.formAgent(s, mentions, m);
            agent = agent != null ? agent
                    : m.last() < s.size() && Words.BE_FORMS.contains(s.token(m.last())) ? null : Subjects.byAgent(s, mentions, m.last());
            if (agent == null) {
                agent = Subjects.modifier(s, mentions, m.start());
            }
            sources = agent == null ? Subjects.lightVerbSubject(s, mentions, m.start()) : byAgents(s, mentions, agent, possessor);
            int coordinated = agent == null && sources.isEmpty() ? coordinatedObjectOf(s, verbs, v) : -1;
            if (coordinated >= 0 && !sourcesOf.get(coordinated).isEmpty()) {
                // "declared martial law and a general mobilisation": the second object's act is the verb's subject's,
                // aimed as the verb's own object would be
                return new Participants(sourcesOf.get(coordinated),
                        m.target() != null ? Subjects.expandForward(s, mentions, m.target()) : Targets.target(s, mentions, m, code), code);
            }
            if (agent != null && possessor == null && ActCodes.isForce(code) && killingAfter(s, mentions, verbs, v)) {
                // R5: "An Israeli strike on a Beirut suburb killed Hamas deputy leader X": the strike is the killing's
                // subject, one act, coded once by the killing
                return new Participants(List.of(), List.of(), code);
            }
            targets = m.target() != null ? Subjects.expandForward(s, mentions, m.target()) : Targets.nominalTarget(s, mentions, m, agent);
            if (agent == null && Clauses.adverbial(s, m.start())) {
                // "during his visit to Russia", "during a phone call", "at their meeting": the
                // main clause's subject (and, for a meeting, its partner) take part (R1); after "said" or "told X",
                // the speaker's ("Japan will give ..., Kamikawa said during a visit to Dhaka": Kamikawa visits)
                int main = Subjects.speakingRightBefore(verbs, sourcesOf, v, m.start());
                main = main >= 0 ? main : Subjects.firstWithSources(sourcesOf, v);
                // "South Africa did not arrest Bashir during his visit to Johannesburg": "his" is no state, so the
                // person named right before it visits when the main clause's subject is no person
                ActorMention his = Subjects.personBeforeHis(s, mentions, m.start());
                ActorMention harmed = ActCodes.isForce(code) ? Subjects.harmedIn(s, mentions, m.start()) : null;
                if (harmed != null) {
                    sources = List.of(harmed); // "India said 20 of its soldiers were killed in a clash with ...": INDMIL's clash
                } else if (his != null && (main < 0 || sourcesOf.get(main).stream().noneMatch(ActorMention::individual))) {
                    sources = List.of(his);
                } else if (main >= 0) {
                    sources = sourcesOf.get(main);
                    if (targets.isEmpty() && code != null && code.startsWith("04")) {
                        // the partner of the nearest verb of the same subject: "rejected calls for a Palestinian
                        // state, telling Biden in a phone call" is a call with Biden
                        targets = mainTargets(s, mentions, verbs.get(Subjects.nearestOfSubject(sourcesOf, v, main)), sources);
                        if (targets.isEmpty()) {
                            targets = mainTargets(s, mentions, verbs.get(main), sources);
                        }
                    } else if (code != null && (code.startsWith("044") || code.startsWith("046")) && sources.size() == 1) {
                        targets = Meetings.partnerAtThirdPlace(s, mentions, verbs.get(main), sources.get(0), targets);
                    } else if (code != null && code.startsWith("042")) {
                        targets = Meetings.namedHost(s, mentions, verbs.get(main), targets);
                    }
                } else if (unknownDoerBefore(s, mentions, verbs, v)) {
                    sources = List.of(); // R1: "Gunmen killed 35 civilians in an attack on X, the president said"
                } else {
                    sources = Subjects.firstSubject(s, mentions, m.start());
                    if (sources.isEmpty()) {
                        // "In a phone call with Xi, Biden warned ...": the subject after the opening phrase
                        sources = Subjects.subjectAfterComma(s, mentions, m.start());
                    }
                    if (!sources.isEmpty() && sources.equals(targets) && code != null && code.startsWith("04") && v + 1 < verbs.size()) {
                        // "In a phone call on Tuesday, Sisi told Abiy that ...": the subject after the phrase calls the
                        // one the next verb addresses
                        ActorMention hearer = Encounters.addressedHearer(s, mentions, verbs.get(v + 1));
                        targets = hearer == null ? targets : List.of(hearer);
                    }
                    sources = sources.equals(targets) ? List.of() : sources;
                }
            }
        } else {
            List<ActorMention> subject = subject(s, mentions, verbs, v, sourcesOf, group, suppressed);
            sources = m.source() != null ? Subjects.expandForward(s, mentions, ownedBody(mentions, m.source())) : subject;
            if (alludedStates(s, verbs, v, group)) {
                // "Erdogan said a certain country was arming militias": whoever the words mean does it, neither the
                // speaker nor a region they name ("certain Western countries") (R14)
                sources = List.of();
            }
            VerbMatch fired = m.source() == null && ("194".equals(code) || "195".equals(code)) ? weaponFired(s, mentions, verbs, v, group) : null;
            code = fired != null && fired.pattern().code().startsWith("19") ? fired.pattern().code() : code; // R17: the weapon fired
            if (ActCodes.isForce(code) && sources.size() == 1 && sources.get(0).end() <= m.start()) {
                // S7-5: "An Israeli strike on a Beirut suburb killed X": a state named only by the strike is its military
                sources = List.of(Subjects.strikeSubject(s, sources.get(0), m.start()));
            }
            if (ActCodes.isForce(code) && sources.size() == 1 && sources.get(0).end() <= m.start() && madeBy(s, sources.get(0))) {
                sources = List.of(); // "A Russian-made missile killed two men": its maker fired nothing (R2)
            }
            if (m.target() != null && code != null && code.startsWith("04") && Meetings.venue(s, m.target())) {
                // "flew to the G7 summit in Hiroshima": a visit to Japan; "met at the NATO summit": no one
                ActorMention place = Meetings.placeOfVenue(s, mentions, m.target());
                targets = place != null && code.startsWith("042") ? List.of(place) : List.of();
            } else if (m.target() != null && Targets.outletInterviewing(s, m.target())) {
                // "warned in a BBC interview that Britain would ...": the outlet is the audience (foreign_media), the
                // words' own party the target
                targets = Targets.beforeNextClause(s, verbs, Targets.target(s, Targets.withoutInterviewers(s, mentions), m, code));
            } else if (m.target() != null) {
                // force on a place is aimed at whom it hosts or whom it killed there ("a strike at Baghdad
                // airport killed Soleimani")
                ActorMention aimed = ActCodes.placeOfForce(code) ? Targets.hosted(s, mentions, m.target()) : null;
                if (aimed == null && ActCodes.placeOfForce(code) && m.target().locative()) {
                    aimed = Targets.struckAfter(s, mentions, m.target());
                }
                targets = Targets.beforeNextClause(s, verbs, aimed != null ? Subjects.expandForward(s, mentions, aimed)
                        : ExpelledDiplomats.sentFrom(s, m, code, Subjects.wholeList(s, mentions, m.target())));
                if (ActorMention.noneResolved(targets) && ActCodes.placeOfForce(code)) {
                    // "air strikes on militant camps in Pakistan": force on people the dictionaries do not
                    // place falls where the sentence places it
                    List<ActorMention> placed = Targets.target(s, mentions, m, code);
                    targets = placed.isEmpty() ? targets : placed;
                }
            } else if (m.source() != null) {
                // "Syria received aid from the UAE": the giver is the source, the subject the target; "China's decision
                // drew criticism from Australia": the act's author, when the subject is its act
                List<ActorMention> drawnOn = reproachedAuthor(s, mentions, m, group);
                targets = !drawnOn.isEmpty() ? drawnOn : subject.isEmpty() ? actAuthor(s, mentions, group) : subject;
            } else {
                targets = Targets.beforeNextClause(s, verbs, Targets.target(s, Targets.withoutInterviewers(s, mentions), m, code));
            }
            if (ActorMention.noneResolved(targets) && m.target() == null && code != null && code.startsWith("07")) {
                targets = Targets.destination(s, mentions, verbs, m, sources); // "sent doctors and tents to Turkey"
            }
            if (m.target() == null && "011".equals(code) && !sources.isEmpty() && Targets.namesNoOtherState(sources, targets)
                    && !Targets.namesOutlet(targets)) {
                // "declined to comment on reports that Beijing ...", "declined to say whether Tokyo would send officials to";
                // an outlet's report is the outlet's, of whatever country ("declined to comment on a New York Times report")
                targets = Targets.topicParty(s, mentions, m, sources);
            }
            if (code != null && code.startsWith("042")) {
                targets = Meetings.hostWhere(s, mentions, targets); // "a trip to Kyiv, where Zelensky welcomed him"
                targets = Meetings.leaderNamedAfter(mentions, sources, targets); // "arrived in Accra and promised President X"
            }
            targets = blamedStrikes(s, code, targets); // "blamed Ukrainian shelling for the destruction": UKRMIL
            targets = withoutSufferers(s, code, targets); // "protests over Mahsa Amini's death": not at Amini
            if (v > 0 && ActorMention.noneResolved(targets) && Clauses.purposeOfCall(s, verbs.get(v - 1), m)) {
                // "phoned Putin to congratulate him": the words are for the one called
                targets = mainTargets(s, mentions, verbs.get(v - 1), sources);
            }
            int zone = m.end() + 1 < s.size() && s.lower(m.end()).equals("into") ? m.end() + 1 : m.end(); // "flew into its airspace"
            if (code != null && code.startsWith("150") && !m.nominal() && zone < s.size() && s.lower(zone).equals("its")) {
                // "aircraft that had entered its air defence zone": the zone of the state named before the intruders
                ActorMention owner = Targets.ownerOfIts(mentions, m.start(), sources);
                targets = owner == null ? List.of() : List.of(ActCodes.ownCountry(owner));
            }
        }
        ActorMention witness = Meetings.witness(s, mentions, m, code);
        if (witness != null) {
            // "the two sides signed twelve agreements in the presence of Modi and Putin", "were signed in the presence
            // of": the leaders who watch conclude the pact with each other (057 pair); named signers conclude it among
            // themselves or with their partner after "with", and one watcher alone ("in the presence of Rubio") is no
            // party (R12)
            boolean named = !ActorMention.noneResolved(sources);
            targets = !named ? List.of() : witness == m.target() ? Meetings.partnerBeforeWitness(s, mentions, m) : targets;
            sources = named ? sources : Subjects.expandForward(s, mentions, witness);
        }
        return new Participants(sources, targets, code);
    }

    /**
     * A charge laid on a state's shelling, strikes or fire ("Moscow blamed Ukrainian shelling for its destruction",
     * "accused Russian artillery fire of hitting the plant", "blamed the blast on Israeli air strikes"): the one blamed is
     * the state's military that fired (S7-5), as when the strike is a subject.
     */
    private static List<ActorMention> blamedStrikes(Sentence s, String code, List<ActorMention> targets) {
        if (code == null || !code.startsWith("112") || targets.size() != 1) {
            return targets;
        }
        return List.of(Subjects.strikeSubject(s, targets.get(0), s.size()));
    }

    /**
     * A complaint, protest or criticism (11x, 14x) is aimed at the doer of what it is about, not at whom that befell:
     * the owner of a death, arrest or killing ("protests over Mahsa Amini's death", "criticised Navalny's jailing") is
     * its sufferer, so no target (S7-9 reads the doer, when named, from the act itself); "Russia's arrest of Navalny"
     * names the doer.
     */
    private static List<ActorMention> withoutSufferers(Sentence s, String code, List<ActorMention> targets) {
        if (code == null || !code.startsWith("11") && !code.startsWith("14")) {
            return targets;
        }
        return targets.stream().filter(t -> !sufferer(s, t.possessive() ? t.end() + 1 : -1)
                && !(t.possessive() && sufferer(s, t.end() + 2)) && !sufferedOf(s, t)).toList();
    }

    /** A noun of {@code SUFFERED} at {@code at} with no "of" after it ("Russia's arrest of Navalny": Russia arrested). */
    private static boolean sufferer(Sentence s, int at) {
        return at > 0 && at < s.size() && SUFFERED.contains(s.token(at)) && !(at + 1 < s.size() && s.lower(at + 1).equals("of"));
    }

    /** "the death of Mahsa Amini", "the arrest of Navalny": the one named after a suffered noun's "of" it befell. */
    private static boolean sufferedOf(Sentence s, ActorMention t) {
        return !t.possessive() && t.start() >= 2 && s.lower(t.start() - 1).equals("of") && SUFFERED.contains(s.token(t.start() - 2));
    }

    /**
     * Nouns of what befalls a person, whose owner ("X's death") is the one it befell; not "deportation" or "expulsion",
     * mostly the owner's own policy ("the government's deportation plan").
     */
    private static final WordSet SUFFERED = WordSet.of("death", "deaths", "killing", "murder", "assassination", "arrest",
            "detention", "jailing", "imprisonment", "execution", "poisoning", "abduction", "kidnapping", "disappearance",
            "sentencing", "conviction", "beating", "torture");

    /**
     * R8: a denial with no accuser named is aimed at whom the denied act hit: "denied that its missiles had struck the
     * station in Kramatorsk" (Ukraine), "denied launching drones at Saudi oil facilities". The denied act is the verb
     * right after the denial whose clause is its content (suppressed, conflictual); a denied noun ("any role in the
     * attack on X") is the denial's own object already. The denier, or its state at country level ("denied that its
     * forces shelled Russian villages"), is no target.
     */
    private static List<ActorMention> deniedActTarget(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v,
                                                      boolean[] suppressed, ActorMention denier) {
        if (v + 1 >= verbs.size() || !suppressed[v + 1] || verbs.get(v + 1).nominal()) {
            return List.of();
        }
        VerbMatch denied = verbs.get(v + 1);
        String code = denied.pattern().code();
        if (code == null || !ActCodes.isConflictual(code) || denied.start() < verbs.get(v).last()
                || Clauses.commaBetween(s, verbs.get(v).last(), denied.start())
                || AND.anyIn(s, verbs.get(v).last(), denied.start())) { // "denied the charges and attacked ...": a second act
            return List.of();
        }
        List<ActorMention> hit = Targets.target(s, mentions, denied, code);
        String own = ActCodes.country(denier.code());
        return hit.stream().filter(a -> a.code() != null && !a.code().equals(denier.code()) && !a.code().equals(own)).toList();
    }

    private static final WordSet AND = WordSet.of("and");

    /**
     * How the verbs govern one another, before any is coded: complements ("agreed to visit" intent, "refused to sign"
     * refusal, "denied attacking"), denied or alleged words, verbs inside an earlier pattern's words, and the means of
     * a charged act. Fills {@code governedBy}, {@code suppressed}, {@code intent} and {@code override}.
     */
    private static void markGoverned(Sentence s, List<VerbMatch> verbs, VerbEntry.Governs[] governedBy, boolean[] suppressed,
                                     boolean[] intent, String[] override) {
        int n = verbs.size();
        // complements: "agreed to visit" (intent), "refused to sign" (refusal), "denied attacking"; a verb
        // coordinated with a complement is governed alike ("agreed to restore ties and reopen embassies")
        for (int v = 1; v < n; v++) {
            int gi = Clauses.governor(s, verbs, v);
            VerbMatch g = verbs.get(gi);
            VerbMatch c = verbs.get(v);
            // a nominal among the words the governor's own pattern used is its object, not a complement: "agreed to
            // talks with Russia" is the agreement (036), not talks (046) that the agreement would give way to
            boolean direct = Clauses.linked(s, g, c) && !(c.nominal() && c.start() < g.last() && g.pattern().code() != null);
            VerbEntry.Governs governs;
            if (direct) {
                governs = g.entry().governs();
            } else if (governedBy[gi] != null && Clauses.coordinatedComplement(s, g, c)) {
                governs = governedBy[gi];
            } else {
                continue;
            }
            if (governs != VerbEntry.Governs.NONE) {
                governedBy[v] = governs;
            }
            String cCode = c.pattern().code();
            switch (governs) {
                case INTENT -> {
                    // "vowed to defend every inch": a threat whose own pattern spells out the complement keeps its code
                    if (cCode != null && !(direct && g.pattern().code() != null && g.pattern().code().startsWith("13")
                            && g.last() > c.start())) {
                        suppressed[gi] |= direct; // the governor gives way; a coordinated complement does not
                        intent[v] = true;
                    }
                }
                case REFUSAL -> {
                    if (direct && !"011".equals(g.pattern().code())) {
                        override[gi] = ModalityCodes.refusalOf(cCode);
                    }
                    suppressed[v] = true;
                }
                case DENIAL, ADMISSION -> suppressed[v] = true;
                case NEGATION -> {
                    suppressed[gi] |= direct;
                    suppressed[v] = true;
                }
                default -> {
                }
            }
        }
        // R2: what one refused to let another do did not happen ("refused to let ASEAN's envoy meet Suu Kyi")
        for (int v = 0; v < n; v++) {
            if (!verbs.get(v).nominal() && Clauses.refusedLeave(s, verbs, verbs.get(v).start())) {
                suppressed[v] = true;
            }
        }
        // R4, R8: what is denied or only alleged is not asserted ("denied that Tehran had supplied drones",
        // "is examining allegations that security forces abused detainees")
        for (int v = 0; v < n; v++) {
            if (!verbs.get(v).nominal() && Clauses.allegedContent(s, verbs, Clauses.groupStart(s, verbs.get(v).start()))) {
                suppressed[v] = true;
            }
        }
        // a verb inside the words an earlier pattern used is part of that act ("demanded that Israel
        // allow aid", "rejected accusations"): it is not asserted on its own; a governor that gave
        // way to its complement ("promised to deliver tanks to Ukraine") owns no words
        for (int v = 1; v < n; v++) {
            for (int w = 0; w < v; w++) {
                VerbMatch g = verbs.get(w);
                if (!suppressed[w] && g.pattern().code() != null && g.last() > verbs.get(v).start() && g.end() <= verbs.get(v).start()
                        && !Clauses.insideCircumstance(s, g, verbs.get(v)) && !Clauses.purposeOfCall(s, g, verbs.get(v))) {
                    suppressed[v] = true;
                }
            }
        }
        demandedContent(s, verbs, suppressed);
        coordinatedInfinitives(s, verbs, governedBy, suppressed, intent);
        allegedRelatives(s, verbs, suppressed);
        // R4: the means of a charged or denied act is charged or denied with it ("accusing Germany of facilitating
        // genocide in Gaza by supplying arms to Israel")
        for (int v = 1; v < n; v++) {
            VerbMatch m = verbs.get(v);
            VerbMatch p = verbs.get(v - 1);
            String pCode = p.pattern().code();
            if (!m.nominal() && m.ingForm() && m.start() > 0 && s.lower(m.start() - 1).equals("by")
                    && (suppressed[v - 1] || pCode != null && pCode.startsWith("11")) && !Clauses.commaBetween(s, p.start(), m.start())) {
                suppressed[v] = true;
            }
        }
    }

    /**
     * R4, R9: a bare verb after "and" that continues an infinitive ("threatened to close the strait and attack American
     * warships", "vowed to rebuild the port and send grain to Africa", "threatened to open the gates and send refugees to
     * Europe") is the same verb's complement as the first infinitive, however long that one's object: an intent verb's
     * complement is intended (03x, 13x), a refused or denied one is not coded, and a speech act's (a threat, an appeal)
     * is that act's content (R4). The "to" must follow the governing verb with only glue between, and the words from it
     * to "and" hold no comma, clause boundary or other "and".
     */
    private static void coordinatedInfinitives(Sentence s, List<VerbMatch> verbs, VerbEntry.Governs[] governedBy,
                                               boolean[] suppressed, boolean[] intent) {
        for (int v = 1; v < verbs.size(); v++) {
            VerbMatch c = verbs.get(v);
            if (suppressed[v] || intent[v] || c.nominal() || c.start() < 3 || !s.lower(c.start() - 1).equals("and")) {
                continue;
            }
            String form = s.lower(c.start()); // the bare verb: not "attacks", "attacking", "attacked"
            if (form.endsWith("s") || form.endsWith("ing") || Words.pastForm(form)) {
                continue;
            }
            int to = -1;
            for (int i = c.start() - 2; i >= Math.max(0, c.start() - 12); i--) {
                String w = s.lower(i);
                if (w.equals("to")) {
                    to = i;
                    break;
                }
                if (!s.token(i).isWord() && !w.equals("'") || w.equals("and") || w.equals("or") || Words.CLAUSE_BOUNDARIES.contains(w)) {
                    break;
                }
            }
            if (to < 1) {
                continue;
            }
            for (int w = v - 1; w >= 0; w--) {
                VerbMatch g = verbs.get(w);
                if (g.nominal() || g.end() > to || !Clauses.glueBetween(s, g.end(), to)) {
                    continue;
                }
                VerbEntry.Governs governs = g.entry().governs();
                if (governs == VerbEntry.Governs.INTENT && c.pattern().code() != null) {
                    intent[v] = true;
                    governedBy[v] = governs;
                } else if (governs == VerbEntry.Governs.REFUSAL || governs == VerbEntry.Governs.DENIAL
                        || governs == VerbEntry.Governs.NEGATION
                        || governs == VerbEntry.Governs.NONE && g.entry().kind() == VerbEntry.Kind.VERBAL && g.pattern().code() != null) {
                    suppressed[v] = true;
                }
                break;
            }
        }
    }

    /** The word before {@code at}, or the one before an -ly adverb there ("of deliberately ramming" -> "of"). */
    private static int adverbBefore(Sentence s, int at) {
        int w = at - 1;
        return w > 0 && s.lower(w).endsWith("ly") && s.token(w).isWord() && !s.token(w).isCapitalized() ? w - 1 : w;
    }


    /**
     * R4: a restrictive relative clause on the object of a denied or charged act is part of what is denied or charged
     * ("denied supporting the M23 rebels who have seized territory", "accusing Khartoum of backing the rebels who
     * attacked N'Djamena", "denies arming militias that shelled the town"): the clause names whom the charge is about and
     * is not asserted on its own. After a comma ("the rebels, who seized Goma in January") the clause is the writer's.
     */
    private static void allegedRelatives(Sentence s, List<VerbMatch> verbs, boolean[] suppressed) {
        for (int v = 1; v < verbs.size(); v++) {
            int r = Clauses.groupStart(s, verbs.get(v).start()) - 1;
            if (verbs.get(v).nominal() || r < 2 || !Words.RELATIVES.contains(s.token(r))) {
                continue;
            }
            for (int k = r - 1; k > 0 && k >= r - 7; k--) {
                String w = s.lower(k);
                if (w.equals(",") || w.equals(";") || w.equals("and") || w.equals("but") || Words.CLAUSE_BOUNDARIES.contains(s.token(k))) {
                    break;
                }
                if (w.endsWith("ing") && s.token(k).isWord()) {
                    suppressed[v] |= GERUND_PREPOSITIONS.contains(s.token(k - 1)) || deniedAt(verbs, suppressed, k);
                    break;
                }
            }
        }
    }

    /** Whether the -ing form at {@code k} is what a denial denies ("denied supporting"). */
    private static boolean deniedAt(List<VerbMatch> verbs, boolean[] suppressed, int k) {
        for (int w = 0; w < verbs.size(); w++) {
            VerbMatch g = verbs.get(w);
            if (g.start() == k && suppressed[w] && w > 0 && verbs.get(w - 1).entry().governs() == VerbEntry.Governs.DENIAL
                    || g.end() == k && g.entry().governs() == VerbEntry.Governs.DENIAL) {
                return true;
            }
        }
        return false;
    }

    /**
     * What is demanded or appealed for in a that-clause is not asserted: "demanded that Serbia recognise Kosovo" is a
     * demand on Serbia, no recognition (the clause ends at a full stop, a semicolon or ", and" / ", but").
     */
    private static void demandedContent(Sentence s, List<VerbMatch> verbs, boolean[] suppressed) {
        for (int w = 0; w < verbs.size(); w++) {
            VerbMatch g = verbs.get(w);
            String code = g.pattern().code();
            if (g.nominal() || suppressed[w] || code == null || !code.startsWith("10") && !code.startsWith("02")) {
                continue;
            }
            int that = -1;
            for (int k = g.end(); k < Math.min(g.last(), s.size()); k++) {
                if (s.lower(k).equals("that")) {
                    that = k;
                    break;
                }
            }
            if (that < 0 && w + 1 < verbs.size() && bareSubjunctive(s, g, verbs.get(w + 1))) {
                that = g.end(); // "demanding he resign", "demanded the government release them": "that" left out
            }
            for (int v = w + 1; that >= 0 && v < verbs.size() && !clauseEndBetween(s, that, verbs.get(v).start()); v++) {
                suppressed[v] = true;
            }
        }
    }

    private static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she", "they", "it", "we", "you");

    /**
     * A demand whose "that" is left out: right after the demand verb, a subject pronoun, a name or a short noun phrase
     * with "the", then the demanded verb in its base form ("demanding he resign", "demanded the army withdraw",
     * "insisted Israel allow aid in"). No comma, "to" or "and" between; a verb with -s, -ed or -ing is a clause of its own.
     */
    private static boolean bareSubjunctive(Sentence s, VerbMatch g, VerbMatch c) {
        int from = g.end();
        int at = c.start();
        if (c.nominal() || at <= from || at - from > 5 || g.last() > from) {
            return false;
        }
        String first = s.lower(from);
        if (!(SUBJECT_PRONOUNS.contains(s.token(from)) || first.equals("the") || s.token(from).isCapitalized())) {
            return false;
        }
        for (int k = from; k < at; k++) {
            String w = s.lower(k);
            if (!s.token(k).isWord() || w.equals("to") || w.equals("and") || w.equals("that") || Words.CLAUSE_BOUNDARIES.contains(w)) {
                return false;
            }
        }
        String verb = s.lower(at);
        return !Words.pastForm(verb) && !verb.endsWith("ing") && !(verb.endsWith("s") && !verb.endsWith("ss"));
    }

    /**
     * Whether the demanded clause has ended before token {@code to}: at a full stop or semicolon, at a comma not
     * inside a list of names ("that Israel, Egypt and Jordan allow aid"), or at "and" before a past tense of the
     * demander's ("... and warned of consequences"), where the subjunctive of the demand would be a base form.
     */
    private static boolean clauseEndBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.lower(k);
            if (w.equals(".") || w.equals(";") || w.equals(",") && k + 1 < s.size() && !s.token(k + 1).isCapitalized()) {
                return true;
            }
        }
        return to > 0 && s.lower(to - 1).equals("and") && Words.pastForm(s.token(to));
    }

    /**
     * "Blinken met Xi in Beijing, the highest-level American visit to China": a nominal form that names
     * again, between the same two states, an act already coded is the same act, not a second one.
     */
    private static List<CodedAct> restatedOnce(List<CodedAct> acts) {
        List<CodedAct> out = new ArrayList<>(acts.size());
        for (CodedAct a : acts) {
            boolean restated = a.verb().nominal() && out.stream().anyMatch(b -> b.verb() != a.verb()
                    && b.code().equals(a.code()) && ActCodes.country(b.source()).equals(ActCodes.country(a.source()))
                    && ActCodes.country(b.target()).equals(ActCodes.country(a.target())));
            if (!restated) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * A state does not agree, meet or cooperate with itself ("Iran and six world powers reached a deal to
     * curb Tehran's programme" is no deal between Iran and its government): a mutual act between a state
     * and its own government, or an actor and itself, is a misreading of the pair.
     */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "GOVMIL");

    /**
     * "the Polish president said the drone had been shot down and called on Russia to explain": a speech act after
     * "and" whose coordinated verb inside reported words is an agentless passive is the reporter's, who goes on
     * speaking; otherwise none ("certain capitals were arming Armenia and encouraging it" keeps its own subject).
     */
    private static List<ActorMention> speakerOfWords(Sentence s, List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf, int v,
                                                     int previous) {
        int before = verbs.get(previous).start() - 1;
        if (verbs.get(v).entry().kind() != VerbEntry.Kind.VERBAL || verbs.get(v).nominal() || before < 0 || !Words.BE_FORMS.contains(s.token(before))
                || verbs.get(previous).ingForm()) {
            return List.of();
        }
        for (int w = previous - 1; w >= 0; w--) {
            if (verbs.get(w).entry().kind() == VerbEntry.Kind.SAY && !verbs.get(w).nominal()) {
                return sourcesOf.get(w);
            }
        }
        return List.of();
    }

    /**
     * "Zelensky said Russian forces had not withdrawn from Kherson and warned that Moscow ...": a speech act after "and"
     * whose coordinated verb lies in the words another side is said to have done is the speaker's, who goes on speaking
     * (as its statement is, LaterWords.coordinatedSpeaker); an actor of the speaker's own side keeps it ("Israel
     * said its troops had killed ... and warned"), as does a participle ("and warning").
     */
    private static List<ActorMention> speakerGoingOn(Sentence s, List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf, int v,
                                                     int previous) {
        VerbMatch m = verbs.get(v);
        List<ActorMention> inner = sourcesOf.get(previous);
        if (!(m.entry().kind() == VerbEntry.Kind.VERBAL || actAfterReportedPerfect(s, verbs.get(previous), m)) || m.nominal() || m.ingForm() || inner.isEmpty()
                || verbs.get(previous).entry().kind() == VerbEntry.Kind.SAY || Clauses.groupStart(s, m.start()) != m.start()
                || Clauses.hasModal(s, m.start(), m.start() + 1) || !Words.pastForm(s.token(m.start()))) {
            // (not a verb group with an auxiliary of its own, "and would not cede", nor a bare form sharing the words'
            // modal, "should stop arming Taiwan and support reunification": both go on the words' clause)
            return List.of();
        }
        int g = governingVerb(s, verbs, previous);
        if (g < 0 || verbs.get(g).entry().kind() != VerbEntry.Kind.SAY && verbs.get(g).entry().kind() != VerbEntry.Kind.VERBAL) {
            return List.of();
        }
        List<ActorMention> speaker = sourcesOf.get(g);
        boolean ownSide = inner.stream().anyMatch(a -> speaker.stream().anyMatch(b -> ActCodes.sameCountry(a, b)));
        return ownSide ? List.of() : speaker;
    }

    /**
     * "Kabul said Pakistani air strikes had killed 47 civilians, and summoned Pakistan's ambassador": a deed in the
     * simple past after ", and" does not continue words told in the past perfect; the speaker goes on to act.
     */
    private static boolean actAfterReportedPerfect(Sentence s, VerbMatch inner, VerbMatch m) {
        if (m.entry().kind() != VerbEntry.Kind.ACT || m.start() < 2 || !s.lower(m.start() - 1).equals("and")
                || !s.lower(m.start() - 2).equals(",")) {
            return false;
        }
        for (int i = Clauses.groupStart(s, inner.start()); i < inner.start(); i++) {
            if (s.lower(i).equals("had")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Biden said Myanmar's generals must relinquish power and threatened to reimpose sanctions": a verb after "and"
     * with no object of its own whose subject is the speaker of the words before goes on about them, so it is aimed
     * at the first side the words name that is not the speaker's own. Else none. Only a verb with no target, or none
     * but the speaker's own side ("... and vowed to defend every inch of Somali territory"); else its targets stay.
     */
    private static List<ActorMention> aboutSaidWords(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                                     List<List<ActorMention>> sourcesOf, int v, int group, List<ActorMention> sources,
                                                     List<ActorMention> targets) {
        // the cheap test of the words' shape first: it fails for nearly every verb, and streams cost every event
        if (!verbalAfterAnd(s, verbs, v, group, sources)
                || !targets.stream().allMatch(t -> sources.stream().anyMatch(b -> ActCodes.sameCountry(t, b)))) {
            return targets;
        }
        List<ActorMention> about = aboutSaidWords(s, mentions, verbs, sourcesOf, v, group, sources);
        return about.isEmpty() ? targets : about;
    }

    private static List<ActorMention> aboutSaidWords(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                                     List<List<ActorMention>> sourcesOf, int v, int group, List<ActorMention> sources) {
        if (!verbalAfterAnd(s, verbs, v, group, sources)) {
            return List.of();
        }
        for (int w = v - 1; w >= 0; w--) {
            VerbMatch said = verbs.get(w);
            if (said.entry().kind() == VerbEntry.Kind.SAY && !said.nominal() && sourcesOf.get(w).equals(sources)) {
                for (ActorMention a : mentions) {
                    if (a.start() >= said.end() && a.end() < group && sources.stream().noneMatch(b -> ActCodes.sameCountry(a, b))) {
                        return List.of(a);
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** Whether verb {@code v} is a verbal act after "and" with sources, the shape {@link #aboutSaidWords} looks for. */
    private static boolean verbalAfterAnd(Sentence s, List<VerbMatch> verbs, int v, int group, List<ActorMention> sources) {
        return v != 0 && group != 0 && s.lower(group - 1).equals("and") && !sources.isEmpty()
                && verbs.get(v).entry().kind() == VerbEntry.Kind.VERBAL && !verbs.get(v).nominal();
    }

    /** What a fight goes on "until" its foe is: "until Hamas is destroyed". */
    private static final WordSet DEFEATED = WordSet.of("destroyed", "defeated", "eliminated", "crushed", "eradicated", "wiped");

    /**
     * "will not stop fighting in Gaza until Hamas is destroyed": an act aimed only at a place, followed by "until" a
     * side "is destroyed" (defeated, eliminated), is aimed at that side, the foe whose end it waits for.
     */
    private static List<ActorMention> foughtUntilDefeated(Sentence s, List<ActorMention> mentions, List<ActorMention> targets) {
        if (targets.size() != 1 || !targets.get(0).locative()) {
            return targets;
        }
        for (ActorMention a : mentions) {
            int at = a.end();
            if (a.start() > targets.get(0).end() && a.start() <= targets.get(0).end() + 2 && s.lower(a.start() - 1).equals("until")
                    && at + 1 < s.size() && Words.BE_FORMS.contains(s.token(at)) && DEFEATED.contains(s.token(at + 1)) && !a.locative()) {
                return List.of(a);
            }
        }
        return targets;
    }

    /** Intent verbs whose stated negation refuses their complement: "will not seek to join", "would not want to meet". */
    private static final WordSet REFUSABLE_INTENTS = WordSet.of("seek", "seeks", "sought", "seeking", "want", "wants", "wanted",
            "intend", "intends", "intended");

    /**
     * R8: a bare intent verb negated with a modal ("Kazakhstan will not seek to join BRICS") is a stated refusal of its
     * complement, which is coded as refused (12x) rather than dropped with the intent.
     */
    private static boolean refusedIntent(Sentence s, List<VerbMatch> verbs, int g, boolean negated) {
        VerbMatch m = verbs.get(g);
        return negated && g + 1 < verbs.size() && m.entry().governs() == VerbEntry.Governs.INTENT && m.pattern().code() == null
                && !m.nominal() && REFUSABLE_INTENTS.contains(s.token(m.start()))
                && Clauses.hasModal(s, Clauses.groupStart(s, m.start()), m.start()) && Clauses.linked(s, m, verbs.get(g + 1));
    }

    /** Forms of an intent verb that only schedule ("was due to", "is expected to", "is set to"). */
    private static final WordSet SCHEDULING = WordSet.of("due", "expected", "set", "scheduled");

    /** A resignation governed by a verb that only schedules it ("was due to resign"): no event (S7-1). */
    private static boolean scheduledResignation(List<VerbMatch> verbs, int v, String code, VerbEntry.Governs[] governedBy) {
        if (code == null || !code.startsWith("0831") || v == 0 || governedBy[v] != VerbEntry.Governs.INTENT) {
            return false;
        }
        for (String w : verbs.get(v - 1).formText().split(" ")) {
            if (SCHEDULING.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A resignation done, announced or refused: aimed at the resigner's own country (S7-1, R8). */
    private static final Set<String> RESIGNATIONS = Set.of("0831", "0341", "1231");

    private static List<CodedAct> noSelfDealings(List<CodedAct> acts) {
        List<CodedAct> out = new ArrayList<>(acts.size());
        for (CodedAct a : acts) {
            String state = ActCodes.country(a.source());
            // an announced resignation toward one's own country (0341, S7-1) is no self-dealing
            boolean self = Meetings.mutual(a.code()) && !a.code().startsWith("19") && !RESIGNATIONS.contains(a.code()) && state.equals(ActCodes.country(a.target()))
                    && (a.source().equals(a.target()) || a.source().equals(state) && STATE.contains(a.target().substring(3))
                    || a.target().equals(state) && STATE.contains(a.source().substring(3)))
                    // a state does not disapprove of its own government ("China said it 'resolutely opposes' ...,
                    // language Beijing reserves for adversaries": Beijing is the speaker again)
                    || a.code().startsWith("11") && a.source().length() == 3 && a.target().equals(a.source() + "GOV");
            if (!self) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * "said it would downgrade ties with New Delhi and suspend trade": a bare verb joined by "and" to an intended act of
     * the same subject is intended too (a past form after "and" is a deed of its own).
     */
    private static boolean sharesModal(Sentence s, VerbMatch m, int group, List<ActorMention> sources, List<ActorMention> earlier) {
        return !m.nominal() && group > 0 && s.lower(group - 1).equals("and") && group == m.start()
                && !m.formText().endsWith("ed") && !m.ingForm() && !sources.isEmpty() && sources.equals(earlier);
    }

    /**
     * Whom an announced act (a refusal 12x, a threat 13x, an intent 03x) is aimed at when its own words name no
     * one: the subject of the condition of a refusal or a threat ("would use a nuclear weapon if Ukraine's
     * counteroffensive succeeded", "would not agree to a ceasefire until Hamas freed the hostages"); else, in words
     * told to someone, the one told ("told striking workers that he would never give up power").
     */
    private static List<ActorMention> announcedTarget(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v,
                                                      String code, List<ActorMention> sources, List<ActorMention> reporter) {
        List<ActorMention> condition = code.startsWith("03") ? List.of()
                : conditionSubject(s, mentions, verbs.get(v).last(), sources, code.startsWith("12"));
        if (condition.isEmpty() && code.startsWith("127")) {
            condition = beneficiary(s, mentions, verbs.get(v).last(), sources);
        }
        if (!condition.isEmpty() || reporter.isEmpty()) {
            return condition;
        }
        List<ActorMention> told = Subjects.hearer(s, mentions, verbs, v);
        if (told.isEmpty() || sources.stream().anyMatch(a -> told.get(0).code().equals(a.code()))) {
            return List.of();
        }
        // an intent a state announces to another's leader is aimed at that state ("Modi told Zelensky that India was
        // ready to mediate": IND>UKR), as its words would name it ("India was ready to help Ukraine")
        boolean stateIntent = code.startsWith("03") && sources.stream().allMatch(a -> a.code() != null && a.code().length() == 3);
        return stateIntent ? told.stream().map(ActCodes::ownCountry).toList() : told;
    }

    /**
     * "the group blamed Israel, vowing a 'just punishment'", "accused Kyiv of the attack, threatening a response": a threat
     * in a participle right after the comma of a verbal act of the same speaker is aimed at whom that act named.
     */
    private static boolean threatAfterComma(Sentence s, VerbMatch m, int group, String code) {
        // not a warning ("..., warning that famine was imminent": a risk named, R10, not a threat to whom the appeal named)
        return code != null && code.startsWith("13") && s.lower(group - 1).equals(",") && !m.nominal() && m.ingForm()
                && !m.is(VerbEntry.Role.WARNING);
    }

    /**
     * R8: "there would be no ceasefire / new election / relations with Israel" has no subject of its own: in reported
     * words the refusal is the speaker's, also when the words were told to someone ("told Washington that there would
     * be no ties with Israel": Saudi Arabia refuses, not the one told); so is support one is told not to expect ("told
     * Sweden it should not expect Ankara's support": Turkey withholds it, not Sweden).
     */
    private static List<ActorMention> existentialSource(Sentence s, List<ActorMention> mentions, VerbMatch m,
                                                        List<ActorMention> sources, List<ActorMention> reporter) {
        if (!m.formText().regionMatches(true, 0, "there ", 0, 6) && !m.is(VerbEntry.Role.WITHHOLDING)) {
            return sources;
        }
        // "There will be no talks with Russia while Putin is in power, Zelensky said": the speaker after the words
        if (!reporter.isEmpty()) {
            return reporter;
        }
        List<ActorMention> trailing = Subjects.trailingSpeaker(s, mentions, m.last());
        return trailing.isEmpty() ? sources : trailing;
    }

    /**
     * S7-8: "Venezuela said it was withdrawing its diplomats from Argentina", "Peru said it was expelling Venezuela's
     * envoys": a cut in relations (16x) its own speaker reports in the progressive is announced, so a threat (13x), not a
     * deed. Leaving an organization (160) is done by saying so ("announced it was quitting the OAS": 160), and so is an
     * expulsion, whose order is the act ("told the Commons that Britain was expelling four Russian diplomats": 161). A
     * release its own side reports in the progressive is announced too ("announced that he was freeing the British
     * sailors": intent 0353, R3b).
     */
    private static boolean announcedCut(Sentence s, int group, VerbMatch m, String code, List<ActorMention> sources,
                                        List<ActorMention> reporter) {
        return (code.startsWith("16") && !code.startsWith("160") && !m.formText().startsWith("expel") || code.startsWith("084"))
                && !reporter.isEmpty() && !sources.isEmpty()
                && ActCodes.sameCountry(reporter.get(0), sources.get(0)) && Clauses.progressive(s, group, m);
    }

    /**
     * Shows of force (15x): one with no target in its own clause, or only a place of its own state ("deployed missile
     * batteries on Okinawa", "staged drills on Yeonpyeong island"), answers the doer named right after "after",
     * "ahead of", "in response to" or a threat's reason ("despite threats from Pyongyang"); otherwise the targets stay.
     */
    private static List<ActorMention> provokedTargets(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, VerbMatch m,
                                                      String code, List<ActorMention> sources, List<ActorMention> targets) {
        boolean domestic = (code.startsWith("153") || code.startsWith("154")) && !targets.isEmpty()
                && targets.stream().allMatch(t -> ActCodes.sameCountry(t, sources.get(0))); // its own forces sent
        if (!targets.isEmpty() && !ownSideOnly(sources, targets) && !domestic) {
            return targets;
        }
        List<ActorMention> provoked = Targets.provoker(s, mentions, verbs, m.last(), sources);
        if (provoked.isEmpty() && targets.isEmpty() && Targets.bareResponse(s, m.last())) {
            // "Chinese and Russian bombers flew near Japan, and Japan scrambled fighter jets in response": the act
            // named before, in a clause of its own, is answered
            provoked = Targets.answeredBefore(s, mentions, m.start(), sources, List.of());
        }
        if ((code.startsWith("152") || code.startsWith("154")) && !scramble(m)) {
            // an alert or a mobilisation faces the state whose forces acted ("put its air force on high alert after
            // India's missile strikes", "as Russian troops massed": IND, RUS); jets scrambled meet the aircraft
            provoked = provoked.stream().map(p -> Coreference.stateOrgan(p.code()) && p.code().endsWith("MIL") ? ActCodes.ownCountry(p) : p).toList();
        }
        if (provoked.isEmpty() && (domestic || ActorMention.noneResolved(targets)) && (code.startsWith("153") || code.startsWith("154"))) {
            // S30-13: "deployed 45,000 police officers across the country after three nights of rioting": forces sent
            // against unrest at home face the state's own people
            ActorMention people = Targets.unrestAtHome(s, m.last(), sources.get(0));
            if (people != null) {
                return List.of(people);
            }
        }
        return provoked.isEmpty() && !targets.isEmpty() ? targets : provoked;
    }

    /**
     * R3a, S7-7: a force put on alert or mobilised (151-155) or a broken truce (196) in a state's reported words that
     * names no one it faces faces the reporting state ("Israel's military said Hezbollah had violated the ceasefire",
     * "Russia had massed troops near the border, Ukraine's defence ministry said": ISR, UKR). Words of a UN body or a
     * group, and the reporting state's own deeds, name no such side; a missile test or drill a neighbour reports (150)
     * is aimed at no one; blows (17x-20x) mostly land on people or places the words name, so they keep their own targets.
     */
    private static List<ActorMention> reportingVictim(Sentence s, List<ActorMention> mentions, VerbMatch m, String code,
                                                      List<ActorMention> sources, List<ActorMention> reporter,
                                                      List<ActorMention> targets) {
        List<ActorMention> speaker = reporter.isEmpty() ? Subjects.trailingSpeaker(s, mentions, m.last()) : reporter;
        if (speaker.size() != 1 || sources.isEmpty() || !(code.startsWith("15") && !code.startsWith("150") || code.startsWith("196"))
                || scramble(m)) {
            return targets; // jets scrambled meet the aircraft that prompted them, never the reporter
        }
        ActorMention victim = speaker.get(0);
        // a speaker read by coreference ("the defence ministry said") may still stand for the last state named
        boolean state = victim.kind() != ActorMention.Kind.COREFERENCE
                && (ActCodes.bareState(victim.code()) || Coreference.stateOrgan(victim.code()));
        // a broken truce is reported by its other party; a troop build-up by many, so only a state's own military,
        // defence ministry or intelligence service is read as the side it faces ("Britain said Russia had massed
        // troops near the border" aims at no one), or any organ of the state when the words give the border as shared
        // ("Georgia said Russia had massed troops along their common border": the reporter's own)
        boolean faces = code.startsWith("196") || victim.code().contains("MIL") || victim.code().endsWith("SPY")
                || Targets.sharedBorder(s, m.start());
        if (!state || !faces || sources.stream().anyMatch(o -> o.code() == null || ActCodes.sameCountry(o, victim))) {
            return targets;
        }
        return List.of(ActCodes.ownCountry(victim));
    }

    /** Fighter jets scrambled (152): an alert raised against the aircraft met, not against their state. */
    private static boolean scramble(VerbMatch m) {
        return "scramble".equals(m.entry().name());
    }

    private static boolean ownSideOnly(List<ActorMention> sources, List<ActorMention> targets) {
        return !targets.isEmpty() && targets.stream().allMatch(t -> sources.stream().anyMatch(o -> Objects.equals(o.code(), t.code())));
    }

    /**
     * R8: whom a refused settlement would have served, named in a relative clause right after it ("would never accept a
     * peace deal that required it to give up territory to Russia", "any deal that allowed Haftar's forces to ...").
     */
    private static List<ActorMention> beneficiary(Sentence s, List<ActorMention> mentions, int cue, List<ActorMention> sources) {
        if (cue >= s.size() || !s.lower(cue).equals("that") && !s.lower(cue).equals("which")) {
            return List.of();
        }
        int end = Math.min(s.size(), cue + 11);
        for (int i = cue + 1; i < end; i++) {
            if (s.lower(i).equals(",") || s.lower(i).equals(";")) {
                end = i; // "proposals that were non-starters, including an end to NATO's open door": past the clause
            }
        }
        for (ActorMention a : mentions) {
            // "... to give up territory to Russia": the one handed something is served, though named after "to"
            if (a.start() > cue && a.start() < end && a.isResolved() && sources.stream().noneMatch(own -> ActCodes.sameCountry(own, a))) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /**
     * The first actor after "if" or "unless" following the verb, in the same sentence, and after "until" when the act
     * is refused ("would not agree to a ceasefire until ..." sets a condition; "would fight until ..." a duration), as
     * "as long as" does ("would not attend the summit as long as Peru's government refused ...");
     * the source's own side is no target ("until the hostages held by Hamas are released": Hamas, not the hostages).
     */
    private static List<ActorMention> conditionSubject(Sentence s, List<ActorMention> mentions, int from,
                                                       List<ActorMention> sources, boolean refused) {
        for (int i = from; i < s.size(); i++) {
            if (s.lower(i).equals("if") || s.lower(i).equals("unless") || refused && (s.lower(i).equals("until")
                    || s.lower(i).equals("as") && i + 2 < s.size() && s.lower(i + 1).equals("long") && s.lower(i + 2).equals("as"))) {
                ActorMention subject = Targets.otherSideAfter(mentions, i, 6, sources);
                return subject == null ? List.of() : List.of(subject);
            }
            if (s.lower(i).equals(";") || s.lower(i).equals(".") || s.lower(i).equals("that")) {
                break; // the condition belongs to a content clause, not to this verb
            }
        }
        return List.of();
    }

    private static final List<String> DRILLS = List.of("drills", "exercises", "war games", "manoeuvres", "maneuvers");

    /**
     * Individuals who "clash" or "fight" without arms do so in words (111): politicians, not a police officer who shoots
     * or a movement the dictionaries hold as one person ("the Taliban captured Kandahar"), and only for unspecified
     * fighting (190), not territory taken (192) or a weapon named (193-196).
     */
    private static boolean wordsOnly(String code, List<ActorMention> sources) {
        return code.equals("190") && !sources.isEmpty() && sources.stream().allMatch(a -> a.individual() && !ActCodes.armed(a.code()));
    }

    /** Forces of two states or more drilling with no third state named, or only on one of their own soils. */
    private static boolean jointDrills(List<ActorMention> sources, List<ActorMention> targets, String code) {
        Set<String> countries = new HashSet<>();
        for (String c : ActCodes.codes(sources, false, code)) {
            countries.add(ActCodes.country(c));
        }
        return countries.size() >= 2 && targets.stream().allMatch(t -> t.locative() && t.isResolved()
                && ActCodes.codes(List.of(t), true, code).stream().allMatch(c -> countries.contains(ActCodes.country(c))));
    }

    /** S7-6: an accusation explaining the speaker's deed gives no event, only the speaker's statement about the accused. */
    private static void explainedAccusation(List<CodedAct> untargeted, List<ActorMention> sources, List<ActorMention> targets,
                                            String code, VerbMatch m) {
        List<String> accused = targets.isEmpty() ? Collections.singletonList(null) : ActCodes.codes(targets, true, code);
        for (String source : ActCodes.codes(sources, false, code)) {
            for (String target : accused) {
                untargeted.add(new CodedAct(source, target, code, m, m.start(), m.last(), List.of(m.provenance())));
            }
        }
    }

    /**
     * A nominal's agents: its possessor, or the by-agent with the actors coordinated with it ("sanctions on Iran were
     * announced by the United States, Britain and Canada": all three impose them).
     */
    private static List<ActorMention> byAgents(Sentence s, List<ActorMention> mentions, ActorMention agent, ActorMention possessor) {
        return possessor != null ? List.of(agent) : Subjects.expandForward(s, mentions, agent);
    }

    /**
     * S7-6: the verb right before a participle is a deed (not words: "told a news conference, accusing ...")
     * already coded for the participle's source.
     */
    private static boolean deedOf(List<CodedAct> out, VerbMatch deed, List<String> sources) {
        return deed.entry().kind() == VerbEntry.Kind.ACT && out.stream().anyMatch(a -> a.verb() == deed && a.done()
                && sources.stream().anyMatch(src -> Objects.equals(ActCodes.country(a.source()), ActCodes.country(src))));
    }

    /**
     * S7-6: the acts that are deeds, not words ("cut ties with Qatar", "scrapped its accords"; not "warned Greece
     * that ..." nor "said Ankara would not accept the condolences"): a participle after a comma explains only a deed;
     * after words it is a stance of its own ("..., accusing Washington of backing the militants").
     */
    private static List<CodedAct> deeds(List<CodedAct> out) {
        return out.stream().filter(CodedAct::done).toList();
    }

    /**
     * A killing or wounding (180-184, 20x) told in a participle after a comma when the same sides already fight in the
     * sentence (18x-20x), or the same attacker already struck (R5, session 29: "a Taliban car bomb tore through a
     * diplomatic district of Kabul, killing a US soldier and a Romanian": whoever the dead were, the toll of that one
     * attack): one act. An assassination (185, 186) says more and stays.
     */
    private static boolean consequenceOfForce(List<CodedAct> out, String code, List<String> sources, List<String> targets) {
        if (!(code.startsWith("18") || code.startsWith("20")) || code.startsWith("185") || code.startsWith("186") || targets.isEmpty()) {
            return false;
        }
        if (out.stream().anyMatch(a -> ActCodes.isForce(a.code()) && sources.contains(a.source()))) {
            return true;
        }
        for (String side : targets) {
            String country = ActCodes.country(side);
            if (out.stream().noneMatch(a -> ActCodes.isForce(a.code()) && (Objects.equals(ActCodes.country(a.target()), country)
                    || Objects.equals(ActCodes.country(a.source()), country)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * R5 for people named by no state: "bombed a Houthi-run detention centre in Dhamar, killing more than 100 people" is
     * the toll of the bombing the same side just did (the people are placed later, by where it happened).
     */
    private static boolean tollOfUnnamedPeople(List<ActorMention> mentions, VerbMatch m, List<CodedAct> out, String code,
                                               List<String> sources, List<ActorMention> targets) {
        if (!(code.startsWith("18") || code.startsWith("20")) || code.startsWith("185") || code.startsWith("186")
                || sources.isEmpty() || !ActorMention.noneResolved(targets)) {
            return false;
        }
        ActorMention victims = null;
        for (ActorMention a : mentions) {
            if (a.start() >= m.end()) {
                victims = a;
                break;
            }
        }
        // "killing more than 100 people", "killing dozens of civilians": the count and the people right after the verb
        if (victims == null || victims.isResolved() || !"CVL".equals(victims.sector()) || victims.start() > m.end() + 4) {
            return false;
        }
        return out.stream().anyMatch(a -> ActCodes.isForce(a.code()) && sources.contains(a.source()));
    }

    /** Whether two or more sources already did the act of this code toward each other, each way. */
    private static boolean jointActOfSources(List<CodedAct> out, String code, List<String> sources) {
        if (code == null || sources.size() < 2) {
            return false;
        }
        for (String a : sources) {
            for (String b : sources) {
                if (!a.equals(b) && out.stream().noneMatch(x -> x.code().equals(code) && x.source().equals(a) && x.target().equals(b))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether each source's country already acts on each other target's country in this sentence, by a code starting with {@code codePrefix}. */
    private static boolean alreadyActedOn(List<CodedAct> out, List<String> sources, List<String> targets, String codePrefix) {
        if (sources.isEmpty() || targets.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (String source : sources) {
            for (String target : targets) {
                if (source.equals(target)) {
                    continue; // "X and Y signed a pact, pledging ...": each toward the other
                }
                any = true;
                if (out.stream().noneMatch(a -> a.code().startsWith(codePrefix) && Objects.equals(ActCodes.country(a.source()), ActCodes.country(source))
                        && Objects.equals(ActCodes.country(a.target()), ActCodes.country(target)))) {
                    return false;
                }
            }
        }
        return any;
    }

    private static final WordSet POINTERS = WordSet.of("the", "this", "that", "these", "those", "such");
    private static final WordSet REACTION_CLAUSE_OPENERS = WordSet.of(",", "and", ";", "which", "who");

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
        boolean ownClause = opener > 0 && REACTION_CLAUSE_OPENERS.contains(s.token(opener))
                || after + 1 < m.start() && s.lower(after).equals(",") && Words.RELATIVES.contains(s.token(after + 1))
                && !Clauses.commaBetween(s, after + 2, m.start()); // "Taipei, which called", not "Turkey, which borders Syria, called"
        boolean gap = opener > 0 && ActNouns.ALL.contains(s.token(opener)) // "a decision the UN condemned as"
                || opener > 1 && s.lower(opener).equals("that") && ActNouns.ALL.contains(s.token(opener - 1)); // "a move that Poland condemned"
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
            while (noun < s.size() && noun - o <= 3 && !ActNouns.ALL.contains(s.token(noun))) {
                noun++; // "the Israeli move", "the latest U.S. sanctions"
            }
            return noun < s.size() && ActNouns.ALL.contains(s.token(noun)) && ActorMention.endingAt(mentions, noun) == null;
        }
        return code.startsWith("13") && mentions.stream().noneMatch(a -> a.start() == o); // "vowed to respond"
    }

    /** The doer of the act before a reaction: the nearest earlier verb's subject not of the reacting side, else the sentence's first subject. */
    private static List<ActorMention> earlierDoer(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                                  List<List<ActorMention>> sourcesOf, int v, List<ActorMention> sources) {
        for (int w = v - 1; w >= 0; w--) {
            List<ActorMention> doer = sourcesOf.get(w);
            if (!verbs.get(w).nominal() && verbs.get(w).entry().kind() != VerbEntry.Kind.SAY && !doer.isEmpty() && doer.stream().allMatch(ActorMention::isResolved)
                    && doer.stream().noneMatch(d -> sources.stream().anyMatch(x -> ActCodes.sameCountry(x, d)))) {
                return doer;
            }
        }
        List<ActorMention> first = Subjects.firstSubject(s, mentions, sources.get(0).start());
        return first.stream().anyMatch(d -> sources.stream().anyMatch(x -> ActCodes.sameCountry(x, d))) ? List.of() : first;
    }

    /**
     * R13: explicit mediation gives 045 from the mediator to each party "instead of any meeting code": the mediator's
     * visit to or meeting with a party it mediates with ("flew to Moscow and brokered a ceasefire between Russia and
     * Georgia") is no 042/043/040/044/046 pair of its own.
     */
    private static final Set<String> MEDIATION_REPLACES = Set.of("040", "042", "043", "044", "046");
    /** R13: when talks (046) are reported between two parties, their meeting and visit codes are not. */
    private static final Set<String> TALKS_REPLACE = Set.of("040", "042", "043", "044");

    /** The acts less those coded in {@code replaced} between two countries (either way round) that an act coded {@code code} joins. */
    private static List<CodedAct> takesPrecedence(List<CodedAct> acts, String code, Set<String> replaced) {
        Set<String> pairs = null; // made only when an act has the code: most sentences have none
        for (int i = 0; i < acts.size(); i++) { // indexed: runs twice for every sentence
            CodedAct a = acts.get(i);
            if (a.code().equals(code)) {
                pairs = pairs == null ? new HashSet<>() : pairs;
                pairs.add(ActCodes.country(a.source()) + ">" + ActCodes.country(a.target()));
                pairs.add(ActCodes.country(a.target()) + ">" + ActCodes.country(a.source()));
                if (code.equals("045")) {
                    mediatedBetween(acts, a, pairs);
                }
            }
        }
        if (pairs == null) {
            return acts;
        }
        List<CodedAct> out = new ArrayList<>();
        for (CodedAct a : acts) {
            if (!(replaced.contains(a.code()) && pairs.contains(ActCodes.country(a.source()) + ">" + ActCodes.country(a.target())))) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * R13: the parties one mediator's 045 acts reach meet through it ("held talks with Houthi leaders in a push mediated
     * by Oman": OMN>SAUGOV, OMN>YEMREB 045), so their own meeting codes with each other go too.
     */
    private static void mediatedBetween(List<CodedAct> acts, CodedAct mediation, Set<String> pairs) {
        for (CodedAct b : acts) {
            if (b.code().equals("045") && b.source().equals(mediation.source())
                    && !ActCodes.country(b.target()).equals(ActCodes.country(mediation.target()))) {
                pairs.add(ActCodes.country(mediation.target()) + ">" + ActCodes.country(b.target()));
            }
        }
    }

    /**
     * R5: one use of force coded toward a state named as its place and, by a participle after it, toward a side of that
     * state ("carried out air strikes in Syria, hitting positions held by rebel groups") is one event: the first's
     * code, aimed at the side (RUSMIL>SYRREB), not at the state as well. So is one verb whose objects name the side
     * and the state as its place ("killed eight civilians in Afghanistan's Khost and Paktika provinces": AFGCVL only).
     */
    private static List<CodedAct> stateAndItsSide(List<CodedAct> acts) {
        List<CodedAct> out = new ArrayList<>(acts);
        for (int i = 0; i < out.size(); i++) {
            CodedAct a = out.get(i);
            if (a.target() == null || a.target().length() != 3 || !ActCodes.isForce(a.code())) {
                continue;
            }
            if (out.stream().anyMatch(b -> b.verb() == a.verb() && b.source().equals(a.source()) && b.target() != null
                    && b.target().length() > 3 && b.target().startsWith(a.target()) && b.code().equals(a.code()))) {
                out.remove(i--);
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                CodedAct b = out.get(j);
                if (b.source().equals(a.source()) && b.target() != null && b.target().length() > 3 && b.target().startsWith(a.target())
                        && b.code().substring(0, 2).equals(a.code().substring(0, 2)) && b.verb() != a.verb() && !b.verb().nominal()
                        && b.verb().ingForm() && b.verb().start() > a.verb().start()) {
                    out.set(i, new CodedAct(a.source(), b.target(), a.code(), a.verb(), a.fromToken(), b.toToken(), a.entries()));
                    out.remove(j);
                    break;
                }
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
        Set<String> seen = new HashSet<>();
        List<CodedAct> out = new ArrayList<>(acts.size());
        for (CodedAct a : acts) {
            boolean force = a.code().startsWith("18") || a.code().startsWith("19") || a.code().startsWith("20");
            if (!force || seen.add(a.source() + ">" + a.target() + ":" + a.code().substring(0, 2)) && !attackNamingAnother(acts, a)) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * R5: "killed 37 villagers and abducted dozens of women in an attack on a village": the bare noun of an attack (190)
     * names the circumstance of the same side's more specific force against the same target, no act of its own.
     */
    private static boolean attackNamingAnother(List<CodedAct> acts, CodedAct a) {
        if (!a.code().equals("190") || !a.verb().nominal()) {
            return false;
        }
        for (CodedAct b : acts) {
            if (b != a && !b.code().equals("190") && ActCodes.isForce(b.code()) && b.source().equals(a.source())
                    && Objects.equals(b.target(), a.target())) {
                return true;
            }
        }
        return false;
    }

    /** The sentence names a place of another state than the actor's ("... in the West Bank"). */
    static final WordSet SETTLEMENT_NOUNS = WordSet.of("town", "city", "village", "villages", "towns", "settlement",
            "settlements", "port", "hamlet");

    /** "the town of Ltamenah", "the strategic village of Robotyne": a settlement named by "of", within four words of the verb. */
    private static boolean unnamedSettlement(Sentence s, VerbMatch m) {
        for (int i = m.end(); i < s.size() - 2 && i <= m.last() + 4; i++) {
            if (Targets.TARGET_STOPS.contains(s.token(i))) {
                return false;
            }
            if (SETTLEMENT_NOUNS.contains(s.token(i)) && s.lower(i + 1).equals("of") && s.token(i + 2).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** The first crowd named only by its role after the verb (protesters, students), as the state's own people; or none. */
    private static List<ActorMention> crowdFaced(Sentence s, List<ActorMention> mentions, VerbMatch m, String country) {
        for (ActorMention a : mentions) {
            if (a.start() >= m.end() && a.kind() == ActorMention.Kind.AGENT_ONLY && PROTESTERS.contains(String.valueOf(a.sector()))
                    && !Subjects.foreigners(s, a)) {
                return List.of(Subjects.asPeopleOf(a, country));
            }
        }
        return List.of();
    }

    /**
     * The state whose people a state's troops or police kill en masse (20x, or a hundred people or more, by a strike too):
     * the killers' own, where the sentence names no other state and places nothing abroad; not the toll after a comma
     * (", killing 100 people"). Mercenaries fight abroad: beside one state's forces they kill that state's people,
     * alone they say nothing of whose. Null when none.
     */
    private static String massHome(Sentence s, List<ActorMention> mentions, VerbMatch m, String code, List<ActorMention> sources,
                                   List<ActorMention> reporter) {
        if (code == null || sources.isEmpty() || !sources.stream().allMatch(a -> ActCodes.forceAtHome(a.code()))) {
            return null;
        }
        List<ActorMention> home = sources.stream().filter(a -> !mercenaries(s, a)).toList();
        if (home.isEmpty() || home.stream().map(a -> a.code().substring(0, 3)).distinct().count() > 1) {
            return null;
        }
        // the outlet whose investigation reports the killing ("A BBC investigation found that ...", "..., according to
        // a BBC investigation") is no party to it, nor are the mercenaries beside the state's forces
        List<ActorMention> tellers = new ArrayList<>(reporter);
        tellers.addAll(Subjects.trailingSpeaker(s, mentions, m.last()));
        tellers.addAll(Subjects.accordingTo(s, mentions, m.last()));
        List<ActorMention> parties = mentions.stream()
                .filter(a -> !(tellers.contains(a) && a.isResolved() && a.code().endsWith("MED")))
                .filter(a -> !(sources.contains(a) && mercenaries(s, a))).toList();
        // a killing of twenty or more counted people told in someone's words (a finding, a monitor's report), or placed
        // in the killers' own state though not right after the victims ("killed 30 villagers, including women, and
        // burned their bodies in Kayah state"), is the mass killing at home, as a hundred are anywhere; "Russian troops
        // killed dozens of civilians" alone is not
        boolean reportedMass = "180".equals(code) && Targets.countedVictims(s, m)
                && (reported(s, mentions, m, reporter) || placedAtHome(mentions, home.get(0)));
        boolean mass = (code.startsWith("20") || (code.startsWith("18") || code.startsWith("19"))
                    && (Targets.hundredVictims(s, m) || reportedMass))
                && !otherStateNamed(parties, home.get(0).code()) && !placedAbroad(s, mentions, home.get(0))
                && !Clauses.participleAfterComma(s, m);
        return mass ? home.get(0).code().substring(0, 3) : null;
    }

    private static final WordSet MERCENARIES = WordSet.of("mercenaries", "mercenary");
    private static final WordSet DEFYING = WordSet.of("defied", "defying", "defy", "defies");

    /** Whether a mention names hired fighters ("Wagner mercenaries"), who by the word fight in a state not their own. */
    private static boolean mercenaries(Sentence s, ActorMention a) {
        return a.end() > a.start() && MERCENARIES.contains(s.lower(a.end() - 1));
    }

    /**
     * Told in someone's words, before the deed ("HRW said soldiers killed ...") or after it ("..., Human Rights Watch
     * said", "..., according to the UN"): a finding reported, not the reporter's own account.
     */
    private static boolean reported(Sentence s, List<ActorMention> mentions, VerbMatch m, List<ActorMention> reporter) {
        return !reporter.isEmpty() || !Subjects.trailingSpeaker(s, mentions, m.last()).isEmpty()
                || !Subjects.accordingTo(s, mentions, m.last()).isEmpty();
    }

    /**
     * The state of the one place the sentence names, or the striker's own for rebels and mass violence (not for
     * mercenaries, who fight abroad); none else.
     */
    private static List<ActorMention> settlementState(Sentence s, List<ActorMention> mentions, ActorMention source, String code) {
        String state = null;
        for (ActorMention a : mentions) {
            if (a.isResolved() && a.locative() && a.placeCode() != null && Coreference.isCountryCode(a.placeCode())) {
                String c = a.placeCode().substring(0, 3);
                if (state != null && !state.equals(c)) {
                    return List.of();
                }
                state = c;
            }
        }
        String own = source.code().substring(0, 3);
        if (state == null && (ActCodes.rebels(source.code()) || code.startsWith("20")) && !otherStateNamed(mentions, own)
                && !mercenaries(s, source)) {
            state = own;
        }
        return state == null ? List.of()
                : List.of(source.withCodes(List.of(state), ActorMention.Kind.COMPOSED, List.of("settlement:" + state)));
    }

    /** A capital or city named right after the verb (not its possessor: "seized Moscow's assets"), or null. */
    private static ActorMention takenPlace(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        int at = m.end() < s.size() && s.lower(m.end()).equals("the") ? m.end() + 1 : m.end();
        for (ActorMention a : mentions) {
            if (a.start() == at && a.kind() == ActorMention.Kind.METONYM && !a.possessive() && a.placeCode() != null) {
                return a;
            }
        }
        return null;
    }

    private static final WordSet CAUSATIVES = WordSet.of("prompting", "forcing", "leading", "spurring", "pushing",
            "causing", "provoking", "driving");

    /**
     * A reaction (11-13x), cut in relations (16x) or posture (15x, S30-13) whose actor is caused to act by what came
     * before: "..., prompting the European Union to impose sanctions", "..., forcing Berlin to recall its envoy",
     * "..., prompting Japan to scramble fighter jets".
     */
    private static boolean promptedReaction(Sentence s, List<ActorMention> sources, String code) {
        if (sources.size() != 1 || !(ActCodes.reaction(code) || code.startsWith("16") || code.startsWith("15"))) {
            return false;
        }
        ActorMention a = sources.get(0);
        int before = a.start() > 0 && s.lower(a.start() - 1).equals("the") ? a.start() - 2 : a.start() - 1;
        return before > 0 && CAUSATIVES.contains(s.lower(before)) && a.end() < s.size() && s.lower(a.end()).equals("to");
    }

    /** A by-agent that acts on its state's own people: its police, troops, government or courts, placed nowhere abroad. */
    private static boolean patientAtHome(Sentence s, List<ActorMention> mentions, ActorMention agent) {
        String c = agent.code();
        return (ActCodes.authority(c) || ActCodes.forceAtHome(c)) && !otherStateNamed(mentions, c) && !placedAbroad(s, mentions, agent);
    }

    /**
     * The subject of a passive named only by role whose by-agent is a state's actor ("Five civilians were killed by
     * Russian shelling in Kharkiv, Ukraine said", "Two soldiers were wounded by Armenian fire, Azerbaijan's defence
     * ministry said"): the people of another state, the one the clause places them in after the verb ("in Kharkiv"),
     * else the state that reports it in a trailing attribution, as "Ukraine said five civilians were killed by" is
     * read. None when neither names a state other than the agent's (at home, {@link #patientAtHome} decides).
     */
    private static List<ActorMention> victimsOfForeignAgent(Sentence s, List<ActorMention> mentions, VerbMatch m, int group,
                                                            ActorMention agent) {
        String own = agent.code() == null ? null : ActCodes.country(agent.code());
        if (own == null || own.length() != 3 || !Coreference.isCountryCode(own)) {
            return List.of();
        }
        List<ActorMention> speaker = Subjects.trailingSpeaker(s, mentions, m.last());
        if (speaker.isEmpty()) {
            speaker = Subjects.accordingTo(s, mentions, m.end()); // "..., according to Pakistani officials"
        }
        int end = speaker.isEmpty() ? s.size() : speaker.get(0).start();
        String country = null;
        for (ActorMention a : mentions) {
            if (a.start() >= m.end() && a.end() <= end && a.isResolved() && a.locative() && a.code().length() == 3
                    && Coreference.isCountryCode(a.code()) && !a.code().equals(own) && placedIn(s, a.start())) {
                country = a.code();
                break;
            }
        }
        if (country == null && !speaker.isEmpty() && speaker.get(0).code() != null) {
            String said = ActCodes.country(speaker.get(0).code());
            country = said != null && said.length() == 3 && Coreference.isCountryCode(said) && !said.equals(own) ? said : null;
        }
        return country == null ? List.of() : passivePeople(s, mentions, group, country, DETAINED);
    }

    /** "in Kharkiv", "in eastern Ukraine": a place the clause puts its people in. */
    private static boolean placedIn(Sentence s, int at) {
        return s.lower(at - 1).equals("in") || at > 1 && s.lower(at - 2).equals("in") && s.token(at - 1).isWord()
                && !s.token(at - 1).isCapitalized();
    }

    /**
     * The subject of a passive named only by role ("Dozens of protesters were detained by", "An opposition activist was
     * sentenced by"), as one of the people of {@code country}; none when a clause mark or a comma stands between.
     */
    private static List<ActorMention> passivePeople(Sentence s, List<ActorMention> mentions, int group, String country) {
        return passivePeople(s, mentions, group, country, OWN_PEOPLE);
    }

    private static List<ActorMention> passivePeople(Sentence s, List<ActorMention> mentions, int group, String country,
                                                    Set<String> roles) {
        ActorMention subject = null;
        for (ActorMention a : mentions) {
            if (a.end() <= group) {
                subject = a;
            }
        }
        if (subject == null || subject.kind() != ActorMention.Kind.AGENT_ONLY || !roles.contains(String.valueOf(subject.sector()))) {
            return List.of();
        }
        for (int t = subject.end(); t < group; t++) {
            // "people told reporters they had been beaten by riot police": the pronoun is the passive's subject
            if (Targets.TARGET_STOPS.contains(s.token(t)) || s.lower(t).equals(",") || UNRESOLVED_SUBJECTS.contains(s.token(t))) {
                return List.of();
            }
        }
        return List.of(Subjects.asPeopleOf(subject, country));
    }

    /**
     * "Armenian separatists in Nagorno-Karabakh agreed to lay down their weapons", "FARC rebels declared a ceasefire":
     * a state's rebels who de-escalate (087x) and name no one fight their own state, so they yield to it.
     */
    private static boolean rebelsDeescalating(List<ActorMention> sources, String code) {
        return sources.size() == 1 && ActCodes.rebels(sources.get(0).code()) && code.startsWith("087");
    }

    /**
     * The state rebels yield to, when the sentence places them at home: its government or body if named ("a day after
     * Baku launched its offensive"), else the state itself when a place of it is named ("separatists in
     * Nagorno-Karabakh", "rebels in Colombia"); none when the sentence places them nowhere at home ("Hamas agreed to a
     * truce": its war may be with another state).
     */
    private static List<ActorMention> rebelsHome(Sentence s, List<ActorMention> mentions, ActorMention rebels) {
        String home = rebels.code().substring(0, 3);
        ActorMention place = null;
        for (int i = rebels.start(); i < rebels.end(); i++) {
            if (s.lower(i).equals("in")) {
                place = rebels; // "Armenian separatists in Nagorno-Karabakh", "FARC rebels in Colombia"
            }
        }
        for (ActorMention a : mentions) {
            if (a == rebels || !a.isResolved() || a.code() == null || !a.code().startsWith(home) || ActCodes.rebels(a.code())) {
                continue;
            }
            if (!a.locative() && a.code().length() == 6 && Coreference.isCountryCode(a.code())) {
                return List.of(a);
            }
            if (a.locative() || a.code().length() == 3) {
                place = a;
            }
        }
        return place == null ? List.of() : List.of(ActCodes.ownCountry(rebels));
    }

    /** Whether the sentence names a state other than the one of {@code own}, in any role. */
    private static final WordSet FREED = WordSet.of("release", "freedom", "freeing", "releasing");

    /**
     * An appeal or demand for "the release of" people named only by role while another state is named ("after the
     * Canadian foreign ministry called for the release of jailed activists", Saudi Arabia named): the people are held by
     * someone else, so they are not the caller's own people (the act is addressed to whom the sentence names).
     */
    private static boolean releaseAskedOfAnother(Sentence s, VerbMatch m, List<ActorMention> mentions, String own) {
        if (own == null || m.pattern().code() == null
                || !(m.pattern().code().startsWith("02") || m.pattern().code().startsWith("10")) || !otherStateNamed(mentions, own)) {
            return false;
        }
        for (int i = m.end(); i + 1 < s.size() && i <= m.end() + 3; i++) {
            if (FREED.contains(s.token(i)) && s.lower(i + 1).equals("of")) {
                return true;
            }
        }
        return false;
    }

    private static boolean otherStateNamed(List<ActorMention> mentions, String own) {
        String home = own.substring(0, 3);
        return mentions.stream().anyMatch(a -> a.isResolved() && Coreference.isCountryCode(a.code())
                && !a.code().startsWith(home));
    }

    /** Whether the sentence places something in the actor's own state ("in Kayah state"). */
    private static boolean placedAtHome(List<ActorMention> mentions, ActorMention actor) {
        String home = actor.code().substring(0, 3);
        return mentions.stream().anyMatch(a -> a.locative() && a.isResolved() && a.code().startsWith(home));
    }

    private static boolean placedAbroad(Sentence s, List<ActorMention> mentions, ActorMention actor) {
        String home = actor.code().substring(0, 3);
        return mentions.stream().anyMatch(a -> a.locative() && a.isResolved() && !a.code().startsWith(home)
                && !destination(s, a));
    }

    /** A place gone to ("put them on a flight to Washington", "flew them to the United States"), not where one acts. */
    private static boolean destination(Sentence s, ActorMention place) {
        int before = place.start() > 0 && s.lower(place.start() - 1).equals("the") ? place.start() - 2 : place.start() - 1;
        return before >= 0 && s.lower(before).equals("to");
    }

    /** What a march is held to do, after "to": "to demand", "to protest", "to press for". */
    private static final WordSet MARCH_CAUSES = WordSet.of("demand", "protest", "press", "call", "oppose", "denounce");
    /** A crowd's protest told as its participle: "people protesting / demonstrating / rallying / marching ...". */
    private static final WordSet CROWD_PROTESTING = WordSet.of("marching", "protesting", "demonstrating", "rallying");
    /** Seats of power a march goes "on" ("marching on the presidential palace", "on parliament"): its aim. */
    private static final WordSet MARCHED_ON = WordSet.of("palace", "parliament", "legislature", "congress", "capitol",
            "ministry", "headquarters", "residence", "office", "offices");

    /**
     * Whether the protest's cause follows it in its clause: "against a tax reform", "over the disputed election", "to
     * demand guaranteed prices", or the seat of power marched on ("on the presidential palace").
     */
    private static boolean marchCause(Sentence s, int from) {
        for (int i = from; i < Math.min(s.size() - 1, from + 8) && !s.lower(i).equals(","); i++) {
            if (s.lower(i).equals("against") || s.lower(i).equals("over") && i == from && !s.lower(from - 1).equals("marching")
                    || s.lower(i).equals("to") && MARCH_CAUSES.contains(s.token(i + 1))) {
                return true;
            }
        }
        if (from < s.size() && s.lower(from).equals("on")) {
            for (int i = from + 1; i < Math.min(s.size(), from + 4) && s.token(i).isWord(); i++) {
                if (MARCHED_ON.contains(s.token(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * S32-1: "fired tear gas at farmers marching on New Delhi to demand ...", "arrested hundreds of people protesting
     * against the election result", "at protesters marching on the presidential palace": a crowd named by role whose
     * protest against a measure, for a demand or on a seat of power is told in a participle after it holds that protest
     * (R1) beside the force met. With no cause ("students marching in Dhaka") the participle only describes the crowd,
     * as it does a crowd that is the subject ("Students protesting against quotas clashed with police").
     */
    private static boolean crowdMarching(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, VerbMatch m, String code) {
        if (!CROWD_PROTESTING.contains(s.token(m.start())) || code == null || !code.startsWith("14") || !marchCause(s, m.end())) {
            return false;
        }
        for (ActorMention crowd : mentions) { // a crowd named by role only is not resolved yet ("farmers", "people")
            boolean object = verbs.stream().anyMatch(o -> o.end() <= crowd.start()); // not the subject of the clause's verb
            if (crowd.end() == m.start() && object && (Subjects.crowd(crowd)
                    || crowd.kind() == ActorMention.Kind.AGENT_ONLY && PROTESTERS.contains(String.valueOf(crowd.sector())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * S30-20 for S32-1: "Venezuelan police arrested hundreds of people protesting against the result": a crowd named by
     * role that a state's police, forces or rulers act on is that state's own people, wherever no place is named.
     */
    private static List<ActorMention> crowdOfTheForce(List<ActorMention> mentions, List<VerbMatch> verbs,
                                                      List<List<ActorMention>> sourcesOf, int v, VerbMatch m,
                                                      List<ActorMention> sources) {
        ActorMention crowd = mentions.stream().filter(a -> a.end() == m.start() && a.sector() != null).findFirst().orElse(null);
        if (crowd == null) {
            return sources;
        }
        for (int o = v - 1; o >= 0; o--) {
            if (verbs.get(o).end() <= crowd.start()) {
                List<ActorMention> force = sourcesOf.get(o);
                String own = force.size() == 1 ? force.get(0).code() : null;
                return ActCodes.authority(own) || ActCodes.forceAtHome(own)
                        ? List.of(crowd.withCodes(List.of(own.substring(0, 3) + crowd.sector()), ActorMention.Kind.COMPOSED,
                                List.of("own:" + crowd.sector())))
                        : sources;
            }
        }
        return sources;
    }

    /** Sectors of people who protest: civilians, opposition, workers, students, farmers. */
    static final Set<String> PROTESTERS = Set.of("CVL", "OPP", "LAB", "EDU", "AGR", "HRI");

    /** The sectors of {@code base} and {@code more}: the sets of people below are the protesters and others. */
    private static Set<String> with(Set<String> base, String... more) {
        Set<String> out = new java.util.HashSet<>(base);
        out.addAll(List.of(more));
        return Set.copyOf(out);
    }
    /** A state's own people that its police, courts or rulers act on when named only by role: protesters and the press. */
    private static final Set<String> OWN_PEOPLE = with(PROTESTERS, "MED");
    /**
     * Whom a state's authority arrests at home when named only by role: its people and press, and its own soldiers,
     * judges, police and officials ("detained thousands of soldiers and judges after the coup attempt").
     */
    private static final Set<String> DETAINED = with(OWN_PEOPLE, "MIL", "JUD", "COP", "GOV");
    /** A state's own institutions that its people protest against or make demands of. */
    static final Set<String> INSTITUTIONS = Set.of("GOV", "LEG", "JUD", "COP", "MIL");

    /** Whom a state's authority investigates at home: its people, and its own officers ("investigating police officers"). */
    private static final Set<String> INVESTIGATED = with(PROTESTERS, "COP", "MIL", "GOV");

    private static final Set<String> POLICE = Set.of("COP");
    /** Whom a state's rebels strike at home when named only by role: its people, institutions and media. */
    private static final Set<String> STRUCK_AT_HOME = with(PROTESTERS, "GOV", "LEG", "JUD", "COP", "MIL", "MED");
    /** Crowds that riot: civilians only ("protesters", "crowds"); armed men named by role stay unknown (R2). */
    private static final Set<String> CROWDS = Set.of("CVL");
    /** Armed men named only by their role: rebels and militias ({@link Subjects#placedAsRebels}). */
    private static final Set<String> ARMED_MEN = Set.of("REB", "UAF");
    /** People and police named only by their role, who belong to the place where the sentence puts them. */
    private static final Set<String> LOCALS = with(PROTESTERS, "COP");

    /** Subject pronouns: when one stands right before a verb and names no actor, the verb has no known source. */
    private static final WordSet UNRESOLVED_SUBJECTS = WordSet.of("it", "they", "he", "she", "we", "i", "you", "this");
    private static final WordSet GERUND_CONNECTIVES = WordSet.of("by", "after", "before", "while", "when", "without");

    /** The partner of the main clause's verb: its pattern target, or the first actor after it. */
    static List<ActorMention> mainTargets(Sentence s, List<ActorMention> mentions, VerbMatch main,
                                                  List<ActorMention> sources) {
        if (main.target() != null && !Meetings.venue(s, main.target())) {
            return List.of(main.target());
        }
        for (ActorMention a : mentions) {
            // "agreed at their talks on the sidelines of the G20 summit": a body's gathering is where, not the partner
            if (a.start() >= main.end() && a.isResolved() && !a.locative() && !sources.contains(a) && !Meetings.venue(s, a)
                    && !Meetings.occasion(s, a)) {
                return List.of(a);
            }
        }
        return List.of();
    }

    /**
     * S7-2: words addressed face to face ("told Zelensky in Kyiv", "asked Erdogan in Ankara", "berated Zelensky in the
     * Oval Office") to a person of the country they are said in are a visit with that person as host (042, 043
     * reversed); said during talks, the talks pair (046, R13). Once per speaker: a meeting coded already stands.
     */
    private void addressedInPerson(Sentence s, List<ActorMention> mentions, VerbMatch m, ActorMention speaker, List<CodedAct> out,
                                   List<CodedAct> encounters) {
        ActorMention house = speaker.code() == null ? null : Encounters.addressedLegislature(s, mentions, m);
        if (house != null && !ActCodes.country(speaker.code()).equals(ActCodes.country(house.code()))
                && out.stream().noneMatch(e -> e.code().startsWith("04") && e.source().equals(speaker.code()))) {
            // S32-12: a foreign legislature addressed in person hosts the speaker ("told a joint meeting of the US Congress")
            emit(s, m, "042", "043", List.of(speaker), List.of(house), out);
            return;
        }
        ActorMention hearer = Encounters.addressedHearer(s, mentions, m);
        if (hearer == null || hearer.locative() || speaker.code() == null || hearer.code() == null) {
            return;
        }
        String a = ActCodes.country(speaker.code());
        String b = ActCodes.country(hearer.code());
        if (a.equals(b)) {
            return;
        }
        if (out.stream().anyMatch(e -> e.code().startsWith("04") && (e.source().equals(speaker.code()) || e.target().equals(speaker.code())))) {
            // a meeting coded already stands, but for its host ("During a visit to Tripoli, Sarkozy told Gaddafi": LBYGOV)
            encounters.addAll(Encounters.addressed(s, mentions, m, speaker, hearer));
            return;
        }
        if (Encounters.duringTalks(s, hearer.end())) {
            emit(s, m, "046", "046", List.of(speaker), List.of(hearer), out);
        } else if (Encounters.byPhone(s, hearer.end())) {
            // "told Ban Ki-moon by telephone that ...", "assured Merkel over the phone": words in a call (041 pair, R13)
            emit(s, m, "041", "041", List.of(speaker), List.of(hearer), out);
        } else if (hearer.individual() || Encounters.counterpart(s, hearer)) {
            // "told his Kuwaiti counterpart in Kuwait City": a counterpart is a person met as a named one is
            String place = Encounters.placeAt(s, mentions, hearer.end());
            if (b.equals(place)) {
                emit(s, m, "042", "043", List.of(speaker), List.of(hearer), out);
            } else if (a.equals(place)) {
                emit(s, m, "043", "042", List.of(speaker), List.of(hearer), out);
            } else {
                encounters.addAll(Encounters.addressed(s, mentions, m, speaker, hearer)); // "Visiting Seoul, Kishida told Yoon"
            }
        } else {
            encounters.addAll(Encounters.addressed(s, mentions, m, speaker, hearer));
        }
    }

    private static final WordSet GANG_WORDS = WordSet.of("gang", "gangs", "gangsters", "gangster");

    /**
     * S31-25: a criminal gang that fights, kills or abducts is an armed group of its country (REB), not its criminals
     * (CRM): "a Haitian gang kidnapped six nuns" -> HTIREB. Pirates, smugglers and other criminals keep CRM.
     */
    private static List<ActorMention> gangsAsRebels(Sentence s, List<ActorMention> sources) {
        List<ActorMention> out = new ArrayList<>(sources.size());
        for (ActorMention a : sources) {
            boolean gang = a.isResolved() && a.codes().size() == 1 && a.code().length() == 6 && a.code().endsWith("CRM")
                    && java.util.stream.IntStream.range(a.start(), a.end()).anyMatch(t -> GANG_WORDS.contains(s.token(t)));
            out.add(gang ? a.withCodes(List.of(a.code().substring(0, 3) + "REB"), a.kind(), List.of("armed gang:" + a.code())) : a);
        }
        return out;
    }

    private void emit(Sentence s, VerbMatch m, String code, String reverse, List<ActorMention> sources,
                      List<ActorMention> targets, List<CodedAct> out) {
        List<String[]> pairs = new ArrayList<>();
        String taken = ActCodes.peopleTaken(s, m, code, targets);
        boolean peopleTaken = !taken.equals(code);
        code = taken;
        if (peopleTaken && targets.stream().allMatch(t -> !t.isResolved() || t.locative())) {
            List<ActorMention> struck = ActCodes.takenFromStruck(s, m, sources, out); // "shot down two Indian jets and captured a pilot"
            targets = struck.isEmpty() ? targets : struck;
        }
        List<String> srcCodes = ActCodes.codes(ActCodes.isForce(code) ? gangsAsRebels(s, sources) : sources, false, code);
        String venue = null;
        if (("044".equals(code) || "040".equals(code)) && srcCodes.size() >= 2 && !targets.isEmpty()
                && targets.stream().allMatch(ActorMention::locative) && targets.get(0).placeCode() != null) {
            // "Biden and Xi ... at their meeting in Bali", "at their first meeting, held in Paris": the place is where
            // they met each other (R13: a third place 044, one's own a visit)
            venue = ActCodes.country(targets.get(0).placeCode());
            targets = List.of();
            code = "044";
        } else if ("046".equals(code) && srcCodes.size() >= 2 && !targets.isEmpty() && targets.stream().allMatch(ActorMention::locative)) {
            targets = List.of(); // "agreed at their talks in Minsk": the talks are between them wherever held (R13)
        }
        targets = OrderRestored.junta(s, code, targets); // S33-16
        List<String> tgtCodes = ActCodes.codes(ActCodes.makersOfWares(s, code, reverse, targets), true, code);
        if (code.startsWith("171") && Targets.vesselTaken(s, m)) {
            // S27-8: a seized ship is its flag state's, fishing boats too ("seized two Guyanese fishing boats" -> GUY,
            // not the crews' CVL, whose detention is an act of its own), and so is one sunk (1712)
            tgtCodes = tgtCodes.stream().map(t -> t.endsWith("CVL") ? ActCodes.country(t) : t).distinct().toList();
        }
        // force is mutual only where the verb says so ("clashed", "fought": a reverse code) or its object is theirs
        // together ("breached the ceasefire", 196); "Ethiopian forces and militias killed four soldiers" is one side's
        // act, not a fight between the two
        boolean mutualAct = Meetings.mutual(code) && !(code.startsWith("19") && !code.startsWith("196") && reverse == null);
        if (srcCodes.size() >= 2 && !Meetings.apart(s, m) && (tgtCodes.isEmpty() && (mutualAct || Meetings.praise(code) && Meetings.ownTiesPraised(s, m)
                || Meetings.eachOther(s, m))
                || reverse != null && m.target() == null && m.source() == null && !m.nominal())) {
            // "China and Russia signed ..." / "both sides agreed": each toward the other ("received a delegation
            // from China and Korea" names its givers in a slot: they act toward the subject, not each other)
            boolean diplomats = ExpelledDiplomats.eachOthers(s, m, code); // S33-15
            for (String a : srcCodes) {
                for (String b : srcCodes) {
                    if (!a.equals(b)) {
                        String to = diplomats ? ExpelledDiplomats.government(b) : b;
                        pairs.add(new String[] {a, to, Meetings.venueCode(code, venue, ActCodes.country(a), ActCodes.country(b))});
                    }
                }
            }
        } else {
            Set<String> places = new HashSet<>();
            for (ActorMention t : targets) {
                if (t.isResolved() && (t.locative() || t.kind() == ActorMention.Kind.METONYM) && t.placeCode() != null) {
                    places.add(t.placeCode());
                }
            }
            // people arrested or abducted are people, civilians unless a role is named (GOLD-SET CVL: detainees,
            // deportees, hostages): "arrested a Czech", "abducted a New Zealand pilot" -> CZECVL, NZLCVL; people sent
            // "back to" a state are its own ("forced asylum seekers back to Laos"); a ship, a spy, and people deported
            // or pushed elsewhere ("deported a trafficker to the United States", "into Lithuania") keep the state
            Set<String> held = ActCodes.peopleHeld(code) && !Targets.vesselTaken(s, m) ? Targets.statesOfPeopleHeld(s, code, targets) : Set.of();
            for (String a : srcCodes) {
                for (String target : tgtCodes) {
                    // a state's own body toward the bare state itself is no event ("bans on travel to Canada"
                    // by Canada), except a resignation toward one's country, done (0831), announced (0341, S7-1) or
                    // refused (1231), and force used on one's own towns, whose target is the people there ("shelled
                    // Homs"), save a chemical or other unconventional attack (204) naming no people, which S31-29 aims at
                    // the town's state ("dropped sarin on the town of Ltamenah" -> SYR), and a state's rebels who de-escalate toward it ("agreed to lay down
                    // their arms") or claim an attack in it (015, S7-11: "Al-Shabaab claimed the bombing in Mogadishu"),
                    // who are no body of it
                    boolean own = target.length() == 3 && a.startsWith(target) && !RESIGNATIONS.contains(code)
                            && !ActCodes.emergencyRule(code)
                            && !(ActCodes.rebels(a) && (code.startsWith("087") || code.startsWith("0356") || code.startsWith("015")));
                    boolean force = code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
                    // hostages, torture and mass killings "in" a place: its people are the victims
                    boolean placeStruck = own && code.startsWith("204") && !Targets.peopleNamed(s);
                    boolean people = own && force && !placeStruck || target.length() == 3 && places.contains(target) && ActCodes.onPeople(code)
                            || held.contains(target) && target.length() == 3 && !own && Coreference.isCountryCode(target);
                    // territory seized is the state's ("rebels captured the city of Goma" -> COD), not its people's
                    // and so is a city advanced on ("rebels advanced toward Addis Ababa": the state's ground, not its people)
                    // and so is a town attacked by name with no people named ("launched an attack on the Mozambican town
                    // of Palma": MOZ, as "dropped sarin on the town of Ltamenah")
                    boolean territory = own && (code.startsWith("192") || code.startsWith("190") && !m.nominal()
                            && (ADVANCES.contains(s.token(m.start())) || unnamedSettlement(s, m) && !Targets.peopleNamed(s)));
                    String b = people && !territory ? target + "CVL" : target;
                    // a state's police using force in its own towns represses its people (175)
                    String c = own && force && a.endsWith("COP") && !code.startsWith("20") && !code.startsWith("186") ? "175" : code;
                    if (!a.equals(b) && !(own && !people && !territory && !placeStruck)) {
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

    /**
     * Who acts on whom when a passive's subject holds its pattern's words (VerbPatternMatcher.objectBeforePassive): the
     * by-agent on the one the subject names ("an aid package for Ukraine was approved by the Senate"); with no agent, the
     * parties "between" whom a mutual act was done do it to each other ("a defence pact between Japan and the Philippines
     * was signed"), else no one.
     */
    private static List<List<ActorMention>> objectBeforeVerb(Sentence s, List<ActorMention> mentions, VerbMatch m,
                                                             List<ActorMention> agents) {
        List<ActorMention> named = Subjects.expandForward(s, mentions, m.target());
        boolean between = m.target().start() > 0 && s.lower(m.target().start() - 1).equals("between");
        if (agents.isEmpty()) {
            return between && m.pattern().reverseCode() != null ? List.of(named, List.of()) : List.of(List.of(), List.of());
        }
        return List.of(agents, named);
    }

    /** Whether the pattern's target slot follows the verb right after "between" ("talks were held between X and Y"). */
    private static boolean betweenAfterVerb(Sentence s, VerbMatch m) {
        int t = m.target().start();
        return t > m.start() && s.lower(t - 1).equals("between");
    }

    private static final WordSet PRONOUN_CLAUSE_OPENERS = WordSet.of("as", "when", "while", "after", "before", "until", "and");

    /**
     * "Sudanese security forces opened fire as they broke up a protest camp", "Russian troops entered the town after they
     * had shelled it": "they" or "it" opening a clause joined by "as", "when", "after", "and" ... to the one before is that
     * clause's subject, when no actor stands between its verb and the pronoun ("police arrested protesters as they
     * marched": the protesters may be meant) and the subject is a group or a state, not a person; after "but" only for a
     * {@link #contrastedCourse}; else none.
     */
    private static List<ActorMention> mainSubjectOfPronoun(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                                           List<List<ActorMention>> sourcesOf, int v, int k) {
        if (k < 1 || !(s.lower(k).equals("they") || s.lower(k).equals("it"))) {
            return List.of();
        }
        boolean contrast = CONTRAST_OPENERS.contains(s.token(k - 1));
        if (!contrast && !PRONOUN_CLAUSE_OPENERS.contains(s.token(k - 1))) {
            return List.of();
        }
        int w = groupVerbBefore(s, verbs, sourcesOf, v, k);
        if (w < 0) {
            return List.of();
        }
        int main = verbs.get(w).start();
        if (contrast) {
            return contrastedCourse(s, main, k) ? sourcesOf.get(w) : List.of();
        }
        return mentions.stream().anyMatch(a -> a.start() >= main && a.start() < k) ? List.of() : sourcesOf.get(w);
    }

    /** The nearest verb (not a nominal act) before {@code v} that ends before the pronoun at {@code k}, or -1. */
    private static int verbBefore(List<VerbMatch> verbs, int v, int k) {
        for (int w = v - 1; w >= 0; w--) {
            if (!verbs.get(w).nominal() && verbs.get(w).end() <= k) {
                return w;
            }
        }
        return -1;
    }

    /**
     * The verb before the pronoun at {@code k} (as {@link #verbBefore}) when it is no verb of saying and the pronoun can
     * stand for its subject: one state or group, or several for "they"; else -1.
     */
    private static int groupVerbBefore(Sentence s, List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf, int v, int k) {
        int w = verbBefore(verbs, v, k);
        if (w < 0 || verbs.get(w).entry().kind() == VerbEntry.Kind.SAY) {
            return -1;
        }
        List<ActorMention> subject = sourcesOf.get(w);
        boolean group = !subject.isEmpty() && subject.stream().allMatch(a -> a.isResolved() && !a.individual())
                && (s.lower(k).equals("they") || subject.size() == 1);
        return group ? w : -1;
    }


    private static final WordSet CONTRAST_OPENERS = WordSet.of("but", "though", "although");
    private static final WordSet STATED_READINESS = WordSet.of("ready", "prepared", "willing");

    /**
     * R8: "Israel would not supply weapons to Ukraine, but it would send aid", "said it will not join the strikes, though
     * it was ready to help": two stated courses of one side set against each other; the pronoun at {@code k} of the
     * second is the subject of the first (verb at {@code main}), when both are announced (a modal in the first verb
     * group; a modal or "ready / prepared / willing to" after the pronoun) and that subject is one state or group. A deed
     * after "but" ("Russia attacked Ukraine, but it repelled the assault") keeps no source.
     */
    private static boolean contrastedCourse(Sentence s, int main, int k) {
        return announced(s, k + 1) && Clauses.hasModal(s, Clauses.groupStart(s, main), main);
    }

    /** "would send", "will not", "was ready to", "is prepared to": the words after a pronoun announce a course. */
    private static boolean announced(Sentence s, int at) {
        if (at >= s.size()) {
            return false;
        }
        String w = s.lower(at);
        if (w.equals("would") || w.equals("will") || w.equals("'ll")) {
            return true;
        }
        int r = at + (at + 1 < s.size() && s.lower(at + 1).equals("also") ? 2 : 1);
        return Clauses.BE.contains(s.token(at)) && r + 1 < s.size() && STATED_READINESS.contains(s.token(r)) && s.lower(r + 1).equals("to");
    }

    /**
     * "Turkey, a NATO member, blocked ...", "Qatar, a key mediator between Israel and Hamas, condemned ...": an apposition
     * opened by "a" or "an" between the sentence's first actor and its verb describes that actor, and the actors inside
     * it are no subject; the position of the apposition's opening comma, or the verb group when there is none.
     */
    private static int beforeApposition(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v, int group) {
        if (group < 4 || !s.lower(group - 1).equals(",")) {
            return group;
        }
        for (int c = group - 3; c >= Math.max(1, group - 14); c--) {
            if (s.lower(c).equals(",")) {
                ActorMention head = ActorMention.endingAt(mentions, c);
                boolean verbBefore = false;
                for (int w = 0; w < v; w++) {
                    verbBefore |= !verbs.get(w).nominal() && verbs.get(w).start() < c;
                }
                return Words.INDEFINITE_ARTICLES.contains(s.token(c + 1)) && head != null && head.isResolved() && !head.locative()
                        && !head.possessive() && !verbBefore ? c : group;
            }
            if (s.lower(c).equals(";") || s.lower(c).equals(":")) {
                return group;
            }
        }
        return group;
    }

    /**
     * Prepositions that take a noun, so a verb form right after one is a noun ("against travel"); so do the time words
     * that open a clause only with its subject ("after clashes in northern Kosovo", "since attacks on its border villages",
     * "during talks": no finite verb follows them bare).
     */
    private static final WordSet NOUN_PREPOSITIONS = WordSet.of("against", "on", "of", "by", "via", "about", "for", "over", "from",
            "into", "with", "despite", "amid", "without", "after", "before", "during", "following", "until", "since");

    /** Whether a target opens the words right after the verb or its "that" ("warning that Russia would pay"). */
    private static boolean wordsOpenWithTarget(Sentence s, VerbMatch m, List<ActorMention> targets) {
        int at = m.end() < s.size() && s.lower(m.end()).equals("that") ? m.end() + 1 : m.end();
        return targets.stream().anyMatch(a -> a.start() == at || a.start() == at + 1 && s.lower(at).equals("the"));
    }

    /** The others the speaker met or called in an encounter (root 04) coded before verb {@code v}. */
    private static List<ActorMention> metBy(List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf,
                                            List<List<ActorMention>> targetsOf, int v, ActorMention speaker) {
        for (int w = 0; w < v; w++) {
            String code = verbs.get(w).pattern().code();
            if (code != null && code.startsWith("04") && sourcesOf.get(w).stream().anyMatch(a -> Objects.equals(a.code(), speaker.code()))) {
                List<ActorMention> others = new ArrayList<>();
                List<ActorMention> met = new ArrayList<>(sourcesOf.get(w));
                met.addAll(targetsOf.get(w));
                for (ActorMention a : met) {
                    if (a.isResolved() && !ActCodes.sameCountry(a, speaker) && !others.contains(a)) {
                        others.add(a);
                    }
                }
                return others;
            }
        }
        return List.of();
    }

    /**
     * A verb's form read as a noun of an object, "Kishida's visit", "the order": no clause a later verb after "and" can
     * share a subject with ("condemned Kishida's visit and demanded that Japan apologise": China demands).
     */
    private static boolean nounForm(Sentence s, VerbMatch m) {
        return Targets.possessedForm(s, m) || Targets.determinedForm(s, m) || adjectiveParticiple(s, m);
    }

    private static final WordSet BEFORE_ADJECTIVES = WordSet.of("the", "a", "an", "its", "their", "his", "her", "in", "of", "on",
            "with", "from", "into");

    /** "in frozen Afghan assets", "the deposed government": a one-word past form after a determiner or preposition. */
    private static boolean adjectiveParticiple(Sentence s, VerbMatch m) {
        return !m.nominal() && m.end() == m.start() + 1 && m.start() > 0 && !m.ingForm()
                && BEFORE_ADJECTIVES.contains(s.token(m.start() - 1));
    }

    /** The subject: the nearest actor before the verb in its clause, with coordinated actors. */
    private static List<ActorMention> subject(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v,
                                              List<List<ActorMention>> sourcesOf, int group, boolean[] suppressed) {
        int k = group - 1;
        List<ActorMention> absolute = group == verbs.get(v).start() ? Subjects.absoluteSubjects(s, mentions, verbs.get(v)) : List.of();
        if (!absolute.isEmpty()) {
            // "with Harris attending the ceremony": the participle's own subject; the same side's "..., with Maduro
            // giving Colombian diplomats 24 hours to leave" elaborates the act before it (R5) and is none of its own;
            // words are their speaker's own ("held a summit, with Xi warning that ...")
            VerbEntry.Kind kind = verbs.get(v).entry().kind();
            if (kind.words()) {
                return absolute;
            }
            int main = Subjects.firstWithSources(sourcesOf, v);
            boolean sameSide = main >= 0 && sourcesOf.get(main).stream().anyMatch(a -> absolute.stream()
                    .anyMatch(b -> a.code() != null && b.code() != null && a.code().regionMatches(0, b.code(), 0, 3)));
            return sameSide ? List.of() : absolute;
        }
        // a restrictive relative clause has the actor right before "that" as its subject ("warn away 25 Chinese military
        // aircraft that had entered its air defence zone")
        ActorMention antecedent = k >= 1 && s.lower(k).equals("that") && !verbs.get(v).nominal() && s.token(group).isWord()
                && Character.isLowerCase(s.token(group).text().charAt(0)) && !s.lower(group).equals("there")
                ? ActorMention.endingAt(mentions, k) : null;
        if (antecedent != null && !antecedent.locative() && !antecedent.possessive() && antecedent.kind() != ActorMention.Kind.COREFERENCE
                && antecedent.start() > 0 && !Words.CLAUSE_BOUNDARIES.contains(s.token(antecedent.start() - 1))
                && !Words.TOLD.contains(s.token(antecedent.start() - 1)) && !s.lower(antecedent.start() - 1).equals("off")) {
            // "a tanker off Oman that killed two crew members": a coast is where, never who (R2)
            return List.of(antecedent);
        }
        // the complement of an intent verb has the intent verb's subject ("offered to mediate")
        int gi = v > 0 ? Clauses.governor(s, verbs, v) : -1;
        if (v > 0 && verbs.get(gi).entry().governs() == VerbEntry.Governs.INTENT && Clauses.linked(s, verbs.get(gi), verbs.get(v))) {
            return sourcesOf.get(gi);
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
        boolean joinedVerb = k >= 0 && (s.lower(k).equals(",") && verbs.get(v).ingForm() || s.lower(k).equals("and"));
        while (joinedVerb && previous > 0 && (verbs.get(previous).nominal() || nounForm(s, verbs.get(previous))
                || s.lower(k).equals("and") && Targets.nounModifier(s, mentions, verbs.get(previous))
                || s.lower(k).equals(",") && verbs.get(v).entry().kind().words() && passiveModifier(s, verbs.get(previous))
                || Clauses.nounAfterModifier(s, mentions, verbs.get(previous))
                || s.lower(k).equals(",") && participleOnNoun(s, mentions, verbs.get(previous))
                || s.lower(k).equals("and") && Clauses.gerundAfterPreposition(s, verbs.get(previous))
                || s.lower(k).equals("and") && Clauses.contactRelative(s, verbs.get(previous), k))) {
            previous--;
        }
        if (joinedVerb && s.lower(k).equals(",") && verbs.get(v).entry().kind().words() && previous >= 0) {
            // "China said the US had violated its airspace, calling it a provocation"; "Lula said Brazil would not send
            // ..., rejecting a request" stays with the clause's subject, of the speaker's own state
            int main = mainClauseVerb(s, verbs, sourcesOf, previous);
            int opener = Clauses.groupStart(s, verbs.get(previous).start()) - 1;
            boolean relativeClause = opener > 0 && Words.RELATIVES.contains(s.token(opener));
            if (main >= 0 && main != previous && (relativeClause || sourcesOf.get(previous).stream()
                    .noneMatch(a -> sourcesOf.get(main).stream().anyMatch(g -> ownState(a, g))))) {
                return sourcesOf.get(main);
            }
        }
        int head = joinedVerb && previous >= 0 ? HeadClauses.headVerb(s, verbs, sourcesOf, previous, k) : -1;
        if (head >= 0) {
            return sourcesOf.get(head); // past an inner clause: "condemned the attack by Iran, which killed ..., and summoned"
        }
        int relative = Clauses.beforeRelativeClause(s, group); // "Germany, which holds the presidency, condemned ..."
        relative = relative == group ? beforeApposition(s, mentions, verbs, v, group) : relative;
        if (relative == group && k >= 0 && (s.lower(k).equals("and") || s.lower(k).equals(",") || s.lower(k).equals("but")) && v > 0
                && verbs.get(previous).last() <= k + 1 && !verbs.get(previous).nominal()
                && !Clauses.labelAfterWhat(s, verbs.get(previous).start()) && !usedAsNoun(s, verbs.get(previous))) {
            List<ActorMention> speaker = s.lower(k).equals("and") ? speakerGoingOn(s, verbs, sourcesOf, v, previous) : List.of();
            if (!speaker.isEmpty()) {
                return speaker;
            }
            return sourcesOf.get(previous).isEmpty() ? speakerOfWords(s, verbs, sourcesOf, v, previous) : sourcesOf.get(previous);
        }
        if (relative == group && k >= 0 && s.lower(k).equals(",") && verbs.get(v).ingForm() && v > 0
                && verbs.get(previous).last() <= k + 1 && Clauses.labelAfterWhat(s, verbs.get(previous).start())) {
            // "Azerbaijan launched what it called 'anti-terrorist measures' in Nagorno-Karabakh, shelling positions ...":
            // past the label, the participle is the sentence subject's
            List<ActorMention> subject = Subjects.firstSubject(s, mentions, verbs.get(previous).start());
            if (!subject.isEmpty()) {
                return subject;
            }
        }
        if (k >= 1 && s.lower(k).equals("but") && s.lower(k - 1).equals(",")) {
            for (int w = v - 1; w >= 0; w--) {
                if (!verbs.get(w).nominal()) {
                    return sourcesOf.get(w); // "did not sign any agreement at their meeting, but agreed to"
                }
            }
        }
        if (k >= 0 && GERUND_CONNECTIVES.contains(s.token(k)) && verbs.get(v).ingForm()) {
            // "opened the summit by thanking him", "ordered ... after accusing Seoul": the gerund's
            // subject is the main clause's
            int main = Subjects.firstWithSources(sourcesOf, v);
            List<ActorMention> own = Subjects.clauseSubject(s, mentions, main < 0 ? 0 : verbs.get(main).last(), k);
            if (own.isEmpty() && main >= 0) {
                own = Subjects.reportedSubject(s, mentions, verbs.get(main), k);
            }
            if (!own.isEmpty()) {
                return own; // "..., and Paris responded in kind by expelling": a later clause's subject, not the first
            }
            if (main >= 0) {
                return sourcesOf.get(main);
            }
            List<ActorMention> before = Subjects.firstSubject(s, mentions, k);
            return before.isEmpty() ? Subjects.subjectAfterComma(s, mentions, verbs.get(v).last()) : before;
        }
        VerbMatch fired = weaponFired(s, mentions, verbs, v, group);
        if (fired != null) {
            // "A drone launched by Yemen's Houthis struck ...": the weapon's firer does what it does
            return Subjects.expandForward(s, mentions, ownedBody(mentions, fired.source()));
        }
        int before = k;
        if (k >= 0 && UNRESOLVED_SUBJECTS.contains(s.token(k)) && mentions.stream().noneMatch(a -> a.start() <= before && a.end() > before)) {
            // "... telling Blinken it would threaten Egypt's security": the verb has its own subject, unless the pronoun
            // opens a clause joined to one whose subject is the only actor before it ("forces opened fire as they broke up")
            return mainSubjectOfPronoun(s, mentions, verbs, sourcesOf, v, k);
        }
        boolean infinitive = false;
        for (int t = group; t < verbs.get(v).start(); t++) {
            infinitive |= s.lower(t).equals("to");
        }
        infinitive |= Clauses.afterToHelp(s, group); // "asked China to help restructure its debt": the complement too
        if (k >= 1 && s.lower(k).equals("which") && v + 1 < verbs.size() && !verbs.get(v + 1).ingForm()
                && Clauses.commaBetween(s, verbs.get(v).last(), verbs.get(v + 1).start())) {
            return List.of(); // "The Kremlin, which has denied any involvement, accused ...": a description of the subject
        }
        if (k >= 1 && (s.lower(k).equals("who") || s.lower(k).equals("which"))) {
            // "Taipei, which called the decision regrettable": the actor right before the relative pronoun
            k -= s.lower(k - 1).equals(",") ? 2 : 1;
            for (ActorMention m : mentions) {
                if (m.end() == k + 1 && m.isResolved() && !m.locative()) {
                    return Subjects.expandBackward(s, mentions, m); // not a place: "a strike in Damascus, which killed"
                }
            }
            return List.of();
        }
        group = relative;
        // "The UN said a gang led by X had killed": a reported clause whose own subject is no actor borrows no speaker
        int reported = infinitive ? -1 : unknownReportedSubject(s, mentions, verbs, v, group);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.end() > group) {
                continue;
            }
            if (m.end() <= reported && m.isResolved()) {
                return List.of(); // R1, R2: the doers are unidentified, the speaker is not one
            }
            if (group - m.end() > 14) {
                return List.of();
            }
            boolean blocked = false;
            for (int t = m.end(); t < group && !blocked; t++) {
                blocked = Words.CLAUSE_BOUNDARIES.contains(s.token(t)) || Clauses.ownSubjectClause(s, t, group);
            }
            for (int w = 0; w < v && !blocked; w++) {
                VerbMatch other = verbs.get(w);
                // another verb between the actor and this verb: the actor is that verb's object
                if (other.start() >= m.end() && other.end() <= group && other.entry().kind() != VerbEntry.Kind.SAY
                        && !other.nominal() && other.pattern().code() != null && !reducedRelative(s, m, other)
                        && !usedAsNoun(s, other)) { // "Morales, speaking from exile in Mexico, accused ..."
                    if (infinitive) {
                        // "urged X to sign": the complement of the earlier verb; "phoned Putin to congratulate him": the
                        // caller's own words, said in the call
                        return Clauses.purposeOfCall(s, other, verbs.get(v)) ? sourcesOf.get(w) : List.of();
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
            if (!m.isResolved() && m.kind() == ActorMention.Kind.AGENT_ONLY && m.end() == group && !m.possessive()
                    && (!STATE_SECTORS.contains(String.valueOf(m.sector())) || strangers(s, m)
                    || blowOnOwnSide(s, mentions, verbs.get(v), i))
                    && opensReportedClause(s, mentions, verbs, m) && !(group == verbs.get(v).start() && verbs.get(v).ingForm())) {
                // R2: "Kazakhstan said foreign terrorists had attacked ...": the verb's own subject is an armed group or
                // people the sentence does not identify, not an actor named further back (the speaker); the speaker's own
                // troops, police or officials named by role stay its ("Israel said soldiers had killed"), but not troops
                // it calls foreign or unidentified ("Erdogan said foreign troops had attacked"); not a modifier before a
                // participle ("said was a militant training camp")
                return List.of();
            }
            if (!m.isResolved() || m.locative()) {
                continue;
            }
            String prep = Subjects.wordBefore(s, m);
            if ((prep.equals("a") || prep.equals("an")) && m.start() > 1) {
                prep = s.lower(m.start() - 2); // "exploded near a police checkpoint, killing ...": a place, not the doer
            }
            if (Subjects.OBJECT_PREPOSITIONS.contains(prep) && !Subjects.quantityOf(s, m.start()) && !Subjects.spokenFor(s, m)
                    && !Subjects.headedBy(s, m) || m.possessive()) {
                continue;
            }
            List<ActorMention> conjuncts = Subjects.expandBackward(s, mentions, m);
            if (infinitive && Subjects.objectOfEarlierVerb(s, verbs, v, conjuncts.get(0))) {
                // "asked Lula to support": the complement of the earlier verb; "phoned Putin to congratulate him": the
                // caller's words in the call; "ordered the army to attack Ukraine": the act ordered, by who ordered it
                return v > 0 && (Clauses.purposeOfCall(s, verbs.get(v - 1), verbs.get(v))
                        || ownForcesOrdered(verbs.get(v - 1), sourcesOf.get(v - 1), conjuncts))
                        ? sourcesOf.get(v - 1) : List.of();
            }
            if (conjuncts.size() > 1 && Subjects.objectOfEarlierVerb(s, verbs, v, conjuncts.get(0))) {
                // "Azerbaijan freed 32 Armenian soldiers and Armenia released ...": the first conjunct is the
                // earlier verb's object, the rest this clause's subject
                return conjuncts.subList(1, conjuncts.size());
            }
            return conjuncts;
        }
        return List.of();
    }


    /**
     * "Putin ordered the army to attack Ukraine", "Netanyahu instructed the military to strike Hamas": an order to one's
     * own forces (armed forces or police of the orderer's state) is coded as the act ordered, with the one who ordered it
     * as its source (GOLD-SET.md: an ordered killing is the killing, `a-018`; "ordered troops to withdraw" is the
     * orderer's withdrawal, `u-197`). An order to another state or body ("ordered Russia to cut its embassy staff",
     * "ordered parliament to hold a vote") is a demand of the verb's own patterns, and its complement no act.
     */
    private static boolean ownForcesOrdered(VerbMatch order, List<ActorMention> orderers, List<ActorMention> ordered) {
        if (order.nominal() || !order.is(VerbEntry.Role.ORDERING) || orderers.isEmpty() || ordered.isEmpty()) {
            return false;
        }
        return ordered.stream().allMatch(o -> ActCodes.forceAtHome(o.code()) && orderers.stream().anyMatch(a -> ActCodes.sameCountry(a, o)));
    }

    /**
     * R1, R2: whether a verb before verb v (its clause's own, not a noun) has as subject an armed or criminal group of no
     * side ("Gunmen killed 35 civilians in an attack on", "Militants stormed ... during a raid on"): the circumstance of
     * that clause is theirs, no actor named elsewhere (a trailing speaker) does it. Soldiers or police named by role may
     * be the speaker's own and stay as they were.
     */
    private static boolean unknownDoerBefore(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v) {
        for (int w = 0; w < v; w++) {
            VerbMatch r = verbs.get(w);
            if (r.nominal() || r.entry().kind() == VerbEntry.Kind.SAY && r.pattern().code() == null) {
                continue;
            }
            int g = Clauses.groupStart(s, r.start());
            for (ActorMention a : mentions) {
                if (a.end() == g && !a.isResolved() && a.kind() == ActorMention.Kind.AGENT_ONLY && !a.possessive()
                        && UNIDENTIFIED.contains(String.valueOf(a.sector()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final WordSet MODIFIER_GLUE = WordSet.of("the", "a", "an", "local", "former");

    /** An actor after a preposition, an article or "local" between ("a gang led by a local commander"): no subject's head. */
    private static boolean inModifierPhrase(Sentence s, ActorMention a) {
        int p = a.start() - 1;
        while (p > 0 && MODIFIER_GLUE.contains(s.token(p))) {
            p--;
        }
        return p >= 0 && Subjects.OBJECT_PREPOSITIONS.contains(s.token(p));
    }

    /** Sectors of doers the gold leaves unidentified when nothing names their side (R2): gunmen, gangs, militants. */
    private static final Set<String> UNIDENTIFIED = Set.of("REB", "CRM", "UAF", "RAD");
    private static final WordSet OWN_POSSESSIVES = WordSet.of("its", "their", "our", "his", "her", "own");

    /**
     * R1, R2: the end of the reporting verb ("said", "reported") before verb v whose reported clause has a subject of its
     * own that the dictionaries know only as an armed or criminal group of no side ("The UN said a gang led by X had
     * killed", "HRW said an armed group had executed", "said a suicide bomber had"), or -1. Such a clause does not borrow
     * the speaker, nor any actor before it. A state's own bodies named by role ("Israel said soldiers had killed", "said
     * the government would expel", "said inspectors would travel"), the speaker's own ("said its forces had") and any
     * side the clause names stay as they are.
     */
    private static int unknownReportedSubject(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v, int group) {
        int from = reportingEnd(verbs, v, group);
        if (from < 0) {
            return -1;
        }
        for (int t = from; t < group; t++) {
            if (OWN_POSSESSIVES.contains(s.token(t)) || Words.CLAUSE_BOUNDARIES.contains(s.token(t)) && !s.lower(t).equals("that")) {
                return -1;
            }
        }
        boolean unknown = false;
        for (ActorMention a : mentions) {
            if (a.start() >= from && a.end() <= group && !inModifierPhrase(s, a)) {
                if (a.isResolved() || a.kind() != ActorMention.Kind.AGENT_ONLY || !UNIDENTIFIED.contains(String.valueOf(a.sector()))) {
                    return -1; // "said Houthi rebels had", "said soldiers had": a side the sentence names
                }
                unknown = true;
            }
        }
        return unknown ? from : -1;
    }

    /** The end of the last saying verb before verb {@code v}'s group, which opens the clause it reports; -1 if none. */
    private static int reportingEnd(List<VerbMatch> verbs, int v, int group) {
        int from = -1;
        for (int w = 0; w < v; w++) {
            VerbMatch r = verbs.get(w);
            if (r.entry().kind() == VerbEntry.Kind.SAY && r.pattern().code() == null && !r.nominal() && r.last() < group) {
                from = r.last();
            }
        }
        return from;
    }

    /**
     * Whether verb {@code v}'s clause, reported by a saying verb before it, has for subject states only alluded
     * to ("said some countries were arming", "said a certain major power had", "that certain Western countries were
     * supplying"): an alluding word at its head (after "that", a quote mark and an article), a noun of states at most
     * three words on, right before the group or its closing quote mark.
     */
    private static boolean alludedStates(Sentence s, List<VerbMatch> verbs, int v, int group) {
        int from = reportingEnd(verbs, v, group);
        if (from < 0) {
            return false;
        }
        int t = from;
        t += t < group && s.lower(t).equals("that") ? 1 : 0;
        t = Math.min(group, Words.pastQuoteMark(s, t)); // "said 'certain countries' were using ..."
        t += t < group && (s.lower(t).equals("a") || s.lower(t).equals("an")) ? 1 : 0;
        int end = group > 0 && !s.token(group - 1).isWord() ? group - 1 : group;
        return t < group && AllusionDetector.alludedStates(s, t, end);
    }

    /** Words that deny a role's side is the speaker's own: "foreign troops", "unidentified soldiers". */
    private static final WordSet STRANGERS = WordSet.of("foreign", "outside", "external", "unidentified", "unknown",
            "unnamed", "unmarked");

    /** Whether the role named by {@code m} is called foreign or unknown by a word right before it or opening it. */
    private static boolean strangers(Sentence s, ActorMention m) {
        return m.start() > 0 && STRANGERS.contains(s.token(m.start() - 1)) || STRANGERS.contains(s.token(m.start()));
    }

    /**
     * Whether the force act of {@code v} (18x-20x), whose subject is the role at mention {@code i}, is aimed (its object
     * right after the verb, an article at most between) at the troops or police of the country of the actor the role
     * would be borrowed from (the nearest named one before it): "Erdogan said troops had attacked Turkish positions"
     * reports a blow on Turkey's forces, which its own troops do not strike. A blow on the state's own people ("said
     * troops had shelled villages") may be its own troops' and is left to them.
     */
    private static boolean blowOnOwnSide(Sentence s, List<ActorMention> mentions, VerbMatch v, int i) {
        String code = v.pattern().code();
        if (code == null || v.nominal() || !(code.startsWith("18") || code.startsWith("19") || code.startsWith("20"))) {
            return false;
        }
        int object = v.last() < s.size() && Words.ARTICLES.contains(s.token(v.last())) ? v.last() + 1 : v.last();
        ActorMention hit = null;
        for (ActorMention m : mentions) {
            if (m.start() == object && m.isResolved() && ActCodes.forceAtHome(m.code())) {
                hit = m;
            }
        }
        for (int j = i - 1; j >= 0 && hit != null; j--) {
            ActorMention m = mentions.get(j);
            if (m.isResolved() && !m.locative()) {
                return ActCodes.sameCountry(m, hit);
            }
        }
        return false;
    }

    /** Sectors of a state's own bodies, which a state speaker's words name by role alone ("said troops had ..."). */
    private static final Set<String> STATE_SECTORS = Set.of("MIL", "COP", "GOV", "GOVMIL", "LEG", "JUD", "SPY");

    /**
     * Whether an unnamed group opens the words a speaker reports, after a few adjectives at most: "said foreign terrorists
     * had", "claimed that armed saboteurs had" (not "RSF fighters", "and allied militias", a list's later member).
     */
    private static boolean opensReportedClause(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, ActorMention agent) {
        int t = agent.start() - 1;
        for (int words = 0; t >= 0 && words < 3 && s.token(t).isWord() && !s.token(t).isCapitalized()
                && !s.lower(t).equals("that") && !s.lower(t).equals("and") && !s.lower(t).equals("or")
                && ActorMention.endingAt(mentions, t + 1) == null; words++) {
            if (sayEndsAt(verbs, t + 1)) {
                break;
            }
            t--;
        }
        return t >= 0 && (s.lower(t).equals("that") || sayEndsAt(verbs, t + 1));
    }

    private static boolean sayEndsAt(List<VerbMatch> verbs, int end) {
        for (VerbMatch w : verbs) {
            if (w.last() == end && w.entry().kind() == VerbEntry.Kind.SAY) {
                return true;
            }
        }
        return false;
    }

    /** A verb's form after a preposition that takes a noun ("advised against travel", "from exile"): a noun. */
    private static boolean usedAsNoun(Sentence s, VerbMatch m) {
        return !m.nominal() && m.start() > 0 && !m.ingForm() && (NOUN_PREPOSITIONS.contains(s.token(m.start() - 1))
                || CAUSED.contains(s.token(m.start() - 1)) || m.start() > 1 && s.lower(m.start() - 1).equals("off")
                && CAUSED.contains(s.token(m.start() - 2)));
    }

    /**
     * What sets events off, and the adjectives of unrest, before a verb's form make it a noun: "arrested Imran Khan,
     * triggering violent protests by his supporters", "setting off protests across Pakistan", "sparking mass strikes".
     */
    private static final WordSet CAUSED = WordSet.of("triggering", "triggered", "sparking", "sparked", "prompting", "provoking",
            "provoked", "fuelling", "fueling", "igniting", "setting", "touching", "violent", "mass", "nationwide", "widespread",
            "deadly");

    /** Troops named by the state they are in ("soldiers in Niger") acting on another state's actor. */
    private static boolean abroad(ActorMention source, List<ActorMention> targets) {
        return source.entries().contains(ActorRecognizer.PLACED_TROOPS)
                && targets.stream().anyMatch(t -> t.isResolved() && !t.locative() && !ActCodes.sameCountry(t, source));
    }

    /** "an Iranian supertanker seized by Royal Marines": a past participle with its by-agent right after a common noun. */
    private static boolean passiveModifier(Sentence s, VerbMatch m) {
        int before = m.start() - 1;
        return before >= 0 && m.end() < s.size() && s.lower(m.end()).equals("by") && m.formText().endsWith("ed")
                && s.token(before).isWord() && !s.token(before).isCapitalized() && !Words.BE_FORMS.contains(s.token(before))
                && !s.lower(before).equals("had") && !s.lower(before).equals("has") && !s.lower(before).equals("have");
    }

    private static final WordSet NOUN_PARTICIPLES = WordSet.of("made", "built", "sold", "held", "sent", "taken", "seen", "known",
            "given", "bought", "grown", "brought", "kept", "left", "run", "shot", "won");

    /**
     * "an investigation into electric cars imported from China, drawing an angry response from Beijing", "cars made in
     * China, drawing ...": a past participle that codes nothing, right after a common noun, describes the noun; a
     * participle after a comma is not its own.
     */
    private static boolean participleOnNoun(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        int before = m.start() - 1;
        String form = m.formText().toLowerCase(Locale.ROOT);
        return m.pattern().code() == null && !m.nominal() && before > 0 && Clauses.groupStart(s, m.start()) == m.start()
                && (form.endsWith("ed") || NOUN_PARTICIPLES.contains(form)) && s.token(before).isWord()
                && !s.token(before).isCapitalized() && !Words.BE_FORMS.contains(s.token(before))
                && !s.lower(before).equals("had") && !s.lower(before).equals("has") && !s.lower(before).equals("have")
                && ActorMention.endingAt(mentions, m.start()) == null;
    }

    /** The possessor of the act that is the subject before {@code group} ("China's decision", "Israel's raid on a hospital"). */
    private static List<ActorMention> actAuthor(Sentence s, List<ActorMention> mentions, int group) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention a = mentions.get(i);
            if (a.end() <= group && group - a.end() <= 5 && a.possessive() && a.isResolved() && !a.locative()
                    && !Clauses.commaBetween(s, a.end(), group) && (a.start() == 0 || Targets.NOMINAL_DETERMINERS.contains(s.token(a.start() - 1)))) {
                return List.of(a);
            }
        }
        return List.of();
    }

    private static final WordSet DRAWING_RELATIVES = WordSet.of("that", "which");

    /**
     * The author of the act that drew a reaction, where the nearest actor before the verb is part of the act, not its
     * author: a participle or an apposition after the act's clause ("Nepal published a map that claimed land held by
     * India, drawing a protest from New Delhi", "Orban met Putin in Moscow, a trip that drew criticism from Kyiv",
     * "..., which drew condemnation from") is the clause subject's act; an act named with its possessor and a long
     * complement ("Britain's decision to let a rig drill off the Falklands drew a protest from") is the possessor's.
     * None when neither holds, or the clause's subject is itself acted on ("X was jailed by Y, drawing ...").
     */
    private static List<ActorMention> reproachedAuthor(Sentence s, List<ActorMention> mentions, VerbMatch m, int group) {
        if (!m.is(VerbEntry.Role.DRAWING)) {
            return List.of();
        }
        int comma = -1;
        if (m.start() > 0 && s.lower(m.start() - 1).equals(",") && m.ingForm()) {
            comma = m.start() - 1; // "..., drawing a protest from"
        } else if (m.start() > 0 && DRAWING_RELATIVES.contains(s.lower(m.start() - 1))) {
            for (int i = m.start() - 2; i >= Math.max(0, m.start() - 5); i--) {
                if (s.lower(i).equals(",")) {
                    comma = i; // "..., a trip that drew", "..., which drew"
                    break;
                }
                if (!s.token(i).isWord() || s.token(i).isCapitalized()) {
                    break;
                }
            }
        }
        if (comma > 0) {
            List<ActorMention> first = Subjects.firstSubject(s, mentions, comma);
            if (first.isEmpty() || first.get(first.size() - 1).end() >= s.size()) {
                return List.of();
            }
            int after = first.get(first.size() - 1).end();
            boolean actedOn = Words.BE_FORMS.contains(s.token(after))
                    || after + 1 < s.size() && Words.BE_FORMS.contains(s.token(after + 1));
            return actedOn ? List.of() : first;
        }
        for (ActorMention a : mentions) {
            if (a.end() > group) {
                break;
            }
            if (a.isResolved() && a.possessive() && !a.locative() && !Clauses.commaBetween(s, a.end(), group)
                    && (a.start() == 0 || Targets.NOMINAL_DETERMINERS.contains(s.token(a.start() - 1)))) {
                return List.of(a); // the first possessor of the clause before the verb
            }
            if (!a.locative()) {
                break; // an actor before it heads the clause
            }
        }
        return List.of();
    }

    /** Words that open a clause under another verb: reported content, a demand's terms, the scene of an act. */
    private static final WordSet SUBORDINATORS = Words.SUBORDINATORS.with("that");

    /**
     * The verb whose subordinate clause holds verb {@code clauseVerb} ("said [the US had violated]", "demanded that
     * [Britain release]", "protested after [China sent]"), or -1 when it heads its own clause. A participle of words after
     * such a clause ("..., calling the move unacceptable") is the governing verb's subject's, not the clause's.
     */
    private static int governingVerb(Sentence s, List<VerbMatch> verbs, int clauseVerb) {
        int start = Clauses.groupStart(s, verbs.get(clauseVerb).start());
        for (int i = start - 1; i >= Math.max(0, start - 8); i--) {
            String w = s.lower(i);
            for (int u = clauseVerb - 1; u >= 0; u--) {
                VerbMatch g = verbs.get(u);
                if (!g.nominal() && (SUBORDINATORS.contains(w) ? g.end() <= i : g.end() == i + 1 && g.entry().kind() == VerbEntry.Kind.SAY)) {
                    return u;
                }
            }
            if (SUBORDINATORS.contains(w) || w.equals(",") || w.equals(";") || w.equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code a} is the state of {@code speaker}'s country or its forces ("Lula said Brazil would ..."), no rebels of it. */
    private static boolean ownState(ActorMention a, ActorMention speaker) {
        return ActCodes.sameCountry(a, speaker) && a.code() != null
                && (a.code().length() == 3 || STATE_SECTORS.contains(a.code().substring(3)));
    }

    /**
     * The verb of the main clause that a participle of words after a comma goes with, or -1: from the verb before the
     * comma up through the verbs whose clauses hold it ("Lavrov told the League that Russia would make sure exports
     * resumed, blaming ...": told; "demanded that Berlin share the evidence that Navalny had been poisoned, dismissing
     * ...": demanded), past verbs with no subject of their own ("visas it grants to citizens of Algeria").
     */
    private static int mainClauseVerb(Sentence s, List<VerbMatch> verbs, List<List<ActorMention>> sourcesOf, int previous) {
        int w = previous;
        while (w >= 0) {
            int g = governingVerb(s, verbs, w);
            int opener = Clauses.groupStart(s, verbs.get(w).start()) - 1;
            if (g < 0 && opener > 0 && Words.RELATIVES.contains(s.token(opener))) {
                // "ordered an offensive against the rebels who had attacked a base, accusing ...": past the relative clause
                for (int u = w - 1; u >= 0 && g < 0; u--) {
                    g = !verbs.get(u).nominal() && verbs.get(u).end() <= opener ? u : -1;
                }
            }
            if (g >= 0) {
                w = g;
            } else if (verbs.get(w).nominal() || sourcesOf.get(w).isEmpty()) {
                w--;
            } else {
                return w;
            }
        }
        return -1;
    }

    /**
     * The firer of a weapon that is the verb's subject, named by the participle of force right before the verb: "a drone
     * launched by Yemen's Houthis struck", "missiles fired by Russia hit Kyiv" (R2: the weapon's by-agent acts; not "a
     * Russian-made missile", whose maker fired nothing, nor "fighters backed by Iran", an actor of its own).
     */
    private static VerbMatch weaponFired(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v, int group) {
        for (int w = v - 1; w >= 0; w--) {
            VerbMatch fired = verbs.get(w);
            if (fired.last() == group && !fired.nominal() && fired.source() != null && ActCodes.isForce(fired.pattern().code())
                    && fired.start() > 0 && s.lower(fired.end()).equals("by")
                    && Clauses.groupStart(s, fired.start()) == fired.start() && ActorMention.endingAt(mentions, fired.start()) == null
                    && s.token(fired.start() - 1).isWord() && !Words.CLAUSE_BOUNDARIES.contains(s.token(fired.start() - 1))) {
                return fired;
            }
        }
        return null;
    }

    /**
     * R2: "after a Russian cruise missile fired at western Ukraine entered Polish airspace": a past participle right
     * after a weapon's noun, with no auxiliary and no by-agent, describes the weapon (a reduced relative clause) and
     * names no firer; the adjective of the weapon tells whose it is, not who fired it there. Only the verbs of firing,
     * whose subject is the firer, not the weapon ("Israeli aircraft struck", "drones hit" are main verbs); "Russia fired
     * a missile at", "missiles were fired at" and "a missile fired at Riyadh by the Houthis" keep their own readings.
     */
    private static final WordSet FIRED = WordSet.of("fired", "launched");

    private static boolean agentlessWeapon(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int group, VerbMatch m) {
        // a firer named by "by" makes the participle an attack ("Rockets fired by Hezbollah were intercepted"), except
        // in reported words, where it only says which weapon the words are about (gold v-081: "saying a missile fired at
        // Riyadh by Yemen's Houthi rebels had been supplied by Tehran" codes no firing)
        return weaponsFiring(s, group, m) && weaponIsSubject(s, verbs, m.start() - 1)
                && (!firerNamedBy(s, mentions, m) || weaponOpensWords(s, verbs, m.start() - 1));
    }

    /** Munitions and their remains, which stray into a state's airspace or land on it, never patrol there. */
    private static final WordSet STRAY_WEAPONS = WordSet.of("missile", "missiles", "rocket", "rockets", "debris",
            "fragments", "fragment", "remnants", "wreckage", "shell", "shells");

    /**
     * S31-10, S33-27: "after a Russian cruise missile entered Polish airspace", "rocket debris landed in Moldova": a
     * munition or its debris straying onto a third state is no intrusion (150); aircraft and drones entering keep it.
     */
    private static boolean strayWeapon(Sentence s, int group, VerbMatch m, String code) {
        if (code == null || !code.startsWith("150") || m.nominal()) {
            return false;
        }
        // the subject's head, up to three words before the verb group ("a Russian cruise missile entered")
        for (int i = group - 1; i >= Math.max(0, group - 3); i--) {
            if (STRAY_WEAPONS.contains(s.token(i))) {
                return true;
            }
            if (!s.token(i).isWord() || Words.CLAUSE_BOUNDARIES.contains(s.token(i))) {
                return false;
            }
        }
        return false;
    }

    /** Whether the verb group is a weapon's own participle of firing: "a missile fired at", "drones launched from". */
    private static boolean weaponsFiring(Sentence s, int group, VerbMatch m) {
        if (m.nominal() || group != m.start() || m.start() == 0 || !FIRED.contains(s.token(m.start()))) {
            return false;
        }
        String before = s.lower(m.start() - 1);
        return Targets.GROUND_WEAPONS.contains(before) || Targets.AIR_WEAPONS.contains(before);
    }

    /** Whether a "by" after the participle or past its aim names the firer ("fired at Riyadh by the Houthis"). */
    private static boolean firerNamedBy(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        return Subjects.byAgent(s, mentions, m.end()) != null || Subjects.byAgent(s, mentions, m.last()) != null;
    }

    /**
     * "intercepted a missile fired at Riyadh by the Houthis": the weapon's own participle of firing (see
     * {@link #agentlessWeapon}) with a by-agent past its aim is a passive whose agent fired it, never the clause's subject
     * or a speaker borrowed past it.
     */
    private static boolean weaponFiredBy(Sentence s, List<ActorMention> mentions, int group, VerbMatch m) {
        // a pattern's own "by" slot ("fired by the Houthis at Riyadh") already names the firer
        return m.source() == null && weaponsFiring(s, group, m) && firerNamedBy(s, mentions, m);
    }

    /**
     * Whether the weapon's noun phrase ending at {@code noun} opens a clause ("after a Russian cruise missile fired at
     * ... entered"): a boundary or a subordinator before it, not a verb whose object it is ("Saudi Arabia intercepted a
     * Houthi missile fired at Riyadh": the defence stops the firer's attack, which stays coded), or a verb of saying.
     */
    private static boolean weaponIsSubject(Sentence s, List<VerbMatch> verbs, int noun) {
        return weaponClause(s, verbs, noun) != WeaponClause.OBJECT;
    }

    /** Whether the weapon's noun phrase ending at {@code noun} opens the words of a verb of saying ("said a missile ..."). */
    private static boolean weaponOpensWords(Sentence s, List<VerbMatch> verbs, int noun) {
        return weaponClause(s, verbs, noun) == WeaponClause.REPORTED;
    }

    /** Where a weapon's noun phrase stands: a verb's object, the opening of a clause, or the opening of reported words. */
    private enum WeaponClause { OBJECT, OPENS_CLAUSE, REPORTED }

    /** Where the weapon's noun phrase ending at {@code noun} stands, read back from it to a verb or a boundary. */
    private static WeaponClause weaponClause(Sentence s, List<VerbMatch> verbs, int noun) {
        for (int k = noun - 1; k >= 0 && noun - k <= 6; k--) {
            for (VerbMatch w : verbs) {
                if (!w.nominal() && (w.end() == k + 1 || w.last() == k + 1)) {
                    // a verb's object, but a verb of saying opens the words it reports: "said a missile fired at ..."
                    return w.entry().kind() == VerbEntry.Kind.SAY ? WeaponClause.REPORTED : WeaponClause.OBJECT;
                }
            }
            if (Words.SUBORDINATORS.contains(s.token(k)) || Words.CLAUSE_BOUNDARIES.contains(s.token(k))) {
                return WeaponClause.OPENS_CLAUSE;
            }
        }
        return noun <= 6 ? WeaponClause.OPENS_CLAUSE : WeaponClause.OBJECT;
    }

    /** A weapon named by the state that made or built it ("a Russian-made missile", "Chinese-built drones"). */
    private static boolean madeBy(Sentence s, ActorMention weapon) {
        String first = s.lower(weapon.start());
        return first.endsWith("-made") || first.endsWith("-built") || first.endsWith("-designed");
    }

    /**
     * "Eritrean troops fighting in Tigray massacred ...", "inspectors led by Grossi crossed ...": a participle
     * right after the actor describes it; the actor stays the subject of the clause's verb.
     */
    private static boolean reducedRelative(Sentence s, ActorMention actor, VerbMatch participle) {
        String form = participle.formText();
        return participle.start() == actor.end() && (form.endsWith("ing")
                || form.endsWith("ed") && participle.end() < s.size() && s.lower(participle.end()).equals("by"));
    }

    private static final WordSet GERUND_PREPOSITIONS = WordSet.of("against", "from", "of");
    private static final WordSet STOPPING = WordSet.of("stop", "stops", "stopped", "stopping", "halt", "halts", "halted",
            "cease", "ceases", "ceased", "quit", "end", "ending");
}
