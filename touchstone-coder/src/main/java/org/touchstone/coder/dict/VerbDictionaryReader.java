package org.touchstone.coder.dict;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.touchstone.core.CameoCodes;

/**
 * Reads the project's verb dictionary (docs/CODER.md, "Verbs"): synset blocks ({@code &name}
 * with {@code words:}) and verb blocks with forms, behaviour and patterns. Bad lines are reported
 * and skipped. Blocks read later with the same header replace earlier ones, so a user directory
 * can override a built-in verb.
 */
public final class VerbDictionaryReader {
    private static final Set<String> KEYS = Set.of("kind", "governs", "legal", "role", "verbs", "regular", "nouns", "code", "pattern", "words");
    private final Map<String, DictionaryBlock> blocks = new LinkedHashMap<>();
    private final List<DictionaryProblem> problems;

    public VerbDictionaryReader(List<DictionaryProblem> problems) {
        this.problems = problems;
    }

    public VerbDictionaryReader read(String file, Reader reader) {
        for (DictionaryBlock b : new DictionaryBlockReader(KEYS, ";").read(file, reader, problems)) {
            blocks.put(b.header().toLowerCase(Locale.ROOT), b);
        }
        return this;
    }

    public VerbDictionary build() {
        Map<String, List<List<String>>> synsets = new HashMap<>();
        for (DictionaryBlock b : blocks.values()) {
            if (b.header().startsWith("&")) {
                synsets.put(b.header().toLowerCase(Locale.ROOT), onceEach(b, "word", "words"));
            }
        }
        List<VerbEntry> entries = new ArrayList<>();
        for (DictionaryBlock b : blocks.values()) {
            if (!b.header().startsWith("&")) {
                VerbEntry e = entry(b, synsets);
                if (e != null) {
                    entries.add(e);
                }
            }
        }
        return new VerbDictionary(entries);
    }

    private VerbEntry entry(DictionaryBlock b, Map<String, List<List<String>>> synsets) {
        String file = b.file().substring(b.file().lastIndexOf('/') + 1);
        VerbEntry.Kind kind = VerbEntry.Kind.ACT;
        VerbEntry.Governs governs = VerbEntry.Governs.NONE;
        VerbEntry.Role role = VerbEntry.Role.NONE;
        try {
            for (String v : b.values("kind")) {
                kind = VerbEntry.Kind.valueOf(v.toUpperCase(Locale.ROOT));
            }
            for (String v : b.values("governs")) {
                governs = VerbEntry.Governs.valueOf(v.toUpperCase(Locale.ROOT));
            }
            for (String v : b.values("role")) {
                role = VerbEntry.Role.valueOf(v.toUpperCase(Locale.ROOT));
            }
        } catch (IllegalArgumentException ex) {
            problems.add(new DictionaryProblem(b.file(), b.line(), "unknown kind, governs or role value in block '" + b.header() + "'"));
        }
        String legalCode = null;
        for (DictionaryBlock.Attribute a : b.lines("legal")) {
            String[] codes = codes(a.values().get(0), b.file(), a.line());
            legalCode = codes != null ? codes[0] : legalCode;
        }
        List<List<String>> verbForms = onceEach(b, "verb form", "verbs", "regular");
        List<List<String>> nounForms = onceEach(b, "noun form", "nouns");
        List<VerbPattern> patterns = new ArrayList<>();
        Map<String, Integer> written = new HashMap<>();
        for (DictionaryBlock.Attribute a : b.lines("pattern")) {
            Integer earlier = written.putIfAbsent(a.values().get(0).trim(), a.line());
            if (earlier != null) {
                // the first copy always matches first: a second one is dead weight, most likely a merge's
                problems.add(new DictionaryProblem(b.file(), a.line(), "pattern repeats line " + earlier + " of the block: "
                        + a.values().get(0)));
                continue;
            }
            VerbPattern p = pattern(a.values().get(0), b.file(), a.line(), synsets);
            if (p != null) {
                patterns.add(p);
            }
        }
        patterns.sort(Comparator.comparingInt(VerbPattern::specificity).reversed());
        for (DictionaryBlock.Attribute a : b.lines("code")) {
            String[] codes = codes(a.values().get(0), b.file(), a.line());
            if (codes != null) {
                patterns.add(new VerbPattern(List.of(), List.of(), codes[0], codes[1], "*", a.line()));
            }
        }
        if (verbForms.isEmpty() && nounForms.isEmpty()) {
            problems.add(new DictionaryProblem(b.file(), b.line(), "verb block '" + b.header() + "' has no verbs: or nouns:"));
            return null;
        }
        return new VerbEntry(b.header(), kind, governs, legalCode, role, verbForms, nounForms, patterns, file, b.line());
    }

