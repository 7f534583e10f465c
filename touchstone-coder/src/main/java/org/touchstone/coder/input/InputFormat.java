package org.touchstone.coder.input;

/** The document formats Touchstone reads; see docs/FORMATS.md. */
public enum InputFormat {
    /** One document per .txt file. */
    PLAIN_TEXT,
    /** JSON Lines (one document object per line) or a JSON array of document objects. */
    JSON,
    /** One document per HTML page. */
    HTML,
    /** RSS 2.0, RSS 1.0 (RDF) or Atom: one document per item or entry. */
    FEED,
    /** PETRARCH XML records ({@code <Sentences>} or {@code <Validation>}). */
    PETRARCH_XML
}
