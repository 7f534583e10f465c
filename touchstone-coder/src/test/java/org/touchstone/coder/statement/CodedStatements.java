package org.touchstone.coder.statement;

import java.time.LocalDate;
import java.util.List;
import org.touchstone.coder.Coder;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/** One coder for the statement tests (dictionaries are read once) and helpers to code a sentence dated 2023-06-15. */
final class CodedStatements {
    static final Coder CODER = CoderTestSupport.CODER;

    private CodedStatements() {
    }

    static List<Statement> statements(String text) {
        return CoderTestSupport.code(text, LocalDate.of(2023, 6, 15)).statements();
    }

    /** The one statement of a sentence (fails when there is not exactly one). */
    static Statement only(String text) {
        return CoderTestSupport.onlyStatement(text, LocalDate.of(2023, 6, 15));
    }
}
