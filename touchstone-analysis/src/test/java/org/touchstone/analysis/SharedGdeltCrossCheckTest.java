package org.touchstone.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.store.IngestListener;
import org.touchstone.store.Ingester;
import org.touchstone.store.Store;
import org.touchstone.testing.SharedData;

/** Questions over the real GDELT 2.0 sample, checked against sums taken straight from its columns. */
class SharedGdeltCrossCheckTest {
    @TempDir
    Path dir;

    @Test
    void wordsAgainstDeedsOfTheUnitedStatesMatchADirectComputation() throws Exception {
        Path gdelt = SharedData.file(SharedData.GDELT2_EXPORT);
        // per day: verbal sum, verbal n, material sum, material n (Actor1Code starting USA, any target)
        Map<String, double[]> expected = new TreeMap<>();
        for (String line : Files.readAllLines(gdelt)) {
            String[] f = line.split("\t", -1);
            if (!f[5].startsWith("USA") || f[30].isEmpty()) {
                continue;
            }
            double[] d = expected.computeIfAbsent(f[1], k -> new double[4]);
            int quad = Integer.parseInt(f[29]);
            int side = quad == 1 || quad == 3 ? 0 : 2;
            d[side] += Double.parseDouble(f[30]);
            d[side + 1]++;
        }
        try (Store store = Store.open(dir.resolve("t.duckdb"))) {
            new Ingester(store, IngestListener.SILENT).ingest(gdelt);
            List<SayDo.SayDoPeriod> periods = new SayDo(store).run("USA", null, DateRange.ALL, Period.DAY, 180).periods();
            assertThat(periods).hasSize(expected.size());
            int i = 0;
            for (Map.Entry<String, double[]> day : expected.entrySet()) {
                SayDo.SayDoPeriod p = periods.get(i++);
                double[] d = day.getValue();
                assertThat(p.periodStart().toString().replace("-", "")).isEqualTo(day.getKey());
                assertThat(p.verbalN()).isEqualTo((int) d[1]);
                assertThat(p.materialN()).isEqualTo((int) d[3]);
                if (d[1] > 0) {
                    assertThat(p.verbalMean()).isCloseTo(d[0] / d[1], within(1e-9));
                }
                if (d[3] > 0) {
                    assertThat(p.materialMean()).isCloseTo(d[2] / d[3], within(1e-9));
                }
                if (d[1] > 0 && d[3] > 0) {
                    assertThat(p.gap()).isCloseTo(d[0] / d[1] - d[2] / d[3], within(1e-9));
                }
            }
        }
    }
}
