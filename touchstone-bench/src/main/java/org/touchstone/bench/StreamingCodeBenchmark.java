package org.touchstone.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coding a large JSONL corpus streams: {@code touchstone code FILE --json} in a child JVM held to a
 * 512 MB heap, on the sample corpus repeated with fresh ids to the size asked for (1 GB by
 * default). Reports the documents, sentences and records, the time, and the peak heap in use (from
 * the GC log) and resident memory; a run that needed the whole corpus in memory would die of
 * OutOfMemoryError instead.
 *
 * <pre>java -cp touchstone-bench.jar org.touchstone.bench.StreamingCodeBenchmark APP_JAR SAMPLE_CORPUS MEGABYTES WORKDIR</pre>
 */
public final class StreamingCodeBenchmark {
    private static final String HEAP = "-Xmx512m";
    private static final Pattern SUMMARY = Pattern.compile("Coded ([\\d,]+) document\\(s\\), ([\\d,]+) sentence\\(s\\)");

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: StreamingCodeBenchmark APP_JAR SAMPLE_CORPUS MEGABYTES WORKDIR");
            System.exit(2);
        }
        Path appJar = Path.of(args[0]);
        Path sample = Path.of(args[1]);
        long bytes = Long.parseLong(args[2]) << 20;
        Path work = Files.createDirectories(Path.of(args[3]));
        int copies = (int) ((bytes + Files.size(sample) - 1) / Files.size(sample));
        long written = SparkBenchmark.writeCorpus(sample, copies, 1, work.resolve("corpus"));
        Path corpus = work.resolve("corpus/part-000.jsonl");
        System.out.println(Machine.describe());
        System.out.printf(Locale.ROOT, "corpus: %,d documents, %,d bytes; child JVM %s%n", written, Files.size(corpus), HEAP);

        Path gcLog = work.resolve("gc.log");
        Path errors = work.resolve("stderr.txt");
        Process process = new ProcessBuilder(List.of("java", HEAP, "-XX:+UseG1GC", "-Xlog:gc:file=" + gcLog,
                "-jar", appJar.toString(), "code", corpus.toString(), "--json"))
                .redirectError(errors.toFile()).start();
        long start = System.nanoTime();
        AtomicLong records = new AtomicLong();
        AtomicLong outputBytes = new AtomicLong();
        Thread drain = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    records.incrementAndGet();
                    outputBytes.addAndGet(line.length() + 1);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        drain.start();
        long peakRssKb = 0;
        long nextReport = System.nanoTime() + 60_000_000_000L;
        while (process.isAlive()) {
            peakRssKb = Math.max(peakRssKb, Machine.peakResidentKb(process.pid()));
            if (System.nanoTime() > nextReport) {
                System.out.printf(Locale.ROOT, "  %.0f s: %,d records written%n", (System.nanoTime() - start) / 1e9, records.get());
                nextReport += 60_000_000_000L;
            }
            Thread.sleep(200);
        }
        drain.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        int exit = process.exitValue();
        String stderr = Files.readString(errors, StandardCharsets.UTF_8);
        Matcher summary = SUMMARY.matcher(stderr);
        if (exit != 0 || !summary.find()) {
            System.out.println("code failed, exit " + exit + ":\n" + stderr.lines().limit(40).reduce("", (a, b) -> a + b + "\n"));
            System.exit(1);
        }
        long documents = Long.parseLong(summary.group(1).replace(",", ""));
        long sentences = Long.parseLong(summary.group(2).replace(",", ""));
        System.out.printf(Locale.ROOT, "exit %d in %.1f s: %,d documents, %,d sentences (%,.0f sentences/s), %,d records"
                        + " (%,d bytes) written%n", exit, seconds, documents, sentences, sentences / seconds,
                records.get(), outputBytes.get());
        System.out.printf(Locale.ROOT, "peak heap in use %,d MB of %s; peak resident memory %,d MB%n",
                Machine.peakHeapBeforeCollectionMb(gcLog), HEAP, peakRssKb >> 10);
    }
}
