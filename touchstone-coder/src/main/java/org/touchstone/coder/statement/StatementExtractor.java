package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.AllusionDetector;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.event.CriticisedActs;
import org.touchstone.coder.event.StanceLexicon;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.ModalityCodes;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.core.Audience;

/**
 * Statements: who said what about whom. A reporting verb ("said", "told", "according to") gives
 * the speaker (its subject, an inverted "said X", or the actor after "according to") and the
 * words (the rest of the sentence); the stance is the speaker's own event in those words, else a
 * plain comment (010). A speech act ("criticized", "urged") is a statement by its source with its
 * own code. One statement per speaker per sentence: the first stance in the sentence. This class runs
 * the two passes and the sentence-wide ones after them (a statement told inside another's words is its
 * content, R3); what each step decides lives in its own class: who speaks ({@link Speakers},
 * {@link JointSpeakers}), where the words are ({@link ReportedWords}), what act they are ({@link SpeechActs},
 * {@link OthersLabels}, {@link ExplainedDeeds}), whom they are about ({@link SpokenAbout},
 * {@link StatementTargets}), what a speaker adds later ({@link LaterWords}), statements a deed opens
 * ({@link DeedStatements}), and the record with its audience ({@link StatementDrafts}, {@link ClauseAudience}).
 */
public final class StatementExtractor {
    /** Words that open a clause of its own before its subject ("said the talks were over, and Russia said it agreed"): a
     * contrast, or "and" coordinating two main clauses. */
    private static final WordSet CLAUSE_OPENERS = Words.CONTRASTS.with("and");
    private final AudienceDetector audiences = new AudienceDetector();
    private final AllusionDetector allusions = new AllusionDetector();
    private final StatementDrafts drafts = new StatementDrafts(allusions, audiences);
    private final ClauseAudience clauseAudience = new ClauseAudience(audiences);
    private final DeedStatements deeds = new DeedStatements(drafts);

    public List<StatementDraft> extract(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                        List<CodedAct> acts) {
        return extract(s, mentions, verbs, acts, List.of());
    }

