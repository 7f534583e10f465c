package org.touchstone.coder.statement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.core.Audience;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;

/**
 * To whom words were said, as far as the sentence says: a press conference ("told reporters"),
 * foreign media (an interview with an outlet of another country), a multilateral forum (the UN,
 * a summit of several states), the target itself (a call or talks with it), or home (parliament,
 * a televised address, state media). The document's venue fills in for its lead sentence.
 */
public final class AudienceDetector {
    private static final PhraseIndex<Boolean> PRESS = phrases("told reporters", "told journalists", "told a news conference",
            "news conference", "press conference", "press briefing", "regular briefing", "daily briefing",
            "regular press", "told the media", "told a press", "at a briefing", "news briefing", "briefing reporters",
            "told a briefing", "telling reporters", "telling journalists", "told a news briefing");
    private static final PhraseIndex<Boolean> INTERVIEW = phrases("interview", "interviewer", "op-ed", "article for",
            "wrote in", "told the", "speaking to", "told broadcaster", "in an article");
    private static final PhraseIndex<Boolean> MULTILATERAL = phrases("general assembly", "security council",
            "united nations", "at the un", "at the u.n.", "g20", "g7", "g-20", "g-7", "brics", "sco", "nato summit",
            "summit of", "summit in", "at the summit", "forum", "conference in", "communique", "ministerial",
            "human rights council", "asean", "apec", "munich security conference", "world economic forum",
            "davos", "plenary", "leaders' summit", "summit");
    private static final PhraseIndex<Boolean> TARGET = phrases("phone call with", "call with", "video call",
            "telephone conversation", "talks with", "meeting with", "met with", "letter to", "message to",
            "during talks", "during a phone call", "during a call", "during a video call", "in a call",
            "during their meeting", "during the meeting", "at their meeting", "during his visit to",
            "during her visit to", "in a letter", "told his counterpart", "told her counterpart", "face-to-face",
            "opening remarks", "by phone", "by telephone", "at talks", "in talks");
    private static final PhraseIndex<Boolean> DOMESTIC = phrases("parliament", "lawmakers", "state of the union",
            "televised address", "address to the nation", "national address", "rally", "state media",
            "state television", "state tv", "national television", "domestic", "fundraiser", "campaign",
            "cabinet meeting", "legislature", "federal assembly", "direct line", "bundestag", "duma", "congress",
            "knesset", "senate", "diet", "lok sabha", "national people's congress", "televised", "kcna", "xinhua",
            "tass", "ria novosti", "speech at home", "a speech", "in a speech", "party congress", "people's daily",
            "address to");
    /** Outlets whose country decides between foreign and home media. */
    private static final Map<String, String> OUTLETS = Map.ofEntries(
            Map.entry("bbc", "GBR"), Map.entry("cnn", "USA"), Map.entry("fox", "USA"), Map.entry("nbc", "USA"),
            Map.entry("cbs", "USA"), Map.entry("abc", "USA"), Map.entry("al", "QAT"), Map.entry("jazeera", "QAT"),
            Map.entry("xinhua", "CHN"), Map.entry("cctv", "CHN"), Map.entry("tass", "RUS"), Map.entry("ria", "RUS"),
            Map.entry("rt", "RUS"), Map.entry("nhk", "JPN"), Map.entry("orf", "AUT"), Map.entry("spiegel", "DEU"),
            Map.entry("bild", "DEU"), Map.entry("zdf", "DEU"), Map.entry("ard", "DEU"), Map.entry("monde", "FRA"),
            Map.entry("figaro", "FRA"), Map.entry("times", "GBR"), Map.entry("guardian", "GBR"),
            Map.entry("economist", "GBR"), Map.entry("reuters", "GBR"), Map.entry("bloomberg", "USA"),
            Map.entry("washington", "USA"), Map.entry("nikkei", "JPN"), Map.entry("asahi", "JPN"),
            Map.entry("yomiuri", "JPN"), Map.entry("hindu", "IND"), Map.entry("ndtv", "IND"), Map.entry("carlson", "USA"),
            Map.entry("afp", "FRA"), Map.entry("kcna", "PRK"), Map.entry("yonhap", "KOR"), Map.entry("anadolu", "TUR"),
            Map.entry("irna", "IRN"), Map.entry("politico", "USA"), Map.entry("axios", "USA"), Map.entry("france", "FRA"),
            Map.entry("deutsche", "DEU"), Map.entry("welle", "DEU"), Map.entry("corriere", "ITA"), Map.entry("pais", "ESP"),
            Map.entry("pbs", "USA"), Map.entry("msnbc", "USA"), Map.entry("sky", "GBR"), Map.entry("ft", "GBR"));
    /** Words before a forum, a body or a meeting that make it the channel of the words, not their topic. */
    private static final Set<String> CHANNEL_CUES = Set.of("at", "to", "told", "telling", "tells", "before", "addressed",
            "addressing", "address", "speech", "during", "in", "carried", "aired", "opening", "opened", "sidelines");
    /** Forum and channel phrases that are a channel by themselves. */
    private static final Set<String> FREE_CHANNELS = Set.of("at the un", "at the u.n.", "communique", "plenary",
            "ministerial", "state of the union", "televised address", "address to the nation", "national address",
            "televised", "direct line", "fundraiser",
            "during talks", "during a phone call", "during a call", "during a video call", "during their meeting",
            "during the meeting", "at their meeting", "during his visit to", "during her visit to", "in a letter",
            "told his counterpart", "told her counterpart", "face-to-face", "opening remarks", "by phone", "by telephone",
            "at talks", "in talks", "letter to", "message to", "video call", "telephone conversation", "in a call",
            "at the summit", "leaders' summit", "summit of", "summit in", "conference in");
    private static final Set<String> FOREIGN_ARTICLES = Set.of("the", "le", "la", "les", "der", "die", "das", "el", "il");
    private static final Set<String> FOREIGN_WORDS = Set.of("foreign", "western", "international", "overseas");

