package org.touchstone.coder.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses verb dictionaries of the three dialects ({@link VerbDialect}), detected from the content:
 * {@code --- NAME [CODE] ---} block headers mean PETRARCH; with a {@code VERB PATTERNS} section
 * heading or prepositional groups {@code (TO BORDER)} in patterns, PETRARCH-2; without headers,
 * TABARI.
 *
 * <p>Line kinds: {@code ---} block header; {@code -} pattern; {@code &NAME} synset, whose members
 * are the {@code +} lines right after it; {@code ~} transformation; anything else a verb, where a
 * {@code +} marks the verb word of a multi-word verb. Rejected (reported, skipped): a pattern or
 * verb before any block (PETRARCH dialects) or before any verb (TABARI), a pattern without
 * {@code [CODE]} or without '*', a verb line that is not {@code WORD {FORMS} [CODE]} (unclosed brace
 * or bracket), a header without a name, a transformation without '='.
 */
public final class VerbDictionaryParser {

    /** DOTALL: a header may hold any character, a line separator such as U+2028 included. */
    private static final Pattern HEADER = Pattern.compile("---(.*?)---\\s*", Pattern.DOTALL);
    /**
     * After comment removal the closing "---" may be gone ("--- TROUBLED [---] # NOUN ---"). Matches
     * every line that starts with "---" (DOTALL), which {@link #readHeader} relies on.
     */
    private static final Pattern OPEN_HEADER = Pattern.compile("---\\s*(.*?)\\s*(?:---)?\\s*", Pattern.DOTALL);
    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern PATTERN = Pattern.compile("-(.*?)\\[([^\\]]*)\\]\\s*(.*)");
    private static final Pattern VERB = Pattern.compile("([^{}\\[\\]]+?)\\s*(?:\\{([^{}]*)\\})?\\s*(?:\\[([^\\]]*)\\])?\\s*");
    private static final Pattern SYNSET_REFERENCE = Pattern.compile("&[A-Za-z0-9_]+");

    private final String file;
    private final VerbDialect dialect;
    private final List<Synset> synsets = new ArrayList<>();
    private final List<VerbBlock> blocks = new ArrayList<>();
    private final List<VerbTransformation> transformations = new ArrayList<>();
    private final List<DictionaryProblem> rejected = new ArrayList<>();
    private final List<DictionaryProblem> warnings = new ArrayList<>();

    private String blockName;
    private VerbCode blockCode;
    private int blockLine;
    private List<VerbForm> verbs;
    private List<VerbPattern> patterns;
    private String synsetName;
    private int synsetLine;
    private List<Synset.Member> members;

    private VerbDictionaryParser(String file, VerbDialect dialect) {
        this.file = file;
        this.dialect = dialect;
    }

    public static VerbDictionary parse(Path path) throws IOException {
        return parse(DictionaryText.name(path), DictionaryText.readLines(path));
    }

    public static VerbDictionary parse(String file, List<String> lines) {
        VerbDialect dialect = detect(lines);
        VerbDictionaryParser parser = new VerbDictionaryParser(file, dialect);
        // ';' is TABARI's comment mark; PETRARCH files still carry a few (";shan 8/30/93")
        for (DictionaryLine line : DictionaryText.contentLines(lines, true)) {
            parser.accept(line);
        }
        parser.finishSynset();
        parser.finishBlock();
        parser.checkSynsetReferences();
        return new VerbDictionary(file, dialect, parser.synsets, parser.blocks, parser.transformations,
                parser.rejected, parser.warnings);
    }

    /** The dialect of a verb file from its lines. */
    public static VerbDialect detect(List<String> lines) {
        boolean headers = false;
        boolean petrarch2 = false;
        for (String line : lines) {
            String text = line.strip();
            if (text.startsWith("---") && HEADER.matcher(text).matches()) {
                headers = true;
            } else if (text.startsWith("#") && text.contains("VERB PATTERNS")) {
                petrarch2 = true;
            } else if (text.startsWith("- ") && text.matches("-[^\\[#;]*\\(\\s*[A-Z&].*")) {
                petrarch2 = true;
            }
        }
        return !headers ? VerbDialect.TABARI : petrarch2 ? VerbDialect.PETRARCH2 : VerbDialect.PETRARCH1;
    }

    private void accept(DictionaryLine line) {
        String text = line.content().strip();
        if (synsetName != null && text.startsWith("+")) {
            String member = text.substring(1).strip();
            if (member.isEmpty()) {
                reject(line, "empty synset member");
            } else {
                members.add(new Synset.Member(member, line.number()));
            }
            return;
        }
        finishSynset();
        if (text.startsWith("---")) {
            readHeader(line, text);
        } else if (text.startsWith("-")) {
            readPattern(line, text);
        } else if (text.startsWith("&")) {
            String name = text.split("\\s+")[0];
            if (name.length() < 2) {
                reject(line, "synset without a name");
                return;
            }
            synsetName = name;
            synsetLine = line.number();
            members = new ArrayList<>();
        } else if (text.startsWith("~")) {
            int equals = text.indexOf('=');
            if (equals < 0) {
                reject(line, "transformation without '='");
            } else {
                transformations.add(new VerbTransformation(text.substring(1, equals).strip(),
                        text.substring(equals + 1).strip(), line.number()));
            }
        } else {
            readVerb(line, text);
        }
    }