    /**
     * The forms (or a synset's words) of a block's lines with these keys, in file order, each once: one listed again,
     * or generated again by {@code regular:}, is reported and read once, as a repeated pattern is (a copy is dead
     * weight, most likely left by a merge).
     */
    private List<List<String>> onceEach(DictionaryBlock b, String what, String... keys) {
        List<List<String>> out = new ArrayList<>();
        Map<List<String>, Integer> firstLine = new HashMap<>();
        for (String key : keys) {
            for (DictionaryBlock.Attribute a : b.lines(key)) {
                for (String v : a.values()) {
                    for (List<String> form : key.equals("regular") ? inflected(v) : List.of(words(v))) {
                        Integer earlier = firstLine.putIfAbsent(form, a.line());
                        if (earlier == null) {
                            out.add(form);
                        } else {
                            problems.add(new DictionaryProblem(b.file(), a.line(), what + " repeats line " + earlier
                                    + " of the block: " + String.join(" ", form)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** A {@code regular:} lemma's four forms, each a one-token form. */
    private static List<List<String>> inflected(String lemma) {
        return inflect(lemma.toLowerCase(Locale.ROOT)).stream().map(List::of).toList();
    }

    /** "042", "042:043" or "---"; returns {code, reverse} or null after reporting. */
    private String[] codes(String text, String file, int line) {
        String t = text.strip();
        if (t.equals("---")) {
            return new String[] {null, null};
        }
        String[] parts = t.split(":");
        for (String p : parts) {
            if (!CameoCodes.isWellFormed(p)) {
                problems.add(new DictionaryProblem(file, line, "not a CAMEO event code: '" + p + "'"));
                return null;
            }
        }
        return new String[] {parts[0], parts.length > 1 ? parts[1] : null};
    }

    /** Parses "call * on + to => 0" style patterns: elements, the verb {@code *}, {@code =>} and the code. */
    VerbPattern pattern(String text, String file, int line, Map<String, List<List<String>>> synsets) {
        int arrow = text.lastIndexOf("=>");
        if (arrow < 0) {
            problems.add(new DictionaryProblem(file, line, "pattern needs '=> CODE': " + text));
            return null;
        }
        String[] codes = codes(text.substring(arrow + 2), file, line);
        if (codes == null) {
            return null;
        }
        List<String> atoms = new ArrayList<>();
        List<Boolean> joinedToPrevious = new ArrayList<>();
        String body = text.substring(0, arrow).strip();
        StringBuilder cur = new StringBuilder();
        boolean joinNext = false;
        int depth = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : ' ';
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            boolean sep = depth == 0 && (Character.isWhitespace(c) || c == '_');
            if (sep) {
                if (cur.length() > 0) {
                    atoms.add(cur.toString());
                    joinedToPrevious.add(joinNext);
                    cur.setLength(0);
                    joinNext = false;
                }
                if (c == '_') {
                    joinNext = true;
                }
            } else {
                cur.append(c);
            }
        }
        int verb = atoms.indexOf("*");
        if (verb < 0 || atoms.lastIndexOf("*") != verb) {
            problems.add(new DictionaryProblem(file, line, "pattern needs exactly one '*' for the verb: " + text));
            return null;
        }
        List<PatternElement> before = new ArrayList<>();
        for (int i = 0; i < verb; i++) {
            // adjacency before the verb: joined to the next atom (towards the verb)
            PatternElement e = element(atoms.get(i), joinedToPrevious.get(i + 1), synsets, file, line);
            if (e == null) {
                return null;
            }
            before.add(e);
        }
        List<PatternElement> after = new ArrayList<>();
        for (int i = verb + 1; i < atoms.size(); i++) {
            PatternElement e = element(atoms.get(i), joinedToPrevious.get(i), synsets, file, line);
            if (e == null) {
                return null;
            }
            after.add(e);
        }
        return new VerbPattern(before, after, codes[0], codes[1], body, line);
    }

    private PatternElement element(String atom, boolean adjacent, Map<String, List<List<String>>> synsets,
                                   String file, int line) {
        PatternElement slot = PatternElement.slot(atom, adjacent);
        if (slot != null) {
            return slot;
        }
        if (atom.startsWith("&")) {
            List<List<String>> set = synsets.get(atom.toLowerCase(Locale.ROOT));
            if (set == null) {
                problems.add(new DictionaryProblem(file, line, "unknown synset " + atom));
                return null;
            }
            return new PatternElement.Words(set, adjacent, atom);
        }
        if (atom.startsWith("{") && atom.endsWith("}")) {
            List<List<String>> phrases = new ArrayList<>();
            for (String alt : atom.substring(1, atom.length() - 1).split("\\|")) {
                if (!alt.isBlank()) {
                    phrases.add(words(alt.replace('_', ' ')));
                }
            }
            return new PatternElement.Words(phrases, adjacent, atom);
        }
        return new PatternElement.Words(List.of(words(atom)), adjacent, atom);
    }

    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w.replace('’', '\''));
            }
        }
        return out;
    }

    /** Regular English inflection of a lemma: base, third person, past, present participle. */
    public static List<String> inflect(String lemma) {
        String s;
        String ed;
        String ing;
        boolean consonantY = lemma.endsWith("y") && lemma.length() > 1 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
        if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x") || lemma.endsWith("z")) {
            s = lemma + "es";
        } else if (consonantY) {
            s = lemma.substring(0, lemma.length() - 1) + "ies";
        } else {
            s = lemma + "s";
        }
        if (lemma.endsWith("e")) {
            ed = lemma + "d";
            ing = lemma.endsWith("ee") ? lemma + "ing" : lemma.substring(0, lemma.length() - 1) + "ing";
        } else if (consonantY) {
            ed = lemma.substring(0, lemma.length() - 1) + "ied";
            ing = lemma + "ing";
        } else if (doublesFinalConsonant(lemma)) {
            String doubled = lemma + lemma.charAt(lemma.length() - 1);
            ed = doubled + "ed"; // swap -> swapped, ban -> banned, stab -> stabbed
            ing = doubled + "ing";
        } else {
            ed = lemma + "ed";
            ing = lemma + "ing";
        }
        return List.of(lemma, s, ed, ing);
    }

    /** Unstressed prefixes before a stressed one-syllable root: ad-mit, con-fer, ex-pel, re-but, over-run. */
    private static final List<String> UNSTRESSED_PREFIXES = List.of("over", "under", "trans", "out", "com", "con",
            "dis", "per", "sub", "ad", "ex", "in", "re", "un", "up");

    /**
     * A lemma whose stressed last syllable ends consonant-vowel-consonant (not w, x, y) doubles it before -ed and
     * -ing: a one-syllable lemma (ban -> banned), or an unstressed prefix before one (admit -> admitted); other
     * lemmas stress an earlier syllable (visit -> visited, cancel -> canceled).
     */
    private static boolean doublesFinalConsonant(String lemma) {
        if (lemma.indexOf(' ') >= 0) {
            return false;
        }
        if (isStressedSyllable(lemma)) {
            return true;
        }
        return UNSTRESSED_PREFIXES.stream().anyMatch(p -> lemma.startsWith(p) && prefixesRoot(lemma.substring(p.length())));
    }

    /** A root after a prefix begins with a consonant that can open a syllable (not "ck": reckon is not re-ckon). */
    private static boolean prefixesRoot(String root) {
        return !root.isEmpty() && !isVowel(root.charAt(0)) && !root.startsWith("ck") && isStressedSyllable(root);
    }

    /** One syllable ending consonant-vowel-consonant (not w, x, y). */
    private static boolean isStressedSyllable(String lemma) {
        int n = lemma.length();
        if (n < 3) {
            return false;
        }
        char last = lemma.charAt(n - 1);
        boolean cvc = !isVowel(last) && "wxy".indexOf(last) < 0 && isVowel(lemma.charAt(n - 2)) && !isVowel(lemma.charAt(n - 3));
        int vowelGroups = 0;
        for (int i = 0; i < n; i++) {
            if (isVowel(lemma.charAt(i)) && (i == 0 || !isVowel(lemma.charAt(i - 1)))) {
                vowelGroups++;
            }
        }
        return cvc && vowelGroups == 1;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
