package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.event.StanceLexicon;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Statements that no reporting verb or speech act opens but a deed or a denial does, run after those: a deed done in a
 * speech or a text ("suspended the treaty in his annual address"), the reason a doer cites for its own deed when
 * another is its author (", citing attacks by Italian leaders"), and a denial in a relative clause after an accusation
 * (R8: "..., which Minsk rejected as absurd"). Each adds a statement only for a speaker that has none yet in the
 * sentence (one statement per speaker), and never for a deed told inside someone's reported words.
 */
final class DeedStatements {
    private final StatementDrafts drafts;

    DeedStatements(StatementDrafts drafts) {
        this.drafts = drafts;
    }

    /** Words that may stand between a denier and its verb ("allegations China has repeatedly denied"). */
    private static final WordSet AUXILIARIES = WordSet.of("has", "have", "had", "also", "swiftly");

    /**
     * R8: a denial or rejection in a relative clause after an accusation ("Poland accused Belarus of ...,
     * which Minsk rejected as absurd", "..., an accusation Tehran dismissed as baseless") is its speaker's
     * 016 toward the accuser, the source of the accusation before it.
     */
    void deniedAccusations(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, List<CodedAct> acts,
                           Map<String, StatementDraft> bySpeaker) {
        for (VerbMatch v : verbs) {
            // reject by name: it denies an accusation here, but is no "governs: denial" (that un-codes a complement act)
            boolean denial = v.entry().governs() == VerbEntry.Governs.DENIAL || v.entry().name().equals("reject");
            if (!denial || v.nominal() || ReportedWords.negated(s, v.start())) {
                continue;
            }
            int before = v.start();
            while (before > 0 && before > v.start() - 3 && (AUXILIARIES.contains(s.token(before - 1))
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
            if (k < 0 || !s.lower(k).equals("which") && !Words.ACCUSATIONS.contains(s.token(k))) {
                continue;
            }
            String speaker = denier.code();
            List<String> accusers = new ArrayList<>();
            for (CodedAct a : acts) {
                if (a.code().startsWith("11") && a.verb().start() < k && !SpokenAbout.ownSide(speaker, List.of(a.source()))
                        && !accusers.contains(a.source())) {
                    accusers.add(a.source());
                }
            }
            if (accusers.isEmpty()) {
                continue;
            }
            StatementDraft had = bySpeaker.get(speaker);
            if (had != null && !(had.code().equals("016") && had.targets().isEmpty())) {
                SpokenAbout.addTargets(bySpeaker, speaker, accusers);
                continue;
            }
            List<String> entries = new ArrayList<>(denier.entries());
            entries.add(v.provenance());
            StatementDraft d = drafts.draft(s, mentions, speaker, accusers, "016", v.start(), s.size(), denier.start(), entries);
            bySpeaker.put(speaker, d.withEvaluation(true, List.copyOf(accusers)));
        }
    }

    /**
     * A deed done in a speech or a text ("suspended the treaty in his annual address", "resigned in a televised address",
     * "declined the invitation in a letter to the bloc's leaders") is words said there: the doer's statement, with the
     * deed's stance; not a deed inside someone's reported words, nor one of a doer who has a statement already.
     */
    void deedsDoneInWords(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, List<CodedAct> acts,
                          Map<String, StatementDraft> bySpeaker, Map<String, int[]> wordsOf, Map<String, Integer> verbalAt) {
        for (CodedAct a : acts) {
            if (!bySpeaker.containsKey(a.source()) && !StatementExtractor.hostedBy(a) && ReportedWords.doneInWords(s, verbs, a.verb())
                    && !ReportedWords.insideWords(wordsOf, a.verb().start())) {
                // (not its own country, whom a resignation is to: "resigned in a televised address" is about no one)
                List<String> targets = acts.stream().filter(b -> b.verb() == a.verb() && b.source().equals(a.source()))
                        .map(CodedAct::target).filter(t -> !SpokenAbout.ownSide(a.source(), List.of(t))).distinct().toList();
                bySpeaker.put(a.source(), drafts.draft(s, mentions, a.source(), targets, a.code(), a.verb().start(), s.size(),
                        a.fromToken(), a.entries()));
                verbalAt.put(a.source(), a.verb().start());
            }
        }
    }

    /**
     * S7-6: ", citing" after a deed gives the reason its doer states for it: words, the doer's statement, when the
     * reason names another actor as its author ("recalled its ambassador, citing attacks by Italian leaders"); a reason
     * of no one's ("citing security reasons") or a place ("threats to Serbs in Kosovo") is only the deed's circumstance.
     * The statement is about those named. The doer is the one of the last act coded before, or, when none was coded
     * ("put its forces on alert, citing threats by NATO"), the actor the sentence opens with; a doer that has a
     * statement already ("said it would not attend the talks, citing remarks by a US official") adds the authors to it.
     */
    void citedCause(Sentence s, List<ActorMention> mentions, List<CodedAct> acts, Map<String, StatementDraft> bySpeaker,
                    Map<String, int[]> wordsOf) {
        for (int i = 1; i < s.size(); i++) {
            if (!s.lower(i).equals("citing") || !s.lower(i - 1).equals(",")) {
                continue;
            }
            int at = i;
            int to = i + 1;
            boolean quoted = false; // a comma inside the quoted reason does not end it ("citing 'repeated, baseless attacks'")
            while (to < s.size() && (quoted || !s.lower(to).equals(",") && !s.lower(to).equals(";"))) {
                quoted ^= s.lower(to).equals("'") || s.lower(to).equals("\"");
                to++;
            }
            int end = to;
            List<String> speakers = wordsOf.entrySet().stream().filter(e -> at >= e.getValue()[0] && at < e.getValue()[1]
                    && bySpeaker.containsKey(e.getKey())).map(Map.Entry::getKey).toList();
            CodedAct deed = ReportedWords.lastActBefore(acts, i);
            ActorMention opening = deed == null && bySpeaker.isEmpty() ? openingActor(s, mentions) : null;
            String doer = deed != null ? deed.source() : opening != null ? opening.code() : null;
            for (String speaker : speakers) {
                // reasons given with words are the speakers' ("said it would not attend the talks, citing remarks by
                // a US official"): they are about the authors named too
                SpokenAbout.addTargets(bySpeaker, speaker, authors(s, mentions, speaker, at, end));
            }
            if (!speakers.isEmpty() || doer == null || bySpeaker.containsKey(doer) || deed != null && !deed.done()
                    || ReportedWords.insideWords(wordsOf, deed != null ? deed.verb().start() : i)) {
                continue;
            }
            List<String> authors = authors(s, mentions, doer, at, end);
            if (authors.isEmpty()) {
                continue;
            }
            // a reason another is the author of is a charge against it, unless its words say which one
            PhraseIndex.Hit<String> stance = StanceLexicon.evaluation(s, i + 1, to);
            String code = stance != null && stance.value().startsWith("11") ? stance.value() : "112";
            bySpeaker.put(doer, deed != null ? drafts.draft(s, mentions, doer, authors, code, i, to, deed.fromToken(), deed.entries())
                    : drafts.draft(s, mentions, doer, authors, code, i, to, opening.start(), opening.entries()));
        }
    }

    /**
     * The actors a reason (tokens from {@code at} to {@code end}) names as its authors: not a place, the speaker's side,
     * nor the victims of the deed it tells ("citing its violence against civilians", "attacks on villages").
     */
    private static List<String> authors(Sentence s, List<ActorMention> mentions, String speaker, int at, int end) {
        return mentions.stream().filter(m -> m.start() > at && m.start() < end && m.isResolved() && !m.locative()
                && !SpokenAbout.ownSide(speaker, m.codes()) && !s.lower(m.start() - 1).equals("against")
                && !SpokenAbout.attackedOn(s, m.start() - 1)).flatMap(m -> m.codes().stream()).distinct().toList();
    }

    /** The actor a sentence opens with, its subject ("Russia suspended ...", "The Central Bank of Russia kept ..."). */
    private static ActorMention openingActor(Sentence s, List<ActorMention> mentions) {
        ActorMention m = mentions.isEmpty() ? null : mentions.get(0);
        boolean first = m != null && (m.start() == 0 || m.start() == 1 && Words.ARTICLES.contains(s.token(0)));
        return first && m.isResolved() && !m.locative() ? m : null;
    }
}
