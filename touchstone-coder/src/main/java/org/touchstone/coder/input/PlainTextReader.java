package org.touchstone.coder.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.touchstone.core.Document;

/**
 * A plain text file as one document. The id is the file name without extension; the date is the
 * {@code --date} option or else the first date written in the first lines ("2022-02-04",
 * "February 4, 2022", "4 February 2022"); without either the file is rejected. The title is the
 * first non-blank line when it is short enough to be one.
 */
public final class PlainTextReader implements DocumentReader {

    /** How many non-blank lines at the top are searched for a date (a dateline or byline). */
    static final int DATE_SEARCH_LINES = 10;
    private static final int MAX_TITLE_CHARS = 200;

    private final Reader in;
    private final String sourceName;
    private final ReaderOptions options;
    private final Consumer<InputProblem> problems;
    private boolean done;

    public PlainTextReader(InputStream in, String sourceName, ReaderOptions options,
                           Consumer<InputProblem> problems) {
        this.in = TextDecoding.utf8(in);
        this.sourceName = sourceName;
        this.options = options;
        this.problems = problems;
    }

    @Override
    public Document next() {
        if (done) {
            return null;
        }
        done = true;
        String text;
        try {
            text = TextDecoding.readUpTo(in, options.maxDocumentChars());
        } catch (IOException | RuntimeException e) {
            problems.accept(InputProblem.whole(sourceName, "cannot read: " + e.getMessage()));
            return null;
        }
        if (text.length() > options.maxDocumentChars()) {
            problems.accept(InputProblem.whole(sourceName, "document longer than "
                    + options.maxDocumentChars() + " characters"));
            return null;
        }
        if (TextDecoding.looksBinary(text)) {
            problems.accept(InputProblem.whole(sourceName, "not a text file (binary content)"));
            return null;
        }
        if (text.isBlank()) {
            problems.accept(InputProblem.whole(sourceName, "empty document"));
            return null;
        }
        String[] top = firstNonBlankLines(text, DATE_SEARCH_LINES);
        LocalDate date = options.date();
        if (date == null) {
            date = DateExpressions.findIn(String.join("\n", top));
        }
        if (date == null) {
            problems.accept(InputProblem.whole(sourceName, "no date: give one with --date or write it in the first "
                    + DATE_SEARCH_LINES + " lines (e.g. 2022-02-04 or February 4, 2022)"));
            return null;
        }
        String title = top.length > 0 && top[0].length() <= MAX_TITLE_CHARS ? top[0] : null;
        return new Document(TextDecoding.baseName(sourceName), date, null, null, null, title, text.strip(), null);
    }

    private static String[] firstNonBlankLines(String text, int count) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(count)
                .toArray(String[]::new);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing left to report: the document has been read or rejected
        }
    }
}
