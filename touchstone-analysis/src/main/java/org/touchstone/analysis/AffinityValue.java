package org.touchstone.analysis;

/**
 * One measure of one pair's UN voting affinity in one year (or over all years asked for).
 *
 * @param year    the year; null when the value covers every year asked for
 * @param a       first country, by its CAMEO code (the data's code when CAMEO has none)
 * @param b       second country
 * @param measure agree, s or kappa
 * @param value   the measure; null when it is undefined (kappa when both cast the same single vote throughout)
 * @param votes   roll calls both countries voted on (yes, abstain or no), the n of the measure
 * @param issue   the issue the roll calls were limited to; null for all roll calls
 */
public record AffinityValue(Integer year, String a, String b, String measure, Double value, long votes, String issue) {
}