    /** With the speech acts that name no target (their speakers' statements, with no targets). */
    public List<StatementDraft> extract(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                        List<CodedAct> acts, List<CodedAct> untargeted) {
        Map<String, StatementDraft> bySpeaker = new LinkedHashMap<>();
        Map<String, Integer> verbalAt = new LinkedHashMap<>();
        Map<String, int[]> wordsOf = new LinkedHashMap<>(); // a reported speaker's words, [from, to)
        Map<String, Integer> saidAt = new LinkedHashMap<>(); // where a reporting verb's speaker speaks
        Map<String, List<StatementDraft.Stance>> further = new LinkedHashMap<>(); // a speaker's later stances
        for (VerbMatch v : verbs) {
            if (ReportedWords.negated(s, v.start()) || v.entry().kind() == VerbEntry.Kind.SAY
                    && (ReportedWords.obliged(s, v.start()) || ReportedWords.proverb(s, v.start()) || ReportedWords.attributive(s, v))) {
                continue;
            }
            if (v.entry().kind() == VerbEntry.Kind.SAY && v.pattern().code() == null || SpeechActs.labels(s, v)
                    || OthersLabels.othersActLabelled(s, mentions, acts, v) != null) {
                say(s, mentions, verbs, v, acts, bySpeaker, wordsOf, saidAt, further);
            } else if (v.entry().kind().words()) {
                // a speech act, or a reporting verb whose own words are an act ("reiterated its support for")
                boolean coded = false;
                if (SpeechActs.resolution(s, mentions, v)) {
                    continue; // "the Security Council demanded ...": a body's resolution is a formal act, not words
                }
                for (CodedAct a : acts) {
                    coded |= SpeechActs.ownAct(s, v, a);
                    String earlier = SpeechActs.ownAct(s, v, a) ? LaterWords.coordinatedSpeaker(s, mentions, v, a.source(), verbalAt, saidAt) : null;
                    if (earlier != null && ModalityCodes.verbalRoot(a.code())) {
                        // "Zelensky said Russian forces had not withdrawn and warned that ...": the verb after "and"
                        // is the first speaker's, not that of an actor in its words
                        SpokenAbout.addTargets(bySpeaker, earlier, List.of(a.target()));
                        LaterWords.stanceOfCoordinated(bySpeaker, earlier, a.code());
                        continue;
                    }
                    if (a.verb() == v && SpeechActs.toldInWords(s, mentions, v, wordsOf, a.source())) {
                        // "Putin said Russia's proposals had been ignored by Washington", "Putin said the United States had
                        // ignored Russia's proposals": a deed told in his words
                        continue;
                    }
                    if ((a.code().startsWith("12") || a.code().equals("011")) && SpeechActs.ownAct(s, v, a) && !ReportedWords.reportsWords(s, mentions, verbs, v, a.source())) {
                        continue; // "refused to lift sanctions", "declined to comment": with no words reported, conduct
                    }
                    if (SpeechActs.asked(s, acts, v, a.source())) {
                        continue; // "urged Washington to stop criticising Beijing": asked for, not said
                    }
                    // meetings, visits, expulsions and the like are formal acts, not words (GOLD-SET.md, Statements)
                    if (SpeechActs.ownAct(s, v, a) && !bySpeaker.containsKey(a.source()) && ModalityCodes.verbalRoot(a.code())) {
                        List<String> targets = new ArrayList<>();
                        for (CodedAct b : acts) {
                            if (b.verb() == a.verb() && b.source().equals(a.source()) && !targets.contains(b.target())
                                    && !hostedBy(b)) {
                                targets.add(b.target());
                            }
                        }
                        bySpeaker.put(a.source(), drafts.draft(s, mentions, a.source(), targets, a.code(), v.start(), s.size(),
                                a.fromToken(), a.entries()));
                        verbalAt.put(a.source(), v.start());
                        if (a.code().startsWith("112")) {
                            // what an accusation says the accused did, and to whom, is spoken of too
                            // ("accused NATO of waging war on Russia and of turning Ukraine into a foothold")
                            SpokenAbout.addTargets(bySpeaker, a.source(), StatementTargets.withoutVictims(s, mentions,
                                    SpokenAbout.spokenAbout(s, mentions, a.source(), v.last()), v.last(), s.size(), false));
                        } else if (SpeechActs.appeal(a.code())) {
                            // so is whom an appeal or demand asks its target to act on ("urged the UN to pressure Myanmar")
                            SpokenAbout.addTargets(bySpeaker, a.source(), StatementTargets.objectsOfActs(s, mentions, verbs, a.source(), v.end(), s.size()));
                        }
                    } else if (SpeechActs.ownAct(s, v, a) && ModalityCodes.verbalRoot(a.code()) && (verbalAt.containsKey(a.source())
                            && verbalAt.get(a.source()) < v.start() || saidAt.containsKey(a.source()) && saidAt.get(a.source()) < v.start())) {
                        // a second speech act of the speaker ("accused Israel of ... and called on the UN to act"):
                        // the first stance stands, and the second's target is spoken of too
                        SpokenAbout.addTargets(bySpeaker, a.source(), List.of(a.target()));
                        int[] said = wordsOf.get(a.source());
                        if (said != null && LaterWords.goesOnSpeaking(s, mentions, v, a.source(), said[0])) {
                            // "said Russian forces had not withdrawn and warned that ...": words with no stance take it
                            LaterWords.stanceOfCoordinated(bySpeaker, a.source(), a.code());
                        }
                        StatementDraft d = bySpeaker.get(a.source());
                        if (d != null && d.code().equals("010") && !d.evaluation() && v.start() > 0 && s.lower(v.start() - 1).equals(",")
                                && v.ingForm()) {
                            // but words with no stance leave it to the participle after them: "'There is no military
                            // solution,' Guterres told reporters, calling on Armenia and Azerbaijan to return to talks" is 026
                            bySpeaker.put(a.source(), d.withCode(a.code()).withEvaluation(false, d.eventTargets()));
                        }
                    }
                }
                for (CodedAct u : untargeted) {
                    CodedAct a = u.verb() == v ? SpeechActs.spokenFor(s, mentions, u) : u;
                    // "Iran's foreign ministry condemned the attack": a speech act about no named actor
                    // is still the speaker's statement, with no targets
                    if (a.code().equals("011") && SpeechActs.ownAct(s, v, a) && !ReportedWords.reportsWords(s, mentions, verbs, v, a.source())) {
                        continue;
                    }
                    if (SpeechActs.agentlessPassive(s, v) || SpeechActs.asked(s, acts, v, a.source())) {
                        continue; // "Lai was sworn in": the subject of a passive undergoes the act, it does not speak
                    }
                    if (u.verb() == v && bySpeaker.size() == 1 && bySpeaker.containsKey(a.source()) && LaterWords.labelAfterComma(s, v)) {
                        // S7-6: "urged Japan to reconsider its decision ..., calling it unacceptable": a label the speaker
                        // adds in a participle after its own words is a further stance, as one read from a plain "calling"
                        StatementDraft had = bySpeaker.get(a.source());
                        StatementDraft.Stance later = ExplainedDeeds.ownDeedBefore(acts, had.speaker(), v, wordsOf)
                                || ReportedWords.hasActIn(acts, v.end(), ReportedWords.commaAfter(s, v.end())) ? null
                                : LaterWords.stanceOn(s, mentions, acts, v, had, a.code()); // the label's own code
                        if (later != null) {
                            further.computeIfAbsent(a.source(), x -> new ArrayList<>()).add(later);
                        }
                        continue;
                    }
                    String first = u.verb() == v && ModalityCodes.verbalRoot(a.code())
                            ? LaterWords.coordinatedSpeaker(s, mentions, v, a.source(), verbalAt, saidAt) : null;
                    int[] saidWords = wordsOf.get(a.source());
                    if (first == null && u.verb() == v && ModalityCodes.verbalRoot(a.code()) && saidWords != null
                            && LaterWords.goesOnSpeaking(s, mentions, v, a.source(), saidWords[0])) {
                        first = a.source(); // the same when the speaker's act is its own already (EventAssembler.speakerGoingOn)
                    }
                    if (first != null) {
                        // "Blinken said both sides agreed on the need ... and welcomed progress": as for a targeted act,
                        // the verb after "and" goes on with the first speaker's words
                        LaterWords.stanceOfCoordinated(bySpeaker, first, a.code());
                        continue;
                    }
                    StatementDraft said = bySpeaker.get(a.source());
                    if (!coded && said != null && "010".equals(said.code()) && !said.evaluation() && SpeechActs.ownAct(s, v, a)
                            && v.start() > said.fromToken()) {
                        // "Poland said it condemned the attack on Kyiv": words that are the speaker's own criticism of an
                        // act whose doer they do not name are not about its victim (S7-9)
                        List<String> victims = CriticisedActs.victims(s, mentions, a.code(), v.end());
                        if (!victims.isEmpty() || CriticisedActs.unnamedDoer(s, mentions, a.code(), v.end())) {
                            List<String> left = said.targets().stream().filter(x -> !victims.contains(x)).toList();
                            bySpeaker.put(a.source(), said.withTargets(left).withNamed(!left.isEmpty() && said.named())
                                    .withCode(left.isEmpty() ? a.code() : said.code()).withEvaluation(said.evaluation(),
                                            said.eventTargets().stream().filter(x -> !victims.contains(x)).toList()));
                            continue;
                        }
                    }
                    if (!coded && SpeechActs.ownAct(s, v, a) && ModalityCodes.verbalRoot(a.code()) && !bySpeaker.containsKey(a.source())) {
                        // S7-6: whom a participle after the speaker's deed accuses ("..., accusing Beijing of ...")
                        List<String> about = untargeted.stream().filter(x -> x.verb() == v && x.source().equals(u.source())
                                && x.target() != null).map(CodedAct::target).distinct().toList();
                        // "The shelling of Kharkiv was denounced by France and Germany": the speech act's subject is what
                        // it is about, and those who make it together are no targets of one another
                        int object = SpeechActs.passiveSubject(s, v);
                        List<String> together = jointSources(v, acts, untargeted);
                        int deniedAct = -1;
                        if (about.isEmpty()) {
                            about = apart(SpokenAbout.spokenAbout(s, mentions, a.source(), v.last()), together);
                            deniedAct = a.code().equals("016") ? SpokenAbout.actOfDeniedDoers(s, mentions, verbs, v, about) : -1;
                            if (deniedAct >= 0) {
                                about = List.of(); // R8: whom the denied act hit, not who is said to have done it
                            }
                        }
                        if (about.isEmpty() && deniedAct < 0) {
                            // "accused their government"
                            about = apart(SpokenAbout.referredTo(s, mentions, a.source(), v.end(), s.size()), together);
                        }
                        if (about.isEmpty() && chargedBack(s, mentions, v)) {
                            // S7-6: "cut ties with Qatar, accusing it of supporting terrorism", "suspended France 24, accusing
                            // the channel of ...": the one a participle charges back is whom the speaker's deed just before was done to
                            about = apart(SpokenAbout.targetsOfOwnAct(acts, a.source(), v.start()), together);
                        }
                        if (about.isEmpty() && a.code().equals("015")) {
                            about = SpokenAbout.placesOf(mentions, a.source(), v.last()); // "claimed the bombing in Kabul"
                        }
                        if (about.isEmpty() && a.code().equals("016")) {
                            // "denied sending drones for use in Ukraine"; not where it was denied ("denied at the court in The Hague that ...")
                            about = SpokenAbout.placeAimedAt(s, mentions, a.source(),
                                    Math.max(deniedAct, ReportedWords.afterCircumstance(s, mentions, v.end())));
                        }
                        int speakerAt = Speakers.speakerStart(mentions, a.source(), v.start());
                        // (an "it" that a label takes up is an act coded before, not any actor named before: "Obama hailed the
                        // accord ..., while Netanyahu called it 'a historic mistake'")
                        boolean label = v.is(VerbEntry.Role.CHARACTERIZING) && v.end() < s.size() && s.lower(v.end()).equals("it")
                                && acts.stream().anyMatch(x -> x.target() != null && x.verb().start() < v.start());
                        if (about.isEmpty() && !a.code().equals("015") && (SpeechActs.actObject(s, object < 0 ? v.end() : object)
                                || SpeechActs.actBefore(s, speakerAt) || label)) {
                            // "India revoked ..., and Pakistan condemned the move", "a decision the UN condemned",
                            // "..., and Putin called it 'a stab in the back'": words on an act named by a noun or
                            // labelled as "it" are about whoever did it
                            about = SpokenAbout.actorOfAct(mentions, acts, a.source(), Speakers.subjectStart(s, mentions, speakerAt));
                        }
                        about = apart(about, together);
                        boolean unnamedDoer = CriticisedActs.unnamedDoer(s, mentions, a.code(), object < 0 ? v.end() : object);
                        if (unnamedDoer) {
                            // "Poland condemned the attack on Kyiv": criticism of an act is aimed at its doer, here
                            // unnamed unless an earlier act of the sentence names it, not at its victim (S7-9)
                            about = acts.stream().anyMatch(x -> x.target() != null && x.verb().start() < v.start())
                                    ? SpokenAbout.actorOfAct(mentions, acts, a.source(), v.start()) : List.of();
                        }
                        StatementDraft d = drafts.draft(s, mentions, a.source(), about, a.code(), v.start(), s.size(),
                                a.fromToken(), a.entries());
                        if (unnamedDoer && d.targets().isEmpty()) {
                            d = d.withNamed(false);
                        }
                        String about0 = d.targets().isEmpty() ? null : d.targets().get(0);
                        boolean participle = v.ingForm();
                        boolean actedOn = acts.stream().anyMatch(x -> (x.source().equals(a.source()) ? participle && ExplainedDeeds.explained(x)
                                : SpokenAbout.sameCountry(x.source(), a.source()))
                                && x.target() != null && (x.target().equals(about0) || SpokenAbout.sameCountry(x.target(), about0)))
                                || participle && acts.stream().anyMatch(x -> x.source().equals(a.source()) && ExplainedDeeds.explained(x) && ExplainedDeeds.deedRightBefore(verbs, x.verb(), v));
                        // (not when the speaker's side already acts on it in the words, or the words are a participle
                        // explaining the speaker's own act on it: "expelled UN officials, accusing them of meddling"
                        // is one act, R5; "demanded the release of a tanker, and summoned the ambassador" are two)
                        if (about0 != null && !actedOn) {
                            // R4: the act is aimed at whom its words are about ("acknowledged that their air
                            // defences had shot down a Ukrainian jet" -> 015 toward Ukraine)
                            d = d.withEvaluation(true, List.of(about0));
                        }
                        bySpeaker.put(a.source(), d);
                        verbalAt.put(a.source(), v.start());
                    }
                }
            }
        }
        deeds.deedsDoneInWords(s, mentions, verbs, acts, bySpeaker, wordsOf, verbalAt);
        deeds.citedCause(s, mentions, acts, bySpeaker, wordsOf);
        deeds.deniedAccusations(s, mentions, verbs, acts, bySpeaker);
        for (int vi = 0; vi < verbs.size() && !saidAt.isEmpty(); vi++) { // removeIf on an empty map still costs an iterator
            VerbMatch v = verbs.get(vi);
            // a saying told in words attributed after it: "Russia had said the talks were over, Ukraine said"
            saidAt.entrySet().removeIf(e -> e.getValue() == v.start() && !verbalAt.containsKey(e.getKey())
                    && !opensClause(s, Speakers.speakerStart(mentions, e.getKey(), v.start()))
                    && SpeechActs.toldInWords(s, mentions, v, wordsOf, e.getKey()) && bySpeaker.remove(e.getKey()) != null
                    && wordsOf.remove(e.getKey()) != null);
        }
        for (int vi = 0; vi < verbs.size() && !verbalAt.isEmpty(); vi++) {
            VerbMatch v = verbs.get(vi);
            // the same for words attributed after them: "Russia's proposals were rejected by NATO, Putin said"
            verbalAt.entrySet().removeIf(e -> e.getValue() == v.start() && SpeechActs.toldInWords(s, mentions, v, wordsOf, e.getKey())
                    && bySpeaker.remove(e.getKey()) != null);
        }
        // R3: a speech act of the speaker's own state inside reported words is the content of that
        // statement, not a second one ("Lula said Brazil would not send ..., rejecting a request"); so is one of a
        // pair the speaker's state belongs to ("Xi said the two countries oppose hegemonism": Russia is told of)
        for (Map.Entry<String, Integer> e : verbalAt.entrySet()) {
            for (StatementDraft d : List.copyOf(bySpeaker.values())) {
                // (an outlet reports any identified speaker's speech act, of whatever country: "Hamas condemned the
                // strike, Al Jazeera reported" is Hamas's statement, the outlet its channel)
                if (!d.speaker().equals(e.getKey()) && (SpokenAbout.sameCountry(d.speaker(), e.getKey())
                        || jointInWords(s, mentions, bySpeaker, wordsOf, e.getKey(), d.speaker(), e.getValue())
                        || reportingOutlet(d.speaker(), e.getKey()) && e.getValue() < d.toToken())
                        && !verbalAt.containsKey(d.speaker()) && e.getValue() >= d.fromToken()) {
                    if (reportingOutlet(d.speaker(), e.getKey())) {
                        bySpeaker.remove(d.speaker()); // R3: "Kim called Seoul 'our principal enemy', KCNA reported": Kim's words
                        break;
                    }
                    // what the content's act is about, the statement is about ("..., rejecting a request from Germany")
                    SpokenAbout.addTargets(bySpeaker, d.speaker(), bySpeaker.remove(e.getKey()).targets());
                    break;
                }
            }
        }
        // the same for a reporting verb of the speaker's own state, named as the state, inside its words:
        // "Erdogan told a rally that Turkey would declare Israel a war criminal" is Erdogan's statement only
        for (String inner : saidAt.keySet()) {
            for (String outer : wordsOf.keySet()) {
                if (!outer.equals(inner) && bySpeaker.containsKey(outer) && bySpeaker.containsKey(inner)
                        && reportingOutlet(outer, inner) && ReportedWords.reports(outer, inner, wordsOf, saidAt)) {
                    bySpeaker.remove(outer); // "Chinese state media said Xi told Trump ...": Xi's words, the outlet reports them
                    break;
                }
                if (!outer.equals(inner) && inner.length() == 3 && SpokenAbout.sameCountry(outer, inner) && bySpeaker.containsKey(outer)
                        && bySpeaker.containsKey(inner) && ReportedWords.reports(outer, inner, wordsOf, saidAt)) {
                    SpokenAbout.addTargets(bySpeaker, outer, bySpeaker.remove(inner).targets());
                    break;
                }
            }
        }
        // citizens, protesters, farmers, workers, refugees and students are no identified speakers (GOLD-SET.md, Statements)
        bySpeaker.values().removeIf(d -> Speakers.unaffiliated(d.speaker()));
        for (Map.Entry<String, List<StatementDraft.Stance>> e : further.entrySet()) {
            StatementDraft d = bySpeaker.get(e.getKey());
            for (StatementDraft.Stance more : d == null ? List.<StatementDraft.Stance>of() : e.getValue()) {
                d = d.withFurther(more);
            }
            if (d != null) {
                bySpeaker.put(e.getKey(), d);
            }
        }
        // words that named no one take the stance of the speaker's own act of the same code, and are aimed where it is:
        // "Shots were fired at a helicopter carrying Duque, the defence minister said, blaming FARC dissidents"; a body
        // the words were told to heard them ("warned the Security Council that ...")
        ActorMention body = AudienceDetector.addressedBody(s, mentions);
        bySpeaker.replaceAll((k, d) -> !d.targets().isEmpty() ? d : d.withTargets(SpokenAbout.targetsOfOwnStance(acts, d.speaker(),
                d.code()).stream().filter(t -> body == null || !body.codes().contains(t)).toList()));
        // words that still name no one are about whom the speaker's own comma participle right after them is aimed at:
        // "insisted that the canal belonged to Panama, rejecting Trump's demand that ..."
        bySpeaker.replaceAll((k, d) -> !d.targets().isEmpty() ? d
                : d.withTargets(SpokenAbout.targetsOfParticipleAfter(s, acts, d.speaker(), d.fromToken(),
                        wordsOf.containsKey(k) ? wordsOf.get(k)[1] : s.size()).stream()
                        .filter(t -> body == null || !body.codes().contains(t)).toList()));
        // words that still name no one, in a clause joined to an act just told, are about that act's other party:
        // "Biden signed a bill providing aid to Ukraine, and the Pentagon said the first weapons would ship within hours"
        bySpeaker.replaceAll((k, d) -> !d.targets().isEmpty() || !d.named() ? d
                : d.withTargets(ActBeforeTheClause.otherParty(s, mentions, acts, d, wordsOf)));
        // a target in the sector the speaker's event of the same stance gives it (GOLD-SET.md, Metonyms and roles)
        bySpeaker.replaceAll((k, d) -> d.withTargets(SpokenAbout.asEventsRead(acts, d.speaker(), d.code(), d.targets())));
        // a channel stated in another speaker's clause is that speaker's ("Obama hailed it in a televised address, while
        // Netanyahu called it ...")
        bySpeaker.replaceAll((k, d) -> d.audience() == Audience.UNKNOWN ? d
                : d.withSpeaker(d.speaker(), clauseAudience.ownClauseAudience(s, mentions, verbs, bySpeaker, d)));
        // words said at an encounter the sentence codes between the speaker and one they speak of are said to it
        bySpeaker.replaceAll((k, d) -> d.audience() == Audience.UNKNOWN
                && TargetAudience.metInPerson(s, acts, d.speaker(), d.targets(), d.fromToken(), wordsOf.get(k))
                ? d.withSpeaker(d.speaker(), Audience.TARGET) : d);
        return new ArrayList<>(bySpeaker.values());
    }

