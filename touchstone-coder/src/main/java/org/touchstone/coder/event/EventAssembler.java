package org.touchstone.coder.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.verb.ModalityCodes;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Turns verb matches and actors into events: finds the source (subject, by-agent of a passive,
 * possessor of a nominal form) and the target (pattern slot or the first actor after the verb),
 * applies negation, refusal, denial and intent, and expands coordinated actors. Stateless.
 */
public final class EventAssembler {
    private static final Set<String> AUXILIARIES = Set.of("did", "does", "do", "has", "have", "had", "was", "were",
            "is", "are", "be", "been", "being", "will", "would", "could", "should", "can", "may", "might", "must",
            "shall", "'ll", "also", "still", "yet", "reportedly", "already", "not", "n't", "never", "to", "now",
            "then", "jointly", "further", "again", "formally", "officially", "repeatedly", "publicly", "strongly",
            "firmly", "sharply", "swiftly", "quickly", "immediately", "finally", "recently", "previously", "once",
            "effectively", "unanimously", "separately", "personally", "directly", "openly", "reluctantly", "on",
            "mistakenly", "allegedly", "just", "even", "always", "no", "longer", "neither", "nor", "without", "ever",
            "only", "subsequently", "later", "earlier", "eventually", "indeed", "both");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "neither", "nor", "without", "no");
    private static final Set<String> MODALS = Set.of("will", "would", "'ll", "shall", "could", "might", "may");
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "be", "being", "got", "get", "gets");
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("met", "held", "hit", "shot", "struck", "sent",
            "made", "given", "told", "sold", "seen", "brought", "taken", "cut", "broken", "frozen", "shut", "put",
            "laid", "paid", "led", "bought", "fought", "won", "beaten", "forgiven", "withdrawn", "shot down", "downed");
    private static final Set<String> BOUNDARIES = Set.of(";", ":", "that", "which", "because", "but", "while",
            "although", "whereas", "if", "unless", "saying", "\"");
    /** Where the search for a target stops: the next clause. */
    private static final Set<String> TARGET_STOPS = Set.of("as", "when", "where", "amid", "during", "after", "before",
            "since", "while", "and", "saying", "who", "which", "that", ";", ":", ".", "\"", "but", "because", "if",
            "following", "despite", "ahead", "until", "unless", "whereas");
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("with", "against", "for", "about", "on", "to", "by",
            "over", "from", "than", "toward", "towards", "into", "between", "at", "in", "of");
    private static final Set<String> GLUE = Set.of("to", "not", "also", "further", "jointly", "immediately", "again",
            "soon", "formally", "officially", "be", "have", "help", "continue", "swiftly", "quickly", "fully",
            "eventually", "finally", "gradually", "personally", "publicly");

    public List<CodedAct> assemble(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs) {
        int n = verbs.size();
        boolean[] suppressed = new boolean[n];
        boolean[] intent = new boolean[n];
        String[] override = new String[n];
        // complements: "agreed to visit" (intent), "refused to sign" (refusal), "denied attacking"
        for (int v = 1; v < n; v++) {
            VerbMatch g = verbs.get(v - 1);
            VerbMatch c = verbs.get(v);
            if (!linked(s, g, c)) {
                continue;
            }
            String cCode = c.pattern().code();
            switch (g.entry().governs()) {
                case INTENT -> {
                    if (cCode != null) {
                        suppressed[v - 1] = true;
                        intent[v] = true;
                    }
                }
                case REFUSAL -> {
                    if (!"011".equals(g.pattern().code())) {
                        override[v - 1] = ModalityCodes.refusalOf(cCode);
                    }
                    suppressed[v] = true;
                }
                case DENIAL -> suppressed[v] = true;
                case NEGATION -> {
                    suppressed[v - 1] = true;
                    suppressed[v] = true;
                }
                default -> {
                }
            }
        }
        List<CodedAct> out = new ArrayList<>();
        List<List<ActorMention>> sourcesOf = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            sourcesOf.add(List.of());
            VerbMatch m = verbs.get(v);
            int group = groupStart(s, m.start());
            if (negated(s, group, m.start())) {
                if (v + 1 < n && linked(s, m, verbs.get(v + 1))) {
                    suppressed[v + 1] = true;
                }
                continue;
            }
            String code = override[v] != null ? override[v] : m.pattern().code();
            boolean passive = !m.nominal() && isPassive(s, group, m);
            List<ActorMention> sources;
            List<ActorMention> targets;
            if (passive) {
                ActorMention agent = byAgent(s, mentions, m.last());
                List<ActorMention> subject = passiveSubject(s, mentions, group);
                sources = agent == null ? List.of() : expandForward(s, mentions, agent);
                targets = subject;
            } else if (m.nominal()) {
                ActorMention possessor = possessor(s, mentions, m.start());
                ActorMention agent = possessor != null ? possessor : byAgent(s, mentions, m.last());
                sources = agent == null ? List.of() : List.of(agent);
                targets = m.target() != null ? expandForward(s, mentions, m.target()) : nominalTarget(s, mentions, m, agent);
            } else {
                sources = m.source() != null ? List.of(m.source()) : subject(s, mentions, verbs, v, sourcesOf, group);
                targets = m.target() != null ? expandForward(s, mentions, m.target()) : target(s, mentions, m, code);
            }
            sourcesOf.set(v, sources);
            if (suppressed[v] || code == null || m.entry().kind() == VerbEntry.Kind.SAY && m.pattern().code() == null) {
                continue;
            }
            boolean modal = intent[v] || hasModal(s, group, m.start());
            String reverse = m.pattern().reverseCode();
            if (modal) {
                code = ModalityCodes.intentOf(code);
                reverse = null;
            }
            emit(s, m, code, reverse, sources, targets, out);
        }
        return out;
    }

    private void emit(Sentence s, VerbMatch m, String code, String reverse, List<ActorMention> sources,
                      List<ActorMention> targets, List<CodedAct> out) {
        List<String[]> pairs = new ArrayList<>();
        List<String> srcCodes = codes(sources, false, code);
        List<String> tgtCodes = codes(targets, true, code);
        if (tgtCodes.isEmpty() && srcCodes.size() >= 2) {
            // "China and Russia signed ..." / "both sides agreed": each toward the other
            for (String a : srcCodes) {
                for (String b : srcCodes) {
                    if (!a.equals(b)) {
                        pairs.add(new String[] {a, b, code});
                    }
                }
            }
        } else {
            for (String a : srcCodes) {
                for (String b : tgtCodes) {
                    if (!a.equals(b)) {
                        pairs.add(new String[] {a, b, code});
                        if (reverse != null) {
                            pairs.add(new String[] {b, a, reverse});
                        }
                    }
                }
            }
        }
        int from = m.start();
        int to = m.last();
        List<String> entries = new ArrayList<>();
        for (ActorMention a : sources) {
            from = Math.min(from, a.start());
            to = Math.max(to, a.end());
            entries.addAll(a.entries());
        }
        for (ActorMention a : targets) {
            from = Math.min(from, a.start());
            to = Math.max(to, a.end());
            entries.addAll(a.entries());
        }
        entries.add(m.provenance());
        Set<String> seen = new LinkedHashSet<>();
        for (String[] p : pairs) {
            if (seen.add(p[0] + ">" + p[1] + ":" + p[2])) {
                out.add(new CodedAct(p[0], p[1], p[2], m, from, Math.min(to, s.size()), List.copyOf(new LinkedHashSet<>(entries))));
            }
        }
    }

    /** The codes of the actors; a place or a destination takes the bare country ("visit to Beijing" -> CHN). */
    private static List<String> codes(List<ActorMention> mentions, boolean target, String code) {
        List<String> out = new ArrayList<>();
        boolean placeLike = code != null && (code.startsWith("04") || code.compareTo("18") >= 0 && code.length() >= 2
                && Character.isDigit(code.charAt(0)) && code.charAt(0) != '0');
        for (ActorMention m : mentions) {
            if (!m.isResolved()) {
                continue;
            }
            if (target && placeLike && (m.kind() == ActorMention.Kind.METONYM || m.locative()) && m.placeCode() != null) {
                out.add(m.placeCode());
            } else {
                out.addAll(m.codes());
            }
        }
        return out;
    }

    /** A governor and its complement: "refused to sign", "denied attacking", "plans to visit". */
    private static boolean linked(Sentence s, VerbMatch g, VerbMatch c) {
        if (g.entry().governs() == VerbEntry.Governs.NONE && !(g.last() <= c.start())) {
            return false;
        }
        if (c.start() < g.end() || c.start() - g.end() > 4) {
            return false;
        }
        for (int i = g.end(); i < c.start(); i++) {
            if (!GLUE.contains(s.lower(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the verb group begins: auxiliaries, negation and adverbs just before the verb. */
    private static int groupStart(Sentence s, int verb) {
        int k = verb;
        while (k > 0 && verb - k < 5 && AUXILIARIES.contains(s.lower(k - 1))) {
            k--;
        }
        return k;
    }

    private static boolean negated(Sentence s, int group, int verb) {
        for (int i = group; i < verb; i++) {
            if (NEGATORS.contains(s.lower(i))) {
                return true;
            }
        }
        // "has yet to respond", "failed to" are verbs of their own; "no longer" handled above
        return false;
    }

    private static boolean hasModal(Sentence s, int group, int verb) {
        for (int i = group; i < verb; i++) {
            if (MODALS.contains(s.lower(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPassive(Sentence s, int group, VerbMatch m) {
        boolean be = false;
        for (int i = group; i < m.start(); i++) {
            if (BE.contains(s.lower(i))) {
                be = true;
            }
        }
        if (!be) {
            return false;
        }
        String f = m.formText();
        String first = f.indexOf(' ') < 0 ? f : f.substring(0, f.indexOf(' '));
        return first.endsWith("ed") || first.endsWith("en") || IRREGULAR_PARTICIPLES.contains(f)
                || IRREGULAR_PARTICIPLES.contains(first);
    }

    /** "by Germany" after a passive verb or a nominal form. */
    private static ActorMention byAgent(Sentence s, List<ActorMention> mentions, int from) {
        for (int i = from; i < Math.min(s.size(), from + 8); i++) {
            String w = s.lower(i);
            if (BOUNDARIES.contains(w) || w.equals(".")) {
                return null;
            }
            if (w.equals("by")) {
                int at = i + 1;
                while (at < s.size() && (s.lower(at).equals("the") || s.lower(at).equals("its"))) {
                    at++;
                }
                for (ActorMention m : mentions) {
                    if (m.start() == at && m.isResolved()) {
                        return m;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The possessor of a nominal form: "Putin's visit", "Xi Jinping's three-day visit". */
    private static ActorMention possessor(Sentence s, List<ActorMention> mentions, int noun) {
        for (ActorMention m : mentions) {
            if (m.possessive() && m.isResolved() && m.end() + 1 <= noun && noun - (m.end() + 1) <= 2) {
                boolean clear = true;
                for (int i = m.end() + 1; i < noun; i++) {
                    clear &= s.token(i).isWord() && !BOUNDARIES.contains(s.lower(i));
                }
                if (clear) {
                    return m;
                }
            }
        }
        return null;
    }

    private static List<ActorMention> nominalTarget(Sentence s, List<ActorMention> mentions, VerbMatch m, ActorMention agent) {
        for (ActorMention a : mentions) {
            if (a.start() >= m.end() && a.start() <= m.last() + 3 && a != agent && a.isResolved()) {
                String prep = a.start() > 0 ? s.lower(a.start() - 1) : "";
                if (prep.equals("the") && a.start() > 1) {
                    prep = s.lower(a.start() - 2);
                }
                if (Set.of("to", "with", "of", "on", "against", "between", "in", "and").contains(prep)
                        || m.last() > m.end()) {
                    return expandForward(s, mentions, a);
                }
            }
        }
        return List.of();
    }

    /** The subject: the nearest actor before the verb in its clause, with coordinated actors. */
    private static List<ActorMention> subject(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, int v,
                                              List<List<ActorMention>> sourcesOf, int group) {
        int k = group - 1;
        // "and" or "," right before the verb: the subject of the previous verb ("met Xi and signed")
        if (k >= 0 && (s.lower(k).equals("and") || s.lower(k).equals(",")) && v > 0
                && verbs.get(v - 1).last() <= k + 1 && !verbs.get(v - 1).nominal()) {
            return sourcesOf.get(v - 1);
        }
        boolean infinitive = false;
        for (int t = group; t < verbs.get(v).start(); t++) {
            infinitive |= s.lower(t).equals("to");
        }
        if (k >= 1 && s.lower(k).equals("who")) {
            k -= s.lower(k - 1).equals(",") ? 2 : 1;
            for (ActorMention m : mentions) {
                if (m.end() == k + 1 && m.isResolved()) {
                    return expandBackward(s, mentions, m);
                }
            }
            return List.of();
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.end() > group) {
                continue;
            }
            if (group - m.end() > 14) {
                return List.of();
            }
            boolean blocked = false;
            for (int t = m.end(); t < group && !blocked; t++) {
                blocked = BOUNDARIES.contains(s.lower(t));
            }
            for (int w = 0; w < v && !blocked; w++) {
                VerbMatch other = verbs.get(w);
                // another verb between the actor and this verb: the actor is that verb's object
                if (other.start() >= m.end() && other.end() <= group && other.entry().kind() != VerbEntry.Kind.SAY
                        && !other.nominal() && other.pattern().code() != null) {
                    if (infinitive) {
                        return List.of(); // "urged X to sign": the complement of the earlier verb
                    }
                    blocked = true;
                }
            }
            if (blocked) {
                return List.of();
            }
            if (!m.isResolved() || m.locative()) {
                continue;
            }
            String prep = m.start() > 0 ? s.lower(m.start() - 1) : "";
            if (prep.equals("the") && m.start() > 1) {
                prep = s.lower(m.start() - 2);
            }
            if (OBJECT_PREPOSITIONS.contains(prep) || m.possessive()) {
                continue;
            }
            return expandBackward(s, mentions, m);
        }
        return List.of();
    }

    /** The patient of a passive: the nearest actor before it, a possessor included ("Putin's visit was criticized"). */
    private static List<ActorMention> passiveSubject(Sentence s, List<ActorMention> mentions, int group) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            ActorMention m = mentions.get(i);
            if (m.end() > group) {
                continue;
            }
            if (group - m.end() > 10) {
                return List.of();
            }
            for (int t = m.end(); t < group; t++) {
                if (BOUNDARIES.contains(s.lower(t))) {
                    return List.of();
                }
            }
            if (m.isResolved() && !m.locative()) {
                return expandBackward(s, mentions, m);
            }
        }
        return List.of();
    }

    /** The target: the first actor after the pattern, in the same clause. */
    private static List<ActorMention> target(Sentence s, List<ActorMention> mentions, VerbMatch m, String code) {
        int from = m.last();
        for (ActorMention a : mentions) {
            if (a.start() < from) {
                continue;
            }
            if (a.start() - from > 8) {
                return List.of();
            }
            for (int t = from; t < a.start(); t++) {
                if (TARGET_STOPS.contains(s.lower(t))) {
                    return List.of();
                }
            }
            if (!a.isResolved()) {
                continue;
            }
            String prep = a.start() > 0 ? s.lower(a.start() - 1) : "";
            if (prep.equals("the") && a.start() > 1) {
                prep = s.lower(a.start() - 2);
            }
            if (a.locative() && !(prep.equals("to") || prep.equals("into") || code != null && code.compareTo("18") >= 0
                    && code.charAt(0) != '0')) {
                continue;
            }
            if (prep.equals("by") || prep.equals("from") && !(code != null && code.startsWith("12"))) {
                continue;
            }
            return expandForward(s, mentions, a);
        }
        return List.of();
    }

    /** "China and Russia", "the United States, Britain and Australia": actors joined before this one. */
    private static List<ActorMention> expandBackward(Sentence s, List<ActorMention> mentions, ActorMention last) {
        List<ActorMention> out = new ArrayList<>();
        out.add(last);
        ActorMention cur = last;
        boolean and = false;
        for (int i = mentions.indexOf(last) - 1; i >= 0; i--) {
            ActorMention prev = mentions.get(i);
            if (!joined(s, prev, cur)) {
                break;
            }
            and |= !s.lower(prev.end()).equals(",") || s.lower(cur.start() - 1).equals("and");
            if (prev.isResolved()) {
                out.add(0, prev);
            }
            cur = prev;
        }
        return and ? out : List.of(last);
    }

    private static List<ActorMention> expandForward(Sentence s, List<ActorMention> mentions, ActorMention first) {
        List<ActorMention> out = new ArrayList<>();
        out.add(first);
        ActorMention cur = first;
        int idx = mentions.indexOf(first);
        for (int i = idx + 1; idx >= 0 && i < mentions.size(); i++) {
            ActorMention next = mentions.get(i);
            if (!joined(s, cur, next)) {
                break;
            }
            if (next.isResolved()) {
                out.add(next);
            }
            cur = next;
        }
        return out;
    }

    private static boolean joined(Sentence s, ActorMention a, ActorMention b) {
        int gap = b.start() - a.end();
        if (gap < 1 || gap > 3) {
            return false;
        }
        StringBuilder between = new StringBuilder();
        for (int i = a.end(); i < b.start(); i++) {
            between.append(s.lower(i)).append(' ');
        }
        String w = between.toString().trim();
        return w.equals("and") || w.equals(",") || w.equals(", and") || w.equals("and the") || w.equals(", the")
                || w.equals("as well as") || w.equals(", and the") || w.equals("&");
    }
}
