package org.touchstone.data.cow;

/**
 * One year in which a UCDP/PRIO armed conflict was active (at least 25 battle-related deaths).
 * UCDP's files, and peacesciencer's copy of them, may repeat a conflict-year on several lines
 * (one per party), so counts must count distinct {@code conflictId}s.
 *
 * @param intensityLevel  1 (25-999 battle-related deaths in the year) or 2 (1,000 or more); null when absent
 * @param typeOfConflict  as written in the file: UCDP's 1-4 or peacesciencer's words
 *                        ("extrasystemic", "interstate", "intrastate", "II" for internationalized intrastate); null when absent
 */
public record UcdpConflictYear(int conflictId, int year, Integer intensityLevel, String typeOfConflict) {
}
