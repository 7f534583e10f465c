package org.touchstone.coder.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a document into sentences over its tokens: a ".", "!" or "?" token (abbreviations keep
 * their period inside the token) followed by a capitalised word, a digit or an opening quote
 * ends a sentence, and so does a blank line. Closing quotes stay with the sentence they close.
 * Very long runs are cut at {@link #MAX_TOKENS} so that no input makes the coder slow.
 */
public final class SentenceSplitter {
    public static final int MAX_TOKENS = 200;
    private final Tokenizer tokenizer;

    public SentenceSplitter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public List<Sentence> split(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<Sentence> out = new ArrayList<>();
        int begin = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean end = false;
            int last = i;
            if (t.text().equals(".") || t.text().equals("!") || t.text().equals("?")) {
                // a quote touching the period closes the sentence; one after a space opens the next
                while (last + 1 < tokens.size() && isClosing(tokens.get(last + 1).text())
                        && tokens.get(last + 1).start() == tokens.get(last).end()) {
                    last++;
                }
                end = last + 1 >= tokens.size() || startsSentence(tokens.get(last + 1));
            } else if (i + 1 < tokens.size() && blankLineBetween(text, t.end(), tokens.get(i + 1).start())) {
                end = true;
            }
            if (!end && i - begin + 1 >= MAX_TOKENS) {
                end = true;
            }
            if (end) {
                add(tokens, begin, last + 1, out);
                begin = last + 1;
                i = last;
            }
        }
        add(tokens, begin, tokens.size(), out);
        return out;
    }

    private static void add(List<Token> tokens, int from, int to, List<Sentence> out) {
        if (to > from) {
            List<Token> part = tokens.subList(from, to); // the sentence copies it
            out.add(new Sentence(out.size(), part, part.get(0).start(), part.get(part.size() - 1).end()));
        }
    }

    private static boolean isClosing(String t) {
        return t.equals("\"") || t.equals("'") || t.equals(")") || t.equals("]");
    }

    private static boolean startsSentence(Token next) {
        char c = next.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '(' || c == '['
                || !Character.isLetter(c) && !Character.isLowerCase(c) && c > 0x2FF;
    }

    private static boolean blankLineBetween(String text, int from, int to) {
        int newlines = 0;
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                newlines++;
            }
        }
        return newlines >= 2;
    }
}
