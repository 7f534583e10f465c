package org.touchstone.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coder throughput on Spark: {@code CodeCorpusJob} run through Spark's own {@code SparkSubmit},
 * each run in a fresh JVM, on the sample corpus repeated with fresh document ids and spread over
 * several JSONL files, in three set-ups: local[1] on one CPU (the process pinned with taskset),
 * local[1] free to use both CPUs (its JIT compiler and garbage collector then work on the second
 * one), and local[2] on both. Reports sentences and documents per second (the job's own time, JVM
 * and session start-up excluded), the peak heap in use (the largest heap before a collection, from
 * the GC log) and the peak resident memory of the process (VmHWM), best of the rounds for speed.
 * This module does not link Spark: the jobs run in child processes on the classpath that
 * bench/spark.sh resolves.
 *
 * <pre>
 * java -cp touchstone-bench.jar org.touchstone.bench.SparkBenchmark \
 *     JOB_JAR SPARK_CLASSPATH SAMPLE_CORPUS COPIES FILES WORKDIR [ROUNDS]
 * </pre>
 */
public final class SparkBenchmark {
    /** What spark-submit adds to the JVM on Java 17 (Spark's launcher JavaModuleOptions). */
    private static final List<String> SPARK_JAVA_OPTIONS = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "--add-modules=jdk.incubator.vector",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
            "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");
    private static final String HEAP = "-Xmx2g";
    /** The same collector in every set-up: on one CPU the JVM would otherwise pick the serial one. */
    private static final String COLLECTOR = "-XX:+UseG1GC";
    private static final Pattern JOB_LINE = Pattern.compile(
            "code corpus: ([\\d,]+) document\\(s\\), ([\\d,]+) sentence\\(s\\).*\\(([\\d.]+) s\\)");
    private static final Pattern DOCUMENT_ID = Pattern.compile("\"id\": \"([^\"]+)\"");

    /** How a run is set up: Spark's local[threads], on how many CPUs the process may use. */
    enum Setup {
        ONE_THREAD_ONE_CPU(1, 1), ONE_THREAD_TWO_CPUS(1, 2), TWO_THREADS_TWO_CPUS(2, 2);

        final int threads;
        final int cpus;

        Setup(int threads, int cpus) {
            this.threads = threads;
            this.cpus = cpus;
        }

        @Override
        public String toString() {
            return "local[" + threads + "] on " + cpus + " CPU" + (cpus > 1 ? "s" : "");
        }
    }

    /** One run of the job. */
    record Run(Setup setup, long documents, long sentences, double jobSeconds, double processSeconds,
               long peakHeapMb, long peakRssMb, String loadBefore, String loadAfter) {
        double sentencesPerSecond() {
            return sentences / jobSeconds;
        }

        double documentsPerSecond() {
            return documents / jobSeconds;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 6) {
            System.err.println(
                    "usage: SparkBenchmark JOB_JAR SPARK_CLASSPATH SAMPLE_CORPUS COPIES FILES WORKDIR [ROUNDS]");
            System.exit(2);
        }
        Path jobJar = Path.of(args[0]);
        String sparkClasspath = args[1];
        Path sample = Path.of(args[2]);
        int copies = Integer.parseInt(args[3]);
        int files = Integer.parseInt(args[4]);
        Path work = Path.of(args[5]);
        int rounds = args.length > 6 ? Integer.parseInt(args[6]) : 2;

        Path corpus = work.resolve("corpus");
        long documents = writeCorpus(sample, copies, files, corpus);
        System.out.printf(Locale.ROOT, "corpus: %,d documents in %d JSONL files (%,d bytes)%n", documents, files,
                directorySize(corpus));
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s; each run a fresh JVM with %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), HEAP);

        Map<Setup, Run> best = new EnumMap<>(Setup.class);
        for (int round = 1; round <= rounds; round++) {
            for (Setup setup : Setup.values()) {
                Run run = runJob(jobJar, sparkClasspath, corpus, work, setup, round);
                System.out.printf(Locale.ROOT, "round %d %s: %,.0f sentences/s, %,.0f documents/s"
                                + " (%,d sentences in %.1f s; process %.1f s), peak heap %,d MB, peak RSS %,d MB;"
                                + " load average %s -> %s%n",
                        round, setup, run.sentencesPerSecond(), run.documentsPerSecond(), run.sentences(),
                        run.jobSeconds(), run.processSeconds(), run.peakHeapMb(), run.peakRssMb(), run.loadBefore(),
                        run.loadAfter());
                best.merge(setup, run, (a, b) -> a.jobSeconds() <= b.jobSeconds() ? a : b);
            }
        }
        Run two = best.get(Setup.TWO_THREADS_TWO_CPUS);
        for (Setup setup : Setup.values()) {
            Run run = best.get(setup);
            System.out.printf(Locale.ROOT, "best %s: %,.0f sentences/s, %,.0f documents/s, peak heap %,d MB,"
                            + " peak RSS %,d MB%s%n", setup, run.sentencesPerSecond(), run.documentsPerSecond(),
                    run.peakHeapMb(), run.peakRssMb(), run == two ? ""
                            : String.format(Locale.ROOT, "; local[2] on 2 CPUs is %.2fx this",
                                    two.sentencesPerSecond() / run.sentencesPerSecond()));
        }
    }

    /**
     * The sample corpus {@code copies} times, each copy with fresh ids ("sn-001-c7"), its documents
     * dealt in turn to {@code files} files. Returns the number of documents.
     */
    static long writeCorpus(Path sample, int copies, int files, Path corpus) throws IOException {
        List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        Files.createDirectories(corpus);
        List<BufferedWriter> outs = new ArrayList<>();
        try {
            for (int f = 0; f < files; f++) {
                outs.add(Files.newBufferedWriter(corpus.resolve(String.format(Locale.ROOT, "part-%03d.jsonl", f)),
                        StandardCharsets.UTF_8));
            }
            long n = 0;
            for (int copy = 0; copy < copies; copy++) {
                for (String line : lines) {
                    Matcher id = DOCUMENT_ID.matcher(line);
                    if (!id.find()) {
                        throw new IllegalStateException("a sample line without an id: " + line);
                    }
                    String renamed = line.substring(0, id.start()) + "\"id\": \"" + id.group(1) + "-c" + copy + "\""
                            + line.substring(id.end());
                    BufferedWriter out = outs.get((int) (n++ % files));
                    out.write(renamed);
                    out.write('\n');
                }
            }
            return n;
        } finally {
            for (BufferedWriter out : outs) {
                out.close();
            }
        }
    }

    /** Runs the job in a fresh JVM through SparkSubmit, as spark-submit would. */
    static Run runJob(Path jobJar, String sparkClasspath, Path corpus, Path work, Setup setup, int round)
            throws IOException, InterruptedException {
        String name = setup.name().toLowerCase(Locale.ROOT) + "-" + round;
        Path out = work.resolve("out-" + name);
        Path gcLog = work.resolve("gc-" + name + ".log");
        Path stdout = work.resolve("job-" + name + ".out");
        List<String> command = new ArrayList<>();
        if (setup.cpus == 1) {
            command.addAll(List.of("taskset", "--cpu-list", "0"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(SPARK_JAVA_OPTIONS);
        command.addAll(List.of(HEAP, COLLECTOR, "-Xlog:gc:file=" + gcLog, "-cp", sparkClasspath,
                "org.apache.spark.deploy.SparkSubmit",
                "--master", "local[" + setup.threads + "]",
                "--conf", "spark.ui.enabled=false",
                "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.driver.host=127.0.0.1",
                "--class", "org.touchstone.spark.CodeCorpusJob",
                jobJar.toString(), corpus.toString(), "--out", out.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(stdout.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        String loadBefore = loadAverage();
        long start = System.nanoTime();
        Process process = builder.start();
        long peakRssKb = 0;
        while (process.isAlive()) {
            peakRssKb = Math.max(peakRssKb, Machine.peakResidentKb(process.pid()));
            Thread.sleep(100);
        }
        double processSeconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(stdout, StandardCharsets.UTF_8);
        Matcher line = JOB_LINE.matcher(output);
        if (process.exitValue() != 0 || !line.find()) {
            throw new IllegalStateException("the job failed (exit " + process.exitValue() + "); its output:\n"
                    + output);
        }
        return new Run(setup, parseLong(line.group(1)), parseLong(line.group(2)), Double.parseDouble(line.group(3)),
                processSeconds, Machine.peakHeapBeforeCollectionMb(gcLog), peakRssKb / 1024, loadBefore, loadAverage());
    }

    /**
     * The one-minute load average: other work on the machine takes cores from the runs, and from
     * local[2] more than from local[1].
     */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }


    private static long parseLong(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }

    private static long directorySize(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
