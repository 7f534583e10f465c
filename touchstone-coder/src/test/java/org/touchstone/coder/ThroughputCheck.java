package org.touchstone.coder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.touchstone.core.Document;

/**
 * A quick timing (not a test, not a benchmark: JMH belongs in touchstone-bench): codes the
 * sentences of the PETRARCH GigaWord sample, cycled, one document per sentence, on one thread.
 * Usage: {@code ThroughputCheck ../shared/data/petrarch2/GigaWord.sample.PETR.xml [seconds]}.
 */
public final class ThroughputCheck {
    private ThroughputCheck() {
    }

    public static void main(String[] args) throws Exception {
        String xml = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        List<String> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL).matcher(xml);
        while (m.find()) {
            sentences.add(m.group(1).replaceAll("\\s+", " ").strip());
        }
        long t0 = System.nanoTime();
        Coder coder = new Coder();
        System.out.printf("dictionaries loaded in %.0f ms; %d sentences in the sample%n", (System.nanoTime() - t0) / 1e6, sentences.size());
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            docs.add(new Document("gw-" + i, LocalDate.of(2008, 8, 4), null, null, null, null, sentences.get(i), null));
        }
        long events = 0;
        for (int warm = 0; warm < 200; warm++) {
            for (Document d : docs) {
                events += coder.code(d).events().size();
            }
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long n = 0;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            for (Document d : docs) {
                events += coder.code(d).events().size();
                n++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%d sentences in %.1f s wall, %.1f s CPU: %.0f sentences/s wall, %.0f per CPU-second"
                        + " (%d events incl. warm-up); heap used %d MB%n",
                n, elapsed, cpu, n / elapsed, n / cpu, events, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
