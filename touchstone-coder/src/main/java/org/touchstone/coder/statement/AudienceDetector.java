package org.touchstone.coder.statement;

import static org.touchstone.coder.statement.HomeAudience.abroad;
import static org.touchstone.coder.statement.HomeAudience.homeGathering;
import static org.touchstone.coder.statement.HomeAudience.toldHomeGroup;
import static org.touchstone.coder.statement.HomeAudience.toldOccasionAtHome;
import static org.touchstone.coder.statement.MediaAudience.hostsOutletTold;
import static org.touchstone.coder.statement.MediaAudience.isMediaWord;
import static org.touchstone.coder.statement.MediaAudience.mediaAfter;
import static org.touchstone.coder.statement.MediaAudience.relayedByOwnStateMedia;
import static org.touchstone.coder.statement.MediaAudience.outletChannel;
import static org.touchstone.coder.statement.MediaAudience.toldOutlets;
import static org.touchstone.coder.statement.MultilateralAudience.atBody;
import static org.touchstone.coder.statement.MultilateralAudience.gatheringOfBody;
import static org.touchstone.coder.statement.MultilateralAudience.gatheringOfPeople;
import static org.touchstone.coder.statement.MultilateralAudience.homePeople;
import static org.touchstone.coder.statement.MultilateralAudience.membersJointly;
import static org.touchstone.coder.statement.MultilateralAudience.membersMeeting;
import static org.touchstone.coder.statement.MultilateralAudience.theirSummit;
import static org.touchstone.coder.statement.TargetAudience.TOLD_OR_ASKED;
import static org.touchstone.coder.statement.TargetAudience.arrivedOnSoilOf;
import static org.touchstone.coder.statement.TargetAudience.metWith;
import static org.touchstone.coder.statement.TargetAudience.onSoilOf;
import static org.touchstone.coder.statement.TargetAudience.ownCircleAfter;
import static org.touchstone.coder.statement.TargetAudience.ownPeopleAside;
import static org.touchstone.coder.statement.TargetAudience.ownSideMet;
import static org.touchstone.coder.statement.TargetAudience.toldTarget;
import static org.touchstone.coder.statement.TargetAudience.visitOfTarget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.text.WordSet;
import org.touchstone.core.Audience;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.Token;
import org.touchstone.coder.text.Words;

/**
 * To whom words were said, as far as the sentence says: a press conference ("told reporters"),
 * foreign media (an interview with an outlet of another country), a multilateral forum (the UN,
 * a summit of several states), the target itself (a call or talks with it), or home (parliament,
 * a televised address, state media). The document's venue fills in for its lead sentence.
 * <p>
 * This class weighs the channels a sentence names; what each kind of audience looks for lives in a class of its
 * own: {@link MediaAudience} (an outlet given the words, and whose), {@link MultilateralAudience} (a forum of several
 * states), {@link TargetAudience} (the target told, met, visited or on its soil; the addressee) and
 * {@link HomeAudience} (the speaker's own people, a gathering at home, a home channel abroad).
 */
public final class AudienceDetector {

