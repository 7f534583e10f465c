package org.touchstone.app;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.touchstone.data.fetch.FetchListener;
import org.touchstone.data.fetch.FetchResult;
import org.touchstone.data.fetch.GdeltFetcher;
import org.touchstone.data.fetch.GdeltFile;
import org.touchstone.data.fetch.GdeltFileKind;
import org.touchstone.data.fetch.GdeltSelection;
import org.touchstone.data.fetch.GdeltVersion;
import org.touchstone.data.fetch.RetryPolicy;
import org.touchstone.store.IngestReport;
import org.touchstone.store.Ingester;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "gdelt", mixinStandardHelpOptions = true, description = "Work with GDELT's published files.",
        subcommands = GdeltCommand.Fetch.class)
final class GdeltCommand {

    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = {"Download GDELT files for a range of days from GDELT's master file list, verify each",
                    "file's size and MD5, resume interrupted downloads, retry with back-off, then ingest them."})
    static final class Fetch implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOptions store;

        @Option(names = "--from", required = true, paramLabel = "DATE", converter = DateOption.class)
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "DATE", converter = DateOption.class)
        LocalDate to;

        @Option(names = "--version", defaultValue = "2", description = "1 or 2 (default: ${DEFAULT-VALUE}).")
        int version;

        @Option(names = "--kind", defaultValue = "events", description = "events or mentions (default: ${DEFAULT-VALUE}).")
        String kind;

        @Option(names = "--base-url", paramLabel = "URL", description = "Site root (default: " + "http://data.gdeltproject.org/" + ").")
        URI baseUrl = GdeltFetcher.DEFAULT_BASE_URL;

        @Option(names = "--dir", paramLabel = "DIR", defaultValue = "gdelt-files",
                description = "Where downloaded files are kept (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--no-ingest", description = "Only download and verify.")
        boolean noIngest;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            GdeltSelection selection = new GdeltSelection(GdeltVersion.of(version), GdeltFileKind.of(kind), from, to);
            FetchResult result = new GdeltFetcher(RetryPolicy.DEFAULT).fetch(selection, baseUrl, dir, new LogListener(err));
            result.listProblems().forEach(p -> err.println("  master list: " + p));
            result.failed().forEach(f -> err.println("  failed " + f.file().fileName() + ": " + f.reason()));
            out.println("Fetched " + result.downloaded().size() + " file(s), " + result.skipped().size()
                    + " already present, " + result.failed().size() + " failed, into " + dir);
            if (!noIngest && !result.verifiedPaths().isEmpty()) {
                List<IngestReport> reports = new ArrayList<>();
                try (Store s = store.open()) {
                    Ingester ingester = new Ingester(s, new ConsoleProgress(err));
                    for (Path path : result.verifiedPaths()) {
                        reports.add(ingester.ingest(path));
                    }
                }
                IngestReport total = reports.stream().reduce(IngestReport.empty(), IngestReport::plus);
                out.println("Ingested " + reports.size() + " file(s) into " + store.db + ": " + IngestCommand.counts(total));
            }
            out.flush();
            err.flush();
            return result.complete() ? 0 : 1;
        }
    }

    /** One log line per file event; downloads are few and large, so lines read better than a bar. */
    private record LogListener(PrintWriter log) implements FetchListener {
        @Override
        public void runStarted(int files, long totalBytes) {
            log.println("fetching " + files + " file(s), " + totalBytes + " bytes");
            log.flush();
        }

        @Override
        public void fileStarted(GdeltFile file, long bytesOnDisk) {
            log.println("  " + file.fileName() + (bytesOnDisk > 0 ? " (resuming at " + bytesOnDisk + " bytes)" : ""));
            log.flush();
        }

        @Override
        public void fileRetrying(GdeltFile file, int nextAttempt, String reason, Duration delay) {
            log.println("  " + file.fileName() + ": " + reason + "; attempt " + nextAttempt + " in " + delay.toSeconds() + " s");
            log.flush();
        }

        @Override
        public void fileDone(GdeltFile file, Path path, boolean alreadyPresent) {
            log.println("  " + file.fileName() + (alreadyPresent ? ": already present and verified" : ": verified"));
            log.flush();
        }
    }
}
