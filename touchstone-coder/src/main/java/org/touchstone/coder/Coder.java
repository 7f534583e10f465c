package org.touchstone.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.ActorRecognizer;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.date.EventDateResolver;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.event.EventAssembler;
import org.touchstone.coder.statement.AudienceDetector;
import org.touchstone.coder.statement.StatementDraft;
import org.touchstone.coder.statement.StatementExtractor;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.coder.verb.VerbPatternMatcher;
import org.touchstone.core.Actor;
import org.touchstone.core.Audience;
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

    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());
    private final ActorRecognizer actors;
    private final VerbPatternMatcher verbs;
    private final EventAssembler assembler = new EventAssembler();
    private final EventDateResolver dates = new EventDateResolver();
    private final StatementExtractor statements = new StatementExtractor();
    private final CameoCodebook codebook;
    private final Dictionaries dictionaries;

    /** A coder with the project's own dictionaries. */
    public Coder() {
        this(Dictionaries.builtIn());
    }

    public Coder(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.actors = new ActorRecognizer(dictionaries.actors());
        this.verbs = new VerbPatternMatcher(dictionaries.verbs());
        this.codebook = CameoCodebook.standard();
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
        String id = doc == null ? "?" : doc.id();
        List<Event> events = new ArrayList<>();
        List<Statement> stmts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Sentence> sentences = List.of();
        try {
            sentences = splitter.split(doc.text());
            Coreference coreference = new Coreference();
            for (Sentence s : sentences) {
                try {
                    codeSentence(doc, s, coreference, events, stmts);
                } catch (RuntimeException | StackOverflowError e) {
                    errors.add("sentence " + s.index() + ": " + e);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            errors.add("document: " + e);
        }
        return new CodedDocument(id, sentences.size(), events, stmts, errors);
    }

    private void codeSentence(Document doc, Sentence s, Coreference coreference, List<Event> events,
                              List<Statement> stmts) {
        List<ActorMention> mentions = actors.recognize(s, doc.date(), coreference);
        List<VerbMatch> matches = verbs.match(s, mentions);
        List<CodedAct> acts = assembler.assemble(s, mentions, matches);
        LocalDate date = dates.resolve(s, doc.date());
        Set<String> seen = new LinkedHashSet<>();
        int ordinal = 0;
        for (CodedAct a : acts) {
            if (!seen.add(a.source() + ">" + a.target() + ":" + a.code())) {
                continue;
            }
            int start = s.token(a.fromToken()).start();
            int end = s.token(Math.max(a.fromToken(), a.toToken() - 1)).end();
            events.add(new Event(DATASET, doc.id() + "/" + s.index() + "/" + ordinal++, date,
                    actor(a.source()), actor(a.target()), a.code(), QuadClass.ofCode(a.code()), goldstein(a.code()),
                    null, null, null, null, null, doc.url(),
                    Provenance.ofText(doc.id(), s.index(), start, end, a.entries())));
        }
        int index = 0;
        for (StatementDraft d : statements.extract(s, mentions, matches, acts)) {
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
}