    private static final PhraseIndex<Boolean> PRESS = phrases("told reporters", "told journalists", "told a news conference",
            "news conference", "press conference", "press briefing", "regular briefing", "daily briefing",
            "regular press", "told the media", "told a press", "at a briefing", "news briefing", "briefing reporters",
            "told a briefing", "telling reporters", "telling journalists", "told a news briefing", "to reporters",
            "to journalists", "with reporters", "with journalists", "told the press", "media briefing",
            "weekly briefing", "reporters travelling", "reporters traveling", "press availability", "press gaggle");
    private static final PhraseIndex<Boolean> MULTILATERAL = phrases("general assembly", "security council",
            "united nations", "at the un", "at the u.n.", "g20", "g7", "g-20", "g-7", "brics", "sco", "nato summit",
            "summit of", "summit in", "at the summit", "forum", "conference in", "communique", "ministerial",
            "human rights council", "asean", "apec", "munich security conference", "world economic forum",
            "davos", "leaders ' summit", "summit", "shangri-la dialogue", "raisina dialogue",
            "climate conference", "cop26", "cop27", "cop28", "cop29", "african union", "arab league",
            "gulf cooperation council", "european council", "eu summit", "osce", "world health assembly",
            "board of governors", "opec", "commonwealth", "ministers ' meeting", "meeting of foreign ministers",
            "meeting of defence ministers", "meeting of defense ministers", "ministerial meeting", "peace conference",
            "donors ' conference", "donor conference", "international conference", "un climate", "u.n. climate",
            "east asia summit", "organization of american states", "organisation of islamic cooperation",
            "organization of islamic cooperation", "conference on disarmament", "nato meeting", "nato foreign ministers",
            "nato defence ministers", "nato defense ministers", "eu foreign ministers", "eu leaders", "world leaders",
            "un summit", "u.n. summit", "un conference", "u.n. conference", "international court of justice",
            "international criminal court", "world court", "icj", "climate talks", "six-party talks", "four-party talks",
            "three-party talks", "five-party talks", "multilateral talks", "multiparty talks");
    /** Channels that put the words before the one they are about: a call, talks or a letter with it. */
    private static final String[] TARGET_CHANNELS = {
            "phone call with", "call with", "video call", "telephone conversation", "talks with", "meeting with",
            "met with", "letter to", "message to", "during talks", "during a phone call", "during a call",
            "during a video call", "in a call", "during their meeting", "during the meeting", "at their meeting",
            "during his visit to", "during her visit to", "in a letter", "told his counterpart", "told her counterpart",
            "face-to-face", "opening remarks", "by phone", "by telephone", "at talks", "in talks", "letter", "wrote to",
            "writing to", "while visiting", "while hosting", "visiting", "hosting", "in a phone call",
            "in a telephone call", "on a phone call", "in a video call", "sent a message", "sent a letter",
            "sent condolences", "sent a congratulatory", "sent a telegram", "message of condolence",
            "message of condolences", "message of congratulations", "diplomatic note", "note verbale",
            "their first meeting", "their first talks", "during their talks", "at their talks", "phoned", "telephoned",
            "video conference with", "videoconference with", "virtual meeting with", "virtual talks with",
            "phone conversation", "in a conversation", "conversation with", "telephone talks", "phone talks",
            "over the phone", "on the phone"};
    static final PhraseIndex<Boolean> TARGET = phrases(TARGET_CHANNELS);
    /** Target channels that are also a topic ("talks with", "visiting"), so a channel only after a cue. */
    private static final Set<String> CUED_TARGET_CHANNELS = Set.of(
            "phone call with", "call with", "talks with", "meeting with", "met with", "letter", "visiting", "hosting");
    /** Domestic channels that are one by themselves, wherever they stand ("in a televised address"). */
    private static final String[] FREE_DOMESTIC_CHANNELS = {
            "state of the union", "televised address", "address to the nation", "national address", "televised",
            "on television", "direct line", "fundraiser", "video address", "nightly address", "evening address",
            "weekly address", "new year address", "new year 's address", "speech to the nation", "state broadcaster",
            "national broadcaster", "state news agency", "on state television", "on state tv", "on national television",
            "on national tv", "on state radio", "on public television", "campaign trail", "inaugural speech",
            "inauguration speech", "inaugural address", "state of the nation", "state-of-the-nation"};
    private static final PhraseIndex<Boolean> DOMESTIC = phrases(Stream.concat(Stream.of(
            "parliament", "lawmakers", "rally", "state media", "state television", "state tv", "national television",
            "domestic", "campaign rally", "campaign event", "campaign speech", "campaign stop", "election campaign",
            "cabinet meeting", "legislature", "federal assembly", "bundestag", "duma", "congress", "knesset", "senate",
            "diet", "lok sabha", "rajya sabha", "house of commons", "the commons", "house of lords",
            "house of representatives", "state duma", "majlis", "sejm", "verkhovna rada", "national people's congress",
            "kcna", "xinhua", "tass", "ria novosti", "speech at home", "a speech", "in a speech", "party congress",
            "people's daily", "address to", "annual address", "national day", "independence day", "victory day",
            "state-run", "ruling party", "party conference", "supporters", "graduation", "military parade", "at home",
            "home audience", "oval office address", "politburo", "central committee", "plenum", "plenary",
            "party meeting", "address", "crowd", "crowds", "swearing-in", "town hall", "senators", "aides", "his party",
            "her party", "his speech", "her speech", "his first speech", "her first speech"),
            Arrays.stream(FREE_DOMESTIC_CHANNELS)).toArray(String[]::new));
    /** Words before a forum, a body or a meeting that make it the channel of the words, not their topic. */
    static final WordSet CHANNEL_CUES = WordSet.of("at", "to", "told", "telling", "tells", "before", "addressed",
            "addressing", "address", "speech", "during", "in", "carried", "aired", "opening", "opened", "sidelines",
            "delivered", "sent", "handed", "while", "remarks", "urged", "urging", "asked", "asking", "appealed", "warned",
            "warns", "briefed", "briefing", "assured");
    /** Verbs of an appeal, whose object is asked, not where the words were said. */
    private static final WordSet APPEALS = WordSet.of("urged", "urging", "asked", "asking", "appealed");
    /**
     * Forums that, asked by an appeal, are only its addressees: the UN as a whole and the world's leaders, not a body
     * that sits ("urged the UN General Assembly to ..." is said at it).
     */
    private static final Set<String> ASKED_NOT_MET = Set.of("united nations", "world leaders");
    /** Cues that name the occasion only when close to it ("in a letter", "to the summit"), not across a phrase. */
    private static final WordSet NEAR_CUES = WordSet.of("to", "in", "at");
    /** Phrases that are a channel by themselves: forums, and the target and domestic channels that need no cue. */
    private static final WordSet FREE_CHANNELS = WordSet.of(Stream.of(Stream.of(
            "at the un", "at the u.n.", "communique", "ministerial", "at the summit", "leaders ' summit", "summit of",
            "summit in", "conference in", "meeting of foreign ministers", "ministers ' meeting"),
            Arrays.stream(FREE_DOMESTIC_CHANNELS), Arrays.stream(TARGET_CHANNELS).filter(c -> !CUED_TARGET_CHANNELS.contains(c)))
            .flatMap(c -> c).toArray(String[]::new));
    /** Participles that put the words where they stand when they open the sentence ("Visiting Kyiv, Macron said"). */
    private static final WordSet OPENING_CHANNELS = WordSet.of("visiting", "hosting");
    /** Prepositions that make a participle after them a gerund ("of hosting", "for visiting"). */
    private static final WordSet GERUND_PREPOSITIONS = WordSet.of("of", "for", "from", "about", "by", "against");
    /** A meeting at another time than the words ("after meeting Xi"). */
    static final WordSet BEFORE_OR_AFTER = WordSet.of("after", "before", "since", "having");
    /** How far before a phrase its cue may stand ("addressing the Voice of Global South summit"). */
    private static final int CUE_WINDOW = 7;
    /** Words a cue is not looked for across: another clause. */
    static final WordSet CUE_STOPS = WordSet.of(",", ";", ":", "\"", "that", "said", "says");
    /** Words that say the words were an interview or a piece written for an outlet. */
    private static final WordSet INTERVIEW_WORDS = WordSet.of("interview", "interviews", "interviewed", "interviewer",
            "op-ed", "article", "column", "commentary");
    private static final WordSet FOREIGN_WORDS = WordSet.of("foreign", "western", "international", "overseas");

