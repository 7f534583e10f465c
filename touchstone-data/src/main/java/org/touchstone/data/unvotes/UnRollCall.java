package org.touchstone.data.unvotes;

import java.time.LocalDate;

/**
 * One recorded vote of the General Assembly (a roll call), with the data's columns.
 *
 * @param rcid          the roll call's id, shared with the votes and issues files
 * @param session       General Assembly session (1 = 1946); null when missing
 * @param importantVote the data's {@code importantvote}: true for votes the US State Department
 *                      listed as important; null when missing
 * @param date          day of the vote
 * @param resolution    the data's {@code unres}, e.g. "A/RES/74/19"; null when missing
 * @param amendment     the data's {@code amend}: a vote on an amendment; null when missing
 * @param paragraph     the data's {@code para}: a vote on a paragraph; null when missing
 * @param shortTitle    the data's {@code short}; null when missing
 * @param description   the data's {@code descr}; null when missing
 */
public record UnRollCall(int rcid, Integer session, Boolean importantVote, LocalDate date, String resolution,
                         Boolean amendment, Boolean paragraph, String shortTitle, String description)
        implements UnVotesRecord {
}
