package org.touchstone.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every benchmark prints about where it ran and what memory it took. */
final class Machine {
    private static final Pattern GC_HEAP = Pattern.compile("(\\d+)M->\\d+M\\(\\d+M\\)");

    private Machine() {
    }

    /** Cores, heap limit and JVM of this process. */
    static String describe() {
        return String.format(Locale.ROOT, "machine: %d cores, max heap %,d MB, %s %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    /** The most heap this process has used, summed over the heap pools' peaks. */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /**
     * VmHWM, the peak resident set of a live process in kB, which counts native memory (DuckDB's)
     * as the heap does not; 0 where /proc is unavailable or the process has ended.
     */
    static long peakResidentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between the check and the read
        }
        return 0;
    }

    /** The largest heap in use before a collection, from a child JVM's -Xlog:gc log ("123M->45M(512M)"). */
    static long peakHeapBeforeCollectionMb(Path gcLog) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = GC_HEAP.matcher(line);
            if (m.find()) {
                peak = Math.max(peak, Long.parseLong(m.group(1)));
            }
        }
        return peak;
    }
}
