package org.touchstone.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.touchstone.analysis.DateRange;
import org.touchstone.core.DyadDaySql;
import org.touchstone.analysis.DyadPeriod;
import org.touchstone.analysis.DyadSeries;
import org.touchstone.analysis.Period;
import org.touchstone.store.IngestListener;
import org.touchstone.store.Ingester;
import org.touchstone.store.Store;
import org.touchstone.store.TableTransfer;
import org.touchstone.testing.SharedData;

/**
 * The dyad-by-day tables of the shared GDELT and ICEWS events: {@link AggregateJob} on the store's
 * Parquet export must give what DuckDB gives running the same SQL on the store, and summing the
 * table must answer the dyad question as {@link DyadSeries} does from the events.
 */
class AggregateJobTest {
    @TempDir
    static Path dir;

    static Store store;
    static AggregateJob.Summary summary;

    @BeforeAll
    static void aggregate() throws Exception {
        store = Store.open(dir.resolve("store.duckdb"));
        Ingester ingester = new Ingester(store, IngestListener.SILENT);
        ingester.ingest(SharedData.file(SharedData.GDELT2_EXPORT));
        ingester.ingest(SharedData.file(SharedData.ICEWS_SAMPLE));
        new TableTransfer(store).export(dir.resolve("export"), TableTransfer.Format.PARQUET);
        summary = AggregateJob.run(LocalSpark.session(), List.of(dir.resolve("export/events.parquet").toString()),
                dir.resolve("out").toString(), false);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    /** Spark's table as DuckDB reads it, Goldstein sums rounded (their last bits depend on the order of summing). */
    static String sparkTable(String table) {
        return rounded("SELECT * FROM read_parquet('" + dir.resolve("out").resolve(table)
                + "/**/*.parquet', hive_partitioning = false)");
    }

    static String rounded(String sql) {
        return "SELECT * REPLACE (round(goldstein_sum, 9) AS goldstein_sum, round(weighted_goldstein_sum, 9)"
                + " AS weighted_goldstein_sum) FROM (" + sql + ") ORDER BY ALL";
    }

    static final String DUCKDB_DYAD_DAY = DyadDaySql.DYAD_DAY;
    static final String DUCKDB_DYAD_DAY_COUNTRY = "WITH dyad_day AS (" + DyadDaySql.DYAD_DAY + "\n) "
            + DyadDaySql.DYAD_DAY_COUNTRY;

    @Test
    void sparkAndDuckDbRunningTheSameSqlGiveTheSameTables() throws Exception {
        assertThat(StoreQueries.rows(store, sparkTable("dyad_day")))
                .isEqualTo(StoreQueries.rows(store, rounded(DUCKDB_DYAD_DAY)))
                .hasSize((int) summary.dyadDays());
        assertThat(StoreQueries.rows(store, sparkTable("dyad_day_country")))
                .isEqualTo(StoreQueries.rows(store, rounded(DUCKDB_DYAD_DAY_COUNTRY)))
                .hasSize((int) summary.countryDyadDays());
    }

    @Test
    void theStoreKeepsOnIngestTheTableSparkWritesToTheLastBit() throws Exception {
        String spark = "SELECT * FROM read_parquet('" + dir.resolve("out/dyad_day") + "/**/*.parquet',"
                + " hive_partitioning = false) ORDER BY ALL";
        assertThat(StoreQueries.rows(store, spark)).hasSize((int) summary.dyadDays())
                .isEqualTo(StoreQueries.rows(store, "SELECT * FROM dyad_day ORDER BY ALL"));
    }

    @Test
    void columnsAndTypesAreThoseDuckDbGivesTheSameSql() throws Exception {
        assertThat(StoreQueries.parquetColumns(store, dir.resolve("out/dyad_day")))
                .isEqualTo(StoreQueries.rows(store, "SELECT column_name, column_type FROM (DESCRIBE "
                        + DUCKDB_DYAD_DAY + ")"));
        assertThat(StoreQueries.parquetColumns(store, dir.resolve("out/dyad_day_country")))
                .isEqualTo(StoreQueries.rows(store, "SELECT column_name, column_type FROM (DESCRIBE "
                        + DUCKDB_DYAD_DAY_COUNTRY + ")"));
    }

    @Test
    void everyEventIsCountedOnceAndTheTableIsSmaller() {
        assertThat(summary.events()).isEqualTo(2_111 + 3_705);
        assertThat(summary.dyadDays()).isLessThan(summary.events());
        assertThat(summary.countryDyadDays()).isLessThan(summary.dyadDays());
    }

    @Test
    void summingTheTableAnswersTheDyadQuestion() throws Exception {
        for (boolean byMentions : List.of(false, true)) {
            List<DyadPeriod> expected = new DyadSeries(store).run("USA", "PRK", DateRange.ALL,
                    new DyadSeries.Options(Period.DAY, false, byMentions, 0));
            assertThat(expected).hasSizeGreaterThan(1);
            String w = byMentions ? "weighted_" : "";
            List<String> fromTable = StoreQueries.rows(store, "SELECT date, sum(events),"
                    + " sum(" + w + "verbal_cooperation), sum(" + w + "material_cooperation),"
                    + " sum(" + w + "verbal_conflict), sum(" + w + "material_conflict),"
                    + " round(sum(" + w + "goldstein_sum) / sum(" + w + "goldstein_count), 9)"
                    + " FROM read_parquet('" + dir.resolve("out/dyad_day") + "/**/*.parquet')"
                    + " WHERE (starts_with(source_code, 'USA') AND starts_with(target_code, 'PRK'))"
                    + " OR (starts_with(source_code, 'PRK') AND starts_with(target_code, 'USA'))"
                    + " GROUP BY date ORDER BY date");
            assertThat(fromTable).as("by mentions: %s", byMentions).isEqualTo(expected.stream()
                    .map(p -> p.periodStart() + "\t" + p.events() + "\t" + p.verbalCooperation() + "\t"
                            + p.materialCooperation() + "\t" + p.verbalConflict() + "\t" + p.materialConflict() + "\t"
                            + Math.round(p.goldsteinMean() * 1e9) / 1e9 + "\t")
                    .toList());
        }
    }
}
