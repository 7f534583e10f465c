package org.touchstone.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A text to be coded: a news report, an official statement, a transcript.
 *
 * @param id              unique id of the document within its corpus
 * @param date            publication date; no event coded from it is dated later
 * @param provider        who published it ("wire:global", "state-media:CHN", a domain), null if unknown
 * @param providerCountry ISO3/CAMEO code of the provider's country, null if unknown
 * @param venue           where the main statement was made ("press_conference", "domestic_speech", ...), null if unknown
 */
public record Document(String id, LocalDate date, String provider, String providerCountry, String url,
                       String title, String text, String venue) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        text = text == null ? "" : text;
    }
}
