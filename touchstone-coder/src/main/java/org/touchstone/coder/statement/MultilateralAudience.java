package org.touchstone.coder.statement;

import static org.touchstone.coder.statement.AudienceDetector.CHANNEL_CUES;
import static org.touchstone.coder.statement.AudienceDetector.CUE_STOPS;
import static org.touchstone.coder.statement.AudienceDetector.GATHERINGS;
import static org.touchstone.coder.statement.AudienceDetector.afterOccasion;
import static org.touchstone.coder.statement.AudienceDetector.cueWithin;
import static org.touchstone.coder.statement.AudienceDetector.infinitive;
import static org.touchstone.coder.statement.AudienceDetector.phrases;

import java.util.List;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Words;

/**
 * Whether words were said at a forum of several states: an organization speaking as its members met or together
 * ("NATO leaders meeting in Madrid said", "G7 foreign ministers ... in a joint statement"), a gathering of an
 * organization or of office-holders told the words ("told a Shanghai Cooperation Organisation meeting", "told a
 * meeting of European leaders", "accused Venezuela at the OAS"), and a summit that is only the speaker's and the
 * addressee's own ("at their first summit"). Whether those people are the speaker's own ("a conference of French
 * ambassadors", home) is decided here too; {@link AudienceDetector} weighs the forum against the other channels.
 */
final class MultilateralAudience {
    private MultilateralAudience() {
    }

    /**
     * "at their first summit": a summit of a state speaker and the one it addresses (or the addressees'
     * own, "asked EU leaders ... at their summit"), not a forum of many; an organization's is its forum.
     */
    static boolean theirSummit(Sentence s, int at) {
        if (!s.lower(at).equals("summit")) {
            return false;
        }
        for (int k = at - 1; k >= Math.max(0, at - 3); k--) {
            if (s.lower(k).equals("their")) {
                return true;
            }
        }
        return false;
    }

    private static final WordSet GATHERING = WordSet.of("meeting", "gathered", "gathering", "assembled");