    /**
     * "Xi said the two countries oppose hegemonism": a speech act inside the words {@code outer} reported, by a pair or
     * list {@code outer}'s state belongs to, whose statement for {@code inner} was made there (not a co-speaker of the
     * saying itself: "Merkel and Sarkozy told a news conference that they were of one mind").
     */
    private static boolean jointInWords(Sentence s, List<ActorMention> mentions, Map<String, StatementDraft> bySpeaker,
                                        Map<String, int[]> wordsOf, String inner, String outer, int verb) {
        int[] words = wordsOf.get(outer);
        StatementDraft own = bySpeaker.get(inner);
        return words != null && own != null && own.fromToken() >= words[0]
                && Speakers.jointWith(s, mentions, inner, outer, words, verb);
    }

    /**
     * R3: a news outlet (state media, a news agency, a newspaper) reporting the words of an identified speaker is the
     * channel of those words, not their speaker ("..., state news agency KCNA reported", "Chinese state media said Xi
     * told Trump ..."): the speaker inside keeps the statement.
     */
    private static boolean reportingOutlet(String outer, String inner) {
        return outer.endsWith("MED") && !inner.endsWith("MED") && !Speakers.unaffiliated(inner);
    }

    /**
     * The sources of one speech act ("France and Germany denounced ...", "... was denounced by France and Germany"):
     * they speak together, and none of them is spoken about by the others.
     */
    private static List<String> jointSources(VerbMatch v, List<CodedAct> acts, List<CodedAct> untargeted) {
        List<String> out = new ArrayList<>();
        for (List<CodedAct> list : List.of(acts, untargeted)) {
            for (CodedAct a : list) {
                if (a.verb() == v && !out.contains(a.source())) {
                    out.add(a.source());
                }
            }
        }
        return out;
    }

