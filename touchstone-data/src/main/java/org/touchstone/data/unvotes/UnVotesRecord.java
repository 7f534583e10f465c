package org.touchstone.data.unvotes;

/** One row of the UN General Assembly voting data: a country, a roll call, an issue of a roll call, or a vote. */
public sealed interface UnVotesRecord permits UnCountry, UnRollCall, UnRollCallIssue, UnVote {
}
