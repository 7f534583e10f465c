package org.touchstone.coder.petrarch.coding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.touchstone.coder.dict.ActorDictionary;
import org.touchstone.coder.dict.ActorForm;
import org.touchstone.coder.dict.ActorKind;
import org.touchstone.coder.dict.DatedRole;
import org.touchstone.coder.dict.VerbDictionary;
import org.touchstone.coder.petrarch.mapping.ActorMapping;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Token;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;

/**
 * A sentence read the way PETRARCH reads its parse, without a parser: dictionary actors, agents
 * and verbs; comma-delimited clauses and parentheses set aside by the {@code comma_*} options;
 * noun phrases found with part-of-speech tags; phrases joined by coordination into groups; agents
 * carried onto the actor of an "of / in / from" phrase. All indices after construction refer to the
 * tokens that remain ({@link #original(int)} maps them back).
 */
final class SentenceReading {
    static final WordSet DETERMINERS = WordSet.of("a", "an", "the", "its", "their", "his", "her", "our", "my",
            "your", "this", "these", "those", "each", "every", "another", "some", "any", "both", "all");
    static final WordSet PRONOUNS = WordSet.of("it", "he", "she", "they", "we", "i", "you", "him", "them", "us",
            "one");
    static final WordSet MODALS = WordSet.of("will", "would", "should", "could", "can", "may", "might", "must",
            "shall", "wo", "ca");
    static final WordSet PREPOSITIONS = WordSet.of("of", "in", "on", "at", "with", "by", "from", "to", "for",
            "against", "between", "into", "near", "over", "about", "under", "toward", "towards", "after", "during",
            "through", "among", "across", "since", "until", "along", "within", "without", "behind", "beyond",
            "upon", "onto", "amid", "despite", "like", "than", "around", "before", "outside", "inside");
    private static final WordSet TEMPORAL = Words.WEEKDAYS.with("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "today", "yesterday", "tomorrow", "tonight", "week",
            "weeks", "month", "months", "year", "years", "day", "days", "night", "nights", "morning", "afternoon",
            "evening", "weekend", "next", "last", "this", "late", "early", "ago", "hour", "hours", "decade");
    private static final WordSet MERGING_PREPOSITIONS = WordSet.of("of", "in", "from");
    private static final WordSet DEGREE = WordSet.of("very", "too", "so", "quite", "more", "most", "less", "least",
            "rather", "fairly", "extremely", "increasingly");
    private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM", "INTJ");
    private static final Set<String> CLOSED_TAGS = Set.of("ADP", "CCONJ", "SCONJ", "PRON", "PART", "AUX", "DET",
            "PUNCT");

    /** A dictionary actor or agent found at a span of the tokens. */
    record DictMatch(int start, int end, ActorForm actor, List<ActorForm> agents) {
        boolean isActor() {
            return actor != null;
        }
    }

    /** A verb form of the dictionary found at a span. */
    record VerbAt(int start, int end, List<VerbDictionary.Form> forms) {
    }

    private final Sentence sentence;
    private final int[] original;
    private final String[] tags;
    private final boolean[] phraseComma;
    private final DictMatch[] dictAt;
    private final List<VerbAt> verbs;
    private final VerbAt[] verbAt;
    private final List<Phrase> phrases = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();
    /** Groups merged into others ("Gondor" of "the parliament of Gondor"), still there for pattern slots. */
    private final List<Group> inner = new ArrayList<>();
    private final LocalDate date;
    /** The words of the sentence (lower case), built when a pattern first asks. */
    private Set<String> words;

