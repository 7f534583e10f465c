package org.touchstone.core;

import java.time.LocalDateTime;

/**
 * One report of an event by one news source (GDELT 2.0 mentions table).
 *
 * @param eventId        the GDELT GlobalEventID the mention refers to
 * @param sourceName     the outlet's domain or name, e.g. "bbc.co.uk"
 * @param identifier     the article's URL or citation
 * @param mentionType    1 web, 2 citation-only, 3 CORE, 4 DTIC, 5 JSTOR, 6 non-textual
 * @param sentenceId     the sentence of the article in which the event was found
 * @param confidence     GDELT's confidence in the extraction, 10-100
 * @param tone           tone of the article
 */
public record Mention(String dataset, String eventId, LocalDateTime eventTime, LocalDateTime mentionTime,
                      int mentionType, String sourceName, String identifier, Integer sentenceId,
                      Integer actor1Offset, Integer actor2Offset, Integer actionOffset,
                      boolean inRawText, Integer confidence, Integer documentLength, Double tone,
                      Provenance provenance) {
}
