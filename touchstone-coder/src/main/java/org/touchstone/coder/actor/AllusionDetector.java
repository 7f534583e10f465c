package org.touchstone.coder.actor;

import java.util.List;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;

/**
 * Targets only alluded to: "certain countries", "some forces", "a certain major power", "outside
 * powers", "the enemy", "those who ...". A statement whose words allude rather than name is
 * recorded with {@code named = false}; an act whose doer is states alluded to has no doer
 * ({@link #alludedStates}). In the actor package so that events and statements share it.
 */
public final class AllusionDetector {
    /**
     * An allusion found: its token span, the code of unnamed states (UIS) where it alludes to states, and the
     * sector it means in the place named after it ("the regime in Minsk": the government of Belarus).
     */
    public record Allusion(int start, int end, String code, String sector) {
    }

    private static final PhraseIndex<String[]> INDEX = new PhraseIndex<>();
    private static final List<String[]> PHRASES = List.of(
            a("certain countries", "UIS"), a("certain country", "UIS"), a("some countries", "UIS"),
            a("some country", "UIS"), a("a certain country", "UIS"), a("certain states", "UIS"),
            a("certain state", "UIS"), a("some states", "UIS"), a("a certain major power", "UIS"),
            a("a certain superpower", "UIS"), a("a certain power", "UIS"), a("certain major powers", "UIS"),
            a("a certain big country", "UIS"), a("a small group of countries", "UIS"), a("a handful of countries", "UIS"),
            a("a few countries", "UIS"), a("certain western countries", "WST"), a("some western countries", "WST"),
            a("certain european capitals", "EUR"), a("some european capitals", "EUR"), a("certain european countries", "EUR"),
            a("some european countries", "EUR"), a("a neighbouring country", "UIS"), a("a neighboring country", "UIS"),
            a("some forces", null), a("certain forces", null), a("external forces", null), a("outside forces", null),
            a("foreign forces", null), a("some people", null), a("certain people", null), a("some politicians", null),
            a("certain politicians", null), a("hegemonism", null), a("power politics", null), a("a certain country's", "UIS"),
            a("those who", null), a("some individuals", null), a("some officials", null),
            a("outside powers", "UIS"), a("external powers", "UIS"), a("foreign powers", "UIS"), a("some powers", "UIS"),
            a("certain powers", "UIS"), a("some major powers", "UIS"), a("certain major countries", "UIS"),
            a("some big countries", "UIS"), a("a certain big power", "UIS"), a("some nations", "UIS"),
            a("certain nations", "UIS"), a("countries outside the region", "UIS"), a("countries from outside the region", "UIS"),
            a("extra-regional powers", "UIS"), a("extra-regional countries", "UIS"), a("non-regional powers", "UIS"),
            a("hegemonic powers", "UIS"), a("some western politicians", "WST"), a("certain western politicians", "WST"),
            a("some western media", "WST"), a("certain western media", "WST"), a("some western forces", "WST"),
            a("hostile forces", null), a("extra-regional forces", null), a("some media", null), a("certain media", null),
            a("certain individuals", null), a("a certain individual", null), a("certain quarters", null),
            a("some quarters", null), a("the enemy", null), a("the enemies", null), a("our enemies", null),
            a("foreign enemies", null), a("those that", null), a("anyone who", null), a("the hegemon", null),
            a("partners who", null), a("all partners", "UIS"), a("some partners", "UIS"), a("certain partners", "UIS"),
            a("countries that", "UIS"), a("countries which", "UIS"),
            a("those countries", "UIS"), a("all those who", null), a("everyone who", null),
            // foreign hands behind unrest, named by their being foreign only
            a("some foreign countries", "UIS"), a("certain foreign countries", "UIS"), a("some foreign powers", "UIS"), a("certain foreign powers", "UIS"), a("some foreign states", "UIS"),
            a("certain foreign states", "UIS"), a("some foreign governments", "UIS"), a("certain foreign governments", "UIS"),
            a("foreign interests", null), a("foreign backers", null), a("its foreign backers", null), a("their foreign backers", null),
            a("foreign agents", null), a("foreign-trained", null), a("foreign intelligence services", null),
            a("some foreign intelligence services", null), a("certain foreign intelligence services", null),
            a("foreign sponsors", null), a("foreign masters", null), a("foreign hands", null),
            // armed men known only as foreign: "said foreign terrorists had attacked the country"
            a("foreign terrorists", null), a("foreign fighters", null), a("foreign mercenaries", null),
            a("foreign militants", null), a("foreign saboteurs", null), a("foreign-backed terrorists", null),
            a("foreign-backed militants", null), a("foreign-backed saboteurs", null), a("foreign-backed gangs", null),
            a("certain western embassies", "WST"), a("some western embassies", "WST"), a("certain western governments", "WST"),
            a("some western governments", "WST"), a("the collective west", "WST"), a("certain embassies", null),
            a("some embassies", null), a("the far right", null), a("terrorist gangs", null), a("revanchist forces", null),
            a("revanchists", null), a("the puppets", null), a("the puppet regime", null), a("puppet forces", null),
            // epithets whose referent the usage fixes: Palestinian and Iranian names for Israel, Iranian for the US
            a("the occupation", "ISR"), a("the occupier", "ISR"), a("the occupiers", "ISR"), a("the zionist entity", "ISR"),
            a("the zionist enemy", "ISR"), a("the zionist regime", "ISR"), a("zionist regime", "ISR"),
            a("the usurping zionist regime", "ISR"), a("the great satan", "USA"), a("global arrogance", "USA"),
            // Venezuelan, Cuban and Iranian usage for the United States
            a("the empire", "USA"), a("the yankee empire", "USA"), a("the north american empire", "USA"),
            // unnamed hands behind an act, and capitals or politicians known only by their region
            a("a foreign country", "UIS"), a("a foreign power", "UIS"), a("a foreign state", "UIS"),
            a("a foreign government", "UIS"), a("one foreign country", "UIS"), a("a certain foreign country", "UIS"),
            a("a state actor", "UIS"), a("a foreign state actor", "UIS"), a("any country", null), a("any other country", null),
            a("any foreign country", null), a("historical enemies", null), a("historic enemies", null),
            a("certain western capitals", "WST"), a("some western capitals", "WST"), a("certain capitals", "UIS"),
            a("some capitals", "UIS"), a("some european politicians", "EUR"), a("certain european politicians", "EUR"),
            a("some european leaders", "EUR"), a("certain european leaders", "EUR"), a("some western leaders", "WST"),
            a("certain western leaders", "WST"),
            // a government named by its seat and a word for its rule: "the regime in Minsk"
            a("the regime", null, "GOV"), a("the illegitimate regime", null, "GOV"), a("the ruling regime", null, "GOV"));

