package org.touchstone.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.touchstone.analysis.AffinityMeasure;
import org.touchstone.analysis.AffinityRequest;
import org.touchstone.analysis.AffinityResult;
import org.touchstone.analysis.AffinityScores;
import org.touchstone.analysis.AffinityValue;
import org.touchstone.analysis.Audiences;
import org.touchstone.analysis.DateRange;
import org.touchstone.analysis.DyadPeriod;
import org.touchstone.analysis.DyadSeries;
import org.touchstone.analysis.LikeMindedness;
import org.touchstone.analysis.Partnership;
import org.touchstone.analysis.Period;
import org.touchstone.analysis.PolarityOptions;
import org.touchstone.analysis.PolarityResult;
import org.touchstone.analysis.PolaritySources;
import org.touchstone.analysis.PolarityStudy;
import org.touchstone.analysis.Providers;
import org.touchstone.analysis.Restraint;
import org.touchstone.analysis.SayDo;
import org.touchstone.app.report.ReportRequest;
import org.touchstone.app.report.ReportWriter;
import org.touchstone.coder.CodedDocument;
import org.touchstone.coder.Coder;
import org.touchstone.coder.input.DocumentReader;
import org.touchstone.coder.input.DocumentReaders;
import org.touchstone.coder.input.ReaderOptions;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.Statement;
import org.touchstone.store.EventWriter;
import org.touchstone.store.IngestListener;
import org.touchstone.store.IngestReport;
import org.touchstone.store.Ingester;
import org.touchstone.store.Store;
import org.touchstone.store.UnVotesLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The main job on the project's own samples: ingests its sample events, codes its sample news",
                "corpus (127 documents about China, Russia and the United States, 2019-2024) into a fresh demo store,",
                "asks every question of the three, and writes the report. With the public data beside the project",
                "(../shared/data) it also ingests UN votes and shows affinity and polarity."})
