package org.touchstone.coder.verb;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.PatternElement;
import org.touchstone.coder.dict.PatternLiterals;
import org.touchstone.coder.dict.VerbDictionary;
import org.touchstone.coder.dict.VerbPattern;
import org.touchstone.coder.text.Lexicon;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;

/**
 * Finds verbs and their patterns in a sentence. At each token outside an actor, candidate forms
 * come from one hash look-up; for each, the entry's patterns are tried most specific first
 * (elements before the verb backwards, after it forwards, with small gaps inside a clause unless
 * joined, longer ones after the verb over a single noun phrase). The longest form, then the most
 * specific pattern, wins. Stateless and thread-safe.
 */
public final class VerbPatternMatcher {
    /** How many other words may stand between two pattern elements that are not joined. */
    public static final int MAX_GAP = 4;
    /**
     * After the verb, the gap may stretch this far over one noun phrase: wire text puts long modifiers
     * between a verb and the word or target its pattern needs ("imposed a fresh round of sweeping financial
     * and trade sanctions on", "signed a 10-year, $2 billion defence cooperation agreement with"). Such a gap
     * opens with a determiner or a number ("spoke warmly of his relationship with" is about the relationship),
     * and no actor stands in it (one passed over is what the verb is about: "ordered diplomats from Chile to
     * leave"), nor a preposition but "of" (it opens a phrase of its own: "agreed on Wednesday to lay down arms
     * under a truce mediated by"), nor ", and" (a new clause: "imposed a package of sanctions, and Moscow ...").
     */
    static final int LONG_GAP = 8;
    /**
     * A more specific pattern of the entry that matched may reach one word further, to refine the code within its root:
     * "rejected South Korea's offer of talks" (125, not 120), "rallied in Tbilisi on Saturday against the bill" (1412),
     * "called on Sudan's army and the Rapid Support Forces to observe a truce" (0256). Measured over every studied split
     * (session 18): a gap of 5 for every pattern adds false events of other roots, for refinement only it gains the full
     * code in seven splits and loses in none; the root and the target slot stay those of the pattern within MAX_GAP.
     */
    static final int REFINING_GAP = 5;
    private static final WordSet PHRASE_OPENERS = WordSet.of("to", "in", "on", "at", "by", "for", "from", "with",
            "into", "under", "over", "against", "during", "as", "near", "through", "across", "amid", "toward",
            "towards", "about", "without", "if", "when");
    /**
     * The clause boundaries a pattern's words do not cross: the shared ones with the sentence's end, dashes, "who" and the
     * conjunctions of time; not a quote mark, which a pattern's words may stand inside ("called it 'a terror state'").
     */
    static final WordSet CLAUSE_BOUNDARIES = Words.CLAUSE_BOUNDARIES.without("\"").with(".", "!", "?", "who",
            "after", "before", "since", "--", "—");
    private static final WordSet TRANSPARENT = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our",
            "fellow", "counterpart", "visiting", "neighbouring", "neighboring"); // "to neighbouring Niger": no other actor

    /** What the dictionary knows of each word, read off the token's lexicon entry. */
    private final Lexicon.Slot<VerbDictionary.Word> words;

    public VerbPatternMatcher(VerbDictionary verbs) {
        this(verbs, new Lexicon());
    }

    /** A matcher keeping its words in the coder's {@code lexicon}, which its tokenizer reads. */
    public VerbPatternMatcher(VerbDictionary verbs, Lexicon lexicon) {
        this.words = lexicon.slot();
        if (verbs != null) {
            verbs.words().forEach((word, known) -> lexicon.put(words, word, known));
        }
    }

    public List<VerbMatch> match(Sentence s, List<ActorMention> mentions) {
        ActorMention[] startsAt = new ActorMention[s.size() + 1];
        boolean[] inActor = new boolean[s.size()];
        for (ActorMention m : mentions) {
            if (startsAt[m.start()] == null) {
                startsAt[m.start()] = m;
            }
            for (int i = m.start(); i < m.end() && i < s.size(); i++) {
                inActor[i] = true;
            }
        }
        // one look-up per token: the forms it begins and whether some pattern names it
        VerbDictionary.Word[] known = new VerbDictionary.Word[s.size()];
        int highest = -1;
        for (int i = 0; i < s.size(); i++) {
            VerbDictionary.Word w = words.of(s.token(i));
            known[i] = w != null ? w : VerbDictionary.Word.UNKNOWN;
            highest = Math.max(highest, known[i].number());
        }
        // as long as the sentence's highest word number, not the vocabulary
        PatternLiterals.SentenceWords words = new PatternLiterals.SentenceWords(highest);
        for (int i = 0; i < s.size(); i++) {
            if (known[i].number() >= 0) {
                words.add(known[i].number());
            }
        }
        List<VerbMatch> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            VerbMatch best = null;
            if (!inActor[i]) {
                int nounPhrase = -1; // afterDeterminer(s, i), once asked: 0 or 1
                List<VerbDictionary.Form> forms = known[i].forms();
                String next = i + 1 < s.size() ? s.lower(i + 1) : "";
                for (int fi = 0; fi < forms.size(); fi++) { // indexed: no iterator for every token
                    VerbDictionary.Form f = forms.get(fi);
                    int n = f.tokens().size();
                    if (best != null && n < best.end() - best.start()) {
                        break; // forms are sorted longest first
                    }
                    if (!f.mayGoOnWith(next) || !formAt(s, i, f.tokens())) {
                        continue;
                    }
                    if (!f.nominal() && nounPhrase < 0) {
                        nounPhrase = afterDeterminer(s, i) && !pastOfActor(s, mentions, i) || afterAdjective(s, mentions, i) ? 1 : 0;
                    }
                    if (!f.nominal() && (nounPhrase == 1 || toBlame(s, i))) {
                        continue;
                    }
                    VerbMatch m = bestPattern(s, words, startsAt, f, i, i + n);
                    // equal specificity: an entry that codes beats one that does not ("struck" of a
                    // deal without its deal words is the strike)
                    if (m != null && (best == null || n == best.end() - best.start()
                            && (m.pattern().specificity() > best.pattern().specificity()
                            || m.pattern().specificity() == best.pattern().specificity() && best.pattern().code() == null
                            && m.pattern().code() != null))) {
                        best = m;
                    }
                }
            }
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether the form found under token i's word goes on in the tokens after it (its first word is that word). */
    private static boolean formAt(Sentence s, int i, List<String> tokens) {
        if (i + tokens.size() > s.size()) {
            return false;
        }
        for (int k = 1; k < tokens.size(); k++) {
            if (!s.lower(i + k).equals(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The first of the entry's patterns that matches; one whose words are not in the sentence is not tried. */
    private VerbMatch bestPattern(Sentence s, PatternLiterals.SentenceWords words, ActorMention[] startsAt,
                                  VerbDictionary.Form f, int start, int end) {
        VerbMatch m = bestPattern(s, words, startsAt, f, start, end, MAX_GAP, Integer.MAX_VALUE);
        return m == null ? null : refined(s, words, startsAt, f, start, end, m);
    }

    /**
     * The match {@code m} or a more specific pattern of its entry, tried before it, that matches with {@link #REFINING_GAP}
     * and gives a {@link #sharper} code with the same target slot. The words after an infinitive's "to" keep MAX_GAP:
     * "agreed on Wednesday to lay down their arms under a ceasefire" is no agreement to a ceasefire.
     */
    private VerbMatch refined(Sentence s, PatternLiterals.SentenceWords words, ActorMention[] startsAt,
                              VerbDictionary.Form f, int start, int end, VerbMatch m) {
        String code = m.pattern().code();
        List<VerbPattern> patterns = f.entry().patterns();
        int at = code == null ? 0 : indexOf(patterns, m.pattern());
        boolean anySharper = false; // most entries have none before the match: no second pass over the sentence
        for (int i = 0; i < at && !anySharper; i++) {
            anySharper = sharper(code, patterns.get(i).code());
        }
        if (!anySharper) {
            return m;
        }
        VerbMatch r = bestPattern(s, words, startsAt, f, start, end, REFINING_GAP, at);
        return r != null && r.target() == m.target() && sharper(code, r.pattern().code()) ? r : m;
    }

    /**
     * The place of {@code p} among its entry's {@code patterns}: it is one of them, found by identity (the record's
     * {@code indexOf} compared the elements of every pattern before it).
     */
    private static int indexOf(List<VerbPattern> patterns, VerbPattern p) {
        int i = 0;
        while (patterns.get(i) != p) {
            i++;
        }
        return i;
    }

    /**
     * Whether {@code candidate} refines {@code code} within its root: a code under it ("rallied ... against the bill": 1412
     * under 141) or, when {@code code} is its root's general code, any code of the root ("rejected Seoul's offer of
     * military talks": 125 for 120); never a sibling ("opened war crimes cases against": 094 stays, not 091).
     */
    private static boolean sharper(String code, String candidate) {
        return candidate != null && candidate.length() > 2 && (candidate.startsWith(code)
                || code.length() == 3 && code.endsWith("0") && candidate.regionMatches(0, code, 0, 2));
    }

    /** The first of the entry's first {@code upTo} patterns that matches with gaps of {@code gap} words. */
    private VerbMatch bestPattern(Sentence s, PatternLiterals.SentenceWords words, ActorMention[] startsAt,
                                  VerbDictionary.Form f, int start, int end, int gap, int upTo) {
        List<VerbPattern> patterns = f.entry().patterns();
        int infinitive = -2; // found once per form, for all its patterns: not yet looked for
        for (int i = 0; i < patterns.size() && i < upTo; i++) {
            if (!f.literalsIn(i, words)) {
                continue;
            }
            VerbPattern p = patterns.get(i);
            ActorMention[] slots = new ActorMention[2];
            int last = matchAfter(s, startsAt, p.after(), 0, end, slots, f.tokens().size() > 1, gap);
            // "demanded at an emergency UN Security Council meeting on Sunday that Rwanda withdraw": the "that" after a circumstance
            int that = last < 0 && f.opensWithThat(i) ? Words.thatClosingCircumstance(s, end) : -1;
            // "agreed at talks in St Vincent on Thursday not to use force": the infinitive after a meeting's circumstance
            if (last < 0 && that < 0 && f.opensWithInfinitive(i)) {
                infinitive = infinitive == -2 ? Words.infinitiveAfterCircumstance(s, end) : infinitive;
                that = infinitive;
            }
            // "protested outside his residence in Jerusalem on Saturday, demanding that he resign": the purpose after the places
            if (last < 0 && that < 0 && f.opensWithPurpose(i)) {
                that = Words.purposeAfterPlace(s, end);
            }
            if (that > 0) {
                slots = new ActorMention[2];
                last = matchAfter(s, startsAt, p.after(), 0, that, slots, false, gap);
            }
            if (last < 0) {
                last = passiveOfObject(s, startsAt, f, p, start, end, slots, gap);
            }
            if (last < 0 || particleAfterObject(s, f, p, end)) {
                continue;
            }
            if (!matchBefore(s, startsAt, p.before(), p.before().size() - 1, start - 1, slots)) {
                continue;
            }
            if (p.after().isEmpty() && p.before().isEmpty() && !f.nominal()) {
                VerbMatch object = objectBeforePassive(s, words, startsAt, f, start, end);
                if (object != null) {
                    return object;
                }
            }
            return new VerbMatch(f.entry(), p, f.nominal(), start, end, last, slots[0], slots[1], f.text());
        }
        return null;
    }

    /**
     * A passive whose subject holds the words a pattern wants after the verb ("Sweden's bid to join NATO was approved by
     * Turkey's parliament", "an aid package for Ukraine was approved by the Senate"): that pattern, its target the slot it
     * fills in the subject or else the subject's first actor; {@code last} is the end of the subject, before the verb.
     * Only for the bare verb's pattern, where no words after the verb said more; null when the verb is not a passive
     * participle right after a form of "be" or no pattern's words are all in its subject.
     */
    private VerbMatch objectBeforePassive(Sentence s, PatternLiterals.SentenceWords words, ActorMention[] startsAt,
                                          VerbDictionary.Form f, int start, int end) {
        int be = auxiliaryBefore(s, start);
        if (be < 1 || !Words.BE_FORMS.contains(s.token(be)) || !passiveParticiple(s, start)) {
            return null;
        }
        if (s.lower(be).equals("been") && be >= 1 && (s.lower(be - 1).startsWith("ha"))) {
            be--; // "has been approved"
        }
        int from = -1;
        for (int t = be - 1; t >= Math.max(0, be - 14) && from < 0; t--) {
            if (t == 0) {
                from = 0;
            } else if (CLAUSE_BOUNDARIES.contains(s.token(t - 1)) || s.lower(t - 1).equals(",")) {
                from = t;
            }
        }
        if (from < 0 || from >= be) {
            return null;
        }
        List<VerbPattern> patterns = f.entry().patterns();
        for (int i = 0; i < patterns.size(); i++) {
            VerbPattern p = patterns.get(i);
            // a pattern that codes nothing (---) holds too: "rockets fired by Hezbollah were intercepted by Israel" is
            // defence, as "intercepted rockets" is
            if (!f.literalsIn(i, words) || !p.before().isEmpty() || p.after().isEmpty()) {
                continue;
            }
            ActorMention[] slots = new ActorMention[2];
            int last = matchAfter(s, startsAt, p.after(), 0, from, slots, false, MAX_GAP);
            if (last > from && last <= be && slots[1] == null) {
                ActorMention target = slots[0];
                for (int k = from; k < be && target == null; k++) {
                    target = startsAt[k] != null && startsAt[k].isResolved() && !startsAt[k].locative() ? startsAt[k] : null;
                }
                return new VerbMatch(f.entry(), p, false, start, end, last, target, null, f.text());
            }
        }
        return null;
    }

    /**
     * The passive of a pattern whose object slot comes first ("placed + on a wanted list": "Kallas was placed on a wanted
     * list by Russia's interior ministry"): the words after the slot follow the participle, and the slot is the
     * passive's subject, the first actor of its clause; the token after the last word, or -1.
     */
    private int passiveOfObject(Sentence s, ActorMention[] startsAt, VerbDictionary.Form f, VerbPattern p, int start, int end,
                                ActorMention[] slots, int gap) {
        int be = auxiliaryBefore(s, start);
        if (f.nominal() || p.after().size() < 2 || !(p.after().get(0) instanceof PatternElement.Target)
                || !(p.after().get(1) instanceof PatternElement.Words) || be < 1 || !Words.BE_FORMS.contains(s.token(be))
                || !passiveParticiple(s, start)) {
            return -1;
        }
        ActorMention[] own = new ActorMention[2];
        int last = matchAfter(s, startsAt, p.after(), 1, end, own, false, gap);
        ActorMention subject = null;
        int from = appositionOpening(s, be);
        for (int k = from - 1; k >= Math.max(0, from - 14) && last >= 0; k--) {
            if (CLAUSE_BOUNDARIES.contains(s.token(k)) || s.lower(k).equals(",")) {
                break;
            }
            subject = startsAt[k] != null && startsAt[k].isResolved() && !startsAt[k].locative() ? startsAt[k] : subject;
        }
        if (subject == null || own[0] != null) {
            return -1;
        }
        slots[0] = subject;
        slots[1] = own[1];
        return last;
    }

    /**
     * "Two Canadians, former diplomat Michael Kovrig and businessman Michael Spavor, were charged with": the comma that
     * opens an apposition set off right before the auxiliary {@code be}, so the subject is sought before it; {@code be}
     * when no comma stands there or the commas enclose a clause (a relative, a conjunction of time) rather than a name.
     */
    private static int appositionOpening(Sentence s, int be) {
        if (be < 2 || !s.lower(be - 1).equals(",")) {
            return be;
        }
        for (int k = be - 2; k > 0 && k >= be - 13; k--) {
            if (CLAUSE_BOUNDARIES.contains(s.token(k)) || Words.RELATIVES.contains(s.token(k))) {
                return be;
            }
            if (s.lower(k).equals(",")) {
                return k;
            }
        }
        return be;
    }

    /** Where the auxiliary of a participle at {@code start} should be: before it, past one -ly adverb ("was unanimously approved", "were formally charged with"). */
    private static int auxiliaryBefore(Sentence s, int start) {
        int be = start - 1;
        return be >= 1 && s.lower(be).endsWith("ly") ? be - 1 : be;
    }

    /** A past participle ending in -ed or -en, or one of the common irregular ones, at {@code t}. */
    private static boolean passiveParticiple(Sentence s, int t) {
        String w = s.lower(t);
        return w.endsWith("ed") || w.endsWith("en") || Words.COMMON_IRREGULAR_PARTICIPLES.contains(s.token(t));
    }

    /** Matches elements[e..] from token pos, with gaps of {@code gap} words; returns the token after the last used, or -1. */
    private int matchAfter(Sentence s, ActorMention[] startsAt, List<PatternElement> elements, int e, int pos,
                           ActorMention[] slots, boolean objectInForm, int gap) {
        if (e == elements.size()) {
            return pos;
        }
        PatternElement el = elements.get(e);
        int limit = el.adjacent() ? pos : pos + LONG_GAP;
        int shortGap = pos > 0 && s.lower(pos - 1).equals("to") ? Math.min(gap, MAX_GAP) : gap;
        boolean phrasePassed = false; // an actor or a new phrase among the words passed over
        int inserted = 0; // words of an inserted list passed over, which count toward no gap
        for (int k = pos; k <= limit && k < s.size(); k++) {
            int resume = k > pos && !isSlot(el) ? afterInsertedList(s, k - 1) : -1;
            if (resume < 0 && !isSlot(el) && dayBeforeComma(s, k) && elementAt(s, startsAt, el, k + 3, slots) >= 0) {
                // "filled the streets of Hong Kong on Sunday, demanding that ...": the day set off before the participle
                // that goes on with the act counts toward no gap
                resume = k + 3;
            }
            if (resume > 0) {
                // "sent 29 drug cartel figures, including Rafael Caro Quintero, to the United States": the list set off by
                // commas names some of the object, and the pattern goes on after it
                inserted += resume - k;
                limit += resume - k;
                k = resume;
                if (k >= s.size()) {
                    break;
                }
            } else if (k > pos && CLAUSE_BOUNDARIES.contains(s.token(k - 1))) {
                break;
            }
            // "suspended part of a 2018 inter-Korean military agreement": a year or a share of the object says which or how
            // much of it, and counts toward no gap
            boolean uncounted = k > pos && !isSlot(el) && uncounted(s, k - 1);
            if (uncounted) {
                inserted++;
                limit++;
            }
            phrasePassed |= k > pos && !uncounted && (startsAt[k - 1] != null || PHRASE_OPENERS.contains(s.token(k - 1))
                    || k - 1 > pos && s.lower(k - 2).equals(",") && s.lower(k - 1).equals("and"));
            if (k > pos && !isSlot(el) && carrierPassed(s, k - 1)) {
                // "sent naval ships carrying food to Myanmar", "dispatched planes loaded with medical supplies": the
                // vehicles before what they carry count toward no gap, as if the cargo had been sent alone
                inserted = k - pos;
                limit = Math.max(limit, k + LONG_GAP);
                phrasePassed = false;
            }
            if (!el.adjacent() && k - inserted > pos + shortGap && (phrasePassed || !opensNounPhrase(s.lower(afterShare(s, pos))))
                    && !topicPassed(s, elements, e, pos, k, objectInForm)) {
                break;
            }
            // a place fills a slot right after the verb only when adjacent; across a gap only where the
            // pattern names its preposition ("withdrew from + ": "from the city of Kherson"), since
            // "releasing water from the Fukushima plant" is no act toward Japan
            boolean placeAcrossGap = k > pos && isSlot(el) && startsAt[k] != null && startsAt[k].locative()
                    && (e == 0 || !(elements.get(e - 1) instanceof PatternElement.Words));
            // "shelled Azerbaijani positions, and Azerbaijan's army hit back with drones", "fired two missiles into the
            // sea, Seoul's military said": past ", and", or a comma after a common word, an actor opens a clause of its
            // own, never the slot of this verb; after a name the comma may go on with a list ("from Argentina, Chile")
            // or a phrase ("In a phone call on Tuesday, Sisi told"); a weekday is no name a list goes on from ("fired
            // missiles on Sunday, South Korea's military said"), and the source after "according to" reports, never suffers
            boolean newClause = k > pos && k >= 2 && isSlot(el)
                    && (s.lower(k - 1).equals(",") && !nameBeforeComma(s, k - 2)
                    || s.lower(k - 1).equals("and") && s.lower(k - 2).equals(",")
                    || s.lower(k - 1).equals("with") && s.lower(k - 2).equals(",") // the absolute's own actor
                    || subjectOfNextClause(s, startsAt[k], pos, k) || afterAccordingTo(s, k));
            // "recordings related to Khashoggi's killing to Saudi Arabia": the "to" of "related to" opens what the
            // object concerns, never the pattern's own "to"
            boolean relatedTo = k > 0 && s.lower(k).equals("to") && RELATED.contains(s.token(k - 1));
            // "held drills near Taiwan, with Xi warning that ...": a "with" after a comma opens an absolute clause
            // whose actor does what follows, never the "with" of this verb's pattern
            boolean absolute = k > pos && s.lower(k).equals("with") && s.lower(k - 1).equals(",");
            int after = placeAcrossGap || newClause || relatedTo || absolute ? -1 : elementAt(s, startsAt, el, k, slots);
            if (after >= 0) {
                int r = matchAfter(s, startsAt, elements, e + 1, after, slots, false, gap);
                if (r >= 0) {
                    return r;
                }
            }
            if (el.adjacent() && isSlot(el) && (TRANSPARENT.contains(s.token(k)) || Words.DIRECTIONS.contains(s.token(k)))
                    && limit < s.size()) {
                limit++; // "met with the Chinese president", "into northern Gaza": these do not break a join to an actor
            }
        }
        return -1;
    }

    /** Matches elements[..e] backwards ending just before token pos. */
    private boolean matchBefore(Sentence s, ActorMention[] startsAt, List<PatternElement> elements, int e, int pos,
                                ActorMention[] slots) {
        if (e < 0) {
            return true;
        }
        PatternElement el = elements.get(e);
        if (e == elements.size() - 1 && el.adjacent() && el instanceof PatternElement.Words
                && headOfActorBefore(s, startsAt, el, pos, slots) >= 0) {
            return matchBefore(s, startsAt, elements, e - 1, headOfActorBefore(s, startsAt, el, pos, slots) - 1, slots);
        }
        int limit = el.adjacent() ? pos : pos - MAX_GAP;
        for (int k = pos; k >= Math.max(0, limit); k--) {
            if (k < pos && CLAUSE_BOUNDARIES.contains(s.token(k + 1))) {
                break;
            }
            // an element ending at token k: try starting points that end exactly at k
            for (int startTok = k; startTok >= Math.max(0, k - 5); startTok--) {
                int after = elementAt(s, startsAt, el, startTok, slots);
                if (after == k + 1 && matchBefore(s, startsAt, elements, e - 1, startTok - 1, slots)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a composed actor that ends at {@code pos} opens with the words of {@code el} and its "of" ("investigators of
     * the OPCW", "experts of the United Nations"), or -1: the word right before the verb is the body's, but the phrase is
     * headed by the element's noun, as "&finders_*" asks ("..., investigators of the OPCW concluded.").
     */
    private static int headOfActorBefore(Sentence s, ActorMention[] startsAt, PatternElement el, int pos, ActorMention[] slots) {
        for (int k = Math.max(0, pos - 12); k < pos; k++) {
            ActorMention m = startsAt[k];
            if (m != null && m.end() == pos + 1 && m.kind() == ActorMention.Kind.COMPOSED) {
                int after = elementAt(s, startsAt, el, k, slots);
                return after > k && after < pos && s.lower(after).equals("of") ? k : -1;
            }
        }
        return -1;
    }

    private static final WordSet DETERMINERS = WordSet.of("a", "an", "the", "its", "their", "his", "her", "our", "this",
            "these", "those", "whose");
    private static final WordSet PLACE_PREPOSITIONS = WordSet.of("in", "into", "from", "at", "on", "against");

    /** Irregular pasts of reporting, never nouns: after ", the military" they are its verb. */
    private static final WordSet REPORTING_PASTS = WordSet.of("said", "told", "wrote");

    /** Irregular pasts of force that are no base form either: "its aircraft hit", "its army shot down". */
    private static final WordSet FORCE_PASTS = WordSet.of("shot", "hit", "drove", "sank", "blew", "overran", "stole");

    /**
     * "The ministry said ...", "its aircraft struck a site": a past tense (an -ed form, an irregular past of
     * {@link Words#pastForm}'s list, of reporting or of force) right after a determiner and a role word that names a
     * resolved actor ("the ministry", "the army" taken from an earlier sentence; "..., which the opposition said had been
     * rigged"; "Ukraine said its army struck a command post") is that actor's verb, as after ", the military"; a base
     * form there may still head a noun ("its military aid").
     */
    private static boolean pastOfActor(Sentence s, List<ActorMention> mentions, int i) {
        if (!REPORTING_PASTS.contains(s.token(i)) && !Words.pastForm(s.lower(i)) && !FORCE_PASTS.contains(s.token(i))) {
            return false;
        }
        for (ActorMention m : mentions) {
            if (m.end() == i && m.isResolved() && !m.locative()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb form right after a determiner or a number, or after a determiner and one adjective, heads a
     * noun phrase ("a lavish welcome ceremony", "the detained protesters", "13 demands", "a 'hybrid
     * attack'": quote marks do not count; "a Russian assault" too), unless it is a participle after "the"
     * and an adverb.
     */

    private static boolean afterDeterminer(Sentence s, int i) {
        int w = wordBefore(s, i);
        if (w >= 0 && DETERMINERS.contains(s.token(w))) {
            return true;
        }
        if (w >= 0 && s.lower(w).equals("'s") && s.lower(i).endsWith("ing")) {
            return true; // "recordings related to Khashoggi's killing": a gerund after a possessive is a noun
        }
        if (w >= 0 && s.lower(w).equals("by") && !s.lower(i).endsWith("ed") && !s.lower(i).endsWith("ing")
                && !s.lower(i).endsWith("s")) {
            return true; // "damaged by fire from the ground", "taken by force": no finite verb follows the agent's "by"
        }
        if (w >= 0 && Words.count(s.lower(w)) >= 0 && s.lower(i).endsWith("s")) {
            return true; // "issued Qatar with 13 demands": a counted plural is a noun
        }
        int d = w >= 0 ? wordBefore(s, w) : -1;
        if (d >= 0 && PLACE_PREPOSITIONS.contains(s.token(d)) && s.lower(i).endsWith("s") && !s.lower(i).endsWith("ss")
                && s.token(w).isWord() && Character.isUpperCase(s.token(w).text().charAt(0))) {
            return true; // "prisoners in Israeli jails", "killed in Russian strikes": a plural after a place's modifier
        }
        boolean base = !s.lower(i).endsWith("ed") && !s.lower(i).endsWith("ing") && !s.lower(i).endsWith("s")
                && !(d > 0 && s.lower(d - 1).equals(",") && REPORTING_PASTS.contains(s.token(i))); // "..., the military said"
        if (d >= 0 && (s.lower(d).equals("a") || s.lower(d).equals("an")) && s.token(w).isWord() && base) {
            return true; // "a Russian assault", "an Israeli strike": an indefinite article never opens a subject here
        }
        return d >= 0 && DETERMINERS.contains(s.token(d)) && s.token(w).isWord()
                && Character.isLowerCase(s.token(w).text().charAt(0)) && !s.lower(w).endsWith("ly")
                && !plural(s.lower(w)) // "its jets struck": a plural noun and its verb, not "its first strike"
                && base;
    }

    /**
     * "welcomed Western support", "Russian aid": a base form right after an actor written as a singular adjective is the
     * noun it modifies; a singular noun's own verb would take "-s", and a plural demonym or a name ("US") is no adjective.
     */
    private static boolean afterAdjective(Sentence s, List<ActorMention> mentions, int i) {
        String w = s.lower(i);
        if (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("s")) {
            return false;
        }
        for (ActorMention m : mentions) {
            if (m.end() == i && m.adjective()) {
                return true;
            }
        }
        return false;
    }

    /** The prepositions that open the object of "call" ("called for talks", "called on Iran to"), as its particle. */
    private static final WordSet CALL_PARTICLES = WordSet.of("for", "on", "upon");
    /** Words of a circumstance that may stand between a verb and its particle ("called again for", "called on Monday for"). */
    private static final WordSet ADVERBIALS = WordSet.of("again", "also", "once", "today", "yesterday", "tonight", "now",
            "repeatedly", "publicly", "jointly", "formally", "explicitly", "specifically", "earlier", "later");

    /**
     * "calling it an assault on British sovereignty", "called the decision a mistake on Monday", "a move Seoul called
     * retaliation for": a pattern whose first word is the particle of "call" (for, on, upon) reads it there only when
     * nothing but a circumstance stands between ("called on Monday for talks", "called again on Russia to"); after an
     * object of its own ("called X ...") the verb labels or phones, and the preposition opens a phrase of the label.
     * By name: these particles are call's own, no family's.
     */
    private static boolean particleAfterObject(Sentence s, VerbDictionary.Form f, VerbPattern p, int end) {
        if (f.nominal() || !f.entry().name().equals("call") || p.after().isEmpty() || end >= s.size()
                || !(p.after().get(0) instanceof PatternElement.Words w) || w.adjacent()
                || w.phrases().stream().anyMatch(ph -> ph.size() != 1 || !CALL_PARTICLES.contains(ph.get(0)))) {
            return false;
        }
        String next = s.lower(end);
        return !CALL_PARTICLES.contains(s.token(end)) && !ADVERBIALS.contains(s.token(end))
                && !Words.CIRCUMSTANCE_OPENERS.contains(s.token(end)) && !Words.DAYS.contains(s.token(end))
                && !(next.endsWith("ly") && next.length() > 4 && !s.token(end).isCapitalized());
    }

    /** "Washington is to blame": the blamed, not one who blames (the words that say so are the stance). */
    private static boolean toBlame(Sentence s, int i) {
        return i >= 2 && s.lower(i).equals("blame") && s.lower(i - 1).equals("to") && Words.BE_FORMS.contains(s.token(i - 2));
    }

    /** The token before i, skipping quote marks; -1 at the start. */
    private static int wordBefore(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && (s.lower(k).equals("'") || s.lower(k).equals("\""))) {
            k--;
        }
        return k;
    }

    private static boolean plural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /** Words that may open the subject of a clause after ", and" before its actor: "a", "two", "later", "then". */
    private static final WordSet SUBJECT_LEAD = WordSet.of("a", "an", "the", "its", "their", "his", "her", "some",
            "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "later", "then",
            "also", "soon", "subsequently", "meanwhile", "separately");

    /**
     * Where the words that may open a clause's subject before its actor at {@code actorStart} begin ("and two Chinese
     * vessels": at "two"; "and later 30 Russian jets": at "later"), looking back no further than {@code floor}
     * (exclusive): determiners, numbers and adverbs. {@code actorStart} itself when there are none.
     */
    public static int subjectLeadStart(Sentence s, int actorStart, int floor) {
        int j = actorStart;
        while (j > 0 && j - 1 > floor && (SUBJECT_LEAD.contains(s.token(j - 1)) || Character.isDigit(s.lower(j - 1).charAt(0)))) {
            j--;
        }
        return j;
    }
    /** Between a subject and its verb: adverbs and auxiliaries ("later sailed", "had then entered"). */
    private static final WordSet BEFORE_VERB = WordSet.of("later", "then", "also", "soon", "subsequently", "again",
            "reportedly", "had", "has", "have", "was", "were", "is", "are", "will", "would", "did", "not", "n't", "never");
    /** Words that go on with a noun phrase after the actor, never a verb of its own. */
    private static final WordSet NOUN_PHRASE_GOES_ON = WordSet.of("of", "and", "or", "'s", "in", "on", "at", "to", "from",
            "with", "for", "by", "near", "off", "over", "into", "through", "across", "based", "stationed", "including");

    /**
     * An actor whose noun phrase opens a clause of its own after ", and" or after a comma that follows a common word
     * ("protested, and a Japanese destroyer later sailed through the strait", "objected, and two Chinese vessels entered
     * ..."): determiners, numbers and adverbs before it, and a verb of its own after it (adverbs and auxiliaries
     * between; not a participle, "a destroyer sailing ..."). It is the subject of that clause, never the slot of this
     * verb; "protested to Tokyo, and ..." fills the slot before the comma.
     */
    private static boolean subjectOfNextClause(Sentence s, ActorMention actor, int pos, int k) {
        int j = actor == null ? k : subjectLeadStart(s, k, pos);
        if (j == k || j < 2 || !(s.lower(j - 1).equals(",") && !nameBeforeComma(s, j - 2)
                || s.lower(j - 1).equals("and") && s.lower(j - 2).equals(","))) {
            return false;
        }
        int v = actor.end();
        while (v < s.size() && (BEFORE_VERB.contains(s.token(v)) || s.lower(v).endsWith("ly"))) {
            v++;
        }
        if (v >= s.size() || !s.token(v).isWord() || s.token(v).isCapitalized()) {
            return false;
        }
        String w = s.lower(v);
        return !w.endsWith("ing") && !NOUN_PHRASE_GOES_ON.contains(s.token(v)) && !DETERMINERS.contains(w)
                && !Character.isDigit(w.charAt(0));
    }

    private static final WordSet LIST_INSERTS = WordSet.of("including", "among", "notably");

    /**
     * The token after the closing comma of a list inserted at the comma {@code comma} (", including X and Y,", ", among
     * them X,"), or -1: the list opens with one of {@link #LIST_INSERTS} and closes within ten words, before any clause
     * boundary.
     */
    private static int afterInsertedList(Sentence s, int comma) {
        if (!s.lower(comma).equals(",") || comma + 1 >= s.size() || !LIST_INSERTS.contains(s.token(comma + 1))) {
            return -1;
        }
        for (int i = comma + 2; i < s.size() && i <= comma + 11; i++) {
            if (s.lower(i).equals(",")) {
                return i + 1;
            }
            if (CLAUSE_BOUNDARIES.contains(s.token(i))) {
                return -1;
            }
        }
        return -1;
    }

    private static final WordSet SHARES = WordSet.of("part", "parts", "some", "much", "most", "all", "rest", "portions");

    /** "on Sunday," at {@code k}: a weekday set off by a comma. */
    private static boolean dayBeforeComma(Sentence s, int k) {
        return k + 3 < s.size() && s.lower(k).equals("on") && Words.WEEKDAYS.contains(s.token(k + 1)) && s.lower(k + 2).equals(",");
    }

    private static final WordSet CARRIERS = WordSet.of("carrying", "ferrying", "transporting");
    private static final WordSet LADEN = WordSet.of("loaded", "laden", "packed", "filled");

    /** The word at {@code i} ends a vehicle's "carrying" or "loaded with" before its cargo. */
    private static boolean carrierPassed(Sentence s, int i) {
        return CARRIERS.contains(s.token(i)) || i > 0 && s.lower(i).equals("with") && LADEN.contains(s.token(i - 1));
    }

    /**
     * A word passed over that counts toward no gap: a year after an article ("a 2018 agreement"), a share of the object
     * and its "of" ("part of", "some of").
     */
    private static boolean uncounted(Sentence s, int i) {
        String w = s.lower(i);
        if (w.equals("of")) {
            return i > 0 && SHARES.contains(s.token(i - 1));
        }
        if (SHARES.contains(s.token(i))) {
            return i + 1 < s.size() && s.lower(i + 1).equals("of");
        }
        return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit)
                && i > 0 && (s.lower(i - 1).equals("a") || s.lower(i - 1).equals("the"));
    }

    /** The word after a share and its "of" at {@code pos} ("part of a ..."), else {@code pos}. */
    private static int afterShare(Sentence s, int pos) {
        return pos + 2 < s.size() && SHARES.contains(s.token(pos)) && s.lower(pos + 1).equals("of") ? pos + 2 : pos;
    }

    /** A name before a comma, which a list or a phrase may go on from: capitalized, and no day ("on Sunday,"). */
    private static boolean nameBeforeComma(Sentence s, int i) {
        return s.token(i).isCapitalized() && !Words.DAYS.contains(s.token(i));
    }

    /** "according to South Korea's military", "according to the Pentagon": an actor that reports what the clause says. */
    private static boolean afterAccordingTo(Sentence s, int k) {
        int to = k > 0 && s.lower(k - 1).equals("the") ? k - 2 : k - 1;
        return to >= 1 && s.lower(to).equals("to") && s.lower(to - 1).equals("according");
    }

    /**
     * Whether the words from {@code pos} to {@code k} are a topic phrase of the pattern's object, which the object's
     * own preposition and slot may stand after: "shared their findings on the murder of journalist Jamal Khashoggi with
     * their US counterparts", "held talks about the war in Ukraine with Erdogan". The phrase opens with a preposition of
     * topic right after the object's words, goes on over "of" and "in" only (no comma, no other phrase), and the element
     * sought is a word followed by the target slot: the actor inside the topic is what the act is about, not its partner.
     */
    private static boolean topicPassed(Sentence s, List<PatternElement> elements, int e, int pos, int k, boolean objectInForm) {
        if ((e == 0 ? !objectInForm : !(elements.get(e - 1) instanceof PatternElement.Words))
                || !(elements.get(e) instanceof PatternElement.Words)
                || e + 1 >= elements.size() || !(elements.get(e + 1) instanceof PatternElement.Target slot) || !slot.adjacent()
                || !Words.TOPIC_PREPOSITIONS.contains(s.token(pos))) {
            return false;
        }
        for (int t = pos + 1; t < k; t++) {
            if (!s.token(t).isWord() || PHRASE_OPENERS.contains(s.token(t)) && !TOPIC_INNER.contains(s.token(t))
                    || CLAUSE_BOUNDARIES.contains(s.token(t)) || s.lower(t).equals("and") || s.lower(t).equals("or")) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet TOPIC_INNER = WordSet.of("in");
    private static final WordSet RELATED = WordSet.of("related", "relating");

    private static boolean opensNounPhrase(String w) {
        return DETERMINERS.contains(w) || Character.isDigit(w.charAt(0)) || w.equals("$");
    }

    private static boolean isSlot(PatternElement el) {
        return !(el instanceof PatternElement.Words) && !(el instanceof PatternElement.AnyWord);
    }

    /** The token after the element if it matches at k, else -1. */
    private static int elementAt(Sentence s, ActorMention[] startsAt, PatternElement el, int k, ActorMention[] slots) {
        if (el instanceof PatternElement.Words w) {
            for (int p = 0; p < w.phrases().size(); p++) { // indexed: no iterator for every element tried
                List<String> phrase = w.phrases().get(p);
                if (k + phrase.size() <= s.size()) {
                    boolean ok = true;
                    for (int j = 0; j < phrase.size() && ok; j++) {
                        ok = s.lower(k + j).equals(phrase.get(j));
                    }
                    if (ok) {
                        return k + phrase.size();
                    }
                }
            }
            return -1;
        }
        if (el instanceof PatternElement.AnyWord) {
            return k + 1;
        }
        ActorMention m = startsAt[k];
        if (m == null) {
            return -1;
        }
        if (el instanceof PatternElement.Source) {
            slots[1] = m;
        } else {
            slots[0] = m;
        }
        return m.end();
    }
}
