package org.touchstone.core.cameo;

import java.util.List;
import java.util.Objects;
import org.touchstone.core.Actor;

/**
 * A composite CAMEO actor code split into its three-letter parts: "CHNMILGOV" is CHN (country),
 * MIL and GOV (sectors); "IGOUNOWHO" is IGO (sector), UNO and WHO (organizations).
 * Made by {@link ActorCodebook#parse(String)}.
 *
 * @param code          the whole code
 * @param country       the first part that is a country, e.g. "USA" in "USAGOV" and in "MNCUSA"; null if none
 * @param primarySector the first sector part, e.g. "MIL" in "CHNMILGOV", "IGO" in "IGOUNO"; PTY does not
 *                      count, as it only qualifies GOV or OPP; null if none
 * @param parts         every part in order, each with its kind (null for a part the codebook does not list)
 */
public record ActorCode(String code, String country, String primarySector, List<Part> parts) {

    /** One three-letter part and what it stands for; kind is null when the codebook does not list it. */
    public record Part(String code, ActorCodeKind kind) {
        public Part {
            Objects.requireNonNull(code, "code");
        }
    }

    public ActorCode {
        Objects.requireNonNull(code, "code");
        parts = List.copyOf(parts);
    }

    /** The codes of the parts of one kind, in order. */
    public List<String> partsOf(ActorCodeKind kind) {
        return parts.stream().filter(p -> p.kind() == kind).map(Part::code).toList();
    }

    /** The first international region, e.g. "AFR" in "IGOAFRAFU"; null if none. */
    public String region() {
        return first(ActorCodeKind.REGION);
    }

    /** The first region inside a country, e.g. "WSB" in "PSEWSB"; null if none. */
    public String domesticRegion() {
        return first(ActorCodeKind.DOMESTIC_REGION);
    }

    /** All sector parts in order, e.g. [GOV, MIL] for "LKAGOVMIL". */
    public List<String> sectors() {
        return partsOf(ActorCodeKind.SECTOR);
    }

    /** All organization parts in order, e.g. [UNO, WHO] for "IGOUNOHLHWHO". */
    public List<String> organizations() {
        return partsOf(ActorCodeKind.ORGANIZATION);
    }

    public List<String> ethnicGroups() {
        return partsOf(ActorCodeKind.ETHNIC);
    }

    public List<String> religions() {
        return partsOf(ActorCodeKind.RELIGION);
    }

    /** Parts the codebook does not list, such as party or militia codes ("TAL" in "AFGINSTAL"). */
    public List<String> unknownParts() {
        return partsOf(null);
    }

    /** The actor as an event records it, with the name the source wrote. */
    public Actor toActor(String name) {
        return new Actor(code, name, country, primarySector);
    }

    private String first(ActorCodeKind kind) {
        List<String> found = partsOf(kind);
        return found.isEmpty() ? null : found.get(0);
    }
}
