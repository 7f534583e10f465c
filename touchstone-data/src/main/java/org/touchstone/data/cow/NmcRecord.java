package org.touchstone.data.cow;

/**
 * One state-year of the Correlates of War National Material Capabilities data (NMC). The six
 * components are null where COW records them as missing (-9); {@code cinc} is the state's share of
 * the whole system's capabilities that year (the Composite Index of National Capability, 0 to 1).
 *
 * @param stateAbb COW state abbreviation ("USA"), or null when the file has none
 * @param milex    military expenditure (thousands; pounds sterling to 1913, US dollars after)
 * @param milper   military personnel (thousands)
 * @param irst     iron and steel production (thousands of tons)
 * @param pec      primary energy consumption (thousands of coal-ton equivalents)
 * @param tpop     total population (thousands)
 * @param upop     urban population (thousands)
 */
public record NmcRecord(String stateAbb, int ccode, int year, Double milex, Double milper, Double irst,
                        Double pec, Double tpop, Double upop, double cinc) {
}