    static {
        for (String[] p : PHRASES) {
            INDEX.add(p[0], p);
        }
    }

    private static String[] a(String phrase, String code) {
        return new String[] {phrase, code, null};
    }

    private static String[] a(String phrase, String code, String sector) {
        return new String[] {phrase, code, sector};
    }

    /** Words before "the occupation" that make it a time or a state of things, not the occupier ("during the occupation"). */
    private static final WordSet DESCRIPTIVE = WordSet.of("during", "under", "since", "after", "before", "throughout",
            "of", "end", "ending", "against");


    /**
     * Whether an actor is named in the clause an allusion opens ("those who arm Israel", "anyone who attacks
     * Iran"): the actor is what the alluded ones do something to, not whom the words are aimed at.
     */
    public static boolean inRelativeClause(Sentence s, Allusion a, int token) {
        return Words.RELATIVES.contains(s.token(a.end() - 1)) && token >= a.end() && token <= a.end() + 3;
    }

    /**
     * An allusion whose first word is set off in quotes ("'some' Western leaders", "'certain' countries"): the phrase
     * with the quote mark after its first word passed over; the hit spans the quote mark too.
     */
    private static PhraseIndex.Hit<String[]> quoted(Sentence s, int i) {
        if (i + 2 >= s.size() || !QUOTES.contains(s.token(i + 1).text())) {
            return null;
        }
        int best = -1;
        for (int p = 0; p < PHRASES.size(); p++) {
            String[] w = PHRASE_WORDS[p];
            boolean ok = w.length > 1 && w[0].equals(s.lower(i)) && i + w.length + 1 <= s.size();
            for (int k = 1; k < w.length && ok; k++) {
                ok = s.lower(i + 1 + k).equals(w[k]);
            }
            if (ok && (best < 0 || w.length > PHRASE_WORDS[best].length)) {
                best = p;
            }
        }
        return best < 0 ? null : new PhraseIndex.Hit<>(i, PHRASE_WORDS[best].length + 1, PHRASES.get(best));
    }

