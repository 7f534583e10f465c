package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.core.Audience;

/**
 * Statements: who said what about whom. A reporting verb ("said", "told", "according to") gives
 * the speaker (its subject, an inverted "said X", or the actor after "according to") and the
 * words (the rest of the sentence); the stance is the speaker's own event in those words, else a
 * plain comment (010). A speech act ("criticized", "urged") is a statement by its source with its
 * own code. One statement per speaker per sentence: the first stance in the sentence.
 */
public final class StatementExtractor {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never");
    /** Verbs that negate the verb after their "to" ("failed to explain"). */
    private static final Set<String> FAILING = Set.of("fail", "fails", "failed", "failing");
    /** Reporting verbs whose words are one characterization ("describe X as ..."), not a clause of content. */
    private static final Set<String> CHARACTERIZING = Set.of("describe", "call");
    private static final Set<String> STOPS = Set.of(";", ":", "that", "which", "because", "but", "while", "although");

    private final AudienceDetector audiences = new AudienceDetector();
    private final AllusionDetector allusions = new AllusionDetector();

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
        for (VerbMatch v : verbs) {
            if (negated(s, v.start())) {
                continue;
            }
            if (v.entry().kind() == VerbEntry.Kind.SAY && v.pattern().code() == null || labels(s, v)) {
                say(s, mentions, verbs, v, acts, bySpeaker, wordsOf, saidAt);
            } else if (v.entry().kind() == VerbEntry.Kind.VERBAL || v.entry().kind() == VerbEntry.Kind.SAY) {
                // a speech act, or a reporting verb whose own words are an act ("reiterated its support for")
                boolean coded = false;
                if (resolution(s, mentions, v)) {
                    continue; // "the Security Council demanded ...": a body's resolution is a formal act, not words
                }
                for (CodedAct a : acts) {
                    coded |= ownAct(s, v, a);
                    if ((a.code().startsWith("12") || a.code().equals("011")) && ownAct(s, v, a) && !reportsWords(s, verbs, v)) {
                        continue; // "refused to lift sanctions", "declined to comment": with no words reported, conduct
                    }
                    if (asked(s, acts, v, a.source())) {
                        continue; // "urged Washington to stop criticising Beijing": asked for, not said
                    }
                    String earlier = ownAct(s, v, a) ? coordinatedSpeaker(s, mentions, v, a.source(), verbalAt, saidAt) : null;
                    if (earlier != null && verbalRoot(a.code())) {
                        // "Zelensky said Russian forces had not withdrawn and warned that ...": the verb after "and"
                        // is the first speaker's, not that of an actor in its words
                        addTargets(bySpeaker, earlier, List.of(a.target()));
                        continue;
                    }
                    // meetings, visits, expulsions and the like are formal acts, not words (GOLD-SET.md, Statements)
                    if (ownAct(s, v, a) && !bySpeaker.containsKey(a.source()) && verbalRoot(a.code())) {
                        List<String> targets = new ArrayList<>();
                        for (CodedAct b : acts) {
                            if (b.verb() == a.verb() && b.source().equals(a.source()) && !targets.contains(b.target())) {
                                targets.add(b.target());
                            }
                        }
                        bySpeaker.put(a.source(), draft(s, mentions, a.source(), targets, a.code(), v.start(), s.size(),
                                a.fromToken(), a.entries()));
                        verbalAt.put(a.source(), v.start());
                        if (a.code().startsWith("112")) {
                            // what an accusation says the accused did, and to whom, is spoken of too
                            // ("accused NATO of waging war on Russia and of turning Ukraine into a foothold")
                            addTargets(bySpeaker, a.source(), withoutVictims(s, mentions,
                                    spokenAbout(s, mentions, a.source(), v.last()), v.last(), s.size(), false));
                        } else if (appeal(a.code())) {
                            // so is whom an appeal or demand asks its target to act on ("urged the UN to pressure Myanmar")
                            addTargets(bySpeaker, a.source(), objectsOfActs(s, mentions, verbs, a.source(), v.end(), s.size()));
                        }
                    } else if (ownAct(s, v, a) && verbalRoot(a.code()) && (verbalAt.containsKey(a.source())
                            && verbalAt.get(a.source()) < v.start() || saidAt.containsKey(a.source()) && saidAt.get(a.source()) < v.start())) {
                        // a second speech act of the speaker ("accused Israel of ... and called on the UN to act"):
                        // the first stance stands, and the second's target is spoken of too
                        addTargets(bySpeaker, a.source(), List.of(a.target()));
                    }
                }
                for (CodedAct u : untargeted) {
                    CodedAct a = u.verb() == v ? spokenFor(s, mentions, u) : u;
                    // "Iran's foreign ministry condemned the attack": a speech act about no named actor
                    // is still the speaker's statement, with no targets
                    if (a.code().equals("011") && ownAct(s, v, a) && !reportsWords(s, verbs, v)) {
                        continue;
                    }
                    if (agentlessPassive(s, v) || asked(s, acts, v, a.source())) {
                        continue; // "Lai was sworn in": the subject of a passive undergoes the act, it does not speak
                    }
                    if (!coded && ownAct(s, v, a) && verbalRoot(a.code()) && !bySpeaker.containsKey(a.source())) {
                        List<String> about = spokenAbout(s, mentions, a.source(), v.last());
                        if (about.isEmpty()) {
                            about = referredTo(s, mentions, a.source(), v.end(), s.size()); // "accused their government"
                        }
                        if (about.isEmpty() && a.code().equals("015")) {
                            about = placesOf(mentions, a.source(), v.last()); // "claimed the bombing in Kabul"
                        }
                        int speakerAt = speakerStart(mentions, a.source(), v.start());
                        boolean label = CHARACTERIZING.contains(v.entry().name()) && v.end() < s.size() && s.lower(v.end()).equals("it");
                        if (about.isEmpty() && !a.code().equals("015") && (actObject(s, v.end()) || actBefore(s, speakerAt) || label)) {
                            // "India revoked ..., and Pakistan condemned the move", "a decision the UN condemned",
                            // "..., and Putin called it 'a stab in the back'": words on an act named by a noun or
                            // labelled as "it" are about whoever did it
                            about = actorOfAct(mentions, acts, a.source(), speakerAt);
                        }
                        StatementDraft d = draft(s, mentions, a.source(), about, a.code(), v.start(), s.size(),
                                a.fromToken(), a.entries());
                        String about0 = d.targets().isEmpty() ? null : d.targets().get(0);
                        boolean participle = v.formText().endsWith("ing");
                        boolean actedOn = acts.stream().anyMatch(x -> (x.source().equals(a.source()) ? participle
                                : sameCountry(x.source(), a.source()))
                                && x.target() != null && (x.target().equals(about0) || sameCountry(x.target(), about0)));
                        // (not when the speaker's side already acts on it in the words, or the words are a participle
                        // explaining the speaker's own act on it: "expelled UN officials, accusing them of meddling"
                        // is one act, R5; "demanded the release of a tanker, and summoned the ambassador" are two)
                        if (about0 != null && !actedOn) {
                            // R4: the act is aimed at whom its words are about ("acknowledged that their air
                            // defences had shot down a Ukrainian jet" -> 015 toward Ukraine)
                            d = new StatementDraft(d.speaker(), d.targets(), d.named(), d.code(), d.audience(), d.quote(),
                                    d.fromToken(), d.toToken(), d.entries(), true, List.of(about0));
                        }
                        bySpeaker.put(a.source(), d);
                        verbalAt.put(a.source(), v.start());
                    }
                }
            }
        }
        deniedAccusations(s, mentions, verbs, acts, bySpeaker);
        // R3: a speech act of the speaker's own state inside reported words is the content of that
        // statement, not a second one ("Lula said Brazil would not send ..., rejecting a request")
        for (Map.Entry<String, Integer> e : verbalAt.entrySet()) {
            for (StatementDraft d : List.copyOf(bySpeaker.values())) {
                if (!d.speaker().equals(e.getKey()) && (sameCountry(d.speaker(), e.getKey()))
                        && !verbalAt.containsKey(d.speaker()) && e.getValue() >= d.fromToken()) {
                    // what the content's act is about, the statement is about ("..., rejecting a request from Germany")
                    addTargets(bySpeaker, d.speaker(), bySpeaker.remove(e.getKey()).targets());
                    break;
                }
            }
        }
        // the same for a reporting verb of the speaker's own state, named as the state, inside its words:
        // "Erdogan told a rally that Turkey would declare Israel a war criminal" is Erdogan's statement only
        for (String inner : saidAt.keySet()) {
            for (String outer : wordsOf.keySet()) {
                if (!outer.equals(inner) && inner.length() == 3 && sameCountry(outer, inner) && bySpeaker.containsKey(outer)
                        && bySpeaker.containsKey(inner) && reports(outer, inner, wordsOf, saidAt)) {
                    addTargets(bySpeaker, outer, bySpeaker.remove(inner).targets());
                    break;
                }
            }
        }
        // citizens, protesters, farmers, workers, refugees and students are no identified speakers (GOLD-SET.md, Statements)
        bySpeaker.values().removeIf(d -> unaffiliated(d.speaker()));
        return new ArrayList<>(bySpeaker.values());
    }

    /** Sectors of people who speak for no state or organization. */
    private static final Set<String> UNAFFILIATED = Set.of("CVL", "AGR", "LAB", "REF", "EDU");

    private static boolean unaffiliated(String speaker) {
        return speaker.length() >= 6 && org.touchstone.coder.actor.Coreference.isCountryCode(speaker)
                && UNAFFILIATED.contains(speaker.substring(3, 6));
    }

    /** Nouns of an accusation that a relative clause denies: "a charge Moscow denied", "an accusation Tehran dismissed". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "also", "swiftly");
    private static final Set<String> ACCUSATIONS = Set.of("accusation", "accusations", "charge", "charges", "allegation",
            "allegations", "claim", "claims");

    /**
     * R8: a denial or rejection in a relative clause after an accusation ("Poland accused Belarus of ...,
     * which Minsk rejected as absurd", "..., an accusation Tehran dismissed as baseless") is its speaker's
     * 016 toward the accuser, the source of the accusation before it.
     */
    private void deniedAccusations(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, List<CodedAct> acts,
                                   Map<String, StatementDraft> bySpeaker) {
        for (VerbMatch v : verbs) {
            boolean denial = v.entry().governs() == VerbEntry.Governs.DENIAL || v.entry().name().equals("reject");
            if (!denial || v.nominal() || negated(s, v.start())) {
                continue;
            }
            int before = v.start();
            while (before > 0 && before > v.start() - 3 && (AUXILIARIES.contains(s.lower(before - 1))
                    || s.lower(before - 1).endsWith("ly"))) {
                before--; // "allegations China has repeatedly denied"
            }
            ActorMention denier = null;
            for (ActorMention m : mentions) {
                if (m.end() == before && m.isResolved() && !m.locative()) {
                    denier = m;
                }
            }
            int k = denier == null ? -1 : denier.start() - 1;
            if (k < 0 || !s.lower(k).equals("which") && !ACCUSATIONS.contains(s.lower(k))) {
                continue;
            }
            String speaker = denier.code();
            List<String> accusers = new ArrayList<>();
            for (CodedAct a : acts) {
                if (a.code().startsWith("11") && a.verb().start() < k && !ownSide(speaker, List.of(a.source()))
                        && !accusers.contains(a.source())) {
                    accusers.add(a.source());
                }
            }
            if (accusers.isEmpty()) {
                continue;
            }
            StatementDraft had = bySpeaker.get(speaker);
            if (had != null && !(had.code().equals("016") && had.targets().isEmpty())) {
                addTargets(bySpeaker, speaker, accusers);
                continue;
            }
            List<String> entries = new ArrayList<>(denier.entries());
            entries.add(v.provenance());
            StatementDraft d = draft(s, mentions, speaker, accusers, "016", v.start(), s.size(), denier.start(), entries);
            bySpeaker.put(speaker, new StatementDraft(d.speaker(), d.targets(), d.named(), d.code(), d.audience(), d.quote(),
                    d.fromToken(), d.toToken(), d.entries(), true, List.copyOf(accusers)));
        }
    }

    /**
     * The actors a speech act with no target of its own speaks about: those named in its clause after
     * it ("warned that Russia would use a nuclear weapon if Ukraine's ..."), other than the speaker's side.
     */
    private static List<String> spokenAbout(Sentence s, List<ActorMention> mentions, String speaker, int from) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> home = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            if (m.start() < from || !m.isResolved() || m.locative() || ownSide(speaker, m.codes()) || partOfThing(s, m)) {
                continue;
            }
            boolean clause = true;
            for (int i = from; i < m.start() && clause; i++) {
                clause = !s.lower(i).equals(";") && !(s.lower(i).equals(",") && i > from + 1);
            }
            if (clause) {
                (home(speaker, m.codes()) ? home : out).addAll(m.codes());
            }
        }
        return new ArrayList<>(out.isEmpty() ? home : out);
    }

    /**
     * The places a claimed act of force struck: those named after the claim, else those named before
     * it ("Gunmen stormed a concert hall near Moscow ..., and Islamic State claimed the attack").
     */
    private static List<String> placesOf(List<ActorMention> mentions, String speaker, int from) {
        Set<String> after = new LinkedHashSet<>();
        Set<String> before = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            String place = m.placeCode() != null ? m.placeCode() : m.code();
            if (m.locative() && place != null && !ownSide(speaker, List.of(place))) {
                (m.start() >= from ? after : before).add(place);
            }
        }
        return new ArrayList<>(after.isEmpty() ? before : after);
    }

    /** "called Israel 'a terror state'", "calling it 'barbarism'": a label in quotes is a characterization. */
    private static boolean labels(Sentence s, VerbMatch v) {
        if (!v.entry().name().equals("call") || v.pattern().code() != null) {
            return false;
        }
        for (int i = Math.max(0, v.start() - 3); i < v.start(); i++) {
            if (s.lower(i).equals("what")) {
                return false; // "launched what it called 'measures'": the report keeps its distance from a name
            }
        }
        int end = v.end();
        for (int i = v.end(); i < Math.min(s.size(), v.end() + 6); i++) {
            String w = s.lower(i);
            if (w.equals("'") || w.equals("\"")) {
                return true;
            }
            if (w.equals("to") || w.equals("for") || w.equals("on")) {
                return false; // "called Somalia to discuss the dangerous situation", "called for": no label
            }
            if (STOPS.contains(w) || w.equals(",")) {
                break;
            }
            end = i + 1;
        }
        // "called the deal null and void", "called the decision deeply regrettable": an evaluation, unquoted
        return StanceLexicon.stanceOf(s, v.end(), end) != null;
    }

    /** Chambers whose demands and appeals are resolutions adopted by vote (GOLD-SET.md, Statements: formal acts). */
    private static final List<String> VOTING_BODIES = List.of("assembly", "security council", "human rights council", "board");
    /** Documents that speak for a body ("a Security Council draft calling for ..."). */
    private static final Set<String> DOCUMENTS = Set.of("draft", "resolution", "resolutions", "text");

    /**
     * Whether a speech act is a resolution rather than words: its subject voted ("the assembly voted to
     * demand"), is a UN-style voting chamber ("the Security Council demanded"), or is a document of one.
     */
    private static boolean resolution(Sentence s, List<ActorMention> mentions, VerbMatch v) {
        ActorMention subject = v.source();
        if (subject == null) {
            for (ActorMention m : mentions) {
                if (m.isResolved() && !m.locative() && m.end() <= v.start() && v.start() - m.end() <= 8) {
                    subject = m;
                }
            }
        }
        if (subject == null || subject.end() > v.start() || addressed(s, subject)) {
            return false; // "..., Baerbock told the U.N. General Assembly, urging ...": the body heard the appeal
        }
        for (int i = subject.end(); i < v.start(); i++) {
            if (s.lower(i).equals("voted") || s.lower(i).equals(",") || STOPS.contains(s.lower(i))) {
                if (s.lower(i).equals("voted")) {
                    return true;
                }
                break;
            }
        }
        if (subject.code() == null || !subject.code().startsWith("IGO")) {
            return false;
        }
        if (subject.end() < s.size() && DOCUMENTS.contains(s.lower(subject.end()))) {
            return true;
        }
        String name = s.text(subject.start(), subject.end()).toLowerCase(java.util.Locale.ROOT);
        return VOTING_BODIES.stream().anyMatch(name::contains);
    }

    /** Words before a body that make it the one spoken to or at, not the subject. */
    private static final Set<String> SPOKEN_TO = Set.of("told", "tell", "tells", "telling", "addressed", "addressing",
            "to", "at", "before", "in");

    /** Whether a mention is the object of a verb of speaking or of a preposition ("told the Security Council"). */
    private static boolean addressed(Sentence s, ActorMention m) {
        int k = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 1 : m.start();
        return k > 0 && SPOKEN_TO.contains(s.lower(k - 1));
    }

    /** An outlet just after an actor, which owns it: "Germany's Bild newspaper", "the US outlet Politico". */
    private static boolean outletAfter(Sentence s, int from) {
        boolean owner = from < s.size() && s.lower(from).equals("'s");
        int i = owner ? from + 1 : from;
        for (int k = i; k < Math.min(s.size(), i + (owner ? 3 : 1)); k++) {
            if (AudienceDetector.isMediaWord(s.lower(k)) || Outlets.at(s, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** Nouns after an organization's name that make it a modifier of a thing ("the UN Charter", "its NATO bid"). */
    private static final Set<String> THINGS = Set.of("charter", "bid", "bids", "membership", "accession", "rules",
            "standards", "norms", "resolution", "resolutions", "mandate", "law", "laws", "flag", "budget", "funding",
            "aspirations", "application", "candidacy", "criteria", "treaty", "fund", "funds", "programme", "program",
            "mechanism", "framework", "summit", "summits", "exercises", "drills", "ministerial", "member", "members",
            "meeting", "meetings");

    /** An organization named only as the modifier of a document or a process: not an actor spoken about. */
    private static boolean partOfThing(Sentence s, ActorMention m) {
        return m.code() != null && m.code().startsWith("IGO") && m.end() < s.size() && THINGS.contains(s.lower(m.end()));
    }

    /**
     * Whether the sentence reports words besides the verb {@code v}: a quote, another reporting verb
     * ("rejected the offer, saying ..."), a statement named ("in a statement"), or a rejection's
     * characterization ("dismissed the referendums as a sham").
     */
    private static boolean reportsWords(Sentence s, List<VerbMatch> verbs, VerbMatch v) {
        for (int i = v.end(); i < Math.min(s.size(), v.end() + 8) && v.entry().governs() != VerbEntry.Governs.REFUSAL; i++) {
            if (s.lower(i).equals("as")) {
                return true;
            }
            if (STOPS.contains(s.lower(i)) || s.lower(i).equals(",")) {
                break;
            }
        }
        for (VerbMatch o : verbs) {
            // another reporting verb, or a speech act's participle after the refusal ("..., calling it absurd")
            if (o != v && (o.entry().kind() == VerbEntry.Kind.SAY || o.entry().kind() == VerbEntry.Kind.VERBAL
                    && o.start() > v.start() && s.lower(o.start()).endsWith("ing"))) {
                return true;
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.lower(i).equals("\"") || s.lower(i).equals("statement") && i >= 2 && s.lower(i - 2).equals("in")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("them", "their", "its", "him", "his", "her");

    /**
     * The actor a pronoun in the words refers to ("expelled two diplomats, accusing them of spying"):
     * the nearest actor named before it; none when that is the speaker's own side ("its", "his" of
     * the speaker). "It" is left alone: it is as often a thing or no referent at all.
     */
    private static List<String> referredTo(Sentence s, List<ActorMention> mentions, String speaker, int from, int to) {
        for (int p = from; p < to; p++) {
            if (!OBJECT_PRONOUNS.contains(s.lower(p))) {
                continue;
            }
            ActorMention antecedent = null;
            for (ActorMention m : mentions) {
                if (m.start() == p) {
                    break; // resolved already
                }
                if (m.end() <= p && m.isResolved() && !m.locative()) {
                    antecedent = m;
                }
            }
            if (antecedent != null && antecedent.start() != p && !ownSide(speaker, antecedent.codes())) {
                return antecedent.codes();
            }
            return List.of();
        }
        return List.of();
    }

    /**
     * Whether one speaker's words hold another's reporting verb. When each holds the other's ("Turkey will
     * declare ..., Erdogan told a rally" reads to the end from "declare"), the later verb reports the earlier.
     */
    private static boolean reports(String outer, String inner, Map<String, int[]> wordsOf, Map<String, Integer> saidAt) {
        int[] words = wordsOf.get(outer);
        int at = saidAt.get(inner);
        if (at < words[0] || at >= words[1]) {
            return false;
        }
        int[] innerWords = wordsOf.get(inner);
        int outerAt = saidAt.get(outer);
        return outerAt < innerWords[0] || outerAt >= innerWords[1] || outerAt > at;
    }

    /** Prepositions of a place that something goes to or comes from. */
    private static final Set<String> DIRECTIONS = Set.of("to", "toward", "towards", "from");

    /**
     * A country named as where something goes or comes from: "to Russia", "from Mexico", not "in Syria",
     * nor a modifier of a thing ("from U.S. sanctions").
     */
    private static boolean directional(Sentence s, ActorMention m) {
        int k = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 1 : m.start();
        boolean modifier = m.end() < s.size() && s.token(m.end()).isWord() && !s.token(m.end()).isCapitalized()
                && !s.lower(m.end()).equals("and") && !s.lower(m.end()).equals("or");
        return k > 0 && DIRECTIONS.contains(s.lower(k - 1)) && !m.possessive() && !modifier;
    }

    /**
     * Targets with the actors joined to them ("imports from Mexico and Canada", "calls by France and
     * Spain"): of a pair or list, each member is spoken of, not only the one a rule reached.
     */
    private static List<String> withConjoined(Sentence s, List<ActorMention> mentions, String speaker, List<String> targets,
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
            while (first > 0 && mentions.get(first - 1).start() >= from && link(s, mentions.get(first - 1), mentions.get(first)) > 0) {
                and |= link(s, mentions.get(first - 1), mentions.get(first)) == 2;
                first--;
            }
            while (last + 1 < mentions.size() && mentions.get(last + 1).start() < to && link(s, mentions.get(last), mentions.get(last + 1)) > 0) {
                and |= link(s, mentions.get(last), mentions.get(last + 1)) == 2;
                last++;
            }
            for (int j = first; j <= last && and; j++) {
                for (String c : mentions.get(j).codes()) {
                    if (!out.contains(c) && !ownSide(speaker, List.of(c)) && !aboutCountryOf(out, c)) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /**
     * How two mentions are joined: 2 by "and" or "or" (with commas and an article), 1 by a comma
     * alone, 0 not as members of one list (another word between, a possessor or an unresolved name).
     */
    private static int link(Sentence s, ActorMention a, ActorMention b) {
        if (!a.isResolved() || !b.isResolved() || a.possessive() || a.end() >= b.start()) {
            return 0;
        }
        int kind = 1;
        for (int i = a.end(); i < b.start(); i++) {
            String w = s.lower(i);
            if (w.equals("and") || w.equals("or")) {
                kind = 2;
            } else if (!w.equals(",") && !w.equals("the")) {
                return 0;
            }
        }
        return kind;
    }

    /** Articles before a trailing speaker: "..., the ministry said", "..., an army commander told state media". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Adds targets to the statement of a speaker, keeping its other fields. */
    private static void addTargets(Map<String, StatementDraft> bySpeaker, String speaker, List<String> more) {
        StatementDraft d = bySpeaker.get(speaker);
        if (d == null || d.targets().containsAll(more)) {
            return;
        }
        List<String> targets = new ArrayList<>(d.targets());
        for (String t : more) {
            if (!aboutCountryOf(targets, t) && !ownSide(speaker, List.of(t)) && !home(speaker, List.of(t))) {
                targets.add(t);
            }
        }
        bySpeaker.put(speaker, new StatementDraft(d.speaker(), List.copyOf(targets), d.named(), d.code(), d.audience(),
                d.quote(), d.fromToken(), d.toToken(), d.entries(), d.evaluation(), d.eventTargets()));
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    /**
     * A speech act in the passive with no by-agent ("was sworn in", "were urged to leave"): its
     * grammatical subject is the one the act is done to (R2), so no one in the sentence speaks.
     */
    private static boolean agentlessPassive(Sentence s, VerbMatch v) {
        int k = v.start() - 1;
        if (k > 0 && s.lower(k).endsWith("ly")) {
            k--; // "was formally sworn in"
        }
        if (k < 0 || !BE.contains(s.lower(k)) || s.lower(v.start()).endsWith("ing")) {
            return false;
        }
        for (int i = v.end(); i < Math.min(s.size(), v.last() + 3); i++) {
            if (s.lower(i).equals("by")) {
                return false;
            }
        }
        return true;
    }

    /** The act of a speech act, or of the complement an intent verb gave way to ("vowed to retaliate against"). */
    private static boolean ownAct(Sentence s, VerbMatch v, CodedAct a) {
        VerbMatch c = a.verb();
        return c == v || v.entry().governs() == VerbEntry.Governs.INTENT && c.start() > v.start() && c.start() >= v.end()
                && c.start() - v.end() <= 2 && s.lower(c.start() - 1).equals("to");
    }

    private void say(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, VerbMatch v, List<CodedAct> acts,
                     Map<String, StatementDraft> bySpeaker, Map<String, int[]> wordsOf, Map<String, Integer> saidAt) {
        if (proclamation(s, v)) {
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
                speaker = firstSubject(s, withOrgansPlaced(s, mentions), verbs, v.start());
            }
            if (speaker != null && speaker.code().equals(previous)) {
                // one statement per speaker per sentence: the first stance stands, and what the
                // added words speak of is spoken of too ("rejected the offer, saying ... with Pakistan")
                List<String> more = spokenAbout(s, mentions, previous, v.last());
                if (bySpeaker.get(previous).code().startsWith("112")) {
                    more = withoutVictims(s, mentions, more, v.last(), s.size(), false); // "..., calling it an assault on British sovereignty"
                }
                addTargets(bySpeaker, previous, more);
                return;
            }
            if (speaker == null) {
                return;
            }
        } else if (!according) {
            speaker = before(s, withOrgansPlaced(s, mentions), v.start());
        }
        if (speaker == null && !coordinated) {
            speaker = inverted(s, v) ? after(s, mentions, v.end()) : null;
        }
        if (speaker == null || !speaker.isResolved()) {
            return;
        }
        speaker = affiliation(s, mentions, speaker);
        speaker = bodyOfState(s, speaker, v.start());
        String code = speaker.code();
        if (bySpeaker.containsKey(code)) {
            return;
        }
        int lead = speaker.start() > 0 && ARTICLES.contains(s.lower(speaker.start() - 1)) ? speaker.start() - 2 : speaker.start() - 1;
        // "..., the White House said [on Tuesday]": a trailing attribution; but "Addressing the summit,
        // Modi said that ..." opens the words after the verb
        boolean trailing = lead >= 0 && (s.lower(lead).equals(",") || s.lower(lead).equals("\"") || s.lower(lead).equals("'"))
                && onlyCircumstanceAfter(s, v.last());
        boolean speakerFirst = speaker.end() <= v.start() && hasWordsAfter(s, v.last()) && !trailing;
        int from = speakerFirst ? v.last() : 0;
        int to = speakerFirst ? s.size() : Math.max(0, Math.min(trailing ? lead : speaker.start(), v.start()));
        if (according && v.start() == 0 && hasWordsAfter(s, speaker.end())) {
            from = speaker.end(); // "According to the Kremlin, Putin told Erdogan that ...": the words follow
            to = s.size();
        }
        if (speakerFirst) {
            from = afterCircumstance(s, mentions, from); // "said at a news conference with Scholz that ..."
            to = beforeOtherSpeaker(s, verbs, v, from, to);
        }
        if (speakerFirst && CHARACTERIZING.contains(v.entry().name())) {
            // "described Xi as a dictator, hours after ...": the characterization ends with its clause
            for (int i = from; i < to; i++) {
                if (s.lower(i).equals(",") || s.lower(i).equals(";")) {
                    to = i;
                    break;
                }
            }
        }
        // the stance: the speaker's own event in the words
        String stance = null;
        boolean evaluation = false;
        String stanceAct = null;
        List<String> targets = new ArrayList<>();
        for (CodedAct a : acts) {
            if (a.verb().start() >= from && a.verb().start() < to && claims(code, a.source())) {
                if (stance == null) {
                    stanceAct = a.code();
                    stance = isForce(a.code()) ? "015" : a.code(); // R3a: the own side's force is claimed, 015
                }
                if (a.code().equals(stanceAct) && !targets.contains(a.target()) && !ownSide(code, List.of(a.target()))) {
                    targets.add(a.target());
                }
            }
        }
        targets = refined(s, mentions, code, targets, from, to);
        if (stance != null && appeal(stance)) {
            // "said Beijing must stop supplying components that allow Russia to wage war": who the demanded act is about
            for (String t : objectsOfActs(s, mentions, verbs, code, from, to)) {
                if (!targets.contains(t) && !(t.length() == 3 && aboutCountryOf(targets, t))) {
                    targets.add(t);
                }
            }
        }
        if (stance == null) {
            // R3a: an attributed concrete act of force: the speaker's own side's -> 015 (claim of
            // responsibility); another's, reported by its victim or a monitor -> 112x about its source
            for (CodedAct a : acts) {
                if (a.verb().start() >= from && a.verb().start() < to && isForce(a.code())) {
                    boolean own = claims(code, a.source());
                    stance = own ? "015" : allegationOf(a.code());
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
                ActorMention by = f.start() >= from && f.start() < to && uncodedForce(f, acts) ? forceSource(s, mentions, f) : null;
                if (by != null && by.codes().stream().noneMatch(c -> claims(code, c))) {
                    stance = allegationOf(forceCode(f));
                    targets.addAll(by.codes());
                    break;
                }
            }
        }
        String spoken = coordinated ? uncodedSpeechBefore(s, verbs, acts, v) : null;
        if (stance == null) {
            stance = "010";
            Set<String> others = new LinkedHashSet<>();
            Set<String> home = new LinkedHashSet<>();
            Set<String> toOrFrom = new LinkedHashSet<>();
            // "told Biden ...": the one addressed is spoken to and about
            for (ActorMention m : mentions) {
                // an outlet told the words is their channel, not their subject ("told a German newspaper")
                boolean outlet = m.code() != null && m.code().endsWith("MED") && m.start() - v.last() <= 2
                        || outletAfter(s, m.end()); // "told Germany's Bild newspaper", "and the US outlet Politico"
                if (m.isResolved() && m.start() >= from && m.start() < to && !outlet
                        && m != speaker && !ownSide(code, m.codes()) && !partOfThing(s, m)) {
                    if (!m.locative()) {
                        (home(code, m.codes()) ? home : others).addAll(m.codes());
                    } else if (directional(s, m)) {
                        toOrFrom.addAll(m.codes());
                    }
                }
            }
            // a country the words send something to or get it from ("give up territory to Russia") is
            // spoken of when no actor is
            targets.addAll(!others.isEmpty() ? others : !home.isEmpty() ? home : toOrFrom);
            if (targets.isEmpty()) {
                targets.addAll(referredTo(s, mentions, code, from, to));
            }
            if (targets.isEmpty() && coordinated) {
                // "shot down a US drone, saying it had violated Iranian airspace": words that name no one
                // explain the speaker's act just before, and are about whom it was done to
                targets.addAll(targetsOfOwnAct(acts, code, v.start()));
            }
            int opens = speaker.start() > 0 && ARTICLES.contains(s.lower(speaker.start() - 1)) ? speaker.start() - 2 : speaker.start() - 1;
            if (targets.isEmpty() && speakerFirst && opens > 0 && s.lower(opens).equals("and")) {
                // "Russian troops attacked Ukraine ..., and the Ukrainian army said it was fighting back": words
                // that name no one answer the act just told against the speaker's side, and are about its actor
                targets.addAll(actorAgainstOwnSide(acts, code, speaker.start()));
            }
            ActorMention referent = allusions.find(s, from, to) == null ? null : referent(s, mentions);
            if (referent != null && !targets.containsAll(referent.codes())) {
                targets.addAll(0, referent.codes()); // R14: the allusion the sentence resolves
            }
            // R3c: the speaker's own evaluation or characterization in the words is its stance
            String evaluated = StanceLexicon.stanceOf(s, from, to);
            ActorMention obliged = evaluated == null && !hasActIn(acts, from, to) ? obliged(s, mentions, code, from, to) : null;
            if (evaluated != null && !hasActIn(acts, from, to)) {
                stance = evaluated;
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
            } else if (!targets.isEmpty() && !hasVerbIn(verbs, from, to) && !negatedWords(s, from, to)) {
                evaluation = true; // R3d: a remark about a named actor, with no act in it at all, is 010
            }
            if (spoken != null) {
                // "dismissed the peace proposal, saying ...": the speech act the saying explains is the stance
                stance = spoken;
                evaluation = false;
            }
        }
        List<String> entries = new ArrayList<>(speaker.entries());
        entries.add(v.provenance());
        StatementDraft d = draft(s, mentions, code, targets, stance, from, to, Math.min(speaker.start(), v.start()), entries);
        if (evaluation) {
            // the event's target: the first actor the words characterize, or the region or unnamed
            // states an allusion before it names (R14)
            List<String> eventTargets = new ArrayList<>();
            AllusionDetector.Allusion allusion = allusions.find(s, from, to);
            ActorMention referent = allusion == null ? null : referent(s, mentions);
            ActorMention first = referent;
            for (ActorMention m : mentions) {
                if (first != null) {
                    break;
                }
                if (m.isResolved() && m.start() >= from && m.start() < to && d.targets().containsAll(m.codes())
                        && !m.codes().isEmpty()) {
                    first = m;
                    break;
                }
            }
            if (referent == null && allusion != null && allusion.code() != null && (first == null || allusion.start() < first.start())) {
                eventTargets.add(allusion.code());
            } else if (first != null) {
                eventTargets.addAll(first.codes());
            }
            eventTargets.remove(code);
            d = new StatementDraft(d.speaker(), d.targets(), d.named(), d.code(), d.audience(), d.quote(), d.fromToken(),
                    d.toToken(), d.entries(), true, List.copyOf(eventTargets));
        }
        boolean named = speaker.start() > 0 && s.lower(speaker.start() - 1).equals("what"); // "what Moscow described as ..."
        if (CHARACTERIZING.contains(v.entry().name()) && !v.formText().startsWith("refer") && d.targets().isEmpty() && !named) {
            // "cut ties with Ecuador, calling the embassy raid 'barbarism'", "a move Seoul called a violation":
            // a label on an act is about the actor named before it
            List<String> actor = actorOfAct(mentions, acts, code, coordinated ? v.start() : Math.min(speaker.start(), v.start()));
            d = new StatementDraft(d.speaker(), actor, d.named(), d.code(), d.audience(), d.quote(), d.fromToken(),
                    d.toToken(), d.entries(), d.evaluation(), d.evaluation() && d.eventTargets().isEmpty() ? actor : d.eventTargets());
        }
        List<ActorMention> coSpeakers = conjuncts(s, mentions, speaker);
        Set<String> together = new LinkedHashSet<>(List.of(code));
        coSpeakers.forEach(c -> together.addAll(c.codes()));
        if (!coSpeakers.isEmpty()) {
            // those who speak together do not speak about one another
            d = new StatementDraft(d.speaker(), d.targets().stream().filter(t -> !together.contains(t)).toList(), d.named(),
                    d.code(), d.audience(), d.quote(), d.fromToken(), d.toToken(), d.entries(), d.evaluation(), d.eventTargets());
        }
        bySpeaker.put(code, d);
        wordsOf.put(code, new int[] {from, to});
        saidAt.put(code, v.start());
        if (speaker.kind() == ActorMention.Kind.PAIR) {
            pairSpeaks(bySpeaker, speaker.codes(), d);
        }
        for (ActorMention other : coSpeakers) {
            // "Britain, France and Germany said in a joint statement ...": each says it
            if (!bySpeaker.containsKey(other.code()) && !sameCountry(other.code(), code)) {
                List<String> theirs = d.targets().stream().filter(t -> !ownSide(other.code(), List.of(t))).toList();
                bySpeaker.put(other.code(), new StatementDraft(other.code(), theirs, d.named(), d.code(), d.audience(),
                        d.quote(), d.fromToken(), d.toToken(), d.entries()));
            }
        }
    }

    /**
     * "Both sides said they had agreed to ...", "the two leaders described the talks as constructive":
     * each of the pair says it, about the other when the words name no third party ("the two sides
     * said the United States must ..." is about the United States only); said together, not to one another.
     */
    private static void pairSpeaks(Map<String, StatementDraft> bySpeaker, List<String> pair, StatementDraft d) {
        Audience joint = d.audience() == Audience.TARGET ? Audience.UNKNOWN : d.audience();
        for (String member : pair) {
            if (!member.equals(d.speaker()) && bySpeaker.containsKey(member)) {
                continue;
            }
            List<String> theirs = new ArrayList<>();
            for (String t : d.targets()) {
                if (!pair.contains(t) && !ownSide(member, List.of(t)) && !aboutCountryOf(pair, t)) {
                    theirs.add(t);
                }
            }
            for (String t : pair) {
                // words that name no third party are about the pair's relations: each speaks of the other
                if (theirs.isEmpty() && !t.equals(member) && !ownSide(member, List.of(t))) {
                    theirs.add(t);
                }
            }
            List<String> eventTargets = d.evaluation() && !theirs.isEmpty() ? List.of(theirs.get(0)) : d.eventTargets();
            bySpeaker.put(member, new StatementDraft(member, List.copyOf(theirs), d.named(), d.code(), joint, d.quote(),
                    d.fromToken(), d.toToken(), d.entries(), d.evaluation(), eventTargets));
        }
    }

    /** Nouns that name an act already told ("condemned the move", "a decision the UN criticized"). */
    private static final Set<String> ACT_NOUNS = Set.of("move", "moves", "decision", "decisions", "step", "steps",
            "measure", "measures", "action", "actions", "deal", "agreement", "accord", "attack", "attacks", "strike",
            "strikes", "raid", "raids", "killing", "killings", "test", "tests", "launch", "launches", "vote", "referendum",
            "ban", "plan", "announcement", "order", "ruling", "verdict", "arrest", "arrests", "detention", "execution",
            "executions", "expulsion", "expulsions", "annexation", "invasion", "incursion", "offensive", "operation",
            "sanctions", "restrictions", "blockade", "shooting", "bombing", "bombings", "seizure", "crackdown");
    /** Words that may stand between a speech act and the act noun it takes ("condemned the latest move"). */
    private static final Set<String> ACT_DETERMINERS = Set.of("the", "this", "that", "these", "those", "such", "its",
            "their", "latest", "recent", "new", "unilateral", "planned");

    /** Where the nearest mention of a speaker before its verb starts, or the verb when none is. */
    private static int speakerStart(List<ActorMention> mentions, String speaker, int verb) {
        int at = verb;
        for (ActorMention m : mentions) {
            if (m.end() <= verb && m.codes().contains(speaker)) {
                at = m.start();
            }
        }
        return at;
    }

    /** Whether the object of a speech act is an act named by a noun: "condemned the move", "criticized this decision". */
    private static boolean actObject(Sentence s, int from) {
        for (int i = from; i < Math.min(s.size(), from + 3); i++) {
            if (ACT_NOUNS.contains(s.lower(i))) {
                return i > from || !s.lower(i).equals("order"); // "ordered ..." is no object
            }
            if (!ACT_DETERMINERS.contains(s.lower(i))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a speaker opens a relative clause on an act: "a decision the UN condemned", "..., which Seoul criticized". */
    private static boolean actBefore(Sentence s, int speakerAt) {
        int k = speakerAt - 1;
        if (k >= 0 && s.lower(k).equals("the")) {
            k--;
        }
        return k >= 0 && (ACT_NOUNS.contains(s.lower(k)) || s.lower(k).equals("which") && k > 0 && s.lower(k - 1).equals(","));
    }

    /**
     * The actor of an act before a position: the source of the last act coded before it, or, for the
     * speaker's own side's act, its target ("handed back an Indian pilot in what Khan called a gesture");
     * when no act was coded, the nearest actor named before it that is not the speaker's side.
     */
    private static List<String> actorOfAct(List<ActorMention> mentions, List<CodedAct> acts, String speaker, int before) {
        CodedAct last = null;
        for (CodedAct a : acts) {
            // of a reciprocal act ("signed a pact with Haiti") the subject's coding comes first and is kept
            if (a.verb().start() < before && a.target() != null && (last == null || a.verb().start() != last.verb().start())) {
                last = a;
            }
        }
        if (last != null && !ownSide(speaker, List.of(last.source()))) {
            return List.of(last.source());
        }
        if (last != null && !ownSide(speaker, List.of(last.target()))) {
            return List.of(last.target());
        }
        return actorBefore(mentions, speaker, before);
    }

    /**
     * The speaker of an earlier verb that a speech act after "and" continues, when the act's source is
     * only named inside that speaker's words ("China's coast guard accused the Philippines of ... and
     * demanded that Manila withdraw"): the coordinated verb shares the first verb's subject. Else null.
     */
    private static String coordinatedSpeaker(Sentence s, List<ActorMention> mentions, VerbMatch v, String source,
                                             Map<String, Integer> verbalAt, Map<String, Integer> saidAt) {
        if (v.start() == 0 || !s.lower(v.start() - 1).equals("and")) {
            return null;
        }
        String earlier = null;
        int at = -1;
        for (Map<String, Integer> verbs : List.of(verbalAt, saidAt)) {
            for (Map.Entry<String, Integer> e : verbs.entrySet()) {
                if (e.getValue() < v.start() && e.getValue() > at) {
                    earlier = e.getKey();
                    at = e.getValue();
                }
            }
        }
        if (earlier == null || earlier.equals(source)) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.codes().contains(source) && m.end() <= v.start() && m.start() < at) {
                return null; // the source is named before the first verb too: it may be its own subject
            }
        }
        return earlier;
    }

    /** The source of the last act before a position done to the speaker's side by another, or none. */
    private static List<String> actorAgainstOwnSide(List<CodedAct> acts, String speaker, int before) {
        CodedAct last = null;
        for (CodedAct a : acts) {
            if (a.verb().start() < before && a.target() != null) {
                last = a;
            }
        }
        return last != null && claims(speaker, last.target()) && !claims(speaker, last.source()) ? List.of(last.source()) : List.of();
    }

    /** The targets of the speaker's side's last act before a position, other than its own side. */
    private static List<String> targetsOfOwnAct(List<CodedAct> acts, String speaker, int before) {
        VerbMatch last = null;
        for (CodedAct a : acts) {
            if (a.verb().start() < before && claims(speaker, a.source()) && a.target() != null) {
                last = a.verb();
            }
        }
        List<String> out = new ArrayList<>();
        for (CodedAct a : acts) {
            if (a.verb() == last && claims(speaker, a.source()) && !ownSide(speaker, List.of(a.target()))
                    && !out.contains(a.target())) {
                out.add(a.target());
            }
        }
        return out;
    }

    /** A speech act with the source its speaker speaks for ("Islamic State's Afghan affiliate claimed ..."). */
    private static CodedAct spokenFor(Sentence s, List<ActorMention> mentions, CodedAct a) {
        ActorMention speaker = null;
        for (ActorMention m : mentions) {
            if (m.end() <= a.verb().start() && m.isResolved() && m.code().equals(a.source())) {
                speaker = m;
            }
        }
        ActorMention org = speaker == null ? null : affiliation(s, mentions, speaker);
        return org == null || org == speaker ? a
                : new CodedAct(org.code(), a.target(), a.code(), a.verb(), a.fromToken(), a.toToken(), a.entries());
    }

    /** Units of an organization that speak for it ("Islamic State's Afghan affiliate"). */
    private static final Set<String> AFFILIATES = Set.of("affiliate", "affiliates", "branch", "wing", "arm", "franchise",
            "offshoot", "chapter", "faction", "cell");

    /**
     * The organization a speaker speaks for when the sentence names it first: an official's organization
     * before the role and the name ("African Union mediator Olusegun Obasanjo", whom the dictionaries know
     * as a Nigerian), and the owner of a regional branch ("Islamic State's Afghan affiliate"); else the speaker.
     */
    private static ActorMention affiliation(Sentence s, List<ActorMention> mentions, ActorMention speaker) {
        for (ActorMention m : mentions) {
            if (m.end() > speaker.start() || !m.isResolved() || m.locative()) {
                continue;
            }
            boolean organization = m.code().startsWith("IGO") || m.code().startsWith("NGO");
            int gap = speaker.start() - m.end();
            boolean role = organization && !m.possessive() && speaker.kind() == ActorMention.Kind.PERSON && gap >= 1 && gap <= 3
                    && lowerCaseRun(s, m.end(), speaker.start()) && !sameCountry(m.code(), speaker.code());
            boolean branch = m.possessive() && m.end() < s.size() && s.lower(m.end()).equals("'s") && m.end() + 1 == speaker.start()
                    && speaker.end() < s.size() && AFFILIATES.contains(s.lower(speaker.end())) && !m.code().equals(speaker.code());
            if (role || branch) {
                return m;
            }
        }
        return speaker;
    }

    private static boolean lowerCaseRun(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            String t = s.token(i).text();
            if (t.isEmpty() || !t.chars().allMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return true;
    }

    /** The nearest actor named before a position that is not the speaker's side, or none. */
    private static List<String> actorBefore(List<ActorMention> mentions, String speaker, int before) {
        List<String> out = List.of();
        for (ActorMention m : mentions) {
            if (m.end() <= before && m.isResolved() && !m.locative() && !ownSide(speaker, m.codes())) {
                out = m.codes();
            }
        }
        return out;
    }

    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "itself", "themselves");
    /** Statuses a declaration confers ("declared the outbreak a pandemic", "declared three days of national mourning"). */
    private static final Set<String> STATUSES = Set.of("pandemic", "epidemic", "emergency", "independence", "disaster",
            "winner", "victor", "elected", "mourning", "holiday", "curfew", "martial", "lockdown");

    /**
     * A declaration that confers a status rather than reports words: "declared himself interim
     * president", "declared the outbreak a pandemic" (formal acts, GOLD-SET.md Statements).
     */
    private static boolean proclamation(Sentence s, VerbMatch v) {
        if (!s.lower(v.start()).startsWith("declar") || v.end() >= s.size()) {
            return false;
        }
        if (REFLEXIVES.contains(s.lower(v.end()))) {
            return true;
        }
        for (int i = v.end(); i < Math.min(s.size(), v.end() + 8); i++) {
            String w = s.lower(i);
            if (STOPS.contains(w) || w.equals(",") || w.equals("\"") || w.equals("'")) {
                return false;
            }
            if (STATUSES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actors coordinated before a speaker that open the clause with it ("Britain, France, Germany
     * and the United States said"): the last joined by "and", the list at the start of the sentence
     * or of a clause, so that "... with Chinese officials, the State Department said" is one speaker.
     */
    private static List<ActorMention> conjuncts(Sentence s, List<ActorMention> mentions, ActorMention speaker) {
        List<ActorMention> out = new ArrayList<>();
        ActorMention next = speaker;
        for (int i = mentions.indexOf(speaker) - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            boolean joined = m.end() < next.start() && m.isResolved() && !m.locative() && !m.possessive();
            boolean and = false;
            for (int t = m.end(); t < next.start() && joined; t++) {
                String w = s.lower(t);
                joined = w.equals(",") || w.equals("and") || w.equals("the") && t == next.start() - 1;
                and |= w.equals("and");
            }
            if (!joined || out.isEmpty() && !and) {
                break;
            }
            out.add(m);
            next = m;
        }
        if (out.isEmpty()) {
            return out;
        }
        int first = next.start() > 0 && s.lower(next.start() - 1).equals("the") ? next.start() - 1 : next.start();
        boolean authors = first >= 2 && s.lower(first - 1).equals("by") && REPORTS.contains(s.lower(first - 2));
        return first == 0 || STOPS.contains(s.lower(first - 1)) || authors ? out : List.of();
    }

    /** Works whose authors speak through them: "a joint investigation by the United Nations and the OPCW found". */
    private static final Set<String> REPORTS = Set.of("investigation", "inquiry", "report", "study", "probe", "review",
            "statement", "assessment", "analysis");

    /** "..., said Lavrov", "\"...\" said the ministry": a reporting verb after a comma or a quote, or opening the sentence. */
    private static boolean inverted(Sentence s, VerbMatch v) {
        if (v.formText().equals("according to") || v.start() == 0) {
            return true;
        }
        String w = s.lower(v.start() - 1);
        return w.equals(",") || w.equals("\"") || w.equals("'");
    }

    /** State organs a report names without their state ("its interior ministry", "prosecutor", "soldiers"), and its opposition. */
    private static final Set<String> ORGANS = Set.of("GOV", "LEG", "JUD", "COP", "MIL", "OPP");

    /**
     * The mentions with an organ that names no state given its state when the sentence does: the
     * possessor before it ("Istanbul's chief prosecutor"), the place after it ("soldiers in Niger"),
     * or the one country the sentence names ("Turnout in Iran's run-off rose ..., the interior ministry said").
     */
    private static List<ActorMention> withOrgansPlaced(Sentence s, List<ActorMention> mentions) {
        Set<String> countries = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            String c = m.placeCode() != null ? m.placeCode() : m.code();
            if (c != null && org.touchstone.coder.actor.Coreference.isCountryCode(c)) {
                countries.add(c.substring(0, 3));
            }
        }
        List<ActorMention> out = new ArrayList<>(mentions);
        for (int i = 0; i < out.size(); i++) {
            ActorMention m = out.get(i);
            if (m.kind() != ActorMention.Kind.AGENT_ONLY || m.isResolved() || !ORGANS.contains(String.valueOf(m.sector()))) {
                continue;
            }
            String country = null;
            for (ActorMention o : mentions) {
                String c = o.placeCode() != null ? o.placeCode() : o.code();
                if (c == null || !org.touchstone.coder.actor.Coreference.isCountryCode(c)) {
                    continue;
                }
                boolean owner = o.possessive() && o.end() < m.start() && m.start() - o.end() <= 3;
                boolean place = o.locative() && o.start() == m.end() + 1 && s.lower(m.end()).equals("in");
                if (owner || place) {
                    country = c.substring(0, 3);
                }
            }
            if (country == null && countries.size() == 1) {
                country = countries.iterator().next();
            }
            if (country != null) {
                out.set(i, m.withCodes(List.of(country + m.sector()), ActorMention.Kind.COMPOSED, List.of("organ of:" + country)));
            }
        }
        return out;
    }

    /** A force verb in the words that no coded act came from (its target unnamed or not an actor). */
    private static boolean uncodedForce(VerbMatch v, List<CodedAct> acts) {
        return v.entry().kind() == VerbEntry.Kind.ACT && forceCode(v) != null && acts.stream().noneMatch(a -> a.verb() == v);
    }

    /**
     * The code of a concrete act of violence (not posture, root 15: "China's military build-up" is
     * characterized, not alleged): the verb's pattern's, else its entry's first when all its codes are such acts.
     */
    private static String forceCode(VerbMatch v) {
        if (v.pattern().code() != null) {
            return violent(v.pattern().code()) ? v.pattern().code() : null;
        }
        String first = null;
        for (var p : v.entry().patterns()) {
            if (p.code() != null) {
                if (!violent(p.code())) {
                    return null;
                }
                first = first == null ? p.code() : first;
            }
        }
        return first;
    }

    /**
     * Words between "by" and the agent of a passive ("by their Russian captors", "by an Israeli drone");
     * not "the", which as often opens a thing the name only modifies ("killed by the Malaysia Airlines crash").
     */
    private static final Set<String> AGENT_DETERMINERS = Set.of("a", "an", "their", "its", "his", "her");

    /** Who used the force: "Iran fired", "an Israeli strike", "fired by Iran". */
    private static ActorMention forceSource(Sentence s, List<ActorMention> mentions, VerbMatch v) {
        if (v.source() != null && v.source().isResolved() && !v.source().locative()) {
            return v.source();
        }
        ActorMention before = null;
        for (ActorMention m : mentions) {
            if (!m.isResolved() || m.locative()) {
                continue;
            }
            if (m.end() == v.start()) {
                before = m;
            }
            int agent = v.end() + 1 < s.size() && AGENT_DETERMINERS.contains(s.lower(v.end() + 1)) ? v.end() + 2 : v.end() + 1;
            if (v.end() + 1 < s.size() && s.lower(v.end()).equals("by") && m.start() == agent) {
                return m; // "fired by Iran", "tortured by their Russian captors"
            }
        }
        return before;
    }

    /**
     * The code of a speech act the speaker made just before a coordinated "..., saying", when no event
     * came of it because it names no actor ("dismissed the African peace proposal, saying ...").
     */
    private static String uncodedSpeechBefore(Sentence s, List<VerbMatch> verbs, List<CodedAct> acts, VerbMatch saying) {
        VerbMatch last = null;
        for (VerbMatch o : verbs) {
            boolean uncoding = o.entry().kind() == VerbEntry.Kind.VERBAL && o.pattern().code() == null; // "the Pope's call"
            if (o.start() < saying.start() && !o.nominal() && o.entry().kind() != VerbEntry.Kind.ACT && !uncoding) {
                last = o;
            }
        }
        VerbMatch act = last;
        if (act == null || act.entry().kind() != VerbEntry.Kind.VERBAL || act.pattern().code() == null
                || negated(s, act.start()) || acts.stream().anyMatch(a -> a.verb() == act)) {
            return null;
        }
        return act.pattern().code();
    }

    /**
     * A stance act's country target made the government of that country when the words name it: "will
     * travel to Beijing for talks with Chinese officials" is about the Chinese government. Only the
     * government: its forces or people named beside it are parts of the act, not its addressee.
     */
    private static List<String> refined(Sentence s, List<ActorMention> mentions, String speaker, List<String> targets,
                                        int from, int to) {
        List<String> out = new ArrayList<>(targets);
        for (int i = 0; i < out.size(); i++) {
            String t = out.get(i);
            for (ActorMention m : mentions) {
                if (t != null && t.length() == 3 && m.isResolved() && !m.locative() && m.start() >= from && m.start() < to
                        && m.code().length() == 6 && m.code().endsWith("GOV") && m.kind() != ActorMention.Kind.COREFERENCE
                        && sameCountry(m.code(), t) && !ownSide(speaker, m.codes()) && !out.contains(m.code())) {
                    out.set(i, m.code());
                    break;
                }
            }
        }
        return out;
    }

    private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("at", "in", "during", "on", "after", "before", "while",
            "following", "from", "ahead");

    /**
     * Where the words begin after a circumstance of the saying: "said at a joint news conference with
     * Scholz that Israel ..." speaks of Israel, not of Scholz. A circumstance opens with a preposition,
     * after the one told if it names no actor ("told reporters after talks with Putin that ..."), and
     * runs without a comma or a quote to "that".
     */
    private static int afterCircumstance(Sentence s, List<ActorMention> mentions, int from) {
        int opener = from;
        while (opener < Math.min(s.size(), from + 5) && !CIRCUMSTANCE_OPENERS.contains(s.lower(opener))
                && s.token(opener).isWord() && !s.token(opener).isCapitalized() && !s.lower(opener).equals("that")
                && !startsMention(mentions, opener)) {
            opener++; // the one told, when no actor: "reporters", "his counterparts" ("told Biden at ..." keeps Biden)
        }
        if (opener >= s.size() || !CIRCUMSTANCE_OPENERS.contains(s.lower(opener))) {
            return from;
        }
        for (int i = opener + 1; i < Math.min(s.size(), opener + 15); i++) {
            String w = s.lower(i);
            if (w.equals("that")) {
                return i + 1;
            }
            if (w.equals(",") || w.equals("\"") || w.equals(";")) {
                return from;
            }
        }
        return from;
    }

    private static boolean startsMention(List<ActorMention> mentions, int at) {
        for (ActorMention m : mentions) {
            if (m.start() <= at && at < m.end() && m.isResolved()) {
                return true;
            }
        }
        return false;
    }

    /** Conjunctions that open a contrasting clause after a comma ("..., but U.S. officials said ..."). */
    private static final Set<String> CONTRASTS = Set.of("but", "while", "whereas", "although", "though");

    /**
     * Where reported words end when a contrasting clause with another reporting verb follows: "Russia began
     * strikes, saying it was targeting Islamic State, but U.S. officials said ..." -- the officials' words
     * are not Russia's.
     */
    private static int beforeOtherSpeaker(Sentence s, List<VerbMatch> verbs, VerbMatch v, int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            if (!CONTRASTS.contains(s.lower(i)) || !(s.lower(i - 1).equals(",") || s.lower(i - 1).equals(";"))) {
                continue;
            }
            for (VerbMatch o : verbs) {
                if (o != v && o.start() > i && o.entry().kind() == VerbEntry.Kind.SAY && o.pattern().code() == null) {
                    return i - 1;
                }
            }
        }
        return to;
    }

    /** Words with a negation ("had not invaded"): R3e, no remark event. */
    private static boolean negatedWords(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (NEGATORS.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** Any verb of the dictionary in the words other than a reporting verb. */
    private static boolean hasVerbIn(List<VerbMatch> verbs, int from, int to) {
        for (VerbMatch v : verbs) {
            if (v.start() >= from && v.start() < to && v.entry().kind() != VerbEntry.Kind.SAY) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasActIn(List<CodedAct> acts, int from, int to) {
        for (CodedAct a : acts) {
            if (a.verb().start() >= from && a.verb().start() < to) {
                return true;
            }
        }
        return false;
    }

    /** Roots of words rather than deeds: statements, appeals, intents, diplomatic cooperation, demands, disapproval, rejection, threats. */
    private static boolean verbalRoot(String code) {
        String root = code.length() >= 2 ? code.substring(0, 2) : code;
        return switch (root) {
            case "01", "02", "03", "05", "10", "11", "12", "13" -> true;
            default -> false;
        };
    }

    /**
     * The actors that verbs in the words act on directly ("to pressure Myanmar", "stop backing Maduro"),
     * other than the speaker's side: not those after a preposition ("talks under the Minsk Group").
     */
    private static List<String> objectsOfActs(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, String speaker,
                                              int from, int to) {
        List<String> out = new ArrayList<>();
        for (ActorMention m : mentions) {
            int k = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 1 : m.start();
            if (m.start() < from || m.start() >= to || !m.isResolved() || m.locative() || ownSide(speaker, m.codes())) {
                continue;
            }
            for (VerbMatch o : verbs) {
                if (o.end() == k && !o.nominal() && o.entry().kind() != VerbEntry.Kind.SAY) {
                    out.addAll(m.codes());
                }
            }
        }
        return out;
    }

    /**
     * Whether a speech act is what an appeal or demand before it in the clause asked its source to do
     * ("urged Washington to stop criticising Beijing", "demanded that Serbia condemn the attack"): not said.
     */
    private static boolean asked(Sentence s, List<CodedAct> acts, VerbMatch v, String source) {
        for (CodedAct b : acts) {
            if (b.verb() == v || !appeal(b.code()) || !source.equals(b.target()) || b.verb().start() >= v.start()) {
                continue;
            }
            boolean clause = true;
            for (int i = b.verb().end(); i < v.start() && clause; i++) {
                clause = !s.lower(i).equals(",") && !s.lower(i).equals(";");
            }
            if (clause) {
                return true;
            }
        }
        return false;
    }

    /** Appeals (02) and demands (10): acts asked of their target, often toward another actor. */
    private static boolean appeal(String code) {
        return code.startsWith("02") || code.startsWith("10");
    }

    /** Use of force, military posture or violence (roots 15, 18, 19, 20 and 170, 171x, 175). */
    private static boolean isForce(String code) {
        return code.startsWith("15") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20")
                || code.equals("170") || code.startsWith("171") || code.equals("175");
    }

    private static boolean violent(String code) {
        return isForce(code) && !code.startsWith("15");
    }

    /** The allegation a victim or monitor makes of an act of force (GOLD-SET.md, Statements, code). */
    private static String allegationOf(String code) {
        if (code.startsWith("20")) {
            return "1124"; // mass atrocities, chemical weapons
        }
        if (code.startsWith("18") || code.equals("175")) {
            return "1122"; // abuse of persons
        }
        return "1123"; // force and military posture
    }

    private StatementDraft draft(Sentence s, List<ActorMention> mentions, String speaker, List<String> targets,
                                 String code, int from, int to, int spanFrom, List<String> entries) {
        AllusionDetector.Allusion allusion = allusions.find(s, from, to);
        boolean named = allusion == null || !targets.isEmpty() && !targets.contains("UIS") && !targetsInsideAllusion(mentions, allusion, targets)
                && referent(s, mentions) == null;
        if (allusion != null && targets.contains("UIS")) {
            targets = new ArrayList<>(targets);
            targets.remove("UIS");
            named = false;
        }
        ActorMention meant = veiledReferent(s, mentions);
        if (meant != null && !targets.containsAll(meant.codes()) && !ownSide(speaker, meant.codes())) {
            // "..., in an apparent reference to China": the words allude to it, named or not
            targets = new ArrayList<>(targets);
            targets.addAll(meant.codes());
            named = false;
        }
        if (allusion != null) {
            // "some politicians in the Philippines", "the occupation": the allusion's country or region
            String alluded = allusion.code() != null && !allusion.code().equals("UIS") ? allusion.code() : placeAfter(s, mentions, allusion);
            if (alluded != null && !targets.contains(alluded) && !ownSide(speaker, List.of(alluded))) {
                targets = new ArrayList<>(targets);
                targets.add(alluded);
            }
        }
        targets = withConjoined(s, mentions, speaker, targets, from, to);
        if (code.startsWith("112") && !targets.isEmpty()) {
            targets = withoutVictims(s, mentions, targets, from, to, true);
        }
        Audience audience = audiences.detect(s, speaker, mentions, targets);
        ActorMention body = AudienceDetector.addressedBody(s, mentions);
        if (body != null && !Collections.disjoint(targets, body.codes())) {
            targets = new ArrayList<>(targets);
            targets.removeAll(body.codes()); // "told the Security Council that ...": the forum heard the words
        }
        ActorMention addressee = audience == Audience.TARGET ? AudienceDetector.addressee(s, mentions) : null;
        if (addressee != null && !ownSide(speaker, addressee.codes()) && !aboutCountryOf(targets, addressee.code())) {
            // words said to the target are about it too ("In a letter to Xi, Biden said ...")
            targets = new ArrayList<>(targets);
            targets.addAll(addressee.codes());
        }
        targets = withoutPeopleBesideActors(targets);
        if (countriesSpokenOf(s, from, to)) {
            targets = asCountries(targets); // "told Putin that he hoped to develop relations between the two countries"
        }
        return new StatementDraft(speaker, List.copyOf(withoutBareCountries(targets)), named, code, audience, quote(s, from, to),
                Math.max(0, Math.min(spanFrom, from)), s.size(), List.copyOf(new LinkedHashSet<>(entries)));
    }

    /**
     * Civilians and refugees beside an actor are the people an act was done to, not whom the words are
     * about ("claimed the bombing that killed 13 US service members and scores of Afghans" is about the
     * US troops); alone, they are ("told striking workers that ...").
     */
    private static List<String> withoutPeopleBesideActors(List<String> targets) {
        List<String> actors = targets.stream().filter(t -> t.length() < 6 || !PEOPLE.contains(t.substring(3, 6))).toList();
        return actors.isEmpty() ? targets : actors;
    }

    /** Words that make the countries themselves what is spoken of: "relations between the two countries". */
    private static final Set<String> COUNTRY_NOUNS = Set.of("countries", "nations");
    private static final Set<String> PAIR_WORDS = Set.of("two", "both");

    private static boolean countriesSpokenOf(Sentence s, int from, int to) {
        for (int i = Math.max(1, from); i < Math.min(to, s.size()); i++) {
            if (COUNTRY_NOUNS.contains(s.lower(i)) && PAIR_WORDS.contains(s.lower(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A government's targets as their countries ("RUSGOV" -> "RUS"), other actors unchanged. */
    private static List<String> asCountries(List<String> targets) {
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            String c = t.length() == 6 && t.endsWith("GOV") && org.touchstone.coder.actor.Coreference.isCountryCode(t)
                    ? t.substring(0, 3) : t;
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Sectors of people an act of violence or abuse is done to, not by. */
    private static final Set<String> PEOPLE = Set.of("CVL", "REF");

    /**
     * An allegation is about the accused, not the victims: civilians and refugees, and those the act
     * was "against" or "on" ("used chemical agents against Ukrainian troops", "genocide against
     * Palestinians", "blamed Iran for the attacks on Saudi oil facilities"),
     * unless no one else is named (when {@code keepAlone}).
     */
    private static List<String> withoutVictims(Sentence s, List<ActorMention> mentions, List<String> targets, int from, int to,
                                               boolean keepAlone) {
        Set<String> victims = new LinkedHashSet<>();
        for (ActorMention m : mentions) {
            int k = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 1 : m.start();
            boolean against = k > 0 && (s.lower(k - 1).equals("against") || attackedOn(s, k - 1)) && m.start() >= from && m.start() < to;
            if (k > 0 && s.lower(k - 1).equals("by")) {
                continue; // "carried out by the Americans": the agent
            }
            for (String c : m.codes()) {
                if (against || c.length() >= 6 && PEOPLE.contains(c.substring(3, 6))) {
                    victims.add(c);
                }
            }
        }
        List<String> accused = new ArrayList<>(targets);
        accused.removeAll(victims);
        return accused.isEmpty() && keepAlone ? targets : accused;
    }

    /** Nouns of an attack whose "on" names what was struck: "the drone attacks on Saudi oil facilities". */
    private static final Set<String> ATTACK_NOUNS = Set.of("attack", "attacks", "strike", "strikes", "assault", "assaults",
            "raid", "raids", "bombing", "bombings", "bombardment", "shelling", "aggression");

    /** Whether token k is the "on" of an attack ("attacks on", "an assault on British sovereignty"). */
    private static boolean attackedOn(Sentence s, int k) {
        return k > 0 && s.lower(k).equals("on") && ATTACK_NOUNS.contains(s.lower(k - 1));
    }

    /**
     * A country's bare code beside one of its actors is that actor's possessor or place, not a second
     * target: "Myanmar's top generals ... the army" is about MMRMIL, "Palestinian factions including Hamas" about PSEREB.
     */
    private static List<String> withoutBareCountries(List<String> targets) {
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            boolean specific = t.length() == 3 && targets.stream().anyMatch(o -> o.length() > 3 && sameCountry(o, t));
            if (!specific) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether an actor is the speaker's own side, which it speaks for rather than about: itself, its
     * country, and for a state organ its state's other organs. An opposition, rebels or civilians
     * speak about their government and forces ("the army should stop backing Maduro").
     */
    /** The actor of the words that "must" or "should" do something, not the speaker's own side; null when none. */
    private static ActorMention obliged(Sentence s, List<ActorMention> mentions, String speaker, int from, int to) {
        for (ActorMention m : mentions) {
            if (m.start() >= from && m.end() < Math.min(to, s.size()) && m.isResolved() && !m.locative() && !m.possessive()
                    && (s.lower(m.end()).equals("must") || s.lower(m.end()).equals("should"))
                    && !ownSide(speaker, m.codes())) {
                return m;
            }
        }
        return null;
    }

    private static boolean ownSide(String speaker, List<String> codes) {
        for (String c : codes) {
            if (c.equals(speaker) || c.startsWith("IGO") && c.length() >= 6 && speaker.startsWith(c)) {
                return true; // an organ speaks for its organization too ("U.N. inspectors" of the IAEA)
            }
            if (sameCountry(speaker, c) && (c.length() == 3 || isState(c) && isState(speaker)
                    || !isState(c) && !isState(speaker) && c.regionMatches(3, speaker, 3, 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a speaker reports an actor's acts as its own side's: a state any of its country's (its
     * forces, its firms: "Liu He said Chinese firms would buy ..."), not those who fight or oppose it
     * ("Nigerian officials said Boko Haram militants stormed a school" alleges the rebels' act); an
     * opposition, rebels or civilians only their own ("Police detained dozens, opposition activists said").
     */
    private static boolean claims(String speaker, String source) {
        return ownSide(speaker, List.of(source)) || isState(speaker) && sameCountry(speaker, source) && !againstState(source);
    }

    /** Sectors that stand against their state: its opposition, rebels, insurgents, separatists, armed groups. */
    private static final Set<String> AGAINST_STATE = Set.of("OPP", "REB", "INS", "SEP", "UAF");

    private static boolean againstState(String code) {
        return code.length() >= 6 && AGAINST_STATE.contains(code.substring(3, 6));
    }

    /**
     * Whether an actor is of a state speaker's home but not the state (its citizens, companies,
     * opposition): spoken about when nothing abroad is ("police warned that protesters would be
     * arrested"), and not beside a foreign target ("the US is hobbling Chinese firms" is about the US).
     */
    private static boolean home(String speaker, List<String> codes) {
        for (String c : codes) {
            if (sameCountry(speaker, c) && isState(speaker) && !isState(c)) {
                return true;
            }
        }
        return false;
    }

    /** A country itself or one of its state organs (a state's media speak for it too: KCNA, Xinhua). */
    private static boolean isState(String code) {
        return code.length() == 3 || STATE_ORGANS.contains(code.substring(3, 6));
    }

    private static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "MED");

    /** The country of a place right after an allusion ("some politicians in the Philippines"), or null. */
    private static String placeAfter(Sentence s, List<ActorMention> mentions, AllusionDetector.Allusion a) {
        if (a.end() >= s.size() || !s.lower(a.end()).equals("in")) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.start() > a.end() && m.start() <= a.end() + 2 && m.isResolved()) {
                return m.placeCode() != null ? m.placeCode() : m.code();
            }
        }
        return null;
    }

    /** Whether a target is already the actor or another of its country (its leader and its state are one target). */
    private static boolean aboutCountryOf(List<String> targets, String code) {
        for (String t : targets) {
            if (t.equals(code) || sameCountry(t, code)) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions whose actor is an object of something, not a speaker. */
    static final Set<String> OBJECT_PREPOSITIONS = Set.of("with", "to", "by", "of", "on", "about", "against", "for");
    /** The same and the place prepositions. */
    static final Set<String> OBJECT_OR_PLACE_PREPOSITIONS = Set.of("with", "to", "by", "of", "on", "about", "against",
            "for", "in", "at");

    private static boolean sameCountry(String a, String b) {
        return a != null && b != null && org.touchstone.coder.actor.Coreference.isCountryCode(a)
                && org.touchstone.coder.actor.Coreference.isCountryCode(b) && a.substring(0, 3).equals(b.substring(0, 3));
    }

    private static boolean targetsInsideAllusion(List<ActorMention> mentions, AllusionDetector.Allusion a, List<String> targets) {
        for (ActorMention m : mentions) {
            if (m.start() >= a.start() && m.start() <= a.end() + 3 && targets.containsAll(m.codes())) {
                return true;
            }
        }
        return false;
    }

    /** The quoted words if the sentence quotes, else the reported words. */
    private static String quote(Sentence s, int from, int to) {
        int open = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).text().equals("\"")) {
                if (open < 0) {
                    open = i;
                } else {
                    return s.text(open + 1, i);
                }
            }
        }
        // the words begin after the addressee and the time of saying: "told reporters on Tuesday that ..."
        for (int i = from; i < Math.min(to, from + 8); i++) {
            if (s.lower(i).equals("that")) {
                boolean preamble = true;
                for (int k = from; k < i && preamble; k++) {
                    preamble = PREAMBLE.contains(s.lower(k)) || s.token(k).isCapitalized();
                }
                if (preamble) {
                    from = i + 1;
                }
                break;
            }
        }
        boolean skipped = true;
        while (skipped && from < to) {
            skipped = false;
            if (s.lower(from).equals("that") || s.lower(from).equals(",")) {
                from++;
                skipped = true;
            } else if (TIME_OPENERS.contains(s.lower(from)) && from + 1 < to && TIME_WORDS.contains(s.lower(from + 1))) {
                from += 2; // "on Tuesday", "last week"
                skipped = true;
            } else if (TIME_WORDS.contains(s.lower(from)) && (s.lower(from).equals("yesterday") || s.lower(from).equals("today"))) {
                from++;
                skipped = true;
            }
        }
        while (to > from && !s.token(to - 1).isWord()) {
            to--;
        }
        return s.text(from, to);
    }

    private static final Set<String> TIME_OPENERS = Set.of("on", "last", "this", "late", "early", "earlier", "next");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "week", "month", "year", "night", "morning", "evening", "afternoon", "weekend",
            "yesterday", "today");
    /** What may stand between a reporting verb and "that": the addressee and the time. */
    private static final Set<String> PREAMBLE = Set.of("reporters", "journalists", "lawmakers", "parliament", "the",
            "a", "an", "his", "her", "their", "its", "on", "in", "at", "last", "this", "late", "early", "earlier",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "night",
            "morning", "evening", "afternoon", "weekend", "yesterday", "today", "news", "conference", "briefing",
            "rally", "supporters", "audience", "crowd", "interview", "statement", "speech", "address", "also", "again");

    private static final Set<String> CIRCUMSTANCE = Set.of("on", "in", "at", "after", "during", "before", "late",
            "earlier", "last", "this", "yesterday", "today", "according", "while", "when", "as", "adding", "citing");

    /** After a trailing "X said": nothing, a short circumstance ("on Tuesday", "in a statement") or a participle. */
    private static boolean onlyCircumstanceAfter(Sentence s, int from) {
        if (from > 0 && from < s.size() && ADDRESSEE_VERBS.contains(s.lower(from - 1))) {
            // "..., Erdogan told a rally in Ankara": the one told, then only a circumstance
            for (int i = from; i < s.size(); i++) {
                if (s.lower(i).equals("that") || s.lower(i).equals(":") || s.lower(i).equals("\"")) {
                    return false;
                }
            }
            int k = from + 1;
            // the one told: "reporters", "a rally in Ankara", "state media"
            while (k < Math.min(s.size(), from + 5) && s.token(k).isWord() && !CIRCUMSTANCE.contains(s.lower(k))
                    && (DETERMINERS.contains(s.lower(from)) || !s.token(k).isCapitalized())) {
                k++;
            }
            from = k;
        }
        int words = 0;
        for (int i = from; i < s.size(); i++) {
            if (s.token(i).isWord()) {
                // a participle ("..., the ministry said, adding ..."), not a name ending so ("Beijing", "Xi Jinping")
                boolean participle = s.lower(i).endsWith("ing") && !s.token(i).isCapitalized();
                if (words == 0 && (CIRCUMSTANCE.contains(s.lower(i)) || participle || timeBefore(s, i))) {
                    return true;
                }
                words++;
            }
        }
        return words <= 2;
    }

    private static final Set<String> ADDRESSEE_VERBS = Set.of("told", "tells", "tell");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its");

    private static final Set<String> SPANS = Set.of("a", "an", "one", "two", "three", "four", "five", "few", "several", "just",
            "only", "shortly", "soon", "moments", "minutes", "hours", "days", "weeks", "months", "years", "day", "week",
            "month", "year", "hour");

    /** Words that end a span of time told as a time of saying: "a day later", "two weeks ago". */
    private static final Set<String> LATER = Set.of("later", "earlier", "ago");

    /** "..., the ministry said, days after Helsinki joined ...": a span of time before an after/before clause. */
    private static boolean timeBefore(Sentence s, int i) {
        for (int k = i; k < Math.min(s.size(), i + 4); k++) {
            String w = s.lower(k);
            if ((w.equals("after") || w.equals("before")) && k > i || LATER.contains(w) && (k > i || SPANS.contains(w))) {
                return true; // "..., days after ...", "..., the group confirmed a day later"
            }
            if (!SPANS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Words after a reporting verb: "X said that ..." rather than "..., X said." */
    private static boolean hasWordsAfter(Sentence s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (s.token(i).isWord()) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(Sentence s, int verb) {
        for (int i = Math.max(0, verb - 3); i < verb; i++) {
            if (NEGATORS.contains(s.lower(i))) {
                return true;
            }
        }
        if (verb >= 2 && s.lower(verb - 1).equals("to") && FAILING.contains(s.lower(verb - 2))) {
            return true; // "criticising Iran for failing to explain ...": what was not done was not said
        }
        // "Neither Washington nor Beijing has commented"
        for (int i = verb - 1; i >= 0 && verb - i <= 10; i--) {
            if (STOPS.contains(s.lower(i)) || s.lower(i).equals(",")) {
                break;
            }
            if (s.lower(i).equals("neither")) {
                return true;
            }
        }
        return false;
    }

    /** The subject of a reporting verb: the nearest actor before it, not across a clause boundary or a quote. */
    private static ActorMention before(Sentence s, List<ActorMention> mentions, int verb) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.end() > verb) {
                continue;
            }
            if (verb - m.end() > 10) {
                return null;
            }
            boolean comma = false;
            for (int t = m.end(); t < verb; t++) {
                if (STOPS.contains(s.lower(t)) || s.lower(t).equals("\"")) {
                    return null;
                }
                comma |= s.lower(t).equals(",");
            }
            // "... pushing Kyiv toward escalation, Dmitry Peskov told": an actor before a comma
            // belongs to the words, unless it opens the sentence ("Medvedev, deputy chairman ..., warned")
            if (comma && m != firstResolved(mentions) && !s.lower(verb - 1).equals(",")) {
                return null;
            }
            if (m.locative() || m.possessive() && !ownerOfRole(s, m, verb) || !m.isResolved()
                    || s.lower(m.start()).equals("him") || s.lower(m.start()).equals("her")) {
                continue;
            }
            String prep = m.start() > 0 ? s.lower(m.start() - 1) : "";
            if (OBJECT_PREPOSITIONS.contains(prep)) {
                continue;
            }
            return m;
        }
        return null;
    }

    /**
     * A possessor whose official speaks: "NATO's secretary general said", "Iran's supreme leader
     * told" (a role the dictionaries do not name): up to three lower-case words between "'s" and the verb.
     */
    private static boolean ownerOfRole(Sentence s, ActorMention m, int verb) {
        int from = m.end() < s.size() && s.lower(m.end()).equals("'s") ? m.end() + 1 : m.end();
        if (verb - from < 1 || verb - from > 3) {
            return false;
        }
        for (int i = from; i < verb; i++) {
            String t = s.token(i).text();
            if (!t.chars().allMatch(Character::isLowerCase) || ROLE_STOPS.contains(t)) {
                return false;
            }
        }
        return true;
    }

    /** Nouns of a state body or official that speaks for its government ("Russia's aviation agency"). */
    private static final Set<String> STATE_BODIES = Set.of("agency", "ministry", "office", "authority", "authorities",
            "regulator", "department", "commission", "committee", "cabinet", "presidency", "government", "embassy",
            "spokesman", "spokeswoman", "spokesperson", "official", "officials", "watchdog");

    /**
     * A country's body named by a role the dictionaries do not know ("Russia's aviation agency confirmed")
     * speaks as its government: the possessor's code with GOV.
     */
    private static ActorMention bodyOfState(Sentence s, ActorMention speaker, int verb) {
        String c = speaker.code();
        if (c == null || c.length() != 3 || !speaker.possessive() || !ownerOfRole(s, speaker, verb)) {
            return speaker;
        }
        for (int i = speaker.end(); i < verb; i++) {
            if (STATE_BODIES.contains(s.lower(i))) {
                return speaker.withCodes(List.of(c + "GOV"), ActorMention.Kind.COMPOSED, List.of("state body:" + s.lower(i)));
            }
        }
        return speaker;
    }

    /** Words after a possessor that make it the owner of a thing, not of an office ("Russia's war has said"). */
    private static final Set<String> ROLE_STOPS = Set.of("of", "and", "or", "has", "have", "had", "was", "were", "is",
            "are", "also", "not", "would", "will");

    /** The sentence's subject: the first actor before the first verb, not after a preposition, a place or a possessor. */
    private static ActorMention firstSubject(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int limit) {
        int firstVerb = limit;
        for (VerbMatch v : verbs) {
            if (!v.nominal()) {
                firstVerb = Math.min(firstVerb, v.start());
                break;
            }
        }
        for (ActorMention m : mentions) {
            if (m.start() >= firstVerb) {
                return null;
            }
            String prep = m.start() > 0 ? s.lower(m.start() - 1) : "";
            if (!m.isResolved() || m.locative() || m.possessive()
                    || OBJECT_OR_PLACE_PREPOSITIONS.contains(prep)) {
                continue;
            }
            return m;
        }
        return null;
    }

    private static ActorMention firstResolved(List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            if (m.isResolved() && !m.locative()) {
                return m;
            }
        }
        return null;
    }

    private static final Set<String> REFERENCE_CUES = Set.of("reference to", "references to", "aimed at", "directed at",
            "swipe at", "dig at", "jab at",
            "alluding to", "an allusion to", "a swipe at", "a dig at");

    /** R14: the actor an allusion is said to mean ("in an apparent reference to Pakistan"), or null. */
    private static ActorMention referent(Sentence s, List<ActorMention> mentions) {
        for (int i = 0; i + 2 < s.size(); i++) {
            String two = s.lower(i) + " " + s.lower(i + 1);
            if (REFERENCE_CUES.contains(two)) {
                int at = s.lower(i + 2).equals("the") ? i + 3 : i + 2;
                for (ActorMention m : mentions) {
                    if (m.start() == at && m.isResolved()) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** Words that make a reference an allusion: "an apparent reference to", "a veiled swipe at". */
    private static final Set<String> VEILED = Set.of("apparent", "veiled", "implicit", "oblique", "indirect", "thinly-veiled",
            "obvious", "clear");

    /** R14 without an allusion phrase: "'We will not be intimidated,' she said, in an apparent reference to China". */
    private static ActorMention veiledReferent(Sentence s, List<ActorMention> mentions) {
        for (int i = 1; i + 2 < s.size(); i++) {
            if (VEILED.contains(s.lower(i - 1)) && REFERENCE_CUES.contains(s.lower(i) + " " + s.lower(i + 1))) {
                int at = s.lower(i + 2).equals("the") ? i + 3 : i + 2;
                for (ActorMention m : mentions) {
                    if (m.start() == at && m.isResolved()) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** An inverted speaker: "..., said Lavrov", "according to the ministry"; not a place ("remarks at the White House"). */
    private static ActorMention after(Sentence s, List<ActorMention> mentions, int from) {
        for (ActorMention m : mentions) {
            if (m.start() >= from && m.start() <= from + 2 && m.isResolved() && !m.locative()) {
                return m;
            }
        }
        return null;
    }
}
