package org.touchstone.coder.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses PETRARCH/TABARI actor dictionaries (Phoenix.*.actors.txt, PETR.Validate.actors.txt):
 *
 * <pre>
 * AFGHANISTAN_  [AFG]                 root phrase and code
 * +AFGHAN_                            synonym of the entry above
 * MOHAMMAD_ZAHIR_SHAH_                root phrase whose codes follow on indented lines
 *     [AFGELI 320101-331108]          code with a date range
 *     [AFGGOV &gt;011222]                code from a date on
 * B._LYNN_PASCOE_ [USAGOV 981022-010811] [IGOUNO &gt;070201]   several codes on one line
 * </pre>
 *
 * A code line or synonym before any root, an unclosed bracket, a date that is neither YYMMDD nor
 * YYYYMMDD (or not a calendar date), a range that ends before it starts, or a root left without
 * any code is reported and skipped; a bad code does not take the entry's good codes with it.
 */
public final class ActorDictionaryParser {

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]\\[]*)\\]");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9/+#-]+");

    private final String file;
    private final List<ActorEntry> entries = new ArrayList<>();
    private final List<DictionaryProblem> rejected = new ArrayList<>();
    private final List<DictionaryProblem> warnings = new ArrayList<>();
    private String name;
    private DictionaryLine nameLine;
    private List<ActorEntry.ActorSynonym> synonyms;
    private List<ActorCode> codes;
    private int previousLine = -1;

    private ActorDictionaryParser(String file) {
        this.file = file;
    }

    public static ActorDictionary parse(Path path) throws IOException {
        return parse(DictionaryText.name(path), DictionaryText.readLines(path));
    }

    public static ActorDictionary parse(String fileName, List<String> lines) {
        ActorDictionaryParser parser = new ActorDictionaryParser(fileName);
        for (DictionaryLine line : DictionaryText.contentLines(lines, false)) {
            parser.accept(line);
        }
        parser.finishEntry();
        return new ActorDictionary(fileName, parser.entries, parser.rejected, parser.warnings);
    }

    private void accept(DictionaryLine line) {
        acceptLine(line);
        previousLine = line.number();
    }

    private void acceptLine(DictionaryLine line) {
        String text = line.content().strip();
        if (text.startsWith("[")) {
            if (name == null) {
                reject(line, "code line before any actor");
                return;
            }
            readCodes(line, text);
        } else if (text.startsWith("+")) {
            if (name == null) {
                reject(line, "synonym before any actor");
                return;
            }
            int bracket = text.indexOf('[');
            String phrase = (bracket < 0 ? text.substring(1) : text.substring(1, bracket)).strip();
            if (phrase.isEmpty()) {
                reject(line, "empty synonym");
                return;
            }
            synonyms.add(new ActorEntry.ActorSynonym(phrase, line.number()));
            if (bracket >= 0) {
                readCodes(line, text.substring(bracket));
            }
        } else {
            int bracket = text.indexOf('[');
            String phrase = (bracket < 0 ? text : text.substring(0, bracket)).strip();
            if (bracket < 0 && name != null && codes.isEmpty() && line.number() == previousLine + 1) {
                // CountryInfo-generated files list a person's names as consecutive uncoded roots
                // sharing the codes that follow; PETRARCH itself would leave all but the last uncoded
                synonyms.add(new ActorEntry.ActorSynonym(phrase, line.number()));
                warnings.add(DictionaryProblem.of(file, line, "root without code right after uncoded root "
                        + name + ": read as its synonym, sharing the codes below"));
                previousLine = line.number();
                return;
            }
            finishEntry();
            name = phrase;
            nameLine = line;
            synonyms = new ArrayList<>();
            codes = new ArrayList<>();
            if (bracket >= 0) {
                readCodes(line, text.substring(bracket));
            }
        }
    }

    /** Every [...] group of the text; text outside brackets is an error of the line's codes. */
    private void readCodes(DictionaryLine line, String text) {
        Matcher bracket = BRACKET.matcher(text);
        int end = 0;
        while (bracket.find()) {
            if (!text.substring(end, bracket.start()).isBlank()) {
                warnings.add(DictionaryProblem.of(file, line, "text between codes ignored: '"
                        + text.substring(end, bracket.start()).strip() + "'"));
            }
            end = bracket.end();
            String problem = readCode(line, bracket.group(1));
            if (problem != null) {
                reject(line, problem);
            }
        }
        String rest = text.substring(end);
        if (rest.contains("[")) {
            reject(line, "code bracket '[' is not closed");
        } else if (!rest.isBlank()) {
            warnings.add(DictionaryProblem.of(file, line, "text after the codes ignored: '" + rest.strip() + "'"));
        }
    }

    /** Adds the code in a bracket; returns why it cannot be read, or null. */
    private String readCode(DictionaryLine line, String inside) {
        String spec = inside.strip();
        if (spec.isEmpty()) {
            return "empty code []";
        }
        String[] parts = spec.split("\\s+", 2);
        String code = parts[0];
        if (!CODE.matcher(code).matches() || (Character.isDigit(code.charAt(0)) && code.matches("[\\d<>-]+"))) {
            return "code '" + spec + "' does not start with an actor code";
        }
        if (parts.length == 1) {
            codes.add(new ActorCode(code, null, line.number()));
            return null;
        }
        String dates = parts[1].replaceAll("\\s+", "");
        DateRestriction restriction;
        try {
            restriction = restriction(dates);
        } catch (IllegalArgumentException e) {
            return "code " + code + ": " + e.getMessage();
        }
        codes.add(new ActorCode(code, restriction, line.number()));
        return null;
    }

    private static DateRestriction restriction(String dates) {
        if (dates.startsWith("<")) {
            return new DateRestriction(DateRestriction.Kind.BEFORE, null, date(dates.substring(1)));
        }
        if (dates.startsWith(">")) {
            return new DateRestriction(DateRestriction.Kind.AFTER, date(dates.substring(1)), null);
        }
        int dash = dates.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("date restriction '" + dates
                    + "' is none of <DATE, >DATE, DATE-DATE");
        }
        LocalDate from = date(dates.substring(0, dash));
        LocalDate to = date(dates.substring(dash + 1));
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("date range " + dates + " ends before it starts");
        }
        return new DateRestriction(DateRestriction.Kind.BETWEEN, from, to);
    }

    /** YYMMDD (00-30 are 20YY) or YYYYMMDD. */
    static LocalDate date(String digits) {
        if (!digits.matches("\\d{6}|\\d{8}")) {
            throw new IllegalArgumentException("date '" + digits + "' is neither YYMMDD nor YYYYMMDD");
        }
        int year;
        String monthDay;
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            monthDay = digits.substring(2);
        } else {
            year = Integer.parseInt(digits.substring(0, 4));
            monthDay = digits.substring(4);
        }
        try {
            return LocalDate.of(year, Integer.parseInt(monthDay.substring(0, 2)),
                    Integer.parseInt(monthDay.substring(2)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date '" + digits + "' is not a calendar date");
        }
    }

    private void finishEntry() {
        if (name == null) {
            return;
        }
        if (name.isEmpty()) {
            reject(nameLine, "code without an actor phrase");
        } else if (codes.isEmpty()) {
            reject(nameLine, "actor " + name + " has no usable code");
        } else {
            entries.add(new ActorEntry(name, synonyms, codes, nameLine.number()));
        }
        name = null;
    }

    private void reject(DictionaryLine line, String reason) {
        rejected.add(DictionaryProblem.of(file, line, reason));
    }
}
