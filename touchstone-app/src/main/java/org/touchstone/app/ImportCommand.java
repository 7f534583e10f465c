package org.touchstone.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.touchstone.store.Store;
import org.touchstone.store.StoreTable;
import org.touchstone.store.TableTransfer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load Parquet files named after the store's tables (as 'export' writes them) from DIR."
                + " Rows already in the store are skipped.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Override
    public Integer call() {
        Map<StoreTable, Long> added;
        try (Store s = store.open()) {
            added = new TableTransfer(s).importParquet(dir);
        }
        PrintWriter w = spec.commandLine().getOut();
        added.forEach((table, rows) -> w.println(table.sqlName() + "\t" + rows + " rows added"));
        w.flush();
        return 0;
    }
}
