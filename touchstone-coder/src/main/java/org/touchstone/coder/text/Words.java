package org.touchstone.coder.text;


/** Closed classes of words that several steps of the coder read: directions, inspection staff, "told" and plain counts. */
public final class Words {
    /** A part of a country named by its direction: "into northern Gaza", "the southern Ukrainian city of Melitopol". */
    public static final WordSet DIRECTIONS = WordSet.of("northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
            "south-eastern", "south-western");

    /** A body's people sent to inspect or investigate: "IAEA inspectors", "UN investigators", "OPCW experts". */
    public static final WordSet INSPECTION_STAFF = WordSet.of("inspectors", "inspector", "investigators", "monitors",
            "observers", "experts", "fact-finding");

    /** Meetings named by their kind: "the ASEAN summit", "a NATO ministerial", "the G20 talks". */
    public static final WordSet GATHERINGS = WordSet.of("summit", "summits", "meeting", "meetings", "conference",
            "ministerial", "forum", "gathering", "assembly", "session", "talks");

    /**
     * Words of telling or sending whose "to" names who hears, not where ("protested to Beijing", "complained to Moscow",
     * "a letter to Kyiv"): a capital after them is an agent (GOLD-SET, Metonyms).
     */
    public static final WordSet TOLD_TO = WordSet.of("protested", "protests", "protest", "protesting", "complained",
            "complains", "complain", "complaining", "complaint", "complaints", "appealed", "appeals", "appeal", "apologised",
            "apologized", "apologises", "apologizes", "apologise", "apologize", "wrote", "writes", "write", "letter",
            "letters", "message", "messages", "note", "ultimatum", "objected", "objection", "objections", "explained",
            "signalled", "signaled", "petitioned");

    /** Nouns of a journey: "On a visit to Seoul, Putin said" ("on" makes it a circumstance), "during Putin's visit". */
    public static final WordSet JOURNEYS = WordSet.of("visit", "visits", "trip", "trips", "tour", "stopover");

    /** Participles of speech: "..., promising to help", "..., Xi warning that ...". */
    public static final WordSet SPEECH_PARTICIPLES = WordSet.of("saying", "telling", "promising", "pledging", "vowing",
            "urging", "calling", "warning", "assuring", "offering", "praising", "hailing", "stressing", "expressing",
            "announcing", "describing", "welcoming", "thanking", "inviting", "asking");
    /** Who serves one person: an envoy, an aide or an adviser of a person acts for the person's office. */
    public static final WordSet SERVANTS = WordSet.of("envoy", "envoys", "emissary", "emissaries", "aide", "aides",
            "adviser", "advisers", "advisor", "advisors", "representative", "representatives");
    /** The forms of "tell": "told reporters", "telling the assembly"; who is told follows. */
    public static final WordSet TOLD = WordSet.of("told", "tells", "tell", "telling");
    /** A state's missions abroad: "its embassy in Tehran", "stormed the French embassy". */
    public static final WordSet MISSIONS = WordSet.of("embassy", "embassies", "consulate", "consulates");
    /** Spans of time given for a deadline: "had one week to", "was given 72 hours to". */
    public static final WordSet TIME_SPANS = WordSet.of("hours", "hour", "days", "day", "weeks", "week", "months", "month");
    /** The forms of "be": "was criticized", "is to blame". */
    public static final WordSet BE_FORMS = WordSet.of("been", "was", "were", "is", "are", "be", "being");
    /** The forms of "fail", which negate the verb after their "to": "failed to sign the accord", "failing to explain". */
    public static final WordSet FAIL_FORMS = WordSet.of("failed", "fails", "fail", "failing");
    /** Negations of a verb: "was not", "had never". */
    public static final WordSet VERB_NEGATORS = WordSet.of("not", "n't", "never");
    /** Modals that put a course in the future: "will resume", "would respond", "we'll react". */
    public static final WordSet FUTURE_MODALS = WordSet.of("will", "would", "'ll");
    /** The articles, before a noun whose phrase begins one word earlier ("..., the ministry said"). */
    public static final WordSet ARTICLES = WordSet.of("a", "an", "the");
    /** "a", "an": an apposition or a label that opens a new thing (", a move that ...", "called it an act of war"). */
    public static final WordSet INDEFINITE_ARTICLES = WordSet.of("a", "an");
    /** A state's allies named after "and its" (S7-10): "France and its European allies", "Washington and its partners". */
    public static final WordSet ALLY_NOUNS = WordSet.of("allies", "partners", "countries", "governments");
    /** Nouns of a charge a relative clause after it may deny: ", an accusation Tehran dismissed", ", a charge Moscow denied". */
    public static final WordSet ACCUSATIONS = WordSet.of("accusation", "accusations", "charge", "charges", "allegation",
            "allegations", "claim", "claims");
    /** A leader's or minister's peer in another state: "his Ukrainian counterpart", "met their counterparts". */
    public static final WordSet COUNTERPARTS = WordSet.of("counterpart", "counterparts");
    /** The articles and the possessives of the third person: "a call", "their meeting", "his counterpart". */
    public static final WordSet DETERMINERS = WordSet.of("a", "an", "the", "his", "her", "their", "its");