    SentenceReading(Sentence full, LocalDate date, ActorDictionary actors, VerbDictionary verbDictionary,
                    CodingOptions options) {
        this.date = date;
        String[] fullTags = PartOfSpeech.tag(full.tokens());
        DictMatch[] fullDict = new DictMatch[full.size()];
        for (DictMatch m : dictionaryMatches(full, fullTags, actors)) {
            for (int i = m.start(); i < m.end(); i++) {
                fullDict[i] = m;
            }
        }
        List<VerbAt> fullVerbs = verbCandidates(full, fullTags, fullDict, verbDictionary);
        boolean[] removed = new boolean[full.size()];
        removeParentheses(full, removed);
        boolean[] fullPhraseCommas = new boolean[full.size()];
        new CommaClauses(full, fullTags, fullDict, options).remove(removed, fullPhraseCommas);
        // the tokens that remain
        int kept = 0;
        for (boolean r : removed) {
            kept += r ? 0 : 1;
        }
        original = new int[kept];
        List<Token> tokens = new ArrayList<>(kept);
        tags = new String[kept];
        phraseComma = new boolean[kept];
        int[] reduced = new int[full.size() + 1];
        int k = 0;
        for (int i = 0; i < full.size(); i++) {
            reduced[i] = k;
            if (!removed[i]) {
                original[k] = i;
                tokens.add(full.token(i));
                tags[k] = fullTags[i];
                phraseComma[k] = fullPhraseCommas[i];
                k++;
            }
        }
        reduced[full.size()] = k;
        sentence = new Sentence(full.index(), tokens, full.start(), full.end());
        dictAt = new DictMatch[kept];
        for (int i = 0; i < full.size(); i++) {
            DictMatch m = fullDict[i];
            if (m != null && i == m.start() && !anyRemoved(removed, m.start(), m.end())) {
                DictMatch r = new DictMatch(reduced[m.start()], reduced[m.start()] + (m.end() - m.start()), m.actor(),
                        m.agents());
                for (int j = r.start(); j < r.end(); j++) {
                    dictAt[j] = r;
                }
            }
        }
        verbs = new ArrayList<>();
        verbAt = new VerbAt[kept];
        for (VerbAt v : fullVerbs) {
            if (!anyRemoved(removed, v.start(), v.end())) {
                VerbAt r = new VerbAt(reduced[v.start()], reduced[v.start()] + (v.end() - v.start()), v.forms());
                verbs.add(r);
                for (int j = r.start(); j < r.end(); j++) {
                    verbAt[j] = r;
                }
            }
        }
        chunk();
        group();
    }

    private static boolean anyRemoved(boolean[] removed, int from, int to) {
        for (int i = from; i < to; i++) {
            if (removed[i]) {
                return true;
            }
        }
        return false;
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return sentence.size();
    }

    String lower(int i) {
        return sentence.lower(i);
    }

    /** The distinct lower-case words of the tokens that remain. */
    Set<String> words() {
        if (words == null) {
            words = new HashSet<>();
            for (int i = 0; i < size(); i++) {
                words.add(lower(i));
            }
        }
        return words;
    }

    String tag(int i) {
        return tags[i];
    }

    int original(int i) {
        return original[Math.min(i, original.length - 1)];
    }

    int originalEnd(int end) {
        return end <= 0 ? 0 : original[Math.min(end, original.length) - 1] + 1;
    }

    List<VerbAt> verbs() {
        return verbs;
    }

    VerbAt verbAt(int i) {
        return i >= 0 && i < verbAt.length ? verbAt[i] : null;
    }

    List<Phrase> phrases() {
        return phrases;
    }

    List<Group> groups() {
        return groups;
    }

    // ------------------------------------------------------------------ dictionary matches

    /** The longest form found from a trie node on: its end and forms. */
    private record Found(int end, List<ActorForm> forms) {
    }

    /**
     * Walks the trie from token j; a {@link ActorMapping#GAP} edge lets one or two nominal words
     * stand between two words of a phrase written with a blank.
     */
    private static Found longest(Sentence s, String[] tags, ActorDictionary.Node n, int start, int j, Found best) {
        if (!n.forms().isEmpty() && j > start) {
            List<ActorForm> ok = new ArrayList<>();
            for (ActorForm f : n.forms()) {
                if (f.kind() != ActorKind.AVOID && (f.tokens().contains(ActorMapping.GAP)
                        || ActorDictionary.caseMatches(f, s.tokens(), start))) {
                    ok.add(f);
                }
            }
            if (!ok.isEmpty() && (best == null || j > best.end())) {
                best = new Found(j, ok);
            }
        }
        if (j >= s.size()) {
            return best;
        }
        ActorDictionary.Node next = n.child(s.lower(j));
        if (next != null) {
            best = longest(s, tags, next, start, j + 1, best);
        }
        ActorDictionary.Node gap = n.child(ActorMapping.GAP);
        if (gap != null) {
            for (int skip = 1; skip <= 2 && j + skip < s.size(); skip++) {
                if (CLOSED_TAGS.contains(tags[j + skip - 1]) && !"PUNCT".equals(tags[j + skip - 1])
                        || "VERB".equals(tags[j + skip - 1]) || !s.token(j + skip - 1).isWord()) {
                    break;
                }
                best = longest(s, tags, gap, start, j + skip, best);
            }
        }
        return best;
    }

