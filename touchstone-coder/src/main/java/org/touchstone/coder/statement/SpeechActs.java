package org.touchstone.coder.statement;

import java.util.List;
import java.util.Map;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.event.GovernorCircumstance;
import org.touchstone.coder.event.StanceLexicon;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * What kind of act the words are: a speech act of the speaker's own, a resolution or proclamation
 * (formal acts, not words), an allegation of force, an appeal, a claim.
 */
final class SpeechActs {
    private SpeechActs() {
    }

    /** Pronouns that open a relative clause inside a labelled object, and how far past one the label may end. */
    private static final int RELATIVE_REACH = 12;

    /** How far a comma participle's label may stand past it. */
    private static final int PARTICIPLE_REACH = 9;

    /**
     * The nouns that take up any act at all, whatever its kind ("a move", "a step", "a decision"). Apposed after the act
     * (", a move Seoul called retaliation") they can only take it up; a noun that names a kind of act (", an attack
     * Seoul called ...") may tell an act of its own, so the apposition reads these alone. {@link #ACT_NOUNS} holds them too.
     */
    private static final WordSet ANY_ACT_NOUNS = WordSet.of("move", "step", "decision", "measure", "action");
    /** How far before "called" the apposition may open (", a move South Korea's foreign ministry called"). */
    private static final int APPOSITION_REACH = 8;