final class DemoCommand implements Callable<Integer> {
    private static final String SAMPLE_EVENTS = "demo/demo-events.csv";
    private static final String SAMPLE_CORPUS = "/org/touchstone/coder/corpus/sample-news.jsonl";
    private static final List<String> ACTORS = List.of("CHN", "RUS", "USA");

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "demo/touchstone-demo.duckdb",
            description = "Demo store, recreated on every run (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared/data",
            description = "Public data (unvotes/, cow/, ucdp/) for affinity and polarity, if present (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--report", paramLabel = "DIR", description = "Where the report goes (default: report/ beside the store).")
    Path reportDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = db.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        out.println("Touchstone demo: a fresh store at " + db);
        try (Store store = Store.open(db)) {
            ingestSampleEvents(store, dir, out);
            codeSampleCorpus(store, dir, out);
            boolean votes = ingestUnVotes(store, out);
            questions(store, out, votes);
            Path index = new ReportWriter(store).write(new ReportRequest(ACTORS, DateRange.ALL, null, polaritySources()),
                    reportDir != null ? reportDir : dir.resolve("report"));
            out.println();
            out.println("Report: " + index);
        }
        out.println("Next: ./touchstone audience CHN USA --db " + db + "   or   ./touchstone serve --db " + db);
        out.flush();
        return 0;
    }

    private void ingestSampleEvents(Store store, Path dir, PrintWriter out) throws IOException {
        Path sample = dir.resolve("demo-events.csv");
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_EVENTS)) {
            Files.copy(in, sample, StandardCopyOption.REPLACE_EXISTING);
        }
        IngestReport report = new Ingester(store, IngestListener.SILENT).ingest(sample);
        out.println("Ingested the project's sample events: " + IngestCommand.counts(report));
    }

    private void codeSampleCorpus(Store store, Path dir, PrintWriter out) throws IOException {
        Path corpus = dir.resolve("sample-news.jsonl");
        try (InputStream in = Coder.class.getResourceAsStream(SAMPLE_CORPUS)) {
            Files.copy(in, corpus, StandardCopyOption.REPLACE_EXISTING);
        }
        Coder coder = new Coder();
        List<Document> documents = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        int sentences = 0;
        try (DocumentReader reader = DocumentReaders.open(corpus, ReaderOptions.defaults(),
                problem -> spec.commandLine().getErr().println("  skipped " + problem))) {
            for (Document doc; (doc = reader.next()) != null; ) {
                CodedDocument coded = coder.code(doc);
                documents.add(doc);
                events.addAll(coded.events());
                statements.addAll(coded.statements());
                sentences += coded.sentences();
            }
        }
        EventWriter.Added added = new EventWriter(store).add(documents, events, statements);
        out.println("Coded the project's sample news corpus: " + added.documents() + " documents, " + sentences
                + " sentences, " + added.events() + " events, " + added.statements() + " statements");
    }

    private boolean ingestUnVotes(Store store, PrintWriter out) throws IOException {
        Path votes = shared.resolve("unvotes");
        if (!Files.isDirectory(votes)) {
            out.println("No UN votes at " + votes + ": affinity is left out (give --shared DIR).");
            return false;
        }
        var report = new UnVotesLoader(store, IngestListener.SILENT).load(votes);
        long stored = report.files().stream().mapToLong(IngestReport::stored).sum();
        out.println("Ingested UN General Assembly votes from " + votes + ": " + stored + " rows");
        return true;
    }

    private PolaritySources polaritySources() {
        Path nmc = shared.resolve("cow/NMC-60-abridged.csv");
        Path majors = shared.resolve("cow/cow_majors.csv");
        Path mids = shared.resolve("cow/cow_mid5_disps_peacesciencer.csv");
        Path ucdp = shared.resolve("ucdp/ucdp_acd_peacesciencer.csv");
        if (!Files.isRegularFile(nmc) || !Files.isRegularFile(majors) || !Files.isRegularFile(mids)) {
            return null;
        }
        return new PolaritySources(nmc, majors, mids, Files.isRegularFile(ucdp) ? ucdp : null);
    }

    private void questions(Store store, PrintWriter out, boolean votes) {
        DyadSeries dyads = new DyadSeries(store);
        List<String[]> pairs = List.of(new String[] {"CHN", "RUS"}, new String[] {"USA", "CHN"}, new String[] {"USA", "RUS"});
        for (String[] pair : pairs) {
            List<DyadPeriod> periods = dyads.run(pair[0], pair[1], DateRange.ALL, Period.YEAR, false);
            out.println();
            out.println(pair[0] + " <-> " + pair[1] + " by year (net cooperation: +1 all cooperation, -1 all conflict)");
            DyadCommand.table(periods).printText(out);
        }

        out.println();
        out.println("Words against deeds (mean Goldstein of words minus that of deeds, all years):");
        for (String a : ACTORS) {
            for (String b : ACTORS) {
                if (!a.equals(b)) {
                    SayDo.Result r = new SayDo(store).run(a, b, DateRange.ALL, Period.YEAR, SayDo.DEFAULT_DAYS);
                    SayDo.FollowThrough f = r.followThrough();
                    out.printf(Locale.ROOT, "  %s toward %s: %d periods; intents followed %d of %d, threats carried out %d of %d%n",
                            a, b, r.periods().size(), f.intentsFollowed(), f.intents(), f.threatsFollowed(), f.threats());
                }
            }
        }

        out.println();
        out.println("Audiences: praise to a partner and criticism of it elsewhere, within 30 days");
        for (String a : ACTORS) {
            for (String b : ACTORS) {
                if (a.equals(b)) {
                    continue;
                }
                Audiences.Result r = new Audiences(store).run(a, b, DateRange.ALL, Audiences.DEFAULT_DAYS);
                out.println("  " + a + " about " + b + ": " + r.statements().size() + " statements, "
                        + r.episodes().size() + " episode(s)");
                if (!r.episodes().isEmpty()) {
                    Audiences.Episode e = r.episodes().get(0);
                    out.println("    " + AudienceCommand.describe(e.first()));
                    out.println("    " + AudienceCommand.describe(e.second()));
                }
            }
        }

        out.println();
        out.println("Restraint: share of critical statements that only allude to their target");
        for (String a : ACTORS) {
            Restraint.Result r = new Restraint(store).run(a, DateRange.ALL, Period.YEAR);
            long critical = r.periods().stream().mapToLong(Restraint.Share::critical).sum();
            long alluded = r.periods().stream().mapToLong(Restraint.Share::alluded).sum();
            out.printf(Locale.ROOT, "  %s: %d critical, %d alluded%s%n", a, critical, alluded,
                    critical == 0 ? "" : String.format(Locale.ROOT, " (%.0f%%)", 100.0 * alluded / critical));
        }

        out.println();
        out.println("Like-mindedness from words and the three readings of each partnership:");
        for (int i = 0; i < ACTORS.size(); i++) {
            for (int j = i + 1; j < ACTORS.size(); j++) {
                String a = ACTORS.get(i);
                String b = ACTORS.get(j);
                String c = ACTORS.stream().filter(x -> !x.equals(a) && !x.equals(b)).findFirst().orElseThrow();
                LikeMindedness.Similarity s = new LikeMindedness(store).run(a, b, DateRange.ALL, null, Set.of(), 2).overall();
                out.println("  " + a + "-" + b + ": " + s.thirds() + " third parties compared, Pearson "
                        + TextTable.number(s.pearson()) + ", sign S " + TextTable.number(s.signS()));
                Partnership.Result p = new Partnership(store).run(a, b, c, DateRange.ALL, Period.YEAR, java.util.Map.of());
                out.println("    " + p.summary());
            }
        }

        out.println();
        Providers.Result providers = new Providers(store).run(ACTORS, DateRange.ALL);
        out.println("Providers: " + providers.volume().size() + " providers, " + providers.clusters() + " event clusters, "
                + providers.blindSpots().size() + " blind spots, " + providers.divergences().size()
                + " framing divergences");
        providers.overlap().stream().limit(3).forEach(o -> out.printf(Locale.ROOT,
                "  %s and %s share %d clusters (Jaccard %.2f)%n", o.providerA(), o.providerB(), o.shared(), o.jaccard()));

        if (votes) {
            AffinityResult affinity = new AffinityScores(store).matrix(List.of("USA", "CHN", "RUS", "GBR", "FRA"),
                    new AffinityRequest(2019, 2019, true, null, List.of(AffinityMeasure.AGREE)));
            out.println();
            out.println("UN General Assembly, 2019: share of identical votes");
            Set<String> shown = new java.util.HashSet<>();
            for (AffinityValue v : affinity.values()) {
                if (v.value() != null && shown.add(v.b() + "-" + v.a()) && !shown.contains(v.a() + "-" + v.b())) {
                    shown.add(v.a() + "-" + v.b());
                    out.printf(Locale.ROOT, "  %s-%s %.2f (%d roll calls)%n", v.a(), v.b(), v.value(), v.votes());
                }
            }
        }
        PolaritySources sources = polaritySources();
        if (sources != null) {
            PolarityResult polarity = PolarityStudy.run(sources, PolarityOptions.defaults());
            out.println();
            out.println("Polarity and conflict: " + polarity.statement());
        }
    }
}
