package org.touchstone.coder.dict;

import java.util.List;

/**
 * One form of a dictionary entry as the recognizer matches it: the tokens as written, what it
 * denotes and the code it gives.
 *
 * @param tokens        the form split into tokens as written ("People's", "Liberation", "Army")
 * @param kind          what the form denotes
 * @param code          the actor code (for agents and titles: the sector, e.g. "MIL"); null for AVOID
 * @param caseSensitive acronyms and {@code cased:} forms match only as written
 * @param prefix        a form ending in "-" ("Sino-") that matches the start of a hyphenated token
 * @param person        the person, for PERSON forms
 * @param entry         the provenance string: "actors:countries.txt:RUS Russia"
 */
public record ActorForm(List<String> tokens, ActorKind kind, String code, boolean caseSensitive, boolean prefix,
                        Person person, String entry) {
    public ActorForm {
        tokens = List.copyOf(tokens);
    }

    /** The country part of the code when it starts with a three-letter country, else null. */
    public String country() {
        return code != null && code.length() >= 3 && !code.startsWith("IGO") && kind != ActorKind.AGENT
                && kind != ActorKind.TITLE ? code.substring(0, 3) : null;
    }
}
