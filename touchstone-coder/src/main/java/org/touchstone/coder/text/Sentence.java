package org.touchstone.coder.text;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;

/**
 * A sentence: its index in the document, its tokens and its span in the document text.
 *
 * <p>A class rather than a record so that it can keep its tokens' array beside the list it hands out: the grammar
 * asks {@link #lower}, {@link #token} and {@link #size} hundreds of thousands of times a second (a tenth of the
 * coding time went to those calls), and reading the array is one load fewer, with no type check of the list, than
 * asking the list. Equal, hashed and printed as the record it was.
 */
public final class Sentence {
    private final int index;
    private final Token[] array;
    private final List<Token> tokens;
    private final int start;
    private final int end;

    public Sentence(int index, List<Token> tokens, int start, int end) {
        this.index = index;
        this.array = tokens.toArray(Token[]::new);
        this.tokens = new Tokens(array);
        this.start = start;
        this.end = end;
    }

    public int index() {
        return index;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public int size() {
        return array.length;
    }

    public Token token(int i) {
        return array[i];
    }

    public String lower(int i) {
        return array[i].lower();
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
        for (int i = Math.max(0, from); i < Math.min(to, array.length); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word.apply(array[i]));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence other && index == other.index && start == other.start && end == other.end
                && tokens.equals(other.tokens);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, tokens, start, end);
    }

    @Override
    public String toString() {
        return "Sentence[index=" + index + ", tokens=" + tokens + ", start=" + start + ", end=" + end + "]";
    }

    /** An unmodifiable list over the array of tokens. */
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
