package org.touchstone.coder.statement;

import static org.touchstone.coder.statement.AudienceDetector.BEFORE_OR_AFTER;
import static org.touchstone.coder.statement.AudienceDetector.CUE_STOPS;
import static org.touchstone.coder.statement.AudienceDetector.TARGET;
import static org.touchstone.coder.statement.AudienceDetector.cueWithin;
import static org.touchstone.coder.statement.AudienceDetector.infinitive;
import static org.touchstone.coder.statement.AudienceDetector.phrases;

import java.util.List;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Words;

/**
 * Whether words were said to the one they are about, face to face or by call or letter (GOLD-SET.md: target): the
 * target told ("told Biden"), met ("met Biden at the White House and said", an encounter coded in the speaker's
 * clause), visited or hosted ("during Modi's visit to Paris"), or the words said on its soil ("..., Pence said in
 * Ankara", "Macron arrived in Kyiv, pledging"); and whom such words were addressed to ({@link #addressee}). A meeting with
 * the speaker's own official is no talk with a target. {@link AudienceDetector} weighs these against the other channels.
 */
final class TargetAudience {
    private TargetAudience() {
    }

    /** A visit the words were said during, with its host or its guest: "during Scholz's visit to Beijing". */
    static final PhraseIndex<Boolean> VISITS = phrases("visit to", "trip to", "visit", "trip", "state visit");

    /** What puts the words in a visit ("during", "on a visit to"), not a visit spoken of ("responded to Pelosi's visit"). */
    private static final WordSet VISIT_CUES = WordSet.of("during", "on", "while", "end");

    /** Verbs of meeting whose object heard the words said with them ("met Biden ... and said"). */
    private static final WordSet MEETING_VERBS = WordSet.of("met", "hosted", "received");

    /**
     * The targets without the speaker's own people when the words are about others too: "told supporters in Caracas
     * that the empire ..." is an address at home; "told striking workers in Minsk that he would never give up power"
     * is words to their target.
     */
    static List<String> ownPeopleAside(List<String> targets, String speakerCountry) {
        if (speakerCountry == null || targets.stream().allMatch(t -> t.startsWith(speakerCountry))) {
            return targets;
        }
        return targets.stream().filter(t -> !(t.startsWith(speakerCountry) && t.endsWith("CVL"))).toList();
    }

    /** Verbs whose object is the one the words were said to, at a meeting with it ("asked EU leaders at their summit"). */
    static final WordSet TOLD_OR_ASKED = WordSet.of("told", "tells", "tell", "telling", "asked", "asking", "urged",
            "urging", "assured", "assuring", "warned", "warning", "pressed", "pressing", "reminded");

    /**
     * "told Biden", "told the Ukrainian president", "told striking factory workers": words addressed to
     * one of their targets, named after the verb or after up to three lower-case words. A state told by
     * its name or its capital ("told Sweden not to expect", "Saudi Arabia told Washington that") is
     * told through the news, no channel to it.
     */
    static boolean toldTarget(Sentence s, List<ActorMention> mentions, List<String> targets, WordSet verbs) {
        for (ActorMention m : mentions) {
            // the one told is a target, or its country is as the words name it ("told Zelensky in Kyiv that ... Ukraine")
            if (!m.isResolved() || m.locative() || !(targets.contains(m.code()) || SpokenAbout.aboutCountryOf(targets, m.code()))
                    || m.code().length() == 3
                    || m.kind() == ActorMention.Kind.METONYM) {
                continue;
            }
            for (int k = m.start() - 1; k >= Math.max(0, m.start() - 4); k--) {
                if (verbs.contains(s.token(k))) {
                    return true;
                }
                if (!s.token(k).isWord() || s.token(k).isCapitalized() || CUE_STOPS.contains(s.token(k))) {
                    break;
                }
            }
        }
        return false;
    }

    /** Encounters in person or by phone: a call (041), a visit and its hosting (042, 043), talks (046). */
    private static final Set<String> ENCOUNTERS = Set.of("041", "042", "043", "046");

    /**
     * Whether the sentence codes an encounter of the speaker's side with one of the targets the words are about
     * (S7-2, R13: "asked Erdogan in Ankara to back ...", "rejected Trump's claims during a tense meeting in the Oval
     * Office", "toured the port of Beirut and promised that France would help Lebanon"): the words were said to it.
     * Only an encounter in the speaker's own clause, after its name and outside its words.
     */
    static boolean metInPerson(Sentence s, List<CodedAct> acts, String speaker, List<String> targets,
                               int speakerFrom, int[] words) {
        String own = Coreference.isCountryCode(speaker) ? speaker.substring(0, 3) : speaker;
        for (CodedAct a : acts) {
            if (!ENCOUNTERS.contains(a.code()) || a.source() == null || a.target() == null || a.verb() == null) {
                continue;
            }
            int at = a.verb().start();
            if (at < speakerFrom || words != null && at >= words[0] && at < words[1] || cueWithin(s, at, 3, OTHER_TIME)) {
                // an encounter before the speaker ("Blinken met Xi ..., and both sides said", "..., the presidency said")
                // or inside its words ("The Kremlin said Putin had received a call from Macron") is what they report
                continue;
            }
            String other = a.source().startsWith(own) ? a.target() : a.target().startsWith(own) ? a.source() : null;
            if (other != null && !other.startsWith(own) && targets.stream().anyMatch(t -> SpokenAbout.sameCountry(t, other))) {
                return true;
            }
        }
        return false;
    }

