package org.touchstone.coder.event;

import java.util.List;
import java.util.Locale;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.PatternElement;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * The clause around a verb: where its group begins, negation, modality, passive voice, and the
 * clauses (time, condition, relative, reported) that decide whether the verb is an act of its own.
 */
final class Clauses {
    private Clauses() {
    }
    static final WordSet AUXILIARIES = WordSet.of("did", "does", "do", "has", "have", "had", "was", "were",
            "is", "are", "be", "been", "being", "will", "would", "could", "should", "can", "may", "might", "must",
            "shall", "'ll", "also", "still", "yet", "reportedly", "already", "not", "n't", "never", "to", "now",
            "then", "jointly", "further", "again", "formally", "officially", "repeatedly", "publicly", "strongly",
            "firmly", "sharply", "swiftly", "quickly", "immediately", "finally", "recently", "previously", "once",
            "effectively", "unanimously", "separately", "personally", "directly", "openly", "reluctantly", "on",
            "mistakenly", "allegedly", "just", "even", "always", "no", "longer", "neither", "nor", "without", "ever",
            "only", "subsequently", "later", "earlier", "eventually", "indeed", "both", "continue", "continues", "soon");
    private static final WordSet NEGATORS = WordSet.of("not", "n't", "never", "neither", "nor", "without", "no");
    private static final WordSet MODALS = WordSet.of("will", "would", "'ll", "shall", "could", "might", "may");
    static final WordSet BE = WordSet.of("was", "were", "is", "are", "been", "be", "being", "got", "get", "gets");
    private static final WordSet GLUE = WordSet.of("to", "not", "also", "further", "jointly", "immediately", "again",
            "soon", "formally", "officially", "be", "have", "help", "continue", "swiftly", "quickly", "fully",
            "eventually", "finally", "gradually", "personally", "publicly");

    static final WordSet NOT_NOUNS = WordSet.of("and", "or", "but", "by", "after", "before", "while", "when",
            "without", "of", "for", "from", "against", "to", "in", "on", "at", "with", "into", "over", "then", "also",
            "as", "is", "are", "was", "were", "be", "been", "being", "begin", "began", "begun", "started", "start",
            "stop", "stopped", "kept", "keep", "continue", "continued", "resumed", "avoid", "avoided", "risk", "like",
            "about", "upon", "toward", "towards", "than", "not", "n't", "still", "now", "just");

