package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.touchstone.coder.Coder;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Document;
import org.touchstone.core.Statement;

/** One coder for the statement tests (dictionaries are read once) and helpers to code a sentence dated 2023-06-15. */
final class CodedStatements {
    static final Coder CODER = CoderTestSupport.CODER;

    private CodedStatements() {
    }

    static List<Statement> statements(String text) {
        return CODER.code(new Document("t", LocalDate.of(2023, 6, 15), null, null, null, null, text, null)).statements();
    }

    /** The one statement of a sentence (fails when there is not exactly one). */
    static Statement only(String text) {
        List<Statement> all = statements(text);
        assertThat(all).as(text).hasSize(1);
        return all.get(0);
    }
}
