package org.touchstone.coder.petrarch.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.dict.DictionaryProblem;
import org.touchstone.coder.dict.PatternElement;
import org.touchstone.coder.dict.VerbDictionary;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.dict.VerbPattern;
import org.touchstone.coder.petrarch.Synset;
import org.touchstone.coder.petrarch.VerbBlock;
import org.touchstone.coder.petrarch.VerbCode;
import org.touchstone.coder.petrarch.VerbForm;
import org.touchstone.coder.text.Token;
import org.touchstone.coder.text.Tokenizer;

/**
 * Turns a parsed PETRARCH-1, PETRARCH-2 or TABARI verb dictionary into the coder's verb model.
 *
 * <ul>
 *   <li>A block becomes one {@link VerbEntry} per distinct default code among its verbs (a verb
 *       with its own code, {@code DOWNPLAY [014]}, gets an entry of its own that shares the block's
 *       patterns); the default code is the entry's last pattern, the bare {@code *}; a null code
 *       ({@code ---} or none) makes that pattern block any event.</li>
 *   <li>Verb forms: the verb and, without braces, PETRARCH's regular forms (+S; +D and -E+ING after a
 *       final E, else +ED and +ING); with braces, the forms written there. In a multi-word verb the
 *       word marked {@code +} is the one inflected ({@code WIRE_+TAP} gives "wire taps", "wire
 *       tapped" ...).</li>
 *   <li>Patterns: words before {@code *} become {@code before}, after it {@code after}; {@code _}
 *       joins two elements (adjacent), a blank allows other words between; {@code +} target,
 *       {@code $} source, {@code %} compound, {@code ^} skip; {@code &SYNSET} references become one
 *       {@link PatternElement.Words} with the synset's phrases and their regular plurals (PETRARCH:
 *       +S, Y to IES, S to ES; none for a member or a synset name ending in {@code _}); synsets
 *       named inside synsets are expanded. PETRARCH-2 groups {@code (TO {BANNED PARTIES})} are
 *       flattened into their words with gaps allowed; TABARI alternatives {@code { A | B }} become
 *       one element with both phrases.</li>
 *   <li>Codes: {@code [042:043]} gives code and reverse code; {@code [:173]} a pattern whose only
 *       event is the reverse one (code null, reverse set); {@code [---]} a pattern that blocks any
 *       event. Codes outside CAMEO (the validation set's {@code 903}, {@code 174K}) are kept.</li>
 * </ul>
 * Patterns are ordered most specific first ({@link VerbPattern#specificity()}), in file order
 * among equals. A pattern naming a synset the file does not define is skipped, as PETRARCH does.
 */
public final class VerbMapping {
    private final Tokenizer tokenizer = new Tokenizer();
    private final List<DictionaryProblem> problems;
    private final Map<String, Synset> synsets = new HashMap<>();
    private final Map<String, List<List<String>>> expanded = new HashMap<>();

    public VerbMapping(List<DictionaryProblem> problems) {
        this.problems = problems;
    }

    /** The model of a parsed verb file. */
    public VerbDictionary map(org.touchstone.coder.petrarch.VerbDictionary raw) {
        String file = fileName(raw.file());
        for (Synset s : raw.synsets()) {
            synsets.put(s.referenceName().toUpperCase(Locale.ROOT), s);
        }
        List<VerbEntry> entries = new ArrayList<>();
        for (VerbBlock block : raw.blocks()) {
            entries.addAll(entries(block, file));
        }
        return new VerbDictionary(entries);
    }

    private List<VerbEntry> entries(VerbBlock block, String file) {
        List<VerbPattern> patterns = new ArrayList<>();
        for (org.touchstone.coder.petrarch.VerbPattern p : block.patterns()) {
            VerbPattern mapped = pattern(p, file);
            if (mapped != null) {
                patterns.add(mapped);
            }
        }
        patterns.sort(Comparator.comparingInt(VerbPattern::specificity).reversed());
        // verbs grouped by the code they give when no pattern matches
        Map<String, List<VerbForm>> byCode = new LinkedHashMap<>();
        Map<String, VerbCode> codes = new HashMap<>();
        for (VerbForm v : block.verbs()) {
            VerbCode code = v.code() != null ? v.code() : block.code();
            String key = code == null ? "---" : code.raw();
            byCode.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
            codes.put(key, code);
        }
        List<VerbEntry> out = new ArrayList<>();
        for (Map.Entry<String, List<VerbForm>> group : byCode.entrySet()) {
            List<List<String>> forms = new ArrayList<>();
            for (VerbForm v : group.getValue()) {
                for (List<String> f : forms(v)) {
                    if (!f.isEmpty() && !forms.contains(f)) {
                        forms.add(f);
                    }
                }
            }
            VerbCode code = codes.get(group.getKey());
            List<VerbPattern> all = new ArrayList<>(patterns);
            all.add(new VerbPattern(List.of(), List.of(), code == null ? null : code.primary(),
                    code == null ? null : code.mirror(), "*", group.getValue().get(0).line()));
            VerbCode own = group.getValue().get(0).code();
            boolean ownCode = own != null && !own.equals(block.code());
            String name = ownCode ? block.name() + "/" + group.getValue().get(0).word() : block.name();
            out.add(new VerbEntry(name, VerbEntry.Kind.ACT, VerbEntry.Governs.NONE, null, VerbEntry.Role.NONE, forms, List.of(),
                    all, file, block.line()));
        }
        return out;
    }

