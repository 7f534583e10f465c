package org.touchstone.data.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.touchstone.testing.FuzzTarget;
import org.touchstone.testing.Fuzzing;
import org.touchstone.testing.SharedData;

/**
 * Every dataset reader on damaged real rows (see {@link DataFuzzTargets} for the promises checked).
 * Seeded: a failure names the seed that repeats it. The fuzz benchmark (bench/fuzz.sh) runs the
 * same targets for millions of cases.
 */
class DataReadersFuzzTest {

    /** Cases per reader: together with the coder's, well under a minute on two cores. */
    private static final int CASES = 1000;

    static Stream<String> readers() {
        return DataFuzzTargets.definitions().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readers")
    void damagedRowsNeverCrashAndGoodRowsAroundThemAreRead(String reader) throws IOException {
        DataFuzzTargets.Definition definition = DataFuzzTargets.definitions().get(reader);
        FuzzTarget target = DataFuzzTargets.target(reader, definition, SharedData.file(definition.file()));

        assertThat(Fuzzing.failures(target, 1, CASES)).isEmpty();
    }
}