    public Audience detect(Sentence s, String speaker, List<ActorMention> mentions, List<String> targets) {
        String speakerCountry = speaker != null && Coreference.isCountryCode(speaker) ? speaker.substring(0, 3) : null;
        if (contains(s, PRESS) >= 0 && !containsWord(s, "interview")) {
            return Audience.PRESS_CONFERENCE;
        }
        // the speaker's own name ("Iranian state media reported") is not the channel of its words
        boolean[] speakerTokens = new boolean[s.size()];
        for (ActorMention m : mentions) {
            if (speaker != null && speaker.equals(m.code()) && !toldTo(s, m)) {
                for (int i = m.start(); i < m.end() && i < s.size(); i++) {
                    speakerTokens[i] = true;
                }
            }
        }
        // the ends of other speakers' names: "..., and Zelensky told the Security Council" is Zelensky's channel
        boolean[] otherSpeakerEnds = new boolean[s.size()];
        for (ActorMention m : mentions) {
            if (m.isResolved() && !m.locative() && speaker != null && !speaker.equals(m.code()) && m.end() > 0) {
                otherSpeakerEnds[m.end() - 1] = true;
            }
        }
        boolean interview = false;
        for (int i = 0; i < s.size(); i++) {
            interview |= INTERVIEW_WORDS.contains(s.token(i));
        }
        // a named outlet the words were given to: "told CNN", "in an interview with Le Monde"
        Outlets.Outlet outlet = outletChannel(s, speakerTokens, interview);
        if (outlet != null) {
            // of several outlets told together, a foreign one ("the French newspaper Les Echos and the US outlet Politico")
            boolean home = outlet.country().equals(speakerCountry) && toldOutlets(s, mentions, speakerCountry) != Audience.FOREIGN_MEDIA;
            return home ? Audience.DOMESTIC : Audience.FOREIGN_MEDIA;
        }
        if (interview) {
            // "an interview with a German newspaper", "told an American interviewer"
            String outletCountry = null;
            for (ActorMention m : mentions) {
                String code = m.code();
                if (code != null && (code.endsWith("MED") || m.end() < s.size() && isMediaWord(s.lower(m.end())))
                        && Coreference.isCountryCode(code) && !speakerTokens[m.start()]) {
                    outletCountry = code.substring(0, 3);
                }
            }
            boolean foreignWord = false;
            for (int i = 0; i < s.size(); i++) {
                foreignWord |= FOREIGN_WORDS.contains(s.token(i)) && mediaAfter(s, i);
            }
            if (outletCountry != null && speakerCountry != null) {
                return outletCountry.equals(speakerCountry) ? Audience.DOMESTIC : Audience.FOREIGN_MEDIA;
            }
            if (foreignWord || outletCountry != null) {
                return Audience.FOREIGN_MEDIA;
            }
        }
        // "told a German newspaper", "told Russian state television": an outlet as the one addressed
        Audience told = toldOutlets(s, mentions, speakerCountry);
        if (told == Audience.FOREIGN_MEDIA && hostsOutletTold(s, mentions, targets, speakerTokens)) {
            return Audience.TARGET; // "told Chinese state television during his visit to Beijing": the host's own public
        }
        if (told != null) {
            return told;
        }
        if (membersMeeting(s, speaker, mentions) || membersJointly(s, speaker, mentions)) {
            return Audience.MULTILATERAL;
        }
        int legislature = channel(s, DOMESTIC, speakerTokens, otherSpeakerEnds);
        int multilateral = channel(s, MULTILATERAL, speakerTokens, otherSpeakerEnds);
        if (multilateral < 0) {
            multilateral = gatheringOfBody(s, mentions, speakerTokens, speaker);
        }
        if (multilateral < 0) {
            multilateral = atBody(s, mentions, speakerTokens, speaker);
        }
        if (multilateral >= 0 && legislature < 0 && homeGathering(s, mentions, multilateral, speakerCountry)) {
            legislature = multilateral; // "told Russia's Security Council", "told a forum in Baku": a gathering at home
            multilateral = -1;
        }
        int people = multilateral < 0 && legislature < 0 ? gatheringOfPeople(s, speakerTokens) : -1;
        if (people >= 0 && homePeople(s, mentions, people, speakerCountry)) {
            legislature = people; // "told a conference of French ambassadors in Paris": the speaker's own people
        } else if (people >= 0) {
            multilateral = people; // "told a meeting of European leaders", "a video conference of the bloc's foreign ministers"
        }
        int withTarget = channel(s, TARGET, speakerTokens, otherSpeakerEnds);
        if (withTarget >= 0 && ownSideMet(s, mentions, withTarget, speakerCountry)) {
            if (legislature < 0 && ownCircleAfter(s, withTarget)) {
                legislature = withTarget; // "at a meeting with his senior aides": words at home (S32-14)
            }
            withTarget = -1; // "a televised meeting with the head of Russia's central bank": the speaker's own official
        }
        // "told Xi at their first meeting, on the sidelines of the APEC summit": the talks come first, the forum is
        // only where they were held
        // "On the sidelines of the SCO summit, Singh told Zardari that ...", "On a panel at Davos, Erdogan told Peres": a
        // person of a state told the words to his face is their channel, the forum only where it happened
        boolean toldPerson = multilateral >= 0 && toldTarget(s, mentions, targets.stream().filter(Coreference::isCountryCode).toList(),
                Words.TOLD);
        // "met Wang Yi on the sidelines of the Munich Security Conference and warned him", "chided Trudeau in a
        // conversation ... at the G20 summit": talks with the target held at the forum are the words' channel (S30-41,
        // S31-14); the forum is only where they met
        ActorMention met = multilateral >= 0 ? metWith(s, mentions) : null;
        boolean metFirst = withTarget >= 0 && withTarget < multilateral && !sentToForum(s, withTarget, multilateral)
                || met != null && met.start() < multilateral && targets.contains(met.code());
        boolean talksFirst = multilateral >= 0 && (theirSummit(s, multilateral) || metFirst || toldPerson);
        boolean notBody = speaker == null || !speaker.startsWith("IGO");
        if (talksFirst && notBody && (metFirst || toldTarget(s, mentions, targets, TOLD_OR_ASKED)
                || toldTarget(s, mentions, targets, ADMITTED_TO))) {
            return Audience.TARGET;
        }
        if (multilateral >= 0 && !containsWord(s, "bilateral") && !(multilateral + 1 < s.size()
                && s.lower(multilateral).equals("summit") && s.lower(multilateral + 1).equals("with"))) {
            return Audience.MULTILATERAL;
        }
        if (withTarget >= 0 || visitOfTarget(s, mentions, targets, speakerTokens) || metWith(s, mentions) != null
                || onSoilOf(s, mentions, targets, speakerCountry) || arrivedOnSoilOf(s, mentions, speaker, targets, speakerCountry)) {
            return Audience.TARGET;
        }
        if (toldTarget(s, mentions, ownPeopleAside(targets, speakerCountry), Words.TOLD)) {
            return Audience.TARGET;
        }
        int group = toldHomeGroup(s);
        if (group >= 0 && !abroad(s, mentions, group, speakerCountry)) {
            return Audience.DOMESTIC; // "told police cadets in Tehran", "told troops": an address to the speaker's own people
        }
        if (legislature >= 0 && abroad(s, mentions, legislature, speakerCountry)) {
            return Audience.UNKNOWN; // "a speech in Beijing" by a visitor is not at home
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
        return toldOccasionAtHome(s, mentions, speakerCountry) || relayedByOwnStateMedia(s, mentions, speaker, speakerCountry)
                ? Audience.DOMESTIC : Audience.UNKNOWN;
    }

    /**
     * The audience as read without the tokens of other speakers' clauses ({@code others}): those are read as clause
     * stops, their mentions dropped.
     */
    public Audience detectWithout(Sentence s, String speaker, List<ActorMention> mentions, List<String> targets, boolean[] others) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        for (int i = 0; i < tokens.size(); i++) {
            if (others[i]) {
                Token t = tokens.get(i);
                tokens.set(i, new Token(";", ";", t.start(), t.end()));
            }
        }
        List<ActorMention> own = mentions.stream().filter(m -> !others[Math.min(m.start(), others.length - 1)]).toList();
        return detect(new Sentence(s.index(), tokens, s.start(), s.end()), speaker, own, targets);
    }

