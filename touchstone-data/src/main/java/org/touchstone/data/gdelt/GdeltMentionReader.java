package org.touchstone.data.gdelt;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;

import org.touchstone.core.Mention;
import org.touchstone.core.Provenance;
import org.touchstone.data.DelimitedLine;
import org.touchstone.data.LineRecordReader;
import org.touchstone.data.ReadResult;
import org.touchstone.data.StringCache;

/**
 * Reads the GDELT 2.0 mentions table (*.mentions.CSV): 16 tab-separated columns, no header, one
 * row per report of an event by one article. See docs/DATA.md for the mapping.
 */
public final class GdeltMentionReader extends LineRecordReader<Mention> {

    /** The column names, as the official GDELT 2.0 mentions header file lists them. */
    static final List<String> COLUMNS = List.of(
            "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
            "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
            "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

    private static final int GLOBAL_EVENT_ID = 0;
    private static final int EVENT_TIME = 1;
    private static final int MENTION_TIME = 2;
    private static final int MENTION_TYPE = 3;
    private static final int SOURCE_NAME = 4;
    private static final int IDENTIFIER = 5;
    private static final int SENTENCE_ID = 6;
    private static final int ACTOR1_OFFSET = 7;
    private static final int ACTOR2_OFFSET = 8;
    private static final int ACTION_OFFSET = 9;
    private static final int IN_RAW_TEXT = 10;
    private static final int CONFIDENCE = 11;
    private static final int DOC_LENGTH = 12;
    private static final int DOC_TONE = 13;

    private final StringCache cache = new StringCache();

    public GdeltMentionReader(InputStream in, String fileName) {
        super(in, fileName, DelimitedLine.tabSeparated());
        columnNames(COLUMNS);
    }

    @Override
    protected ReadResult<Mention> read(long line) {
        DelimitedLine f = fields;
        if (isHeaderRow()) {
            return null;
        }
        if (f.count() != COLUMNS.size()) {
            return reject(line, "expected " + COLUMNS.size() + " tab-separated columns, found " + f.count());
        }
        String eventId = requiredDigits(GLOBAL_EVENT_ID);
        LocalDateTime eventTime = timestamp(EVENT_TIME);
        LocalDateTime mentionTime = timestamp(MENTION_TIME);
        Integer mentionType = optionalInteger(MENTION_TYPE, 1, 6);
        if (mentionType == null && f.isEmpty(MENTION_TYPE)) {
            noteProblem("missing MentionType");
        }
        Integer sentenceId = optionalInteger(SENTENCE_ID, 0, Integer.MAX_VALUE);
        // GDELT writes -1 for an actor or action it could not place in the text
        Integer actor1Offset = optionalInteger(ACTOR1_OFFSET, -1, Integer.MAX_VALUE);
        Integer actor2Offset = optionalInteger(ACTOR2_OFFSET, -1, Integer.MAX_VALUE);
        Integer actionOffset = optionalInteger(ACTION_OFFSET, -1, Integer.MAX_VALUE);
        Integer inRawText = optionalInteger(IN_RAW_TEXT, 0, 1);
        Integer confidence = optionalInteger(CONFIDENCE, 0, 100);
        Integer documentLength = optionalInteger(DOC_LENGTH, 0, Integer.MAX_VALUE);
        Double tone = optionalDecimal(DOC_TONE, -100, 100);
        if (problem() != null) {
            return reject(line, problem());
        }
        return accept(line, new Mention("gdelt2", eventId, eventTime, mentionTime, mentionType,
                f.text(SOURCE_NAME, cache), f.text(IDENTIFIER), sentenceId, actor1Offset, actor2Offset,
                actionOffset, inRawText != null && inRawText == 1, confidence, documentLength, tone,
                Provenance.ofRow(fileName, line)));
    }

    private LocalDateTime timestamp(int column) {
        LocalDateTime time = fields.basicDateTime(column);
        if (time == null) {
            noteProblem(fields.isEmpty(column) ? "missing " + columnName(column)
                    : "unparsable timestamp '" + fields.quoted(column) + "' in column " + columnName(column));
        }
        return time;
    }
}