    private void readHeader(DictionaryLine line, String text) {
        finishBlock();
        Matcher header = OPEN_HEADER.matcher(text);
        header.matches();
        String inside = header.group(1).strip();
        int bracket = inside.indexOf('[');
        String name = (bracket < 0 ? inside : inside.substring(0, bracket)).strip();
        if (name.isEmpty()) {
            reject(line, "block header without a name");
            return;
        }
        List<String> codes = new ArrayList<>();
        Matcher brackets = BRACKETS.matcher(inside);
        while (brackets.find()) {
            codes.add(brackets.group(1));
        }
        if (codes.size() > 1) {
            warnings.add(DictionaryProblem.of(file, line, "block header with " + codes.size()
                    + " codes: the first, [" + codes.get(0).strip() + "], is used"));
        }
        startBlock(name, codes.isEmpty() ? null : VerbCode.parse(codes.get(0)), line.number());
    }

    private void startBlock(String name, VerbCode code, int line) {
        blockName = name;
        blockCode = code;
        blockLine = line;
        verbs = new ArrayList<>();
        patterns = new ArrayList<>();
    }

    private void readPattern(DictionaryLine line, String text) {
        if (blockName == null) {
            reject(line, dialect == VerbDialect.TABARI ? "pattern before any verb" : "pattern before any block");
            return;
        }
        Matcher pattern = PATTERN.matcher(text);
        if (!pattern.matches()) {
            reject(line, "pattern without [CODE]");
            return;
        }
        String body = pattern.group(1).strip();
        int star = body.indexOf('*');
        if (star < 0) {
            reject(line, "pattern without '*' (the place of the verb)");
            return;
        }
        if (body.indexOf('*', star + 1) >= 0) {
            warnings.add(DictionaryProblem.of(file, line, "pattern with more than one '*': split at the first"));
        }
        if (!pattern.group(3).isBlank()) {
            warnings.add(DictionaryProblem.of(file, line, "text after the code ignored: '"
                    + pattern.group(3).strip() + "'"));
        }
        patterns.add(new VerbPattern(body, body.substring(0, star).strip(), body.substring(star + 1).strip(),
                VerbCode.parse(pattern.group(2)), line.number()));
    }

    private void readVerb(DictionaryLine line, String text) {
        Matcher verb = VERB.matcher(text);
        if (!verb.matches()) {
            reject(line, "verb line is not WORD {FORMS} [CODE] (unclosed or stray brace or bracket?)");
            return;
        }
        String word = verb.group(1).strip();
        List<String> forms = verb.group(2) == null ? null
                : Arrays.stream(verb.group(2).strip().split("\\s+")).filter(form -> !form.isEmpty()).toList();
        VerbCode code = verb.group(3) == null ? null : VerbCode.parse(verb.group(3));
        if (dialect == VerbDialect.TABARI) {
            // every TABARI verb is its own entry, with the patterns that follow it
            finishBlock();
            startBlock(word, code, line.number());
        } else if (blockName == null) {
            reject(line, "verb before any --- block --- header");
            return;
        }
        if (word.contains(" ")) {
            warnings.add(DictionaryProblem.of(file, line, "verb with a blank inside: '" + word + "'"));
        }
        verbs.add(new VerbForm(word, forms, code, line.number()));
    }

    private void finishBlock() {
        if (blockName != null) {
            blocks.add(new VerbBlock(blockName, blockCode, verbs, patterns, blockLine));
            blockName = null;
        }
    }

    private void finishSynset() {
        if (synsetName != null) {
            if (members.isEmpty()) {
                warnings.add(new DictionaryProblem(file, synsetLine, "synset " + synsetName + " has no members",
                        synsetName));
            }
            synsets.add(new Synset(synsetName, synsetName.endsWith("_"), members, synsetLine));
            synsetName = null;
        }
    }

    /** PETRARCH skips a pattern whose synset is never defined; say which ones. */
    private void checkSynsetReferences() {
        Set<String> defined = new HashSet<>();
        for (Synset synset : synsets) {
            defined.add(synset.referenceName());
            defined.add(synset.name());
        }
        for (VerbBlock block : blocks) {
            for (VerbPattern pattern : block.patterns()) {
                Matcher reference = SYNSET_REFERENCE.matcher(pattern.text());
                while (reference.find()) {
                    if (!isDefined(reference.group(), defined)) {
                        warnings.add(new DictionaryProblem(file, pattern.line(), "pattern uses synset "
                                + reference.group() + ", which the file does not define", pattern.text()));
                    }
                }
            }
        }
    }

    /** "&amp;TIETYPES_RELATIONS" refers to &amp;TIETYPES followed by a joined word. */
    private static boolean isDefined(String reference, Set<String> defined) {
        String name = reference;
        while (true) {
            if (defined.contains(name)) {
                return true;
            }
            int underscore = name.lastIndexOf('_');
            if (underscore <= 0) {
                return false;
            }
            name = name.substring(0, underscore);
        }
    }

    private void reject(DictionaryLine line, String reason) {
        rejected.add(DictionaryProblem.of(file, line, reason));
    }
}
