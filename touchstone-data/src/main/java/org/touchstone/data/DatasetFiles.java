package org.touchstone.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.touchstone.data.csv.EventCsvReader;

/**
 * Opens dataset files: plain, gzip or zip (recognised by their first bytes, whatever the name),
 * and tells their format from their content, with the file name as a fallback.
 *
 * <pre>{@code
 * try (DatasetFile file = DatasetFiles.open(path)) {
 *     RecordReader<Event> events = file.events();
 *     for (ReadResult<Event> r; (r = events.next()) != null; ) { ... }
 * }
 * }</pre>
 */
public final class DatasetFiles {

    /** How many non-blank lines the content check looks at. */
    private static final int LINES_TO_SAMPLE = 20;

    private static final Pattern GDELT2_EVENTS_NAME =
            Pattern.compile("\\d{14}(\\.translation)?\\.export\\.csv", Pattern.CASE_INSENSITIVE);
    private static final Pattern GDELT2_MENTIONS_NAME =
            Pattern.compile(".*\\.mentions\\.csv", Pattern.CASE_INSENSITIVE);
    private static final Pattern GDELT1_DAILY_NAME =
            Pattern.compile("\\d{8}\\.export\\.csv", Pattern.CASE_INSENSITIVE);
    /** The GDELT 1.0 back files: YYYY.csv (1979-2005) and YYYYMM.csv (2006 - March 2013). */
    private static final Pattern GDELT1_HISTORICAL_NAME =
            Pattern.compile("\\d{4}(\\d{2})?\\.csv", Pattern.CASE_INSENSITIVE);
    private static final Pattern ICEWS_NAME =
            Pattern.compile("events\\.\\d{4}\\..*\\.tab", Pattern.CASE_INSENSITIVE);

    private DatasetFiles() {
    }

    /** Opens the file in the format its content (or, failing that, its name) shows. */
    public static DatasetFile open(Path file) throws IOException {
        return open(file, detect(file));
    }

    /** Opens the file in the given format, without looking at its content. */
    public static DatasetFile open(Path file, DatasetFormat format) throws IOException {
        Container container = Container.of(file);
        ProgressInputStream counted = new ProgressInputStream(Files.newInputStream(file));
        try {
            InputStream data = container.decompress(counted);
            return new DatasetFile(file, container.dataName, format, counted, data, Files.size(file));
        } catch (IOException | RuntimeException e) {
            counted.close();
            throw e;
        }
    }

    /**
     * The format of the file: the column layout of its first lines decides (the ICEWS header, or
     * 61 / 57-58 / 16 tab-separated columns); when the content is not conclusive (a damaged first
     * line, say), the GDELT and ICEWS file name patterns decide.
     *
     * @throws UnknownDatasetFormatException naming the file and what was found in it
     */
    public static DatasetFormat detect(Path file) throws IOException {
        Container container = Container.of(file);
        Sample sample;
        try (InputStream raw = Files.newInputStream(file); InputStream data = container.decompress(raw)) {
            sample = Sample.of(data);
        }
        if (sample.format != null) {
            return sample.format;
        }
        DatasetFormat byName = formatFromName(container.dataName);
        if (byName != null) {
            return byName;
        }
        throw new UnknownDatasetFormatException(file.toString(), sample.description
                + ", and its name matches no GDELT or ICEWS file pattern. Known formats: GDELT 1.0 events"
                + " (57 or 58 tab-separated columns), GDELT 2.0 events (61), GDELT 2.0 mentions (16),"
                + " GDELT 1.0 comma CSV with a GLOBALEVENTID header, ICEWS .tab with an 'Event ID' header,"
                + " Touchstone event CSV with an 'event_id' header");
    }

    /** The format a file name shows ("20191024143000.export.CSV"), or null. */
    static DatasetFormat formatFromName(String name) {
        if (GDELT2_EVENTS_NAME.matcher(name).matches()) {
            return DatasetFormat.GDELT2_EVENTS;
        }
        if (GDELT2_MENTIONS_NAME.matcher(name).matches()) {
            return DatasetFormat.GDELT2_MENTIONS;
        }
        if (GDELT1_DAILY_NAME.matcher(name).matches() || GDELT1_HISTORICAL_NAME.matcher(name).matches()) {
            return DatasetFormat.GDELT1_EVENTS;
        }
        if (ICEWS_NAME.matcher(name).matches()) {
            return DatasetFormat.ICEWS_EVENTS;
        }
        return null;
    }

    /** How the file is packed, and the name of the data inside it (used in provenance). */
    private static final class Container {
        enum Packing { PLAIN, GZIP, ZIP }

        final Packing packing;
        final String dataName;

        private Container(Packing packing, String dataName) {
            this.packing = packing;
            this.dataName = dataName;
        }

        static Container of(Path file) throws IOException {
            String fileName = file.getFileName().toString();
            byte[] magic = new byte[6];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(magic, 0, magic.length);
            }
            if (n >= 2 && (magic[0] & 0xFF) == 0x1F && (magic[1] & 0xFF) == 0x8B) {
                return new Container(Packing.GZIP, stripSuffix(fileName, ".gz"));
            }
            if (n >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                return new Container(Packing.ZIP, onlyZipEntry(file));
            }
            if (n >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 5 && magic[3] == 6) {
                throw new UnknownDatasetFormatException(file.toString(), "an empty zip archive");
            }
            String other = otherCompression(magic, n);
            if (other != null) {
                throw new UnknownDatasetFormatException(file.toString(), other
                        + "-compressed; only plain, gzip and zip files are read: decompress it first");
            }
            return new Container(Packing.PLAIN, fileName);
        }

