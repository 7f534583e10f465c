package org.touchstone.data.cow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.touchstone.data.ReadResults.readAll;
import static org.touchstone.data.ReadResults.rejections;
import static org.touchstone.data.ReadResults.values;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.touchstone.data.ReadResult;
import org.touchstone.data.UnknownDatasetFormatException;

/** The COW and UCDP readers on small hand-written files: what they read, and what they reject and why. */
class CowReadersTest {

    static InputStream text(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nmcReadsCincAndComponentsWithMinusNineAsMissing() throws Exception {
        List<ReadResult<NmcRecord>> results = readAll(new NmcReader(text("""
                stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc,version
                USA,2,1816,3823,17,80,254,8659,101,0.039697491,2021
                MOR,600,1912,-9,-9,-9,-9,4517.6,173.6444444,0.0027206552,2021
                WSM,990,2016,0,0,0,40,195,0,4.6681293E-06,2021
                """), "nmc.csv"));
        assertThat(rejections(results)).isEmpty();
        List<NmcRecord> rows = values(results);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(new NmcRecord("USA", 2, 1816, 3823.0, 17.0, 80.0, 254.0, 8659.0, 101.0, 0.039697491));
        assertThat(rows.get(1).milex()).isNull();
        assertThat(rows.get(1).tpop()).isEqualTo(4517.6);
        assertThat(rows.get(2).cinc()).isEqualTo(4.6681293E-06);
    }

    @Test
    void nmcNeedsOnlyCcodeYearAndCincInAnyOrder() throws Exception {
        List<NmcRecord> rows = values(readAll(new NmcReader(text("\uFEFFCINC,Year,ccode\n0.5,1900,200\n"), "n.csv")));
        assertThat(rows).containsExactly(new NmcRecord(null, 200, 1900, null, null, null, null, null, null, 0.5));
    }

    @Test
    void badNmcLinesAreRejectedWithLineAndReasonAndTheRestIsRead() throws Exception {
        List<ReadResult<NmcRecord>> results = readAll(new NmcReader(text("""
                ccode,year,cinc
                2,1816,abc
                2,1817
                2,,0.1
                2,1818,1.5
                2,1819,0.2
                """), "n.csv"));
        assertThat(values(results)).extracting(NmcRecord::year).containsExactly(1819);
        assertThat(rejections(results)).extracting(ReadResult.Rejected::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(rejections(results)).extracting(ReadResult.Rejected::reason).containsExactly(
                "non-numeric cinc 'abc'",
                "expected 3 comma-separated columns, found 2",
                "missing year",
                "cinc 1.5 outside 0..1");
        assertThat(rejections(results).get(0).raw()).isEqualTo("2,1816,abc");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedNamingIt() {
        assertThatThrownBy(() -> readAll(new NmcReader(text("ccode,year\n2,1816\n"), "n.csv")))
                .isInstanceOf(UnknownDatasetFormatException.class)
                .hasMessage("n.csv: line 1: the header lacks the column 'cinc'");
        assertThatThrownBy(() -> readAll(new MidDisputeReader(text("dispnum,styear\n1,1816\n"), "m.csv")))
                .hasMessage("m.csv: line 1: the header lacks the column 'hostlev' (or 'hihost')");
    }

    @Test
    void majorPowerSpellsTakeTheirDatesAndDefaultToWholeYears() throws Exception {
        List<ReadResult<MajorPowerSpell>> results = readAll(new MajorPowerReader(text("""
                ccode,styear,stmonth,stday,endyear,endmonth,endday,version
                220,1816,1,1,1940,6,22,2016
                220,1945,8,15,2016,12,31,2016
                255,1925,,,1945,,,2016
                300,1816,2,30,1918,11,3,2016
                365,1922,1,1,1917,12,5,2016
                """), "majors.csv"));
        List<MajorPowerSpell> spells = values(results);
        assertThat(spells).containsExactly(
                new MajorPowerSpell(220, LocalDate.of(1816, 1, 1), LocalDate.of(1940, 6, 22)),
                new MajorPowerSpell(220, LocalDate.of(1945, 8, 15), LocalDate.of(2016, 12, 31)),
                new MajorPowerSpell(255, LocalDate.of(1925, 1, 1), LocalDate.of(1945, 12, 31)));
        assertThat(spells.get(0).coversYear(1940)).isTrue();
        assertThat(spells.get(0).coversYear(1941)).isFalse();
        assertThat(rejections(results)).extracting(ReadResult.Rejected::reason).containsExactly(
                "no such date 1816-2-30 in styear/stmonth/stday",
                "spell ends 1917-12-05 before it starts 1922-01-01");
    }

    @Test
    void midDisputesReadBothTheDisputeAndTheDyadicLayout() throws Exception {
        List<ReadResult<MidDispute>> disputes = readAll(new MidDisputeReader(text("""
                dispnum,styear,stmon,outcome,settle,fatality,mindur,maxdur,hiact,hostlev,recip
                2,1902,7,6,1,0,178,208,7,3,0
                257,1914,-9,1,1,6,1,1,22,5,1
                258,1914,7,1,1,6,1,1,22,6,1
                """), "mid5.csv"));
        assertThat(values(disputes)).containsExactly(new MidDispute(2, 1902, 7, 3), new MidDispute(257, 1914, null, 5));
        assertThat(values(disputes).get(1).isWar()).isTrue();
        assertThat(rejections(disputes)).extracting(ReadResult.Rejected::reason).containsExactly("hostlev 6 outside 1..5");

        List<MidDispute> dyadic = values(readAll(new MidDisputeReader(text("""
                disno,dyindex,statea,stateb,strtday,strtmnth,strtyr,hihost,year
                2,2.0009999,2,200,1,7,1902,3,1902
                2,2.0009999,2,200,1,7,1902,3,1903
                """), "dyadic.csv")));
        assertThat(dyadic).containsExactly(new MidDispute(2, 1902, 7, 3), new MidDispute(2, 1902, 7, 3));
    }

    @Test
    void ucdpConflictYearsKeepIdYearIntensityAndType() throws Exception {
        List<ReadResult<UcdpConflictYear>> results = readAll(new UcdpConflictReader(text("""
                conflict_id,year,gwno_a,gwno_a_2nd,gwno_b,gwno_b_2nd,incompatibility,intensity_level,type_of_conflict,start_date
                11342,2012,750,,,,territory,1,intrastate,1997-05-29
                442,2010,435,220,,,government,1,II,2008-09-15
                443,2010,435,220,,,government,3,II,2008-09-15
                """), "acd.csv"));
        assertThat(values(results)).containsExactly(new UcdpConflictYear(11342, 2012, 1, "intrastate"),
                new UcdpConflictYear(442, 2010, 1, "II"));
        assertThat(rejections(results)).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).isEqualTo("intensity_level 3 outside 1..2");
        });
    }
}