    /**
     * Whether a word of {@code cues} stands within {@code reach} words before {@code at}, no clause between: an encounter
     * named as the time of the words, not their channel ({@link TargetAudience#OTHER_TIME} within three: "said after meeting Xi", "a day
     * before his talks with"); a verb of words a place after it belongs to ({@link MultilateralAudience#SPOKEN_VERBS} within five).
     */
    static boolean cueWithin(Sentence s, int at, int reach, WordSet cues) {
        for (int k = at - 1; k >= Math.max(0, at - reach) && !CUE_STOPS.contains(s.token(k)); k--) {
            if (cues.contains(s.token(k))) {
                return true;
            }
        }
        return false;
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

    /**
     * A channel sent to the forum itself: "in a letter to the UN Security Council", "a message to the summit", the
     * forum within three words after "to".
     */
    private static boolean sentToForum(Sentence s, int channel, int forum) {
        for (int k = channel; k < forum; k++) {
            if (s.lower(k).equals("to") && forum - k <= 3) {
                return true;
            }
        }
        return false;
    }

    /** Words owned to the one told: "admitted to Koizumi", "apologised to", "complained to". */
    private static final WordSet ADMITTED_TO = WordSet.of("to");

    /** Verbs whose object is the forum or body that heard the words. */
    private static final WordSet ADDRESSING = WordSet.of("told", "tells", "tell", "addressing", "addressed", "addresses");
    private static final WordSet WARNING_OR_BRIEFING = WordSet.of("warned", "warns", "warning", "briefed", "briefs", "briefing",
            "assured", "assures");

    /**
     * The forum or body the words were told to ("told the Security Council", "addressing the European
     * Parliament"), or null: the channel of the words, not what they are about.
     */
    static ActorMention addressedBody(Sentence s, List<ActorMention> mentions) {
        for (ActorMention m : mentions) {
            int k = m.start() > 0 && Words.ARTICLES.contains(s.token(m.start() - 1)) ? m.start() - 1 : m.start();
            String c = m.code();
            boolean body = c != null && (c.startsWith("IGO") || c.endsWith("LEG"));
            // "told a summit of the Shanghai Cooperation Organisation": the organization whose gathering heard the words
            boolean gathering = k > 1 && s.lower(k - 1).equals("of") && GATHERINGS.contains(s.token(k - 2)) && toldTo(s, m);
            // "warned the Security Council that ...", "briefed parliament": a UN organ or a legislature warned or
            // briefed heard the words (the UN itself or a state's government warned is what they are about)
            boolean forum = c != null && (c.endsWith("LEG") || c.startsWith("IGOUNO") && c.length() > 6);
            if (k > 0 && body && (ADDRESSING.contains(s.token(k - 1)) || gathering
                    || forum && WARNING_OR_BRIEFING.contains(s.token(k - 1)))) {
                return m;
            }
        }
        return null;
    }

    /** Gatherings of a body that words are told to. */
    static final WordSet GATHERINGS = WordSet.of("summit", "meeting", "session", "conference", "gathering",
            "ministerial", "assembly", "forum");

    /** Whether a mention is where or to whom the words were said ("told a meeting of the Politburo", "at a NATO meeting"). */
    private static boolean toldTo(Sentence s, ActorMention m) {
        int k0 = m.start() - 1;
        while (k0 >= 0 && Words.ARTICLES.contains(s.token(k0))) {
            k0--;
        }
        if (k0 > 0 && s.lower(k0).equals("of") && GATHERINGS.contains(s.token(k0 - 1))) {
            // "warned at a summit of the Shanghai Cooperation Organisation": the gathering's preposition
            k0 -= 2;
            while (k0 >= 0 && Words.ARTICLES.contains(s.token(k0))) {
                k0--;
            }
        }
        if (k0 >= 0 && (s.lower(k0).equals("at") || s.lower(k0).equals("before"))) {
            return true;
        }
        for (int k = m.start() - 1; k >= Math.max(0, m.start() - 6); k--) {
            if (ADDRESSING.contains(s.token(k))) {
                return true;
            }
            if (CUE_STOPS.contains(s.token(k))) {
                return false;
            }
        }
        return false;
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
    private static int channel(Sentence s, PhraseIndex<Boolean> phrases, boolean[] speakerTokens, boolean[] otherSpeakerEnds) {
        for (int i = 0; i < s.size(); i++) {
            PhraseIndex.Hit<Boolean> hit = phrases.at(s, i);
            if (hit == null || speakerTokens[i] || speakerTokens[Math.min(s.size() - 1, i + hit.length() - 1)]) {
                continue;
            }
            if (hit.length() == 1 && s.lower(i).equals("address") && !nounAfterDeterminer(s, i)) {
                continue;
            }
            if (i > 0 && OPENING_CHANNELS.contains(s.token(i)) && GERUND_PREPOSITIONS.contains(s.token(i - 1))) {
                continue; // "accused Venezuela of hosting terrorists": a deed spoken of, not a visit
            }
            if (afterOccasion(s, i)) {
                continue; // "praised Kim after their summit in Singapore": the occasion is past, not the channel
            }
            if (i > 0 && s.lower(i - 1).equals("such")) {
                continue; // "held talks in Tokyo with Kishida, the first such summit": it takes up the encounter told
            }
            if (phrases == DOMESTIC && othersOwn(s, i, otherSpeakerEnds)) {
                continue; // "condemned Lai's inaugural address": another's address is what the words are about (an
                          // organization's summit is still the forum: "announced at the bloc's summit")
            }
            if (FREE_CHANNELS.contains(s.lowerText(i, i + hit.length()))
                    || i == 0 && OPENING_CHANNELS.contains(s.token(i))) {
                return i;
            }
            for (int k = i - 1; k >= Math.max(0, i - CUE_WINDOW) && !CUE_STOPS.contains(s.token(k)); k--) {
                if (Words.TOLD.contains(s.token(k)) && k > 0 && otherSpeakerEnds[k - 1] && k > firstSpeakerToken(speakerTokens)) {
                    break; // told by another speaker after this one: its channel, not this speaker's
                }
                if (CHANNEL_CUES.contains(s.token(k)) && (i - k <= 4 || !NEAR_CUES.contains(s.token(k))) && !infinitive(s, k, i)) {
                    boolean appeal = APPEALS.contains(s.token(k)) || s.lower(k).equals("to") && k > 0 && APPEALS.contains(s.token(k - 1));
                    if (phrases == MULTILATERAL && appeal && ASKED_NOT_MET.contains(s.lowerText(i, i + hit.length()))) {
                        break; // "appealed to the United Nations for a force", "urged world leaders to ...": asked, not met
                    }
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether another actor's possessive stands right before a channel, one word apart at most: "Lai's inaugural address". */
    private static boolean othersOwn(Sentence s, int i, boolean[] otherSpeakerEnds) {
        for (int k = i - 1; k >= Math.max(1, i - 2); k--) {
            if (s.lower(k).equals("'s") && otherSpeakerEnds[k - 1]) {
                return true;
            }
        }
        return false;
    }

    private static int firstSpeakerToken(boolean[] speakerTokens) {
        for (int i = 0; i < speakerTokens.length; i++) {
            if (speakerTokens[i]) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * A "to" that opens an infinitive ("pledged to seek peace talks with the ELN"): what the speaker
     * means to do, not the one the words were said to ("to the summit", "to parliament", "to Congress").
     */
    static boolean infinitive(Sentence s, int k, int phrase) {
        if (!s.lower(k).equals("to") || k + 1 >= phrase) {
            return false;
        }
        return !Words.DETERMINERS.contains(s.token(k + 1)) && !s.token(k + 1).isCapitalized() && !s.lower(k + 1).equals("u.n.");
    }

    /** Words that name an occasion as a time before or after the words: "after", "ahead of", "arrived for". */
    private static final WordSet OCCASION_TIMES = BEFORE_OR_AFTER.with("ahead", "arrived", "arriving", "arrives");

    /** "after their summit", "before the talks", "as he arrived for the NATO summit": an occasion named as a time. */
    static boolean afterOccasion(Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (OCCASION_TIMES.contains(s.token(k))) {
                return true;
            }
            if (CHANNEL_CUES.contains(s.token(k)) && !Words.DETERMINERS.contains(s.token(k))) {
                return false;
            }
        }
        return false;
    }

    /** A determiner within the three words before token i, none of them "to": "his nightly address", not "to address". */
    private static boolean nounAfterDeterminer(Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (s.lower(k).equals("to")) {
                return false;
            }
            if (Words.DETERMINERS.contains(s.token(k))) {
                return true;
            }
        }
        return false;
    }

    private static int contains(Sentence s, PhraseIndex<Boolean> phrases) {
        PhraseIndex.Hit<Boolean> hit = phrases.find(s, 0, s.size());
        return hit == null ? -1 : hit.start();
    }

    static PhraseIndex<Boolean> phrases(String... texts) {
        PhraseIndex<Boolean> index = new PhraseIndex<>();
        for (String t : texts) {
            index.add(t, Boolean.TRUE);
        }
        return index;
    }
}
