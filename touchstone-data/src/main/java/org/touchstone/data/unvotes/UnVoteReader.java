package org.touchstone.data.unvotes;

import java.io.InputStream;

/**
 * Reads un_votes*.csv: {@code rcid,year,country_code,vote} with vote yes, abstain or no. Years
 * outside 1945-2100 are rejected as typing errors.
 */
public final class UnVoteReader extends UnVotesCsvReader<UnVote> {
    static final int FIRST_YEAR = 1945;
    static final int LAST_YEAR = 2100;

    public UnVoteReader(InputStream in, String fileName) {
        super(in, fileName, UnVotesFileKind.VOTES);
    }

    @Override
    protected UnVote readRecord() {
        Integer rcid = requiredInteger("rcid", 1, Integer.MAX_VALUE);
        Integer year = requiredInteger("year", FIRST_YEAR, LAST_YEAR);
        String country = requiredCountryCode("country_code");
        String voteText = requiredText("vote");
        UnVoteChoice choice = UnVoteChoice.parse(voteText);
        if (voteText != null && choice == null) {
            noteProblem("unknown vote '" + fields.quoted(column("vote")) + "' (expected yes, abstain or no)");
        }
        return problem() != null ? null : new UnVote(rcid, year, country, choice);
    }
}