    /** The forms of one verb line as token sequences. */
    List<List<String>> forms(VerbForm v) {
        List<List<String>> out = new ArrayList<>();
        String word = v.word();
        Verb base = verb(word);
        if (base == null) {
            return out;
        }
        out.add(base.tokens());
        if (v.forms() == null) {
            for (String inflected : regularForms(base.verb())) {
                out.add(base.with(inflected));
            }
        } else {
            for (String f : v.forms()) {
                Verb form = verb(f);
                if (form == null) {
                    continue;
                }
                if (base.tokens().size() > 1 && form.tokens().size() == 1) {
                    out.add(base.with(form.verb())); // "{BROKE}" under a multi-word verb: inflect its verb word
                } else {
                    out.add(form.tokens());
                }
            }
        }
        return out;
    }

    /** A verb as written ("+BREAK_DOWN", "WIRE_+TAP", "LASH OUT"): its tokens and which one is the verb. */
    private record Verb(List<String> tokens, int verbIndex) {
        String verb() {
            return tokens.get(verbIndex);
        }

        List<String> with(String inflected) {
            List<String> t = new ArrayList<>(tokens);
            t.set(verbIndex, inflected);
            return t;
        }
    }

    private Verb verb(String written) {
        String w = written.strip();
        while (w.endsWith("_")) {
            w = w.substring(0, w.length() - 1);
        }
        List<String> tokens = new ArrayList<>();
        int verbIndex = 0;
        for (String part : w.split("[_\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            boolean marked = part.startsWith("+");
            String p = marked ? part.substring(1) : part;
            if (p.isEmpty()) {
                continue;
            }
            if (marked) {
                verbIndex = tokens.size();
            }
            tokens.add(p.toLowerCase(Locale.ROOT));
        }
        return tokens.isEmpty() ? null : new Verb(tokens, verbIndex);
    }

    /** PETRARCH's regular forms of a verb: +S; after a final E +D and -E+ING; else +ED and +ING. */
    static List<String> regularForms(String verb) {
        if (verb.endsWith("e")) {
            return List.of(verb + "s", verb + "d", verb.substring(0, verb.length() - 1) + "ing");
        }
        return List.of(verb + "s", verb + "ed", verb + "ing");
    }

    /** PETRARCH's regular plural of a noun phrase's last word: Y to IES, S to ES, else +S. */
    static String plural(String word) {
        if (word.endsWith("y") && word.length() > 1) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s")) {
            return word + "es";
        }
        return word + "s";
    }

    // ---------------------------------------------------------------- patterns

    /** One piece of a pattern as written: its text and whether '_' joins it to the previous piece. */
    private record Atom(String text, boolean joined) {
    }

    VerbPattern pattern(org.touchstone.coder.petrarch.VerbPattern p, String file) {
        List<Atom> atoms = atoms(p.text());
        int verb = -1;
        for (int i = 0; i < atoms.size(); i++) {
            if (atoms.get(i).text().equals("*")) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            problems.add(new DictionaryProblem(file, p.line(), "pattern without '*': " + p.text()));
            return null;
        }
        List<PatternElement> before = new ArrayList<>();
        for (int i = 0; i < verb; i++) {
            boolean adjacent = i + 1 < atoms.size() && atoms.get(i + 1).joined();
            PatternElement e = element(atoms.get(i).text(), adjacent, file, p);
            if (e == null) {
                return null;
            }
            before.add(e);
        }
        List<PatternElement> after = new ArrayList<>();
        for (int i = verb + 1; i < atoms.size(); i++) {
            if (atoms.get(i).text().equals("*")) {
                continue; // a second '*' (warned by the parser)
            }
            PatternElement e = element(atoms.get(i).text(), atoms.get(i).joined(), file, p);
            if (e == null) {
                return null;
            }
            after.add(e);
        }
        VerbCode code = p.code();
        return new VerbPattern(before, after, code.primary(), code.mirror(), p.text(), p.line());
    }

