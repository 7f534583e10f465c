package org.touchstone.coder.statement;

import java.util.List;
import java.util.Map;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Where the words are: the quote, the clause after a reporting verb, negation, and the
 * circumstances (time, place, occasion) that stand beside the words but are not part of them.
 */
final class ReportedWords {
    private ReportedWords() {
    }

    /** Words before a body that make it the one spoken to or at, not the subject. */
    private static final WordSet SPOKEN_TO = WordSet.of("told", "tell", "tells", "telling", "addressed", "addressing",
            "to", "at", "before", "in");

    /** Whether a mention is the object of a verb of speaking or of a preposition ("told the Security Council"). */
    static boolean addressed(Sentence s, ActorMention m) {
        int k = m.start() > 0 && s.lower(m.start() - 1).equals("the") ? m.start() - 1 : m.start();
        return k > 0 && SPOKEN_TO.contains(s.token(k - 1));
    }

    /** An outlet just after an actor, which owns it: "Germany's Bild newspaper", "the US outlet Politico". */
    static boolean outletAfter(Sentence s, int from) {
        boolean owner = from < s.size() && s.lower(from).equals("'s");
        int i = owner ? from + 1 : from;
        for (int k = i; k < Math.min(s.size(), i + (owner ? 3 : 1)); k++) {
            if (MediaAudience.isMediaWord(s.lower(k)) || Outlets.at(s, k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence reports words besides the verb {@code v}: a quote, another reporting verb
     * ("rejected the offer, saying ..."), a statement named ("in a statement"), or a rejection's
     * characterization ("dismissed the referendums as a sham"). Another's reporting verb is left out: the words of
     * one who speaks of the refusal are not the refuser's ("Russia said ... while Kyiv declined to confirm or deny it",
     * "Frederiksen said ..., after Milei refused to apologise": R8, S27-1, S27-2). {@code refuser} null counts every
     * reporting verb.
     */
    static boolean reportsWords(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, VerbMatch v, String refuser) {
        for (int i = v.end(); i < Math.min(s.size(), v.end() + 8) && v.entry().governs() != VerbEntry.Governs.REFUSAL; i++) {
            if (s.lower(i).equals("as")) {
                return true;
            }
            if (Words.CLAUSE_BOUNDARIES.contains(s.token(i)) || s.lower(i).equals(",")) {
                break;
            }
        }
        for (VerbMatch o : verbs) {
            // another reporting verb, or a speech act's participle after the refusal ("..., calling it absurd")
            if (o != v && !anothersWords(s, mentions, o, v, refuser) && (o.entry().kind() == VerbEntry.Kind.SAY || (o.entry().kind() == VerbEntry.Kind.VERBAL
                    && o.start() > v.start() && s.lower(o.start()).endsWith("ing")))) {
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

    /** Whether a reporting verb before the refusal has a subject of another country than the refuser's. */
    private static boolean anothersWords(Sentence s, List<ActorMention> mentions, VerbMatch o, VerbMatch v, String refuser) {
        if (refuser == null || o.start() >= v.start()) {
            return false;
        }
        ActorMention speaker = Speakers.before(s, mentions, o.start());
        return speaker != null && speaker.codes().stream().noneMatch(c -> SpokenAbout.sameCountry(c, refuser));
    }

    /** Nouns of a text or a speech that words are given in ("in a televised address", "in a letter to"). */
    private static final WordSet WORDS_GIVEN_IN = WordSet.of("address", "speech", "interview", "letter", "statement",
            "communique", "remarks", "message", "article", "op-ed", "declaration", "broadcast");
    /** How far after "in" or "during" such a noun may stand ("in his annual address", "in a late-night televised address"). */
    private static final int VENUE_REACH = 5;

    /**
     * Whether the verb's clause gives the text or speech its act was done in, after the verb before a comma or right
     * after one ("suspended the treaty in his annual address", "endorsed the plan, in a letter to the king"), or before
     * the subject opening the sentence ("In a televised address, Lee announced a halt to trade"): the act is said there.
     * Not past a verb of words, whose channel it is ("expelled the envoy, and the ministry said in a statement").
     */
    static boolean doneInWords(Sentence s, List<VerbMatch> verbs, VerbMatch v) {
        int i = v.end();
        while (i < s.size() && !Words.CLAUSE_BOUNDARIES.contains(s.token(i)) && !s.lower(i).equals(",") && !wordsAt(verbs, i)) {
            if (venueAt(s, i)) {
                return true;
            }
            i++;
        }
        if (i < s.size() - 1 && s.lower(i).equals(",") && venueAt(s, i + 1)) {
            return true;
        }
        return s.size() > 0 && venueAt(s, 0) && inOpenersClause(s, v);
    }

    /**
     * Whether the verb stands in the clause right after the opening phrase's comma ("In a televised address, Lee
     * announced"), no other comma or clause boundary between.
     */
    private static boolean inOpenersClause(Sentence s, VerbMatch v) {
        int comma = 0;
        while (comma < v.start() && !s.lower(comma).equals(",")) {
            comma++;
        }
        for (int k = comma + 1; k < v.start(); k++) {
            if (s.lower(k).equals(",") || Words.CLAUSE_BOUNDARIES.contains(s.token(k))) {
                return false; // the opener's clause ended, and the verb is in another
            }
        }
        return comma < v.start();
    }

    /** Whether a verb of words (not its noun: "declined the invitation to join") starts at token {@code at}. */
    private static boolean wordsAt(List<VerbMatch> verbs, int at) {
        for (VerbMatch o : verbs) { // a loop, not a stream: asked at many tokens of every sentence
            if (o.start() == at && !o.nominal() && o.entry().kind().words()) {
                return true;
            }
        }
        return false;
    }

    /** "in"/"during" at {@code at}, a noun of words given within reach, before any comma. */
    private static boolean venueAt(Sentence s, int at) {
        if (!s.lower(at).equals("in") && !s.lower(at).equals("during")) {
            return false;
        }
        for (int k = at + 1; k < Math.min(s.size(), at + 1 + VENUE_REACH); k++) {
            if (s.lower(k).equals(",")) {
                return false;
            }
            if (WORDS_GIVEN_IN.contains(s.token(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one speaker's words hold another's reporting verb. When each holds the other's ("Turkey will
     * declare ..., Erdogan told a rally" reads to the end from "declare"), the later verb reports the earlier.
     */
    static boolean reports(String outer, String inner, Map<String, int[]> wordsOf, Map<String, Integer> saidAt) {
        int[] words = wordsOf.get(outer);
        int at = saidAt.get(inner);
        if (at < words[0] || at >= words[1]) {
            return false;
        }
        int[] innerWords = wordsOf.get(inner);
        int outerAt = saidAt.get(outer);
        return outerAt < innerWords[0] || outerAt >= innerWords[1] || outerAt > at;
    }

    /**
     * Where the words begin after a circumstance of the saying: "said at a joint news conference with
     * Scholz that Israel ..." speaks of Israel, not of Scholz. A circumstance opens with a preposition,
     * after the one told if it names no actor ("told reporters after talks with Putin that ..."), and
     * runs without a comma or a quote to "that" ({@link Words#thatClosingCircumstance}).
     */
    static int afterCircumstance(Sentence s, List<ActorMention> mentions, int from) {
        int opener = from;
        while (opener < Math.min(s.size(), from + 5) && !Words.CIRCUMSTANCE_OPENERS.contains(s.token(opener))
                && s.token(opener).isWord() && !s.token(opener).isCapitalized() && !s.lower(opener).equals("that")
                && !Speakers.startsMention(mentions, opener)) {
            opener++; // the one told, when no actor: "reporters", "his counterparts" ("told Biden at ..." keeps Biden)
        }
        int that = Words.thatClosingCircumstance(s, opener);
        that = that < 0 ? thatAfterCommas(s, opener) : that;
        return that < 0 ? from : that + 1;
    }

    private static final WordSet OWN_CLAUSE = WordSet.of("it", "he", "she", "they", "we", "was", "is", "were", "are", "had",
            "has", "have", "would", "will", "said", "told");

    /**
     * The "that" after circumstances set off by commas: "told reporters in Havana, after meeting Musharraf at the summit,
     * that ...", "said, during talks with Xi on Friday, that ...": each comma opens another circumstance or closes them
     * with ", that"; -1 when a clause, quote or semicolon comes first (the words then begin where they did).
     */
    private static int thatAfterCommas(Sentence s, int opener) {
        int i = opener < s.size() && s.lower(opener).equals(",") ? opener + 1 : opener;
        if (i >= s.size() || !Words.CIRCUMSTANCE_OPENERS.contains(s.token(i))) {
            return -1;
        }
        for (int k = i + 1; k + 1 < Math.min(s.size(), i + 24); k++) {
            String w = s.lower(k);
            if (w.equals(",")) {
                if (s.lower(k + 1).equals("that")) {
                    return k + 1;
                }
                if (!Words.CIRCUMSTANCE_OPENERS.contains(s.token(k + 1))) {
                    return -1;
                }
            } else if (w.equals("that") || w.equals("\"") || w.equals(";") || OWN_CLAUSE.contains(s.token(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the words proper begin after the one told and the circumstance of the telling: "told Yoon in a
     * phone call on Friday that he was confident ..." says what follows "that"; the call is how it was said,
     * not what. Without an addressee and a circumstance closed by "that", the words begin at {@code from}.
     */
    static int afterAddressee(Sentence s, List<ActorMention> mentions, int from) {
        // the one told may come after a determiner or "visiting": "told visiting German Chancellor Olaf Scholz in Brasilia that"
        int at = from;
        while (at < s.size() && at < from + 2 && (Words.DETERMINERS.contains(s.token(at)) || s.lower(at).equals("visiting"))) {
            at++;
        }
        for (ActorMention m : mentions) {
            if ((m.start() == from || m.start() == at) && from > 0 && Words.TOLD.contains(s.token(from - 1))) {
                if (m.end() < s.size() && s.lower(m.end()).equals("that")) {
                    return m.end() + 1; // "told Fox News that ..."
                }
                int words = afterCircumstance(s, mentions, m.end());
                return words > m.end() ? words : from;
            }
        }
        return from;
    }

    private static final WordSet PERSONAL = WordSet.of("he", "she", "they");

    /**
     * The words end before a clause of the speaker's own encounter (R1, R13): "said relations with Japan could open a
     * new chapter as he held talks with Kishida", "..., while she visited Canberra", "when they met in Geneva", "while
     * visiting Seoul": the meeting is where the words were said, not what they say (the encounter is coded by its own
     * verb); {@code to} when there is none. Only an encounter verb (04x) after "as/while/when" and a personal pronoun or
     * right after the opener.
     */
    static int beforeOwnEncounter(Sentence s, List<VerbMatch> verbs, int from, int to) {
        for (int i = from + 1; i + 1 < to; i++) {
            if (!Words.SIMULTANEITY.contains(s.token(i))) {
                continue;
            }
            int at = PERSONAL.contains(s.token(i + 1)) ? i + 2 : i + 1;
            for (VerbMatch v : verbs) {
                String code = v.pattern().code();
                if (v.start() == at && !v.nominal() && code != null && code.startsWith("04")) {
                    return s.lower(i - 1).equals(",") ? i - 1 : i;
                }
            }
        }
        return to;
    }

    /** Words in "-ing" that open no clause of their own after a comma: prepositions and nouns of events or times. */
    private static final WordSet NOT_PARTICIPLES = WordSet.of("including", "according", "during", "following", "regarding",
            "concerning", "excluding", "pending", "notwithstanding", "nothing", "something", "anything", "everything",
            "morning", "evening", "meeting", "building", "bombing", "shelling", "fighting", "killing", "funding", "spending",
            "training", "shipping", "mining");

    /**
     * Where a participle clause after a comma begins past {@code from} ("declaring that their friendship has no
     * limits, aligning themselves against the United States"), at the comma; {@code to} when there is none. Not
     * inside a quote, whose participles are the quoted words' own, nor a participle of speech ("..., citing the abuse
     * of state resources in favour of Yanukovych"), which goes on with the words.
     */
    static int beforeParticipleClause(Sentence s, List<VerbMatch> verbs, int from, int to) {
        boolean quoted = false;
        for (int i = from; i + 1 < to; i++) {
            quoted ^= s.lower(i).equals("\"") || s.lower(i).equals("'");
            String next = s.lower(i + 1);
            if (!quoted && s.lower(i).equals(",") && next.length() > 5 && next.endsWith("ing") && s.token(i + 1).isWord()
                    && !s.token(i + 1).isCapitalized() && !NOT_PARTICIPLES.contains(s.token(i + 1)) && !spokenAt(s, verbs, i + 1)) {
                return i;
            }
        }
        return to;
    }

    /** Participles that give the words' grounds or go on with them, which the dictionary holds as no verb of saying. */
    private static final WordSet GROUNDS = WordSet.of("citing", "noting", "adding", "arguing", "insisting", "referring",
            "pointing");

    private static boolean spokenAt(Sentence s, List<VerbMatch> verbs, int at) {
        if (GROUNDS.contains(s.token(at))) {
            return true;
        }
        for (VerbMatch v : verbs) {
            if (v.start() == at && v.entry().kind().words()) {
                return true;
            }
        }
        return false;
    }

    /** Words with a negation ("had not invaded"): R3e, no remark event. */
    static boolean negatedWords(Sentence s, int from, int to) {
        return Words.VERB_NEGATORS.anyIn(s, from, to);
    }

    /** Any verb of the dictionary in the words other than a reporting verb. */
    static boolean hasVerbIn(List<VerbMatch> verbs, int from, int to) {
        for (VerbMatch v : verbs) {
            if (v.start() >= from && v.start() < to && v.entry().kind() != VerbEntry.Kind.SAY) {
                return true;
            }
        }
        return false;
    }

    static boolean hasActIn(List<CodedAct> acts, int from, int to) {
        return hasActIn(acts, from, to, null);
    }

    /**
     * An act in the words other than one whose verb an evaluative phrase takes in, or one named by a noun that
     * the phrase then judges: "said Bogota was funding the coup" charges a coup paid for, it reports no aid;
     * "said Pelosi's visit to Taiwan was a serious provocation" judges the visit.
     */
    static boolean hasActIn(List<CodedAct> acts, int from, int to, PhraseIndex.Hit<String> phrase) {
        for (CodedAct a : acts) {
            int at = a.verb().start();
            boolean judged = phrase != null && (at >= phrase.start() && at < phrase.start() + phrase.length()
                    || a.verb().nominal() && at < phrase.start());
            if (at >= from && at < to && !judged) {
                return true;
            }
        }
        return false;
    }

    /**
     * The acts but those of a predicate joined by "and" after an evaluative phrase: an appeal, demand, criticism or
     * refusal, or a threat, the words add once the speaker has judged ("said Beijing was strongly indignant at ... and urged
     * Washington to ...", "said the ban was unjust and demanded that it be lifted", "said the deal was null and void and
     * vowed to defend every inch of its territory"): the judgement comes first and is the stance;
     * the added act stays an event of its own.
     */
    static List<CodedAct> notAppendedTo(Sentence s, List<CodedAct> acts, PhraseIndex.Hit<String> phrase) {
        List<CodedAct> out = new java.util.ArrayList<>(acts.size());
        for (CodedAct a : acts) {
            int at = a.verb().start();
            String root = a.code().length() >= 2 ? a.code().substring(0, 2) : a.code();
            boolean appended = at > phrase.start() + phrase.length() && s.lower(at - 1).equals("and")
                    && (root.equals("02") || root.equals("10") || root.equals("11") || root.equals("12") || root.equals("13"));
            if (!appended) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The acts but a deed of help joined by "and" before a charge in the same clause: "said Turkey was arming Azerbaijan
     * and egging it on to start a new war" charges the help it tells of (R11, 112), it reports no aid (07x) on its own.
     * Only a charge (11x) after "and", with no comma between the deed's verb and it.
     */
    static List<CodedAct> notJoinedBefore(Sentence s, List<CodedAct> acts, PhraseIndex.Hit<String> phrase) {
        int and = phrase.start() - 1;
        if (and < 1 || !s.lower(and).equals("and") || !phrase.value().startsWith("11")) {
            return acts;
        }
        List<CodedAct> out = new java.util.ArrayList<>(acts.size());
        for (CodedAct a : acts) {
            int at = a.verb().start();
            boolean joined = at < and && SpeechActs.reportedDeed(a.code()) && !hasPunctuation(s, at, and);
            if (!joined) {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean hasPunctuation(Sentence s, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (!s.token(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** The quoted words if the sentence quotes, else the reported words. */
    static String quote(Sentence s, int from, int to) {
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
                    preamble = PREAMBLE.contains(s.token(k)) || s.token(k).isCapitalized();
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
            } else if (TIME_OPENERS.contains(s.token(from)) && from + 1 < to && TIME_WORDS.contains(s.token(from + 1))) {
                from += 2; // "on Tuesday", "last week"
                skipped = true;
            } else if (TIME_WORDS.contains(s.token(from)) && (s.lower(from).equals("yesterday") || s.lower(from).equals("today"))) {
                from++;
                skipped = true;
            }
        }
        while (to > from && !s.token(to - 1).isWord()) {
            to--;
        }
        return s.text(from, to);
    }

    private static final WordSet TIME_OPENERS = WordSet.of("on", "last", "this", "late", "early", "earlier", "next");
    private static final WordSet TIME_WORDS = Words.WEEKDAYS.with("week", "month", "year", "night", "morning", "evening", "afternoon",
            "weekend", "yesterday", "today");
    /** What may stand between a reporting verb and "that": the addressee and the time. */
    private static final WordSet PREAMBLE = WordSet.of("reporters", "journalists", "lawmakers", "parliament", "the",
            "a", "an", "his", "her", "their", "its", "on", "in", "at", "last", "this", "late", "early", "earlier",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "night",
            "morning", "evening", "afternoon", "weekend", "yesterday", "today", "news", "conference", "briefing",
            "rally", "supporters", "audience", "crowd", "interview", "statement", "speech", "address", "also", "again");

    private static final WordSet CIRCUMSTANCE = WordSet.of("on", "in", "at", "after", "during", "before", "late",
            "earlier", "last", "this", "yesterday", "today", "according", "while", "when", "as", "adding", "citing");

    /** After a trailing "X said": nothing, a short circumstance ("on Tuesday", "in a statement") or a participle. */
    static boolean onlyCircumstanceAfter(Sentence s, int from) {
        if (from > 0 && from < s.size() && Words.TOLD.contains(s.token(from - 1))) {
            // "..., Erdogan told a rally in Ankara": the one told, then only a circumstance
            for (int i = from; i < s.size(); i++) {
                if (s.lower(i).equals(",") && i + 2 < s.size() && s.lower(i + 1).endsWith("ing") && !s.token(i + 1).isCapitalized()
                        && s.lower(i + 2).equals("that")) {
                    break; // "..., told parliament, adding that no soldier had died": the participle's "that" is its own
                }
                if (s.lower(i).equals("that") || s.lower(i).equals(":") || s.lower(i).equals("\"")) {
                    return false;
                }
            }
            int k = from + 1;
            // the one told: "reporters", "a rally in Ankara", "state media"
            while (k < Math.min(s.size(), from + 5) && s.token(k).isWord() && !CIRCUMSTANCE.contains(s.token(k))
                    && (Words.DETERMINERS.contains(s.token(from)) || !s.token(k).isCapitalized())) {
                k++;
            }
            from = k;
        }
        int words = 0;
        for (int i = from; i < s.size(); i++) {
            if (s.token(i).isWord()) {
                // a participle ("..., the ministry said, adding ..."), not a name ending so ("Beijing", "Xi Jinping")
                boolean participle = s.lower(i).endsWith("ing") && !s.token(i).isCapitalized();
                if (words == 0 && (CIRCUMSTANCE.contains(s.token(i)) || participle || timeBefore(s, i))) {
                    // "..., Kais Saied, said on Wednesday that ...": a circumstance that leads on to "that" opens the
                    // words after the verb; the speaker named in apposition is no trailing attribution
                    return participle || s.lower(i).endsWith("ing") || !thatBeforeComma(s, i) && !clauseAfterDay(s, i);
                }
                words++;
            }
        }
        return words <= 2;
    }

    /**
     * "..., Hakan Fidan, said on Wednesday Israel was ...": a day of saying followed at once by a clause's subject (a
     * name, an article, a pronoun) without "that" opens the words after the verb too; not ", said on Monday in a
     * statement" nor ", said on Tuesday night".
     */
    private static boolean clauseAfterDay(Sentence s, int i) {
        int next = i + 2;
        if (next >= s.size() || !TIME_OPENERS.contains(s.token(i)) || !TIME_WORDS.contains(s.token(i + 1))
                || !s.token(next).isWord() || TIME_WORDS.contains(s.token(next))) {
            return false;
        }
        return s.token(next).isCapitalized() || Words.DETERMINERS.contains(s.token(next))
                || SpeechActs.SUBJECT_PRONOUNS.contains(s.token(next));
    }

    /** Whether "that" follows {@code from} before the next comma, colon or the end of the sentence. */
    private static boolean thatBeforeComma(Sentence s, int from) {
        for (int i = from; i < s.size() && !s.lower(i).equals(",") && !s.lower(i).equals(":"); i++) {
            if (s.lower(i).equals("that")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet SPANS = WordSet.of("a", "an", "one", "two", "three", "four", "five", "few", "several", "just",
            "only", "shortly", "soon", "moments", "minutes", "hours", "days", "weeks", "months", "years", "day", "week",
            "month", "year", "hour");

    /** Words that end a span of time told as a time of saying: "a day later", "two weeks ago". */
    private static final WordSet LATER = WordSet.of("later", "earlier", "ago");

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
    static boolean hasWordsAfter(Sentence s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (s.token(i).isWord()) {
                return true;
            }
        }
        return false;
    }

    /** Words that oblige the subject to the verb after them: "are required to declare", "must report". */
    private static final WordSet OBLIGING = WordSet.of("required", "obliged", "obligated", "compelled", "forced",
            "ordered", "instructed", "directed", "told", "asked");
    private static final WordSet MUST = WordSet.of("must", "should");
    private static final WordSet HAVE = WordSet.of("have", "has", "had");
    /** Adverbs between an obligation and its verb: "are also required to", "must now report". */
    private static final WordSet STILL = WordSet.of("also", "now", "still");

    /**
     * Whether a reporting verb is what its subject is obliged or ordered to say, not what it said: "five US outlets are
     * also required to declare their staff", "foreign firms must report their holdings", "were told to announce",
     * "have to disclose". Only after a form of "be" for the obliging participles ("ordered the army to announce" has its
     * own object between).
     */
    static boolean obliged(Sentence s, int verb) {
        int t = verb - 1;
        while (t >= 0 && STILL.contains(s.token(t))) {
            t--;
        }
        if (t >= 0 && MUST.contains(s.token(t))) {
            return true;
        }
        if (t < 1 || !s.lower(t).equals("to")) {
            return false;
        }
        int o = t - 1;
        if (HAVE.contains(s.token(o))) {
            return true; // "have to disclose", "had to explain"
        }
        if (!OBLIGING.contains(s.token(o))) {
            return false;
        }
        int b = o - 1;
        while (b >= 0 && (STILL.contains(s.token(b)) || s.lower(b).endsWith("ly"))) {
            b--;
        }
        return b >= 0 && (Words.BE_FORMS.contains(s.token(b)) || s.lower(b).equals("get") || s.lower(b).equals("got"));
    }

    private static final WordSet SAYING_ADJECTIVES = WordSet.of("old", "ancient", "popular", "famous", "common",
            "well-known", "proverbial", "favourite", "favorite", "traditional");

    /** Words a participle used as an adjective stands after: "the number of confirmed cases", "the most reported deaths". */
    private static final WordSet BEFORE_MODIFIER = WordSet.of("a", "an", "the", "of", "in", "on", "for", "with", "among",
            "from", "over", "its", "their", "his", "her", "our", "more", "most", "fewer", "many", "all", "new", "any", "no");
    /** Words that open what a reporting verb governs, not a noun it modifies. */
    private static final WordSet GOVERNED = WordSet.of("that", "to", "by", "it", "on", "in", "at", "as", "with", "for",
            "the", "a", "an", "this", "his", "her", "its", "their", "what", "how", "whether", "if", "no");

    /**
     * A reporting verb's participle used as an adjective before a noun ("overtook China in the number of confirmed
     * cases", "in reported deaths", "the most announced measures"): no one says anything there. Not "China confirmed 40
     * new cases", where an actor stands before the verb, nor "the ministry confirmed that ...".
     */
    static boolean attributive(Sentence s, VerbMatch v) {
        int before = v.start() - 1;
        return v.end() - v.start() == 1 && s.lower(v.start()).endsWith("ed") && before >= 0 && v.end() < s.size()
                && (BEFORE_MODIFIER.contains(s.token(before)) || Character.isDigit(s.lower(before).charAt(0)))
                && s.token(v.end()).isWord() && !s.token(v.end()).isCapitalized() && !GOVERNED.contains(s.token(v.end()));
    }

    /**
     * "saying" as a noun, a proverb: "Citing a Chinese saying, he said ...", "as the saying goes", "an old Russian
     * saying": after an article, or after "a"/"an" and a demonym or an adjective of age or fame. Not "a statement
     * saying", where a common noun stands before it, nor "with the Kremlin saying ...".
     */
    static boolean proverb(Sentence s, int verb) {
        if (!s.lower(verb).equals("saying") || verb < 1) {
            return false;
        }
        int t = verb - 1;
        boolean named = false; // "a Chinese saying"; but "with the Kremlin saying it would ..." is the Kremlin's words
        while (t >= 1 && verb - t <= 2 && (s.token(t).isCapitalized() || SAYING_ADJECTIVES.contains(s.token(t)))) {
            named |= s.token(t).isCapitalized();
            t--;
        }
        String article = s.lower(t);
        return article.equals("a") || article.equals("an") || article.equals("the") && !named;
    }

    static boolean negated(Sentence s, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - 3); i--) {
            if (s.lower(i).equals("and") || s.lower(i).equals(",")) {
                break; // "said Russian forces had not withdrawn and warned of new attacks": the "not" is the first verb's
            }
            if (Words.VERB_NEGATORS.contains(s.token(i))) {
                return true;
            }
        }
        if (verb >= 2 && s.lower(verb - 1).equals("to") && Words.FAIL_FORMS.contains(s.token(verb - 2))) {
            return true; // "criticising Iran for failing to explain ...": what was not done was not said
        }
        if (verb >= 2 && s.lower(verb - 1).equals("to") && s.lower(verb - 2).equals("yet")) {
            return true; // "Beijing has yet to say whether Xi will attend", "is yet to confirm": not said yet (R8)
        }
        // "Neither Washington nor Beijing has commented"
        for (int i = verb - 1; i >= 0 && verb - i <= 10; i--) {
            if (Words.CLAUSE_BOUNDARIES.contains(s.token(i)) || s.lower(i).equals(",")) {
                break;
            }
            if (s.lower(i).equals("neither")) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code at} lies inside the words of any speaker (spans [from, to) of {@code wordsOf}). */
    static boolean insideWords(Map<String, int[]> wordsOf, int at) {
        for (int[] words : wordsOf.values()) {
            if (at >= words[0] && at < words[1]) {
                return true;
            }
        }
        return false;
    }

    /** The act whose verb comes last before token {@code at}, or null. */
    static CodedAct lastActBefore(List<CodedAct> acts, int at) {
        CodedAct last = null;
        for (CodedAct a : acts) {
            if (a.verb().start() < at && (last == null || a.verb().start() > last.verb().start())) {
                last = a;
            }
        }
        return last;
    }

    /** The first comma or semicolon from token {@code from} on: the end of a participle's clause; the sentence's end if none. */
    static int commaAfter(Sentence s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (s.lower(i).equals(",") || s.lower(i).equals(";")) {
                return i;
            }
        }
        return s.size();
    }
}
