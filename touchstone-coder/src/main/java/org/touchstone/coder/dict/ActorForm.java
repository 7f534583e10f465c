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
 * @param acronyms      bit k set when token k is an acronym (derived from {@code tokens})
 */
public record ActorForm(List<String> tokens, ActorKind kind, String code, boolean caseSensitive, boolean prefix,
                        Person person, String entry, int acronyms) {
    public ActorForm {
        tokens = List.copyOf(tokens);
    }

    public ActorForm(List<String> tokens, ActorKind kind, String code, boolean caseSensitive, boolean prefix,
                     Person person, String entry) {
        this(tokens, kind, code, caseSensitive, prefix, person, entry, acronymMask(tokens));
    }

    /** Bit k set when token k is an acronym (matched only as written); computed once, read on every match. */
    private static int acronymMask(List<String> tokens) {
        int mask = 0;
        for (int k = 0; k < Math.min(tokens.size(), 31); k++) {
            if (ActorDictionary.isAcronym(tokens.get(k))) {
                mask |= 1 << k;
            }
        }
        return mask;
    }

    /** Whether token k of the form is an acronym. */
    public boolean acronymAt(int k) {
        return k < 31 ? (acronyms & (1 << k)) != 0 : ActorDictionary.isAcronym(tokens.get(k));
    }

    /** The country part of the code when it starts with a three-letter country, else null. */
    public String country() {
        return code != null && code.length() >= 3 && !code.startsWith("IGO") && kind != ActorKind.AGENT
                && kind != ActorKind.TITLE ? code.substring(0, 3) : null;
    }
}
