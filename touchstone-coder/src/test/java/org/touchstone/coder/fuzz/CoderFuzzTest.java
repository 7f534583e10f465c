package org.touchstone.coder.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.touchstone.coder.Coder;
import org.touchstone.testing.FuzzTarget;
import org.touchstone.testing.Fuzzing;
import org.touchstone.testing.SharedData;

/**
 * The coder's input readers, its dictionary readers and the coder itself on damaged real input
 * (see {@link CoderFuzzTargets} and {@link DictionaryFuzzTargets} for the promises checked).
 * Seeded: a failure names the seed that repeats it. bench/fuzz.sh runs the same targets for
 * millions of cases.
 */
class CoderFuzzTest {

    @TestFactory
    Stream<DynamicTest> inputReaders() throws IOException {
        return cases(CoderFuzzTargets.readers(SharedData.file("petrarch2/GigaWord.sample.PETR.xml")), 400);
    }

    @TestFactory
    Stream<DynamicTest> petrarchDictionaryParsers() throws IOException {
        return cases(DictionaryFuzzTargets.petrarch(SharedData.file("petrarch2/dictionaries/CAMEO.2.0.txt")
                .getParent()), 300);
    }

    @TestFactory
    Stream<DynamicTest> projectDictionaryReaders() {
        return cases(DictionaryFuzzTargets.project(), 200);
    }

    @Test
    void coderOnDamagedSentences() {
        assertNoFailures(CoderFuzzTargets.coder(new Coder(), "coder"), 300);
    }

    private static Stream<DynamicTest> cases(Map<String, FuzzTarget> targets, int count) {
        return targets.values().stream().map(target -> DynamicTest.dynamicTest(target.name(),
                () -> assertNoFailures(target, count)));
    }

    /** A hang (a parser gone quadratic on a long line) fails the build through surefire's fork timeout. */
    private static void assertNoFailures(FuzzTarget target, int count) {
        assertThat(Fuzzing.failures(target, 1, count)).isEmpty();
    }
}
