package org.touchstone.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.ActorRecognizer;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.actor.ObjectPronouns;
import org.touchstone.coder.actor.StateObjectPronouns;
import org.touchstone.coder.actor.SharedRoles;
import org.touchstone.coder.date.EventDateResolver;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.dict.VerbDictionary;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.event.EventAssembler;
import org.touchstone.coder.event.PriorActs;
import org.touchstone.coder.petrarch.coding.CodingOptions;
import org.touchstone.coder.petrarch.coding.PetrarchScreen;
import org.touchstone.coder.petrarch.coding.PetrarchSentenceCoder;
import org.touchstone.coder.statement.AlludedObjects;
import org.touchstone.coder.statement.AnsweredCharges;
import org.touchstone.coder.statement.AttemptedActs;
import org.touchstone.coder.statement.AudienceDetector;
import org.touchstone.coder.statement.OwnActLabels;
import org.touchstone.coder.statement.OwnSideStances;
import org.touchstone.coder.statement.RelativeClauseLabels;
import org.touchstone.coder.statement.SpeakerPronouns;
import org.touchstone.coder.statement.StatementDraft;
import org.touchstone.coder.statement.StatementExtractor;
import org.touchstone.coder.text.Lexicon;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.coder.verb.VerbPatternMatcher;
import org.touchstone.core.Actor;
import org.touchstone.core.Audience;
import org.touchstone.core.CameoCodes;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.Provenance;
import org.touchstone.core.QuadClass;
import org.touchstone.core.Statement;
import org.touchstone.core.cameo.CameoCodebook;

/**
 * The event coder: text with a date in, events and statements out. The pipeline per sentence is
 * tokens, actors (with coreference across the document), verb patterns, source/target with
 * negation and modality, date, statements. Dictionaries are loaded once; after construction a
 * coder is immutable and may be shared by threads. {@link #code(Document)} never throws: a
 * failure is reported in the result and every document is coded on its own.
 */
public final class Coder {
    public static final String DATASET = "touchstone";

    private final SentenceSplitter splitter;
    private final ActorRecognizer actors;
    private final VerbPatternMatcher verbs;
    private final EventAssembler assembler = new EventAssembler();
    private final EventDateResolver dates = new EventDateResolver();
    private final StatementExtractor statements = new StatementExtractor();
    private final SpeakerPronouns speakerPronouns = new SpeakerPronouns();
    private final ObjectPronouns objectPronouns = new ObjectPronouns();
    private final StateObjectPronouns stateObjectPronouns = new StateObjectPronouns();
    private final SharedRoles sharedRoles = new SharedRoles();
    private final CameoCodebook codebook;
    private final Dictionaries dictionaries;
    private final CodingOptions options;
    /** Set when the dictionaries ask for PETRARCH semantics (mapped from PETRARCH or TABARI files). */
    private final PetrarchSentenceCoder petrarch;
    private final PetrarchScreen screen;

    /** A coder with the project's own dictionaries. */
    public Coder() {
        this(Dictionaries.builtIn());
    }

    public Coder(Dictionaries dictionaries) {
        this(dictionaries, CodingOptions.DEFAULTS);
    }

    /** A coder whose PETRARCH options (used only with PETRARCH semantics) are {@code options}. */
    public Coder(Dictionaries dictionaries, CodingOptions options) {
        this.dictionaries = dictionaries;
        this.options = options;
        // one look-up per token: the tokenizer finds the word's entry, which the actors' and verbs' rooms fill here
        Lexicon lexicon = new Lexicon();
        this.actors = new ActorRecognizer(dictionaries.actors(), w -> oneWordVerb(dictionaries.verbs(), w), lexicon);
        this.verbs = new VerbPatternMatcher(dictionaries.verbs(), lexicon);
        this.codebook = CameoCodebook.standard();
        boolean petrarchSemantics = dictionaries.semantics() == Dictionaries.Semantics.PETRARCH;
        // PETRARCH's reading walks its dictionaries itself and reads no entry: its tokens keep the plain look-up
        this.splitter = new SentenceSplitter(petrarchSemantics ? new Tokenizer() : new Tokenizer(lexicon));
        this.petrarch = petrarchSemantics ? new PetrarchSentenceCoder(dictionaries) : null;
        this.screen = petrarchSemantics ? new PetrarchScreen(dictionaries.discards()) : null;
    }

    /** Whether {@code word} is a one-word verb form (not a noun form) of the verb dictionary. */
    private static boolean oneWordVerb(VerbDictionary verbs, String word) {
        return verbs != null && verbs.formsStartingWith(word).stream().anyMatch(f -> !f.nominal() && f.tokens().size() == 1);
    }

    /** This coder with other PETRARCH options (the dictionaries are shared, not read again). */
    public Coder withOptions(CodingOptions other) {
        return other.equals(options) ? this : new Coder(dictionaries, other);
    }