    /**
     * Whether an organization speaks as its members met: "NATO leaders meeting in Madrid said", "EU
     * foreign ministers met in Luxembourg and said" (a summit or ministerial of the organization).
     */
    static boolean membersMeeting(Sentence s, String speaker, List<ActorMention> mentions) {
        if (speaker == null || !speaker.startsWith("IGO")) {
            return false;
        }
        for (ActorMention m : mentions) {
            int k = m.end();
            if (!speaker.equals(m.code()) || k + 1 >= s.size()) {
                continue;
            }
            boolean metAt = s.lower(k).equals("met") && (s.lower(k + 1).equals("in") || s.lower(k + 1).equals("at"));
            if ((GATHERING.contains(s.token(k)) || metAt) && !modifier(s, m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where words were told to a gathering of an organization named as its modifier ("told a Shanghai Cooperation
     * Organisation meeting in Goa", "at an ASEAN summit"), or -1; the speaker's own meeting is {@link #membersMeeting}.
     */
    static int gatheringOfBody(Sentence s, List<ActorMention> mentions, boolean[] speakerTokens, String speaker) {
        for (ActorMention m : mentions) {
            String c = m.code();
            if (c == null || !c.startsWith("IGO") || c.equals(speaker) || m.end() >= s.size() || speakerTokens[m.start()]
                    || !GATHERINGS.contains(s.token(m.end())) || !modifier(s, m)) {
                continue;
            }
            int cue = Words.beforeArticle(s, m.start());
            if (cue >= 0 && CHANNEL_CUES.contains(s.token(cue))) {
                return m.end();
            }
        }
        return -1;
    }

    /**
     * Where an international organization is named as the place of the words ("accused Venezuela at the OAS of",
     * "said at the OSCE in Vienna"), or -1; not the speaker's own name.
     */
    static int atBody(Sentence s, List<ActorMention> mentions, boolean[] speakerTokens, String speaker) {
        for (ActorMention m : mentions) {
            int k = m.start() - 1;
            while (k >= 0 && Words.ARTICLES.contains(s.token(k))) {
                k--;
            }
            String c = m.code();
            if (c != null && c.startsWith("IGO") && !c.equals(speaker) && !speakerTokens[m.start()] && k >= 0
                    && s.lower(k).equals("at") && !afterOccasion(s, m.start()) && cueWithin(s, k, 5, SPOKEN_VERBS)) {
                return m.start();
            }
        }
        return -1;
    }

    /** Verbs of words a place after them may belong to ("accused Venezuela at the OAS"), not of deeds ("filed complaints at"). */
    private static final WordSet SPOKEN_VERBS = WordSet.of("said", "says", "told", "accused", "accuses", "warned", "warns",
            "urged", "urges", "called", "denounced", "condemned", "criticised", "criticized", "demanded", "charged", "pledged",
            "promised", "vowed", "declared", "insisted", "argued", "appealed", "blamed", "rejected", "dismissed", "defended",
            "spoke", "speaking", "stated", "proposed", "insisting", "accusing", "warning", "urging", "saying", "calling");

    /** Those a gathering is "of" when it is a forum of states ("a meeting of European leaders") or an address at home. */
    private static final WordSet MEMBERS = WordSet.of("leaders", "ministers", "counterparts", "heads", "envoys", "ambassadors",
            "diplomats", "delegates", "delegations", "representatives", "presidents", "premiers", "chiefs");

    /** Nouns of a gathering held by phone or video. */
    private static final WordSet REMOTE_GATHERINGS = WordSet.of("videoconference", "teleconference");

    /**
     * Where words were told to a gathering of office-holders named by what they are ("told a meeting of European
     * leaders in Paris", "addressed a video conference of the bloc's foreign ministers", "told a conference of French
     * ambassadors"), or -1: a cue before the gathering, its people within five words after "of".
     */
    static int gatheringOfPeople(Sentence s, boolean[] speakerTokens) {
        for (int i = 1; i + 2 < s.size(); i++) {
            if (!(GATHERINGS.contains(s.token(i)) || REMOTE_GATHERINGS.contains(s.token(i))) || !s.lower(i + 1).equals("of")
                    || speakerTokens[i] || afterOccasion(s, i)) {
                continue;
            }
            boolean cue = false;
            for (int k = i - 1; k >= Math.max(0, i - 4) && !cue && !CUE_STOPS.contains(s.token(k)); k--) {
                cue = CHANNEL_CUES.contains(s.token(k)) && !infinitive(s, k, i);
            }
            for (int j = i + 2; cue && j < Math.min(s.size(), i + 7) && !CUE_STOPS.contains(s.token(j)); j++) {
                if (MEMBERS.contains(s.token(j))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether the people of a gathering at {@code at} are the speaker's own ("of French ambassadors", "of his ministers"). */
    static boolean homePeople(Sentence s, List<ActorMention> mentions, int at, String speakerCountry) {
        int end = at + 2;
        while (end < s.size() && !MEMBERS.contains(s.token(end))) {
            end++;
        }
        if (s.lower(at + 2).equals("his") || s.lower(at + 2).equals("her")) {
            return true;
        }
        boolean home = false;
        for (ActorMention m : mentions) {
            if (m.start() > at + 1 && m.start() < end) {
                String c = m.code();
                if (speakerCountry == null || c == null || !c.startsWith(speakerCountry)) {
                    return false;
                }
                home = true;
            }
        }
        return home;
    }

    /** Words after an organization's name that name it by its members ("G7 leaders", "EU foreign ministers"). */
    private static final WordSet MEMBER_NAMES = WordSet.of("leaders", "ministers", "envoys", "ambassadors", "members", "heads");

    /** What members say together in: a joint text or a call or conference of them all. */
    private static final PhraseIndex<Boolean> JOINTLY = phrases("joint statement", "joint declaration", "joint communique",
            "communique", "video call", "video conference", "videoconference", "teleconference", "virtual meeting",
            "virtual summit", "conference call", "closing statement", "final statement", "leaders ' statement");

    /**
     * Whether an organization speaks by its members together: "G7 foreign ministers condemned ... in a joint
     * statement", "G7 leaders condemned ... after holding a video call", "BRICS leaders said in a declaration".
     */
    static boolean membersJointly(Sentence s, String speaker, List<ActorMention> mentions) {
        if (speaker == null || !speaker.startsWith("IGO") || JOINTLY.find(s, 0, s.size()) == null) {
            return false;
        }
        for (ActorMention m : mentions) {
            int k = m.end();
            boolean members = k < s.size() && MEMBER_NAMES.contains(s.token(k)) || k > 0 && MEMBER_NAMES.contains(s.token(k - 1))
                    || k + 1 < s.size() && MEMBER_NAMES.contains(s.token(k + 1)) && !s.token(k).isCapitalized();
            if (speaker.equals(m.code()) && members) {
                return true;
            }
        }
        return false;
    }

    /** An organization's name used as a modifier of a noun after an article: "a two-day U.N. meeting", "at an EU gathering". */
    private static boolean modifier(Sentence s, ActorMention m) {
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - 2); k--) {
            if (Words.ARTICLES.contains(s.token(k)) && !s.lower(k).equals("the")) {
                return true;
            }
        }
        return false;
    }
}
