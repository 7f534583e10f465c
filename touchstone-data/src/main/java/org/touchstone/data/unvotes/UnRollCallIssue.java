package org.touchstone.data.unvotes;

/**
 * An issue a roll call is about; a roll call may have several or none.
 *
 * @param rcid      the roll call
 * @param shortName the data's two-letter issue code ("hr")
 * @param issue     the issue's name as in the data ("Human rights")
 */
public record UnRollCallIssue(int rcid, String shortName, String issue) implements UnVotesRecord {
}
