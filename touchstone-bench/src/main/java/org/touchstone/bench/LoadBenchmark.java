package org.touchstone.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.touchstone.analysis.StoreStats;
import org.touchstone.store.IngestListener;
import org.touchstone.store.IngestReport;
import org.touchstone.store.Ingester;
import org.touchstone.store.Store;
import org.touchstone.testing.GdeltCopies;

/**
 * Load on {@code touchstone serve}: a store of the shared GDELT 2.0 export repeated to a million
 * events, the server started as its own process, and CLIENTS threads asking a mix of questions as
 * fast as answers come: WARMUP seconds that are not counted (the JIT compiles, the popular answers
 * are computed once), then SECONDS seconds measured. Reports, per route, the requests, errors, p50
 * and p99 latency, and how many answers the server computed in the measured time (cache misses)
 * rather than found, with their own p99.
 *
 * <pre>java -cp touchstone-bench.jar org.touchstone.bench.LoadBenchmark SHARED_GDELT2_FILE COPIES WORKDIR
 *     TOUCHSTONE_CLASSPATH [CLIENTS] [SECONDS] [WARMUP]</pre>
 */
public final class LoadBenchmark {
    private static final Pattern LISTENING = Pattern.compile("at (http://[^ ]+/) \\(dashboard\\)");
    private static final String[] UNITS = {"day", "week", "month"};

