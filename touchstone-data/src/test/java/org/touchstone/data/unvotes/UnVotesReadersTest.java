package org.touchstone.data.unvotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.touchstone.data.ReadResults.readAll;
import static org.touchstone.data.ReadResults.rejections;
import static org.touchstone.data.ReadResults.values;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.data.ReadResult;
import org.touchstone.data.RecordReader;
import org.touchstone.data.UnknownDatasetFormatException;
import org.touchstone.testing.SharedData;

class UnVotesReadersTest {
    @TempDir
    Path dir;

    static InputStream text(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void votesAreReadAndBadLinesRejectedWithLineAndReason() throws Exception {
        List<ReadResult<UnVote>> results = readAll(new UnVoteReader(text("""
                rcid,year,country_code,vote
                3,1946,US,yes
                3,1946,RU,No
                x,1946,GB,yes
                3,1846,FR,yes
                3,1946,usa,yes
                3,1946,CN,absent
                3,1946,CA
                4,1946,FRG,abstain
                """), "un_votes_test.csv"));
        assertThat(values(results)).containsExactly(
                new UnVote(3, 1946, "US", UnVoteChoice.YES),
                new UnVote(3, 1946, "RU", UnVoteChoice.NO),
                new UnVote(4, 1946, "FRG", UnVoteChoice.ABSTAIN));
        assertThat(rejections(results)).extracting(ReadResult.Rejected::line, ReadResult.Rejected::reason).containsExactly(
                tuple(4L, "non-numeric rcid 'x'"),
                tuple(5L, "year 1846 outside 1945..2100"),
                tuple(6L, "bad country_code 'usa' (expected two or three capital letters, e.g. US)"),
                tuple(7L, "unknown vote 'absent' (expected yes, abstain or no)"),
                tuple(8L, "expected 4 comma-separated columns, found 3"));
        assertThat(rejections(results).get(0).raw()).isEqualTo("x,1946,GB,yes");
    }

    @Test
    void rollCallsKeepQuotedTextAndMissingFlagsAreNull() throws Exception {
        List<ReadResult<UnRollCall>> results = readAll(new UnRollCallReader(text("""
                rcid,session,importantvote,date,unres,amend,para,short,descr
                3,1,0,1946-01-01,R/1/66,1,0,"AMENDMENTS, RULES OF PROCEDURE","TO ADOPT A ""CUBAN"" AMENDMENT"
                9147,74,,2019-12-10,A/RES/74/19,,,Oceans and the law of the sea ,Oceans and the law of the sea\s
                5,1,0,1946-02-30,R/1/1,0,0,x,y
                6,1,2,1946-02-03,R/1/1,0,0,x,y
                """), "un_roll_calls.csv"));
        List<UnRollCall> rollCalls = values(results);
        assertThat(rollCalls).hasSize(2);
        assertThat(rollCalls.get(0)).isEqualTo(new UnRollCall(3, 1, false, LocalDate.of(1946, 1, 1), "R/1/66", true, false,
                "AMENDMENTS, RULES OF PROCEDURE", "TO ADOPT A \"CUBAN\" AMENDMENT"));
        assertThat(rollCalls.get(1).importantVote()).isNull();
        assertThat(rollCalls.get(1).amendment()).isNull();
        assertThat(rollCalls.get(1).shortTitle()).isEqualTo("Oceans and the law of the sea");
        assertThat(rejections(results)).extracting(ReadResult.Rejected::reason).containsExactly(
                "unparsable date '1946-02-30' (expected YYYY-MM-DD)",
                "importantvote must be 0 or 1, was '2'");
    }

    @Test
    void issuesNeedAllThreeColumns() throws Exception {
        List<ReadResult<UnRollCallIssue>> results = readAll(new UnRollCallIssueReader(text("""
                rcid,short_name,issue
                77,me,Palestinian conflict
                78,hr,
                """), "un_roll_call_issues.csv"));
        assertThat(values(results)).containsExactly(new UnRollCallIssue(77, "me", "Palestinian conflict"));
        assertThat(rejections(results)).extracting(ReadResult.Rejected::reason).containsExactly("missing issue");
    }

    @Test
    void countriesGetCameoIso3AndCowCodesIncludingHistoricalStates() throws Exception {
        UnCountryReader reader = new UnCountryReader(text("""
                country_code,country
                US,United States
                RU,Russia
                FRG,Federal Republic of Germany
                DD,German Democratic Republic
                YAR,Yemen Arab Republic
                CS,Czechoslovakia
                YU,Yugoslavia
                RO,Romania
                TW,Taiwan
                ZAN,Zanzibar
                """), "un_countries.csv");
        List<UnCountry> countries = values(readAll(reader));
        assertThat(countries).containsExactly(
                new UnCountry("US", "United States", "USA", "USA", 2),
                new UnCountry("RU", "Russia", "RUS", "RUS", 365),
                new UnCountry("FRG", "Federal Republic of Germany", "GMW", null, 260),
                new UnCountry("DD", "German Democratic Republic", "GME", "DDR", 265),
                new UnCountry("YAR", "Yemen Arab Republic", "YMN", null, 678),
                new UnCountry("CS", "Czechoslovakia", "CZA", "CSK", 315),
                new UnCountry("YU", "Yugoslavia", "YUG", "YUG", 345),
                new UnCountry("RO", "Romania", "ROM", "ROU", 360),
                new UnCountry("TW", "Taiwan", "TWN", "TWN", 713),
                new UnCountry("ZAN", "Zanzibar", null, null, 511));
        assertThat(reader.withoutCameoCode()).containsOnlyKeys("ZAN (Zanzibar)");
    }

    @Test
    void aHeaderWithoutARequiredColumnIsNotThisKindOfFile() {
        assertThatThrownBy(() -> readAll(new UnVoteReader(text("rcid,year,country\n3,1946,US\n"), "un_votes_x.csv")))
                .isInstanceOf(UnknownDatasetFormatException.class)
                .hasMessageContaining("un_votes_x.csv")
                .hasMessageContaining("lacks the column(s) country_code, vote");
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndExtraColumnsIgnored() throws Exception {
        List<UnVote> votes = values(readAll(new UnVoteReader(text("""
                vote,country_code,note,year,rcid
                abstain,GB,x,1990,3001
                """), "un_votes.csv")));
        assertThat(votes).containsExactly(new UnVote(3001, 1990, "GB", UnVoteChoice.ABSTAIN));
    }

    @Test
    void filesAreFoundByNameAndGzipIsRead() throws Exception {
        Files.writeString(dir.resolve("un_votes_1946.csv"), "rcid,year,country_code,vote\n3,1946,US,yes\n");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("un_votes_1947.csv.gz")))) {
            out.write("rcid,year,country_code,vote\n4,1947,US,no\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("un_roll_call_issues.csv"), "rcid,short_name,issue\n");
        Files.writeString(dir.resolve("un_roll_calls.csv"), "rcid,date\n");
        Files.writeString(dir.resolve("un_countries.csv"), "country_code,country\n");
        Files.writeString(dir.resolve("README.md"), "notes\n");

        UnVotesFiles.Listing listing = UnVotesFiles.list(dir);
        assertThat(listing.files()).extracting(f -> f.path().getFileName().toString()).containsExactly(
                "un_countries.csv", "un_roll_calls.csv", "un_roll_call_issues.csv", "un_votes_1946.csv", "un_votes_1947.csv.gz");
        assertThat(listing.ignored()).extracting(p -> p.getFileName().toString()).containsExactly("README.md");

        try (UnVotesFile file = UnVotesFile.open(dir.resolve("un_votes_1947.csv.gz"), UnVotesFileKind.VOTES)) {
            List<? extends ReadResult<? extends UnVotesRecord>> results = readAll(file.records());
            assertThat(results).hasSize(1);
            assertThat(((ReadResult.Ok<? extends UnVotesRecord>) results.get(0)).value())
                    .isEqualTo(new UnVote(4, 1947, "US", UnVoteChoice.NO));
            assertThat(file.bytesRead()).isEqualTo(file.size());
        }
        assertThatThrownBy(() -> UnVotesFiles.list(dir.resolve("README.md"))).hasMessageContaining("not a directory");
    }

    @Test
    void controlCharactersInRollCallTextsAreBlankedButInVotesTheLineIsRejected() throws Exception {
        Files.writeString(dir.resolve("un_roll_calls.csv"), "rcid,date,descr\n7,1950-03-01,\"one\bby one\"\n");
        Files.writeString(dir.resolve("un_votes.csv"), "rcid,year,country_code,vote\n7,1950,US\b,yes\n");
        try (UnVotesFile file = UnVotesFile.open(dir.resolve("un_roll_calls.csv"), UnVotesFileKind.ROLL_CALLS)) {
            List<? extends ReadResult<? extends UnVotesRecord>> results = readAll(file.records());
            assertThat(((ReadResult.Ok<? extends UnVotesRecord>) results.get(0)).value())
                    .extracting(r -> ((UnRollCall) r).description()).isEqualTo("one by one");
            assertThat(file.blankedControlCharacters()).isEqualTo(1);
        }
        try (UnVotesFile file = UnVotesFile.open(dir.resolve("un_votes.csv"), UnVotesFileKind.VOTES)) {
            List<? extends ReadResult<? extends UnVotesRecord>> results = readAll(file.records());
            assertThat(((ReadResult.Rejected<? extends UnVotesRecord>) results.get(0)).reason())
                    .startsWith("control characters / invalid UTF-8 in line");
        }
    }

    @Test
    void fileKindsByName() {
        assertThat(UnVotesFileKind.ofFileName("un_votes_2017_2025.csv")).contains(UnVotesFileKind.VOTES);
        assertThat(UnVotesFileKind.ofFileName("UN_ROLL_CALLS.CSV")).contains(UnVotesFileKind.ROLL_CALLS);
        assertThat(UnVotesFileKind.ofFileName("un_roll_call_issues.csv.gz")).contains(UnVotesFileKind.ROLL_CALL_ISSUES);
        assertThat(UnVotesFileKind.ofFileName("un_countries.csv")).contains(UnVotesFileKind.COUNTRIES);
        assertThat(UnVotesFileKind.ofFileName("un_votes.tsv")).isEmpty();
        assertThat(UnVotesFileKind.ofFileName("votes.csv")).isEmpty();
    }

    @Test
    void theSharedDataReadsWithoutRejectionsAndEveryCountryButZanzibarHasACameoCode() throws Exception {
        Path first = SharedData.file("unvotes/un_votes_1946_1969.csv");
        UnVotesFiles.Listing listing = UnVotesFiles.list(first.getParent());
        long[] records = new long[UnVotesFileKind.values().length];
        long blanked = 0;
        for (UnVotesFiles.Found found : listing.files()) {
            try (UnVotesFile file = UnVotesFile.open(found.path(), found.kind())) {
                RecordReader<? extends UnVotesRecord> reader = file.records();
                for (ReadResult<? extends UnVotesRecord> r; (r = reader.next()) != null; ) {
                    assertThat(r).as(found.path() + " line " + r.line()).isInstanceOf(ReadResult.Ok.class);
                    UnVotesRecord record = ((ReadResult.Ok<? extends UnVotesRecord>) r).value();
                    if (record instanceof UnCountry c && !c.code().equals("ZAN")) {
                        assertThat(c.cameoCode()).as(c.toString()).isNotNull();
                        assertThat(c.cow()).as(c.toString()).isNotNull();
                    }
                    records[found.kind().ordinal()]++;
                }
                blanked += file.blankedControlCharacters();
            }
        }
        assertThat(blanked).as("backspaces in roll call descriptions").isEqualTo(8);
        assertThat(records[UnVotesFileKind.VOTES.ordinal()]).isEqualTo(870_109);
        assertThat(records[UnVotesFileKind.ROLL_CALLS.ordinal()]).isEqualTo(6_203);
        assertThat(records[UnVotesFileKind.ROLL_CALL_ISSUES.ordinal()]).isEqualTo(5_745);
        assertThat(records[UnVotesFileKind.COUNTRIES.ordinal()]).isEqualTo(200);
    }
}
