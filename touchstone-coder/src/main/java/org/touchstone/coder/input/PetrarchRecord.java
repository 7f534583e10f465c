package org.touchstone.coder.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.touchstone.core.Document;

/**
 * One {@code <Sentence>} of a PETRARCH XML input file.
 *
 * @param id         the record id ("AFP0808020625_4", "DEMO-01")
 * @param date       from {@code date="YYYYMMDD"}
 * @param category   unit-test category ("DEMO", "SYNSET", ...); null in plain input files
 * @param sentence   the {@code sentence} attribute: true when the text is one sentence; in the
 *                   unit-test file {@code sentence="false"} marks the records of features that
 *                   PETRARCH does not implement. Null when absent.
 * @param attributes every attribute of {@code <Sentence>} as written (source, place, ...)
 * @param text       the {@code <Text>} with whitespace runs collapsed to one space. When
 *                   {@code <Text>} is empty but a parse is given (GigaWord TEST_1), the words are
 *                   the leaves of the parse, space-separated as tokenized ("rebels .")
 * @param textFromParse whether {@code text} was taken from the parse
 * @param parse      the {@code <Parse>} tree as written (Penn Treebank brackets), or null; the
 *                   coder reads the text, never this (a parser trial compares trees with it)
 * @param expected   the expected codings (unit-test records); empty in plain input files
 * @param comments   the XML comments inside the record, trimmed, in order (test notes)
 * @param options    the {@code <Config option value>} settings in force for this record, from the
 *                   environment and any {@code <Config>} met earlier in the file
 * @param line       line of the {@code <Sentence>} start tag
 */
public record PetrarchRecord(String id, LocalDate date, String category, Boolean sentence,
                             Map<String, String> attributes, String text, boolean textFromParse, String parse,
                             List<ExpectedCoding> expected,
                             List<String> comments, Map<String, String> options, long line) {

    public PetrarchRecord {
        attributes = Map.copyOf(attributes);
        expected = List.copyOf(expected);
        comments = List.copyOf(comments);
        options = Map.copyOf(options);
    }

    /** Whether the record expects no event at all ({@code noevents}). */
    public boolean expectsNoEvents() {
        return expected.stream().anyMatch(coding -> coding.kind() == ExpectedCoding.Kind.NO_EVENTS);
    }

    /** The record as a document to code: the {@code source} attribute becomes the provider. */
    public Document toDocument() {
        return new Document(id, date, attributes.get("source"), null, null, null, text, null);
    }
}
