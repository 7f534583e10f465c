package org.touchstone.coder.statement;

import static org.touchstone.coder.statement.AudienceDetector.CUE_STOPS;
import static org.touchstone.coder.statement.TargetAudience.VISITS;
import static org.touchstone.coder.statement.TargetAudience.visit;

import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.text.WordSet;
import org.touchstone.core.Audience;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Words;

/**
 * Whether words were given to an outlet, and whose: a named outlet with a cue before it ("told CNN", "in comments to
 * Reuters"), outlets named as the ones told ("told a German newspaper", "told Australia's ABC"), an outlet's nouns after
 * "foreign" or "Western", and a visitor's words to its host's own outlet. {@link AudienceDetector} weighs them: the
 * speaker's own country's outlet is home, another's is foreign media.
 */
final class MediaAudience {
    private MediaAudience() {
    }

    /** Words before an outlet that make it the channel of the words ("told CNN", "in comments to Reuters"). */
    private static final WordSet MEDIA_CUES = WordSet.of("told", "telling", "tells", "tell", "with", "on", "wrote",
            "writing", "carried", "aired", "broadcast", "published", "interview");

    /**
     * Words before "to" that make an outlet after it the channel ("speaking to CNN", "in comments to Reuters", "in a
     * video passed to the BBC").
     */
    private static final WordSet TO_CUES = WordSet.of("speaking", "talking", "spoke", "talked", "comments", "remarks",
            "interview", "statement", "said", "says", "passed", "sent", "given", "leaked");

    /** Words after an outlet's name that make it a description ("Wall Street Journal reporter"), not a channel. */
    private static final WordSet OUTLET_PEOPLE = WordSet.of("reporter", "reporters", "journalist", "journalists",
            "correspondent", "correspondents", "editor", "columnist", "staff", "bureau", "crew", "report", "reported",
            "reports", "said", "says");

