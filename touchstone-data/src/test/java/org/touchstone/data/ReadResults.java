package org.touchstone.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Collects what a reader returns, for tests. */
public final class ReadResults {

    private ReadResults() {
    }

    /** Every result of a reader, in order. */
    public static <T> List<ReadResult<T>> readAll(RecordReader<T> reader) throws IOException {
        List<ReadResult<T>> results = new ArrayList<>();
        try (reader) {
            for (ReadResult<T> r; (r = reader.next()) != null; ) {
                results.add(r);
            }
        }
        return results;
    }

    public static <T> List<T> values(List<ReadResult<T>> results) {
        List<T> values = new ArrayList<>();
        for (ReadResult<T> r : results) {
            if (r instanceof ReadResult.Ok<T> ok) {
                values.add(ok.value());
            }
        }
        return values;
    }

    public static <T> List<ReadResult.Rejected<T>> rejections(List<ReadResult<T>> results) {
        List<ReadResult.Rejected<T>> rejected = new ArrayList<>();
        for (ReadResult<T> r : results) {
            if (r instanceof ReadResult.Rejected<T> rej) {
                rejected.add(rej);
            }
        }
        return rejected;
    }
}
