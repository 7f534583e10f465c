package org.touchstone.coder.dict;

/** What a dictionary form denotes; the recognizer composes actors from these. */
public enum ActorKind {
    /** A country's name ("Russia"). */
    COUNTRY,
    /** A demonym or adjective ("Russian"); alone the country, with an agent word country+sector. */
    ADJECTIVE,
    /** A capital or seat of power ("the Kremlin"): the government as an actor, the country as a place. */
    METONYM,
    /** A city or region of a country ("Kharkiv", "Gaza City"): always a place, never an agent. */
    PLACE,
    /** A named national body with its own code ("Pentagon"). */
    INSTITUTION,
    /** An international organization, one of its bodies or its seat. */
    ORGANIZATION,
    /** The chief officer of an organization ("UN chief"). */
    ORGANIZATION_ROLE,
    /** A person with dated roles. */
    PERSON,
    /** A role word giving a sector ("troops", "foreign ministry"). */
    AGENT,
    /** A title written before a name ("President", "Gen."). */
    TITLE,
    /** A phrase that must not match anything (avoid lists). */
    AVOID
}