    /** Longest actor or agent phrase at each token, left to right. */
    private static List<DictMatch> dictionaryMatches(Sentence s, String[] tags, ActorDictionary dictionary) {
        List<DictMatch> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Found found = longest(s, tags, dictionary.root(), i, i, null);
            int bestEnd = found == null ? -1 : found.end();
            List<ActorForm> best = found == null ? null : found.forms();
            if (best == null) {
                i++;
                continue;
            }
            ActorForm actor = null;
            List<ActorForm> agents = new ArrayList<>();
            for (ActorForm f : best) {
                if (f.kind() == ActorKind.AGENT || f.kind() == ActorKind.TITLE) {
                    agents.add(f);
                } else if (actor == null) {
                    actor = f;
                }
            }
            out.add(new DictMatch(i, bestEnd, actor, actor != null ? List.of() : agents));
            i = bestEnd;
        }
        return out;
    }

    /** The actor codes of an actor form on the date: alternatives split; "---" and no role held give none. */
    List<String> actorCodes(ActorForm f) {
        String code = f.code();
        if (f.person() != null) {
            code = null;
            for (DatedRole r : f.person().roles()) {
                if (r.holdsOn(date)) {
                    code = r.code();
                    break;
                }
            }
        }
        if (code == null || code.isBlank() || code.equals("---")) {
            return List.of();
        }
        return Arrays.stream(code.split("/")).filter(c -> !c.isBlank()).toList();
    }

    // ------------------------------------------------------------------ verbs

    /** Dictionary verb forms outside actor phrases, longest first; modal auxiliaries and nouns left out. */
    private static List<VerbAt> verbCandidates(Sentence s, String[] tags, DictMatch[] dict, VerbDictionary verbs) {
        List<VerbAt> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (dict[i] != null || MODALS.contains(s.token(i))) {
                i++;
                continue;
            }
            int bestLength = 0;
            List<VerbDictionary.Form> best = new ArrayList<>();
            for (VerbDictionary.Form f : verbs.formsStartingWith(s.lower(i))) {
                int n = f.tokens().size();
                if (n < bestLength || i + n > s.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 0; k < n && ok; k++) {
                    ok = s.lower(i + k).equals(f.tokens().get(k)) && dict[i + k] == null;
                }
                if (ok) {
                    if (n > bestLength) {
                        best.clear();
                        bestLength = n;
                    }
                    best.add(f);
                }
            }
            if (bestLength > 0 && !isNoun(s, tags, dict, i, bestLength)) {
                out.add(new VerbAt(i, i + bestLength, List.copyOf(best)));
                i += bestLength;
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * A verb form used as a noun: not a past form, not tagged as a verb, and inside a noun phrase
     * opened by a determiner or a possessive ("their meeting", "an anti- Gondor parade", "a brief
     * private visit", "Eriador's refusal").
     */
    private static boolean isNoun(Sentence s, String[] tags, DictMatch[] dict, int start, int length) {
        String last = s.lower(start + length - 1);
        if ("VERB".equals(tags[start]) || "AUX".equals(tags[start])) {
            return false;
        }
        if (last.endsWith("ed") || last.endsWith("en")) {
            return false;
        }
        if (start > 0 && dict[start - 1] != null && !dict[start - 1].isActor()) {
            return false; // "a senior official said": the agent ends the noun phrase
        }
        if ("ADJ".equals(tags[start]) && start > 0 && DEGREE.contains(s.token(start - 1))) {
            return true; // "very close to the border"
        }
        for (int k = start - 1; k >= 0 && k >= start - 5; k--) {
            String w = s.lower(k);
            if (DETERMINERS.contains(w) || w.equals("'s") || w.equals("'")) {
                return true;
            }
            boolean modifier = dict[k] != null || NOMINAL_TAGS.contains(tags[k]) || w.endsWith("-");
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ parentheses and commas

    private static void removeParentheses(Sentence s, boolean[] removed) {
        for (int i = 0; i < s.size(); i++) {
            if (s.lower(i).equals("(")) {
                for (int j = i + 1; j < s.size() && j <= i + 8; j++) {
                    if (s.lower(j).equals(")")) {
                        for (int k = i; k <= j; k++) {
                            removed[k] = true;
                        }
                        i = j;
                        break;
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ noun phrases

    private boolean isNominal(int i) {
        if (dictAt[i] != null) {
            return true;
        }
        if (verbAt[i] != null) {
            return false;
        }
        String w = lower(i);
        if (PRONOUNS.contains(w) || DETERMINERS.contains(w) || MODALS.contains(w) || w.equals("'s")) {
            return false;
        }
        Token t = sentence.token(i);
        if (!t.isWord() && !w.endsWith("-")) {
            return false;
        }
        if (NOMINAL_TAGS.contains(tags[i]) || w.endsWith("-") || "X".equals(tags[i]) || "SYM".equals(tags[i])) {
            return true;
        }
        // names the tagger did not recognise ("Gxndor" tagged as a verb)
        return t.isCapitalized() && !CLOSED_TAGS.contains(tags[i]) && !PREPOSITIONS.contains(w);
    }

    private void chunk() {
        int n = size();
        int i = 0;
        while (i < n) {
            String w = lower(i);
            if (PRONOUNS.contains(w) && dictAt[i] == null) {
                phrases.add(new Phrase(i, i + 1, List.of(), List.of(), prepositionBefore(i), true, List.of()));
                i++;
                continue;
            }
            boolean determiner = DETERMINERS.contains(w) && dictAt[i] == null;
            if (!determiner && !isNominal(i)) {
                i++;
                continue;
            }
            int j = determiner ? i + 1 : i;
            int content = 0;
            while (j < n) {
                if (dictAt[j] != null) {
                    j = dictAt[j].end();
                    content++;
                    continue;
                }
                if (isNominal(j)) {
                    j++;
                    content++;
                    continue;
                }
                String x = lower(j);
                if ((x.equals("'s") || x.equals("'")) && content > 0) {
                    j++;
                    if (j < n && DETERMINERS.contains(lower(j))) {
                        break;
                    }
                    continue;
                }
                if ((x.equals("and") || x.equals("or")) && content > 0 && "ADJ".equals(tags[j - 1])
                        && dictAt[j - 1] == null && j + 1 < n && "ADJ".equals(tags[j + 1]) && dictAt[j + 1] == null) {
                    j++; // "awful and evil minister"
                    continue;
                }
                if ("ADV".equals(tags[j]) && content + (determiner ? 1 : 0) > 0 && j + 1 < n
                        && "ADJ".equals(tags[j + 1]) && verbAt[j] == null && dictAt[j] == null) {
                    j++; // "a very senior official"
                    continue;
                }
                break;
            }
            if (content == 0) {
                i = Math.max(j, i + 1);
                continue;
            }
            Phrase p = phrase(i, j);
            if (p != null) {
                phrases.add(p);
            }
            i = j;
        }
    }

    private String prepositionBefore(int i) {
        if (i == 0) {
            return null;
        }
        String w = lower(i - 1);
        return PREPOSITIONS.contains(w) || "ADP".equals(tags[i - 1]) && !w.equals("that") ? w : null;
    }

    /** The phrase [start, end): its first actor, its agents; null for a bare time expression. */
    private Phrase phrase(int start, int end) {
        List<String> actor = List.of();
        boolean actorSeen = false;
        List<String> agents = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        boolean temporal = true;
        for (int i = start; i < end; i++) {
            DictMatch m = dictAt[i];
            if (m != null && i == m.start()) {
                temporal = false;
                if (m.isActor()) {
                    if (!actorSeen) {
                        actor = actorCodes(m.actor());
                        actorSeen = true;
                        entries.add(m.actor().entry());
                    }
                } else if (!m.agents().isEmpty()) {
                    agents.add(m.agents().get(0).code());
                    entries.add(m.agents().get(0).entry());
                }
            } else if (m == null) {
                String w = lower(i);
                if (!DETERMINERS.contains(w) && !TEMPORAL.contains(w) && !Character.isDigit(w.charAt(0))
                        && sentence.token(i).isWord()) {
                    temporal = false;
                }
            }
        }
        String prep = prepositionBefore(start);
        if (temporal && prep == null) {
            return null;
        }
        return new Phrase(start, end, actor, agents, prep, false, entries);
    }

    // ------------------------------------------------------------------ groups

    private static final List<List<String>> COORDINATORS = List.of(List.of("and"), List.of("or"), List.of("nor"),
            List.of(","), List.of(",", "and"), List.of(",", "or"), List.of("&"));

    /** Two phrases joined by "and", "or", "nor", ", and"; by a comma alone only in a list of actors. */
    private boolean coordinated(Phrase a, Phrase b) {
        List<String> between = new ArrayList<>();
        for (int i = a.end; i < b.start; i++) {
            between.add(lower(i));
        }
        if (between.equals(List.of(","))) {
            return phraseComma[a.end];
        }
        return COORDINATORS.contains(between);
    }

    private void group() {
        List<Group> raw = new ArrayList<>();
        int i = 0;
        while (i < phrases.size()) {
            List<Phrase> members = new ArrayList<>();
            members.add(phrases.get(i));
            int j = i + 1;
            while (j < phrases.size() && !phrases.get(j).pronoun && !phrases.get(j - 1).pronoun
                    && coordinated(phrases.get(j - 1), phrases.get(j))) {
                Phrase p = phrases.get(j);
                Phrase prev = members.get(members.size() - 1);
                if (!p.hasActor() && !p.agents.isEmpty() && prev.hasActor() && !prev.agents.isEmpty()
                        && !DETERMINERS.contains(lower(p.start))) {
                    p = p.withActorOf(prev); // "Danish media and government"
                }
                members.add(p);
                j++;
            }
            raw.add(new Group(members, members.get(members.size() - 1).end));
            i = j;
        }
        // "the ambassadors of Arnor, Osgiliath and Gondor", "Lawmakers in Fornost and Gondor"
        int g = 0;
        while (g < raw.size()) {
            Group a = raw.get(g);
            if (g + 1 < raw.size()) {
                Group b = raw.get(g + 1);
                boolean linked = b.start == a.end + 1 && b.preposition != null && lower(a.end).equals(b.preposition);
                if (linked && MERGING_PREPOSITIONS.contains(b.preposition) && b.hasActor() && carries(a, b)) {
                    Group merged = merge(a, b);
                    if (merged != null) {
                        inner.add(b);
                        raw.set(g, merged);
                        raw.remove(g + 1);
                        continue;
                    }
                }
                if (linked && !a.isPronoun()) {
                    a.attached.add(b);
                }
            }
            g++;
        }
        groups.addAll(raw);
    }

    /**
     * Whether a group takes the actor of its "of / in / from" group: its phrases are agents without
     * an actor ("the ambassadors of ..."), or a noun phrase without actor before "of" ("the pass of
     * Cirith Ungol"), or its last coordinated phrase has no actor ("Ithilen's sheep and goats of
     * Gondor"). "dead in Osgiliath" does not.
     */
    private static boolean carries(Group a, Group b) {
        Phrase last = a.members.get(a.members.size() - 1);
        if (!a.hasActor()) {
            return a.members.stream().anyMatch(m -> !m.agents.isEmpty()) || "of".equals(b.preposition);
        }
        return !last.hasActor() && (!last.agents.isEmpty() || a.members.size() > 1);
    }

    /** Agents of the head group carried onto the actors of its "of / in / from" group; null when the head has its own actor. */
    private static Group merge(Group head, Group holder) {
        List<Phrase> holders = holder.members.stream().filter(Phrase::hasActor).toList();
        if (!head.hasActor()) {
            List<Phrase> out = new ArrayList<>();
            for (Phrase h : head.members) {
                for (Phrase x : holders) {
                    out.add(h.onto(x, holder.end));
                }
            }
            Group g = new Group(out, holder.end);
            g.attached.addAll(holder.attached);
            return g;
        }
        Phrase last = head.members.get(head.members.size() - 1);
        if (last.hasActor()) {
            return null;
        }
        List<Phrase> out = new ArrayList<>(head.members.subList(0, head.members.size() - 1));
        for (Phrase x : holders) {
            out.add(last.onto(x, holder.end));
        }
        Group g = new Group(out, holder.end);
        g.attached.addAll(holder.attached);
        return g;
    }

    /** The group that starts at token k (after any determiners of its first phrase), or null. */
    Group groupStartingAt(int k) {
        for (List<Group> list : List.of(groups, inner)) {
            for (Group g : list) {
                if (g.start == k || g.start < k && onlyDeterminers(g.start, k)) {
                    return g;
                }
            }
        }
        return null;
    }

    /** The group whose last token is k, or null. */
    Group groupEndingAt(int k) {
        for (List<Group> list : List.of(groups, inner)) {
            for (Group g : list) {
                if (g.end - 1 == k) {
                    return g;
                }
            }
        }
        return null;
    }

    /** The phrase starting at k (after determiners), as a phrase from k to its end; or null. */
    Phrase phraseStartingAt(int k) {
        for (Phrase p : phrases) {
            if (p.start == k || p.start < k && onlyDeterminers(p.start, k)) {
                return p;
            }
        }
        return null;
    }

    Phrase phraseEndingAt(int k) {
        for (Phrase p : phrases) {
            if (p.end - 1 == k) {
                return p;
            }
        }
        return null;
    }

    private boolean onlyDeterminers(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!DETERMINERS.contains(lower(i))) {
                return false;
            }
        }
        return to > from;
    }

    /** The words of [from, to) in capitals without possessive marks: a new actor's name. */
    String upperText(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            String t = sentence.token(i).text();
            if (t.equals("'s") || t.equals("'") || !sentence.token(i).isWord()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.toUpperCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    boolean hasCapital(int from, int to) {
        for (int i = from; i < to; i++) {
            if (sentence.token(i).isCapitalized() && !DETERMINERS.contains(lower(i))) {
                return true;
            }
        }
        return false;
    }
}