    /** One request's route, latency, status and whether the server found its answer in its cache. */
    private record Sample(String route, long nanos, int status, boolean computed) {
    }

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: LoadBenchmark SHARED_GDELT2_FILE COPIES WORKDIR TOUCHSTONE_CLASSPATH [CLIENTS] [SECONDS]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        int copies = Integer.parseInt(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        String classpath = args[3];
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 20;

        Path file = work.resolve("20191024143000.export.CSV");
        Path db = work.resolve("load.duckdb");
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        long rows = GdeltCopies.repeat(source, copies, file);
        List<String[]> dyads = new ArrayList<>();
        long start = System.nanoTime();
        try (Store store = Store.open(db)) {
            IngestReport report = new Ingester(store, IngestListener.SILENT).ingest(file);
            if (report.stored() != rows) {
                throw new IllegalStateException("ingest stored " + report.stored() + " of " + rows + " rows");
            }
            new StoreStats(store).run(20).topDyads().forEach(d -> dyads.add(new String[] {d.sourceCountry(),
                    d.targetCountry()}));
        }
        System.out.printf(Locale.ROOT, "store: %,d GDELT 2.0 events (%d copies of %s), ingested in %.0f s%n", rows,
                copies, source.getFileName(), (System.nanoTime() - start) / 1e9);
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s; server: -Xmx1g, default connections and cache%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));

        Process server = new ProcessBuilder("java", "-Xmx1g", "-cp", classpath, "org.touchstone.app.Main", "serve",
                "--db", db.toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            URI base = listening(server);
            System.out.printf(Locale.ROOT, "warm-up: %d clients for %d s, not counted%n", clients, warmup);
            run(base, dyads, clients, warmup);
            List<Sample> samples = run(base, dyads, clients, seconds);
            report(samples, clients, seconds);
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** Reads the server's first line for the address it listens on. */
    private static URI listening(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                // keep draining the server's output so that it never blocks on a full pipe
                CompletableFuture.runAsync(() -> out.lines().forEach(l -> { }));
                return URI.create(m.group(1));
            }
            System.out.println("server: " + line);
        }
        throw new IllegalStateException("the server stopped before it listened");
    }

    private static List<Sample> run(URI base, List<String[]> dyads, int clients, int seconds) throws Exception {
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(httpThreads).build();
        List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
        Map<String, Boolean> failuresShown = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(1000 + c);
            pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    String[] request = next(random, dyads);
                    HttpRequest get = HttpRequest.newBuilder(base.resolve(request[1])).timeout(Duration.ofSeconds(60))
                            .GET().build();
                    long t = System.nanoTime();
                    int status;
                    boolean computed = false;
                    try {
                        HttpResponse<byte[]> response = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
                        status = response.statusCode();
                        computed = "miss".equals(response.headers().firstValue("X-Touchstone-Cache").orElse(""));
                        if (status != 200 && failuresShown.putIfAbsent(request[0], true) == null) {
                            System.out.println("error: " + request[1] + " -> " + status + " "
                                    + new String(response.body(), StandardCharsets.UTF_8));
                        }
                    } catch (IOException e) {
                        status = -1;
                    }
                    samples.add(new Sample(request[0], System.nanoTime() - t, status, computed));
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        httpThreads.shutdownNow();
        return samples;
    }

    /**
     * A route and path of the mix: mostly dyad series, then evidence, then the other questions.
     * Dyads come from the store's busiest, the k-th busiest with weight 1/k, as attention goes.
     */
    private static String[] next(Random random, List<String[]> dyads) {
        String[] d = dyads.get(zipf(random, dyads.size()));
        String unit = UNITS[random.nextInt(UNITS.length)];
        boolean directed = random.nextBoolean();
        int roll = random.nextInt(100);
        if (roll < 40) {
            return new String[] {"dyad", "api/dyad?a=" + d[0] + "&b=" + d[1] + "&by=" + unit
                    + (directed ? "&directed=true" : "")};
        }
        if (roll < 60) {
            return new String[] {"evidence", "api/evidence?a=" + d[0] + "&b=" + d[1] + "&by=month&period=2019-10"
                    + "&limit=" + (random.nextBoolean() ? 20 : 50) + "&offset=" + 20 * random.nextInt(3)};
        }
        if (roll < 70) {
            return new String[] {"saydo", "api/saydo?a=" + d[0] + "&b=" + d[1] + "&by=" + unit};
        }
        if (roll < 77) {
            return new String[] {"likeminded", "api/likeminded?a=" + d[0] + "&b=" + d[1]};
        }
        if (roll < 84) {
            return new String[] {"restraint", "api/restraint?a=" + d[0] + "&by=" + unit};
        }
        if (roll < 90) {
            return new String[] {"providers", "api/providers?actors=" + d[0] + "," + d[1]};
        }
        if (roll < 95) {
            return new String[] {"actors", "api/actors?limit=100&offset=" + 100 * random.nextInt(3)};
        }
        return new String[] {"stats", "api/stats?top=" + (5 + random.nextInt(3) * 5)};
    }

    /** 0 to n-1, k with probability proportional to 1/(k+1). */
    private static int zipf(Random random, int n) {
        double total = 0;
        for (int k = 1; k <= n; k++) {
            total += 1.0 / k;
        }
        double r = random.nextDouble() * total;
        for (int k = 1; k <= n; k++) {
            r -= 1.0 / k;
            if (r <= 0) {
                return k - 1;
            }
        }
        return n - 1;
    }

    private static void report(List<Sample> samples, int clients, int seconds) {
        Map<String, List<Sample>> byRoute = new TreeMap<>();
        for (Sample s : samples) {
            byRoute.computeIfAbsent(s.route(), r -> new ArrayList<>()).add(s);
        }
        byRoute.put("all", samples);
        System.out.printf(Locale.ROOT, "%d clients for %d s: %,d requests, %.0f requests/s%n", clients, seconds,
                samples.size(), samples.size() / (double) seconds);
        System.out.printf(Locale.ROOT, "%-11s %9s %7s %9s %9s %9s %10s %14s%n", "route", "requests", "errors",
                "p50 ms", "p99 ms", "max ms", "computed", "computed p99");
        byRoute.forEach((route, list) -> {
            List<Long> all = list.stream().map(Sample::nanos).sorted().toList();
            List<Long> computed = list.stream().filter(Sample::computed).map(Sample::nanos).sorted().toList();
            long errors = list.stream().filter(s -> s.status() != 200).count();
            System.out.printf(Locale.ROOT, "%-11s %,9d %7d %9.1f %9.1f %9.1f %10d %14s%n", route, list.size(), errors,
                    percentile(all, 50), percentile(all, 99), all.isEmpty() ? 0.0 : all.get(all.size() - 1) / 1e6,
                    computed.size(), computed.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f ms",
                            percentile(computed, 99)));
        });
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