    /** The actors spoken about but those who speak together. */
    private static List<String> apart(List<String> about, List<String> together) {
        return about.stream().filter(t -> !together.contains(t)).toList();
    }

    private void say(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, VerbMatch v, List<CodedAct> acts,
                     Map<String, StatementDraft> bySpeaker, Map<String, int[]> wordsOf, Map<String, Integer> saidAt,
                     Map<String, List<StatementDraft.Stance>> further) {
        if (SpeechActs.proclamation(s, v)) {
            return; // "Guaido declared himself interim president": a formal act, not reported words
        }
        ActorMention speaker = null;
        boolean according = v.formText().equals("according to");
        int k = v.start() - 1;
        boolean coordinated = !according && k >= 0 && (s.lower(k).equals("and")
                || s.lower(k).equals(",") && s.lower(v.start()).endsWith("ing")); // "..., referring to" too
        if (coordinated) {
            // "welcomed President Xi and said ...", "praised Xi, describing him as ...": the speaker
            // of the coordinated verb before, or the sentence's subject, speaks
            String previous = bySpeaker.isEmpty() ? null : new ArrayList<>(bySpeaker.keySet()).get(bySpeaker.size() - 1);
            for (ActorMention m : mentions) {
                if (previous != null && m.isResolved() && m.code().equals(previous) && m.start() < v.start()) {
                    speaker = m;
                    break;
                }
            }
            if (speaker == null) {
                speaker = Speakers.firstSubject(s, Speakers.withOrgansPlaced(s, mentions), verbs, v.start());
            }
            if (speaker != null && speaker.code().equals(previous)) {
                // one statement per speaker per sentence: the first stance stands, and what the
                // added words speak of is spoken of too ("rejected the offer, saying ... with Pakistan")
                List<String> more = SpokenAbout.spokenAbout(s, mentions, previous, v.last());
                if (bySpeaker.get(previous).code().startsWith("112")) {
                    more = StatementTargets.withoutVictims(s, mentions, more, v.last(), s.size(), false); // "..., calling it an assault on British sovereignty"
                }
                if (!bySpeaker.get(previous).targets().isEmpty()) {
                    // "rejected calls by France and Spain, saying Israel would fight until Hamas was destroyed": not Hamas
                    more = SpokenAbout.outsideClauses(s, mentions, more, v.last(), s.size());
                }
                SpokenAbout.addTargets(bySpeaker, previous, more);
                String added = LaterWords.addedStance(s, acts, v, bySpeaker.get(previous));
                if (added != null) {
                    // "The embassy will remain closed, Kuwait said, adding that the country would not tolerate interference":
                    // the first words hold no stance, the added ones give it (as a participle after a quote does)
                    bySpeaker.put(previous, bySpeaker.get(previous).withCode(added));
                }
                StatementDraft.Stance stance = LaterWords.laterStance(s, mentions, acts, v, bySpeaker.get(previous), wordsOf);
                if (stance != null && bySpeaker.size() == 1) {
                    // (only when one speaker has spoken: with two, the participle's speaker is not sure)
                    further.computeIfAbsent(previous, x -> new ArrayList<>()).add(stance);
                }
                return;
            }
            if (speaker == null) {
                return;
            }
        } else if (!according) {
            speaker = Speakers.before(s, Speakers.withOrgansPlaced(s, mentions), v.start());
        }
        if (speaker == null && !coordinated) {
            // "..., the culture secretary told the House of Commons": the one told is never the speaker
            speaker = Speakers.inverted(s, v) && !Words.TOLD.contains(s.token(v.start())) ? Speakers.after(s, mentions, v.end()) : null;
        }
        if (speaker == null || !speaker.isResolved()) {
            return;
        }
        speaker = Speakers.affiliation(s, mentions, speaker);
        speaker = Speakers.bodyOfState(s, speaker, v.start());
        String code = speaker.code();
        if (bySpeaker.containsKey(code)) {
            return;
        }
        if (!coordinated && !according && speaker.end() <= v.start() && !opensClause(s, speaker.start())
                && SpeechActs.toldInWords(s, mentions, v, wordsOf, code)) {
            // "Ukraine said Russia had said the talks were over", "Seoul said Pyongyang had told its envoy ...": a saying
            // inside another's words is what that speaker tells of, not words of its own (as a speech act there is)
            return;
        }
        int lead = Words.beforeArticle(s, speaker.start());
        if (lead == speaker.start() - 1 && speaker.kind() != ActorMention.Kind.NAMED
                && speaker.kind() != ActorMention.Kind.METONYM && speaker.kind() != ActorMention.Kind.PERSON) {
            lead = Speakers.beforeModifiers(s, speaker, lead);
        }
        // "..., the White House said [on Tuesday]": a trailing attribution; but "Addressing the summit,
        // Modi said that ..." opens the words after the verb
        boolean trailing = lead >= 0 && (s.lower(lead).equals(",") || s.lower(lead).equals("\"") || s.lower(lead).equals("'"))
                && ReportedWords.onlyCircumstanceAfter(s, v.last());
        boolean speakerFirst = speaker.end() <= v.start() && ReportedWords.hasWordsAfter(s, v.last()) && !trailing;
        int from = speakerFirst ? v.last() : 0;
        int to = speakerFirst ? s.size() : Math.max(0, Math.min(trailing ? lead : speaker.start(), v.start()));
        if (according && v.start() == 0 && ReportedWords.hasWordsAfter(s, speaker.end())) {
            from = speaker.end(); // "According to the Kremlin, Putin told Erdogan that ...": the words follow
            to = s.size();
        }
        if (speakerFirst) {
            from = ReportedWords.afterCircumstance(s, mentions, from); // "said at a news conference with Scholz that ..."
            to = Speakers.beforeOtherSpeaker(s, verbs, v, from, to);
            to = OthersLabels.beforeOthersLabel(s, mentions, verbs, code, from, to);
            to = ReportedWords.beforeOwnEncounter(s, verbs, from, to); // "said ... as he held talks with Kishida"
        }
        if (speakerFirst && v.is(VerbEntry.Role.CHARACTERIZING)) {
            // "described Xi as a dictator, hours after ...": the characterization ends with its clause
            to = Math.min(to, ReportedWords.commaAfter(s, from));
            for (int t = from + 1; t < to && v.entry().name().equals("call"); t++) {
                if (Words.SUBORDINATORS.contains(s.token(t))) {
                    // "calling Putin his 'best friend' as the two leaders pledged ...": a label is one phrase, and a
                    // subordinate clause after it is no part of it ("as" marks the label of "describe" only)
                    to = t;
                }
            }
        }
        // the stance: the speaker's own event in the words, which begin after the one told and how it was told
        int words = speakerFirst ? ReportedWords.afterAddressee(s, mentions, from) : from;
        String stance = null;
        boolean evaluation = false;
        String stanceAct = null;
        List<String> targets = new ArrayList<>();
        PhraseIndex.Hit<String> judgedFirst = StanceLexicon.evaluation(s, words, to);
        // "said Beijing was strongly indignant at ... and urged Washington to ...": the judgement comes first
        for (CodedAct a : judgedFirst == null ? acts : ReportedWords.notAppendedTo(s, acts, judgedFirst)) {
            // a deed is the stance only when the words hold no stance or intent of the speaker's side: "told
            // Farmaajo at their meeting that Nairobi wanted to restore ties" is 032, not the meeting
            // (a speech act after "and" goes on speaking, a stance of its own: "said Manila's ships had rammed a Chinese
            // vessel and lodged a protest" keeps the charge as the words' stance)
            boolean inWords = a.verb().start() >= words && a.verb().start() < to && SpeechActs.claims(code, a.source())
                    && !LaterWords.goesOnSpeaking(s, mentions, a.verb(), code, words);
            if (inWords && (stanceAct == null || SpeechActs.reportedDeed(stanceAct) && !SpeechActs.reportedDeed(a.code()))) {
                stanceAct = a.code();
            }
        }
        if (stanceAct != null) {
            // R3a: the own side's force is claimed, 015; another done act of its own is news, 010
            stance = SpeechActs.isForce(stanceAct) ? "015" : SpeechActs.reportedDeed(stanceAct) ? "010" : stanceAct;
            for (CodedAct b : acts) {
                if (stance.equals("015") && b.code().equals(stanceAct) && b.verb().start() >= words && b.verb().start() < to
                        && !SpeechActs.claims(code, b.source()) && SpeechActs.claims(code, b.target())) {
                    // a clash of both sides told by one of them alleges the other's force: "Twenty Indian soldiers
                    // were killed in a clash with Chinese troops, the Indian army said" is 1123, not a claim
                    stance = SpeechActs.allegationOf(stanceAct);
                }
            }
            for (CodedAct a : acts) {
                if (a.verb().start() >= words && a.verb().start() < to && SpeechActs.claims(code, a.source())
                        && a.code().equals(stanceAct) && !targets.contains(a.target()) && !SpokenAbout.ownSide(code, List.of(a.target()))) {
                    targets.add(a.target());
                }
            }
        }
        // the government named in the words, not the one told them: "told Xi during talks that Australia wanted stable
        // relations with China" is about China, as the words name it (dev g-067: "praised Pakistan during talks with
        // his counterpart" PAK); the one addressed is added below only when the words name nothing of its country
        targets = StatementTargets.refined(s, mentions, code, targets, words, to);
        if (stance != null && SpeechActs.appeal(stance)) {
            // "said Beijing must stop supplying components that allow Russia to wage war": who the demanded act is about
            for (String t : StatementTargets.objectsOfActs(s, mentions, verbs, code, words, to)) {
                // the state's own people or opposition only when no one else is (R: "asked India to send back
                // former prime minister Sheikh Hasina" is about India)
                if (!targets.contains(t) && !(t.length() == 3 && SpokenAbout.aboutCountryOf(targets, t))
                        && !(!targets.isEmpty() && SpokenAbout.home(code, List.of(t)))) {
                    targets.add(t);
                }
            }
        }
        if (stance == null) {
            // R3a: an attributed concrete act of force: the speaker's own side's -> 015 (claim of
            // responsibility); another's, reported by its victim or a monitor -> 112x about its source
            for (CodedAct a : acts) {
                if (a.verb().start() >= words && a.verb().start() < to && SpeechActs.isForce(a.code())) {
                    boolean own = SpeechActs.claims(code, a.source());
                    stance = own ? "015" : SpeechActs.allegationOf(a.code());
                    String about = own ? a.target() : a.source();
                    if (!targets.contains(about)) {
                        targets.add(about);
                    }
                    break;
                }
            }
        }
        if (stance == null) {
            // R3a for an act of force the events could not code, its target unnamed ("Iran fired
            // missiles at two bases ..., the Pentagon said"): another's force is alleged of its source
            for (VerbMatch f : verbs) {
                ActorMention by = f.start() >= words && f.start() < to && SpeechActs.uncodedForce(f, acts) ? SpeechActs.forceSource(s, mentions, f) : null;
                if (by != null && by.codes().stream().noneMatch(c -> SpeechActs.claims(code, c))) {
                    stance = SpeechActs.allegationOf(SpeechActs.forceCode(f));
                    targets.addAll(by.codes());
                    break;
                }
            }
        }
        if (stance == null) {
            // R3a, R11, R14: force done by unnamed foreign hands ("said foreign mercenaries had attacked an army base") is
            // a charge against them (112, as "terrorist gangs" and "foreign-trained terrorists" are), aimed at no one named
            for (VerbMatch f : verbs) {
                AllusionDetector.Allusion hands = f.start() >= words && f.start() < to && SpeechActs.uncodedForce(f, acts)
                        ? allusions.find(s, words, f.start()) : null;
                if (hands != null && hands.code() == null && hands.end() >= f.start() - 2) {
                    stance = "112";
                    break;
                }
            }
        }
        VerbMatch own = stance == null && judgedFirst == null ? ownStance(s, mentions, verbs, code, words, to) : null;
        String spoken = coordinated ? SpeechActs.uncodedSpeechBefore(s, verbs, acts, v) : null;
        // a judgement in the words is about whom they name before a participle clause after it: "declaring that their
        // friendship has no limits, aligning themselves against the United States" is not about the United States
        int judgedAbout = judgedFirst == null ? to : ReportedWords.beforeParticipleClause(s, verbs, judgedFirst.start() + judgedFirst.length(), to);
        if (stance == null) {
            stance = "010";
            Set<String> others = new LinkedHashSet<>();
            Set<String> home = new LinkedHashSet<>();
            Set<String> toOrFrom = new LinkedHashSet<>();
            // "told Biden ...": the one addressed is spoken to and about
            for (ActorMention m : mentions) {
                // an outlet told the words is their channel, not their subject ("told a German newspaper")
                boolean outlet = m.code() != null && m.code().endsWith("MED") && m.start() - v.last() <= 2
                        || ReportedWords.outletAfter(s, m.end()); // "told Germany's Bild newspaper", "and the US outlet Politico"
                if (m.isResolved() && m.start() >= from && m.start() < judgedAbout && !outlet
                        && m != speaker && !SpokenAbout.ownSide(code, m.codes()) && !SpokenAbout.partOfThing(s, m)) {
                    if (!m.locative()) {
                        (SpokenAbout.home(code, m.codes()) ? home : others).addAll(m.codes());
                    } else if (SpokenAbout.directional(s, m)) {
                        toOrFrom.addAll(m.codes());
                    }
                }
            }
            // a country the words send something to or get it from ("give up territory to Russia") is
            // spoken of when no actor is
            targets.addAll(!others.isEmpty() ? others : !home.isEmpty() ? home : toOrFrom);
            if (targets.isEmpty()) {
                targets.addAll(SpokenAbout.referredTo(s, mentions, code, from, judgedAbout));
            }
            if (targets.isEmpty() && coordinated) {
                // "shot down a US drone, saying it had violated Iranian airspace": words that name no one
                // explain the speaker's act just before, and are about whom it was done to
                targets.addAll(SpokenAbout.targetsOfOwnAct(acts, code, v.start()));
            }
            int opens = Words.beforeArticle(s, speaker.start());
            if (targets.isEmpty() && speakerFirst && opens > 0 && s.lower(opens).equals("and")) {
                // "Russian troops attacked Ukraine ..., and the Ukrainian army said it was fighting back": words
                // that name no one answer the act just told against the speaker's side, and are about its actor
                targets.addAll(SpokenAbout.actorAgainstOwnSide(acts, code, speaker.start()));
            }
            ActorMention referent = allusions.find(s, from, to) == null ? null : Speakers.referent(s, mentions);
            if (referent != null && !targets.containsAll(referent.codes())) {
                targets.addAll(0, referent.codes()); // R14: the allusion the sentence resolves
            }
            // R3c: the speaker's own evaluation or characterization in the words is its stance (found above)
            PhraseIndex.Hit<String> evaluated = judgedFirst;
            ActorMention obliged = evaluated == null && !ReportedWords.hasActIn(acts, words, to) ? SpeechActs.obliged(s, mentions, code, words, to) : null;
            // R10: "said Niger's junta had one week to reinstate the president": an ultimatum to the one given time
            ActorMention given = obliged == null && evaluated == null ? SpeechActs.deadlined(s, mentions, code, words, to) : null;
            // R10: "said Washington would respond if China established a base there": a threat to the one whose act is the condition
            ActorMention conditioned = obliged == null && given == null && evaluated == null
                    ? SpeechActs.conditioned(s, mentions, verbs, code, words, to) : null;
            // R10: "told Mubarak that an orderly transition 'must begin now'": asked of the one told
            String askedOfTold = obliged == null && given == null && evaluated == null && conditioned == null
                    ? SpeechActs.askedOfTold(s, mentions, code, from, words, to) : null;
            if (evaluated != null && !ReportedWords.hasActIn(ReportedWords.notJoinedBefore(s, ReportedWords.notAppendedTo(s, acts,
                    evaluated), evaluated), words, to, evaluated)) {
                stance = SpokenAbout.claimedBy(s, mentions, code, evaluated, to, targets);
                evaluation = true;
            } else if (given != null) {
                stance = "139";
                targets.removeAll(given.codes());
                targets.addAll(0, given.codes());
                evaluation = true;
            } else if (conditioned != null) {
                stance = "130";
                targets.removeAll(conditioned.codes());
                targets.addAll(0, conditioned.codes());
                evaluation = true;
            } else if (obliged != null) {
                // R10: "said Armenia must change its constitution" demands (10x), "Europe should not get caught
                // up" appeals (02x), whatever the act asked for, even one no verb pattern codes
                boolean notExpect = obliged.end() + 2 < s.size() && s.lower(obliged.end() + 1).equals("not")
                        && s.lower(obliged.end() + 2).equals("expect");
                // "Sweden should not expect Turkey's support" refuses it (12x, R8)
                stance = notExpect ? "120" : s.lower(obliged.end()).equals("should") ? "020" : "100";
                targets.removeAll(obliged.codes());
                targets.addAll(0, obliged.codes());
                evaluation = true;
            } else if (askedOfTold != null && !targets.isEmpty()) {
                stance = askedOfTold;
                evaluation = true;
            } else if (!targets.isEmpty() && !ReportedWords.hasVerbIn(verbs, words, to) && !ReportedWords.negatedWords(s, words, to)) {
                evaluation = true; // R3d: a remark about a named actor, with no act in it at all, is 010
            }
            if (own != null && stance.equals("010")) {
                stance = own.pattern().code(); // "Scholz said Germany and France rejected the proposal": the own side's rejection, 127
                evaluation = false;
                // "Poland said it condemned the attack on Kyiv": criticism of an act whose doer is unnamed is not about its victim (S7-9)
                targets.removeAll(CriticisedActs.victims(s, mentions, stance, own.end()));
            }
            if (spoken != null) {
                // "dismissed the peace proposal, saying ...": the speech act the saying explains is the stance
                stance = spoken;
                evaluation = false;
            }
        }
        for (CodedAct a : acts) {
            // whom the speaker called or visited when saying the words is spoken to ("told Chinese state television
            // during his visit to Beijing that ...")
            if (a.verb().start() >= from && a.verb().start() < words && SpeechActs.claims(code, a.source()) && a.target() != null
                    && !targets.contains(a.target()) && !SpokenAbout.ownSide(code, List.of(a.target()))
                    && !SpokenAbout.aboutCountryOf(targets, a.target())) { // the words' own name of its country wins
                targets.add(a.target());
            }
        }
        if (targets.isEmpty() && stance.equals("010")) {
            // news that names no one else is about the one other organ of the speaker's own state that acts or is acted on
            // in it: "Soldiers detained President Bazoum, the presidency said" (NERMIL), "Mugabe resigned, the speaker of
            // parliament announced" (ZWEGOV), "announced an impeachment inquiry into President Trump" (USAGOV)
            targets.addAll(SpokenAbout.otherOrganActing(mentions, acts, code, words, to));
        }
        if (targets.isEmpty() && stance.equals("010")) {
            // "Soldiers detained President Bazoum and announced that they had ended his government": a pronoun in the words
            // takes up the other organ of the speaker's state that its side's deed just before was done to
            targets.addAll(SpokenAbout.organDoneToAndReferred(s, acts, code, words, to));
        }
        targets = StatementTargets.withoutSetting(s, mentions, verbs, targets, words, to);
        if (!SpeechActs.appeal(stance) && !stance.startsWith("10")) {
            // an appeal or demand is aimed at the one asked ("told Zardari that Pakistan must not allow ...")
            targets = StatementTargets.asNamedInWords(s, mentions, code, targets, words, to);
        }
        List<String> entries = new ArrayList<>(speaker.entries());
        entries.add(v.provenance());
        StatementDraft d = drafts.draft(s, mentions, code, targets, stance, from, to, Math.min(speaker.start(), v.start()), entries);
        if (evaluation) {
            // the event's target: the first actor the words characterize, or the region or unnamed
            // states an allusion before it names (R14)
            List<String> eventTargets = new ArrayList<>();
            AllusionDetector.Allusion allusion = allusions.find(s, from, to);
            ActorMention referent = allusion == null ? null : Speakers.referent(s, mentions);
            if (referent == null) {
                // "said a 'neighbouring country' was sponsoring militants ..., a thinly veiled reference to India": the
                // words are aimed at whom the sentence says they refer to (R14)
                ActorMention meant = Speakers.veiledReferent(s, mentions);
                referent = meant != null && d.targets().containsAll(meant.codes()) ? meant : null;
            }
            ActorMention first = referent;
            // "told Yoon that ties between their countries would keep improving": the states, not their leaders
            boolean countries = SpokenAbout.countriesSpokenOf(s, from, to);
            // the words proper first, then the one told ("told Fox News that the kingdom was getting closer to Israel")
            for (int start : new int[] {words, from}) {
                for (ActorMention m : mentions) {
                    if (first != null) {
                        break;
                    }
                    if (m.isResolved() && m.start() >= start && m.start() < to
                            && d.targets().containsAll(countries ? SpokenAbout.asCountries(m.codes()) : m.codes())
                            && !m.codes().isEmpty() && (allusion == null || !AllusionDetector.inRelativeClause(s, allusion, m.start()))) {
                        first = m;
                        break;
                    }
                }
            }
            if (referent == null && allusion != null && allusion.code() != null && (first == null || allusion.start() < first.start())) {
                eventTargets.add(allusion.code());
            } else if (first != null) {
                for (ActorMention m : StatementTargets.coordinatedFrom(s, mentions, first)) {
                    List<String> codes = countries ? SpokenAbout.asCountries(m.codes()) : m.codes();
                    if (d.targets().containsAll(codes)) {
                        eventTargets.addAll(codes); // "the pact between China and the Solomon Islands was concerning"
                    }
                }
            } else if (allusion == null && d.targets().size() == 1 && d.targets().get(0).length() == 3
                    && AudienceDetector.addressedBody(s, mentions) != null) {
                // the country of a parliament told of "the two democracies", named before the words
                eventTargets.addAll(d.targets());
            }
            eventTargets.remove(code);
            d = d.withEvaluation(true, List.copyOf(eventTargets));
        }
        if (coordinated && v.ingForm() && d.evaluation() && ExplainedDeeds.ownDeedBefore(acts, code, v, wordsOf)
                || d.evaluation() && ExplainedDeeds.ownDeedLabelled(s, acts, code, speaker, v)) {
            // S7-6: "launched drills around Taiwan, calling them 'strong punishment'", "expelled 18 diplomats, saying
            // Russia was behind ...": the words explain the speaker's own deed just told and add no event of their own
            d = d.withEvaluation(false, List.of());
        }
        int what = Words.beforeArticle(s, speaker.start());
        boolean named = what >= 0 && s.lower(what).equals("what") // "what Moscow described as ...", "what the Kremlin called"
                && OthersLabels.othersActLabelled(s, mentions, acts, v) == null;
        boolean apposed = v.start() >= speaker.end() && SpeechActs.actBefore(s, speaker.start());
        if ((v.is(VerbEntry.Role.CHARACTERIZING) && !v.formText().startsWith("refer") || apposed) && d.targets().isEmpty() && !named) {
            // "cut ties with Ecuador, calling the embassy raid 'barbarism'", "a move Seoul called a violation", "a step
            // Canberra said was unjustified": a label or judgement of an act is about the actor named before it
            List<String> actor = SpokenAbout.actorOfAct(mentions, acts, code, coordinated ? v.start() : Math.min(speaker.start(), v.start()));
            d = d.withTargets(actor).withEvaluation(d.evaluation(), d.evaluation() && d.eventTargets().isEmpty() ? actor : d.eventTargets());
        }
        List<ActorMention> coSpeakers = Speakers.conjuncts(s, mentions, speaker);
        if (coSpeakers.isEmpty() && coordinated && speaker.end() <= v.start()) {
            // "Armenia and Azerbaijan agreed to exchange prisoners and said ...": the compound subject of the verb before
            // "and" speaks, each of its members (R12)
            List<ActorMention> list = StatementTargets.coordinatedFrom(s, mentions, speaker);
            coSpeakers = list.subList(1, list.size());
        }
        Set<String> together = new LinkedHashSet<>(List.of(code));
        coSpeakers.forEach(c -> together.addAll(c.codes()));
        if (!coSpeakers.isEmpty()) {
            // those who speak together do not speak about one another, nor about one another's bodies ("India and
            // Pakistan said that their armies would ...": the pair's own forces)
            d = d.withTargets(d.targets().stream().filter(t -> !together.contains(t)
                    && together.stream().noneMatch(c -> SpokenAbout.sameCountry(c, t))).toList());
        }
        Set<String> coAgents = d.code().startsWith("0") ? Set.of() : Speakers.coAgents(s, mentions, code, from);
        boolean between = acts.stream().anyMatch(a -> a.target() != null && (SpokenAbout.sameCountry(a.source(), code)
                && coAgents.contains(a.target()) || coAgents.contains(a.source()) && SpokenAbout.sameCountry(a.target(), code)));
        if (!coAgents.isEmpty() && !between && d.targets().stream().anyMatch(coAgents::contains)) {
            // (not when they act on each other in the words: "Kyrgyz and Tajik troops exchanged fire, the Kyrgyz government said")
            // "Wang Yi said China and Russia opposed unilateral sanctions": the partner of the speaker's state in a joint
            // stance opposes with it, it is not opposed (R12); the stance is aimed at a third party, alluded if unnamed
            List<String> left = d.targets().stream().filter(t -> !coAgents.contains(t)).toList();
            d = d.withTargets(left).withNamed(d.named() && !left.isEmpty())
                    .withEvaluation(d.evaluation(), d.eventTargets().stream().filter(t -> !coAgents.contains(t)).toList());
        }
        String remarked = d.evaluation() && d.eventTargets().isEmpty() ? remarksOf(s, words, bySpeaker, code) : null;
        if (remarked != null) {
            // "Biden called Putin a war criminal, and the Kremlin said the comment was unforgivable": words judging
            // another speaker's remarks told just before are aimed at that speaker (R3c, R6)
            List<String> about = new ArrayList<>(List.of(remarked));
            d.targets().stream().filter(t -> !t.equals(remarked)).forEach(about::add);
            d = d.withTargets(about).withEvaluation(true, List.of(remarked));
        }
        bySpeaker.put(code, d);
        wordsOf.put(code, new int[] {from, to});
        saidAt.put(code, v.start());
        if (speaker.kind() == ActorMention.Kind.PAIR) {
            Speakers.pairSpeaks(s, bySpeaker, speaker.codes(), d);
            JointSpeakers.otherSideOfClash(bySpeaker, speaker.codes(), acts, from, to);
        }
        // "India and Pakistan said in a joint statement that they would observe the ceasefire", "Russia, China and Iran
        // said they were satisfied with the talks": states speaking together of no one else speak of one another
        boolean ofEachOther = !coSpeakers.isEmpty() && d.targets().isEmpty() && d.named() && speaker.kind() != ActorMention.Kind.PAIR
                && JointSpeakers.distinctStates(code, coSpeakers);
        List<String> all = new ArrayList<>(List.of(code));
        coSpeakers.forEach(c -> all.add(c.code()));
        if (ofEachOther) {
            bySpeaker.put(code, d.withTargets(JointSpeakers.othersOf(all, code)));
        }
        for (ActorMention other : coSpeakers) {
            // "Britain, France and Germany said in a joint statement ...": each says it
            if (!bySpeaker.containsKey(other.code()) && !SpokenAbout.sameCountry(other.code(), code)) {
                List<String> theirs = ofEachOther ? JointSpeakers.othersOf(all, other.code())
                        : d.targets().stream().filter(t -> !SpokenAbout.ownSide(other.code(), List.of(t))).toList();
                // and each takes the stance its words take toward those it speaks of (R3c): "said in a joint statement
                // that Russia was responsible for the attack" is a charge by all of them
                List<String> judged = ofEachOther ? List.of()
                        : d.eventTargets().stream().filter(t -> !SpokenAbout.ownSide(other.code(), List.of(t))).toList();
                bySpeaker.put(other.code(), d.withSpeaker(other.code(), d.audience()).withTargets(theirs)
                        .withEvaluation(d.evaluation() && !judged.isEmpty(), judged));
            }
        }
        if (coSpeakers.size() == 1 && coSpeakers.get(0).codes().size() == 1) {
            JointSpeakers.otherSideOfClash(bySpeaker, List.of(code, coSpeakers.get(0).code()), acts, from, to);
        }
    }

