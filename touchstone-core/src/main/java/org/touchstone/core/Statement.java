package org.touchstone.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An attributed statement: who said what about whom, with what stance, to which audience.
 *
 * @param statementIndex order of the statement within its sentence (0-based)
 * @param speaker        CAMEO actor code of the speaker, e.g. "CHNGOV"
 * @param targets        actor codes spoken about; may be empty when the target is only alluded to
 * @param named          false when the target is only alluded to ("certain countries")
 * @param code           the CAMEO verbal code of the stance (e.g. "111" criticize), as text
 * @param goldstein      the stance's Goldstein value
 * @param quote          the words attributed to the speaker, as written
 */
public record Statement(String docId, int sentenceIndex, int statementIndex, LocalDate date,
                        String speaker, List<String> targets, boolean named, String code, Double goldstein,
                        Audience audience, String quote, Provenance provenance) {

    public Statement {
        Objects.requireNonNull(docId, "docId");
        Objects.requireNonNull(date, "date");
        targets = targets == null ? List.of() : List.copyOf(targets);
        audience = audience == null ? Audience.UNKNOWN : audience;
    }
}