        InputStream decompress(InputStream raw) throws IOException {
            switch (packing) {
                case GZIP:
                    return new GZIPInputStream(raw, 1 << 16);
                case ZIP:
                    ZipInputStream zip = new ZipInputStream(new BufferedInputStream(raw, 1 << 16));
                    for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                        if (!entry.isDirectory()) {
                            return zip;
                        }
                    }
                    zip.close();
                    throw new IOException("zip archive holds no file");
                default:
                    return raw;
            }
        }

        /** GDELT zips hold one CSV: more than one file is an error rather than a guess. */
        private static String onlyZipEntry(Path file) throws IOException {
            List<String> names = new ArrayList<>();
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                zip.stream().filter(e -> !e.isDirectory()).forEach(e -> names.add(e.getName()));
            }
            if (names.size() != 1) {
                throw new UnknownDatasetFormatException(file.toString(), "a zip archive should hold exactly one"
                        + " data file, this one holds " + names.size() + (names.isEmpty() ? "" : ": " + names));
            }
            String name = names.get(0);
            return name.substring(name.lastIndexOf('/') + 1);
        }

        private static String stripSuffix(String name, String suffix) {
            return name.toLowerCase(Locale.ROOT).endsWith(suffix) && name.length() > suffix.length()
                    ? name.substring(0, name.length() - suffix.length()) : name;
        }

        private static String otherCompression(byte[] magic, int n) {
            if (n >= 3 && magic[0] == 'B' && magic[1] == 'Z' && magic[2] == 'h') {
                return "bzip2";
            }
            if (n >= 6 && (magic[0] & 0xFF) == 0xFD && magic[1] == '7' && magic[2] == 'z' && magic[3] == 'X'
                    && magic[4] == 'Z' && magic[5] == 0) {
                return "xz";
            }
            if (n >= 4 && (magic[0] & 0xFF) == 0x28 && (magic[1] & 0xFF) == 0xB5 && (magic[2] & 0xFF) == 0x2F
                    && (magic[3] & 0xFF) == 0xFD) {
                return "zstd";
            }
            if (n >= 6 && magic[0] == '7' && magic[1] == 'z' && (magic[2] & 0xFF) == 0xBC && (magic[3] & 0xFF) == 0xAF) {
                return "7z";
            }
            return null;
        }
    }

    /** What the first lines of a file show: a format by majority of lines, or a description. */
    private static final class Sample {
        final DatasetFormat format;
        final String description;

        private Sample(DatasetFormat format, String description) {
            this.format = format;
            this.description = description;
        }

        static Sample of(InputStream data) throws IOException {
            ByteLineReader lines = new ByteLineReader(data);
            Map<DatasetFormat, Integer> votes = new EnumMap<>(DatasetFormat.class);
            DatasetFormat firstVote = null;
            String firstLine = null;
            int sampled = 0;
            while (sampled < LINES_TO_SAMPLE && lines.next()) {
                if (lines.isBlank()) {
                    continue;
                }
                sampled++;
                if (lines.isTooLong()) {
                    firstLine = firstLine != null ? firstLine
                            : "line " + lines.lineNumber() + " is longer than " + ByteLineReader.MAX_LINE_BYTES + " bytes";
                    continue;
                }
                String head = lines.text(200);
                int tabs = count(lines, (byte) '\t');
                if (sampled == 1) {
                    if (head.startsWith("Event ID\t") && head.contains("\tEvent Date\t")) {
                        return new Sample(DatasetFormat.ICEWS_EVENTS, null);
                    }
                    if (EventCsvReader.isHeader(head)) {
                        return new Sample(DatasetFormat.TOUCHSTONE_EVENTS_CSV, null);
                    }
                    int commas = count(lines, (byte) ',');
                    if (head.startsWith("GLOBALEVENTID,") && commas + 1 == 58) {
                        return new Sample(DatasetFormat.GDELT1_CSV, null);
                    }
                    firstLine = "its first line (line " + lines.lineNumber() + ") has " + (tabs + 1)
                            + " tab-separated columns and starts '" + printable(head, 40) + "'";
                }
                DatasetFormat vote = formatFromColumnCount(tabs + 1);
                if (vote != null) {
                    votes.merge(vote, 1, Integer::sum);
                    firstVote = firstVote == null ? vote : firstVote;
                }
            }
            if (sampled == 0) {
                return new Sample(null, "it holds no data");
            }
            DatasetFormat best = firstVote;
            for (Map.Entry<DatasetFormat, Integer> e : votes.entrySet()) {
                if (e.getValue() > votes.get(best)) {
                    best = e.getKey();
                }
            }
            return new Sample(best, best == null ? firstLine : null);
        }

        private static DatasetFormat formatFromColumnCount(int columns) {
            switch (columns) {
                case 61:
                    return DatasetFormat.GDELT2_EVENTS;
                case 57:
                case 58:
                    return DatasetFormat.GDELT1_EVENTS;
                case 16:
                    return DatasetFormat.GDELT2_MENTIONS;
                default:
                    return null;
            }
        }

        private static int count(ByteLineReader lines, byte wanted) {
            byte[] b = lines.buffer();
            int n = 0;
            for (int i = lines.start(); i < lines.end(); i++) {
                if (b[i] == wanted) {
                    n++;
                }
            }
            return n;
        }

        private static String printable(String s, int max) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < s.length() && out.length() < max; i++) {
                char c = s.charAt(i);
                out.append(c == '\t' ? "\\t" : Character.isISOControl(c) || c == '\uFFFD' ? "?" : String.valueOf(c));
            }
            return out.toString();
        }
    }
}
