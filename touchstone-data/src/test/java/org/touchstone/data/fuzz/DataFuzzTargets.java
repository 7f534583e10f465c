package org.touchstone.data.fuzz;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.touchstone.data.DatasetFormat;
import org.touchstone.data.ReadResult;
import org.touchstone.data.RecordReader;
import org.touchstone.data.UnknownDatasetFormatException;
import org.touchstone.data.cow.MajorPowerReader;
import org.touchstone.data.cow.MidDisputeReader;
import org.touchstone.data.cow.NmcReader;
import org.touchstone.data.cow.UcdpConflictReader;
import org.touchstone.data.gdelt.GdeltEventReader;
import org.touchstone.data.gdelt.GdeltMentionReader;
import org.touchstone.data.icews.IcewsEventReader;
import org.touchstone.data.unvotes.UnCountryReader;
import org.touchstone.data.unvotes.UnRollCallIssueReader;
import org.touchstone.data.unvotes.UnRollCallReader;
import org.touchstone.data.unvotes.UnVoteReader;
import org.touchstone.testing.FuzzCheck;
import org.touchstone.testing.FuzzTarget;
import org.touchstone.testing.MutatedFile;
import org.touchstone.testing.Mutator;

/**
 * A fuzz target for every dataset reader, each seeded with real rows of the shared data. Per case:
 * no exception escapes (a damaged header may refuse the whole file, with a reason); every
 * rejection has a reason; every non-blank line is reported once, as a record or a rejection, in
 * order; and every intact row, wherever it stands among damaged ones, is read as a record.
 */
public final class DataFuzzTargets {

    /** Lines taken from the start of each shared file: plenty of variety, quick to read. */
    private static final int LINES = 400;

    private DataFuzzTargets() {
    }

    /** Opens a reader on the bytes of a case. */
    @FunctionalInterface
    public interface ReaderFactory {
        RecordReader<?> open(InputStream in, String name);
    }

    /**
     * A reader and the shared file its valid rows come from.
     *
     * @param file      relative to the shared data directory
     * @param header    whether the file's first line is a header the reader needs
     * @param delimiter what separates the fields
     * @param row       turns a line of the file into a valid row for the reader
     */
    public record Definition(String file, boolean header, char delimiter, ReaderFactory reader,
                             UnaryOperator<String> row) {
        Definition(String file, boolean header, char delimiter, ReaderFactory reader) {
            this(file, header, delimiter, reader, UnaryOperator.identity());
        }
    }

    /** Every dataset reader, by name. */
    public static Map<String, Definition> definitions() {
        Map<String, Definition> d = new LinkedHashMap<>();
        d.put("GDELT 1.0 events", new Definition("gdelt/gdelt1_rows_20141124.tsv", false, '\t',
                (in, name) -> new GdeltEventReader(in, name, DatasetFormat.GDELT1_EVENTS)));
        d.put("GDELT 1.0 events (CSV)", new Definition("gdelt/gdelt1_georgia_events_2013_04.csv", true, ',',
                (in, name) -> new GdeltEventReader(in, name, DatasetFormat.GDELT1_CSV)));
        d.put("GDELT 2.0 events", new Definition("gdelt/20191024143000.export.CSV", false, '\t',
                (in, name) -> new GdeltEventReader(in, name, DatasetFormat.GDELT2_EVENTS)));
        d.put("GDELT 2.0 mentions", new Definition("gdelt/20191024143000.export.CSV", false, '\t',
                GdeltMentionReader::new, DataFuzzTargets::mentionOf));
        d.put("ICEWS events", new Definition("icews/events.2018.sample.tab", true, '\t', IcewsEventReader::new));
        d.put("UN votes", new Definition("unvotes/un_votes_2017_2025.csv", true, ',', UnVoteReader::new));
        d.put("UN roll calls", new Definition("unvotes/un_roll_calls.csv", true, ',', UnRollCallReader::new));
        d.put("UN roll call issues", new Definition("unvotes/un_roll_call_issues.csv", true, ',',
                UnRollCallIssueReader::new));
        d.put("UN countries", new Definition("unvotes/un_countries.csv", true, ',', UnCountryReader::new));
        d.put("COW major powers", new Definition("cow/cow_majors.csv", true, ',', MajorPowerReader::new));
        d.put("COW national capabilities", new Definition("cow/NMC-60-abridged.csv", true, ',', NmcReader::new));
        d.put("COW disputes", new Definition("cow/cow_mid5_disps_peacesciencer.csv", true, ',',
                MidDisputeReader::new));
        d.put("UCDP conflicts", new Definition("ucdp/ucdp_acd_peacesciencer.csv", true, ',',
                UcdpConflictReader::new));
        return d;
    }

