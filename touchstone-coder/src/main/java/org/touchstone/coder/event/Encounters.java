package org.touchstone.coder.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * R13, S7-2: the encounter an asserted act was done at, named as its circumstance ("agreed at talks in Minsk to",
 * "apologised to Aliyev in a phone call", "During talks in Berlin, Merkel and Sarkozy said", "Meeting in Tokyo, Yoon
 * and Kishida agreed", "Visiting Seoul, Kishida told Yoon"), is coded beside the act: talks 046, a call 041, a meeting
 * 040 (044 at a third place, a visit 042/043 in one party's country). The parties are the act's coordinated subjects, or
 * its one subject and the hearer right after the verb; an encounter only planned, after which something happened, or
 * held before the act ("ahead of talks", "after talks collapsed") is not this circumstance. Also the hearer that words
 * are addressed to, and whether they were said in talks, by phone or in a named place (S7-2).
 */
final class Encounters {
    private Encounters() {
    }

    private static final WordSet OPENERS = WordSet.of("at", "during", "in", "on", "over");
    private static final WordSet TALKS = WordSet.of("talks", "negotiations", "consultations");
    private static final WordSet CALLS = WordSet.of("call", "conversation", "videoconference");
    /** What a call is made by: "a phone call", "by telephone", "a video call", "a virtual meeting". */
    private static final WordSet CALL_KINDS = WordSet.of("phone", "telephone", "video", "virtual");
    private static final WordSet JOINT_APPEARANCES = WordSet.of("conference", "briefing", "appearance");
    private static final WordSet MEETINGS = WordSet.of("meeting", "summit", "encounter");
    /** Words that end the clause a circumstance can belong to. */
    private static final WordSet STOPS = Words.SUBORDINATORS.with(",", ";", ":", "that", "which", "who", "and", "but", "ahead",
            "following", "\"", "(", ".");
    /** Words of a planned or failed encounter right before or after its noun. */
    private static final WordSet UNDONE = WordSet.of("planned", "proposed", "possible", "future", "upcoming", "postponed",
            "cancelled", "canceled", "collapsed", "failed", "stalled", "next");

    /** The encounter's kind (046, 041, 040, visit) and the token of its noun. */
    private record Phrase(String kind, int noun) {
    }

    /**
     * The encounter pairs to code beside the act of {@code m}, whose asserted events are {@code emitted}; empty when
     * no encounter is its circumstance.
     */
    static List<CodedAct> beside(Sentence s, List<ActorMention> mentions, VerbMatch m, List<ActorMention> sources,
                                 List<CodedAct> emitted) {
        if (emitted.isEmpty() || sources.isEmpty() || m.nominal()) {
            return List.of();
        }
        Phrase p = opener(s, sources.get(0));
        int after = m.end();
        ActorMention hearer = null;
        if (sources.size() == 1) {
            int h = after < s.size() && s.lower(after).equals("to") ? after + 1 : after;
            hearer = ActorMention.startingAt(s, mentions, h);
            if (hearer != null && !hearer.locative()) {
                after = hearer.end();
            } else {
                hearer = null;
            }
        }
        if (p == null) {
            p = following(s, after);
        }
        int subjectEnd = sources.get(sources.size() - 1).end();
        if (p == null) {
            p = meetingClause(s, subjectEnd, m.start()); // "A and B, meeting in Minsk, agreed", "... when they met in Minsk"
        }
        if (p == null) {
            p = trailingMeeting(s, m.end());
        }
        ActorMention patient = sources.size() == 1 && (hearer == null || hearer == sources.get(0))
                ? passivePatient(s, mentions, m, sources.get(0)) : null;
        if (patient != null) {
            hearer = patient; // "China was urged by Blinken during talks in Beijing": the subject is the one met
            if (p == null) {
                p = following(s, sources.get(0).end());
            }
        }
        if (p == null && subjectEnd < m.start()) {
            // "agreed at talks in Minsk to exchange prisoners": the governor's circumstance, before the complement; one
            // subject's only with its partner named there ("said at a joint news conference with his Iraqi counterpart")
            p = following(s, subjectEnd);
            p = p != null && p.noun() < m.start() && (sources.size() > 1 || withAfter(s, mentions, p.noun()) != null) ? p : null;
            hearer = p != null && sources.size() == 1 ? null : hearer;
        }
        if (p == null) {
            return List.of();
        }
        ActorMention with = sources.size() == 1 ? withAfter(s, mentions, p.noun()) : null;
        boolean named = with != null; // "during talks with Putin", "at a joint news conference with his Iraqi counterpart"
        if (named) {
            hearer = with; // "criticised Hamas during talks with Sisi": the talks are with Sisi, not with Hamas
        } else if (hearer != null && hearer != patient && !hearer.individual() && !(hearer.code() != null && hearer.code().endsWith("GOV"))) {
            hearer = null; // "condemned Hamas in a phone call": a person or a government is met or called, not a group
        }
        List<String> parties = new ArrayList<>();
        for (ActorMention a : sources) {
            parties.add(a.code());
        }
        if (hearer != null && sources.size() == 1 && p.kind().equals("visit") && !named) {
            // S7-2: "Visiting Seoul, Kishida praised Yoon": a host only named as the topic leaves the bare country
            String place = placeAfter(s, mentions, p);
            hearer = null;
            if (place != null && place.length() == 3 && emittedBetween(emitted, List.of(parties.get(0), place))) {
                parties.add(place);
            }
        }
        if (hearer != null && sources.size() == 1) {
            parties.add(hearer.code());
        }
        return parties.size() == 2 && (named || emittedBetween(emitted, parties)) ? pairs(s, mentions, m, p, parties) : List.of();
    }

    /**
     * "Visiting Seoul, Kishida told Yoon that ...", "told Zardari on the sidelines of the SCO summit that ...": words
     * addressed to a hearer at an encounter the sentence names; the speaker and the hearer are its parties.
     */
    static List<CodedAct> addressed(Sentence s, List<ActorMention> mentions, VerbMatch m, ActorMention speaker,
                                    ActorMention hearer) {
        Phrase p = opener(s, speaker);
        p = p != null ? p : following(s, hearer.end());
        if (p == null) {
            return List.of();
        }
        ActorMention with = withAfter(s, mentions, p.noun());
        ActorMention partner = with != null ? with : hearer.individual() || hearer.code().endsWith("GOV") ? hearer : null;
        return partner == null ? List.of() : pairs(s, mentions, m, p, List.of(speaker.code(), partner.code()));
    }

    /** Verb forms that address a hearer, face to face where a place is named: "told X in Jakarta", "asked X in Ankara". */
    private static final WordSet ADDRESSING = WordSet.of("told", "tells", "telling", "asked", "asks", "asking", "urged", "urges",
            "urging", "pressed", "presses", "pressing", "assured", "assures", "assuring", "berated", "berates", "berating",
            "thanked", "thanks", "thanking", "warned", "warns", "warning");
    private static final WordSet TALKS_OPENERS = WordSet.of("during", "in", "at");

    /** The actor right after a one-word verb form that addresses a hearer ("told Zelensky", "urged the Taliban"), or null. */
    static ActorMention addressedHearer(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        if (m.end() != m.start() + 1 || !ADDRESSING.contains(s.token(m.start()))) {
            return null;
        }
        ActorMention hearer = ActorMention.startingAt(s, mentions, m.end());
        hearer = hearer != null ? hearer : ActorMention.startsAt(mentions, m.end()); // "the Taliban" may begin at its article
        return hearer != null ? hearer : counterpartAt(s, mentions, m.end()); // "told his Iranian counterpart"
    }

    /** Words between the verb or the speech and the legislature addressed: "a joint meeting of the", "both houses of", "its". */
    private static final WordSet CHAMBER_WORDS = Words.DETERMINERS.with("joint", "meeting", "session", "sitting", "both",
            "houses", "chambers", "of");
    private static final WordSet SPEECHES = WordSet.of("address", "speech");
    /** Words of a speech given from afar: "by video", "a video address", "virtually". */
    private static final WordSet REMOTE = WordSet.of("video", "videolink", "video-link", "virtual", "virtually", "remotely");

    /**
     * S32-12: a legislature addressed in person, right after a verb of telling ("told a joint meeting of the US
     * Congress") or after "an address to" or "a speech to" in the verb's clause ("urged Sri Lanka's government in an
     * address to its parliament", "in an address to both houses of parliament in London"), or null; never one
     * addressed by video ("Addressing Japan's parliament by video").
     */
    static ActorMention addressedLegislature(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        for (ActorMention a : mentions) {
            String c = a.code();
            if (c == null || !c.endsWith("LEG") || !Coreference.isCountryCode(c) || a.start() < m.end() || a.start() > m.end() + 15) {
                continue;
            }
            int k = a.start() - 1;
            while (k >= m.end() && CHAMBER_WORDS.contains(s.token(k))) {
                k--;
            }
            boolean told = k == m.end() - 1 && m.end() == m.start() + 1 && Words.TOLD.contains(s.token(k));
            boolean speech = k > m.end() && s.lower(k).equals("to") && SPEECHES.contains(s.token(k - 1))
                    && noStopBetween(s, m.end(), k - 1);
            if ((told || speech) && !remote(s, m.start(), a.end())) {
                return a;
            }
        }
        return null;
    }

    private static boolean noStopBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (STOPS.contains(s.token(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean remote(Sentence s, int from, int to) {
        for (int k = Math.max(0, from - 4); k < Math.min(s.size(), to + 3); k++) {
            if (REMOTE.contains(s.token(k))) {
                return true;
            }
        }
        return false;
    }

    /** The country of the place named right after token {@code at} by "in" or "at" ("told Xi in Beijing"), or null. */
    static String placeAt(Sentence s, List<ActorMention> mentions, int at) {
        if (at >= s.size() || !(s.lower(at).equals("in") || s.lower(at).equals("at"))) {
            return null;
        }
        ActorMention place = ActorMention.startingAt(s, mentions, at + 1);
        return place != null && place.locative() && place.placeCode() != null ? ActCodes.country(place.placeCode()) : null;
    }

    /** The kinds of call less video: "addressed the summit by video" is a speech to a forum, not a call. */
    private static final WordSet PHONES = CALL_KINDS.without("video", "virtual");

    /** "by telephone", "by phone", "over the phone", "on the telephone" at token {@code at}: the words were said in a call. */
    static boolean byPhone(Sentence s, int at) {
        if (at + 1 < s.size() && s.lower(at).equals("by")) {
            return PHONES.contains(s.lower(at + 1));
        }
        return at + 2 < s.size() && (s.lower(at).equals("over") || s.lower(at).equals("on")) && s.lower(at + 1).equals("the")
                && PHONES.contains(s.lower(at + 2));
    }

    /**
     * S32-12: "Addressing Pakistan's parliament in Islamabad, Erdogan said ...": an opening address to another state's
     * parliament, whose speaker follows the comma, is a visit that parliament hosts; null for anything else.
     */
    private static ActorMention addressedParliament(Sentence s, List<ActorMention> mentions, ActorMention speaker) {
        int comma = speaker.start() - 1;
        if (comma < 2 || comma > 14 || !s.lower(comma).equals(",") || !s.lower(0).equals("addressing")) {
            return null;
        }
        ActorMention body = ActorMention.startingAt(s, mentions, 1);
        return body != null && body.end() <= comma && body.code() != null && body.code().endsWith("LEG") && speaker.code() != null
                && !ActCodes.country(body.code()).equals(ActCodes.country(speaker.code())) && !remote(s, 0, body.end()) ? body : null;
    }

    /** "during talks", "at their talks", "in negotiations" at token {@code at}: the words were said in negotiations. */
    static boolean duringTalks(Sentence s, int at) {
        if (at >= s.size() || !TALKS_OPENERS.contains(s.token(at))) {
            return false;
        }
        int next = at + 1 < s.size() && Targets.POSSESSIVE_PRONOUNS.contains(s.token(at + 1)) ? at + 2 : at + 1;
        return next < s.size() && TALKS.contains(s.token(next));
    }

    private static List<CodedAct> pairs(Sentence s, List<ActorMention> mentions, VerbMatch m, Phrase p, List<String> parties) {
        Set<String> countries = new HashSet<>();
        for (String c : parties) {
            if (c == null || !Coreference.isCountryCode(c) || !countries.add(ActCodes.country(c))) {
                // a party unknown, or two of one state; a body's summit is among its members ("G7 leaders agreed at
                // their summit to lend Ukraine", "asked EU leaders at their summit"), no encounter with the one named
                return List.of();
            }
        }
        if (parties.size() != 2) {
            return List.of();
        }
        String place = placeAfter(s, mentions, p);
        List<CodedAct> out = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String a = parties.get(i);
            String b = parties.get(1 - i);
            String code = p.kind();
            if (code.equals("040") || code.equals("visit") || code.equals("sidelines")) {
                if (ActCodes.country(b).equals(place)) {
                    code = "042"; // a is b's guest
                } else if (ActCodes.country(a).equals(place)) {
                    code = "043";
                } else if (code.equals("sidelines")) {
                    code = "044";
                } else if (code.equals("visit")) {
                    return List.of(); // a visit to neither: the place is coded as it is
                } else if (place != null) {
                    code = "044";
                }
            }
            out.add(new CodedAct(a, b, code, m, m.start(), m.last(), List.of(m.provenance())));
        }
        return out;
    }

    /** Whether the act's events run between the two parties (or from both toward a third, for a joint subject). */
    private static boolean emittedBetween(List<CodedAct> emitted, List<String> parties) {
        for (CodedAct e : emitted) {
            if (parties.contains(e.source()) && (parties.contains(e.target())
                    || ActCodes.country(e.target()).equals(ActCodes.country(parties.get(1))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "During talks in Berlin, A and B ...", "At their summit in Pyongyang, A ...", "Meeting in Tokyo on Thursday, A and B
     * ...", "Visiting Seoul on Sunday, A ...": a sentence opened by the encounter, its comma right before the subject.
     */
    private static Phrase opener(Sentence s, ActorMention subject) {
        int comma = subject.start() - 1;
        if (comma < 2 || !s.lower(comma).equals(",") || comma > 14) {
            return null;
        }
        for (int i = 1; i < comma; i++) {
            if (!s.token(i).isWord() && !s.lower(i).equals("-")) {
                return null; // one phrase only
            }
        }
        String first = s.lower(0);
        if (Words.SIMULTANEITY.contains(s.token(0))) {
            return meetingClause(s, 0, comma); // "When they met in Minsk, A and B agreed"
        }
        if (first.equals("meeting")) {
            return new Phrase("040", 0);
        }
        if (first.equals("visiting")) {
            return new Phrase("visit", 0);
        }
        if (first.equals("speaking") && OPENERS.contains(s.token(1))) {
            Phrase p = noun(s, 2); // "Speaking at a joint news conference with his Libyan counterpart in Tripoli, ..."
            return p != null && p.noun() < comma ? p : null;
        }
        if (!OPENERS.contains(s.token(0))) {
            return null;
        }
        Phrase p = noun(s, 1);
        return p != null && p.noun() < comma ? p : null;
    }

    private static final WordSet THEY = WordSet.of("they", "both");
    private static final WordSet AUXILIARIES = WordSet.of("was", "were", "is", "are", "been", "being", "has", "have", "had", "be");

    /**
     * A clause of the pair meeting, beside the act: the participle right after the subjects ("A and B, meeting in Minsk
     * on Friday, agreed") or a "when they met" clause ("when they met in Beijing", "as the two met in Minsk"), at
     * {@code at} (a comma or the clause's first word) before {@code end}. "meet" and "will meet" are no meeting held.
     */
    private static Phrase meetingClause(Sentence s, int at, int end) {
        int i = at < s.size() && s.lower(at).equals(",") ? at + 1 : at;
        if (i + 1 < Math.min(end, s.size()) && s.lower(i).equals("meeting") && i > at && isPlace(s, i + 1)) {
            return new Phrase("040", i);
        }
        if (i < s.size() && Words.SIMULTANEITY.contains(s.token(i))) {
            int v = i + 1 < s.size() && s.lower(i + 1).equals("the") && i + 2 < s.size() && s.lower(i + 2).equals("two") ? i + 3
                    : i + 1 < s.size() && THEY.contains(s.token(i + 1)) ? i + 2 : -1;
            if (v > 0 && v + 1 < Math.min(end, s.size()) && s.lower(v).equals("met")) {
                return new Phrase("040", v);
            }
        }
        return null;
    }

    /** "agreed to deepen ties when they met in Minsk": a "when they met" clause later in the act's sentence. */
    private static Phrase trailingMeeting(Sentence s, int from) {
        for (int i = from; i < s.size(); i++) {
            String w = s.lower(i);
            if (w.equals(";") || w.equals("\"") || w.equals("(")) {
                return null;
            }
            Phrase p = Words.SIMULTANEITY.contains(s.token(i)) ? meetingClause(s, i, s.size()) : null;
            if (p != null) {
                return p; // "praised Putin as a friend when they met": "as" opening no clause of meeting is passed
            }
        }
        return null;
    }

    /** Whether a place preposition starts at {@code i} ("meeting in Minsk", "meeting on Friday in Minsk"). */
    private static boolean isPlace(Sentence s, int i) {
        String w = s.lower(i);
        return w.equals("in") || w.equals("on") || w.equals("at") || w.equals(",");
    }

    /**
     * "China was urged by Blinken": the subject of a passive verb whose agent is {@code agent} after "by"; null when the
     * verb is active.
     */
    private static ActorMention passivePatient(Sentence s, List<ActorMention> mentions, VerbMatch m, ActorMention agent) {
        if (agent.start() < m.start() || agent.start() < 1 || !s.lower(agent.start() - 1).equals("by")) {
            return null;
        }
        int k = m.start() - 1;
        if (k < 0 || !AUXILIARIES.contains(s.token(k))) {
            return null;
        }
        while (k > 0 && AUXILIARIES.contains(s.token(k - 1))) {
            k--;
        }
        for (ActorMention a : mentions) {
            if (a.end() == k && !a.locative() && a.code() != null && (a.individual() || a.code().length() == 3
                    || a.code().endsWith("GOV"))) { // a state, its government or a person, no group
                return a;
            }
        }
        return null;
    }

    /** "at talks in Minsk", "in a phone call", "at their summit in Geneva", "during a visit to Ankara" at {@code at}. */
    private static Phrase following(Sentence s, int at) {
        for (int i = at; i < Math.min(s.size() - 1, at + 10); i++) {
            if (STOPS.contains(s.token(i))) {
                return null;
            }
            if (OPENERS.contains(s.token(i)) && (i == at || !s.lower(i - 1).equals("to"))) {
                Phrase p = noun(s, i + 1);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The encounter noun of a phrase starting at {@code at} (after its preposition), or null. */
    private static Phrase noun(Sentence s, int at) {
        int i = at;
        while (i < Math.min(s.size() - 1, at + 3) && s.token(i).isCapitalized()) {
            i++; // "during Sisi's first visit to Ankara": the visitor's possessive
        }
        i = i > at && i < s.size() && s.lower(i).equals("'s") ? i + 1 : at;
        if (i < s.size() && Words.DETERMINERS.contains(s.token(i))) {
            i++;
        }
        for (int k = 0; k < 3 && i < s.size(); k++, i++) {
            String w = s.lower(i);
            if (UNDONE.contains(w) || !s.token(i).isWord() && !w.equals("-")) {
                return null;
            }
            if (TALKS.contains(w) && !(i + 1 < s.size() && (s.lower(i + 1).equals("to") || UNDONE.contains(s.lower(i + 1))))) {
                return new Phrase("046", i); // "in talks to buy": a deal sought, no encounter
            }
            if (CALLS.contains(w) && i > at && (CALL_KINDS.contains(s.token(i - 1)) || w.equals("videoconference"))) {
                return new Phrase("041", i);
            }
            if (w.equals("call") && i > at && Words.DETERMINERS.contains(s.token(i - 1))) {
                return new Phrase("041", i); // "in a call", "during their call"
            }
            if (MEETINGS.contains(w) && i + 1 < s.size() && !UNDONE.contains(s.lower(i + 1))) {
                return new Phrase(CALL_KINDS.contains(s.token(i - 1)) ? "041" : "040", i);
            }
            if (JOINT_APPEARANCES.contains(w) && i >= at + 2 && s.lower(i - 2).equals("joint") && i + 1 < s.size()
                    && s.lower(i + 1).equals("with")) {
                return new Phrase("040", i); // "at a joint news conference with his Iraqi counterpart in Baghdad"
            }
            if (w.equals("sidelines") && i + 2 < s.size() && s.lower(i + 1).equals("of")) {
                return new Phrase("sidelines", i); // "on the sidelines of the SCO summit": a third place unless one's own
            }
            if (w.equals("visit") && i + 1 < s.size() && s.lower(i + 1).equals("to")) {
                return new Phrase("visit", i);
            }
            if (s.token(i).isCapitalized() && i > at) {
                return null;
            }
        }
        return null;
    }

    /** "during talks with Putin": the partner named in the phrase. */
    private static ActorMention withAfter(Sentence s, List<ActorMention> mentions, int noun) {
        if (noun + 1 < s.size() && s.lower(noun + 1).equals("with")) {
            ActorMention a = ActorMention.startingAt(s, mentions, noun + 2);
            a = a != null ? a : counterpartAt(s, mentions, noun + 2);
            return a != null && !a.locative() ? a : null;
        }
        return null;
    }

    /** The country of the place the encounter is said to be in ("talks in Minsk", "a visit to Ankara"), or null. */
    private static String placeAfter(Sentence s, List<ActorMention> mentions, Phrase p) {
        for (int i = p.noun() + 1; i < Math.min(s.size() - 1, p.noun() + 8); i++) {
            if (STOPS.contains(s.token(i)) && !s.lower(i).equals("and")) {
                return null;
            }
            boolean prep = s.lower(i).equals("in") || s.lower(i).equals("to") && p.kind().equals("visit");
            if (prep || p.noun() == 0 && i == 1) {
                String place = countryAt(s, mentions, prep ? i + 1 : i); // "Visiting Seoul"
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /**
     * S7-2: a visit coded to a bare state beside a meeting of the same visitor with a person of that state ("became the
     * first US president to set foot in North Korea when he met Kim Jong Un", "flew to Beijing and met Xi", "met Xi
     * during a visit to China") is one visit with that person as the named host: visitor>host 042, host>visitor 043, in
     * place of the bare-state visit and of the meeting's own 040 or 044 pair. A meeting with a person of another state
     * leaves the visit as it is.
     */
    static List<CodedAct> hostMet(List<CodedAct> out) {
        Map<String, CodedAct> hosts = new HashMap<>();
        for (CodedAct v : out) {
            if (v.code().equals("042") && v.target() != null && v.target().length() == 3) {
                for (CodedAct m : out) {
                    if ((m.code().equals("040") || m.code().equals("044")) && m.source().equals(v.source()) && m.target() != null
                            && m.target().length() > 3 && ActCodes.country(m.target()).equals(v.target())
                            && !ActCodes.country(v.source()).equals(v.target())) {
                        hosts.putIfAbsent(v.source() + ">" + v.target(), m);
                    }
                }
            }
        }
        if (hosts.isEmpty()) {
            return out;
        }
        Set<String> met = new HashSet<>();
        hosts.values().forEach(m -> met.add(m.source() + ">" + m.target()));
        List<CodedAct> all = new ArrayList<>();
        for (CodedAct a : out) {
            if (a.target() == null) {
                all.add(a);
                continue;
            }
            boolean bareVisit = a.code().equals("042") && hosts.containsKey(a.source() + ">" + a.target())
                    || a.code().equals("043") && hosts.containsKey(a.target() + ">" + a.source());
            boolean meeting = (a.code().equals("040") || a.code().equals("044"))
                    && (met.contains(a.source() + ">" + a.target()) || met.contains(a.target() + ">" + a.source()));
            if (!bareVisit && !meeting) {
                all.add(a);
            }
        }
        for (CodedAct m : hosts.values()) {
            all.add(new CodedAct(m.source(), m.target(), "042", m.verb(), m.fromToken(), m.toToken(), m.entries()));
            all.add(new CodedAct(m.target(), m.source(), "043", m.verb(), m.fromToken(), m.toToken(), m.entries()));
        }
        return all;
    }

    /** Words between "during" and "visit" of a visit held: "a", "his", "a state", "a two-day official". */
    private static final WordSet VISIT_MODIFIERS = WordSet.of("a", "an", "the", "his", "her", "their", "state", "official",
            "working", "first", "two-day", "three-day", "four-day", "five-day", "surprise", "unannounced");

    /**
     * R13: "signed a pact in Nairobi during a visit by US Defense Secretary Lloyd Austin", "signed a deal in Beijing
     * during Vucic's visit for a forum": a visit named with its visitor only (a by-agent or a possessor, no "to"),
     * whose place is the act's own "in" place before it, is the visitor's to that place's state (guest 042, host 043),
     * when the act's events run between the two states; no place, or the act elsewhere, codes no visit.
     */
    static List<CodedAct> visitAtActsPlace(Sentence s, List<ActorMention> mentions, VerbMatch m, List<CodedAct> emitted) {
        if (emitted.isEmpty() || m.nominal()) {
            return List.of();
        }
        String place = null;
        for (int i = m.start() + 1; i < Math.min(s.size() - 1, m.start() + 16); i++) {
            if (s.lower(i).equals("during") && place != null) {
                ActorMention visitor = visitorAt(s, mentions, i + 1);
                String guest = visitor == null || visitor.code() == null ? null : visitor.code();
                if (guest == null || !Coreference.isCountryCode(guest) || ActCodes.country(guest).equals(place)
                        || !emittedBetween(emitted, List.of(ActCodes.country(guest), place))) {
                    return List.of();
                }
                return List.of(new CodedAct(guest, place, "042", m, m.start(), m.last(), List.of(m.provenance())),
                        new CodedAct(place, guest, "043", m, m.start(), m.last(), List.of(m.provenance())));
            }
            boolean joined = s.lower(i).equals("and") && ActorMention.startingAt(s, mentions, i + 1) != null; // "by A and B"
            boolean setOff = s.lower(i).equals(",") && s.lower(i + 1).equals("during");
            if (STOPS.contains(s.token(i)) && !joined && !setOff) {
                return List.of(); // the act's clause ends; a comma may only set off the visit itself
            }
            String at = placeAt(s, mentions, i);
            place = at != null ? at : place;
        }
        return List.of();
    }

    /** The visitor of "a state visit by X" or "X's visit" at {@code at}, the visit's place not named after it; or null. */
    private static ActorMention visitorAt(Sentence s, List<ActorMention> mentions, int at) {
        ActorMention owner = ActorMention.startingAt(s, mentions, at);
        int i = at;
        if (owner != null && !owner.locative()) {
            i = owner.end() < s.size() && s.lower(owner.end()).equals("'s") ? owner.end() + 1 : owner.end();
        }
        while (i < s.size() && VISIT_MODIFIERS.contains(s.token(i))) {
            i++;
        }
        if (i + 1 >= s.size() || !(s.lower(i).equals("visit") || s.lower(i).equals("visits")) || s.lower(i + 1).equals("to")) {
            return null;
        }
        if (owner != null && !owner.locative() && i > owner.end()) {
            return owner; // "during Vucic's visit"
        }
        ActorMention by = s.lower(i + 1).equals("by") ? ActorMention.startingAt(s, mentions, i + 2) : null;
        if (by == null || by.locative() || by.end() < s.size() && s.lower(by.end()).equals("to")) {
            return null;
        }
        return by;
    }

    /** The encounters of {@code pending} between two states not met already in {@code out}. */
    static List<CodedAct> unmet(List<CodedAct> out, List<CodedAct> pending) {
        if (pending.isEmpty()) {
            return out;
        }
        Set<String> hosted = new HashSet<>();
        for (CodedAct a : pending) {
            if (a.code().equals("042") && a.target().length() > 3) {
                hosted.add(ActCodes.country(a.source()) + ">" + ActCodes.country(a.target()));
            }
        }
        // S7-2: a visit coded to the bare state gives way to the host the sentence names face to face ("Sisi and Erdogan
        // signed ... during Sisi's visit to Ankara": TURGOV, not TUR)
        out = out.stream().filter(a -> !(a.target() != null && (a.code().equals("042") && a.target().length() == 3
                && hosted.contains(ActCodes.country(a.source()) + ">" + a.target())
                || a.code().equals("043") && a.source().length() == 3 && hosted.contains(ActCodes.country(a.target()) + ">" + a.source()))))
                .toList();
        Set<String> met = new HashSet<>();
        for (CodedAct a : out) {
            if (a.code().startsWith("04") && a.target() != null) {
                met.add(ActCodes.country(a.source()) + ">" + ActCodes.country(a.target()));
                met.add(ActCodes.country(a.target()) + ">" + ActCodes.country(a.source()));
            }
        }
        List<CodedAct> all = new ArrayList<>(out);
        Set<String> seen = new HashSet<>();
        for (CodedAct a : pending) {
            if (!met.contains(ActCodes.country(a.source()) + ">" + ActCodes.country(a.target()))
                    && seen.add(a.source() + ">" + a.target())) {
                all.add(a);
            }
        }
        return all;
    }

    /** Words before "visiting" that make it a gerund or a participle clause ("after visiting Putin", ", visiting Xi"). */
    private static final WordSet GERUND_OPENERS = WordSet.of(",", "after", "before", "while", "when", "since", "by", "on",
            "upon", "without", "for", "of", "from", "in", "about", "is", "was", "were", "are", "be", "been", "and");
    private static final Set<String> MEETING_CODES = Set.of("040", "042", "043", "044");

    /**
     * "told visiting Somali President Farmaajo", "met visiting Australian Prime Minister Albanese", "a meeting with a
     * visiting Indian minister": "visiting" before a person names the guest (R13, S7-2), so the meeting between him and
     * the other party is his visit to that host: guest>host 042, host>guest 043, whatever the verb made of it. "Xi,
     * visiting Paris, said" visits a place, no person.
     */
    static List<CodedAct> visitingGuests(Sentence s, List<ActorMention> mentions, List<CodedAct> out) {
        Set<String> guests = new HashSet<>();
        for (ActorMention a : mentions) {
            int v = a.start() - 1;
            if (v > 0 && s.lower(v).equals("visiting") && !GERUND_OPENERS.contains(s.token(v - 1)) && a.isResolved() && a.individual()
                    && !a.locative() && a.code() != null && Coreference.isCountryCode(a.code()) && a.code().length() > 3) {
                guests.add(a.code());
            }
        }
        if (guests.isEmpty()) {
            return out;
        }
        List<CodedAct> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CodedAct e : out) {
            boolean meeting = MEETING_CODES.contains(e.code()) && e.target() != null;
            String guest = meeting && guests.contains(e.source()) ? e.source() : meeting && guests.contains(e.target()) ? e.target() : null;
            if (guest == null || ActCodes.country(e.source()).equals(ActCodes.country(e.target()))) {
                all.add(e);
                continue;
            }
            String host = guest.equals(e.source()) ? e.target() : e.source();
            if (seen.add(guest + ">" + host)) {
                all.add(new CodedAct(guest, host, "042", e.verb(), e.fromToken(), e.toToken(), e.entries()));
                all.add(new CodedAct(host, guest, "043", e.verb(), e.fromToken(), e.toToken(), e.entries()));
            }
        }
        return all;
    }

    /** What an encounter held at a distance is held by: "by video (link)", "via videoconference". */
    private static final WordSet REMOTE_MEANS = WordSet.of("video", "videoconference", "videolink", "teleconference");
    /** What an encounter held at a distance is called: "a virtual summit", "an online meeting", "a video conference". */
    private static final WordSet REMOTE_KINDS = WordSet.of("virtual", "online", "video");
    private static final WordSet REMOTE_ENCOUNTERS = MEETINGS.with("talks", "conference", "call", "session", "forum");
    /** Words that part the clause of an encounter held at a distance from another act's. */
    private static final WordSet CLAUSE_CUTS = WordSet.of(";", "and", "but", "while", "whereas");

    /**
     * S32-12: an encounter held by video, virtually or online is no visit (no one came to anyone's country): its visit,
     * hosting and third-place codes (042, 043, 044) are dropped ("the G20 summit, hosted by Saudi Arabia, was held by
     * video link"), and a meeting (040) is a call (041: "held a virtual summit"). Only the acts of the marker's own
     * clause: "welcomed Xi in Lima, and the two leaders inaugurated the port by video link" keeps the visit.
     */
    static List<CodedAct> heldRemotely(Sentence s, List<CodedAct> out) {
        List<Integer> markers = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower(i);
            boolean means = (w.equals("by") || w.equals("via")) && i + 1 < s.size() && REMOTE_MEANS.contains(s.token(i + 1));
            boolean kind = REMOTE_KINDS.contains(s.token(i)) && i + 1 < s.size() && REMOTE_ENCOUNTERS.contains(s.token(i + 1));
            if (means || kind || w.equals("virtually") || w.equals("online") || w.equals("videoconference")) {
                markers.add(i);
            }
        }
        if (markers.isEmpty()) {
            return out;
        }
        List<CodedAct> all = new ArrayList<>();
        for (CodedAct a : out) {
            boolean remote = MEETING_CODES.contains(a.code()) && markers.stream().anyMatch(i -> sameClause(s, a, i));
            if (!remote) {
                all.add(a);
            } else if (a.code().equals("040")) {
                all.add(new CodedAct(a.source(), a.target(), "041", a.verb(), a.fromToken(), a.toToken(), a.entries()));
            }
        }
        return all;
    }

    /** Whether no clause cut stands between an act's words and token {@code at}. */
    private static boolean sameClause(Sentence s, CodedAct a, int at) {
        int from = Math.min(a.toToken(), at);
        int to = Math.max(a.fromToken(), at);
        for (int i = from + 1; i < to; i++) {
            if (CLAUSE_CUTS.contains(s.token(i))) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of handing a thing over in person. */
    private static final WordSet HANDED = WordSet.of("handed", "delivered", "presented", "gave", "hands", "delivers",
            "presents", "gives");
    /** Things handed over in person: a letter, a message, an offer. */
    private static final WordSet HANDED_THINGS = WordSet.of("letter", "message", "invitation", "package", "proposal",
            "note", "offer", "gift", "plan", "credentials", "documents", "list", "reply", "response");

    /**
     * S7-2: a thing handed over in person in one party's country ("Solana handed Larijani a package of incentives in
     * Tehran", "delivered a letter from Moon to Japan's prime minister in Tokyo", "presented Putin with an invitation in
     * Moscow") is a visit: visitor>host 042, host>visitor 043. The giver and the receiver are persons (a state "handed
     * Russia a defeat" hands nothing over), the thing one handed over (no "speech", no "blow"); a third place is coded as
     * it is.
     */
    static List<CodedAct> handOvers(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, List<CodedAct> out) {
        if (verbs.isEmpty()) {
            return out;
        }
        for (ActorMention giver : mentions) {
            int v = giver.end();
            if (v >= s.size() || !HANDED.contains(s.token(v)) || !person(giver)) {
                continue;
            }
            ActorMention receiver = null;
            int i = v + 1;
            ActorMention first = ActorMention.startingAt(s, mentions, i);
            if (first != null && person(first)) {
                receiver = first; // "handed Larijani a package", "presented Putin with an invitation"
                i = first.end();
                i = i < s.size() && s.lower(i).equals("with") ? i + 1 : i;
            } else if (i < s.size() && s.lower(i).equals("over")) {
                i++; // "handed over a letter to"
            }
            int thing = -1;
            for (int k = i; k < Math.min(s.size(), i + 4); k++) {
                if (HANDED_THINGS.contains(s.token(k))) {
                    thing = k;
                    break;
                }
            }
            if (thing < 0) {
                continue;
            }
            int j = thing + 1;
            if (receiver == null) {
                for (; j < Math.min(s.size() - 1, thing + 10) && receiver == null; j++) {
                    if (STOPS.contains(s.token(j))) {
                        break;
                    }
                    if (s.lower(j).equals("to")) {
                        ActorMention r = ActorMention.startingAt(s, mentions, j + 1);
                        receiver = r != null && person(r) ? r : null;
                        if (receiver == null) {
                            break;
                        }
                        j = r.end() - 1;
                    }
                }
            }
            String place = receiver == null ? null : placeIn(s, mentions, Math.max(j, receiver.end()));
            if (place == null) {
                continue;
            }
            String g = ActCodes.country(giver.code());
            String r = ActCodes.country(receiver.code());
            if (g.equals(r) || !place.equals(g) && !place.equals(r)) {
                continue;
            }
            ActorMention visitor = place.equals(r) ? giver : receiver;
            ActorMention host = visitor == giver ? receiver : giver;
            // the hand-over has no verb entry of its own: it is placed at its verb, with the sentence's first entry
            VerbMatch first0 = verbs.get(0);
            VerbMatch verb = new VerbMatch(first0.entry(), first0.pattern(), false, v, v + 1, v, null, null, s.lower(v));
            List<CodedAct> all = new ArrayList<>(out);
            all.add(new CodedAct(visitor.code(), host.code(), "042", verb, v, v + 1, List.of(verb.provenance())));
            all.add(new CodedAct(host.code(), visitor.code(), "043", verb, v, v + 1, List.of(verb.provenance())));
            return unmet(out, all.subList(out.size(), all.size()));
        }
        return out;
    }

    private static boolean person(ActorMention a) {
        return a.individual() && !a.locative() && a.code() != null && a.code().length() > 3;
    }

    /** The country of "in Tehran" within the clause from {@code from}, or null. */
    private static String placeIn(Sentence s, List<ActorMention> mentions, int from) {
        for (int i = from; i < Math.min(s.size() - 1, from + 8); i++) {
            if (STOPS.contains(s.token(i))) {
                return null;
            }
            String place = s.lower(i).equals("in") ? countryAt(s, mentions, i + 1) : null;
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /** The country of a place or a state named from token {@code at} ("in Minsk", "Visiting Seoul"), or null. */
    private static String countryAt(Sentence s, List<ActorMention> mentions, int at) {
        ActorMention a = ActorMention.startingAt(s, mentions, at);
        return a != null && a.placeCode() != null && (a.locative() || Coreference.isCountryCode(a.code())) ? ActCodes.country(a.placeCode()) : null;
    }

    private static final WordSet POSSESSIVES = WordSet.of("his", "her", "their");

    /**
     * "told his Iranian counterpart", "with her Chinese counterparts": the speaker's counterpart after a possessive,
     * whose mention starts after it; null for anything else ("his supporters", "their own people").
     */
    private static ActorMention counterpartAt(Sentence s, List<ActorMention> mentions, int at) {
        if (at + 1 >= s.size() || !POSSESSIVES.contains(s.token(at))) {
            return null;
        }
        ActorMention a = ActorMention.startsAt(mentions, at + 1);
        return a != null && a.end() <= s.size() && Words.COUNTERPARTS.contains(s.token(a.end() - 1)) ? a : null;
    }

    /** "told his Iranian counterpart": whether {@code a} is the counterpart of the one before the possessive. */
    static boolean counterpart(Sentence s, ActorMention a) {
        return a.start() > 0 && POSSESSIVES.contains(s.token(a.start() - 1)) && Words.COUNTERPARTS.contains(s.token(a.end() - 1));
    }

    /** Verbs of saying whose words may be said at an encounter ("said at a joint news conference with ..."). */
    private static final WordSet SAID = WordSet.of("said", "says", "told", "declared", "stated", "added", "insisted");

    /**
     * Words said at an encounter whose partner the phrase names ("Fidan said at a joint news conference with his Iraqi
     * counterpart in Baghdad that ...", "At a joint news conference with Brown in Brasilia, Lula blamed ..."): the
     * speaker and that partner are its parties (R13, S7-2), whether or not the words are an event. Only a partner named
     * with "with"; "told reporters at a news conference in Baghdad" names none.
     */
    static List<CodedAct> spokenAt(Sentence s, List<ActorMention> mentions, List<VerbMatch> verbs, List<CodedAct> out) {
        if (verbs.isEmpty()) {
            return out;
        }
        for (ActorMention speaker : mentions) {
            if (!person(speaker) || speaker.possessive()) {
                continue;
            }
            ActorMention parliament = addressedParliament(s, mentions, speaker);
            if (parliament != null) {
                VerbMatch first = verbs.get(0);
                VerbMatch verb = new VerbMatch(first.entry(), first.pattern(), false, 0, 1, 0, null, null, s.lower(0));
                return unmet(out, List.of(
                        new CodedAct(speaker.code(), parliament.code(), "042", verb, 0, 0, List.of(verb.provenance())),
                        new CodedAct(parliament.code(), speaker.code(), "043", verb, 0, 0, List.of(verb.provenance()))));
            }
            Phrase p = opener(s, speaker);
            int v = speaker.end();
            if (p == null && v < s.size() && SAID.contains(s.token(v))) {
                int at = v + 1 < s.size() && s.lower(v + 1).equals("reporters") ? v + 2 : v + 1;
                p = following(s, at);
                // "told a joint news conference with his Indian counterpart": the appearance is the one told
                p = p == null && s.lower(v).equals("told") && v + 1 < s.size() && Words.DETERMINERS.contains(s.token(v + 1))
                        ? noun(s, v + 1) : p;
            }
            ActorMention partner = p == null ? null : withAfter(s, mentions, p.noun());
            if (partner == null || !person(partner) && !(partner.code() != null && partner.code().endsWith("GOV")
                    && Words.COUNTERPARTS.contains(s.token(partner.end() - 1)))) {
                continue; // a person, or the speaker's counterpart
            }
            VerbMatch first = verbs.get(0);
            int at = Math.min(v, s.size() - 1);
            VerbMatch verb = new VerbMatch(first.entry(), first.pattern(), false, at, at + 1, at, null, null, s.lower(at));
            return unmet(out, pairs(s, mentions, verb, p, List.of(speaker.code(), partner.code())));
        }
        return out;
    }
}
