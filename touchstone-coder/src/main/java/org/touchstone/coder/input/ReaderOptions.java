package org.touchstone.coder.input;

import java.time.LocalDate;

/**
 * Settings shared by the document readers.
 *
 * @param date             the date to give documents that carry none of their own (the CLI's
 *                         {@code --date}); when set it also overrides dates found in plain text and
 *                         HTML pages, since the user said so explicitly. Null for none.
 * @param maxDocumentChars longest document accepted; a longer one is rejected, not truncated, so
 *                         that a single huge input cannot exhaust memory
 */
public record ReaderOptions(LocalDate date, int maxDocumentChars) {

    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 8 * 1024 * 1024;

    public ReaderOptions {
        if (maxDocumentChars < 1) {
            throw new IllegalArgumentException("maxDocumentChars must be positive: " + maxDocumentChars);
        }
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(null, DEFAULT_MAX_DOCUMENT_CHARS);
    }

    public ReaderOptions withDate(LocalDate newDate) {
        return new ReaderOptions(newDate, maxDocumentChars);
    }

    public ReaderOptions withMaxDocumentChars(int max) {
        return new ReaderOptions(date, max);
    }
}
