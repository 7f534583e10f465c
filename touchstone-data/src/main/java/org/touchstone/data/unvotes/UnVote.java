package org.touchstone.data.unvotes;

/**
 * One country's vote on one roll call.
 *
 * @param rcid        the roll call
 * @param year        the year of the roll call
 * @param countryCode the country as the data codes it (see {@link UnCountry#code()})
 * @param choice      yes, abstain or no
 */
public record UnVote(int rcid, int year, String countryCode, UnVoteChoice choice) implements UnVotesRecord {
}
