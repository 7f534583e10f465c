package org.touchstone.coder.verb;

import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.dict.VerbEntry;
import org.touchstone.coder.dict.VerbPattern;

/**
 * A verb (or nominal form) found in a sentence and the pattern that matched it.
 *
 * @param start   first token of the verb form
 * @param end     token after the verb form
 * @param last    token after the last token the pattern used
 * @param target  the actor the pattern's {@code +} slot took, or null
 * @param source  the actor the pattern's {@code $} slot took, or null
 */
public record VerbMatch(VerbEntry entry, VerbPattern pattern, boolean nominal, int start, int end, int last,
                        ActorMention target, ActorMention source, String formText) {

    /**
     * Whether the form opens with an -ing word: "sending", and the phrasal "scaling back", "cracking down on",
     * "shooting down" alike (the form's text ends with its particle, not with "-ing").
     */
    public boolean ingForm() {
        int space = formText.indexOf(' ');
        String first = space < 0 ? formText : formText.substring(0, space);
        return first.toLowerCase(java.util.Locale.ROOT).endsWith("ing");
    }

    /** Whether the matched entry belongs to the family of verbs.txt's {@code role:} ("kill" and "behead": KILLING). */
    public boolean is(VerbEntry.Role role) {
        return entry.role() == role;
    }

    /** The provenance string: "verbs:verbs.txt:123 visit * to +". */
    public String provenance() {
        return "verbs:" + entry.file() + ":" + pattern.line() + " " + entry.name() + " " + pattern.text();
    }
}
