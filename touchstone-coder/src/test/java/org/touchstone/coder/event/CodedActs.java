package org.touchstone.coder.event;

import java.time.LocalDate;
import java.util.List;
import org.touchstone.coder.CodedDocument;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/** Helpers for the act tests whose sentences are dated 2024-05-10 (the leaders in office then). */
final class CodedActs {
    static final LocalDate DAY = LocalDate.of(2024, 5, 10);

    private CodedActs() {
    }

    static CodedDocument code(String text) {
        return CoderTestSupport.code(text, DAY);
    }

    /** "SRC>TGT:CODE" of every event of the text. */
    static List<String> events(String text) {
        return CoderTestSupport.events(code(text));
    }

    /** The text's one statement (fails when there is not exactly one). */
    static Statement statement(String text) {
        return CoderTestSupport.onlyStatement(text, DAY);
    }
}
