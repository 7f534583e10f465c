package org.touchstone.app;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

import org.touchstone.analysis.StoreStats;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "What the store holds: rows by table and dataset, the date range, the top dyads.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--top", defaultValue = "10", description = "How many dyads to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        StoreStats.Summary summary;
        try (Store s = store.open()) {
            summary = new StoreStats(s).run(top);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> Json.print(out, summary);
            case CSV -> datasets(summary).printCsv(out);
            case TABLE -> {
                out.println("Store " + store.db.toAbsolutePath());
                TextTable tables = new TextTable("table", "rows");
                for (Map.Entry<String, Long> e : summary.tables().entrySet()) {
                    tables.row(e.getKey(), e.getValue());
                }
                tables.printText(out);
                out.println();
                if (summary.datasets().isEmpty()) {
                    out.println("No events yet: try 'touchstone ingest FILE' or 'touchstone demo'.");
                } else {
                    out.println("Events from " + summary.firstDate() + " to " + summary.lastDate());
                    datasets(summary).printText(out);
                    out.println();
                    out.println("Top dyads (source country -> target country)");
                    TextTable dyads = new TextTable("source_country", "target_country", "events", "goldstein_mean");
                    summary.topDyads().forEach(d -> dyads.row(d.sourceCountry(), d.targetCountry(), d.events(),
                            d.goldsteinMean()));
                    dyads.printText(out);
                }
                out.flush();
            }
        }
        return 0;
    }

    private static TextTable datasets(StoreStats.Summary summary) {
        TextTable t = new TextTable("dataset", "events", "first_date", "last_date");
        summary.datasets().forEach(d -> t.row(d.dataset(), d.events(), d.firstDate(), d.lastDate()));
        return t;
    }
}
