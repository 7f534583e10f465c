package org.touchstone.coder.text;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;

/** A sentence: its index in the document, its tokens and its span in the document text. */
public record Sentence(int index, List<Token> tokens, int start, int end) {
    /**
     * The tokens are copied into a list of one class of their own: the grammar asks {@link #lower}, {@link #token} and
     * {@link #size} hundreds of thousands of times a second, and with every sentence's list of the same class each of
     * those calls is a direct array read instead of a dispatch among the list classes callers happen to pass.
     */
    public Sentence {
        tokens = new Tokens(tokens.toArray(Token[]::new));
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public String lower(int i) {
        return tokens.get(i).lower();
    }

    /** The text of tokens [from, to) joined by single spaces (for messages and keys). */
    public String text(int from, int to) {
        return join(from, to, Token::text);
    }

    /** The lower-case words of tokens [from, to) joined by single spaces: the key for phrase look-ups. */
    public String lowerText(int from, int to) {
        return join(from, to, Token::lower);
    }

    private String join(int from, int to, Function<Token, String> word) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word.apply(tokens.get(i)));
        }
        return sb.toString();
    }

    /** An unmodifiable list over an array of tokens. */
    private static final class Tokens extends AbstractList<Token> implements RandomAccess {
        private final Token[] tokens;

        Tokens(Token[] tokens) {
            this.tokens = tokens;
        }

        @Override
        public Token get(int i) {
            return tokens[i];
        }

        @Override
        public int size() {
            return tokens.length;
        }
    }
}
