package org.touchstone.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.touchstone.store.Store;
import org.touchstone.store.TableTransfer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every table of the store to DIR, one file per table named after it (events.csv, ...).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write to.")
    Path out;

    @Override
    public Integer call() {
        TableTransfer.Format f = TableTransfer.Format.parse(format);
        Map<Path, Long> written;
        try (Store s = store.open()) {
            written = new TableTransfer(s).export(out, f);
        }
        PrintWriter w = spec.commandLine().getOut();
        written.forEach((file, rows) -> w.println(file + "\t" + rows + " rows"));
        w.flush();
        return 0;
    }
}
