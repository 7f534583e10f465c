package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * A pronoun that opens reported words stands for the speaker: "Hamas said it would free ...",
 * "Iran warned that it would retaliate" (GOLD-SET.md R3b: the source is the subject of the
 * content clause). Resolves such a pronoun to the subject of the reporting verb, so the words'
 * events get their source. Stateless.
 */
public final class SpeakerPronouns {
    private static final WordSet PRONOUNS = WordSet.of("it", "he", "she", "they", "we");
    private static final WordSet CIRCUMSTANCE = WordSet.of("on", "in", "at", "during", "after", "late", "earlier",
            "last", "this", "yesterday", "today");
    private static final WordSet CLAUSE_STOPS = Words.CLAUSE_BOUNDARIES.with(",", "who");

    public List<ActorMention> resolve(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs) {
        List<ActorMention> out = null;
        for (VerbMatch v : verbs) {
            if (v.entry().kind() == VerbEntry.Kind.ACT || v.nominal()) {
                continue;
            }
            int p = v.end();
            if (p < s.size() && CIRCUMSTANCE.contains(s.token(p))) {
                // "said on Monday it would ...", "said in a statement that it ...", "said after peace talks in Istanbul
                // on Tuesday that it would ...": past the circumstance
                int q = p + 1;
                while (q < s.size() && q - p <= 8 && !PRONOUNS.contains(s.token(q)) && !s.lower(q).equals("that")
                        && !CLAUSE_STOPS.contains(s.token(q))) {
                    q++;
                }
                if (q < s.size() && (PRONOUNS.contains(s.token(q)) || s.lower(q).equals("that"))) {
                    p = q;
                }
            }
            if (p < s.size() && !s.lower(p).equals("that") && !PRONOUNS.contains(s.token(p))) {
                // "told a news conference on Tuesday that they were ...": past the forum told, when it names no actor
                int q = objectEnd(s, mentions, p);
                p = q > 0 ? q : p;
            }
            if (p < s.size() && s.lower(p).equals("that")) {
                p++;
            }
            if (p >= s.size() || !PRONOUNS.contains(s.token(p))) {
                continue;
            }
            ActorMention speaker = subject(s, out == null ? mentions : out, v.start());
            if (speaker == null) {
                continue;
            }
            if (s.lower(p).equals("they") || s.lower(p).equals("we")) {
                speaker = withListBefore(s, out == null ? mentions : out, speaker);
            }
            ActorMention addressee = s.lower(p).equals("it") ? addressee(s, out == null ? mentions : out, v, speaker, p) : null;
            speaker = addressee != null ? addressee : speaker;
            List<ActorMention> current = out == null ? mentions : out;
            List<ActorMention> next = new ArrayList<>();
            boolean placed = false;
            for (ActorMention m : current) {
                if (m.start() == p) {
                    if (m.isResolved()) {
                        next.add(m);
                        placed = true;
                        continue;
                    }
                    continue; // an unresolved pronoun: replaced below
                }
                if (!placed && m.start() > p) {
                    next.add(pronoun(p, speaker));
                    placed = true;
                }
                next.add(m);
            }
            if (!placed) {
                next.add(pronoun(p, speaker));
            }
            out = next;
        }
        return out == null ? mentions : out;
    }

