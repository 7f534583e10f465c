package org.touchstone.data.unvotes;

import java.io.InputStream;
import java.time.LocalDate;

/**
 * Reads un_roll_calls.csv: {@code rcid,session,importantvote,date,unres,amend,para,short,descr}.
 * Only rcid and date are required; the flags are 0, 1 or empty.
 */
public final class UnRollCallReader extends UnVotesCsvReader<UnRollCall> {

    public UnRollCallReader(InputStream in, String fileName) {
        super(in, fileName, UnVotesFileKind.ROLL_CALLS);
    }

    @Override
    protected UnRollCall readRecord() {
        Integer rcid = requiredInteger("rcid", 1, Integer.MAX_VALUE);
        Integer session = optionalInteger("session", 1, 999);
        Boolean important = optionalFlag("importantvote");
        int dateColumn = column("date");
        LocalDate date = fields.isoDate(dateColumn);
        if (date == null) {
            noteProblem(fields.isEmpty(dateColumn) ? "missing date"
                    : "unparsable date '" + fields.quoted(dateColumn) + "' (expected YYYY-MM-DD)");
        }
        Boolean amendment = optionalFlag("amend");
        Boolean paragraph = optionalFlag("para");
        if (problem() != null) {
            return null;
        }
        return new UnRollCall(rcid, session, important, date, optionalText("unres"), amendment, paragraph,
                optionalText("short"), optionalText("descr"));
    }
}
