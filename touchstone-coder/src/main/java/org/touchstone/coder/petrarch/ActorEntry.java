package org.touchstone.coder.petrarch;

import java.util.List;

/**
 * An actor: its root phrase, its synonyms (the following {@code +} lines) and its codes (in
 * brackets after the root, or on indented lines that follow).
 *
 * <p>Phrases are kept as written: words joined by '_' (which PETRARCH reads as a space), and a
 * trailing '_' that TABARI used to mark a complete word rather than a stem ("ARNOR_" against
 * "ARGENTIN").
 *
 * @param name     the root phrase
 * @param synonyms the {@code +} phrases, in order
 * @param codes    the codes, in order; never empty
 * @param line     the line of the root phrase
 */
public record ActorEntry(String name, List<ActorSynonym> synonyms, List<ActorCode> codes, int line) {

    public ActorEntry {
        synonyms = List.copyOf(synonyms);
        codes = List.copyOf(codes);
    }

    /** One phrase of the actor. */
    public record ActorSynonym(String phrase, int line) {
    }
}