    /**
     * Irregular past tenses that are no base form: after "and" they open a finite verb of their own ("plans to visit China
     * and met Xi", "... and warned"), where a base form would share an earlier modal or subjunctive ("should stop ... and
     * support"). "Cut", "put" and "set" are base forms too, so not here.
     */
    private static final WordSet PAST_TENSES = WordSet.of("said", "met", "held", "sent", "made", "gave", "given", "told", "sold",
            "saw", "brought", "took", "taken", "broke", "laid", "paid", "led", "bought", "fought", "won", "struck", "went",
            "came", "became", "began", "spoke", "flew", "withdrew", "froze", "kept", "left", "stood", "sought", "drew", "threw");

    /**
     * The irregular past participles of the commonest passives of force, capture and sending, which end in neither -ed
     * nor -en ("was shot down by", "were brought down by", "was held by"): all that the pattern matcher's passives take
     * (it reads a pattern's words out of the subject, a bolder reading it was written and tested with this class for).
     */
    public static final WordSet COMMON_IRREGULAR_PARTICIPLES = WordSet.of("shot", "brought", "struck", "hit", "sent", "held",
            "caught", "cut", "led", "fought", "put", "set", "sought", "bought", "built", "won");
    /**
     * Irregular past participles, the one list the passive readers of clauses share: the common ones, the others that
     * end in neither -ed nor -en ("was met by", "were thrown out"), the usual -en ones for a reader that takes only -ed as
     * the mark ("was given by"), and whole forms with their particle ("shot down", "blown up").
     */
    public static final WordSet IRREGULAR_PARTICIPLES = COMMON_IRREGULAR_PARTICIPLES.with("met", "made", "given", "told",
            "sold", "seen", "taken", "broken", "frozen", "shut", "laid", "paid", "beaten", "forgiven", "withdrawn",
            "shot down", "downed",
            // the irregular participles of force and seizure ("was sunk by a North Korean submarine", "had been
            // overrun by rebels", "was slain by gunmen", "were thrown out by police"): a passive as "was killed by"
            "sunk", "slain", "stolen", "thrown", "overthrown", "blown", "blown up", "torn", "bound", "kept", "burnt", "swept",
            "hurt", "shed", "stuck", "hung", "overrun", "struck down", "shot dead", "withheld", "upheld", "dealt", "spent",
            "lent", "left", "lost", "found", "drawn", "shown", "sworn", "spread");

    /** A past participle's form (lower case): -ed, -en or one of the irregular ones ("was struck by", "had been held"). */
    public static boolean pastParticiple(String form) {
        return form.endsWith("ed") || form.endsWith("en") || IRREGULAR_PARTICIPLES.contains(form);
    }

    /** A past tense ("warned", "urged", "told"), not a base form sharing an earlier modal ("should stop ... and support"). */
    public static boolean pastForm(Token t) {
        return t.isWord() && pastForm(t.text().toLowerCase(java.util.Locale.ROOT));
    }

    /** Position {@code i}, or the one after it when a quote mark stands there ("'some politicians' in ..."). */
    public static int pastQuoteMark(Sentence s, int i) {
        return i < s.size() && !s.token(i).isWord() ? i + 1 : i;
    }

    /** The same for a lower-case word. */
    public static boolean pastForm(String lower) {
        return lower.endsWith("ed") || PAST_TENSES.contains(lower);
    }

    /** Conjunctions of a clause at the same time as another's: "as they met", "when the talks opened", "while in Kyiv". */
    public static final WordSet SIMULTANEITY = WordSet.of("as", "when", "while");