    /** Splits a pattern into pieces at blanks and '_', flattening PETRARCH-2 groups. */
    private List<Atom> atoms(String text) {
        List<Atom> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean joinNext = false;
        int i = 0;
        while (i <= text.length()) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '{') {
                int close = text.indexOf('}', i);
                String inside = close < 0 ? text.substring(i + 1) : text.substring(i + 1, close);
                if (inside.contains("|")) { // TABARI alternatives: one piece
                    flush(out, cur, joinNext);
                    joinNext = false;
                    out.add(new Atom("{" + inside.strip() + "}", false));
                    i = close < 0 ? text.length() + 1 : close + 1;
                    continue;
                }
                c = ' '; // PETRARCH-2 noun phrase: its words with gaps
            } else if (c == '}' || c == '(' || c == ')') {
                c = ' ';
            }
            if (c == '*') { // the verb, also when written against a word ("*SCEPTICAL", "IN_*")
                joinNext = flush(out, cur, joinNext);
                out.add(new Atom("*", joinNext));
                joinNext = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || c == '_') {
                joinNext = flush(out, cur, joinNext);
                if (c == '_') {
                    joinNext = true;
                }
            } else {
                cur.append(c);
            }
            i++;
        }
        return joinSynsetNames(out);
    }

    /** Ends the piece being read, if any; what the next piece's join is (none once a piece ended). */
    private static boolean flush(List<Atom> out, StringBuilder cur, boolean joined) {
        if (cur.length() > 0) {
            out.add(new Atom(cur.toString(), joined));
            cur.setLength(0);
            return false;
        }
        return joined;
    }

    /** "&FIGHT_OF_WORDS" was split at its underscores: join the pieces back while they name a synset. */
    private List<Atom> joinSynsetNames(List<Atom> atoms) {
        List<Atom> out = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            if (a.text().startsWith("&")) {
                String name = a.text();
                int used = i;
                String joined = name;
                for (int j = i + 1; j < atoms.size() && atoms.get(j).joined(); j++) {
                    joined = joined + "_" + atoms.get(j).text();
                    if (synsets.containsKey(joined.toUpperCase(Locale.ROOT))) {
                        name = joined;
                        used = j;
                    }
                }
                out.add(new Atom(name, a.joined()));
                i = used;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private PatternElement element(String atom, boolean adjacent, String file,
                                   org.touchstone.coder.petrarch.VerbPattern p) {
        PatternElement slot = PatternElement.slot(atom, adjacent);
        if (slot != null) {
            return slot;
        }
        if (atom.startsWith("&")) {
            List<List<String>> phrases = synsetPhrases(atom.toUpperCase(Locale.ROOT), new LinkedHashSet<>());
            if (phrases == null) {
                problems.add(new DictionaryProblem(file, p.line(), "pattern skipped: synset " + atom
                        + " is not defined: " + p.text()));
                return null;
            }
            return new PatternElement.Words(phrases, adjacent, atom);
        }
        if (atom.startsWith("{") && atom.endsWith("}")) {
            List<List<String>> phrases = new ArrayList<>();
            for (String alt : atom.substring(1, atom.length() - 1).split("\\|")) {
                List<String> t = tokens(alt.replace('_', ' '));
                if (!t.isEmpty()) {
                    phrases.add(t);
                }
            }
            return new PatternElement.Words(phrases, adjacent, atom);
        }
        List<String> t = tokens(atom);
        if (t.isEmpty()) {
            problems.add(new DictionaryProblem(file, p.line(), "pattern skipped: empty word in " + p.text()));
            return null;
        }
        return new PatternElement.Words(List.of(t), adjacent, atom);
    }

    /** A synset's phrases with their plurals; null when the synset is not defined. */
    private List<List<String>> synsetPhrases(String name, Set<String> visiting) {
        List<List<String>> known = expanded.get(name);
        if (known != null) {
            return known;
        }
        Synset s = synsets.get(name);
        if (s == null || !visiting.add(name)) {
            return s == null ? null : List.of();
        }
        List<List<String>> out = new ArrayList<>();
        for (Synset.Member m : s.members()) {
            String phrase = m.phrase().strip();
            if (phrase.startsWith("&")) {
                List<List<String>> inner = synsetPhrases(phrase.toUpperCase(Locale.ROOT).replaceAll("_+$", ""), visiting);
                if (inner != null) {
                    inner.forEach(x -> addOnce(out, x));
                }
                continue;
            }
            boolean noPlural = s.noPlurals() || phrase.endsWith("_");
            List<String> t = tokens(phrase.replace('_', ' '));
            if (t.isEmpty()) {
                continue;
            }
            addOnce(out, t);
            if (!noPlural) {
                List<String> pl = new ArrayList<>(t);
                pl.set(pl.size() - 1, plural(pl.get(pl.size() - 1)));
                addOnce(out, pl);
            }
        }
        visiting.remove(name);
        expanded.put(name, out);
        return out;
    }

    private static void addOnce(List<List<String>> out, List<String> phrase) {
        if (!out.contains(phrase)) {
            out.add(phrase);
        }
    }

    /** A phrase as lower-case tokens, split as the sentence tokenizer splits text ("DON'T" gives do, n't). */
    List<String> tokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : tokenizer.tokenize(phrase.strip())) {
            out.add(t.lower());
        }
        return out;
    }

    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