    /**
     * The code of a speech act (a refusal, criticism, opposition, praise ...) the speaker's own side makes in its words
     * on something no actor names: "Scholz said Germany and France rejected the proposal" (127), "Seoul said South Korea
     * turned down the offer", "Tokyo said Japan and South Korea condemned the launch" (111); the same act on a named
     * actor is an event and the stance already. Its subject stands right before the verb, alone or in a group with the
     * speaker's side (whose partner then is no target: a conflictual stance, `Speakers.coAgents`). Not negated, not a
     * noun, not a plain remark; or null.
     */
    private static VerbMatch ownStance(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, String speaker,
                                       int from, int to) {
        for (VerbMatch w : verbs) {
            String c = w.pattern().code();
            if (w.start() < from || w.start() >= to || w.nominal() || w.ingForm() || c == null || c.equals("010")
                    || !ModalityCodes.verbalRoot(c)
                    || w.entry().kind() != VerbEntry.Kind.VERBAL || ReportedWords.negated(s, w.start())) {
                continue;
            }
            for (ActorMention m : mentions) {
                if (m.end() == w.start() && m.start() >= from && m.isResolved() && !m.locative()
                        && !(m.start() > 0 && Speakers.OBJECT_OR_PLACE_PREPOSITIONS.contains(s.token(m.start() - 1)))
                        && !subordinateBefore(s, from, m.start())
                        && Speakers.joinedWith(s, mentions, m, w.start()).stream().anyMatch(x -> SpeechActs.claims(speaker, x))) {
                    return w;
                }
            }
        }
        return null;
    }

