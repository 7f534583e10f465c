package org.touchstone.app.report;

/** Two of the report's actors: unordered for relations, ordered (a toward b) for words and deeds. */
record ActorPair(String a, String b) {

    /** "CHN-RUS": the pair in chart legends and tables. */
    String label() {
        return a + "-" + b;
    }

    /** "CHN to RUS": the ordered pair in words. */
    String toward() {
        return a + " to " + b;
    }

    /** "chn-rus": the pair in ids and file names. */
    String slug() {
        return Html.slug(a + "-" + b);
    }
}
