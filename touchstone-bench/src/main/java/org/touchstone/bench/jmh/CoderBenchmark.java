package org.touchstone.bench.jmh;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.touchstone.coder.CodedDocument;
import org.touchstone.coder.Coder;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.input.DocumentReader;
import org.touchstone.coder.input.DocumentReaders;
import org.touchstone.coder.input.PetrarchRecord;
import org.touchstone.coder.input.PetrarchRecordReader;
import org.touchstone.coder.input.ReaderOptions;
import org.touchstone.coder.petrarch.DictionaryFormat;
import org.touchstone.coder.petrarch.mapping.PetrarchDictionaries;
import org.touchstone.core.Document;

/**
 * Coder throughput on one thread (one core), end to end from raw text: sentence splitting,
 * tokens, actors, verb patterns, events, statements and dates, as {@code touchstone code} runs them.
 * Each invocation codes 20,000 sentences: the 76 sentences of PETRARCH's GigaWord sample (their
 * text only, each a document, as TABARI and PETRARCH were measured) cycled, or the project's
 * sample news corpus (whole documents, with coreference across sentences) cycled. The
 * {@code sentences} counter is what the coder reports having split and coded, per second.
 *
 * <pre>java -jar touchstone-bench.jar CoderBenchmark -p shared=PATH/TO/shared/data</pre>
 *
 * <p>Ten warm-up iterations: with three, the JIT was still climbing into the first measured ones
 * (session 25 saw warm-up iterations rise 9,000 to 12,100 and a first measured one of 17,500 before
 * settling near 24,000); with five, the compiler threads were still busy (session 34 measured 16 s of
 * their CPU after 20,000 sentences and 25 s after 80,000, and the coding thread's CPU per invocation
 * falling until about 100,000), and the same code gave 12,595 ± 10,210 with five against 18,879 ± 2,855
 * with ten, so the mean said more about warm-up than about the code.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class CoderBenchmark {
    static final int SENTENCES_PER_INVOCATION = 20_000;

    /** {@code project}: the project's own dictionaries; {@code phoenix}: PETRARCH-2's full Phoenix set. */
    @Param({"project", "phoenix"})
    public String dictionaries;

    /** {@code gigaword}: PETRARCH's 76 sample sentences; {@code corpus}: the project's sample news. */
    @Param({"gigaword", "corpus"})
    public String input;

    @Param({"../shared/data"})
    public String shared;

    private Coder coder;
    private List<Document> documents;

    /** Sentences and documents coded, reported by JMH as rates. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Coded {
        public long sentences;
        public long documents;

        @Setup(Level.Iteration)
        public void reset() {
            sentences = 0;
            documents = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        long start = System.nanoTime();
        Dictionaries loaded = dictionaries.equals("project") ? Dictionaries.builtIn()
                : PetrarchDictionaries.load(Path.of(shared, "petrarch2", "dictionaries"), DictionaryFormat.PETRARCH2);
        coder = new Coder(loaded);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%n%s dictionaries loaded in %.2f s; heap in use after a collection %,d MB%n",
                dictionaries, seconds, (rt.totalMemory() - rt.freeMemory()) >> 20);
        documents = cycle(input.equals("gigaword") ? gigawordSentences() : sampleCorpus());
    }

    /** Documents repeated in order until they hold {@link #SENTENCES_PER_INVOCATION} sentences (the last may overshoot). */
    private List<Document> cycle(List<Document> source) {
        List<Document> out = new ArrayList<>();
        long sentences = 0;
        for (int i = 0; sentences < SENTENCES_PER_INVOCATION; i++) {
            Document d = source.get(i % source.size());
            sentences += coder.code(d).sentences();
            out.add(new Document(d.id() + "#" + i, d.date(), d.provider(), d.providerCountry(), d.url(), d.title(),
                    d.text(), d.venue()));
        }
        System.out.printf("%s: %,d documents, %,d sentences per invocation%n", input, out.size(), sentences);
        return out;
    }

    private List<Document> gigawordSentences() {
        List<Document> out = new ArrayList<>();
        Path file = Path.of(shared, "petrarch2", "GigaWord.sample.PETR.xml");
        for (PetrarchRecord r : PetrarchRecordReader.readAll(file, problem -> {
            throw new IllegalStateException(file + ": " + problem);
        })) {
            out.add(new Document(r.id(), r.date(), null, null, null, null, r.text(), null));
        }
        return out;
    }

    private static List<Document> sampleCorpus() {
        String name = "/org/touchstone/coder/corpus/sample-news.jsonl";
        InputStream in = Coder.class.getResourceAsStream(name);
        try (DocumentReader reader = DocumentReaders.open(in, name, ReaderOptions.defaults().withDate(LocalDate.of(2020, 1, 1)),
                problem -> {
                    throw new IllegalStateException(problem.toString());
                })) {
            return reader.stream().toList();
        }
    }

    @Benchmark
    public void code(Coded coded, Blackhole sink) {
        for (Document d : documents) {
            CodedDocument result = coder.code(d);
            coded.sentences += result.sentences();
            coded.documents++;
            sink.consume(result);
        }
    }
}
