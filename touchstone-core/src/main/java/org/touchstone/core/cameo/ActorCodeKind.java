package org.touchstone.core.cameo;

import java.util.Locale;

/** What a three-letter part of a CAMEO actor code stands for. */
public enum ActorCodeKind {
    /** A state or territory, e.g. USA, ROM, USR (ISO-3166 alpha-3 based). */
    COUNTRY,
    /** An international region, e.g. AFR, MEA, WST ("the West"). */
    REGION,
    /** A region inside one country, written after the country: PSEWSB (West Bank), RUSCNY (Chechnya). */
    DOMESTIC_REGION,
    /** A named organization, written after its type: IGOUNO (UN), IGOWSTNAT (NATO), NGOAMN (Amnesty). */
    ORGANIZATION,
    /** A role or type of actor: GOV, MIL, OPP, BUS, and the international types IGO, NGO, MNC, ... */
    SECTOR,
    /** An ethnic group: KEDS codes in upper case (KUR), CAMEOECS codes in lower case (kur). */
    ETHNIC,
    /** A religion, denomination or religious family: CHR, MOS, CTH, SUN, REL (unspecified). */
    RELIGION;

    /** The word the codebook table uses, e.g. "domestic_region". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActorCodeKind ofLabel(String label) {
        for (ActorCodeKind kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be one of country, region, domestic_region, organization, "
                + "sector, ethnic, religion; was '" + label + "'");
    }
}
