package org.touchstone.coder;

import java.util.List;
import org.touchstone.core.Event;
import org.touchstone.core.Statement;

/**
 * What the coder found in one document. A document that could not be coded (or a sentence of
 * it) is reported in {@code errors}, never thrown; what was coded before the failure is kept.
 *
 * @param docId      the document's id
 * @param sentences  how many sentences the document had
 * @param events     the events, in sentence order
 * @param statements the statements, in sentence order
 * @param errors     problems met while coding ("sentence 3: ..."), empty when none
 */
public record CodedDocument(String docId, int sentences, List<Event> events, List<Statement> statements,
                            List<String> errors) {
    public CodedDocument {
        events = List.copyOf(events);
        statements = List.copyOf(statements);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
