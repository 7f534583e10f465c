package org.touchstone.coder.input;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.touchstone.core.Document;

/**
 * A plain text file as one document. The id is the file name without extension; the date is the
 * {@code --date} option or else the first date written in the first lines ("2022-02-04",
 * "February 4, 2022", "4 February 2022"); without either the file is rejected. The title is the
 * first non-blank line when it is short enough to be one.
 */
public final class PlainTextReader extends WholeFileReader {

    /** How many non-blank lines at the top are searched for a date (a dateline or byline). */
    static final int DATE_SEARCH_LINES = 10;
    private static final int MAX_TITLE_CHARS = 200;

    public PlainTextReader(InputStream in, String sourceName, ReaderOptions options,
                           Consumer<InputProblem> problems) {
        super(in, sourceName, "document", options, problems);
    }

    @Override
    protected String notThisFormat() {
        return "not a text file";
    }

    @Override
    protected Document document(String text) {
        if (text.isBlank()) {
            return reject("empty document");
        }
        String[] top = firstNonBlankLines(text, DATE_SEARCH_LINES);
        LocalDate date = options.date();
        if (date == null) {
            date = DateExpressions.findIn(String.join("\n", top));
        }
        if (date == null) {
            return reject("no date: give one with --date or write it in the first "
                    + DATE_SEARCH_LINES + " lines (e.g. 2022-02-04 or February 4, 2022)");
        }
        String title = top.length > 0 && top[0].length() <= MAX_TITLE_CHARS ? top[0] : null;
        return new Document(id(), date, null, null, null, title, text.strip(), null);
    }

    private static String[] firstNonBlankLines(String text, int count) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).limit(count)
                .toArray(String[]::new);
    }
}
