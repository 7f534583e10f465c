package org.touchstone.coder.petrarch;

/** The three generations of the verb-pattern format; see docs/FORMATS.md. */
public enum VerbDialect {
    /**
     * CAMEO.2.0.txt: synsets first, then {@code ####### VERB PATTERNS #######} with verb blocks,
     * then {@code ~} transformations. Patterns group words into prepositional phrases
     * {@code (TO BORDER)} and noun phrases {@code {ARMS SHIPMENT}}.
     */
    PETRARCH2,
    /**
     * PETR.Validate.verbs.txt: verb blocks and synsets interleaved; patterns are word sequences
     * joined by '_' (consecutive) or ' ' (gaps allowed), with the TABARI tokens + (target),
     * $ (source), % (compound actor) and ^ (skip a noun phrase).
     */
    PETRARCH1,
    /**
     * TABARI .verbs: no blocks; each verb line ("ABANDON [---]") starts its own verb with the
     * patterns below it; ';' comments, word stems, { A | B } alternatives inside patterns.
     */
    TABARI
}
