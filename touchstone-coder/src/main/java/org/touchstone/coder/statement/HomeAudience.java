package org.touchstone.coder.statement;

import static org.touchstone.coder.statement.AudienceDetector.CUE_STOPS;

import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Words;

/**
 * Whether words were said at home, to the speaker's own people, or only seem so: an address to a body of them ("told
 * police cadets", "told troops"), a gathering that is its own country's ("told Russia's Security Council", "told a forum in Baku"), and a home channel used abroad
 * ("a speech in Beijing" by a visitor is not at home). {@link AudienceDetector} weighs these against the other channels.
 */
final class HomeAudience {
    private HomeAudience() {
    }

    /** Bodies of the speaker's own people an address is given to in person (and its {@link #SUPPORTERS}). */
    private static final WordSet HOME_GROUPS = WordSet.of("cadets", "workers", "troops", "soldiers", "sailors", "students",
            "graduates", "officers", "veterans", "clerics", "cadres", "citizens", "farmers", "miners", "compatriots", "nation",
            "gathering", "audience", "pilgrims", "faithful", "worshippers", "worshipers", "believers", "congregation", "voters",
            "mourners", "youth");

    /** The speaker's own followers: told the words, they are its home audience, never what the words are about. */
    private static final WordSet SUPPORTERS = WordSet.of("supporters", "followers", "loyalists");

    /**
     * The speaker's own followers named as the ones told ("told supporters in Caracas", "told a rally of his
     * supporters"): the mention of them, or null. Striking workers or students told are not followers: words to them
     * may be about them ("told striking workers that he would never give up power").
     */
    static ActorMention toldSupporters(Sentence s, List<ActorMention> mentions) {
        for (int i = 0; i < s.size(); i++) {
            if (!Words.TOLD.contains(s.token(i))) {
                continue;
            }
            for (int k = i + 1; k < Math.min(s.size(), i + 6) && !CUE_STOPS.contains(s.token(k)); k++) {
                if (SUPPORTERS.contains(s.token(k))) {
                    int at = k;
                    return mentions.stream().filter(m -> m.start() <= at && at < m.end()).findFirst().orElse(null);
                }
            }
        }
        return null;
    }

    /** Where a home group is named as the one told ("told police and army cadets"), or -1. */
    static int toldHomeGroup(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (!Words.TOLD.contains(s.token(i))) {
                continue;
            }
            for (int k = i + 1; k < Math.min(s.size(), i + 6) && !CUE_STOPS.contains(s.token(k)); k++) {
                if (HOME_GROUPS.contains(s.token(k)) || SUPPORTERS.contains(s.token(k))) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * "told a naval parade in St Petersburg", "told a defence exhibition in Pyongyang": an occasion told the words
     * ("a" or "an" and at most five words) held at a place of the speaker's own country. Weighed after every other
     * channel, so a news conference, a forum of states or a meeting with the target named that way still wins.
     */
    static boolean toldOccasionAtHome(Sentence s, List<ActorMention> mentions, String speakerCountry) {
        for (int i = 0; speakerCountry != null && i + 2 < s.size(); i++) {
            if (!Words.TOLD.contains(s.token(i)) || !(s.lower(i + 1).equals("a") || s.lower(i + 1).equals("an"))) {
                continue;
            }
            for (int k = i + 3; k < Math.min(s.size() - 1, i + 8) && !CUE_STOPS.contains(s.token(k)); k++) {
                int at = k + 1;
                if (s.lower(k).equals("in") && mentions.stream().anyMatch(m -> m.start() == at && m.locative()
                        && String.valueOf(m.placeOrCode()).startsWith(speakerCountry))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a place of another country than the speaker's follows a home channel closely ("a speech in Beijing"). */
    static boolean abroad(Sentence s, List<ActorMention> mentions, int channel, String speakerCountry) {
        for (ActorMention m : mentions) {
            String c = m.placeOrCode();
            boolean place = m.start() > 0 && (s.lower(m.start() - 1).equals("in") || s.lower(m.start() - 1).equals("at"));
            if (m.locative() && place && m.start() > channel && m.start() - channel <= 4 && speakerCountry != null && c != null
                    && Coreference.isCountryCode(c) && !c.startsWith(speakerCountry)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A gathering named as the channel that is the speaker's own country's: its own security council ("told Russia's
     * Security Council", "a meeting of the Russian Security Council"), or a forum held at home ("told a forum in Baku").
     */
    static boolean homeGathering(Sentence s, List<ActorMention> mentions, int at, String speakerCountry) {
        if (speakerCountry == null) {
            return false;
        }
        if (s.lower(at).equals("security") && at + 1 < s.size() && s.lower(at + 1).equals("council")) {
            int k = at > 0 && s.lower(at - 1).equals("'s") ? at - 2 : at - 1;
            // the council named with its state ("Russia's"), or coded as the state's own body
            return mentions.stream().anyMatch(m -> (m.end() - 1 == k || m.start() <= at && at < m.end()) && m.code() != null
                    && m.code().startsWith(speakerCountry));
        }
        boolean bareForum = s.lower(at).equals("forum") && at > 0 && (s.lower(at - 1).equals("a") || s.lower(at - 1).equals("an"));
        return bareForum && at + 2 < s.size() && s.lower(at + 1).equals("in") && mentions.stream().anyMatch(m -> m.start() == at + 2
                && m.locative() && String.valueOf(m.placeOrCode()).startsWith(speakerCountry));
    }
}