    /**
     * The "that" ending a short object of the saying with no resolved actor in it but the occasion's ("a news conference
     * on Tuesday", "a joint news conference in Berlin", "a statement issued during Putin's visit to Beijing"), or
     * the pronoun opening the words right after it ("told reporters they had been beaten"); or -1.
     */
    private static int objectEnd(Sentence s, List<ActorMention> mentions, int from) {
        for (int q = from; q < s.size() && q - from <= 13; q++) {
            if (s.lower(q).equals("that") || q > from && PRONOUNS.contains(s.token(q)) && Words.TOLD.contains(s.lower(from - 1))) {
                for (ActorMention m : mentions) {
                    if (m.isResolved() && m.start() >= from && m.start() < q && !ofTheOccasion(s, m)) {
                        return -1;
                    }
                }
                return q;
            }
            if (CLAUSE_STOPS.contains(s.token(q))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Words after "it" that keep it the speaker's own: a copula or an auxiliary, as in "demanded that it be consulted" or
     * "insists it was a weather craft"; an act asked of another takes the bare verb ("that it withdraw").
     */
    private static final WordSet OWN_DEMAND = WordSet.of("be", "is", "'s", "was", "were", "are", "should", "would",
            "will", "could", "can", "may", "might", "must", "had", "has", "did", "does");

    /**
     * "accused Manila of ramming a Chinese ship and demanded that it withdraw its vessel": "it" opening what a demand or
     * an appeal asks for is whom it is made of, the one other state named before the verb (not the demander's, nor its
     * own ship's); null when none or two such states were named, or the words are the demander's own ("that it be
     * consulted", "that it would ..."), for the speaker to stand.
     */
    private static ActorMention addressee(Sentence s, List<ActorMention> mentions, VerbMatch v, ActorMention speaker, int p) {
        String code = v.pattern() == null ? null : v.pattern().code();
        if (code == null || !code.startsWith("10") && !code.startsWith("02") || p + 1 >= s.size()
                || OWN_DEMAND.contains(s.token(p + 1)) || !Coreference.isCountryCode(speaker.code())) {
            return null;
        }
        ActorMention found = null;
        for (ActorMention m : mentions) {
            if (m.end() > v.start() || !m.isResolved() || m.locative() || !Coreference.isCountryCode(m.code())
                    || Coreference.sameCountry(m.code(), speaker.code())) {
                continue;
            }
            if (found != null && !Coreference.sameCountry(found.code(), m.code())) {
                return null; // two other states: either may be meant
            }
            found = found == null ? m : found;
        }
        return found;
    }

    /**
     * An actor named only to set the occasion of the saying, not as the one told: the place ("a news conference in
     * Berlin") or the visitor of an encounter ("a joint statement issued during Putin's visit to Beijing").
     */
    private static boolean ofTheOccasion(Sentence s, ActorMention m) {
        return m.locative() || m.possessive() && m.end() + 1 < s.size()
                && (Words.JOURNEYS.contains(s.token(m.end() + 1)) || Words.GATHERINGS.contains(s.token(m.end() + 1)));
    }

    private static ActorMention pronoun(int at, ActorMention speaker) {
        List<String> entries = new ArrayList<>(speaker.entries());
        entries.add("coreference:speaker");
        return new ActorMention(at, at + 1, speaker.codes(), ActorMention.Kind.COREFERENCE, speaker.individual(), false,
                speaker.placeCode(), false, entries);
    }

    /**
     * "Burkina Faso, Mali and Niger announced that they were leaving": a plural pronoun stands for the whole
     * list the speaker ends, so it carries each listed actor's code.
     */
    private static ActorMention withListBefore(Sentence s, List<ActorMention> mentions, ActorMention last) {
        List<String> codes = new ArrayList<>();
        ActorMention cur = last;
        for (int i = mentions.indexOf(last) - 1; i >= 0; i--) {
            ActorMention prev = mentions.get(i);
            int gap = cur.start() - prev.end();
            boolean joined = Words.listJoint(s, prev.end(), cur.start())
                    // "France and its European allies announced that they": the owner and its allies (S7-10)
                    || gap == 2 && s.lower(prev.end()).equals("and") && Speakers.OWNERS.contains(s.token(prev.end() + 1))
                    && Words.ALLY_NOUNS.contains(s.token(cur.end() - 1));
            if (!joined || !prev.isResolved() || prev.locative()) {
                break;
            }
            codes.addAll(0, prev.codes());
            cur = prev;
        }
        if (codes.isEmpty()) {
            return last;
        }
        codes.addAll(last.codes());
        return last.withCodes(codes, last.kind(), List.of());
    }

    /** The subject of the reporting verb: the nearest resolved actor before it in its clause. */
    private static ActorMention subject(Sentence s, List<ActorMention> mentions, int verb) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.end() > verb) {
                continue;
            }
            if (verb - m.end() > 6) {
                return null;
            }
            for (int t = m.end(); t < verb; t++) {
                if (CLAUSE_STOPS.contains(s.token(t))) {
                    return null;
                }
            }
            if (m.locative() || m.possessive() || !m.isResolved()) {
                continue;
            }
            String prep = m.start() > 0 ? s.lower(m.start() - 1) : "";
            if (Speakers.OBJECT_OR_PLACE_PREPOSITIONS.contains(prep)) {
                continue;
            }
            return m;
        }
        return null;
    }
}
