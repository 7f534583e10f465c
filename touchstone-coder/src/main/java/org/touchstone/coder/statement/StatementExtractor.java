package org.touchstone.coder.statement;

import java.util.ArrayList;
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
    private static final Set<String> STOPS = Set.of(";", ":", "that", "which", "because", "but", "while", "although");

    private final AudienceDetector audiences = new AudienceDetector();
    private final AllusionDetector allusions = new AllusionDetector();

    public List<StatementDraft> extract(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs,
                                        List<CodedAct> acts) {
        Map<String, StatementDraft> bySpeaker = new LinkedHashMap<>();
        for (VerbMatch v : verbs) {
            if (negated(s, v.start())) {
                continue;
            }
            if (v.entry().kind() == VerbEntry.Kind.SAY) {
                say(s, mentions, v, acts, bySpeaker);
            } else if (v.entry().kind() == VerbEntry.Kind.VERBAL) {
                for (CodedAct a : acts) {
                    if (a.verb() == v && !bySpeaker.containsKey(a.source())) {
                        List<String> targets = new ArrayList<>();
                        for (CodedAct b : acts) {
                            if (b.verb() == v && b.source().equals(a.source()) && !targets.contains(b.target())) {
                                targets.add(b.target());
                            }
                        }
                        bySpeaker.put(a.source(), draft(s, mentions, a.source(), targets, a.code(), v.start(), s.size(),
                                a.fromToken(), a.entries()));
                    }
                }
            }
        }
        return new ArrayList<>(bySpeaker.values());
    }

    private void say(Sentence s, List<ActorMention> mentions, VerbMatch v, List<CodedAct> acts,
                     Map<String, StatementDraft> bySpeaker) {
        ActorMention speaker = null;
        boolean according = v.formText().equals("according to");
        if (!according) {
            speaker = before(s, mentions, v.start());
        }
        if (speaker == null) {
            speaker = after(s, mentions, v.end());
        }
        if (speaker == null || !speaker.isResolved()) {
            return;
        }
        String code = speaker.code();
        if (bySpeaker.containsKey(code)) {
            return;
        }
        int lead = speaker.start() > 0 && s.lower(speaker.start() - 1).equals("the") ? speaker.start() - 2 : speaker.start() - 1;
        boolean trailing = lead >= 0 && (s.lower(lead).equals(",") || s.lower(lead).equals("\""));
        boolean speakerFirst = speaker.end() <= v.start() && hasWordsAfter(s, v.last()) && !trailing;
        int from = speakerFirst ? v.last() : 0;
        int to = speakerFirst ? s.size() : Math.max(0, Math.min(trailing ? lead : speaker.start(), v.start()));
        // the stance: the speaker's own event in the words
        String stance = null;
        List<String> targets = new ArrayList<>();
        for (CodedAct a : acts) {
            if (a.verb().start() >= from && a.verb().start() < to && (a.source().equals(code) || sameCountry(a.source(), code))) {
                if (stance == null) {
                    stance = a.code();
                }
                if (a.code().equals(stance) && !targets.contains(a.target())) {
                    targets.add(a.target());
                }
            }
        }
        if (stance == null) {
            stance = "010";
            Set<String> others = new LinkedHashSet<>();
            // "told Biden ...": the one addressed is spoken to and about
            for (ActorMention m : mentions) {
                if (m.isResolved() && !m.locative() && m.start() >= from && m.start() < to
                        && !m.codes().contains(code) && m != speaker && !sameCountry(m.code(), code)) {
                    others.addAll(m.codes());
                }
            }
            targets.addAll(others);
        }
        List<String> entries = new ArrayList<>(speaker.entries());
        entries.add(v.provenance());
        bySpeaker.put(code, draft(s, mentions, code, targets, stance, from, to, Math.min(speaker.start(), v.start()), entries));
    }

    private StatementDraft draft(Sentence s, List<ActorMention> mentions, String speaker, List<String> targets,
                                 String code, int from, int to, int spanFrom, List<String> entries) {
        AllusionDetector.Allusion allusion = allusions.find(s, from, to);
        boolean named = allusion == null || !targets.isEmpty() && !targets.contains("UIS") && !targetsInsideAllusion(mentions, allusion, targets);
        if (allusion != null && targets.contains("UIS")) {
            targets = new ArrayList<>(targets);
            targets.remove("UIS");
            named = false;
        }
        Audience audience = audiences.detect(s, speaker, mentions, targets);
        return new StatementDraft(speaker, List.copyOf(targets), named, code, audience, quote(s, from, to),
                Math.max(0, Math.min(spanFrom, from)), s.size(), List.copyOf(new LinkedHashSet<>(entries)));
    }

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
        while (from < to && (s.lower(from).equals("that") || s.lower(from).equals(","))) {
            from++;
        }
        while (to > from && !s.token(to - 1).isWord()) {
            to--;
        }
        return s.text(from, to);
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
            for (int t = m.end(); t < verb; t++) {
                if (STOPS.contains(s.lower(t)) || s.lower(t).equals("\"")) {
                    return null;
                }
            }
            if (m.locative() || m.possessive() || !m.isResolved()) {
                continue;
            }
            String prep = m.start() > 0 ? s.lower(m.start() - 1) : "";
            if (Set.of("with", "to", "by", "of", "on", "about", "against", "for").contains(prep)) {
                continue;
            }
            return m;
        }
        return null;
    }

    /** An inverted speaker: "..., said Lavrov", "according to the ministry". */
    private static ActorMention after(Sentence s, List<ActorMention> mentions, int from) {
        for (ActorMention m : mentions) {
            if (m.start() >= from && m.start() <= from + 2 && m.isResolved()) {
                return m;
            }
        }
        return null;
    }
}
