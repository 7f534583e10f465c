package org.touchstone.coder.petrarch.coding;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.touchstone.coder.dict.ActorDictionary;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.dict.VerbDictionary;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Codes a sentence with PETRARCH semantics, for dictionaries mapped from PETRARCH or TABARI files
 * (docs/CODER.md, "PETRARCH semantics"). PETRARCH reads a parse tree; this reads the sentence text
 * with the coder's tokenizer, part-of-speech tags and the dictionaries:
 *
 * <ol>
 *   <li>{@link SentenceReading}: actors, agents, verbs (a verb form inside a determiner's noun
 *       phrase is a noun), comma clauses set aside, noun phrases, coordinated groups, agents carried
 *       onto "of / in / from" actors;</li>
 *   <li>each verb's pattern ({@link PatternMatch});</li>
 *   <li>the source: the pattern's {@code $}, a {@code %} compound before the verb (its members code
 *       events with each other), the by-agent of a passive, or the subject: the nearest group before
 *       the pattern (or the verb group) that does not follow a preposition, within its clause; a verb
 *       after "and" shares the previous verb's subject;</li>
 *   <li>the target: the pattern's {@code +} or {@code %} after the verb, the subject of a passive,
 *       or the first coded group after the pattern, up to the end of its clause;</li>
 *   <li>a verb in the subordinate or infinitive clause of a verb that coded an event is not coded
 *       again ("restored ties after crowds burned", "urged Bree to help");</li>
 *   <li>events: each source with each target, the pattern's code, and its reverse code target to
 *       source. With {@code require_dyad} a missing or "---" side drops the event; without it a
 *       noun phrase with no code stands as "---".</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class PetrarchSentenceCoder {
    private static final WordSet COORDINATORS = WordSet.of("and", "or", "but");
    private static final WordSet SUBJECT_STOPS = WordSet.of(";", ":", "that", "which", "who", "whom", "whose",
            "while", "because", "although", "whereas", "if", "unless", "whether", "when", "where");
    private static final WordSet TARGET_STOPS = WordSet.of(";", ":", "while", "when", "where", "because",
            "although", "whereas", "unless", "which", "who", "whom", "whose", "if");
    private static final WordSet SUBORDINATORS = WordSet.of("after", "before", "when", "while", "because", "since",
            "until", "that", "which", "who", "whom", "whether", "where", "if", "although", "though", "unless");
    private static final WordSet GROUP_WORDS = WordSet.of("is", "was", "were", "are", "am", "be", "been", "being",
            "has", "have", "had", "having", "do", "does", "did", "will", "would", "should", "could", "can", "may",
            "might", "must", "shall", "wo", "ca", "to", "not", "n't", "never", "about", "also", "again", "still",
            "already", "just", "now", "reportedly", "then", "soon", "yet", "ever", "even", "really");
    private static final WordSet BE = WordSet.of("is", "was", "were", "are", "am", "be", "been", "being");

    private final ActorDictionary actors;
    private final VerbDictionary verbs;
    private final PatternOrder patterns;

    public PetrarchSentenceCoder(Dictionaries dictionaries) {
        this.actors = dictionaries.actors();
        this.verbs = dictionaries.verbs();
        this.patterns = new PatternOrder(verbs);
    }

    /** What one verb coded: its match, its subject and whether it produced an event. */
    private record Done(PatternMatch match, Group subject, List<String> sources, boolean coded) {
    }

    /** The events of one sentence, with token spans in the sentence as given. */
    public List<CodedAct> code(Sentence sentence, LocalDate date, CodingOptions options) {
        SentenceReading r = new SentenceReading(sentence, date, actors, verbs, options);
        List<CodedAct> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean[] consumed = new boolean[r.size()];
        List<Done> done = new ArrayList<>();
        for (SentenceReading.VerbAt v : r.verbs()) {
            if (consumed[v.start()]) {
                continue;
            }
            PatternMatch m = PatternMatch.find(r, v, patterns);
            for (int[] span : m.literalsAfter) {
                for (int i = span[0]; i < span[1] && i < consumed.length; i++) {
                    consumed[i] = true;
                }
            }
            int groupStart = verbGroupStart(r, v.start());
            boolean dependent = false;
            for (Done d : done) {
                if (d.coded() && dependent(r, d.match().verb, groupStart, v.start())) {
                    dependent = true;
                    break;
                }
            }
            // the source
            Group subject;
            Done previous = done.isEmpty() ? null : done.get(done.size() - 1);
            if (groupStart > 0 && COORDINATORS.contains(r.lower(groupStart - 1)) && previous != null
                    && previous.match().last <= groupStart) {
                subject = previous.subject();
            } else {
                int from = m.slotBefore || !m.pattern.before().isEmpty() ? m.first : groupStart;
                subject = subject(r, from);
                if (subject == null && from != groupStart) {
                    subject = subject(r, groupStart);
                }
            }
            Group sourceGroup = m.source != null ? m.source : subject;
            Group targetGroup = m.target;
            if (m.compound != null && !m.compoundBefore) {
                targetGroup = m.compound;
            }
            boolean passive = false;
            if (m.source == null && m.target == null && m.compound == null) {
                Group agent = byAgent(r, groupStart, v, m.last);
                if (agent != null) {
                    passive = true;
                    targetGroup = subject;
                    sourceGroup = agent;
                }
            }
            String code = m.pattern.code();
            String reverse = m.pattern.reverseCode();
            boolean coded = false;
            List<String> sourceCodes = side(r, sourceGroup, true, options);
            if (!dependent && (code != null || reverse != null)) {
                List<String[]> events = new ArrayList<>();
                if (m.compound != null && m.compoundBefore) {
                    List<String> members = side(r, m.compound, true, options);
                    for (String a : members) {
                        for (String b : members) {
                            pair(events, a, b, code, reverse, options);
                        }
                    }
                    sourceGroup = m.compound;
                } else {
                    if (targetGroup == null && !passive) {
                        targetGroup = target(r, m, sourceGroup, options);
                    }
                    List<String> targetCodes = side(r, targetGroup, false, options);
                    for (String a : sourceCodes) {
                        for (String b : targetCodes) {
                            pair(events, a, b, code, reverse, options);
                        }
                    }
                }
                for (String[] e : events) {
                    if (seen.add(e[0] + ">" + e[1] + ":" + e[2])) {
                        out.add(act(r, m, e, sourceGroup, targetGroup));
                        coded = true;
                    }
                }
            }
            done.add(new Done(m, sourceGroup == m.source ? subject : sourceGroup, sourceCodes, coded));
        }
        return out;
    }

    private static void pair(List<String[]> events, String a, String b, String code, String reverse,
                             CodingOptions options) {
        if (a.equals(b)) {
            return;
        }
        boolean aNull = a.equals("---");
        boolean bNull = b.equals("---");
        if (options.requireDyad() && (aNull || bNull) || aNull && bNull) {
            return;
        }
        if (code != null) {
            events.add(new String[] {a, b, code});
        }
        if (reverse != null) {
            events.add(new String[] {b, a, reverse});
        }
    }

    /** The codes of one side: coded members; new actors by text; "---" for a null phrase when dyads are not required. */
    private static List<String> side(SentenceReading r, Group g, boolean subject, CodingOptions options) {
        List<String> out = new ArrayList<>();
        if (g == null) {
            return out;
        }
        out.addAll(g.codes());
        if (options.newActorLength() > 0) {
            for (Phrase p : g.members) {
                if (p.isCoded() || p.pronoun) {
                    continue;
                }
                int end = p.end;
                if (p == g.members.get(g.members.size() - 1)) {
                    for (Group a : g.attached) {
                        if ("of".equals(a.preposition) && !a.isCoded() && a.start == end + 1) {
                            end = a.end;
                        }
                    }
                }
                String text = r.upperText(p.start, end);
                int words = text.isEmpty() ? 0 : text.split(" ").length;
                if (words > 0 && words <= options.newActorLength() && (subject || r.hasCapital(p.start, end))) {
                    out.add("\"" + text + "\"");
                }
            }
        }
        if (out.isEmpty() && !options.requireDyad()) {
            out.add("---");
        }
        return out;
    }

    private static CodedAct act(SentenceReading r, PatternMatch m, String[] e, Group source, Group target) {
        int from = m.first;
        int to = Math.max(m.last, m.verb.end());
        List<String> entries = new ArrayList<>();
        for (Group g : new Group[] {source, target}) {
            if (g != null) {
                from = Math.min(from, g.start);
                to = Math.max(to, g.end);
                entries.addAll(g.entries());
            }
        }
        VerbMatch vm = new VerbMatch(m.entry, m.pattern, false, r.original(m.verb.start()),
                r.originalEnd(m.verb.end()), r.originalEnd(m.last), null, null, m.formText(r));
        entries.add(vm.provenance());
        return new CodedAct(e[0], e[1], e[2], vm, r.original(from), r.originalEnd(to),
                List.copyOf(new LinkedHashSet<>(entries)));
    }

    /** Where the verb group begins: auxiliaries, negation, "to" and adverbs before the verb. */
    private static int verbGroupStart(SentenceReading r, int verb) {
        int k = verb;
        while (k > 0 && verb - k < 6 && (GROUP_WORDS.contains(r.lower(k - 1)) || "ADV".equals(r.tag(k - 1))
                && r.verbAt(k - 1) == null && r.lower(k - 1).endsWith("ly"))) {
            k--;
        }
        return k;
    }

    /** A verb in a subordinate or infinitive clause after a verb that coded an event. */
    private static boolean dependent(SentenceReading r, SentenceReading.VerbAt governor, int groupStart, int verb) {
        if (governor.end() > groupStart) {
            return false;
        }
        if (groupStart > 0 && COORDINATORS.contains(r.lower(groupStart - 1))) {
            return false;
        }
        for (int i = groupStart; i < verb; i++) {
            if (r.lower(i).equals("to")) {
                return true;
            }
        }
        // the nearest clause mark back from the verb: a subordinator makes it dependent, a comma does not
        for (int i = groupStart - 1; i >= governor.end(); i--) {
            String w = r.lower(i);
            if (w.equals(",") || w.equals(";")) {
                return false;
            }
            if (SUBORDINATORS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The subject before token p: the nearest group not after a preposition, within the clause. */
    private static Group subject(SentenceReading r, int p) {
        List<Group> groups = r.groups();
        for (int gi = groups.size() - 1; gi >= 0; gi--) {
            Group g = groups.get(gi);
            if (g.start >= p) {
                continue;
            }
            boolean contains = g.end > p;
            if (!contains) {
                for (int t = g.end; t < p; t++) {
                    if (SUBJECT_STOPS.contains(r.lower(t))) {
                        return null;
                    }
                }
                if (g.preposition != null) {
                    continue;
                }
            }
            if (g.isPronoun()) {
                return null;
            }
            if (!g.isCoded()) {
                Group attached = firstCodedAttached(g, p);
                if (attached != null) {
                    return attached;
                }
            }
            return g;
        }
        return null;
    }

    /** "Resumption of ties between Arnor and Gondor": the first coded group hanging from a null head. */
    private static Group firstCodedAttached(Group g, int before) {
        Deque<Group> todo = new ArrayDeque<>(g.attached);
        while (!todo.isEmpty()) {
            Group a = todo.removeFirst();
            if (a.end > before) {
                continue;
            }
            if (a.isCoded()) {
                return a;
            }
            todo.addAll(a.attached);
        }
        return null;
    }

    /** The agent of a passive: "was opposed (earlier) by Osgiliath". */
    private static Group byAgent(SentenceReading r, int groupStart, SentenceReading.VerbAt v, int from) {
        boolean be = false;
        for (int i = groupStart; i < v.start(); i++) {
            be |= BE.contains(r.lower(i));
        }
        String form = r.lower(v.end() - 1);
        if (!be || !(form.endsWith("ed") || form.endsWith("en") || form.endsWith("wn") || form.endsWith("t"))) {
            return null;
        }
        int k = Math.max(from, v.end());
        int adverbs = 0;
        while (k < r.size() && adverbs < 2 && "ADV".equals(r.tag(k))) {
            k++;
            adverbs++;
        }
        if (k + 1 < r.size() && r.lower(k).equals("by")) {
            return r.groupStartingAt(k + 1);
        }
        return null;
    }

    /** A comma followed by a noun phrase and a verb: another clause ("..., a senior official said"). */
    private static boolean opensClause(SentenceReading r, int comma) {
        Group g = r.groupStartingAt(comma + 1);
        return g != null && !g.isPronoun() && g.end < r.size()
                && (r.verbAt(g.end) != null || "VERB".equals(r.tag(g.end)));
    }

    /** The first coded group after the pattern, before the clause ends; a null group when dyads are not required. */
    private static Group target(SentenceReading r, PatternMatch m, Group source, CodingOptions options) {
        int q = m.verb.end();
        if (q < r.size() && r.lower(q).equals("to") && q + 1 < r.size()
                && (r.verbAt(q + 1) != null || "VERB".equals(r.tag(q + 1))
                && !r.sentence().token(q + 1).isCapitalized())) {
            return null; // "proposed to take up the issue with ...": the object is the infinitive's
        }
        Group firstNull = null;
        int scanned = q;
        for (Group g : r.groups()) {
            if (g.start < q || g == source) {
                continue;
            }
            for (int t = scanned; t < g.start; t++) {
                if (TARGET_STOPS.contains(r.lower(t)) || r.lower(t).equals(",") && opensClause(r, t)) {
                    return firstNull;
                }
            }
            scanned = Math.max(scanned, g.end);
            if (g.isCoded() && !g.isPronoun()) {
                return g;
            }
            if (options.newActorLength() > 0 && !g.isPronoun() && !side(r, g, false, options).isEmpty()
                    && side(r, g, false, options).stream().anyMatch(c -> c.startsWith("\""))) {
                return g;
            }
            if (firstNull == null && !g.isPronoun()) {
                firstNull = g;
            }
        }
        return options.requireDyad() ? null : firstNull;
    }
}
