package org.touchstone.analysis;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The files the polarity question reads.
 *
 * @param nmc    COW National Material Capabilities (state-years with CINC)
 * @param majors COW major-power spells
 * @param mids   COW militarized interstate disputes (dispute-level MID 5, or dyadic MID 4)
 * @param ucdp   UCDP/PRIO armed conflict-years, or null to leave UCDP counts out
 */
public record PolaritySources(Path nmc, Path majors, Path mids, Path ucdp) {
    public PolaritySources {
        Objects.requireNonNull(nmc, "nmc");
        Objects.requireNonNull(majors, "majors");
        Objects.requireNonNull(mids, "mids");
    }
}