    /**
     * Conjunctions that open an adverbial clause, of time, cause, condition or contrast: "after Russia struck", "because
     * talks failed", "if Iran complies". What such a clause holds is the circumstance of its neighbour, not its content.
     */
    public static final WordSet SUBORDINATORS = WordSet.of("after", "before", "when", "while", "as", "since", "because",
            "if", "unless", "until", "once", "although", "though", "whereas");
    /**
     * Words that close the clause before them, so that nothing reaches across: a semicolon, a colon, a quote mark,
     * a complementizer or relative ("that", "which"), a conjunction of cause, contrast or condition, and the
     * "saying" that appends words. Readers add the comma where a phrase of their own may not cross it either.
     */
    public static final WordSet CLAUSE_BOUNDARIES = WordSet.of(";", ":", "that", "which", "because", "but", "while",
            "although", "whereas", "if", "unless", "saying", "\"");
    /** The relative pronouns: "the envoy who met Xi", "the strike that killed ten", "a move which Kyiv condemned". */
    public static final WordSet RELATIVES = WordSet.of("who", "whom", "whose", "which", "that");
    /** Conjunctions that open a contrasting clause, often another speaker's ("..., but U.S. officials said ..."). */
    public static final WordSet CONTRASTS = WordSet.of("but", "while", "whereas", "although", "though");

    /** Prepositions opening what an object is about ("findings on the murder", "talks about Gaza"). */
    public static final WordSet TOPIC_PREPOSITIONS = WordSet.of("on", "about", "regarding", "concerning");

    /** Whether "each other" or "one another" starts at token {@code i} (the next token must exist). */
    public static boolean reciprocalAt(Sentence s, int i) {
        return s.lower(i).equals("each") && s.lower(i + 1).equals("other") || s.lower(i).equals("one") && s.lower(i + 1).equals("another");
    }

    /** Prepositions that open a circumstance of an act or a saying: "at a news conference", "on Sunday", "after talks". */
    public static final WordSet CIRCUMSTANCE_OPENERS = WordSet.of("at", "in", "during", "on", "after", "before", "while",
            "following", "from", "ahead");
    /** A subject pronoun or a finite auxiliary: a clause of its own, not a circumstance. */
    private static final WordSet CLAUSE_WORDS = WordSet.of("it", "he", "she", "they", "we", "i", "was", "is", "were", "are",
            "had", "has", "have", "would", "will");

    private Words() {
    }

    /**
     * The "that" a circumstance opened at {@code opener} runs to ("demanded at an emergency meeting on Sunday that ...",
     * "said at a news conference with Scholz that ..."), within 15 tokens and without a comma, a quote, a semicolon or
     * a clause of its own between ("said on Thursday it was alarmed by reports that ..."); -1 when there is none.
     */
    public static int thatClosingCircumstance(Sentence s, int opener) {
        if (opener >= s.size() || !CIRCUMSTANCE_OPENERS.contains(s.token(opener))) {
            return -1;
        }
        for (int i = opener + 1; i < Math.min(s.size(), opener + 15); i++) {
            String w = s.lower(i);
            if (w.equals("that")) {
                return i;
            }
            if (w.equals(",") || w.equals("\"") || w.equals(";") || CLAUSE_WORDS.contains(s.token(i))) {
                return -1;
            }
        }
        return -1;
    }

