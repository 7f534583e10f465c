package org.touchstone.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.touchstone.store.IngestReport;
import org.touchstone.store.Ingester;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Bring GDELT 1.0/2.0 event or mention files and ICEWS event files into the store.",
                "Plain, .gz or .zip; the format is detected. Ingesting a file twice adds nothing;",
                "bad lines go to the rejected_rows table with file, line and reason."})
final class IngestCommand implements Callable<Integer> {
    private static final int REJECTIONS_SHOWN = 20;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files to ingest.")
    List<Path> paths;

    @Option(names = "--json", description = "Write the summary as JSON.")
    boolean json;

    record Summary(List<IngestReport> files, long read, long stored, long duplicate, long rejected,
                   List<String> failed) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<IngestReport> reports = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (Store s = store.open()) {
            Ingester ingester = new Ingester(s, new ConsoleProgress(err));
            for (Path path : paths) {
                try {
                    IngestReport report = ingester.ingest(path);
                    reports.add(report);
                    if (!json) {
                        showRejections(s, report, err);
                    }
                } catch (Exception e) {
                    // One unreadable file must not stop the others; what was committed stays.
                    failed.add(path + ": " + Errors.describe(e));
                    err.println("touchstone: " + path + ": " + Errors.describe(e));
                    err.flush();
                }
            }
        }
        IngestReport total = reports.stream().reduce(IngestReport.empty(), IngestReport::plus);
        if (json) {
            Json.print(out, new Summary(reports, total.read(), total.stored(), total.duplicate(), total.rejected(), failed));
        } else {
            out.println("Ingested " + reports.size() + " file(s) into " + store.db + ": " + counts(total)
                    + (failed.isEmpty() ? "" : "; " + failed.size() + " file(s) failed"));
            out.flush();
        }
        return failed.isEmpty() ? 0 : 1;
    }

    static String counts(IngestReport r) {
        return r.read() + " rows read, " + r.stored() + " stored, " + r.duplicate() + " duplicate, "
                + r.rejected() + " rejected";
    }

    /** The first rejected lines of a file, with line and reason, on the error stream. */
    static void showRejections(Store store, IngestReport report, PrintWriter err) throws Exception {
        if (report.rejected() == 0) {
            return;
        }
        try (PreparedStatement st = store.connection().prepareStatement(
                "SELECT r.line, r.reason FROM rejected_rows r JOIN ingested_files f USING (file_id)"
                        + " WHERE f.path = ? ORDER BY r.line LIMIT " + REJECTIONS_SHOWN)) {
            st.setString(1, report.file().toAbsolutePath().normalize().toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    err.println("  rejected " + report.file() + ":" + rs.getLong(1) + ": " + rs.getString(2));
                }
            }
        }
        if (report.rejected() > REJECTIONS_SHOWN) {
            err.println("  ... and " + (report.rejected() - REJECTIONS_SHOWN) + " more (table rejected_rows)");
        }
        err.flush();
    }
}