    public Audience detect(Sentence s, String speaker, List<ActorMention> mentions, List<String> targets) {
        String speakerCountry = speaker != null && Coreference.isCountryCode(speaker) ? speaker.substring(0, 3) : null;
        if (contains(s, PRESS) >= 0 && !containsWord(s, "interview")) {
            return Audience.PRESS_CONFERENCE;
        }
        if (contains(s, INTERVIEW) >= 0 && (containsWord(s, "interview") || containsWord(s, "interviewer")
                || containsWord(s, "op-ed") || containsWord(s, "article"))) {
            String outletCountry = null;
            for (int i = 0; i < s.size(); i++) {
                String c = OUTLETS.get(s.lower(i));
                if (c != null && s.token(i).isCapitalized() || c != null && s.token(i).text().equals(s.token(i).text().toUpperCase())) {
                    outletCountry = c;
                    break;
                }
            }
            if (outletCountry == null) {
                for (ActorMention m : mentions) {
                    String code = m.code();
                    if (code != null && (code.endsWith("MED") || m.end() < s.size() && isMediaWord(s.lower(m.end())))
                            && Coreference.isCountryCode(code)) {
                        outletCountry = code.substring(0, 3);
                    }
                }
            }
            boolean foreignWord = false;
            for (int i = 0; i < s.size(); i++) {
                foreignWord |= FOREIGN_WORDS.contains(s.lower(i));
            }
            if (outletCountry != null && speakerCountry != null) {
                return outletCountry.equals(speakerCountry) ? Audience.DOMESTIC : Audience.FOREIGN_MEDIA;
            }
            if (foreignWord || outletCountry != null) {
                return Audience.FOREIGN_MEDIA;
            }
        }
        // "told PBS", "told the BBC": an interview by another name
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.lower(i).equals("told") || s.lower(i).equals("telling")) {
                int k = FOREIGN_ARTICLES.contains(s.lower(i + 1)) ? i + 2 : i + 1; // "the BBC", "Le Monde"
                String outlet = k < s.size() ? OUTLETS.get(s.lower(k)) : null;
                if (outlet != null && s.token(k).isCapitalized() && !s.lower(k).equals("washington")
                        && !s.lower(k).equals("france") && !s.lower(k).equals("times")) {
                    return speakerCountry != null && outlet.equals(speakerCountry) ? Audience.DOMESTIC : Audience.FOREIGN_MEDIA;
                }
            }
        }
        // "told a German newspaper", "told Russian state television": an outlet as the one addressed
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.lower(i).equals("told") || s.lower(i).equals("telling")) {
                for (ActorMention m : mentions) {
                    String code = m.code();
                    if (m.start() > i && m.start() - i <= 3 && code != null && code.endsWith("MED") && Coreference.isCountryCode(code)) {
                        return speakerCountry != null && code.startsWith(speakerCountry) ? Audience.DOMESTIC : Audience.FOREIGN_MEDIA;
                    }
                }
            }
        }
        // the speaker's own name ("Iranian state media reported") is not the channel of its words
        boolean[] speakerTokens = new boolean[s.size()];
        for (ActorMention m : mentions) {
            if (speaker != null && speaker.equals(m.code())) {
                for (int i = m.start(); i < m.end() && i < s.size(); i++) {
                    speakerTokens[i] = true;
                }
            }
        }
        int legislature = channel(s, DOMESTIC, speakerTokens);
        int multilateral = channel(s, MULTILATERAL, speakerTokens);
        if (multilateral >= 0 && !containsWord(s, "bilateral") && !(multilateral + 1 < s.size()
                && s.lower(multilateral).equals("summit") && s.lower(multilateral + 1).equals("with"))) {
            return Audience.MULTILATERAL;
        }
        if (channel(s, TARGET, speakerTokens) >= 0) {
            return Audience.TARGET;
        }
        // "told Biden", "wrote to Xi": words addressed to a target
        for (ActorMention m : mentions) {
            if (m.start() > 0 && m.isResolved() && targets.contains(m.code())) {
                String before = s.lower(m.start() - 1);
                if (before.equals("told") || before.equals("tells") || before.equals("tell")) {
                    return Audience.TARGET;
                }
            }
        }
        if (legislature >= 0) {
            // a foreign parliament addressed by a visitor is the target's own audience
            for (ActorMention m : mentions) {
                String c = m.code();
                if (c != null && c.endsWith("LEG") && speakerCountry != null && Coreference.isCountryCode(c)
                        && !c.startsWith(speakerCountry)) {
                    return Audience.TARGET;
                }
            }
            return Audience.DOMESTIC;
        }
        return Audience.UNKNOWN;
    }

    /** The audience a document's venue implies for its lead statement. */
    public static Audience ofVenue(String venue) {
        if (venue == null) {
            return Audience.UNKNOWN;
        }
        return switch (venue) {
            case "bilateral_meeting", "phone_call", "letter", "joint_statement" -> Audience.TARGET;
            case "domestic_speech", "legislature" -> Audience.DOMESTIC;
            case "press_conference" -> Audience.PRESS_CONFERENCE;
            case "multilateral_forum" -> Audience.MULTILATERAL;
            case "foreign_media_interview" -> Audience.FOREIGN_MEDIA;
            default -> Audience.UNKNOWN;
        };
    }

    private static boolean isMediaWord(String w) {
        return w.equals("broadcaster") || w.equals("newspaper") || w.equals("interviewer") || w.equals("outlet")
                || w.equals("television") || w.equals("network") || w.equals("magazine") || w.equals("daily");
    }

    private static boolean containsWord(Sentence s, String w) {
        for (int i = 0; i < s.size(); i++) {
            if (s.lower(i).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first phrase of the index used as the channel of the words (a cue before it, or a channel by itself). */
    private static int channel(Sentence s, PhraseIndex<Boolean> phrases, boolean[] speakerTokens) {
        for (int i = 0; i < s.size(); i++) {
            PhraseIndex.Hit<Boolean> hit = phrases.at(s, i);
            if (hit == null || speakerTokens[i] || speakerTokens[Math.min(s.size() - 1, i + hit.length() - 1)]) {
                continue;
            }
            if (FREE_CHANNELS.contains(s.text(i, i + hit.length()).toLowerCase(java.util.Locale.ROOT))) {
                return i;
            }
            for (int k = Math.max(0, i - 4); k < i; k++) {
                if (CHANNEL_CUES.contains(s.lower(k))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int contains(Sentence s, PhraseIndex<Boolean> phrases) {
        PhraseIndex.Hit<Boolean> hit = phrases.find(s, 0, s.size());
        return hit == null ? -1 : hit.start();
    }

    private static PhraseIndex<Boolean> phrases(String... texts) {
        PhraseIndex<Boolean> index = new PhraseIndex<>();
        for (String t : texts) {
            index.add(t, Boolean.TRUE);
        }
        return index;
    }
}