    /** Words that put an encounter at another time than the words: "after meeting Xi", "ahead of talks with". */
    private static final WordSet OTHER_TIME = WordSet.of("after", "before", "since", "having", "following", "ahead", "prior",
            "until", "afterwards");

    /**
     * Whom words said to a target were said to, or null: the one met, called, written to or told
     * ("in a phone call with Erdogan", "a letter to Xi", "told Biden", "during Scholz's visit").
     */
    static ActorMention addressee(Sentence s, List<ActorMention> mentions) {
        ActorMention met = metWith(s, mentions);
        if (met != null) {
            return met;
        }
        int visit = visit(s, null);
        for (int i = 0; i < s.size(); i++) {
            PhraseIndex.Hit<Boolean> hit = i == visit ? VISITS.at(s, i) : TARGET.at(s, i);
            int after = hit != null ? i + hit.length() : (Words.TOLD.contains(s.token(i)) ? i + 1 : -1);
            if (after < 0) {
                continue;
            }
            if (hit != null && !ADDRESS_WORDS.contains(s.token(after - 1))) {
                // "a letter from Moon to Japan's prime minister": the one after "to" or "with"
                for (int k = after; k < Math.min(s.size(), after + 6); k++) {
                    if (infinitive(s, k, s.size())) {
                        break; // "asked India in a diplomatic note to send back ...": what was asked, not to whom
                    }
                    if (ADDRESS_WORDS.contains(s.token(k))) {
                        after = k + 1;
                        break;
                    }
                }
            }
            for (ActorMention m : mentions) {
                if (!m.isResolved() || m.locative()) {
                    continue;
                }
                boolean visitor = hit != null && m.possessive() && m.end() + 1 == i; // "Scholz's visit"
                if (m.start() >= after && m.start() <= after + 2 || visitor) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The words before the one addressed: "a call with", "a letter to", "a visit by". */
    private static final WordSet ADDRESS_WORDS = WordSet.of("with", "to", "by");

    /**
     * Whether the words were said during a visit of or to the target ("during Modi's visit to Paris",
     * "on a visit to Kyiv"), or to whom they speak of nothing: not a visit to a third country ("Lula,
     * on a state visit to China, said the United States must ...").
     */
    static boolean visitOfTarget(Sentence s, List<ActorMention> mentions, List<String> targets,
                                         boolean[] speakerTokens) {
        int v = visit(s, speakerTokens);
        if (v < 0) {
            return false;
        }
        if (targets.isEmpty()) {
            return true;
        }
        int end = v + VISITS.at(s, v).length();
        for (ActorMention m : mentions) {
            boolean party = m.start() >= end && m.start() <= end + 1 || m.possessive() && m.end() + 1 == v;
            String c = m.placeOrCode();
            if (party && c != null) {
                for (String t : targets) {
                    if (t.equals(c) || Coreference.isCountryCode(t) && Coreference.isCountryCode(c)
                            && t.substring(0, 3).equals(c.substring(0, 3))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return true;
    }

    /**
     * Where a visit the words were said during is named, or -1. With the speaker's tokens, a visit the
     * speaker made is one too: "Biden made a surprise visit to Kyiv, pledging ..." speaks there.
     */
    static int visit(Sentence s, boolean[] speakerTokens) {
        for (int i = 0; i < s.size(); i++) {
            if (VISITS.at(s, i) == null) {
                continue;
            }
            for (int k = i - 1; k >= Math.max(0, i - 4) && !CUE_STOPS.contains(s.token(k)); k--) {
                boolean speakersVisit = speakerTokens != null && k > 0 && speakerTokens[k - 1] && VISIT_MADE.contains(s.token(k));
                if (VISIT_CUES.contains(s.token(k)) || speakersVisit) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Verbs of making a visit ("made a surprise visit to"), whose subject is the visitor. */
    private static final WordSet VISIT_MADE = WordSet.of("made", "makes", "paid", "pays");

    /**
     * The one met in a meeting the words were said at: "met Biden at the White House and said",
     * "when they met"; not "after meeting Xi" (words said later, elsewhere).
     */
    static ActorMention metWith(Sentence s, List<ActorMention> mentions) {
        for (int i = 0; i < s.size(); i++) {
            boolean meet = MEETING_VERBS.contains(s.token(i)) || s.lower(i).equals("meet");
            if (!meet || i > 0 && BEFORE_OR_AFTER.contains(s.token(i - 1))) {
                continue;
            }
            // "when they met", "as he hosted Xi"
            boolean when = i > 0 && Words.SIMULTANEITY.contains(s.token(i - 1)) || i > 1 && Words.SIMULTANEITY.contains(s.token(i - 2));
            boolean coordinated = false;
            boolean where = false; // "met Kim at the cosmodrome, where Putin said ..."
            for (int k = i + 1; k < Math.min(s.size(), i + 14) && !coordinated; k++) {
                coordinated = s.lower(k).equals("and") && k + 1 < s.size() && !s.token(k + 1).isCapitalized();
                where |= s.lower(k).equals("where") && s.lower(k - 1).equals(",");
            }
            coordinated |= participleAfter(s, i); // "hosted Kim at the cosmodrome on Wednesday, promising to help ..."
            coordinated &= MEETING_VERBS.contains(s.token(i));
            for (ActorMention m : mentions) {
                // with "where", the ones who met may be the subjects before the verb ("Kim and Putin met at ..., where")
                boolean party = m.start() > i && m.start() <= i + 3 || where && m.end() <= i && i - m.end() <= 3;
                if (party && m.isResolved() && !m.locative() && (when || coordinated || where)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** A participle of speech after a meeting verb: "hosted Kim ..., promising", not across "that" or "said". */
    private static boolean participleAfter(Sentence s, int verb) {
        for (int k = verb + 1; k + 1 < s.size(); k++) {
            String w = s.lower(k);
            if (w.equals(";") || w.equals("that") || w.equals("said") || w.equals("says") || w.equals("\"")) {
                return false;
            }
            if (w.equals(",") && Words.SPEECH_PARTICIPLES.contains(s.token(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "..., Pence said in Ankara": words said on the soil of the one they are about (GOLD-SET.md: target). */
    static boolean onSoilOf(Sentence s, List<ActorMention> mentions, List<String> targets, String speakerCountry) {
        for (ActorMention m : mentions) {
            String place = m.placeOrCode();
            if (!m.locative() || place == null || !Coreference.isCountryCode(place) || m.start() < 2
                    || !s.lower(m.start() - 1).equals("in") || !SAID_HERE.contains(s.token(m.start() - 2))) {
                continue;
            }
            String country = place.substring(0, 3);
            if (!country.equals(speakerCountry) && targets.stream().anyMatch(t -> t.startsWith(country))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of the speaker's arrival: "Macron arrived in Kyiv on Friday, pledging ..." speaks on the soil it came to. */
    private static final WordSet ARRIVED = WordSet.of("arrived", "arrives", "arriving", "landed", "lands");

    /**
     * "Macron arrived in Kyiv, pledging that France would stand by Ukraine": words of a speaker who has just arrived in the
     * country of one they speak of are said on its soil (GOLD-SET.md: target); only the speaker's own arrival, its name right
     * before the verb ("arrived for the NATO summit in Washington" names no target's soil).
     */
    static boolean arrivedOnSoilOf(Sentence s, List<ActorMention> mentions, String speaker, List<String> targets,
                                           String speakerCountry) {
        for (ActorMention m : mentions) {
            int verb = m.end();
            if (speaker == null || !speaker.equals(m.code()) || verb + 2 >= s.size() || !ARRIVED.contains(s.token(verb))
                    || !s.lower(verb + 1).equals("in")) {
                continue;
            }
            for (ActorMention place : mentions) {
                String c = place.placeOrCode();
                if (place.start() == verb + 2 && c != null && Coreference.isCountryCode(c) && !c.startsWith(String.valueOf(speakerCountry))
                        && targets.stream().anyMatch(t -> t.startsWith(c.substring(0, 3)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the one met or called after a target channel ("a meeting with", "a call with") is of the speaker's own country,
     * the first actor within eight words: "a televised meeting with the head of Russia's central bank" is no talk with a target.
     */
    static boolean ownSideMet(Sentence s, List<ActorMention> mentions, int channel, String speakerCountry) {
        if (ownCircleAfter(s, channel)) {
            return true;
        }
        ActorMention first = null;
        for (ActorMention m : mentions) {
            if (m.isResolved() && m.start() > channel && m.start() <= channel + 8 && (first == null || m.start() < first.start())) {
                first = m;
            }
        }
        String c = first == null ? null : first.placeOrCode();
        return speakerCountry != null && c != null && Coreference.isCountryCode(c) && c.startsWith(speakerCountry)
                && s.lowerText(channel, first.start()).contains(" with ");
    }

    private static final WordSet POSSESSIVES = WordSet.of("his", "her", "their", "its");
    private static final WordSet OWN_CIRCLE = WordSet.of("aides", "advisers", "advisors", "ministers", "cabinet",
            "officials", "commanders", "generals", "staff", "secretaries");

    /**
     * "a meeting with his senior aides", "talks with her top advisers": the speaker's own circle met at home (S32-14),
     * within three words after "with".
     */
    static boolean ownCircleAfter(Sentence s, int channel) {
        for (int k = channel; k < Math.min(s.size() - 1, channel + 4); k++) {
            if (s.lower(k).equals("with") && POSSESSIVES.contains(s.token(k + 1))) {
                for (int j = k + 2; j < Math.min(s.size(), k + 5); j++) {
                    if (OWN_CIRCLE.contains(s.token(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final WordSet SAID_HERE = WordSet.of("said", "says", "told", "spoke", "speaking", "announced", "declared",
            "apologised", "apologized", "pledged", "promised", "vowed", "warned");
}
