package org.touchstone.data.fetch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GDELT's lists of published files and keeps the files a selection asks for.
 *
 * <p>GDELT 2.0 publishes one list, {@code masterfilelist.txt}, one file a line:
 * {@code SIZE MD5 URL}. GDELT 1.0 publishes two lists in its {@code events/} directory:
 * {@code md5sums} ({@code MD5  NAME}, the format of the {@code md5sum} tool) and
 * {@code filesizes} ({@code SIZE NAME}); a file is usable only when both lists name it.
 *
 * <p>The lists are read line by line and only selected files are kept, so a master list of
 * a million lines costs little memory. A bad line becomes a {@link MasterListProblem} with its
 * line number and reason, and reading goes on. Lines naming files that are not dated data files
 * (such as GDELT 1.0's {@code GDELT.MASTERREDUCEDV2.1979-2013.zip}) are passed over quietly;
 * names that start like a date but fit no known pattern are reported.
 */
public final class MasterListParser {

    public static final String V2_MASTER_LIST = "masterfilelist.txt";
    public static final String V1_MD5SUMS = "md5sums";
    public static final String V1_FILESIZES = "filesizes";

    private static final Pattern V2_NAME =
            Pattern.compile("(\\d{14})\\.(export|mentions|gkg)\\.csv\\.zip", Pattern.CASE_INSENSITIVE);
    private static final Pattern V1_DAILY = Pattern.compile("(\\d{8})\\.export\\.csv\\.zip", Pattern.CASE_INSENSITIVE);
    private static final Pattern V1_MONTHLY = Pattern.compile("(\\d{4})(\\d{2})\\.zip", Pattern.CASE_INSENSITIVE);
    private static final Pattern V1_YEARLY = Pattern.compile("(\\d{4})\\.zip", Pattern.CASE_INSENSITIVE);
    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");

    // STRICT so that 20150230... is rejected rather than rolled over to March.
    private static final DateTimeFormatter SLOT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private MasterListParser() {
    }

    /**
     * Reads a GDELT 2.0 {@code masterfilelist.txt}.
     *
     * @param listUrl where the list came from; relative URLs in the list resolve against it
     */
    public static MasterList parseV2(Reader masterList, URI listUrl, GdeltSelection selection) throws IOException {
        requireVersion(selection, GdeltVersion.V2);
        Matches matches = new Matches(selection);
        BufferedReader lines = new BufferedReader(masterList);
        long lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                String[] fields = fields(line, 3, "size, MD5 and URL");
                long size = size(fields[0]);
                String md5 = md5(fields[1]);
                URI url = url(fields[2], listUrl);
                Optional<Period> period = v2Period(nameOf(url));
                if (period.isPresent()) {
                    GdeltFile file = new GdeltFile(GdeltVersion.V2, period.get().kind(), period.get().start(),
                            period.get().lastDay(), size, md5, url);
                    matches.offer(file, V2_MASTER_LIST, lineNumber, line);
                }
            } catch (MalformedLine e) {
                matches.problems.add(new MasterListProblem(V2_MASTER_LIST, lineNumber, e.getMessage(), line));
            }
        }
        return matches.toMasterList();
    }

    /**
     * Reads GDELT 1.0's {@code md5sums} and {@code filesizes} and joins them by file name.
     *
     * @param directoryUrl the {@code events/} directory the names in the lists are relative to
     */
    public static MasterList parseV1(Reader md5sums, Reader filesizes, URI directoryUrl, GdeltSelection selection)
            throws IOException {
        requireVersion(selection, GdeltVersion.V1);
        Matches matches = new Matches(selection);
        Map<String, Listed<String>> md5ByName = readNamedValues(md5sums, V1_MD5SUMS, "MD5 and file name",
                MasterListParser::md5, matches.problems);
        Map<String, Listed<Long>> sizeByName = readNamedValues(filesizes, V1_FILESIZES, "size and file name",
                MasterListParser::size, matches.problems);

        for (Map.Entry<String, Listed<String>> entry : md5ByName.entrySet()) {
            String name = entry.getKey();
            Listed<String> md5 = entry.getValue();
            try {
                Optional<Period> period = v1Period(name);
                if (period.isEmpty() || !period.get().overlaps(selection.from(), selection.to())) {
                    continue;
                }
                Listed<Long> size = sizeByName.get(name);
                if (size == null) {
                    throw new MalformedLine(name + " has no size in " + V1_FILESIZES + ", so it cannot be checked");
                }
                GdeltFile file = new GdeltFile(GdeltVersion.V1, GdeltFileKind.EVENTS, period.get().start(),
                        period.get().lastDay(), size.value(), md5.value(), directoryUrl.resolve(name));
                matches.offer(file, V1_MD5SUMS, md5.line(), md5.raw());
            } catch (MalformedLine e) {
                matches.problems.add(new MasterListProblem(V1_MD5SUMS, md5.line(), e.getMessage(), md5.raw()));
            }
        }
        for (Map.Entry<String, Listed<Long>> entry : sizeByName.entrySet()) {
            String name = entry.getKey();
            Listed<Long> size = entry.getValue();
            if (md5ByName.containsKey(name)) {
                continue;
            }
            try {
                Optional<Period> period = v1Period(name);
                if (period.isPresent() && period.get().overlaps(selection.from(), selection.to())) {
                    throw new MalformedLine(name + " has no MD5 in " + V1_MD5SUMS + ", so it cannot be checked");
                }
            } catch (MalformedLine e) {
                matches.problems.add(new MasterListProblem(V1_FILESIZES, size.line(), e.getMessage(), size.raw()));
            }
        }
        return matches.toMasterList();
    }

    private static void requireVersion(GdeltSelection selection, GdeltVersion version) {
        if (selection.version() != version) {
            throw new IllegalArgumentException("this list is GDELT " + version.number()
                    + ", but the selection asks for GDELT " + selection.version().number());
        }
    }

    /** Reads a list of {@code VALUE NAME} lines into name -> value, keeping the first of repeated names. */
    private static <T> Map<String, Listed<T>> readNamedValues(Reader reader, String listName, String expected,
            ValueParser<T> valueParser, List<MasterListProblem> problems) throws IOException {
        Map<String, Listed<T>> byName = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        long lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                String[] fields = fields(line, 2, expected);
                T value = valueParser.parse(fields[0]);
                // md5sum marks files read in binary mode with a '*' before the name
                String name = fields[1].startsWith("*") ? fields[1].substring(1) : fields[1];
                Listed<T> earlier = byName.putIfAbsent(name, new Listed<>(value, lineNumber, line));
                if (earlier != null && !earlier.value().equals(value)) {
                    throw new MalformedLine(name + " is listed again with a different value (first at line "
                            + earlier.line() + "); keeping the first");
                }
            } catch (MalformedLine e) {
                problems.add(new MasterListProblem(listName, lineNumber, e.getMessage(), line));
            }
        }
        return byName;
    }

    private static String[] fields(String line, int expected, String what) throws MalformedLine {
        String[] fields = line.strip().split("\\s+");
        if (fields.length != expected) {
            throw new MalformedLine("expected " + expected + " fields (" + what + ") but found " + fields.length);
        }
        return fields;
    }

    private static long size(String text) throws MalformedLine {
        try {
            long size = Long.parseLong(text);
            if (size >= 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MalformedLine("size '" + text + "' is not a whole number of bytes");
    }

    private static String md5(String text) throws MalformedLine {
        if (!MD5.matcher(text).matches()) {
            throw new MalformedLine("MD5 '" + text + "' is not 32 hexadecimal digits");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static URI url(String text, URI listUrl) throws MalformedLine {
        URI url;
        try {
            url = listUrl.resolve(new URI(text));
        } catch (URISyntaxException e) {
            throw new MalformedLine("URL '" + text + "' is not valid: " + e.getReason());
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new MalformedLine("URL '" + text + "' is not an http or https URL");
        }
        return url;
    }

    private static String nameOf(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The slot and kind a GDELT 2.0 file name encodes; empty when the name is not a dated file at all. */
    private static Optional<Period> v2Period(String name) throws MalformedLine {
        if (!startsWithDigit(name)) {
            return Optional.empty();
        }
        Matcher m = V2_NAME.matcher(name);
        if (!m.matches()) {
            throw new MalformedLine("'" + name + "' is not a GDELT 2.0 file name (YYYYMMDDHHMMSS.export.CSV.zip, "
                    + ".mentions.CSV.zip or .gkg.csv.zip)");
        }
        LocalDateTime slot = parse(m.group(1), SLOT, LocalDateTime::from);
        // GDELT names the events file "export"
        GdeltFileKind kind = m.group(2).equalsIgnoreCase("export")
                ? GdeltFileKind.EVENTS
                : GdeltFileKind.of(m.group(2));
        return Optional.of(new Period(kind, slot, slot.toLocalDate()));
    }

    /** The days a GDELT 1.0 file name covers; empty when the name is not a dated file at all. */
    private static Optional<Period> v1Period(String name) throws MalformedLine {
        if (!startsWithDigit(name)) {
            return Optional.empty();
        }
        Matcher daily = V1_DAILY.matcher(name);
        if (daily.matches()) {
            LocalDate day = parse(daily.group(1), DAY, LocalDate::from);
            return Optional.of(new Period(GdeltFileKind.EVENTS, day.atStartOfDay(), day));
        }
        Matcher monthly = V1_MONTHLY.matcher(name);
        if (monthly.matches()) {
            LocalDate first = parse(monthly.group(1) + monthly.group(2) + "01", DAY, LocalDate::from);
            return Optional.of(new Period(GdeltFileKind.EVENTS, first.atStartOfDay(),
                    first.withDayOfMonth(first.lengthOfMonth())));
        }
        Matcher yearly = V1_YEARLY.matcher(name);
        if (yearly.matches()) {
            LocalDate first = LocalDate.of(Integer.parseInt(yearly.group(1)), 1, 1);
            return Optional.of(new Period(GdeltFileKind.EVENTS, first.atStartOfDay(),
                    first.withDayOfYear(first.lengthOfYear())));
        }
        throw new MalformedLine("'" + name + "' is not a GDELT 1.0 events file name (YYYYMMDD.export.CSV.zip, "
                + "YYYYMM.zip or YYYY.zip)");
    }

    private static boolean startsWithDigit(String name) {
        return !name.isEmpty() && Character.isDigit(name.charAt(0));
    }

    private static <T> T parse(String digits, DateTimeFormatter format, Function<TemporalAccessor, T> as)
            throws MalformedLine {
        try {
            return as.apply(format.parse(digits));
        } catch (DateTimeParseException e) {
            throw new MalformedLine("'" + digits + "' is not a valid date");
        }
    }

    /** The files of one list that a selection asks for, each name once. */
    private static final class Matches {
        private final GdeltSelection selection;
        private final Map<String, GdeltFile> byName = new LinkedHashMap<>();
        private final Map<String, Long> firstLine = new HashMap<>();
        private final List<MasterListProblem> problems = new ArrayList<>();

        Matches(GdeltSelection selection) {
            this.selection = selection;
        }

        void offer(GdeltFile file, String listName, long line, String raw) {
            if (!selection.matches(file)) {
                return;
            }
            GdeltFile earlier = byName.putIfAbsent(file.fileName(), file);
            if (earlier == null) {
                firstLine.put(file.fileName(), line);
            } else if (earlier.size() != file.size() || !earlier.md5().equals(file.md5())) {
                problems.add(new MasterListProblem(listName, line, file.fileName()
                        + " is listed again with a different size or MD5 (first at line "
                        + firstLine.get(file.fileName()) + "); keeping the first", raw));
            }
        }

        MasterList toMasterList() {
            return new MasterList(selection, List.copyOf(byName.values()), problems);
        }
    }

    private record Period(GdeltFileKind kind, LocalDateTime start, LocalDate lastDay) {
        boolean overlaps(LocalDate from, LocalDate to) {
            return !lastDay.isBefore(from) && !start.toLocalDate().isAfter(to);
        }
    }

    private record Listed<T>(T value, long line, String raw) {
    }

    @FunctionalInterface
    private interface ValueParser<T> {
        T parse(String text) throws MalformedLine;
    }

    /** A line that cannot be used; the message is the reason shown to the user. */
    private static final class MalformedLine extends Exception {
        MalformedLine(String reason) {
            super(reason, null, false, false);
        }
    }
}