    /** The target of a reader, its valid rows read from {@code file} (the definition's shared file). */
    public static FuzzTarget target(String name, Definition definition, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; lines.size() < LINES && (line = in.readLine()) != null; ) {
                lines.add(line);
            }
        }
        String header = definition.header() ? lines.remove(0) : null;
        List<String> valid = new ArrayList<>();
        for (String line : lines) {
            String row = definition.row().apply(line);
            if (readsAsOneRecord(definition.reader(), header, row)) {
                valid.add(row);
            }
        }
        if (valid.isEmpty()) {
            throw new IllegalStateException(name + ": no valid row among the first lines of " + file);
        }
        return new RowsTarget(name, definition, header, valid);
    }

    /**
     * A GDELT 2.0 mentions row made from an event row of the export: the event's id, DATEADDED as
     * both times, its source URL and domain, and its tone, as GDELT writes a web mention.
     */
    static String mentionOf(String eventRow) {
        String[] f = eventRow.split("\t", -1);
        String url = f[60];
        String domain = url.replaceFirst("^[a-z]+://", "").replaceFirst("/.*$", "").replaceFirst("^www\\.", "");
        return String.join("\t", f[0], f[59], f[59], "1", domain, url, "1", "-1", "24", "61", "1", "50",
                "2048", f[34], "", "");
    }

    private static boolean readsAsOneRecord(ReaderFactory factory, String header, String row) throws IOException {
        String content = (header == null ? "" : header + "\n") + row + "\n";
        try (RecordReader<?> reader = factory.open(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                "valid.rows")) {
            return reader.next() instanceof ReadResult.Ok<?> && reader.next() == null;
        }
    }

    /** Files of real rows, damaged by a {@link Mutator}, read by one reader. */
    private static final class RowsTarget implements FuzzTarget {
        private final String name;
        private final Definition definition;
        private final String header;
        private final List<String> valid;

        RowsTarget(String name, Definition definition, String header, List<String> valid) {
            this.name = name;
            this.definition = definition;
            this.header = header;
            this.valid = valid;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void run(long seed, FuzzCheck check) throws IOException {
            Mutator m = new Mutator(seed);
            MutatedFile file = MutatedFile.ofRows(m, header, valid, definition.delimiter());
            List<ReadResult<?>> results = new ArrayList<>();
            try (RecordReader<?> reader = definition.reader().open(new ByteArrayInputStream(file.bytes()), "fuzz")) {
                for (ReadResult<?> r; (r = reader.next()) != null; ) {
                    results.add(r);
                }
            } catch (UnknownDatasetFormatException refused) {
                // a file whose header is damaged may be refused as a whole, saying why
                check.expect(file.headerMutated(), () -> "intact file refused: " + refused.getMessage()
                        + " in " + file.preview());
                check.rejection(refused.getMessage());
                return;
            }
            List<Long> lines = new ArrayList<>();
            for (ReadResult<?> r : results) {
                lines.add(r.line());
                if (r instanceof ReadResult.Ok<?> ok) {
                    check.record();
                    check.expect(ok.value() != null, () -> "line " + ok.line() + ": a record without a value");
                } else if (r instanceof ReadResult.Rejected<?> rejected) {
                    check.rejection(rejected.reason());
                }
            }
            if (file.headerMutated()) {
                return; // which line the reader took for the header is its own business
            }
            List<Long> expected = file.reportedLines(MutatedFile.LineBreaks.LF, MutatedFile::spacesOnly);
            check.expect(lines.equals(expected), () -> "reported lines " + lines + ", expected " + expected
                    + " in " + file.preview());
            for (long intact : file.intactLines(MutatedFile.LineBreaks.LF)) {
                ReadResult<?> result = results.stream().filter(r -> r.line() == intact).findFirst().orElse(null);
                check.expect(result instanceof ReadResult.Ok<?>, () -> "intact line " + intact + " read as "
                        + result + " in " + file.preview());
            }
        }
    }
}
