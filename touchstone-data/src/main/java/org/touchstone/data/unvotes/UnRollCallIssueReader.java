package org.touchstone.data.unvotes;

import java.io.InputStream;

/** Reads un_roll_call_issues.csv: {@code rcid,short_name,issue}. */
public final class UnRollCallIssueReader extends UnVotesCsvReader<UnRollCallIssue> {

    public UnRollCallIssueReader(InputStream in, String fileName) {
        super(in, fileName, UnVotesFileKind.ROLL_CALL_ISSUES);
    }

    @Override
    protected UnRollCallIssue readRecord() {
        Integer rcid = requiredInteger("rcid", 1, Integer.MAX_VALUE);
        String shortName = requiredText("short_name");
        String issue = requiredText("issue");
        return problem() != null ? null : new UnRollCallIssue(rcid, shortName, issue);
    }
}