    public CodingOptions options() {
        return options;
    }

    public Dictionaries dictionaries() {
        return dictionaries;
    }

    /** Codes each document independently; one document's failure does not touch the others. */
    public List<CodedDocument> codeAll(List<Document> documents) {
        List<CodedDocument> out = new ArrayList<>(documents.size());
        for (Document d : documents) {
            out.add(code(d));
        }
        return out;
    }

    /** Codes one document. Never throws. */
    public CodedDocument code(Document doc) {
        if (petrarch != null) {
            return codePetrarch(doc);
        }
        String id = doc == null ? "?" : doc.id();
        List<Event> events = new ArrayList<>();
        List<Statement> stmts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Sentence> sentences = List.of();
        List<List<ActorMention>> firstRecognized = new ArrayList<>(1);
        try {
            sentences = splitter.split(doc.text());
            Coreference coreference = new Coreference();
            coreference.publishedBy(doc.provider(), doc.providerCountry());
            LocalDate named = null; // the date the document named last, for "two days later"
            for (Sentence s : sentences) {
                try {
                    LocalDate own = dates.named(s, doc.date(), named);
                    named = own != null ? own : named;
                    // people hold the offices of the day the sentence speaks of ("on Monday"), not of the report's date
                    codeSentence(doc, s, own != null ? own : doc.date(), coreference, events, stmts,
                            s == sentences.get(0) ? firstRecognized : null);
                } catch (RuntimeException | StackOverflowError e) {
                    errors.add("sentence " + s.index() + ": " + e);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            errors.add("document: " + e);
        }
        try {
            stmts = continueAudiences(doc, sentences, stmts, firstRecognized.isEmpty() ? null : firstRecognized.get(0));
        } catch (RuntimeException e) {
            errors.add("document: " + e);
        }
        return new CodedDocument(id, sentences.size(), events, stmts, errors);
    }

    /**
     * Codes one sentence whose events happened on {@code date}; {@code recognized}, when given, gets the actors the
     * recognizer found in it, before any resolution.
     */
    private void codeSentence(Document doc, Sentence s, LocalDate date, Coreference coreference, List<Event> events,
                              List<Statement> stmts, List<List<ActorMention>> recognized) {
        List<ActorMention> found = actors.recognize(s, date, coreference);
        if (recognized != null) {
            recognized.add(List.copyOf(found));
        }
        List<ActorMention> mentions = stateObjectPronouns.resolve(s, objectPronouns.resolve(s, sharedRoles.resolve(s, found)));
        List<VerbMatch> matches = verbs.match(s, mentions);
        List<ActorMention> resolved = speakerPronouns.resolve(s, mentions, matches);
        if (resolved != mentions) {
            mentions = resolved;
            matches = verbs.match(s, mentions);
        }
        List<CodedAct> untargeted = new ArrayList<>();
        // R14: a speech act aimed at an allusion the sentence resolves is aimed at its referent
        List<CodedAct> assembled = AlludedObjects.resolve(s, mentions, assembler.assemble(s, mentions, matches, untargeted), untargeted);
        assembled = PriorActs.resolve(s, mentions, assembled, untargeted, coreference); // R6 across sentences
        List<StatementDraft> drafts = new ArrayList<>(statements.extract(s, mentions, matches, assembled, untargeted));
        drafts = OwnActLabels.add(s, mentions, matches, assembled, drafts); // S30-1: "in what Khan called a gesture"
        drafts = RelativeClauseLabels.aim(s, mentions, matches, drafts); // S30-15: "a speech Beijing branded provocative"
        // R8: a denial that names no accuser answers the speaker whose charge the sentence reports
        List<CodedAct> acts = AnsweredCharges.answer(assembled, untargeted, drafts);
        // R3c: an act another is said to have tried or planned against the speaker's side is the speaker's charge
        acts = AttemptedActs.charge(s, acts, drafts);
        // R3c: an evaluation in an official's words whose subject is the official's own country is the official's
        acts = OwnSideStances.voice(acts, drafts);
        Set<String> seen = new LinkedHashSet<>();
        int ordinal = 0;
        for (CodedAct a : acts) {
            if (seen.add(a.source() + ">" + a.target() + ":" + a.code())) {
                events.add(event(doc, s, ordinal++, date, a));
            }
        }
        int index = 0;
        for (StatementDraft d : drafts) {
            // R3c: the speaker's own characterization in reported words is also its event, and so is each further
            // stance of the same speaker (S7-6)
            for (StatementDraft.Stance st : d.eventStances()) {
                if (newsReport(d.speaker(), st.code()) || remarkOnCommonPeople(st) || !seen.add(d.speaker() + ">" + st.target() + ":" + st.code())) {
                    continue;
                }
                int start = s.token(Math.min(d.fromToken(), s.size() - 1)).start();
                events.add(event(doc, s, ordinal++, date, d.speaker(), st.target(), st.code(), start, s.token(s.size() - 1).end(),
                        d.entries()));
            }
        }
        for (StatementDraft d : drafts) {
            Audience audience = d.audience();
            if (audience == Audience.UNKNOWN && s.index() == 0) {
                audience = AudienceDetector.ofVenue(doc.venue());
            }
            int start = s.token(Math.min(d.fromToken(), s.size() - 1)).start();
            int end = s.token(s.size() - 1).end();
            stmts.add(new Statement(doc.id(), s.index(), index++, date, d.speaker(), d.targets(), d.named(), d.code(),
                    goldstein(d.code()), audience, d.quote(), Provenance.ofText(doc.id(), s.index(), start, end, d.entries())));
        }
    }

    /**
     * R3: a news outlet that reports news ("..., state media reported", "Xinhua reported the visit") makes a
     * statement, not a remark event (010) of its own; its own stances (criticism, accusation) stay events.
     */
    private static boolean newsReport(String speaker, String code) {
        return speaker.endsWith("MED") && "010".equals(code);
    }

    /**
     * S7-3, R1: a remark (010) is an event between political actors. Words that name a country's common people only as
     * those something befell ("More than 120,000 Rohingya have fled into Bangladesh, the UN refugee agency said", "its
     * mediation had secured the return of four Ukrainian children") report what happened to them and take no stance
     * toward them: the statement stays, with no event. A stance of its own toward them (sympathy 018, condemnation 111)
     * is coded.
     */
    private static boolean remarkOnCommonPeople(StatementDraft.Stance stance) {
        return "010".equals(stance.code()) && stance.target() != null && stance.target().length() == 6
                && stance.target().endsWith("CVL");
    }

    /** How many sentences make the lead paragraph, whose lead actor's words take the document's venue. */
    private static final int LEAD_SENTENCES = 3;

    /**
     * Audiences the sentence leaves open, from the document: a statement by the lead actor (the
     * first actor of the first sentence) in the lead paragraph was made at the document's venue
     * (docs/SAMPLE-CORPUS.md: the venue is that of the lead statement, which the first sentences
     * report); and a statement by the speaker of the previous sentence continues the same
     * address ("He said ...", "He also told ...").
     */
    private List<Statement> continueAudiences(Document doc, List<Sentence> sentences, List<Statement> stmts,
                                              List<ActorMention> firstRecognized) {
        if (stmts.isEmpty() || sentences.isEmpty()) {
            return stmts;
        }
        String lead = leadActor(doc, sentences.get(0), firstRecognized);
        Audience venue = AudienceDetector.ofVenue(doc.venue());
        List<Statement> out = new ArrayList<>(stmts.size());
        for (Statement st : stmts) {
            Audience audience = st.audience();
            if (audience == Audience.UNKNOWN) {
                if (venue != Audience.UNKNOWN && st.sentenceIndex() < LEAD_SENTENCES && st.speaker().equals(lead)) {
                    audience = venue;
                } else {
                    for (int i = out.size() - 1; i >= 0; i--) {
                        Statement prev = out.get(i);
                        if (prev.sentenceIndex() < st.sentenceIndex() - 1) {
                            break;
                        }
                        if (prev.sentenceIndex() == st.sentenceIndex() - 1 && prev.speaker().equals(st.speaker())
                                && prev.audience() != Audience.UNKNOWN) {
                            audience = prev.audience();
                            break;
                        }
                    }
                }
            }
            out.add(audience == st.audience() ? st : new Statement(st.docId(), st.sentenceIndex(), st.statementIndex(),
                    st.date(), st.speaker(), st.targets(), st.named(), st.code(), st.goldstein(), audience, st.quote(),
                    st.provenance()));
        }
        return out;
    }

    /**
     * The first resolved actor of the first sentence that is not a place; from the actors recognized
     * when the sentence was coded (with the document's coreference then empty, as here), when it was.
     */
    private String leadActor(Document doc, Sentence first, List<ActorMention> recognized) {
        List<ActorMention> mentions = recognized != null ? recognized : actors.recognize(first, doc.date(), new Coreference());
        for (ActorMention m : mentions) {
            if (m.isResolved() && !m.locative() && !m.possessive()) {
                return m.code();
            }
        }
        return null;
    }

    /** The event of an act, over the words from its first token to its last. */
    private Event event(Document doc, Sentence s, int ordinal, LocalDate date, CodedAct a) {
        int start = s.token(a.fromToken()).start();
        int end = s.token(Math.max(a.fromToken(), a.toToken() - 1)).end();
        return event(doc, s, ordinal, date, a.source(), a.target(), a.code(), start, end, a.entries());
    }

    /** The {@code ordinal}th event of sentence {@code s}, found in its characters [start, end). */
    private Event event(Document doc, Sentence s, int ordinal, LocalDate date, String source, String target, String code,
                        int start, int end, List<String> entries) {
        return new Event(DATASET, doc.id() + "/" + s.index() + "/" + ordinal, date, actor(source), actor(target), code,
                QuadClass.ofCode(code), goldstein(code), null, null, null, null, null, doc.url(),
                Provenance.ofText(doc.id(), s.index(), start, end, entries));
    }

    private Double goldstein(String code) {
        try {
            return codebook.goldstein(code);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** An actor from its code: country and first sector when the code starts with a state. */
    static Actor actor(String code) {
        if (code == null) {
            return Actor.UNKNOWN;
        }
        if (Coreference.isCountryCode(code)) {
            return new Actor(code, null, code.substring(0, 3), code.length() >= 6 ? code.substring(3, 6) : null);
        }
        return new Actor(code, null, null, null);
    }

    // ------------------------------------------------------------------ PETRARCH semantics

    /** One coding as the dictionaries give it, codes outside CAMEO included (validation compares these). */
    public record Coding(int sentence, String source, String target, String code, List<String> entries) {
    }

    /**
     * The codings of a document. With PETRARCH semantics these are the acts of each sentence that
     * is not discarded, codes kept as the dictionaries write them (the validation dictionaries use
     * codes outside CAMEO, such as 903 or 174K, which {@link #code(Document)} cannot store as events);
     * with the project's semantics, the events of {@link #code(Document)}. Never throws; a sentence
     * that fails gives no coding.
     */
    public List<Coding> codings(Document doc) {
        List<Coding> out = new ArrayList<>();
        if (petrarch == null) {
            for (Event e : code(doc).events()) {
                out.add(new Coding(e.provenance() == null ? 0 : e.provenance().sentenceIndex(), e.source().code(),
                        e.target().code(), e.code(), e.provenance() == null ? List.of() : e.provenance().dictionaryEntries()));
            }
            return out;
        }
        try {
            List<Sentence> sentences = petrarchSentences(doc);
            List<PetrarchScreen.Refusal> refusals = refusals(sentences);
            if (refusals.contains(PetrarchScreen.Refusal.STORY_DISCARD)) {
                return out;
            }
            for (Sentence s : sentences) {
                try {
                    if (refusals.get(s.index()) != PetrarchScreen.Refusal.NONE) {
                        continue;
                    }
                    for (CodedAct a : petrarch.code(s, doc.date(), options)) {
                        out.add(new Coding(s.index(), a.source(), a.target(), a.code(), a.entries()));
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    // a failing sentence gives no coding; code() reports it
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            return out;
        }
        return out;
    }

    /** PETRARCH joins the words of a phrase with '_' ("Dol_Amroth"): read it as a blank (same length, same offsets). */
    private List<Sentence> petrarchSentences(Document doc) {
        return splitter.split(doc.text().replace('_', ' '));
    }

    /** Why each sentence is refused (NONE when it is coded), in order; one story discard refuses them all. */
    private List<PetrarchScreen.Refusal> refusals(List<Sentence> sentences) {
        List<PetrarchScreen.Refusal> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(screen.check(s).refusal());
        }
        return out;
    }

    /** {@link #code(Document)} with PETRARCH semantics: events only, no statements; discards and datelines skipped. */
    private CodedDocument codePetrarch(Document doc) {
        String id = doc == null ? "?" : doc.id();
        List<Event> events = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Sentence> sentences = List.of();
        try {
            sentences = petrarchSentences(doc);
            List<PetrarchScreen.Refusal> refusals = refusals(sentences);
            if (!refusals.contains(PetrarchScreen.Refusal.STORY_DISCARD)) {
                for (Sentence s : sentences) {
                    try {
                        if (refusals.get(s.index()) != PetrarchScreen.Refusal.NONE) {
                            continue;
                        }
                        LocalDate date = dates.resolve(s, doc.date());
                        Set<String> seen = new LinkedHashSet<>();
                        int ordinal = 0;
                        for (CodedAct a : petrarch.code(s, doc.date(), options)) {
                            if (!CameoCodes.isWellFormed(a.code())) {
                                errors.add("sentence " + s.index() + ": code '" + a.code() + "' of "
                                        + a.verb().provenance() + " is not a CAMEO event code; no event stored");
                                continue;
                            }
                            if (seen.add(a.source() + ">" + a.target() + ":" + a.code())) {
                                events.add(event(doc, s, ordinal++, date, a));
                            }
                        }
                    } catch (RuntimeException | StackOverflowError e) {
                        errors.add("sentence " + s.index() + ": " + e);
                    }
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            errors.add("document: " + e);
        }
        return new CodedDocument(id, sentences.size(), events, List.of(), errors);
    }
}