    /**
     * The audience of outlets named as the ones told ("told a German newspaper"), or null: foreign when
     * any of those told together is ("told the French newspaper Les Echos and the US outlet Politico").
     */
    static Audience toldOutlets(Sentence s, List<ActorMention> mentions, String speakerCountry) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.lower(i).equals("told") || s.lower(i).equals("telling")) {
                Audience told = null;
                for (ActorMention m : mentions) {
                    if (namedOutlet(s, m) && m.start() > i && (told == null ? m.start() - i <= 3 : toldTogether(s, i, m.start()))) {
                        boolean home = speakerCountry != null && m.code().startsWith(speakerCountry);
                        told = told == Audience.FOREIGN_MEDIA || !home ? Audience.FOREIGN_MEDIA : Audience.DOMESTIC;
                    }
                }
                ActorMention outlet = told == null ? possessiveOutlet(s, mentions, i) : null;
                if (outlet != null) {
                    told = speakerCountry != null && outlet.code().startsWith(speakerCountry) ? Audience.DOMESTIC
                            : Audience.FOREIGN_MEDIA;
                }
                if (told != null) {
                    return told;
                }
            }
        }
        return null;
    }

    private static final WordSet STATE_OUTLETS = WordSet.of("media", "radio", "television", "tv", "broadcaster");
    private static final WordSet RELAYING = WordSet.of("reported", "said", "reports", "says", "quoted");

    /**
     * "Kim ordered the hotels demolished, calling them 'shabby', state media reported", "Chad cut ties with Sudan,
     * accusing Khartoum of ..., state radio said": a state actor's words relayed by its own state media, named last
     * after a comma ("state media", "state radio", "state news agency KCNA", with at most its country's adjective
     * before), are addressed at home (audience table: own state media). Not the outlet's own report: its speaker is
     * the outlet ({@code MED}).
     */
    static boolean relayedByOwnStateMedia(Sentence s, List<ActorMention> mentions, String speaker, String speakerCountry) {
        if (speaker == null || speakerCountry == null || speaker.endsWith("MED") || !Coreference.isCountryCode(speaker)) {
            return false;
        }
        int comma = -1;
        for (int i = s.size() - 1; i >= 0 && comma < 0; i--) {
            comma = s.lower(i).equals(",") ? i : -1;
        }
        int k = comma + 1;
        while (k < s.size() && !s.token(k).isWord() && !s.lower(k).equals(",")) {
            k++; // "calling them \"shabby,\" state media reported": the quote closed after the comma
        }
        for (ActorMention m : mentions) {
            if (m.start() == k && m.code() != null && Coreference.isCountryCode(m.code())) {
                if (!m.code().startsWith(speakerCountry)) {
                    return false; // "Russian state media reported" of another state's words
                }
                k = m.end();
            }
        }
        if (comma < 0 || k + 2 >= s.size() || !s.lower(k).equals("state")) {
            return false;
        }
        k++;
        if (s.lower(k).equals("news") && k + 1 < s.size() && s.lower(k + 1).equals("agency")) {
            k += 2;
            while (k < s.size() && s.token(k).isCapitalized()) {
                k++; // "state news agency KCNA"
            }
        } else if (STATE_OUTLETS.contains(s.token(k))) {
            k++;
        } else {
            return false;
        }
        return k < s.size() && RELAYING.contains(s.token(k));
    }

    /**
     * "told Australia's ABC that ...", "told Japan's NHK": a country's name in the possessive right after "told",
     * followed by a capitalized name the dictionaries do not know and then the words: an outlet of that country. The
     * country is the outlet's, not one spoken of.
     */
    static ActorMention possessiveOutlet(Sentence s, List<ActorMention> mentions, int told) {
        for (ActorMention m : mentions) {
            if (m.start() != told + 1 || m.end() + 2 >= s.size() || !s.lower(m.end()).equals("'s") || m.code() == null
                    || m.code().length() != 3 || !Coreference.isCountryCode(m.code())) {
                continue;
            }
            int name = m.end() + 1;
            int k = name;
            while (k < s.size() && k < name + 3 && s.token(k).isCapitalized() && s.token(k).isWord()
                    && !Speakers.startsMention(mentions, k)) {
                k++;
            }
            if (k > name && k < s.size() && OUTLET_FOLLOWERS.contains(s.token(k))) {
                return m;
            }
        }
        return null;
    }

    /** Words that may follow an outlet told the words: the words themselves, or when and where they were said. */
    private static final WordSet OUTLET_FOLLOWERS = WordSet.of("that", "on", "in", ",", "last", "this", "late", "earlier");

    /** The country of an outlet named by it ("told Australia's ABC"), wherever "told" stands, or null. */
    static ActorMention possessiveOutlet(Sentence s, List<ActorMention> mentions) {
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.lower(i).equals("told") || s.lower(i).equals("telling")) {
                ActorMention m = possessiveOutlet(s, mentions, i);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * Whether the words were said during a visit to a country they speak of, to that country's own
     * outlet ("told Chinese state television during his visit to Beijing").
     */
    static boolean hostsOutletTold(Sentence s, List<ActorMention> mentions, List<String> targets, boolean[] speakerTokens) {
        int v = visit(s, speakerTokens);
        if (v < 0) {
            return false;
        }
        int end = v + VISITS.at(s, v).length();
        String host = null;
        for (ActorMention m : mentions) {
            String c = m.placeOrCode();
            if (m.start() >= end && m.start() <= end + 1 && c != null && Coreference.isCountryCode(c)) {
                host = c.substring(0, 3);
            }
        }
        String visited = host;
        if (visited == null || targets.stream().noneMatch(t -> t.startsWith(visited))) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            if (Words.TOLD.contains(s.token(i))) {
                for (ActorMention m : mentions) {
                    if (namedOutlet(s, m) && m.start() > i && m.start() - i <= 3 && m.code().startsWith(visited)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a mention names an outlet of a state: its media ("CNN") or its country before an outlet's noun ("a German newspaper"). */
    private static boolean namedOutlet(Sentence s, ActorMention m) {
        String code = m.code();
        return code != null && Coreference.isCountryCode(code)
                && (code.endsWith("MED") || m.end() < s.size() && isMediaWord(s.lower(m.end())));
    }

    /** Whether an outlet is in the list of those told, from "told" at {@code told} to it: no clause or words between. */
    private static boolean toldTogether(Sentence s, int told, int outlet) {
        for (int k = told + 1; k < outlet; k++) {
            if (CUE_STOPS.contains(s.token(k))) {
                return false;
            }
        }
        return outlet - told <= 10;
    }

    /** The first outlet the words were given to: a cue before it, or an interview in the sentence; not "according to X". */
    static Outlets.Outlet outletChannel(Sentence s, boolean[] speakerTokens, boolean interview) {
        for (int i = 0; i < s.size(); i++) {
            Outlets.Outlet o = Outlets.at(s, i);
            if (o == null || speakerTokens[i]) {
                continue;
            }
            int k = s.lower(i).equals("the") ? i : (i > 0 && s.lower(i - 1).equals("the") ? i - 1 : i);
            if (k > 0 && s.lower(k - 1).equals("to") && k > 1 && s.lower(k - 2).equals("according")) {
                continue; // the source of the report, not the channel of the words
            }
            if (o.end() < s.size() && OUTLET_PEOPLE.contains(s.token(o.end()))) {
                continue;
            }
            boolean cue = interview;
            for (int c = Math.max(0, k - 3); c < k && !cue; c++) {
                cue = MEDIA_CUES.contains(s.token(c)) || s.lower(c).equals("to") && c > 0 && TO_CUES.contains(s.token(c - 1));
            }
            if (cue) {
                return o;
            }
        }
        return null;
    }

    /** Words after "foreign" or "Western" that make it the outlet's ("foreign media", "a Western newspaper"), not the words'. */
    private static final WordSet PRESS_WORDS = WordSet.of("media", "press", "journalist", "journalists", "reporter",
            "reporters", "outlet", "outlets", "news", "interviewers");

    /**
     * Whether an outlet's noun follows within three words: "an interview with foreign media", "a Western television
     * channel"; not "blamed foreign agendas for the protests in an interview with state television".
     */
    static boolean mediaAfter(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.size(), i + 4); k++) {
            if (isMediaWord(s.lower(k)) || PRESS_WORDS.contains(s.token(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isMediaWord(String w) {
        return MEDIA_WORDS.contains(w);
    }

    /** Nouns of an outlet after its country's name: "a German newspaper", "Swiss weekly Die Weltwoche". */
    private static final WordSet MEDIA_WORDS = WordSet.of("broadcaster", "newspaper", "interviewer", "outlet", "television",
            "network", "magazine", "daily", "weekly", "tabloid", "radio", "channel", "paper", "website", "broadsheet");
}
