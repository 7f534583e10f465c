package org.touchstone.coder.text;

import java.util.List;

/** A sentence: its index in the document, its tokens and its span in the document text. */
public record Sentence(int index, List<Token> tokens, int start, int end) {
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
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }
}
