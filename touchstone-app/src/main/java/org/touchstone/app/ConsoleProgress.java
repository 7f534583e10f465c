package org.touchstone.app;

import java.io.PrintWriter;
import java.nio.file.Path;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.touchstone.store.IngestListener;
import org.touchstone.store.IngestReport;

/**
 * Shows ingest progress: a progress bar on a terminal, plain log lines otherwise (CI logs, pipes,
 * the kill -9 test, which waits for the first progress line).
 */
final class ConsoleProgress implements IngestListener {
    private final PrintWriter log;
    private final boolean terminal;
    private ProgressBar bar;

    ConsoleProgress(PrintWriter log) {
        this.log = log;
        this.terminal = System.console() != null;
    }

    @Override
    public void fileStarted(Path file, String format, long bytes) {
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(file.getFileName().toString())
                    .setInitialMax(Math.max(bytes, 1)).setUnit("MB", 1 << 20)
                    .setStyle(ProgressBarStyle.ASCII).build();
        } else {
            log.println("ingesting " + file + " (" + format + ", " + bytes + " bytes)");
            log.flush();
        }
    }

    @Override
    public void progress(Path file, long bytesDone, long linesRead) {
        if (bar != null) {
            bar.stepTo(bytesDone);
        } else {
            log.println("  " + file.getFileName() + ": " + linesRead + " lines, " + bytesDone + " bytes read");
            log.flush();
        }
    }

    @Override
    public void fileFinished(IngestReport report) {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
            bar = null;
        }
        if (report.alreadyIngested()) {
            log.println("  " + report.file().getFileName() + ": already ingested (same checksum), nothing to add");
        } else {
            log.println("  " + report.file().getFileName() + ": " + IngestCommand.counts(report));
            report.unmappedNames().forEach((name, count) ->
                    log.println("  kept by name, no code maps it: " + name + " (" + count + " times)"));
        }
        log.flush();
    }
}