    /** Whether a conjunction between the two opens a clause that circumstances the words' own ("... after the ambassador criticised ..."). */
    private static boolean subordinateBefore(Sentence s, int from, int to) {
        return Words.SUBORDINATORS.anyIn(s, from, to);
    }

    /** Whether a clause of its own opens before a subject: "..., and Russia said", "but the Kremlin said". */
    private static boolean opensClause(Sentence s, int subject) {
        int k = Words.beforeArticle(s, subject);
        return k >= 0 && CLAUSE_OPENERS.contains(s.lower(k));
    }

    /** Nouns for what someone said. */
    private static final WordSet REMARKS = WordSet.of("comment", "comments", "remark", "remarks", "statement", "statements",
            "words", "accusation", "accusations", "rhetoric", "outburst", "insult", "insults", "claim", "claims");
    private static final WordSet DETERMINERS = WordSet.of("the", "his", "her", "their", "its", "those", "these", "such", "this", "that");

    /**
     * The speaker whose remarks the words judge ("the Kremlin said the comment was unforgivable", "Beijing said his
     * remarks were irresponsible"): another state's speaker whose statement the sentence told before, when the words
     * open with a noun for what was said; or null.
     */
    private static String remarksOf(Sentence s, int words, Map<String, StatementDraft> bySpeaker, String code) {
        int at = words < s.size() && DETERMINERS.contains(s.token(words)) ? words + 1 : words;
        if (at >= s.size() || !REMARKS.contains(s.token(at))) {
            return null;
        }
        String other = null;
        for (StatementDraft d : bySpeaker.values()) {
            if (!SpokenAbout.sameCountry(d.speaker(), code) && d.fromToken() < words) {
                other = d.speaker();
            }
        }
        return other;
    }