    /**
     * ", a move Seoul called retaliation for court rulings", ", a decision the White House called a mistake": the one who
     * calls, right after an apposed noun that takes up the act before, gives it a name of its own, quoted or not (and
     * one who says, ", a step Canberra said was unjustified", speaks of it).
     */
    static boolean apposedToAct(Sentence s, int called) {
        for (int k = called - 1; k >= 2 && k >= called - APPOSITION_REACH; k--) {
            if (s.lower(k).equals(",")) {
                return false;
            }
            if (ANY_ACT_NOUNS.contains(s.token(k)) && Words.INDEFINITE_ARTICLES.contains(s.token(k - 1))
                    && s.lower(k - 2).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether "call" gives its object a label, a characterization: in quotes ("called Israel 'a terror state'", "calling
     * it 'barbarism'"), after a noun apposed to the act (", a move Seoul called retaliation"), as a noun with its article
     * after a comma participle's object (", calling the raid an act of barbarism") or as an evaluation unquoted ("called
     * the deal null and void"); not a name the report keeps its distance from ("what it called 'measures'"). By name:
     * the bare label is call's own, describe (of the same role, characterizing) has "as".
     */
    static boolean labels(Sentence s, VerbMatch v) {
        if (!v.entry().name().equals("call") || v.pattern().code() != null) {
            return false;
        }
        for (int i = Math.max(0, v.start() - 5); i < v.start(); i++) {
            if (s.lower(i).equals("what")) {
                // "launched what it called 'measures'", "struck what the Israeli army called terrorist targets": the
                // report keeps its distance from a name
                return false;
            }
        }
        if (apposedToAct(s, v.start())) {
            return true;
        }
        // ", calling the raid an act of barbarism", ", calling his release a gesture of peace": a participle after a comma
        // that names its object and then what it is, as a noun with its article, labels it, evaluative words or not
        // (its object may be longer: "calling the army's removal of Morsi an unconstitutional change")
        boolean participle = v.ingForm() && v.start() > 0 && s.lower(v.start() - 1).equals(",");
        int end = v.end();
        int reach = v.end() + (participle ? PARTICIPLE_REACH : 6);
        boolean relative = false;
        for (int i = v.end(); i < Math.min(s.size(), reach); i++) {
            String w = s.lower(i);
            if (w.equals("'") || w.equals("\"")) {
                return true;
            }
            if (participle && !relative && i > v.end() + 1 && Words.INDEFINITE_ARTICLES.contains(w)) {
                return true;
            }
            if (!relative && Words.RELATIVES.contains(s.token(i)) && i > v.end() && s.token(i - 1).isWord()) {
                // "called the blast that damaged the Crimean Bridge a terrorist attack": the object's relative clause
                // holds the label's place; the label follows it, before the comma
                relative = true;
                reach = i + RELATIVE_REACH;
                continue;
            }
            if (w.equals("on") && i + 1 < s.size() && Words.WEEKDAYS.contains(s.token(i + 1))) {
                break; // "called Guyana's president a traitor on Monday": the day the label was given ends it
            }
            if (!relative && (w.equals("to") || w.equals("for") || w.equals("on"))) {
                return false; // "called Somalia to discuss the dangerous situation", "called for": no label
            }
            if (Words.CLAUSE_BOUNDARIES.contains(w) || w.equals(",")) {
                break;
            }
            end = i + 1;
        }
        // "called the deal null and void", "called the decision deeply regrettable": an evaluation, unquoted
        return StanceLexicon.evaluation(s, v.end(), end) != null;
    }

    /** Chambers whose demands and appeals are resolutions adopted by vote (GOLD-SET.md, Statements: formal acts). */
    private static final List<String> VOTING_BODIES = List.of("assembly", "security council", "human rights council", "board");
    /** Documents that speak for a body ("a Security Council draft calling for ..."). */
    private static final WordSet DOCUMENTS = WordSet.of("draft", "resolution", "resolutions", "text");

    /**
     * Whether a speech act is a resolution rather than words: its subject voted ("the assembly voted to
     * demand"), is a UN-style voting chamber ("the Security Council demanded"), or is a document of one.
     */
    static boolean resolution(Sentence s, List<ActorMention> mentions, VerbMatch v) {
        ActorMention subject = v.source();
        if (subject == null) {
            for (ActorMention m : mentions) {
                if (m.isResolved() && !m.locative() && m.end() <= v.start() && v.start() - m.end() <= 8) {
                    subject = m;
                }
            }
        }
        if (subject == null || subject.end() > v.start() || ReportedWords.addressed(s, subject)) {
            return false; // "..., Baerbock told the U.N. General Assembly, urging ...": the body heard the appeal
        }
        for (int i = subject.end(); i < v.start(); i++) {
            if (s.lower(i).equals("voted") || s.lower(i).equals(",") || Words.CLAUSE_BOUNDARIES.contains(s.token(i))) {
                if (s.lower(i).equals("voted")) {
                    return true;
                }
                break;
            }
        }
        if (inAResolution(s, v)) {
            return true;
        }
        if (subject.code() == null || !subject.code().startsWith("IGO")) {
            return false;
        }
        if (subject.end() < s.size() && DOCUMENTS.contains(s.token(subject.end()))) {
            return true;
        }
        String name = s.lowerText(subject.start(), subject.end());
        return VOTING_BODIES.stream().anyMatch(name::contains);
    }

    private static final WordSet RESOLUTIONS = WordSet.of("resolution", "resolutions");

    /**
     * Whether any body's speech act is made in a resolution: "demanded in a resolution that ...", "passed a resolution on
     * Sunday demanding the withdrawal of ..." (a participle after the resolution, no comma between): a formal act.
     */
    private static boolean inAResolution(Sentence s, VerbMatch v) {
        int after = v.end();
        if (after + 2 < s.size() && s.lower(after).equals("in") && (RESOLUTIONS.contains(s.token(after + 2))
                || after + 3 < s.size() && RESOLUTIONS.contains(s.token(after + 3)))) {
            return true;
        }
        for (int k = v.start() - 1; v.ingForm() && k >= Math.max(0, v.start() - 5); k--) {
            if (s.lower(k).equals(",") || Words.CLAUSE_BOUNDARIES.contains(s.token(k))) {
                return false;
            }
            if (RESOLUTIONS.contains(s.token(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A speech act in the passive with no by-agent ("was sworn in", "were urged to leave"): its
     * grammatical subject is the one the act is done to (R2), so no one in the sentence speaks.
     */
    static boolean agentlessPassive(Sentence s, VerbMatch v) {
        // (the pattern may have used words of the subject, before the verb: "the missile strike on Odesa was criticised by")
        return passiveForm(s, v) && !byAfter(s, v, Math.max(v.end(), v.last()) + 3);
    }

    /**
     * A speech act told inside the words another side reported (R2, R3): in the passive, its by-agent is told of,
     * whatever the verb ("Putin said Russia's proposals had been ignored by Washington and the alliance", "Lavrov said
     * Moscow's offer was turned down by NATO"); in the active, so is its subject when the subject stands in those words
     * ("Putin said the United States and NATO had ignored Russia's proposals", "The United States rejected Russia's
     * proposals, Putin said"). Neither speaks words of its own. Not in the words of the agent's own side ("The attack was
     * condemned by France, the foreign ministry said", "The United States rejected ..., the State Department said"), nor
     * in an outlet's report, which is the channel of the words ("..., Al Jazeera reported"), nor for the subject of a
     * clause of its own after a comma (", and Moscow denied", "..., an attack Iraq condemned").
     */
    static boolean toldInWords(Sentence s, List<ActorMention> mentions, VerbMatch v, Map<String, int[]> wordsOf, String agent) {
        // (the pattern may have used words of the subject, before the verb: the "by" is looked for after the verb)
        boolean passive = passiveForm(s, v) && byAfter(s, v, Math.max(v.end(), v.last()) + 3);
        for (Map.Entry<String, int[]> w : wordsOf.entrySet()) {
            int[] words = w.getValue();
            if (SpokenAbout.sameCountry(w.getKey(), agent) || w.getKey().equals(agent) || words[0] > v.start() || v.start() >= words[1]
                    || w.getKey().endsWith("MED") && !agent.endsWith("MED")) {
                continue;
            }
            if (passive || subjectInWords(s, mentions, w.getKey(), agent, words[0], v.start())) {
                return true;
            }
        }
        return false;
    }

    /** Subject pronouns: in reported words they point back to the speaker or those who speak with it ("they were of one mind"). */
    static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she", "it", "they", "we", "i");

    /**
     * Whether the agent is named between the words' start and the verb as the subject of a clause inside the words: not
     * a pronoun nor a pair or list with the speaker's own side, and with no comma between the words' start and the subject but one inside a list of actors (", and
     * Moscow denied ...", "..., an attack Iraq condemned ..." open clauses of their own).
     */
    private static boolean subjectInWords(Sentence s, List<ActorMention> mentions, String speaker, String agent, int from, int verb) {
        ActorMention subject = null;
        for (ActorMention m : mentions) {
            if (m.start() >= from && m.end() <= verb && m.codes().contains(agent)) {
                subject = m;
            }
        }
        if (subject == null || SUBJECT_PRONOUNS.contains(s.token(subject.start()))
                || subject.codes().stream().anyMatch(c -> SpokenAbout.sameCountry(c, speaker))) {
            return false; // "Xi said the two countries oppose hegemonism": the speaker's side among them speaks too
        }
        for (int c = from; c < subject.start(); c++) {
            if (s.lower(c).equals(";") || s.lower(c).equals(",") && !inList(s, mentions, c)) {
                return false;
            }
        }
        // "Russia said it had repelled an attack and Ukraine accused Moscow of ...": a clause of its own after "and",
        // but not an actor of a list ("the United States and NATO had ignored ...")
        int k = subject.start() - 1;
        if (k > 0 && Words.ARTICLES.contains(s.token(k))) {
            k--;
        }
        return !SpokenAbout.opensNextClause(s, subject) || k >= 0 && inList(s, mentions, k);
    }

    /** Whether a comma or "and" stands between two actors of a list ("Britain, France and Germany"). */
    private static boolean inList(Sentence s, List<ActorMention> mentions, int at) {
        boolean before = false;
        boolean after = false;
        for (ActorMention m : mentions) {
            before |= m.end() == at;
            after |= m.start() == at + 1 || m.start() == at + 2 && (s.lower(at + 1).equals("and") || s.lower(at + 1).equals("the"));
        }
        return before && after;
    }

    /** Words that open a clause, before the subject of its verb. */
    private static final WordSet CLAUSE_OPENERS = Words.CLAUSE_BOUNDARIES.with(",", "and", "'");

    /**
     * Where the subject of a speech act in the passive with a by-agent begins ("The shelling of Kharkiv was denounced by
     * France and Germany": "The"), its object in the active; -1 for other verbs. The subject is the clause's words before
     * the auxiliaries, from the clause's opening.
     */
    static int passiveSubject(Sentence s, VerbMatch v) {
        if (!passiveForm(s, v) || !byAfter(s, v, Math.max(v.end(), v.last()) + 3)) {
            return -1;
        }
        int k = v.start() - 1;
        while (k > 0 && (Words.BE_FORMS.contains(s.token(k)) || AUXILIARIES.contains(s.token(k)) || s.lower(k).endsWith("ly"))) {
            k--;
        }
        int start = k;
        while (start > 0 && !CLAUSE_OPENERS.contains(s.token(start - 1))) {
            start--;
        }
        return start <= k ? start : -1;
    }

    /** Auxiliaries before a passive's form of "be": "has been", "will be", "could be", "are to be". */
    private static final WordSet AUXILIARIES = WordSet.of("has", "have", "had", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "to", "not", "also");

    /** A verb after a form of "be" (an adverb between: "was formally sworn in", "had been flatly rejected"), no gerund. */
    private static boolean passiveForm(Sentence s, VerbMatch v) {
        int k = v.start() - 1;
        if (k > 0 && s.lower(k).endsWith("ly")) {
            k--;
        }
        return k >= 0 && Words.BE_FORMS.contains(s.token(k)) && !s.lower(v.start()).endsWith("ing");
    }

    /** Whether "by" stands after the verb's form, before token {@code to}. */
    private static boolean byAfter(Sentence s, VerbMatch v, int to) {
        for (int i = v.end(); i < Math.min(s.size(), to); i++) {
            if (s.lower(i).equals("by")) {
                return true;
            }
        }
        return false;
    }

    /** The act of a speech act, or of the complement an intent verb gave way to ("vowed to retaliate against"). */
    static boolean ownAct(Sentence s, VerbMatch v, CodedAct a) {
        VerbMatch c = a.verb();
        return c == v || v.entry().governs() == VerbEntry.Governs.INTENT && c.start() > v.start() && c.start() >= v.end()
                && (c.start() - v.end() <= 2 && s.lower(c.start() - 1).equals("to") || GovernorCircumstance.between(s, v, c)); // "pledged on a surprise visit to Kyiv to send"
    }

    /**
     * Nouns that name an act already told ("condemned the move", "a decision the UN criticized"): those that take up
     * any act, in either number, and those that name its kind.
     */
    private static final WordSet ACT_NOUNS = ANY_ACT_NOUNS.with("moves", "decisions", "steps", "measures", "actions",
            "deal", "agreement", "accord", "attack", "attacks", "strike", "strikes", "raid", "raids", "killing", "killings",
            "test", "tests", "launch", "launches", "vote", "referendum", "ban", "plan", "announcement", "order", "ruling",
            "verdict", "arrest", "arrests", "detention", "execution", "executions", "expulsion", "expulsions", "annexation",
            "invasion", "incursion", "offensive", "operation", "sanctions", "restrictions", "blockade", "shooting",
            "bombing", "bombings", "seizure", "crackdown", "gesture", "gift");
    /** Words that may stand between a speech act and the act noun it takes ("condemned the latest move"). */
    private static final WordSet ACT_DETERMINERS = WordSet.of("the", "this", "that", "these", "those", "such", "its",
            "their", "latest", "recent", "new", "unilateral", "planned");

    /** Whether the object of a speech act is an act named by a noun: "condemned the move", "criticized this decision". */
    static boolean actObject(Sentence s, int from) {
        for (int i = from; i < Math.min(s.size(), from + 3); i++) {
            if (ACT_NOUNS.contains(s.token(i))) {
                return i > from || !s.lower(i).equals("order"); // "ordered ..." is no object
            }
            if (!ACT_DETERMINERS.contains(s.token(i))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a speaker opens a relative clause on an act: "a decision the UN condemned", "..., which Seoul criticized",
     * "a step Canberra said was unjustified", "a gesture Ankara praised as friendship".
     */
    static boolean actBefore(Sentence s, int speakerAt) {
        int k = speakerAt - 1;
        if (k >= 0 && s.lower(k).equals("the")) {
            k--;
        }
        return k >= 0 && (ACT_NOUNS.contains(s.token(k)) || s.lower(k).equals("which") && k > 0 && s.lower(k - 1).equals(","));
    }

    /** A speech act with the source its speaker speaks for ("Islamic State's Afghan affiliate claimed ..."). */
    static CodedAct spokenFor(Sentence s, List<ActorMention> mentions, CodedAct a) {
        ActorMention speaker = null;
        for (ActorMention m : mentions) {
            if (m.end() <= a.verb().start() && m.isResolved() && m.code().equals(a.source())) {
                speaker = m;
            }
        }
        ActorMention org = speaker == null ? null : Speakers.affiliation(s, mentions, speaker);
        return org == null || org == speaker ? a
                : new CodedAct(org.code(), a.target(), a.code(), a.verb(), a.fromToken(), a.toToken(), a.entries());
    }

    private static final WordSet REFLEXIVES = WordSet.of("himself", "herself", "itself", "themselves");
    /** Statuses a declaration confers ("declared the outbreak a pandemic", "declared three days of national mourning"). */
    private static final WordSet STATUSES = WordSet.of("pandemic", "epidemic", "emergency", "independence", "disaster",
            "winner", "victor", "elected", "mourning", "holiday", "curfew", "martial", "lockdown");

    /**
     * A declaration that confers a status rather than reports words: "declared himself interim
     * president", "declared the outbreak a pandemic" (formal acts, GOLD-SET.md Statements).
     */
    static boolean proclamation(Sentence s, VerbMatch v) {
        if (!s.lower(v.start()).startsWith("declar") || v.end() >= s.size()) {
            return false;
        }
        if (REFLEXIVES.contains(s.token(v.end()))) {
            return true;
        }
        for (int i = v.end(); i < Math.min(s.size(), v.end() + 8); i++) {
            String w = s.lower(i);
            if (Words.CLAUSE_BOUNDARIES.contains(w) || w.equals(",") || w.equals("\"") || w.equals("'")) {
                return false;
            }
            if (STATUSES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A force verb in the words that no coded act came from (its target unnamed or not an actor). */
    static boolean uncodedForce(VerbMatch v, List<CodedAct> acts) {
        return v.entry().kind() == VerbEntry.Kind.ACT && forceCode(v) != null && acts.stream().noneMatch(a -> a.verb() == v);
    }

    /**
     * The code of a concrete act of violence (not posture, root 15: "China's military build-up" is
     * characterized, not alleged): the verb's pattern's, else its entry's first when all its codes are such acts.
     */
    static String forceCode(VerbMatch v) {
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
    private static final WordSet AGENT_DETERMINERS = WordSet.of("a", "an", "their", "its", "his", "her");

    /** Who used the force: "Iran fired", "an Israeli strike", "fired by Iran". */
    static ActorMention forceSource(Sentence s, List<ActorMention> mentions, VerbMatch v) {
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
            int agent = v.end() + 1 < s.size() && AGENT_DETERMINERS.contains(s.token(v.end() + 1)) ? v.end() + 2 : v.end() + 1;
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
    static String uncodedSpeechBefore(Sentence s, List<VerbMatch> verbs, List<CodedAct> acts, VerbMatch saying) {
        VerbMatch last = null;
        for (VerbMatch o : verbs) {
            boolean uncoding = o.entry().kind() == VerbEntry.Kind.VERBAL && o.pattern().code() == null; // "the Pope's call"
            if (o.start() < saying.start() && !o.nominal() && o.entry().kind().words() && !uncoding) {
                last = o;
            }
        }
        VerbMatch act = last;
        if (act == null || act.entry().kind() != VerbEntry.Kind.VERBAL || act.pattern().code() == null
                || ReportedWords.negated(s, act.start()) || acts.stream().anyMatch(a -> a.verb() == act)) {
            return null;
        }
        return act.pattern().code();
    }

    /**
     * Whether a speech act is what an appeal or demand before it in the clause asked its source to do
     * ("urged Washington to stop criticising Beijing", "demanded that Serbia condemn the attack"): not said.
     */
    static boolean asked(Sentence s, List<CodedAct> acts, VerbMatch v, String source) {
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
    static boolean appeal(String code) {
        return code.startsWith("02") || code.startsWith("10");
    }

    /**
     * A deed the words report rather than a stance the speaker takes or an intent it announces: a meeting
     * or visit (04), material cooperation (06), aid (07), a concession (08), an investigation (09), a
     * protest (14), reduced relations (16), coercion (17), a signed agreement (057) or a protest lodged
     * (114, a formal act). Its statement is a plain report, 010 (GOLD-SET.md, Statements: R3a "everything
     * else"); a future act is already 03x or 13x.
     */
    static boolean reportedDeed(String code) {
        return switch (code.length() >= 2 ? code.substring(0, 2) : code) {
            case "04", "06", "07", "08", "09", "14", "16", "17" -> true;
            default -> code.equals("057") || code.equals("114");
        };
    }

    /** Use of force, military posture or violence (roots 15, 18, 19, 20 and 170, 171x, 175). */
    static boolean isForce(String code) {
        return code.startsWith("15") || code.startsWith("18") || code.startsWith("19") || code.startsWith("20")
                || code.equals("170") || code.startsWith("171") || code.equals("175");
    }

    private static boolean violent(String code) {
        return isForce(code) && !code.startsWith("15");
    }

    /** The allegation a victim or monitor makes of an act of force (GOLD-SET.md, Statements, code). */
    static String allegationOf(String code) {
        if (code.startsWith("20")) {
            return "1124"; // mass atrocities, chemical weapons
        }
        if (code.startsWith("18") || code.equals("175")) {
            return "1122"; // abuse of persons
        }
        return "1123"; // force and military posture
    }

    /**
     * The actor of the words that "must", "should" or "has to" do something, not the speaker's own side; null when
     * none. "had to" in reported words is the "must" of direct speech ("said the juntas had to set dates for
     * elections"); "had to be" is no demand of the one named ("said civilians had to be evacuated").
     */
    static ActorMention obliged(Sentence s, List<ActorMention> mentions, String speaker, int from, int to) {
        for (ActorMention m : mentions) {
            if (m.start() >= from && m.end() < Math.min(to, s.size()) && m.isResolved() && !m.locative() && !m.possessive()
                    && (s.lower(m.end()).equals("must") || s.lower(m.end()).equals("should") || hasTo(s, m.end(), to))
                    && !SpokenAbout.ownSide(speaker, m.codes())) {
                return m;
            }
        }
        return null;
    }

    /** Subjects of a modal that speak of the speaker's side or of some third thing, not of the one told. */
    private static final WordSet NOT_THE_TOLD = WordSet.of("we", "i", "it", "they", "our", "my", "its", "their");
    /** How far into the words the modal of their first clause may stand. */
    private static final int SUBJECT_REACH = 8;

    /**
     * R10: words told to a leader in person that say what "must" or "should" happen with no actor as its subject
     * ("told Mubarak in a phone call that an orderly transition 'must begin now'", "told Putin at their summit that
     * critical infrastructure should be off-limits to cyber attacks"): they ask it of the one told, a demand (100) or
     * an appeal (020); null when not. The one told is named right after the verb of telling, as a person or an organ
     * (a state told by name is told through the news); a subject of the speaker's own side or a third thing ("we
     * must", "it should"), a modal past the first clause and words that name another actor ask nothing of the one told.
     */
    static String askedOfTold(Sentence s, List<ActorMention> mentions, String speaker, int from, int words, int to) {
        ActorMention told = null;
        for (ActorMention m : mentions) {
            if (m.start() >= from && m.end() <= words && m.start() > 0 && Words.TOLD.contains(s.token(m.start() - 1))) {
                told = m;
            }
        }
        if (told == null || !told.isResolved() || told.code().length() == 3 || SpokenAbout.ownSide(speaker, told.codes())) {
            return null;
        }
        for (ActorMention m : mentions) {
            if (m.start() >= words && m.start() < to && m.isResolved() && !SpokenAbout.ownSide(speaker, m.codes())) {
            }
        }
        int end = Math.min(Math.min(to, s.size()), words + SUBJECT_REACH);
        for (int i = words; i < end; i++) {
            if (s.lower(i).equals("must")) {
                return "100";
            }
            if (s.lower(i).equals("should")) {
                return "020";
            }
            boolean opener = i == words && s.lower(i).equals("that") || s.lower(i).equals("\"") || s.lower(i).equals("'");
            if (!opener && (Words.CLAUSE_BOUNDARIES.contains(s.token(i)) || s.lower(i).equals(",") || NOT_THE_TOLD.contains(s.token(i))
                    || Words.FUTURE_MODALS.contains(s.token(i)) || startsMention(mentions, i))) {
                return null;
            }
        }
        return null;
    }

    private static boolean startsMention(List<ActorMention> mentions, int i) {
        for (ActorMention m : mentions) {
            if (m.start() == i) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet SPAN_COUNTS = WordSet.of("a", "an", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "twelve", "fifteen", "twenty", "thirty", "another", "just", "only", "few", "several",
            "less", "more", "than", "the", "next");

    /**
     * R3c, R10: the actor in reported words that has a span of time to do something ("said Niger's junta had one week
     * to reinstate the president or face intervention", "said Caracas has 30 days to release the Americans"): the words
     * give it an ultimatum (139); null when none, or when it is the speaker's own side.
     */
    static ActorMention deadlined(Sentence s, List<ActorMention> mentions, String speaker, int from, int to) {
        int end = Math.min(to, s.size());
        for (ActorMention m : mentions) {
            if (m.start() < from || m.end() >= end || !m.isResolved() || m.locative() || m.possessive()
                    || !HAVE.contains(s.token(m.end())) || SpokenAbout.ownSide(speaker, m.codes())) {
                continue;
            }
            for (int i = m.end() + 1; i < end - 2 && i <= m.end() + 4; i++) {
                if (Words.TIME_SPANS.contains(s.token(i)) && s.lower(i + 1).equals("to") && s.token(i + 2).isWord()) {
                    return m;
                }
                if (!SPAN_COUNTS.contains(s.token(i)) && !s.lower(i).chars().allMatch(Character::isDigit)) {
                    break; // "had attacked the city for three days to force a retreat": a deed, not time given
                }
            }
        }
        return null;
    }

    private static final WordSet HAVE = WordSet.of("has", "have", "had", "needs", "need");

    /** Verbs that answer another's act in kind, whatever they do ("would respond", "would react"). */
    private static final WordSet REPLIES = WordSet.of("respond", "react", "reciprocate", "answer");
    /** A reply told as kind is no threat: "would respond positively if the United States returned to the deal". */
    private static final WordSet KIND_REPLIES = WordSet.of("positively", "favourably", "favorably", "constructively");

    /**
     * R10: the actor whose act the words make the condition of the speaker's own reply ("if Iran developed a nuclear
     * bomb, we will follow suit", "said Washington would respond if China established a base there"): a threat to it
     * (130); null when none. The reply is the own side's ("we" or an actor of its side), "will" or "would" with a verb
     * that answers in kind, and names no other actor; the condition is an act of an actor named right after "if" ("if
     * attacked" names no one).
     */
    static ActorMention conditioned(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, String speaker, int from, int to) {
        int end = Math.min(to, s.size());
        for (int i = from; i < end; i++) {
            if (!s.lower(i).equals("if")) {
                continue;
            }
            int first = i + 1 < end && Words.ARTICLES.contains(s.token(i + 1)) ? i + 2 : i + 1;
            ActorMention actor = null;
            for (ActorMention m : mentions) {
                if (m.start() == first && m.end() < end && m.isResolved() && !m.locative() && !m.possessive()
                        && !SpokenAbout.ownSide(speaker, m.codes()) && s.token(m.end()).isWord()) {
                    actor = m;
                }
            }
            if (actor == null || kindCondition(verbs, actor.end(), end)) {
                continue;
            }
            // the reply: before "if", or after the comma that closes a condition put first
            int comma = i;
            while (comma < end && !s.lower(comma).equals(",")) {
                comma++;
            }
            if (ownReply(s, mentions, speaker, from, i) || comma < end && ownReply(s, mentions, speaker, comma + 1, end)) {
                return actor;
            }
        }
        return null;
    }

    /**
     * Whether the condition's act is a cooperative one (CAMEO 01-08): "will follow suit if Japan lifts its curbs" answers
     * a step toward it in kind, no threat.
     */
    private static boolean kindCondition(List<VerbMatch> verbs, int from, int to) {
        for (VerbMatch v : verbs) {
            String code = v.pattern().code();
            if (v.start() >= from && v.start() < to && code != null && code.compareTo("09") < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code i} answer in kind: a reply verb not told as kind ("respond", "follow suit"), or
     * whatever the speaker's side "will have to" do ("we will have to get one"); "return to the deal", "send more
     * tanks" or "would help" do not answer.
     */
    private static boolean reply(Sentence s, int i, int to) {
        if (i + 1 < to && s.lower(i).equals("have") && s.lower(i + 1).equals("to")) {
            return true;
        }
        if (i + 1 < to && s.lower(i).equals("follow") && s.lower(i + 1).equals("suit")) {
            return true; // "hit back" and "retaliate" are coded threats of their own
        }
        return i < to && REPLIES.contains(s.token(i)) && !(i + 1 < to && KIND_REPLIES.contains(s.token(i + 1)));
    }

    /** Whether tokens [from, to) hold the own side's future reply, naming no actor of another side. */
    private static boolean ownReply(Sentence s, List<ActorMention> mentions, String speaker, int from, int to) {
        for (ActorMention m : mentions) {
            if (m.start() >= from && m.end() <= to && m.isResolved() && !SpokenAbout.ownSide(speaker, m.codes())) {
                return false;
            }
        }
        for (int k = from + 1; k + 1 < to; k++) {
            if (!Words.FUTURE_MODALS.contains(s.token(k)) || !reply(s, k + 1, to)) {
                continue;
            }
            if (s.lower(k - 1).equals("we")) {
                return true;
            }
            for (ActorMention m : mentions) {
                if (m.end() == k && m.start() >= from && m.isResolved() && SpokenAbout.ownSide(speaker, m.codes())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "has to do", "had to set", "needs to stop" at token i, within the words ending at {@code to}. */
    private static boolean hasTo(Sentence s, int i, int to) {
        return i + 2 < Math.min(to, s.size()) && HAVE.contains(s.token(i)) && s.lower(i + 1).equals("to")
                && s.token(i + 2).isWord() && !s.lower(i + 2).equals("be");
    }

    /**
     * Whether a speaker reports an actor's acts as its own side's: a state any of its country's (its
     * forces, its firms: "Liu He said Chinese firms would buy ..."), not those who fight or oppose it
     * ("Nigerian officials said Boko Haram militants stormed a school" alleges the rebels' act); an
     * opposition, rebels or civilians only their own ("Police detained dozens, opposition activists said").
     */
    static boolean claims(String speaker, String source) {
        return SpokenAbout.ownSide(speaker, List.of(source)) || SpokenAbout.isState(speaker) && SpokenAbout.sameCountry(speaker, source) && !SpokenAbout.againstState(source);
    }
}
