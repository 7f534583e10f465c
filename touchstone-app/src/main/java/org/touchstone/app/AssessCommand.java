package org.touchstone.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.touchstone.analysis.Partnership;
import org.touchstone.analysis.Period;
import org.touchstone.core.cameo.ActorCodeEntry;
import org.touchstone.core.cameo.ActorCodebook;
import org.touchstone.data.ReadResult;
import org.touchstone.data.cow.NmcReader;
import org.touchstone.data.cow.NmcRecord;
import org.touchstone.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = {"Three readings of a partnership between A and B, with C as the third party: an alliance,",
                "a fragile marriage of convenience, or a community of like-minded views. Each indicator with its",
                "value, interval, trend and evidence, and a summary of what the data supports."})
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Option(names = "--third", required = true, paramLabel = "C", description = "The third party, e.g. USA.")
    String third;

    @Option(names = "--nmc", paramLabel = "FILE",
            description = "COW National Material Capabilities CSV, for the asymmetry of capabilities.")
    Path nmc;

    @Option(names = "--by", paramLabel = "PERIOD", defaultValue = "year",
            description = "Period of the trends (default: ${DEFAULT-VALUE}).")
    String by;

    @Mixin
    RangeOptions dates;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        Map<String, Double> cinc = nmc == null ? Map.of() : latestCinc(nmc, dates.to);
        Partnership.Result r;
        try (Store s = store.open()) {
            r = new Partnership(s).run(a, b, third, dates.range(), Period.parse(by), cinc);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (output.format()) {
            case JSON -> Json.print(out, r);
            case CSV -> indicators(r).printCsv(out);
            case TABLE -> {
                out.println("Three readings of " + r.a() + " and " + r.b() + ", with " + r.c() + " as the third party");
                indicators(r).printText(out);
                out.println();
                out.println(r.summary());
                out.flush();
            }
        }
        return 0;
    }

    /**
     * Each country's CINC in the latest year of the file up to {@code until}, by CAMEO code.
     * Bad lines of the file are skipped here; the polarity question reports them.
     */
    static Map<String, Double> latestCinc(Path file, LocalDate until) throws IOException {
        Map<Integer, NmcRecord> latest = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); NmcReader reader = new NmcReader(in, file.toString())) {
            for (ReadResult<NmcRecord> r; (r = reader.next()) != null; ) {
                if (r instanceof ReadResult.Ok<NmcRecord> ok) {
                    NmcRecord rec = ok.value();
                    if (until != null && rec.year() > until.getYear()) {
                        continue;
                    }
                    latest.merge(rec.ccode(), rec, (x, y) -> x.year() >= y.year() ? x : y);
                }
            }
        }
        Map<String, Double> cinc = new HashMap<>();
        ActorCodebook codes = ActorCodebook.standard();
        latest.forEach((ccode, rec) -> {
            for (ActorCodeEntry country : codes.countriesByCow(ccode)) {
                cinc.putIfAbsent(country.code(), rec.cinc());
            }
        });
        return cinc;
    }

    private static TextTable indicators(Partnership.Result r) {
        TextTable t = new TextTable("reading", "indicator", "value", "low", "high", "trend", "n", "verdict");
        for (Partnership.Indicator i : r.indicators()) {
            t.row(i.reading().name().toLowerCase(java.util.Locale.ROOT), i.name(), i.value(), i.low(), i.high(),
                    i.trend(), i.n(), i.verdict().name().toLowerCase(java.util.Locale.ROOT));
        }
        return t;
    }
}
