package org.touchstone.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.touchstone.coder.Coder;
import org.touchstone.coder.CodedDocument;
import org.touchstone.core.Event;
import org.touchstone.core.Statement;

import scala.jdk.javaapi.CollectionConverters;

/**
 * Codes the documents of a partition with the executor's coder: documents rows in, one row of
 * {@link #SCHEMA} out per document, holding its events and statements as rows of the store's tables.
 */
final class CodeDocuments implements FlatMapFunction<Iterator<Row>, Row> {

    static final StructType SCHEMA = StoreSchema.table(
            "doc_id", StringType,
            "sentences", IntegerType,
            "events", createArrayType(StoreSchema.EVENTS),
            "statements", createArrayType(StoreSchema.STATEMENTS),
            "errors", createArrayType(StringType));

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
        Coder coder = ExecutorCoder.get();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return documents.hasNext();
            }

            @Override
            public Row next() {
                CodedDocument coded = coder.code(StoreRows.document(documents.next()));
                List<Row> events = new ArrayList<>(coded.events().size());
                for (Event e : coded.events()) {
                    events.add(StoreRows.event(e, null));
                }
                List<Row> statements = new ArrayList<>(coded.statements().size());
                for (Statement s : coded.statements()) {
                    statements.add(StoreRows.statement(s));
                }
                // A row's arrays are Scala sequences.
                return RowFactory.create(coded.docId(), coded.sentences(), CollectionConverters.asScala(events),
                        CollectionConverters.asScala(statements), CollectionConverters.asScala(coded.errors()));
            }
        };
    }
}