    private static final WordSet CHARGED_FOR = WordSet.of("of", "for", "with");

    /**
     * A participle charging back a pronoun or a bare definite noun: "accusing it of", "blaming it for", "accusing the
     * channel of", "charging the agency with"; not a thing blamed on someone ("blaming it on Kyiv") nor an actor named.
     */
    private static boolean chargedBack(Sentence s, List<ActorMention> mentions, VerbMatch v) {
        int k = v.end();
        if (!v.ingForm() || v.start() == 0 || !s.lower(v.start() - 1).equals(",") || k + 1 >= s.size()) {
            return false;
        }
        if (s.lower(k).equals("it")) {
            return CHARGED_FOR.contains(s.token(k + 1));
        }
        return s.lower(k).equals("the") && k + 2 < s.size() && s.token(k + 1).isWord() && !s.token(k + 1).isCapitalized()
                && CHARGED_FOR.contains(s.token(k + 2)) && !Speakers.startsMention(mentions, k + 1) && !Speakers.startsMention(mentions, k);
    }


    /**
     * S32-12: the visit a speech act was made on, hosted by a legislature ("urged Sri Lanka's government in an address to
     * its parliament"): the chamber heard the words, they are not about it.
     */
    static boolean hostedBy(CodedAct a) {
        return (a.code().equals("042") || a.code().equals("043")) && (a.source().endsWith("LEG")
                || a.target() != null && a.target().endsWith("LEG"));
    }
}
