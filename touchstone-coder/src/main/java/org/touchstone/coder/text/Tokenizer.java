package org.touchstone.coder.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fast rule-based English tokenizer for news prose. Whitespace separates chunks; leading and
 * trailing punctuation, the possessive "'s" and "n't" become tokens of their own; dotted
 * acronyms ("U.S.") and common abbreviations ("Gen.", "Mr.") keep their period, so the sentence
 * splitter can trust a lone "." token. Hyphenated words stay one token ("Sino-Indian").
 * Linear in the input; never throws.
 */
public final class Tokenizer {
    private static final WordSet ABBREVIATIONS = WordSet.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "brig",
            "sen", "rep", "gov", "amb", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd", "dept",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "vol",
            "pres", "sec", "govt", "messrs", "hon", "rev", "fr", "ave");
    private static final String LEADING = "\"“”‘'([{«‹—–";
    private static final String TRAILING = "\"”“’'‘)]},;:!?»›—–…";

    /** The coder's words, looked up once per token; null for tokens that carry no entry. */
    private final Lexicon lexicon;

    public Tokenizer() {
        this(null);
    }

    public Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Tokens of text[from, to), with offsets into text. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                chunk(text, start, i, out);
            }
        }
        return out;
    }

    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private void chunk(String text, int start, int end, List<Token> out) {
        while (start < end && LEADING.indexOf(text.charAt(start)) >= 0) {
            add(text, start, start + 1, out);
            start++;
        }
        // trailing punctuation, one token a character, peeled off from the right and added after the word
        int body = end;
        while (body > start) {
            char c = text.charAt(body - 1);
            // "countries'" keeps a plural possessive apostrophe as its own token too
            if (TRAILING.indexOf(c) >= 0 || c == '.' && !keepsPeriod(text, start, body)) {
                body--;
            } else {
                break;
            }
        }
        if (body > start) {
            int split = suffixSplit(text, start, body);
            if (split > start && split < body) {
                add(text, start, split, out);
                add(text, split, body, out);
            } else {
                add(text, start, body, out);
            }
        }
        for (int k = body; k < end; k++) {
            add(text, k, k + 1, out);
        }
    }

    /** Where "'s" or "n't" begins, or -1. */
    private static int suffixSplit(String text, int start, int end) {
        int len = end - start;
        if (len > 2) {
            char a = text.charAt(end - 2);
            char s = Character.toLowerCase(text.charAt(end - 1));
            if ((a == '\'' || a == '’') && s == 's') {
                return end - 2;
            }
        }
        if (len > 3) {
            char n = Character.toLowerCase(text.charAt(end - 3));
            char a = text.charAt(end - 2);
            char t = Character.toLowerCase(text.charAt(end - 1));
            if (n == 'n' && (a == '\'' || a == '’') && t == 't') {
                return end - 3;
            }
        }
        return -1;
    }

    /** "U.S.", "U.N.", "Gen.", "J." keep their final period. */
    private static boolean keepsPeriod(String text, int start, int end) {
        String word = text.substring(start, end - 1);
        if (word.isEmpty()) {
            return false;
        }
        if (word.indexOf('.') >= 0) {
            // dotted acronym: letters separated by periods
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!(Character.isLetter(c) || c == '.')) {
                    return false;
                }
            }
            return word.length() <= 8;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private void add(String text, int start, int end, List<Token> out) {
        out.add(token(text, start, end));
    }

    private Token token(String text, int start, int end) {
        Token ascii = lexicon == null ? null : lexicon.asciiToken(text, start, end);
        if (ascii != null) {
            return ascii;
        }
        String t = text.substring(start, end).replace('’', '\'').replace('‘', '\'')
                .replace('“', '"').replace('”', '"');
        String lower = t.toLowerCase(Locale.ROOT);
        return lexicon == null ? new Token(t, lower, start, end) : lexicon.token(t, lower, start, end);
    }
}