    /** An -ing form right after a lower-case noun ("a resolution demanding"): a participle, not a verb of its own. */
    static boolean afterNoun(Sentence s, List<VerbMatch> verbs, int at) {
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

    private static final WordSet NOUN_DETERMINERS = WordSet.of("the", "a", "an", "new", "fresh", "latest", "further",
            "its", "their", "his", "her", "these", "those", "tough", "harsh", "sweeping");

    private static final WordSet CONTACT_SUBJECTS = WordSet.of("he", "she", "it", "they", "we");

    /**
     * "relinquish the power they had seized and threatened to ...": a verb of a contact relative clause (a determiner,
     * a lower-case noun, a subject pronoun, then the verb group) with no object of its own before "and" at {@code and}.
     * Its object is the noun, so a verb after the "and" is not its conjunct: that one goes on the clause the noun is in.
     */
    static boolean contactRelative(Sentence s, VerbMatch m, int and) {
        int p = groupStart(s, m.start()) - 1;
        if (p < 2 || m.last() != and || !CONTACT_SUBJECTS.contains(s.token(p)) || !NOUN_DETERMINERS.contains(s.token(p - 2))) {
            return false;
        }
        String noun = s.token(p - 1).text();
        return s.token(p - 1).isWord() && !noun.isEmpty() && Character.isLowerCase(noun.charAt(0));
    }

    /**
     * "the new US sanctions", "the latest Russian attacks": a verb form in -s after an actor that a determiner opens
     * is a noun with its modifier, not the actor's verb (so "... and urged" does not take the modifier as subject).
     */
    static boolean nounAfterModifier(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        if (!m.formText().endsWith("s") || m.start() < 2) {
            return false;
        }
        ActorMention modifier = ActorMention.endingAt(mentions, m.start());
        return modifier != null && modifier.start() > 0 && NOUN_DETERMINERS.contains(s.token(modifier.start() - 1));
    }

    private static final WordSet REFUGE = WordSet.of("asylum", "exile", "refuge");
    private static final WordSet TOPICS = WordSet.of("seekers", "seeker", "applications", "application", "claims", "policy",
            "rules", "system", "requests", "cases");

    /**
     * "flew to Spain on Sunday after being granted asylum", "left for exile in Turkey": a trip into exile or to seek
     * refuge is no visit to the state that takes the traveller in (042); nor is the arrival told after the refuge was
     * granted ("Mexico granted asylum to Morales, and he landed in Mexico City the next day").
     */
    static boolean exileTrip(Sentence s, VerbMatch m, String code) {
        if (code == null || !code.startsWith("042") || m.nominal()) {
            return false;
        }
        for (int i = 0; i < m.start(); i++) {
            if (refuge(s, i)) {
                return true;
            }
        }
        for (int i = m.end(); i < Math.min(s.size(), m.end() + 12); i++) {
            if (s.lower(i).equals(",") || s.lower(i).equals(";")) {
                return false;
            }
            if (refuge(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Refuge at {@code i}, not "talks on asylum seekers", a topic. */
    private static boolean refuge(Sentence s, int i) {
        return REFUGE.contains(s.token(i)) && !(i + 1 < s.size() && TOPICS.contains(s.token(i + 1)));
    }

    /** Prepositions whose -ing object is a noun of the clause ("a pause in fighting", "accused X of sending"). */
    private static final WordSet GERUND_PREPOSITIONS = WordSet.of("of", "for", "over", "about", "from", "in");

    /**
     * "accused the Philippines of (illegally) sending a vessel", "sanctioned firms for helping Russia": a gerund after a
     * preposition is what the charge or the reason names, not a clause of its own, so "... and demanded" is the
     * main verb's subject's, not the gerund's.
     */
    static boolean gerundAfterPreposition(Sentence s, VerbMatch m) {
        if (m.nominal() || !s.lower(m.start()).endsWith("ing")) {
            return false;
        }
        int w = m.start() - 1;
        if (w > 0 && s.lower(w).endsWith("ly")) {
            w--; // "of illegally sending"
        }
        return w >= 0 && GERUND_PREPOSITIONS.contains(s.token(w));
    }

    private static final WordSet TEXTS = WordSet.of("resolution", "resolutions", "statement", "declaration",
            "communique", "communiqué", "motion", "paper", "plan", "proposal", "letter", "report", "document",
            "order", "orders", "decree", "decrees", "bill", "law", "legislation", "proclamation", "proclamations",
            "directive", "directives", "ordinance",
            // "published draft security treaties demanding that NATO withdraw", "sent letters urging"
            "treaty", "treaties", "draft", "drafts", "proposals", "documents", "letters", "statements", "declarations",
            "memorandum", "note");
    private static final WordSet ADOPTING = WordSet.of("passed", "adopted", "approved", "issued", "released", "published",
            "unveiled", "presented", "sent", "submitted", "put forward", "tabled", "signed", "signs");

    /**
     * "The IAEA board passed a resolution criticising Iran", "issued a joint statement condemning", "signed an
     * order withdrawing the United States from the WHO": what a text its authors adopt or sign says (or does)
     * is their act; a text vetoed or debated is not.
     */
    static boolean adoptedText(Sentence s, int noun) {
        if (!TEXTS.contains(s.token(noun))) {
            return false;
        }
        for (int i = noun - 1; i >= 0 && noun - i <= 4; i--) {
            if (ADOPTING.contains(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** "a bill", "the law": a text that, adopted or signed, commits its authors' future budgets. */
    static boolean aidLaw(Sentence s, int noun) {
        return LAWS.contains(s.token(noun)) && adoptedText(s, noun);
    }

    private static final WordSet LAWS = WordSet.of("bill", "law", "legislation");

    /**
     * "launched what it called 'anti-terrorist measures', shelling ...": the verb of a label inside "what X called" is
     * no clause of the sentence; a participle after it belongs to the clause's own verb.
     */
    static boolean labelAfterWhat(Sentence s, int verb) {
        return openedBy(s, verb, "what", 4);
    }

    /** An -ing form in a list opened by "including" ("demands, including closing X and cutting Y"). */
    static boolean inIncludingList(Sentence s, int verb) {
        return openedBy(s, verb, "including", 12);
    }

    /** Whether {@code opener} stands at most {@code reach} words before the verb, with no comma or clause boundary between. */
    private static boolean openedBy(Sentence s, int verb, String opener, int reach) {
        for (int i = verb - 1; i >= 0 && verb - i <= reach; i--) {
            String w = s.lower(i);
            if (w.equals(opener)) {
                return true;
            }
            if (w.equals(",") || Words.CLAUSE_BOUNDARIES.contains(w)) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet SHOULD = WordSet.of("should", "ought");
    private static final WordSet MUST = WordSet.of("must");

    private static final WordSet PHASE_VERBS = WordSet.of("stop", "cease", "start", "begin", "keep", "quit", "end");

    /**
     * "should" or "must" in the verb group, also before a phase verb ("should stop backing"): an appeal
     * or a demand when reported; else null.
     */
    static String obligation(Sentence s, int group, int verb) {
        if (group >= 1 && PHASE_VERBS.contains(s.token(group - 1))) {
            group = groupStart(s, group - 1);
        }
        for (int i = group; i < verb; i++) {
            if (SHOULD.contains(s.token(i))) {
                return "should";
            }
            if (MUST.contains(s.token(i))) {
                return "must";
            }
        }
        return null;
    }

    /**
     * S30-18: "would have to" or "will have to" in the verb group ("Sweden would have to hand over suspects", "French
     * troops would soon have to leave"): an obligation, which is a demand when another actor's words lay it on the
     * subject, and the announced act itself when the speaker's own side is the subject ("Russia would have to use").
     */
    static boolean haveTo(Sentence s, int group, int verb) {
        boolean modal = false;
        for (int i = Math.max(0, group); i + 1 < verb; i++) {
            modal |= s.lower(i).equals("would") || s.lower(i).equals("will");
            if (modal && s.lower(i).equals("have") && s.lower(i + 1).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** "the island hoped the United States would ...": a hope verb before this verb's clause, which has "would". */
    static boolean hopedFor(Sentence s, List<VerbMatch> verbs, int v, int group) {
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

    static int hopeOf(List<VerbMatch> verbs, int v) {
        for (int w = v - 1; w >= 0; w--) {
            if (verbs.get(w).formText().startsWith("hope")) {
                return w;
            }
        }
        return -1;
    }

    /** "..., accusing it of": a participle after a comma that explains the clause's act. */
    static boolean participleAfterComma(Sentence s, VerbMatch m) {
        return !m.nominal() && m.ingForm() && m.start() > 0 && s.lower(m.start() - 1).equals(",");
    }

    /**
     * S7-6: a participle after a comma that follows a trailing attribution ("Algeria has cut ties with Morocco, the foreign
     * minister told a news conference, accusing the kingdom of hostile actions") is the speaker's own second stance, not
     * the reported deed's explanation: the verb before it is a saying verb opened by a comma after an earlier verb.
     */
    static boolean afterTrailingAttribution(Sentence s, List<VerbMatch> verbs, int v) {
        if (v < 2 || !participleAfterComma(s, verbs.get(v))) {
            return false;
        }
        VerbMatch said = verbs.get(v - 1);
        if (said.nominal() || said.entry().kind() != VerbEntry.Kind.SAY) {
            return false;
        }
        VerbMatch deed = verbs.get(v - 2);
        for (int i = said.start() - 1; i >= deed.last() && i >= said.start() - 8; i--) {
            if (s.lower(i).equals(",")) {
                return true; // ", the foreign ministry said, ...": the saying opens after the deed's clause
            }
        }
        return false;
    }

    static boolean commaBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.lower(i).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet RESPONSES = WordSet.of("response", "reaction", "reply", "retaliation", "answer");
    private static final WordSet BACKGROUND = WordSet.of("after", "since", "following", "over", "for", "ahead",
            "despite", "amid");

    /** R7: a nominal event in a background adverbial ("after the invasion", "ahead of Xi's visit"). */
    static boolean background(Sentence s, int noun, String code) {
        // eight words reach past a titled name: "in response to U.S. House Speaker Nancy Pelosi's visit"
        for (int i = noun - 1; i >= Math.max(0, noun - 8); i--) {
            String w = s.lower(i);
            if (BACKGROUND.contains(w)) {
                // "met in Istanbul for their first face-to-face talks": talks or a visit "for" which they met
                // is the meeting's purpose, not an earlier event; "was responsible for the attack" names its author
                return !(w.equals("for") && (code != null && code.startsWith("04") || Targets.responsible(s, i)));
            }
            if (w.equals("to") && i >= 1 && RESPONSES.contains(s.token(i - 1))) {
                return true; // "in response to Washington's restrictions on Chinese media" (R7)
            }
            if ((w.equals("at") || w.equals("against")) && i >= 2 && s.lower(i - 1).equals("protest")
                    && s.lower(i - 2).equals("in")) {
                return true; // "recalled its ambassador in protest at the Israeli offensive": the reason, not an act
            }
            if (w.equals("during") || w.equals(",") || w.equals("and") || Words.CLAUSE_BOUNDARIES.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * R7: "two days after the military coup that forced the president to resign": a verb in a relative clause ("that"
     * or "which" opening it, a verb right after) tells of the noun before it; when that noun is background ("after
     * the coup"), so is the verb. "said after talks that the two sides would ..." puts a subject after "that":
     * reported words, not a relative clause.
     */
    static boolean relativeOfBackground(Sentence s, int verb) {
        int r = verb - 1;
        while (r >= 1 && r >= verb - 10 && !s.lower(r).equals(",") && !Words.CLAUSE_BOUNDARIES.contains(s.token(r))) {
            r--;
        }
        if (r < 1 || r + 1 > verb || !(s.lower(r).equals("that") || s.lower(r).equals("which")) || !s.token(r - 1).isWord()) {
            return false;
        }
        String next = s.token(r + 1).text();
        return s.token(r + 1).isWord() && Character.isLowerCase(next.charAt(0)) && !SUBJECT_PRONOUNS.contains(s.token(r + 1))
                && !Words.DETERMINERS.contains(s.token(r + 1)) && background(s, r, null);
    }

    private static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she", "it", "they", "we", "i", "the", "its",
            "his", "her", "their");

    /**
     * R7: a verb in a clause opened by "since" with its own subject or a participle ("since Russia invaded",
     * "since meeting in California"); "since 2014 Russia has occupied Crimea" opens no clause.
     */
    static boolean sinceClause(Sentence s, List<ActorMention> mentions, int verb) {
        int at = clauseOpener(s, verb);
        if (at < 0 || !s.lower(at).equals("since")) {
            return false;
        }
        for (int i = at + 1; i < verb; i++) {
            if (TIME_CONNECTIVES.contains(s.token(i))) {
                return false; // "since the end of military rule after the government declared ...": a clause of its own
            }
        }
        int next = at + 1;
        return next == verb || SUBJECT_PRONOUNS.contains(s.token(next)) || mentions.stream().anyMatch(a -> a.start() == next)
                || s.lower(next).endsWith("ing");
    }

    /** Conjunctions of time whose clause, in the present tense, tells of an act still to come. */
    private static final WordSet FUTURE_TIME_OPENERS = WordSet.of("after", "once", "until", "before", "when");
    /** Past tenses spelt as their present that no participle list holds: "after border guards let migrants cross". */
    private static final WordSet INVARIANT_PASTS = WordSet.of("let", "cast", "quit", "burst", "bid", "upset", "beat",
            "thrust", "broadcast", "forecast", "read", "rid", "split");

    /**
     * R7: "offered to run the airport after US and NATO troops leave Afghanistan", "will reopen the border once Russian
     * forces withdraw": a verb in the present tense (neither a past form nor a participle: "hit", "cut" are read as past)
     * in a clause that "after", "once", "until", "before" or "when" opens tells of an act still to come, background to the
     * main clause. An auxiliary before the verb ("after they had left") or a comma between ends the clause's reach.
     */
    static boolean futureTimeClause(Sentence s, int verb) {
        // a verb matched with its adverb ("after Finland formally joined NATO") shows its tense on the word after it
        String form = s.lower(verb).endsWith("ly") && verb + 1 < s.size() ? s.lower(verb + 1) : s.lower(verb);
        if (!s.token(verb).isWord() || Words.pastForm(form) || Words.pastParticiple(form) || form.endsWith("ing")
                || INVARIANT_PASTS.contains(s.token(verb))
                || verb > 0 && (AUXILIARIES.contains(s.token(verb - 1)) || s.lower(verb - 1).equals("to"))) {
            return false;
        }
        for (int i = verb - 1; i >= 0; i--) {
            if (FUTURE_TIME_OPENERS.contains(s.token(i))) {
                return i < verb - 1;
            }
            if (!s.token(i).isWord() || Words.CLAUSE_BOUNDARIES.contains(s.token(i)) || MAIN_CLAUSE_MODALS.contains(s.token(i))
                    || Words.pastForm(s.lower(i))) {
                return false;
            }
        }
        return false;
    }

    /** Spans of time that put an earlier act at a distance: "a day after", "three weeks after", "a year after". */
    private static final WordSet DISTANT_SPANS = WordSet.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "decade", "decades");

    /**
     * R7: a verb in a clause opened by "after" right after a span of days or more ("..., days after Kim Yo Jong
     * threatened action", "a day after Indian warplanes struck"): an explicitly distant earlier act is background ("a day
     * after" too: most studied sentences leave it uncoded). "hours after" and a bare "after" stay recent and are coded.
     */
    static boolean distantClause(Sentence s, int verb) {
        for (int i = verb - 1; i >= 1; i--) {
            String w = s.lower(i);
            if (w.equals("after")) {
                return DISTANT_SPANS.contains(s.token(i - 1));
            }
            if (w.equals(",") || w.equals("then") || Words.CLAUSE_BOUNDARIES.contains(s.token(i)) || MAIN_CLAUSE_MODALS.contains(s.token(i))) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet SUSPECTED = WordSet.of("suspected", "accused", "alleged", "believed", "thought", "rumoured",
            "rumored", "suspicion");
    private static final WordSet SUSPICION_ENDS = WordSet.of(",", ";", ":", "(", "who", "which", "that", "but", "while", "as",
            "after", "before", "when", "has", "have", "had", "will", "would");

    /**
     * R2: "a Russian freighter suspected of smuggling weapons to Libya", "diplomats accused of spying on refugees", "an
     * agent believed to have plotted attacks": a participle of suspicion right after a noun (no auxiliary) is an agentless
     * passive whose patient is that noun; neither the participle nor the act it ascribes (unasserted) is an event; nor is
     * the act "on suspicion of" ("seized a tanker on suspicion of carrying oil to Syria in breach of sanctions").
     */
    static boolean suspicion(Sentence s, int verb) {
        for (int i = verb; i >= 1 && i >= verb - 10; i--) {
            String w = s.lower(i);
            if (i < verb && (SUSPICION_ENDS.contains(s.token(i)) || BE.contains(s.token(i)))) {
                return false;
            }
            if (SUSPECTED.contains(s.token(i)) && i + 2 < s.size() && !BE.contains(s.token(i - 1))
                    && !s.lower(i - 1).equals("has") && !s.lower(i - 1).equals("have")
                    && !s.lower(i - 1).equals("had") && !s.lower(i - 1).equals("it")
                    && (s.lower(i + 1).equals("of") && (w.equals("accused") || w.equals("suspected") || w.equals("suspicion"))
                    || s.lower(i + 1).equals("to") && (s.lower(i + 2).equals("have") || s.lower(i + 2).equals("be")))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet PURPOSED = WordSet.of("aimed", "designed", "intended", "meant");

    /**
     * "began a visit aimed at repairing ties with the kingdom", "an offensive designed to encircle the city", "sanctions
     * intended to punish Moscow": a participle of purpose right after a noun (no auxiliary) says what the noun's act is
     * for; the act it names is not asserted (R9: at most the purpose of what was done), so it is no event.
     */
    static boolean purposeOfNoun(Sentence s, int verb) {
        int p = verb >= 3 && s.lower(verb - 1).equals("at") ? verb - 2 : verb >= 3 && s.lower(verb - 1).equals("to") ? verb - 2 : -1;
        if (p < 1 || !PURPOSED.contains(s.token(p)) || s.lower(p + 1).equals("at") != s.lower(p).equals("aimed")) {
            return false;
        }
        String before = s.lower(p - 1);
        return s.token(p - 1).isWord() && Character.isLowerCase(s.token(p - 1).text().charAt(0)) && !BE.contains(s.token(p - 1))
                && !AUXILIARIES.contains(s.token(p - 1)) && !before.equals("it") && !before.equals("they") && !before.endsWith("ly");
    }

    /**
     * R4, R7: a gerund right after "for" (an adverb may stand between) names the reason of the act or words before it
     * ("would pay a price for joining NATO", "threatened to punish Sweden for joining", "was arrested for spying",
     * "apologised for calling", "claimed responsibility for abducting"): it has no subject of its own, and the act it
     * names is reported as news elsewhere or not at all, so it is no act of this sentence (and never the object's).
     */
    static boolean reasonGerund(Sentence s, VerbMatch m) {
        if (m.nominal() || !s.lower(m.start()).endsWith("ing")) {
            return false;
        }
        int f = m.start() - 1;
        if (f >= 1 && s.lower(f).endsWith("ly") && !s.lower(f).equals("only")) {
            f--;
        }
        return f >= 1 && s.lower(f).equals("for");
    }

    private static final WordSet GRANTED = WordSet.of("has", "have", "had", "having", "given", "gave", "give", "gives",
            "giving");

    /**
     * R9, R10: what a deadline is for ("had one week to reinstate the president or face intervention", "was given 72
     * hours to leave the country", "gave Qatar ten days to comply") is asked of the one given the time, not done: the
     * infinitive after a span of time that someone has or is given is no act (the ultimatum is coded where its verb is).
     */
    static boolean deadlineInfinitive(Sentence s, VerbMatch m) {
        int to = m.start() - 1;
        if (m.nominal() || to < 2 || !s.lower(to).equals("to") || !Words.TIME_SPANS.contains(s.token(to - 1))) {
            return false;
        }
        for (int i = to - 2; i >= 0 && i >= to - 5; i--) {
            if (GRANTED.contains(s.token(i))) {
                return true;
            }
            if (s.lower(i).equals(",") || Words.CLAUSE_BOUNDARIES.contains(s.token(i))) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet LABELLING = WordSet.of("called", "calls", "call", "calling", "described", "describes",
            "describe", "describing", "branded", "brands", "brand", "branding", "termed", "terms", "labelled", "labeled",
            "labels", "labelling", "labeling", "dubbed", "dubs", "dubbing");
    private static final WordSet NOT_LABEL_OBJECTS = WordSet.of("for", "on", "upon", "off", "up", "in", "by", "back", "out",
            "to", "as", "a", "an", "it", "them", "him", "her", "this");
    private static final WordSet PLAN_NOUNS = WordSet.of("bid", "bids", "plan", "plans", "attempt", "attempts", "effort",
            "efforts", "push", "drive", "decision", "move", "moves", "offer", "refusal", "threat", "threats", "call", "calls",
            "demand", "demands", "proposal", "application", "ambition", "ambitions", "readiness", "willingness");
    private static final WordSet LABEL_MARKERS = WordSet.of("a", "an", "as");

    /** The most words a label after the one named may take ("a 'dear friend' of Hungary"). */
    private static final int LABEL_REACH = 8;

    /**
     * R11: "called Putin a 'dear friend'", "called Pakistan the 'epicentre of terrorism'", "called Russia a terrorist
     * state": the label put on the one named right after "call" takes the stance of its own words in the stance lexicon
     * (praise 051, concern 012, condemnation 111, a charge 112x), over the pattern's fixed guess (quoted words deride,
     * 111; "a friend" praises, 051). Only the patterns whose target follows the verb and whose code is a stance; not
     * "called on", "called for", "called off" or a phone call, whose target or code are not a label's; the label ends at
     * a comma, a clause boundary or a circumstance ("on Tuesday", "in an interview").
     */
    static String labelStance(Sentence s, VerbMatch m, String code) {
        if (m.nominal() || m.target() == null || m.pattern().after().isEmpty()
                || !(m.pattern().after().get(0) instanceof PatternElement.Target) || !("111".equals(code) || "051".equals(code))) {
            return code;
        }
        int to = m.target().end();
        boolean quoted = to < s.size() && isQuote(s.lower(to));
        // "call names" labels acts as well ("called Russia's annexation of Crimea illegal"): there only a quoted label
        // right after the one named, whose words are not the act's own; by name, as the bare label ("called X a Y") is
        // call's own where describe, of the same role, has "as"
        if (!("call".equals(m.entry().name()) || quoted && "call names".equals(m.entry().name()))) {
            return code;
        }
        while (to < s.size() && to < m.target().end() + LABEL_REACH && !s.lower(to).equals(",")
                && (isQuote(s.lower(to)) || !Words.CLAUSE_BOUNDARIES.contains(s.token(to))) && !LABEL_ENDS.contains(s.token(to))) {
            to++;
        }
        PhraseIndex.Hit<String> h = StanceLexicon.evaluation(s, m.target().end(), to);
        return h != null && LABEL_STANCES.contains(h.value().substring(0, 3)) ? h.value() : code;
    }

    /** Words after a label that open a circumstance of the calling, no part of the label. */
    private static final WordSet LABEL_ENDS = WordSet.of("on", "in", "at", "during", "after", "before", "while", "when", "as");
    /** The stances a label may carry (R11); warnings, appeals and denials are no labels. */
    private static final java.util.Set<String> LABEL_STANCES = java.util.Set.of("051", "012", "111", "112");

    /**
    * R6, R11: the act named in the object of a labelling verb ("called Finland's bid to join NATO a mistake", "described
     * Israel's offensive in Gaza as genocide", "branded the seizure of the tanker an act of piracy") is the thing the
     * speaker labels, reported as news elsewhere; it is no act of this sentence. The object follows the labelling verb
     * directly (not "called for", "called on", "called off", "called it"), holds no clause boundary, comma or "to" but after
     * a noun of plan ("bid to join"), and the label ("a", "an", "as") follows the act within eight words.
     */
    static boolean actInLabelledObject(Sentence s, int verb) {
        for (int l = verb - 1; l >= 0 && l >= verb - 7; l--) {
            String x = s.lower(l);
            if (LABELLING.contains(s.token(l))) {
                if (l + 1 >= verb || NOT_LABEL_OBJECTS.contains(s.token(l + 1)) || !s.token(l + 1).isWord()) {
                    return false;
                }
                for (int t = verb + 1; t < s.size() && t <= verb + 8; t++) {
                    String y = s.lower(t);
                    if (LABEL_MARKERS.contains(s.token(t))) {
                        return true;
                    }
                    if (y.equals(",") || Words.CLAUSE_BOUNDARIES.contains(s.token(t)) || y.equals("and") || y.equals(".")) {
                        return false;
                    }
                }
                return false;
            }
            if (x.equals(",") || Words.CLAUSE_BOUNDARIES.contains(s.token(l)) || x.equals("and") || !s.token(l).isWord() && !x.equals("'s")
                    || x.equals("to") && (l == 0 || !PLAN_NOUNS.contains(s.token(l - 1)))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Which verb is an act: not one inside an unasserted suspicion ({@link #suspicion}), nor the act a label names as its
     * object ({@link #actInLabelledObject}). ("in what Tehran called revenge for" is no appeal: the verb matcher reads
     * no "call for" across the label's object.)
     */
    static boolean notTheAct(Sentence s, VerbMatch m) {
        return suspicion(s, m.start()) || purposeOfNoun(s, m.start()) || actInLabelledObject(s, m.start())
                || reasonGerund(s, m) || deadlineInfinitive(s, m) || approached(s, m.start());
    }

    /** Words of nearness before "to": "closer to normalising", "close every day to signing". */
    private static final WordSet NEAR = WordSet.of("close", "closer", "closest", "nearer");
    /** Words that may stand between the nearness and its "to": "closer every day to", "a step closer to". */
    private static final WordSet NEARNESS_FILLERS = WordSet.of("every", "each", "day", "week", "month", "ever", "much", "still");
    /** Nouns of an edge that "of" ties to an act not yet done: "on the verge of signing", "on the brink of collapse". */
    private static final WordSet EDGES = WordSet.of("verge", "brink", "cusp");

    /**
     * "were getting closer every day to normalising relations", "came close to signing a deal", "on the verge of
     * signing": an act that is neared is not done (R2). Only a gerund: "moved troops close to the border" and "signed
     * a deal close to midnight" have no act after "to".
     */
    static boolean approached(Sentence s, int verb) {
        if (verb < 2 || !s.lower(verb).endsWith("ing")) {
            return false;
        }
        if (s.lower(verb - 1).equals("of")) {
            return EDGES.contains(s.token(verb - 2));
        }
        if (!s.lower(verb - 1).equals("to")) {
            return false;
        }
        for (int i = verb - 2; i >= Math.max(0, verb - 5); i--) {
            if (NEAR.contains(s.token(i))) {
                return true;
            }
            if (!NEARNESS_FILLERS.contains(s.token(i))) {
                return false;
            }
        }
        return false;
    }

    /** Words that let someone do something: "let the envoy meet", "allow inspectors to visit". */
    private static final WordSet LETTING = WordSet.of("let", "lets", "letting", "allow", "allows", "allowing", "permit",
            "permits", "permitting");

    /**
     * "refused to let ASEAN's envoy meet Suu Kyi", "did not let the envoy meet her": what one was not let do did not
     * happen. The verb (bare, or after "to") follows a short object that "let", "allow" or "permit" opens, and that
     * word is negated or the complement of a refusal. "let the envoy meet" and "allowed him to meet" stay acts.
     */
    static boolean refusedLeave(Sentence s, List<VerbMatch> verbs, int verb) {
        int end = verb > 0 && s.lower(verb - 1).equals("to") ? verb - 1 : verb;
        int letting = -1;
        for (int i = end - 2; i >= Math.max(1, end - 7); i--) {
            String w = s.lower(i);
            if (LETTING.contains(s.token(i))) {
                letting = i;
                break;
            }
            if (w.equals(",") || w.equals("and") || Words.CLAUSE_BOUNDARIES.contains(s.token(i))) {
                return false;
            }
        }
        if (letting < 1) {
            return false;
        }
        String before = s.lower(letting - 1);
        if (Words.VERB_NEGATORS.contains(before)) {
            return true;
        }
        if (!before.equals("to")) {
            return false;
        }
        for (VerbMatch g : verbs) {
            if (!g.nominal() && g.entry().governs() == VerbEntry.Governs.REFUSAL && g.end() <= letting
                    && onlyGlue(s, g.end(), letting, true)) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet HELP = WordSet.of("help", "helps", "helped", "helping");

    /** A bare infinitive right after "to help" ("asked China to help restructure its debt"), an infinitive as "to restructure" is. */
    static boolean afterToHelp(Sentence s, int group) {
        return group >= 2 && s.lower(group - 1).equals("help") && s.lower(group - 2).equals("to");
    }

    /**
     * A bare infinitive after "to help X" ("deploy a force to help Mozambique fight an insurgency", "sent advisers to help Kyiv
     * repel the assault"): what the helped are to do is the purpose of the helper's act, not an act; "helped Kyiv repel" stays.
     * The helped may be named by no state (session 29: "sending troops to Somalia to help local forces fight al-Shabaab").
     */
    static boolean purposeHelped(Sentence s, List<ActorMention> mentions, int verb) {
        String form = s.lower(verb);
        if (form.endsWith("ed") || form.endsWith("ing") || form.endsWith("s")) {
            return false;
        }
        for (ActorMention a : mentions) {
            if (a.end() == verb && a.start() >= 2 && HELP.contains(s.token(a.start() - 1)) && s.lower(a.start() - 2).equals("to")) {
                return true;
            }
        }
        return helpedByPhrase(s, verb);
    }

    /** The words the helped are named by, at most this many, between "to help" and their act. */
    private static final int HELPED_PHRASE_WORDS = 3;

    /** "to help local forces fight": "to help", then a short phrase of words only, right before the bare infinitive. */
    private static boolean helpedByPhrase(Sentence s, int verb) {
        for (int t = verb - 1; t >= 2 && t >= verb - HELPED_PHRASE_WORDS - 1; t--) {
            if (s.lower(t).equals("help") && s.lower(t - 1).equals("to")) {
                return t < verb - 1;
            }
            if (!s.token(t).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet CONDITIONS = WordSet.of("if", "unless", "whether");

    private static final WordSet MAIN_CLAUSE_MODALS = WordSet.of("should", "would", "will", "must", "could", "can",
            "may", "might", "shall");

    /** Conjunctions of time that "only" makes a condition: "would stop only when Armenian forces withdrew". */
    private static final WordSet ONLY_CONDITIONS = WordSet.of("when", "once", "after");

    /**
     * A verb in a clause opened by "if", "unless", "whether", "as long as" or "so long as", by "only when", "only once",
     * "only after", or by "before" with a modal of its own.
     */
    static boolean conditionClause(Sentence s, int verb) {
        int at = clauseOpener(s, verb);
        if (at < 0) {
            at = onlyWhenOpener(s, verb);
        }
        return at >= 0 && (CONDITIONS.contains(s.token(at)) || longAs(s, at) || at > 0 && s.lower(at - 1).equals("only"))
                || precondition(s, verb);
    }

    /**
     * The last word of "as long as" or "so long as" at {@code at}: a condition that lasts ("would not attend as long as").
     * "for as long as it takes" is a length of time, not a condition.
     */
    private static boolean longAs(Sentence s, int at) {
        return at >= 2 && s.lower(at).equals("as") && s.lower(at - 1).equals("long")
                && (s.lower(at - 2).equals("as") || s.lower(at - 2).equals("so")) && !(at >= 3 && s.lower(at - 3).equals("for"));
    }

    /** The modals of an act that waits on a condition: "before parliament could ratify", "before it would lift". */
    private static final WordSet AWAITING_MODALS = WordSet.of("could", "can", "would", "will");

    /**
     * "Sweden would have to hand over suspects before Turkey's parliament could ratify its NATO membership", "must
     * withdraw before any talks could take place": an act that can only follow what is demanded is no act done. The
     * verb's modal stands in a clause that "before" opens (a subject between, no comma or boundary); a plain "before it
     * reached the tanker" tells the order of what happened and stays.
     */
    private static boolean precondition(Sentence s, int verb) {
        int modal = verb - 1;
        while (modal > 0 && (s.lower(modal).equals("be") || s.lower(modal).equals("have") || s.lower(modal).endsWith("ly"))) {
            modal--; // "could be signed", "could have ratified", "could formally ratify"
        }
        if (modal < 2 || !AWAITING_MODALS.contains(s.token(modal))) {
            return false;
        }
        for (int i = modal - 1; i > 0 && i >= modal - 8; i--) {
            String w = s.lower(i);
            if (w.equals("before")) {
                return i < modal - 1;
            }
            if (w.equals(",") || w.equals(";") || w.equals("that") || Words.CLAUSE_BOUNDARIES.contains(s.token(i))
                    || MAIN_CLAUSE_MODALS.contains(s.token(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "fighting would stop only when Armenian forces withdrew", "would resume talks only after Israel halted ...": the
     * "when" opening the verb's clause right after "only", or -1; the clause reaches back to a comma or a boundary.
     */
    private static int onlyWhenOpener(Sentence s, int verb) {
        for (int i = verb - 1; i > 0; i--) {
            String w = s.lower(i);
            if (ONLY_CONDITIONS.contains(s.token(i))) {
                return s.lower(i - 1).equals("only") ? i : -1;
            }
            if (w.equals(",") || w.equals(";") || w.equals("that") || MAIN_CLAUSE_MODALS.contains(s.token(i))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The "since", "if", "unless", "whether" or the last word of "as long as" opening the verb's clause, or -1: the clause reaches back to
     * a comma, a clause boundary, or a modal that opens the main clause ("if Washington wanted to end the
     * fighting it should stop ...").
     */
    private static int clauseOpener(Sentence s, int verb) {
        boolean nearerAs = false; // "as long as it takes, as he arrived": the nearer "as" opens the verb's clause
        for (int i = verb - 1; i >= 0; i--) {
            String w = s.lower(i);
            if (w.equals("since") || CONDITIONS.contains(s.token(i)) || !nearerAs && longAs(s, i)) {
                return i;
            }
            nearerAs |= w.equals("as");
            if (MAIN_CLAUSE_MODALS.contains(s.token(i))) {
                return whetherBeforeModal(s, i);
            }
            if (w.equals(",") || w.equals("then") || Words.CLAUSE_BOUNDARIES.contains(s.token(i))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "is yet to confirm whether Putin will travel to Brazil", "it is unclear whether Xi would attend": the modal is the
     * "whether" clause's own when only its subject stands between (no comma, no other verb's past form), so what it
     * says is not asserted (R8). Returns that "whether", or -1.
     */
    private static int whetherBeforeModal(Sentence s, int modal) {
        for (int i = modal - 1; i >= 0 && i >= modal - 6; i--) {
            if (s.lower(i).equals("whether")) {
                return i;
            }
            if (!s.token(i).isWord() || Words.CLAUSE_BOUNDARIES.contains(s.token(i)) || Words.pastForm(s.lower(i))) {
                return -1;
            }
        }
        return -1;
    }

    private static final WordSet ADVERBIAL = WordSet.of("during", "at", "in");
    private static final WordSet JOURNEY_OPENERS = WordSet.of(",", "while", "is", "was", "are", "were", "currently", "who");

    /** "On his first visit to Seoul, ...", "Putin, on a visit to Seoul, said": "on" at {@code on} opens a journey. */
    static boolean onJourney(Sentence s, int on, int noun) {
        // "pledged on a surprise visit to Kyiv on Saturday to send": an infinitive after it makes the visit a circumstance
        return s.lower(on).equals("on") && Words.JOURNEYS.contains(s.token(noun)) && (on == 0 || JOURNEY_OPENERS.contains(s.token(on - 1))
                || Words.infinitiveAfterCircumstance(s, on) > noun);
    }
    /** Nouns whose "in" names what one took part in: "a role in", "involvement in", "complicity in". */
    private static final WordSet PARTAKING = WordSet.of("role", "roles", "involvement", "involved", "part", "participation",
            "complicity", "complicit", "hand", "responsibility", "implicated");

    /** "during a phone call", "during his visit", "at their meeting": a nominal in a simultaneous adverbial. */
    static boolean adverbial(Sentence s, int noun) {
        for (int i = noun - 1; i >= Math.max(0, noun - 4); i--) {
            String w = s.lower(i);
            if (ADVERBIAL.contains(w) || onJourney(s, i, noun)) {
                // "denied any role in the attack", "involvement in the strike": the object of a noun, not a circumstance
                return !(w.equals("in") && i > 0 && PARTAKING.contains(s.token(i - 1)));
            }
            if (!(w.equals("a") || w.equals("an") || w.equals("the") || Targets.POSSESSIVE_PRONOUNS.contains(w)
                    || s.token(i).isWord() && !Words.CLAUSE_BOUNDARIES.contains(w) && Character.isLowerCase(s.token(i).text().charAt(0)))) {
                return false;
            }
        }
        return false;
    }

    /** A governor and its complement: "refused to sign", "denied attacking", "plans to visit". */
    static boolean linked(Sentence s, VerbMatch g, VerbMatch c) {
        if (g.entry().governs() == VerbEntry.Governs.NONE && !(g.last() <= c.start())) {
            return false;
        }
        if (c.start() < g.end()) {
            return false;
        }
        if (c.start() - g.end() > 4) {
            return GovernorCircumstance.between(s, g, c);
        }
        return onlyGlue(s, g.end(), c.start(), false) || GovernorCircumstance.between(s, g, c);
    }

    /** Whether the words from {@code from} to {@code to} (exclusive) are glue, a weekday or an -ly adverb ("threatened on Thursday to"). */
    static boolean glueBetween(Sentence s, int from, int to) {
        return onlyGlue(s, from, to, true);
    }

    private static boolean onlyGlue(Sentence s, int from, int to, boolean adverbs) {
        for (int i = from; i < to; i++) {
            if (s.lower(i).equals("on") && i + 1 < to && Words.WEEKDAYS.contains(s.token(i + 1))) {
                i++; // "refused on Tuesday to receive", "agreed on Wednesday to lay down": the day is no break
                continue;
            }
            if (!GLUE.contains(s.token(i)) && !(adverbs && s.lower(i).endsWith("ly"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The verb that governs verb {@code v}: the one before it, or an earlier verb that governs a complement across a
     * meeting's or visit's circumstance ("agreed at their summit in Hiroshima to tighten", "agreed at their first meeting,
     * held in Paris, to swap prisoners", "pledged on a visit to Kyiv to send"); the meeting inside stays a circumstance.
     */
    static int governor(Sentence s, List<VerbMatch> verbs, int v) {
        for (int w = v - 2; w >= Math.max(0, v - 4); w--) {
            if (!verbs.get(w).nominal() && GovernorCircumstance.between(s, verbs.get(w), verbs.get(v))) {
                return w;
            }
        }
        return v - 1;
    }

    /**
     * "telephoned Putin on Wednesday to congratulate him", "called Erdogan to offer condolences", "phoned Biden to thank
     * him": a speech act in the infinitive of purpose after a call or meeting is the caller's words in it (R13, R4).
     */
    static boolean purposeOfCall(Sentence s, VerbMatch call, VerbMatch words) {
        String code = call.pattern().code();
        return code != null && code.startsWith("04") && !call.nominal() && words.entry().kind() == VerbEntry.Kind.VERBAL
                && words.start() > call.end() && words.start() - call.last() <= 4 && s.lower(words.start() - 1).equals("to");
    }

    /** A nominal inside the circumstance between a verb and its infinitive ("agreed at talks in Doha to"): no object. */
    static boolean insideCircumstance(Sentence s, VerbMatch g, VerbMatch c) {
        return c.nominal() && c.start() > g.end() && Words.infinitiveAfterCircumstance(s, g.end()) > c.start();
    }


    /**
     * "agreed to restore ties and reopen embassies", "denied arming X and training Y": a second complement
     * joined by "and" to the first one's words, in the same form (base or -ing), with no subject of its own.
     */
    static boolean coordinatedComplement(Sentence s, VerbMatch first, VerbMatch c) {
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
        return and && a.endsWith("ing") == b.endsWith("ing") && !Words.pastForm(b.split(" ")[0]);
    }

    private static final WordSet ALLEGATIONS = WordSet.of("allegation", "allegations", "accusation", "accusations",
            "claim", "claims", "charge", "charges", "reports", "report", "rumours", "rumors", "suspicions", "speculation");
    /**
     * Nouns of a request or demand: the that-clause after them says what was asked, not what was done ("over his request
     * that Ukraine's leader investigate Joe Biden", "rejected Moscow's demand that NATO withdraw", "a proposal that both
     * armies pull back").
     */
    private static final WordSet REQUEST_NOUNS = WordSet.of("request", "requests", "demand", "demands", "insistence",
            "proposal", "proposals", "suggestion", "appeal", "appeals", "plea", "pleas", "call", "calls", "order",
            "orders", "instruction", "instructions", "ultimatum", "wish");
    private static final WordSet CONVERSATION_OPENERS = WordSet.of("in", "during");

    /**
     * Whether the "call" at {@code noun} is a conversation, not an appeal: the noun of a meeting pattern ("in a phone
     * call that Moscow would not accept ...", "a video call") or a call one speaks "in" or "during" ("told Xi in a call
     * that ..."); "his call that Israel withdraw" stays a request.
     */
    private static boolean conversation(Sentence s, List<VerbMatch> verbs, int noun) {
        if (!s.lower(noun).equals("call") && !s.lower(noun).equals("calls")) {
            return false;
        }
        boolean met = verbs.stream().anyMatch(v -> v.nominal() && v.end() == noun + 1 && v.pattern().code() != null
                && v.pattern().code().startsWith("04"));
        return met || noun >= 2 && CONVERSATION_OPENERS.contains(s.token(noun - 2))
                && Words.ARTICLES.contains(s.token(noun - 1));
    }

    private static final WordSet CONFIRMING = WordSet.of("confirmed", "confirms", "confirm", "confirming", "acknowledged",
            "acknowledges", "verified", "corroborated");

    private static final WordSet CIRCUMSTANCE_OPENERS = WordSet.of("on", "in", "at", "during", "late", "earlier", "again",
            "also", "flatly", "firmly", "strongly", "categorically", "publicly", "repeatedly", "through", "via");

    /**
     * "denied on Tuesday that", "denied in a statement that": between a verb and its "that" only a short time,
     * place or manner circumstance (no verb, no comma), not an object ("denied involvement in the attack that killed").
     */
    private static boolean circumstanceOnly(Sentence s, List<VerbMatch> verbs, int from, int that) {
        if (from + 4 <= that && s.lower(from).equals("for") && s.lower(from + 1).equals("the") && s.lower(from + 2).equals("first")
                && s.lower(from + 3).equals("time")) {
            from += 4; // "acknowledged for the first time [on Monday] that"
            if (from == that) {
                return true;
            }
        }
        if (that - from > 12 || !CIRCUMSTANCE_OPENERS.contains(s.token(from))) {
            return false;
        }
        for (int i = from; i < that; i++) {
            if (s.lower(i).equals(",") || Words.CLAUSE_BOUNDARIES.contains(s.token(i)) || s.lower(i).equals("and")) {
                return false;
            }
        }
        int to = that;
        int start = from;
        return verbs.stream().noneMatch(v -> v.start() >= start && v.start() < to);
    }

    /**
     * A clause opened by "that" after an allegation noun ("allegations that X abused ...", not "confirmed reports
     * that"), after a request noun ("his request that X investigate"), after a denial ("denied that X had ...") or an
     * admission ("admitted that its forces had ..."): its verb reports what is alleged, asked, denied or admitted.
     */
    static boolean allegedContent(Sentence s, List<VerbMatch> verbs, int group) {
        for (int i = group - 1; i >= 1 && group - i <= 8; i--) {
            String w = s.lower(i);
            if (w.equals("that")) {
                String before = s.lower(i - 1);
                if (REQUEST_NOUNS.contains(before) && !conversation(s, verbs, i - 1)) {
                    return true;
                }
                int noun = claimant(s, i);
                if (ALLEGATIONS.contains(s.token(noun))) {
                    int k = noun - 1;
                    while (k >= 0 && (Targets.NOMINAL_DETERMINERS.contains(s.token(k)) || s.lower(k).equals("the"))) {
                        k--;
                    }
                    return k < 0 || !CONFIRMING.contains(s.token(k));
                }
                int that = i;
                // (R4: what an admission admits is its content too, "admitted that its forces had shot down")
                return verbs.stream().anyMatch(g -> (g.entry().governs() == VerbEntry.Governs.DENIAL
                        || g.entry().governs() == VerbEntry.Governs.ADMISSION && !g.nominal())
                        && (g.last() == that || g.last() < that && circumstanceOnly(s, verbs, g.last(), that)));
            }
            if (Words.CLAUSE_BOUNDARIES.contains(w) || w.equals(",")) {
                return false;
            }
            if (bareContentAt(s, verbs, i, group)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word before the "that" at {@code that}, or the allegation noun before a "by"/"from" phrase naming who made it
     * ("rejected claims by Kyiv that its forces had shelled Kharkiv", "accusations from Washington that"): the clause is
     * still the claim's content. The phrase holds no comma or clause boundary and at most five words.
     */
    private static int claimant(Sentence s, int that) {
        for (int j = that - 2; j >= 1 && that - j <= 6; j--) {
            String w = s.lower(j);
            if (w.equals(",") || Words.CLAUSE_BOUNDARIES.contains(w)) {
                break;
            }
            if ((w.equals("by") || w.equals("from")) && ALLEGATIONS.contains(s.token(j - 1))) {
                return j - 1;
            }
        }
        return that - 1;
    }

    /**
     * R4, with "that" left out: "Russia denied its troops had shelled the hospital", "Iran admitted its forces had shot
     * down the jet": a clause whose subject follows a denial or admission right away is its content. Only a subject
     * opened by a determiner, a possessive or a name, with no verb before the clause's own ("denied the claims" has none).
     */
    private static boolean bareContentAt(Sentence s, List<VerbMatch> verbs, int at, int group) {
        if (group - at > 6 || !(Words.DETERMINERS.contains(s.token(at)) || s.token(at).isCapitalized())) {
            return false;
        }
        for (int i = at; i < group; i++) {
            if (s.lower(i).equals("and") || s.lower(i).equals("or")) {
                return false;
            }
        }
        // loops, not streams: asked at every verb group
        boolean governed = false;
        for (VerbMatch v : verbs) {
            if (v.start() >= at && v.start() < group) {
                return false;
            }
            governed |= !v.nominal() && v.last() == at
                    && (v.entry().governs() == VerbEntry.Governs.DENIAL || v.entry().governs() == VerbEntry.Governs.ADMISSION);
        }
        return governed;
    }

    /** Participles that, after "be" and before "to", make the act a constraint the subject is under, not a verb of its own. */
    private static final WordSet COMPELLED = WordSet.of("forced", "compelled", "obliged", "obligated");

    /** Aspect verbs before a gerund that carry on the act rather than name one ("will keep supplying", "would continue buying"). */
    // "would keep buying", and the phase verbs after a modal ("will begin shipping vaccines", "would start supplying")
    private static final WordSet CONTINUING = WordSet.of("keep", "keeps", "kept", "continue", "continues", "continued",
            "begin", "start", "resume");

    /**
     * Where the verb group begins: auxiliaries, negation and adverbs just before the verb. Quote marks and
     * other -ly adverbs belong to it when an auxiliary stands before them ("would 'totally destroy'").
     */
    static int groupStart(Sentence s, int verb) {
        int k = verb;
        for (int j = verb; j > 0 && verb - j < 6; j--) {
            String w = s.lower(j - 1);
            // a capitalised "May" inside the sentence is a name ("Theresa May arrived"), not the modal
            if (AUXILIARIES.contains(s.token(j - 1)) && !(w.equals("may") && j > 1 && s.token(j - 1).isCapitalized())) {
                k = j - 1;
            } else if (CONTINUING.contains(s.token(j - 1)) && j == verb && s.lower(verb).endsWith("ing")) {
                k = j - 1; // "would keep buying Russian oil", "will begin shipping": the act is under the group's modal (intent)
            } else if (COMPELLED.contains(s.token(j - 1)) && j > 1 && BE.contains(s.token(j - 2)) && s.lower(j).equals("to")) {
                k = j - 1; // "would be forced to take countermeasures": the act keeps the modal of its group
            } else if (isQuote(w) && openedOnVerb(s, j - 1)) {
                k = j - 1; // 'said it "resolutely opposes" the test': a quote opened on the verb group belongs to it
            } else if (!isQuote(w) && !(w.length() > 4 && w.endsWith("ly")
                    && Character.isLowerCase(s.token(j - 1).text().charAt(0)))) {
                break;
            }
        }
        return k;
    }

    private static final WordSet QUOTING_SUBJECTS = WordSet.of("it", "he", "she", "they", "we");

    /**
     * 'China said it "resolutely opposes"', 'Britain "rejected"': the quote at {@code q} opens (an even number of quote
     * marks before it) right after the subject, a pronoun or a name, so it is the start of the quoted verb group.
     */
    private static boolean openedOnVerb(Sentence s, int q) {
        int quotes = 0;
        for (int i = 0; i < q; i++) {
            quotes += isQuote(s.lower(i)) ? 1 : 0;
        }
        return q > 0 && quotes % 2 == 0 && (QUOTING_SUBJECTS.contains(s.token(q - 1))
                || s.token(q - 1).isWord() && s.token(q - 1).isCapitalized());
    }

    /** "had not invaded", "did not attack": a deed said not to have happened (not "no intention of attacking"). */
    static boolean deniedDeed(Sentence s, int group, int verb) {
        for (int i = group; i < verb; i++) {
            if (Words.VERB_NEGATORS.contains(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    // with "no" before them, what makes an act meant or allowed: "has no plans to", "had no authority to deploy"
    private static final WordSet NEGATED_INTENTS = WordSet.of("intention", "intentions", "plans", "plan", "desire", "wish",
            "interest", "need", "reason", "authority", "right", "power", "powers", "mandate", "permission");

    static boolean negated(Sentence s, int group, int verb) {
        for (int i = group; i < verb; i++) {
            if (NEGATORS.contains(s.token(i))) {
                return true;
            }
        }
        // "had no intention of attacking", "has no plans to visit", "had no authority to deploy"
        for (int i = Math.max(0, verb - 4); i + 1 < verb; i++) {
            if (s.lower(i).equals("no") && NEGATED_INTENTS.contains(s.token(i + 1))) {
                return true;
            }
        }
        // "Neither Washington nor Beijing has commented": a negated compound subject
        for (int i = group - 1; i >= 0 && group - i <= 10; i--) {
            if (Words.CLAUSE_BOUNDARIES.contains(s.token(i)) || s.lower(i).equals(",")) {
                break;
            }
            if (s.lower(i).equals("neither")) {
                return true;
            }
            // "No Chinese leader has set foot in Taiwan", "no country has recognised it": a subject quantified by "no"
            // at the clause's start (not "No. 2", not '"No," he said')
            if (s.lower(i).equals("no") && i + 1 < group && s.token(i + 1).isWord() && !Character.isDigit(s.lower(i + 1).charAt(0))
                    && !NO_IDIOMS.contains(s.token(i + 1))
                    && (i == 0 || Words.CLAUSE_BOUNDARIES.contains(s.token(i - 1)) || s.lower(i - 1).equals(","))) {
                return true;
            }
        }
        // "has yet to ratify", "is yet to respond": not done (R8); "failed to" is a verb of its own
        for (int i = Math.max(0, verb - 3); i + 1 < verb; i++) {
            if (s.lower(i).equals("yet") && s.lower(i + 1).equals("to")) {
                return true;
            }
        }
        // "failed to sign the accord", "failed to arrest Bashir": an act attempted and not done (R8); "failed to reach
        // agreement" is a verb of its own (164)
        return verb >= 2 && Words.FAIL_FORMS.contains(s.token(verb - 2)) && s.lower(verb - 1).equals("to");
    }

    /** "No sooner had ...", "No doubt ...", "No matter ...": "no" that quantifies no subject. */
    private static final WordSet NO_IDIOMS = WordSet.of("sooner", "doubt", "matter", "longer", "wonder");

    private static final WordSet OCCASIONS = WordSet.of("during");

    /**
     * "did not arrest Bashir during his visit to Johannesburg": an occasion named after the negated verb, in a
     * simultaneous time adverbial (R1), is asserted whatever the clause's verb denies; a nominal act there keeps its
     * event (R8 negates the verb only). True when "during" stands between the clause's last negator and the nominal.
     */
    static boolean occasionAfterNegation(Sentence s, int group, int nominal) {
        int negator = -1;
        for (int i = group; i < nominal; i++) {
            if (NEGATORS.contains(s.token(i))) {
                negator = i;
            }
        }
        for (int i = negator + 1; negator >= 0 && i < nominal; i++) {
            if (OCCASIONS.contains(s.token(i))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet SPECULATIVE = WordSet.of("could", "might", "may");

    /** "could attack", "might invade": a possibility, not an intent. */
    static boolean speculation(Sentence s, int group, int verb) {
        return SPECULATIVE.anyIn(s, group, verb);
    }

    static boolean hasModal(Sentence s, int group, int verb) {
        return MODALS.anyIn(s, group, verb);
    }

    private static final WordSet PROGRESSIVE_BE = WordSet.of("is", "are", "was", "were", "'s", "'re");

    /**
     * "it was withdrawing its diplomats", "they are leaving ECOWAS": a present or past progressive (not "had been
     * leaving"), which in a speaker's words about its own side's act announces the step (S7-8) rather than reports it done;
     * not when the step takes effect at once ("were leaving ECOWAS with immediate effect": done, 160).
     */
    static boolean progressive(Sentence s, int group, VerbMatch m) {
        if (m.nominal() || !m.ingForm()) {
            return false;
        }
        for (int i = group; i < m.start(); i++) {
            if (PROGRESSIVE_BE.contains(s.token(i))) {
                return (i == 0 || !s.lower(i - 1).equals("been")) && !takesEffectNow(s, m.last());
            }
        }
        return false;
    }

    /** "... with immediate effect", "..., effective immediately": the step is taken now, a deed and not an announcement. */
    private static boolean takesEffectNow(Sentence s, int from) {
        for (int i = from; i + 1 < s.size() && i < from + 8; i++) {
            String w = s.lower(i);
            if (w.equals(";") || w.equals(".")) {
                return false;
            }
            if (w.equals("immediate") && s.lower(i + 1).equals("effect") || w.equals("effective") && s.lower(i + 1).equals("immediately")
                    || w.equals("immediately") || w.equals("forthwith")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb right after "and" shares the modal of the verb group before it in the same clause: "Israel would go into
     * Rafah and finish the job against Hamas", "Poland will stop supplying weapons and focus on its defence" (the second
     * act is announced too). Stops at a comma, a clause boundary or a reporting word, so "said it would talk, and troops
     * attacked" keeps the attack done.
     */
    static boolean sharedModal(Sentence s, int group) {
        int and = group - 1;
        while (and > 0 && isQuote(s.lower(and))) {
            and--; // "would go into Rafah and 'finish the job'"
        }
        if (and < 1 || !s.lower(and).equals("and")) {
            return false;
        }
        for (int i = and - 1; i >= 0 && and - i <= 12; i--) {
            String w = s.lower(i);
            if (MODALS.contains(s.token(i))) {
                return !w.equals("could") && !w.equals("might") && !w.equals("may");
            }
            if (w.equals(",") || w.equals(";") || w.equals("and") || w.equals("that") || Words.CLAUSE_BOUNDARIES.contains(s.token(i))) {
                return false;
            }
        }
        return false;
    }

    static boolean isPassive(Sentence s, int group, VerbMatch m) {
        boolean be = false;
        for (int i = group; i < m.start(); i++) {
            if (BE.contains(s.token(i))) {
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
        return Words.pastParticiple(first) || Words.IRREGULAR_PARTICIPLES.contains(f);
    }

    /**
     * "were beaten and tortured by riot police", "had been abducted and later killed by Russian soldiers": a participle
     * after "and" or "or" with its by-agent right after it shares the passive group of the participle before the
     * conjunction; that group's start (where its subject ends), or -1.
     */
    static int sharedPassiveGroup(Sentence s, int group, VerbMatch m) {
        if (m.nominal() || group != m.start() || m.end() >= s.size() || !s.lower(m.end()).equals("by") || !Words.pastParticiple(m.formText())) {
            return -1;
        }
        int and = group - 1;
        if (and > 0 && (s.lower(and).equals("later") || s.lower(and).equals("then"))) {
            and--; // "abducted and later killed by"
        }
        if (and < 2 || !(s.lower(and).equals("and") || s.lower(and).equals("or")) || !Words.pastParticiple(s.lower(and - 1))) {
            return -1;
        }
        int first = groupStart(s, and - 1);
        for (int i = first; i < and - 1; i++) {
            if (BE.contains(s.token(i))) {
                return first;
            }
        }
        return -1;
    }

    /** Participles that, followed by their preposition in a verb form, are adjectives of a state of mind. */
    private static final WordSet ADJECTIVES_WITH_PREPOSITION = WordSet.of("concerned", "worried", "alarmed",
            "disappointed", "dismayed", "outraged", "incensed", "displeased", "dissatisfied", "irritated", "annoyed",
            "troubled", "disturbed", "perturbed");
    private static final WordSet AFTER_PARTICIPLE = WordSet.of("by", "in", "at", "on", "near", "during", "over", "after",
            "since", "for", "last", "yesterday", "today", "overnight", "earlier", ",", ".");

    /**
     * "soldiers killed in Ukraine", "civilians imprisoned for acting against Moscow", "diplomats expelled by
     * Russia": a participle of force, coercion or expulsion right after an actor, with no auxiliary and no
     * object, is a passive whose patient is that actor (the active verb would take an object).
     */
    static boolean reducedPassive(Sentence s, List<ActorMention> mentions, int group, VerbMatch m, String code) {
        if (group != m.start() || m.last() != m.end() || m.end() >= s.size() || code == null
                || !(code.startsWith("16") || code.startsWith("17") || code.startsWith("18") || code.startsWith("20"))
                || !AFTER_PARTICIPLE.contains(s.token(m.end())) || ActorMention.endingAt(mentions, m.start()) == null
                || countFollows(s, m.end())) {
            return false;
        }
        return Words.pastParticiple(m.formText());
    }

    /**
     * "comparing the move to U.S. weapons deployed in Europe", "rammed a fishing boat anchored near the reef": a past
     * participle with no auxiliary, no by-agent and no object of its own (a preposition, punctuation or the end follows)
     * right after a common noun that an earlier verb of the clause governs, alone or through prepositions, modifies that
     * noun (a reduced relative clause): it is no act of the clause's subject, and it names no doer. A noun that opens
     * the clause ("Russian troops deployed to the border") or follows "of" ("a team of experts arrived in") may be the
     * participle's subject, and a verb of speech opens a clause of its own ("said troops deployed near ...").
     */
    static boolean participleOnObject(Sentence s, List<VerbMatch> verbs, int v) {
        VerbMatch m = verbs.get(v);
        String f = m.formText().toLowerCase(Locale.ROOT);
        int next = m.start() + 1;
        if (m.nominal() || m.ingForm() || f.indexOf(' ') >= 0 || groupStart(s, m.start()) != m.start() || !Words.pastParticiple(f)
                || !commonNounBefore(s, m.start()) || next < s.size() && s.token(next).isWord() && !OBJECT_ENDS.contains(s.lower(next))
                || next < s.size() && countFollows(s, next)) {
            return false; // "the earthquake ... killed at least 30 people": a count is the verb's object
        }
        boolean direct = true;
        for (int k = m.start() - 2; k >= 0 && m.start() - k <= 12; k--) {
            String w = s.lower(k);
            if (w.endsWith("ing") && k > 0 && s.lower(k - 1).equals(",")) {
                return true; // "..., likening the step to U.S. missiles stationed in Germany": a participle clause's verb
            }
            if (AUXILIARIES.contains(w) && !w.equals("to") && !CLAUSE_OPENERS.contains(w)) {
                return !direct; // "would respond to the U.S. troops deployed in Iraq"; not "has troops deployed near"
            }
            if (CLAUSE_OPENERS.contains(w) || contactClause(s, verbs, k)) {
                return false;
            }
            for (int o = v - 1; o >= 0; o--) {
                VerbMatch earlier = verbs.get(o);
                if (!earlier.nominal() && earlier.start() <= k && k < earlier.end()) {
                    // "ordered eight ministers jailed": the participle is the order's complement, the act ordered
                    return earlier.entry().kind() != VerbEntry.Kind.SAY && !(direct && COMPLEMENT_VERBS.contains(s.lower(earlier.start())))
                            && !inSubject(s, earlier);
                }
            }
            direct &= !OBJECT_ENDS.contains(w) && !w.equals("of");
        }
        return false;
    }

    /**
     * "the convoy sent by the government arrived in", "the ministers who signed the deal arrived in": a verb in a
     * relative clause or a reduced one, inside the subject of the verb after it, governs no object of that verb.
     */
    private static boolean inSubject(Sentence s, VerbMatch earlier) {
        int group = groupStart(s, earlier.start());
        int next = earlier.start() + 1;
        return group > 0 && Words.RELATIVES.contains(s.lower(group - 1)) || group == earlier.start() && next < s.size()
                && (s.lower(next).equals("by") || OBJECT_ENDS.contains(s.lower(next))) && Words.pastParticiple(earlier.formText().toLowerCase(Locale.ROOT));
    }


    /**
     * "an accord their security chiefs signed in Tashkent": a determiner right after a common noun opens a relative
     * clause with no pronoun, whose subject the noun before the participle is.
     */
    private static boolean contactClause(Sentence s, List<VerbMatch> verbs, int k) {
        if (k < 1 || !CLAUSE_DETERMINERS.contains(s.lower(k)) || !commonNounBefore(s, k)) {
            return false;
        }
        String before = s.lower(k - 1);
        return !before.endsWith("ing") && !before.endsWith("ed") && !OBJECT_ENDS.contains(before) && verbs.stream().noneMatch(o -> o.start() <= k - 1 && k - 1 < o.end());
    }

    private static final WordSet CLAUSE_DETERMINERS = WordSet.of("the", "a", "an", "their", "its", "his", "her", "our");

    private static boolean commonNounBefore(Sentence s, int at) {
        String w = at > 0 ? s.lower(at - 1) : "";
        return at > 1 && s.token(at - 1).isWord() && (Character.isLowerCase(s.token(at - 1).text().charAt(0)))
                && !NOT_NOUNS.contains(w) && !AUXILIARIES.contains(w) && !CLAUSE_OPENERS.contains(w) && !w.equals("itself")
                && !w.endsWith("ly");
    }

    /** Words after a participle that show it takes no object: places, times, manner. */
    private static final WordSet OBJECT_ENDS = WordSet.of("in", "at", "on", "near", "to", "into", "from", "across", "along",
            "inside", "outside", "off", "around", "during", "since", "under", "over", "there", "here", "abroad", "nearby");
    /** Verbs whose object a participle completes: the act they order or want done ("ordered the ministers jailed"). */
    private static final WordSet COMPLEMENT_VERBS = WordSet.of("ordered", "orders", "order", "wanted", "wants", "want");
    /** Words that open a clause whose subject a noun before a participle may be. */
    private static final WordSet CLAUSE_OPENERS = Words.SUBORDINATORS.with(",", ";", ":", "and", "or", "but", "that", "which",
            "who", "where", "\"");

    /**
     * "a peacekeeping force requested by President Tokayev", "the talks sought by Washington", "reforms demanded by
     * the IMF": the participle of an appeal or demand (02x, 10x) right after an actor and "by" names what was asked for;
     * the one asked is not named, so no event (S7-9), and the actor before it did not ask.
     */
    static boolean askedFor(Sentence s, List<ActorMention> mentions, int group, VerbMatch m, String code) {
        if (group != m.start() || m.last() != m.end() || m.end() + 1 >= s.size() || code == null
                || !(code.startsWith("02") || code.startsWith("10")) || !s.lower(m.end()).equals("by")
                || ActorMention.endingAt(mentions, m.start()) == null || s.lower(m.end() + 1).endsWith("ing")) {
            return false;
        }
        String f = m.formText();
        return f.endsWith("ed") || Words.IRREGULAR_PARTICIPLES.contains(f);
    }

    /** "at least 20", "over 100": a count's quantifier, where the object begins, not a preposition. */
    private static boolean countFollows(Sentence s, int at) {
        String w = s.lower(at);
        return at + 1 < s.size() && (w.equals("at") && (s.lower(at + 1).equals("least") || s.lower(at + 1).equals("most"))
                || w.equals("over") && number(s.lower(at + 1)));
    }

    /**
     * Where the subject ends when a non-restrictive relative clause stands between it and the verb
     * ("Germany, which holds the presidency, condemned"): the comma that opens the clause; otherwise the verb.
     */
    static int beforeRelativeClause(Sentence s, int verb) {
        if (verb < 4 || !s.lower(verb - 1).equals(",")) {
            return verb;
        }
        for (int c = verb - 3; c >= Math.max(1, verb - 25); c--) {
            String w = s.lower(c);
            if (w.equals(",")) {
                return Words.RELATIVES.contains(s.token(c + 1)) ? c : verb;
            }
            if (w.equals(";") || w.equals(":")) {
                return verb;
            }
        }
        return verb;
    }
    private static final WordSet TIME_CONNECTIVES = WordSet.of("after", "before", "until", "when");

    /**
     * "after a far-right politician burned a Koran": a time clause with words of its own before its verb
     * has its own subject, even one the dictionaries do not know; the main clause's actor is not it.
     */
    static boolean ownSubjectClause(Sentence s, int connective, int group) {
        if (!TIME_CONNECTIVES.contains(s.token(connective)) || connective + 1 >= group) {
            return false;
        }
        for (int t = connective + 1; t < group; t++) {
            if (s.lower(t).equals(",")) {
                return false; // "Xi, after talks with Biden, agreed": the clause ends before the verb
            }
        }
        return true;
    }

    private static final WordSet NUMBERS = WordSet.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "several", "dozens", "hundreds", "thousands");

    /** "40", "four", "dozens": a number before the actor it counts ("by 40 drones", "of four regions"). */
    static boolean number(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) || NUMBERS.contains(w);
    }

    static boolean isQuote(String w) {
        return w.equals("'") || w.equals("\"");
    }

    private static final WordSet CALLED_OFF = WordSet.of("postponed", "cancelled", "canceled", "delayed", "scrapped",
            "shelved", "called");
    private static final WordSet COLLAPSED = WordSet.of("collapsed", "collapses", "expired", "expires", "unravelled",
            "unraveled", "faltered", "crumbled", "failed", "fails");

    private static final WordSet INQUIRIES = WordSet.of("investigation", "investigations", "inquiry", "inquiries", "probe",
            "probes", "inquest");
    private static final WordSet SEARCHING = WordSet.of("raid", "raids", "raided", "raiding", "search", "searches", "searched",
            "searching", "stormed", "seized", "seize", "seizes", "seizing", "confiscated");

    /**
     * "Police raided apartments linked to Najib as part of a corruption investigation", "searched the consulate as part
     * of their inquiry into ...", "seized documents in a fraud probe": a raid, search or seizure made for an inquiry
     * gathers evidence for it (091), and is no use of force; anything else keeps {@code code}.
     */
    static String inquiryCode(Sentence s, VerbMatch m, String code) {
        if (code == null || m.nominal() || !(code.startsWith("17") || code.startsWith("19")) || !SEARCHING.contains(s.token(m.start()))) {
            return code;
        }
        for (int i = m.end(); i + 2 < s.size(); i++) {
            if (s.lower(i).equals(";") || Words.CLAUSE_BOUNDARIES.contains(s.token(i)) && !s.lower(i).equals("that")) {
                return code;
            }
            boolean part = s.lower(i).equals("as") && s.lower(i + 1).equals("part") && s.lower(i + 2).equals("of");
            boolean in = s.lower(i).equals("in") && i + 1 < s.size() && (s.lower(i + 1).equals("a") || s.lower(i + 1).equals("an"));
            if (part || in) {
                for (int j = i + (part ? 3 : 2); j < Math.min(s.size(), i + 8); j++) {
                    if (INQUIRIES.contains(s.token(j))) {
                        return "091";
                    }
                    if (s.lower(j).equals(",") || s.lower(j).equals("into")) {
                        break;
                    }
                }
            }
        }
        return code;
    }

    /**
     * "... was postponed / cancelled / called off", "the truce between X and Y collapsed": a nominal event that
     * did not take place or no longer holds; a participle set off by commas may stand between ("Xi's state visit to
     * Tokyo, planned for April, would be postponed").
     */
    static boolean calledOff(Sentence s, int from) {
        int skipped = 0;
        for (int i = from; i < Math.min(s.size(), from + 10 + skipped); i++) {
            String w = s.lower(i);
            int close = w.equals(",") ? insertedParticiple(s, i) : -1;
            if (close > 0) {
                skipped += close - i;
                i = close;
                continue;
            }
            if (Words.CLAUSE_BOUNDARIES.contains(w) || w.equals(",")) {
                return false;
            }
            if (i < from + 6 + skipped && CALLED_OFF.contains(w) && i > 0 && BE.contains(s.token(i - 1))
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

    /** The closing comma of ", planned for April," opening at the comma {@code comma}, or -1. */
    private static int insertedParticiple(Sentence s, int comma) {
        if (comma + 1 >= s.size() || !s.lower(comma + 1).endsWith("ed")) {
            return -1;
        }
        for (int j = comma + 2; j < Math.min(s.size(), comma + 7); j++) {
            if (s.lower(j).equals(",")) {
                return j;
            }
            if (Words.CLAUSE_BOUNDARIES.contains(s.lower(j))) {
                return -1;
            }
        }
        return -1;
    }

    private static final WordSet HELD = WordSet.of("resume", "begin", "start", "open", "reconvene", "convene");
    private static final WordSet PLANNED = WordSet.of("scheduled", "due", "set");

    /**
     * "talks between Ukraine and Russia will take place in Istanbul", "a summit with Kim would be held", "talks with India
     * would resume next month", "the talks are scheduled to resume": a meeting named as a noun and announced as the subject
     * of a future clause (bounded look, no comma or clause boundary between), so it is intended (036), not held.
     */
    static boolean scheduledAfter(Sentence s, int from) {
        return futureOfNoun(s, from) > 0;
    }

    /** "talks between Serbia and Kosovo would not take place": a meeting said not to be going to happen, none held. */
    static boolean notToBeHeldAfter(Sentence s, int from) {
        return futureOfNoun(s, from) < 0 || notHeldSince(s, from);
    }

    /** Past forms of {@link #HELD} and the like: what a meeting that took place did. */
    private static final WordSet HAS_BEEN_HELD = WordSet.of("resumed", "begun", "began", "started", "opened", "reconvened",
            "convened", "happened", "occurred", "materialised", "materialized", "proceeded");
    private static final WordSet PAST_AUXILIARIES = WordSet.of("has", "have", "had", "did", "do", "does", "was", "were");

    /**
     * "talks between Egypt, Ethiopia and Sudan have not resumed since ...", "the summit never took place", "talks have yet
     * to begin": a meeting named as a noun, the subject of a clause that says it has not been held (bounded look; the
     * commas of a list of parties after "between" are crossed, no other).
     */
    private static boolean notHeldSince(Sentence s, int from) {
        boolean parties = false;
        for (int i = Math.max(0, from - 3); i < from; i++) {
            parties = parties || s.lower(i).equals("between"); // the form's own ("talks between +")
        }
        for (int i = from; i + 2 < s.size() && i < from + 16; i++) {
            String w = s.lower(i);
            parties = parties || w.equals("between");
            if (Words.CLAUSE_BOUNDARIES.contains(w) || w.equals(".") || w.equals(",") && !parties) {
                return false;
            }
            parties = parties && !w.equals("and");
            boolean never = w.equals("never");
            boolean not = PAST_AUXILIARIES.contains(s.token(i)) && Words.VERB_NEGATORS.contains(s.token(i + 1));
            boolean yet = PAST_AUXILIARIES.contains(s.token(i)) || BE.contains(s.token(i));
            if (yet && s.lower(i + 1).equals("yet") && s.lower(i + 2).equals("to")) {
                return held(s, i + 3);
            }
            if (never || not) {
                int at = never ? i + 1 : i + 2;
                return heldInThePast(s, at) || held(s, at);
            }
        }
        return false;
    }

    private static boolean heldInThePast(Sentence s, int at) {
        if (at >= s.size()) {
            return false;
        }
        String w = s.lower(at);
        String next = at + 1 < s.size() ? s.lower(at + 1) : "";
        return (w.equals("took") || w.equals("taken")) && next.equals("place") || w.equals("been") && next.equals("held")
                || (w.equals("went") || w.equals("gone")) && next.equals("ahead") || HAS_BEEN_HELD.contains(s.token(at));
    }

    /** 1 when the noun before {@code from} is the subject of a future "take place / be held / resume ...", -1 when negated. */
    private static int futureOfNoun(Sentence s, int from) {
        for (int i = from; i + 2 < s.size() && i < from + 10; i++) {
            String w = s.lower(i);
            if (Words.CLAUSE_BOUNDARIES.contains(w) || w.equals(",") || w.equals(".")) {
                return 0;
            }
            if (Words.FUTURE_MODALS.contains(w)) {
                boolean negated = s.lower(i + 1).equals("not") || s.lower(i + 1).equals("never") || s.lower(i + 1).equals("n't");
                int at = negated ? i + 2 : i + 1;
                return held(s, at) ? (negated ? -1 : 1) : 0;
            }
            if (BE.contains(s.token(i)) && PLANNED.contains(s.token(i + 1)) && s.lower(i + 2).equals("to")) {
                return 1;
            }
        }
        return 0;
    }

    private static boolean held(Sentence s, int at) {
        if (at >= s.size()) {
            return false;
        }
        String w = s.lower(at);
        String next = at + 1 < s.size() ? s.lower(at + 1) : "";
        return w.equals("take") && next.equals("place") || w.equals("be") && next.equals("held") || w.equals("go") && next.equals("ahead")
                || HELD.contains(s.token(at));
    }

    /** "... was signed in Jeddah": the nominal before it, as the passive's subject, was signed (bounded look). */
    static boolean signedAfter(Sentence s, int from) {
        for (int i = from; i < Math.min(s.size(), from + 25); i++) {
            String w = s.lower(i);
            if (Words.CLAUSE_BOUNDARIES.contains(w) || w.equals(".")) {
                return false;
            }
            if (w.equals("signed") && i > 0 && BE.contains(s.token(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet ENDED = WordSet.of("ended", "ends", "closed", "concluded", "broke", "wrapped");
    private static final WordSet FAILED = WordSet.of("collapsed", "collapse", "collapses", "foundered", "founders");
    private static final WordSet OUTCOMES = WordSet.of("agreement", "deal", "breakthrough", "progress", "result",
            "results", "accord", "compromise", "settlement");
    private static final WordSet YIELD = WordSet.of("produce", "yield", "reach", "deliver", "bring", "achieve", "secure");
    private static final WordSet YIELDED = WordSet.of("produced", "yielded", "brought", "delivered", "achieved");

    /**
     * "talks between X and Y failed to produce agreement", "negotiations ... yielded no breakthrough": the verb at
     * {@code i} is followed (within four words, "no" before the outcome when the verb is not "failed") by an outcome.
     */
    private static boolean outcomeMissed(Sentence s, int i) {
        boolean failed = Words.FAIL_FORMS.contains(s.token(i));
        for (int k = i + 1; k < Math.min(s.size(), i + 6); k++) {
            if (OUTCOMES.contains(s.token(k))) {
                return failed || s.lower(k - 1).equals("no") || k > 1 && s.lower(k - 2).equals("no");
            }
        }
        return false;
    }

    /**
     * "Talks between Egypt and Ethiopia on the Nile dam ended without agreement", "negotiations between Serbia and
     * Kosovo collapsed": talks named as the clause's subject that stop with nothing agreed are halted (164), not held.
     * The subject may run long before its verb ("talks between Egypt and Ethiopia on the filling of the giant dam Addis
     * Ababa is building on the Blue Nile ended without agreement"); a comma or a clause boundary still ends the search.
     */
    static boolean failedAfter(Sentence s, int from) {
        for (int i = from; i < Math.min(s.size(), from + 20); i++) {
            String w = s.lower(i);
            if (Words.CLAUSE_BOUNDARIES.contains(s.token(i)) || w.equals(".") || w.equals(",")) {
                return false;
            }
            if (FAILED.contains(s.token(i)) || w.equals("broke") && i + 1 < s.size() && s.lower(i + 1).equals("down")) {
                return true;
            }
            if (YIELDED.contains(s.token(i)) || Words.FAIL_FORMS.contains(s.token(i)) && i + 2 < s.size()
                    && s.lower(i + 1).equals("to") && YIELD.contains(s.token(i + 2))) {
                return outcomeMissed(s, i);
            }
            if (ENDED.contains(s.token(i))) {
                for (int j = i + 1; j < Math.min(s.size(), i + 4); j++) {
                    if (s.lower(j).equals("without")) {
                        for (int k = j + 1; k < Math.min(s.size(), j + 4); k++) {
                            if (OUTCOMES.contains(s.token(k))) {
                                return true;
                            }
                        }
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static final WordSet RECORDS = WordSet.of("first", "only", "last", "highest-ranking", "highest-level",
            "senior-most", "youngest", "oldest", "highest", "biggest", "largest", "latest", "most");

    /** ", the highest-ranking American official to visit Taiwan": an appositive infinitive that describes a record. */
    static boolean describedRecord(Sentence s, int verb) {
        if (verb < 3 || !s.lower(verb - 1).equals("to")) {
            return false;
        }
        for (int t = verb - 2; t >= Math.max(0, verb - 8); t--) {
            String w = s.lower(t);
            if (RECORDS.contains(w)) { // a superlative, not any word in -est ("a request to visit")
                // an apposition after the act it describes, not "was the first ... to visit", which reports the visit
                return t > 1 && (s.lower(t - 1).equals("the") || s.lower(t - 1).equals("a")) && s.lower(t - 2).equals(",");
            }
            if (w.equals(",") || Words.CLAUSE_BOUNDARIES.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
