package org.touchstone.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.ByteType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The store's tables (touchstone-store's schema.sql) as Spark schemas: the same column names, in the
 * same order, with the types that Parquet files exported by the store carry, so that a table written
 * by a Spark job and one written by {@code touchstone export} read alike and import alike.
 * VARCHAR is a string, TINYINT a byte, TIMESTAMP a timestamp without time zone.
 */
public final class StoreSchema {

    public static final StructType EVENTS = table(
            "dataset", StringType, "event_id", StringType, "date", DateType,
            "source_code", StringType, "source_name", StringType, "source_country", StringType,
            "source_sector", StringType,
            "target_code", StringType, "target_name", StringType, "target_country", StringType,
            "target_sector", StringType,
            "code", StringType, "root_code", StringType, "quad_class", ByteType, "goldstein", DoubleType,
            "verbal", BooleanType, "mentions", IntegerType, "sources", IntegerType, "articles", IntegerType,
            "tone", DoubleType, "geo_name", StringType, "geo_country", StringType, "latitude", DoubleType,
            "longitude", DoubleType, "url", StringType, "file_id", LongType, "line", LongType,
            "doc_id", StringType, "sentence_index", IntegerType, "span_start", IntegerType, "span_end", IntegerType,
            "dictionary_entries", StringType);

    public static final StructType MENTIONS = table(
            "dataset", StringType, "event_id", StringType, "event_time", TimestampNTZType,
            "mention_time", TimestampNTZType, "mention_type", ByteType, "source_name", StringType,
            "identifier", StringType, "sentence_id", IntegerType, "actor1_offset", IntegerType,
            "actor2_offset", IntegerType, "action_offset", IntegerType, "in_raw_text", BooleanType,
            "confidence", IntegerType, "document_length", IntegerType, "tone", DoubleType,
            "file_id", LongType, "line", LongType);

    public static final StructType DOCUMENTS = table(
            "doc_id", StringType, "date", DateType, "provider", StringType, "provider_country", StringType,
            "url", StringType, "title", StringType, "venue", StringType, "text", StringType, "file_id", LongType);

    public static final StructType STATEMENTS = table(
            "doc_id", StringType, "sentence_index", IntegerType, "statement_index", IntegerType, "date", DateType,
            "speaker", StringType, "targets", StringType, "named", BooleanType, "code", StringType,
            "goldstein", DoubleType, "audience", StringType, "quote", StringType, "span_start", IntegerType,
            "span_end", IntegerType, "dictionary_entries", StringType);

    public static final StructType REJECTED_ROWS = table(
            "file_id", LongType, "line", LongType, "reason", StringType, "raw", StringType);

    public static final StructType INGESTED_FILES = table(
            "file_id", LongType, "sha256", StringType, "name", StringType, "path", StringType,
            "dataset", StringType, "format", StringType, "bytes", LongType, "rows_read", LongType,
            "rows_stored", LongType, "rows_duplicate", LongType, "rows_rejected", LongType,
            "ingested_at", TimestampNTZType);

    private StoreSchema() {
    }

    /** A schema from alternating column names and types; every column may hold nulls. */
    static StructType table(Object... namesAndTypes) {
        StructField[] fields = new StructField[namesAndTypes.length / 2];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = new StructField((String) namesAndTypes[2 * i], (DataType) namesAndTypes[2 * i + 1], true,
                    org.apache.spark.sql.types.Metadata.empty());
        }
        return new StructType(fields);
    }
}