    /** Each phrase's words, split once (quoted() runs at every quote mark of every sentence). */
    private static final String[][] PHRASE_WORDS = PHRASES.stream().map(p -> p[0].split(" ")).toArray(String[][]::new);

    private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "'", "\u201c", "\u201d", "\u2018", "\u2019");

    /** Words that only allude to whom they mean when they open a group of states: "some countries", "a certain power". */
    private static final WordSet ALLUDING = WordSet.of("certain", "some", "unnamed", "outside", "external", "foreign",
            "another");
    /** Nouns of states and their power, which an alluding word before them leaves unnamed. */
    private static final WordSet STATE_NOUNS = WordSet.of("country", "countries", "state", "states", "power", "powers",
            "nation", "nations", "government", "governments", "capital", "capitals");

    /**
     * Whether tokens [head, end) are a group of states only alluded to, as a doer: an alluding word at {@code head} and
     * a noun of states at most three words on, the group's last word ("some countries", "certain Western countries",
     * "a foreign power" from "foreign"). Wider than the phrase table, which a statement's targets read: a doer needs no
     * fixed phrase, only that it names no state.
     */
    public static boolean alludedStates(Sentence s, int head, int end) {
        if (head >= end || !ALLUDING.contains(s.token(head))) {
            return false;
        }
        for (int n = head + 1; n < end && n <= head + 3; n++) {
            if (STATE_NOUNS.contains(s.token(n))) {
                return n == end - 1;
            }
        }
        return false;
    }

    /** Nouns of states and of those who side with them that "a certain" or "some" leaves unnamed. */
    private static final WordSet UNNAMED_STATE_NOUNS = STATE_NOUNS.with("neighbour", "neighbours", "neighbor",
            "neighbors", "ally", "allies", "partner", "partners", "superpower", "superpowers", "player", "players");
    /** Words between "certain" and its noun that are no modifier of the noun ("some of their allies"). */
    private static final WordSet NO_MODIFIERS = WordSet.of("of", "the", "its", "their", "his", "her", "our", "these", "those");

    /**
     * The family the phrase table samples: "a certain neighbour", "certain Gulf partners", "some neighbouring
     * states", "a certain Western power": "certain" or "some", up to two modifiers, a noun of states or their allies.
     * Unnamed states (a Western or European adjective names the region).
     */
    private static PhraseIndex.Hit<String[]> certainOnes(Sentence s, int i) {
        int head = s.lower(i).equals("a") || s.lower(i).equals("one") ? i + 1 : i;
        if (head >= s.size() || !(s.lower(head).equals("certain") || head == i && s.lower(head).equals("some"))) {
            return null;
        }
        String region = "UIS";
        for (int n = head + 1; n < s.size() && n <= head + 3; n++) {
            if (UNNAMED_STATE_NOUNS.contains(s.token(n))) {
                String phrase = s.lowerText(i, n + 1);
                return new PhraseIndex.Hit<>(i, n + 1 - i, new String[] {phrase, region, null});
            }
            if (!s.token(n).isWord() || NO_MODIFIERS.contains(s.token(n))) {
                return null;
            }
            region = s.lower(n).equals("western") ? "WST" : s.lower(n).equals("european") ? "EUR" : region;
        }
        return null;
    }

    /** The first allusion in tokens [from, to), or null. */
    public Allusion find(Sentence s, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, s.size()); i++) {
            PhraseIndex.Hit<String[]> hit = INDEX.at(s, i);
            if (hit == null) {
                hit = quoted(s, i);
            }
            if (hit == null) {
                hit = certainOnes(s, i);
            }
            if (hit == null || s.lower(i + hit.length() - 1).startsWith("occup") && i > 0 && DESCRIPTIVE.contains(s.token(i - 1))) {
                continue;
            }
            return new Allusion(hit.start(), hit.start() + hit.length(), hit.value()[1], hit.value()[2]);
        }
        return null;
    }
}
