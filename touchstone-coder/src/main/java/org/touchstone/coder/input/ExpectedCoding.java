package org.touchstone.coder.input;

import java.util.Map;

/**
 * What a PETRARCH unit-test record says the coder must produce, from one {@code <EventCoding>}
 * element. Three kinds occur:
 * <ul>
 *   <li>{@link Kind#EVENT}: {@code sourcecode, targetcode, eventcode}. A code written in double
 *       quotes inside the attribute ({@code sourcecode='"INJURY TOLL"'}) is not a code but the text
 *       of a new, uncoded actor, expected only while the {@code new_actor_length} option is above
 *       zero; see {@link #isActorText(String)}. Event codes include the test-only codes of the
 *       validation dictionaries (9xx, 1717, 174K, ...), not only CAMEO.</li>
 *   <li>{@link Kind#NO_EVENTS}: {@code noevents="True"}: the sentence must produce no event.</li>
 *   <li>{@link Kind#ERROR}: {@code error="..."}: the record must be refused before coding, for the
 *       reason named: {@code dateline}, {@code bad_input_parse}, {@code storydiscard},
 *       {@code sentencediscard}.</li>
 * </ul>
 *
 * @param attributes every attribute as written, for anything the three kinds do not cover
 * @param line       line of the element in the file
 */
public record ExpectedCoding(Kind kind, String sourceCode, String targetCode, String eventCode, String error,
                             Map<String, String> attributes, long line) {

    public enum Kind { EVENT, NO_EVENTS, ERROR }

    public ExpectedCoding {
        attributes = Map.copyOf(attributes);
    }

    /** Whether an expected source or target is the quoted text of a new actor rather than a code. */
    public static boolean isActorText(String code) {
        return code != null && code.length() >= 2 && code.startsWith("\"") && code.endsWith("\"");
    }
}
