package org.touchstone.analysis;

/**
 * One major power's place in a year: its CINC (share of the whole system's capability) and its
 * share of the major powers' combined CINC, which is what CON and poles are computed from.
 *
 * @param state COW state abbreviation, or the ccode as text when the NMC file has none
 */
public record PolarityShare(int ccode, String state, double cinc, double share) {
}