    private static final WordSet SIMULTANEOUS_PREPOSITIONS = WordSet.of("at", "in", "during", "on");
    private static final WordSet NOT_A_VERB = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our", "this",
            "that", "these", "those", "be");
    /** The days of the week ("on Sunday"). */
    public static final WordSet WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    /** Days and spans a circumstance of time names: "on Monday", "last week", "this year". */
    public static final WordSet DAYS = WEEKDAYS.with("today", "yesterday", "week", "weekend", "month", "year");

    /**
     * The infinitive's "to" (or the "not" of "not to") that a simultaneous circumstance opened at {@code opener} runs to:
     * "agreed at their first meeting, held in Paris on Monday, to swap prisoners", "pledged on a surprise visit to Kyiv
     * on Saturday to send", "agreed at talks in St Vincent not to use force". The "to" closes a name, a day, a gathering
     * or a comma and is followed by a lower-case word that opens no noun phrase ("a visit to Kyiv", "a speech to
     * parliament" are no infinitive); within 16 tokens, without a quote, a semicolon, "that" or a clause of its own
     * between, and a comma only before a lower-case word (", held in Paris"); -1 when there is none.
     */
    public static int infinitiveAfterCircumstance(Sentence s, int opener) {
        if (opener + 1 >= s.size() || !SIMULTANEOUS_PREPOSITIONS.contains(s.token(opener))) {
            return -1;
        }
        for (int i = opener + 2; i + 1 < Math.min(s.size(), opener + 17); i++) {
            String w = s.lower(i);
            if (w.equals("\"") || w.equals(";") || w.equals("that") || CLAUSE_WORDS.contains(s.token(i))
                    || w.equals(",") && s.token(i + 1).isCapitalized()) {
                return -1;
            }
            int to = w.equals("not") && s.lower(i + 1).equals("to") ? i + 1 : i;
            if (!s.lower(to).equals("to") || to + 1 >= s.size()) {
                continue;
            }
            String next = s.lower(to + 1);
            boolean verbNext = s.token(to + 1).isWord() && !s.token(to + 1).isCapitalized() && !NOT_A_VERB.contains(s.token(to + 1))
                    && count(next) < 0;
            String prev = s.lower(i - 1);
            boolean closes = prev.equals(",") || s.token(i - 1).isCapitalized() || DAYS.contains(s.token(i - 1))
                    || GATHERINGS.contains(s.token(i - 1)) || count(prev) >= 0;
            if (verbNext && closes) {
                return i;
            }
        }
        return -1;
    }

    private static final WordSet PLACE_OPENERS = WordSet.of("in", "outside", "at", "on", "near", "through", "across",
            "around", "along", "into", "before");

    /**
     * The purpose a crowd's act states after the places and days it happened ("protested outside the prime minister's
     * residence in Jerusalem on Saturday, demanding that he resign", "took to the streets in Havana and other cities on
     * Sunday to demand"): the "to" of an infinitive after a name, a day or a comma, or a participle after a comma;
     * within 16 tokens of a place opener at or just before {@code afterVerb}, without a quote, a semicolon, "that", ", and" or a clause of
     * its own between; -1 when there is none. A verb's form may end with the opener ("protested outside").
     */
    public static int purposeAfterPlace(Sentence s, int afterVerb) {
        int opener = afterVerb < s.size() && PLACE_OPENERS.contains(s.token(afterVerb)) ? afterVerb
                : afterVerb > 0 && PLACE_OPENERS.contains(s.token(afterVerb - 1)) ? afterVerb - 1 : -1;
        if (opener < 0 || opener + 1 >= s.size()) {
            return -1;
        }
        for (int i = opener + 2; i + 1 < Math.min(s.size(), opener + 17); i++) {
            String w = s.lower(i);
            String prev = s.lower(i - 1);
            if (w.equals("\"") || w.equals(";") || w.equals("that") || CLAUSE_WORDS.contains(s.token(i))
                    || prev.equals(",") && w.equals("and")) {
                return -1;
            }
            boolean lowerWord = !s.token(i + 1).isCapitalized() && s.token(i + 1).isWord();
            if (w.equals("to") && lowerWord && (prev.equals(",") || s.token(i - 1).isCapitalized() || DAYS.contains(s.token(i - 1)))
                    || prev.equals(",") && w.endsWith("ing") && !s.token(i).isCapitalized()) {
                return i;
            }
        }
        return -1;
    }

    /** "13" -> 13, "1,200" -> 1200; -1 when the word is no plain count (a character loop: it runs for verb forms). */
    public static long count(String w) {
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) {
                n = Math.min(n * 10 + (c - '0'), 1_000_000_000_000L);
            } else if (c != ',') {
                return -1;
            }
        }
        return n;
    }

    /** Words of a day phrase that opens a sentence without a comma: "On Thursday", "Late on Friday", "Last week". */
    private static final WordSet OPENING_DAY_WORDS = DAYS.with("on", "late", "early", "earlier", "later", "last", "this");

    /**
     * Whether tokens [0, at) are a day phrase and nothing else, "On Thursday" in "On Thursday Russia and Belarus said",
     * so that what follows opens the sentence as after a comma.
     */
    public static boolean openingDayBefore(Sentence s, int at) {
        if (at < 2 || at > 4 || !DAYS.contains(s.token(at - 1))) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            if (!OPENING_DAY_WORDS.contains(s.token(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens [from, to) join two members of a list: a comma, "and" or ", and" ("France, Germany and Italy"). */
    public static boolean listJoint(Sentence s, int from, int to) {
        return to - from == 1 && (s.lower(from).equals(",") || s.lower(from).equals("and"))
                || to - from == 2 && s.lower(from).equals(",") && s.lower(from + 1).equals("and");
    }

    /** "Russian", "Israeli", "British", "French", "Greek", "Thai": the endings of adjectives of nationality. */
    public static boolean demonymEnding(String word) {
        return word.endsWith("n") || word.endsWith("i") || word.endsWith("ish") || word.endsWith("ch")
                || word.endsWith("ss") || word.endsWith("ek");
    }

    /**
     * The token before a word that may open with an article: the one before the article if there is one ("what the
     * Kremlin called": "what"), else the one right before; -1 at the sentence's start.
     */
    public static int beforeArticle(Sentence s, int at) {
        return at > 0 && ARTICLES.contains(s.token(at - 1)) ? at - 2 : at - 1;
    }
}
