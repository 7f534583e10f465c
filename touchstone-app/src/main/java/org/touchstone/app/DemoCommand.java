package org.touchstone.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.DyadPeriod;
import org.touchstone.analysis.DyadSeries;
import org.touchstone.analysis.Period;
import org.touchstone.store.IngestReport;
import org.touchstone.store.Ingester;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The main job on a small sample: ingests the project's own sample of China, Russia and",
                "United States events (2019-2024) into a fresh demo store and shows how the three dyads relate."})
final class DemoCommand implements Callable<Integer> {
    private static final String SAMPLE = "demo/demo-events.csv";
    private static final List<String[]> DYADS = List.of(
            new String[] {"CHN", "RUS"}, new String[] {"USA", "CHN"}, new String[] {"USA", "RUS"});

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "demo/touchstone-demo.duckdb",
            description = "Demo store, recreated on every run (default: ${DEFAULT-VALUE}).")
    Path db;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = db.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        Path sample = dir.resolve("demo-events.csv");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
        out.println("Touchstone demo: a fresh store at " + db);
        try (Store store = Store.open(db)) {
            IngestReport report = new Ingester(store, new ConsoleProgress(spec.commandLine().getErr())).ingest(sample);
            out.println("Ingested the project's sample events (" + sample + "): " + IngestCommand.counts(report));
            DyadSeries dyads = new DyadSeries(store);
            for (String[] pair : DYADS) {
                List<DyadPeriod> periods = dyads.run(pair[0], pair[1], DateRange.ALL, Period.YEAR, false);
                out.println();
                out.println(pair[0] + " <-> " + pair[1] + " by year (net cooperation: +1 all cooperation, -1 all conflict)");
                DyadCommand.table(periods).printText(out);
            }
        }
        out.println();
        out.println("Next: ./touchstone dyad USA CHN --db " + db + " --by month --json");
        out.flush();
        return 0;
    }
}
