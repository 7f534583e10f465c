package org.touchstone.data.cow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.data.ReadResults.readAll;
import static org.touchstone.data.ReadResults.rejections;
import static org.touchstone.data.ReadResults.values;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.touchstone.data.ReadResult;
import org.touchstone.data.RecordReader;
import org.touchstone.testing.SharedData;

/** The readers on the real COW and UCDP files in ../shared/data: every line read, none rejected. */
class CowSharedDataTest {

    static <T> List<ReadResult<T>> read(String relativePath,
                                        BiFunction<InputStream, String, ? extends RecordReader<T>> reader) throws Exception {
        Path file = SharedData.file(relativePath);
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(reader.apply(in, file.toString()));
        }
    }

    @Test
    void nmcHasEveryStateYearFrom1816To2016() throws Exception {
        List<ReadResult<NmcRecord>> results = read("cow/NMC-60-abridged.csv", NmcReader::new);
        assertThat(rejections(results)).isEmpty();
        List<NmcRecord> rows = values(results);
        assertThat(rows.size()).isEqualTo(15_951);
        assertThat(rows.get(0)).isEqualTo(new NmcRecord("USA", 2, 1816, 3823.0, 17.0, 80.0, 254.0, 8659.0, 101.0, 0.039697491));
        assertThat(rows.stream().mapToInt(NmcRecord::year).summaryStatistics())
                .satisfies(s -> assertThat(List.of(s.getMin(), s.getMax())).containsExactly(1816, 2016));
    }

    @Test
    void majorsHaveFourteenSpells() throws Exception {
        List<ReadResult<MajorPowerSpell>> results = read("cow/cow_majors.csv", MajorPowerReader::new);
        assertThat(rejections(results)).isEmpty();
        List<MajorPowerSpell> spells = values(results);
        assertThat(spells).hasSize(14);
        assertThat(spells).contains(new MajorPowerSpell(740, LocalDate.of(1895, 4, 1), LocalDate.of(1945, 8, 14)));
    }

    @Test
    void mid5HasOneLinePerDisputeAndTheDyadicFileRepeatsThem() throws Exception {
        List<ReadResult<MidDispute>> results = read("cow/cow_mid5_disps_peacesciencer.csv", MidDisputeReader::new);
        assertThat(rejections(results)).isEmpty();
        List<MidDispute> disputes = values(results);
        assertThat(disputes.size()).isEqualTo(2_436);
        assertThat(disputes.stream().filter(MidDispute::isWar).count()).isEqualTo(106);

        List<ReadResult<MidDispute>> dyadic = read("cow/dyadic_mid_4.02.csv", MidDisputeReader::new);
        assertThat(rejections(dyadic)).isEmpty();
        assertThat(values(dyadic).size()).isEqualTo(10_358);
        assertThat(values(dyadic).stream().map(MidDispute::number).collect(Collectors.toSet())).hasSize(2_371);
    }

    @Test
    void ucdpRepeatsConflictYearsOncePerParty() throws Exception {
        List<ReadResult<UcdpConflictYear>> results = read("ucdp/ucdp_acd_peacesciencer.csv", UcdpConflictReader::new);
        assertThat(rejections(results)).isEmpty();
        List<UcdpConflictYear> rows = values(results);
        assertThat(rows.size()).isEqualTo(5_652);
        assertThat(rows.stream().map(r -> r.conflictId() + "/" + r.year()).collect(Collectors.toSet())).hasSize(2_752);
    }
}
