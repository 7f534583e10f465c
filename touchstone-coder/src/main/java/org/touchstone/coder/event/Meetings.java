package org.touchstone.coder.event;

import java.util.List;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;
import org.touchstone.coder.verb.VerbMatch;

/**
 * Meetings and other mutual acts: where a meeting is held, who hosts it, and the parties named
 * "between" them or doing it "with each other". An encounter as the circumstance of another act, or as where words
 * were addressed, is {@link Encounters}'.
 */
final class Meetings {
    private Meetings() {
    }

    private static final Set<String> SAID_OF = Set.of("051", "052", "053", "055", "056");

    /**
     * Acts that coordinated actors do with each other when no one else is named: agreeing, meeting,
     * signing, cooperating, exchanging, clashing ("China and Russia signed an agreement"). Refusing,
     * demanding, threatening or sanctioning together is done to someone else, never to each other
     * ("India, Saudi Arabia and South Africa declined to sign it"); talks broken off between them are halted by both
     * ("talks between Egypt and Ethiopia ended without agreement", 164). Praise, verbal support, apologies and
     * forgiveness (051-053, 055, 056) are said of someone else too ("Japan and South Korea welcomed the agreement").
     */
    static boolean mutual(String code) {
        return code.startsWith("019") || code.startsWith("03") || code.startsWith("04")
                || code.startsWith("05") && !praise(code)
                || code.startsWith("06") || code.startsWith("0841") || code.startsWith("087") || code.startsWith("164")
                || code.startsWith("19");
    }

    /**
     * Praise, verbal support, apology and forgiveness (051-053, 055, 056): done together they are aimed at someone else
     * ("France and Germany welcomed the ceasefire"), or at no one when the act praised is their own ("The two leaders
     * welcomed the agreement" after their talks), not at each other unless the words say so ("praised each other's
     * efforts", "hailed their growing partnership"); a pact, cooperation or recognition (050, 054, 057) is mutual.
     */
    static boolean praise(String code) {
        return code.length() >= 3 && SAID_OF.contains(code.substring(0, 3));
    }

    private static final WordSet OWN_TIES = WordSet.of("ties", "relations", "relationship", "cooperation", "partnership", "friendship");
    private static final WordSet TIES_OWNERS = WordSet.of("their", "bilateral", "between", "mutual");

    /**
     * "praised the level of relations between their countries", "hailed their growing partnership", "praised
     * Russian-Chinese relations": praise of the pair's own ties is each one's praise of the other (as "described the
     * talks as constructive" is).
     */
    static boolean ownTiesPraised(Sentence s, VerbMatch m) {
        boolean owner = false;
        for (int i = m.end(); i < Math.min(s.size(), m.end() + 8); i++) {
            owner |= TIES_OWNERS.contains(s.token(i)) || s.lower(i).contains("-") && s.lower(i).length() > 3;
            if (OWN_TIES.contains(s.token(i)) && (owner || i + 2 < s.size() && TIES_OWNERS.contains(s.token(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "expelled each other's diplomats", "accused one another": the act is done both ways, whatever it is; not past a
     * second verb group of the same subject ("oppose hegemonism and will support each other": only the support is mutual).
     */
    static boolean eachOther(Sentence s, VerbMatch m) {
        for (int i = m.end(); i + 1 < Math.min(s.size(), m.last() + 6); i++) {
            if ((s.lower(i).equals("and") || s.lower(i).equals("but")) && NEXT_VERB_GROUP.contains(s.token(i + 1))) {
                return false;
            }
            if (Words.reciprocalAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "signed the documents in separate ceremonies", "signed separate agreements", "signed separately": co-subjects
     * who act apart did not act with each other (R12's pair needs a joint act); not past a second verb group.
     */
    static boolean apart(Sentence s, VerbMatch m) {
        if (m.start() > 0 && s.lower(m.start() - 1).equals("separately")) {
            return true; // "separately signed"
        }
        for (int i = m.end(); i < Math.min(s.size(), m.last() + 8); i++) {
            if ((s.lower(i).equals("and") || s.lower(i).equals("but")) && i + 1 < s.size() && NEXT_VERB_GROUP.contains(s.token(i + 1))
                    || OTHER_CLAUSE.contains(s.lower(i))) {
                return false; // "signed a pact, while Iraq signed a separate deal": another clause's signing
            }
            if (s.lower(i).equals("separately") || s.lower(i).equals("separate") && i + 1 < s.size()
                    && SEPARATE_THINGS.contains(s.lower(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> OTHER_CLAUSE = Set.of(",", ";", "while", "whereas", "whilst");

    private static final Set<String> SEPARATE_THINGS = Set.of("ceremony", "ceremonies", "agreement", "agreements",
            "document", "documents", "deal", "deals", "accord", "accords", "memorandum", "memoranda", "memorandums",
            "treaty", "treaties", "meeting", "meetings", "talks", "events", "occasions", "statements", "declarations");

    private static final WordSet NEXT_VERB_GROUP = WordSet.of("will", "would", "shall", "should", "could", "can", "may",
            "might", "must", "also", "pledged", "vowed", "promised", "agreed");

    /**
     * "Modi urged Putin ... at their meeting in Samarkand": a person's meeting abroad named only by its place
     * is with the main verb's partner when the place is neither's country (R13: a third place, 044) or the
     * partner state's ("told Putin at their summit in Vladivostok": R13, a visit with a named host is to the
     * host); in the source's own country, or with an organization, the place stays the target.
     */
    static List<ActorMention> partnerAtThirdPlace(Sentence s, List<ActorMention> mentions, VerbMatch main,
                                                          ActorMention source, List<ActorMention> places) {
        if (!source.individual() || places.isEmpty() || !places.stream().allMatch(ActorMention::locative)
                || places.get(0).placeCode() == null) {
            return places; // "Leaders of the G7 agreed ... at their summit in Italy": a body meets among its members
        }
        List<ActorMention> partners = EventAssembler.mainTargets(s, mentions, main, List.of(source));
        if (!partners.isEmpty() && Coreference.isCountryCode(partners.get(0).code()) && partners.get(0).code().length() == 3
                && !ownMeeting(s, places.get(0).start())
                && Encounters.addressedHearer(s, mentions, main) == null) {
            return places; // "vetoed an EU aid package for Ukraine at a summit in Brussels": one meets people, not a state so named
        }
        String place = ActCodes.country(places.get(0).placeCode());
        if (partners.isEmpty() || partners.get(0).locative() || place.equals(ActCodes.country(source.code()))
                || place.equals(ActCodes.country(partners.get(0).code())) && !Coreference.isCountryCode(partners.get(0).code())) {
            return places;
        }
        return partners;
    }

    private static final WordSet THEIR = WordSet.of("their");
    private static final WordSet PLACE_OPENERS = WordSet.of("in", "at");

    /** A place of the meeting: "in Bali", and a part of a state, "in southern Italy", as the state. */
    static boolean placed(Sentence s, ActorMention a) {
        return a.locative() || a.start() >= 2 && Words.DIRECTIONS.contains(s.token(a.start() - 1))
                && PLACE_OPENERS.contains(s.token(a.start() - 2)) && a.placeCode() != null;
    }

    /**
     * A gathering noun opened by "at" ("signed a treaty at their first joint summit in Niamey", "at a summit in
     * Brussels"): the occasion of another act, not a meeting told for itself.
     */
    static boolean occasionOfAnAct(Sentence s, VerbMatch m) {
        for (int i = m.start() - 1; i >= Math.max(0, m.start() - 4); i--) {
            if (s.lower(i).equals("at")) {
                return true;
            }
            if (!s.token(i).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "at their meeting in Samarkand", "during their talks in Beijing": "their" within the few words before the place. */
    static boolean ownMeeting(Sentence s, int place) {
        for (int i = place - 1; i >= Math.max(0, place - 6); i--) {
            if (THEIR.contains(s.token(i))) {
                return true;
            }
            if (!s.token(i).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Xi told Kim Jong Un during a state visit to Pyongyang": a visit to a state whose leader or government the main
     * verb addresses face to face ("told", "urged") is a visit to that host (R13), not to the bare state; otherwise
     * the place stays.
     */
    static List<ActorMention> namedHost(Sentence s, List<ActorMention> mentions, VerbMatch main, List<ActorMention> places) {
        if (places.size() != 1 || !Coreference.isCountryCode(places.get(0).code()) || places.get(0).code().length() != 3) {
            return places;
        }
        ActorMention hearer = Encounters.addressedHearer(s, mentions, main);
        return hearer != null && hearer.code().endsWith("GOV") && ActCodes.country(hearer.code()).equals(places.get(0).code())
                ? List.of(hearer) : places;
    }

    private static final WordSet HOSTING = WordSet.of("welcomed", "received", "greeted", "hosted", "met", "embraced");

    /**
     * "made a trip to Kyiv, where Zelensky welcomed him", "flew to Beijing, where Xi received her": a visit whose host
     * the sentence names in the clause on the place is to that host (R13, S7-2), not to the bare state; otherwise the
     * place stays.
     */
    static List<ActorMention> hostWhere(Sentence s, List<ActorMention> mentions, List<ActorMention> places) {
        if (places.size() != 1 || places.get(0).code() == null || places.get(0).code().length() != 3) {
            return places;
        }
        ActorMention with = hostWith(s, mentions, places.get(0));
        if (with != null) {
            return List.of(with);
        }
        int at = places.get(0).end();
        while (at < Math.min(s.size() - 2, places.get(0).end() + 5) && !s.lower(at).equals(",")) {
            at++; // "to Kyiv on Monday, where"
        }
        if (at + 2 >= s.size() || !s.lower(at).equals(",") || !s.lower(at + 1).equals("where")) {
            return places;
        }
        ActorMention host = ActorMention.startingAt(s, mentions, at + 2);
        return host != null && host.individual() && host.code().length() > 3 && host.code().startsWith(places.get(0).code()) && host.end() < s.size()
                && HOSTING.contains(s.token(host.end())) ? List.of(host) : places;
    }

    /**
     * "arrived in Accra on Sunday and promised President Nana Akufo-Addo support", "arrived in Moscow, calling Putin his
     * best friend": the place's own head of state or government named later in the sentence is the host the visitor
     * meets (R13), not the bare state, when the visitor is a person; else the place.
     */
    static List<ActorMention> leaderNamedAfter(List<ActorMention> mentions, List<ActorMention> visitors, List<ActorMention> places) {
        if (places.size() != 1 || places.get(0).code() == null || places.get(0).code().length() != 3 || visitors.size() != 1
                || !visitors.get(0).individual()) {
            return places; // troops "arriving in Kazakhstan at the request of President Tokayev" deploy to the state
        }
        for (ActorMention m : mentions) {
            if (m.start() >= places.get(0).end() && m.individual() && !m.locative() && (places.get(0).code() + "GOV").equals(m.code())) {
                return List.of(m);
            }
        }
        return places;
    }

    /**
     * "would travel to India for an informal summit with Narendra Modi", "flew to Beijing for talks with President Xi":
     * a visit whose purpose is a meeting "with" the place's own leader or government, named within a few words after
     * the place, is to that host (R13), not to the bare state; a partner of another state leaves the place as it is.
     */
    private static ActorMention hostWith(Sentence s, List<ActorMention> mentions, ActorMention place) {
        for (int at = place.end(); at < Math.min(s.size() - 1, place.end() + 8); at++) {
            if (!s.token(at).isWord()) {
                return null; // the clause ends
            }
            if (s.lower(at).equals("with") && at > place.end() && Words.GATHERINGS.contains(s.token(at - 1))) {
                ActorMention host = ActorMention.startingAt(s, mentions, at + 1);
                return host != null && host.code() != null && host.code().endsWith("GOV")
                        && ActCodes.country(host.code()).equals(place.code()) ? host : null;
            }
        }
        return null;
    }

    /** A meeting of two in one's own country is a visit by the other (R13): the host's side 043, the guest's 042. */
    static String venueCode(String code, String venue, String a, String b) {
        if (venue == null || venue.equals(a) == venue.equals(b)) {
            return code;
        }
        return venue.equals(a) ? "043" : "042";
    }

    /**
     * The country of the place a meeting is said to take place in ("met Xi in Beijing"), {@link #VENUE} for
     * a meeting of an organization ("on the sidelines of the G20 summit"), or null.
     */
    static String meetingPlace(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        for (int w = m.start() - 1; w >= Math.max(1, m.start() - 4); w--) {
            if (s.lower(w).equals("where") && s.lower(w - 1).equals(",")) {
                // "flew to Hiroshima, where he met Modi": the place the clause hangs on
                for (ActorMention a : mentions) {
                    if (a.end() == w - 1 && a.locative() && a.placeCode() != null) {
                        return ActCodes.country(a.placeCode());
                    }
                }
            }
        }
        for (ActorMention a : mentions) {
            // "met in Bali with Xi": a place between the verb and the pattern's last word is the meeting's too
            boolean inPattern = a.start() > m.start() && a.start() < m.last() && a.locative();
            if (!inPattern && a.start() < m.last() || a.start() - m.last() > 10) {
                continue;
            }
            for (int t = m.last(); t < a.start(); t++) {
                if (Targets.TARGET_STOPS.contains(s.token(t))) {
                    return null;
                }
            }
            if (venue(s, a)) {
                return VENUE;
            }
            int p = a.start() - 1;
            while (p > 0 && (Targets.POSSESSIVE_PRONOUNS.contains(s.token(p)) || s.lower(p).equals("the"))) {
                p--; // "at his Florida residence"
            }
            String prep = p >= 0 ? s.lower(p) : "";
            // "in Russia's Far East": a country's possessive names the region's country
            if ((a.locative() || a.possessive() || p < a.start() - 1) && (prep.equals("in") || prep.equals("at")) && a.placeCode() != null) {
                return ActCodes.country(a.placeCode());
            }
        }
        return null;
    }

    /** Not a country: the place of a meeting held by an organization, a third place for any two states. */
    private static final String VENUE = "venue";
    private static final WordSet VENUE_PREPOSITIONS = WordSet.of("at", "of", "during", "to", "for");

    /** "at the NATO summit", "on the sidelines of the G20 meeting", "to the G7 summit": an organization's gathering as a place. */
    static boolean venue(Sentence s, ActorMention a) {
        int p = a.start() - 1;
        if (p >= 0 && s.lower(p).equals("the")) {
            p--;
        }
        boolean placed = p >= 0 && VENUE_PREPOSITIONS.contains(s.token(p));
        return placed && a.code() != null && (a.code().startsWith("IGO") || a.code().startsWith("NGO")) && gatheringEnd(s, a) > 0;
    }

    private static final WordSet OCCASION_PREPOSITIONS = WordSet.of("at", "during");

    /**
     * "demanded at an emergency UN Security Council meeting that Rwanda withdraw", "warned during the SCO summit": an
     * organization's gathering as the occasion of an act that is not a meeting; it is where, not whom. Up to two
     * lower-case words ("an emergency", "a special") may stand between the preposition and the body. "on the sidelines
     * of" the body or its gathering is always such a place.
     */
    static boolean occasion(Sentence s, ActorMention a) {
        if (a.code() == null || !a.code().startsWith("IGO") && !a.code().startsWith("NGO")) {
            return false;
        }
        int before = a.start() > 0 && s.lower(a.start() - 1).equals("the") ? a.start() - 1 : a.start();
        if (before > 1 && s.lower(before - 1).equals("of") && s.lower(before - 2).equals("sidelines")) {
            return true; // "agreed on the sidelines of the G20 summit": the sidelines of a body's gathering are a place
        }
        if (before > 1 && s.lower(before - 1).equals("of") && Words.GATHERINGS.contains(s.token(before - 2))) {
            before -= 2; // "at a summit of the Shanghai Cooperation Organisation"
        } else if (gatheringEnd(s, a) == 0) {
            return false;
        }
        for (int p = before - 1; p >= Math.max(0, before - 3); p--) {
            if (OCCASION_PREPOSITIONS.contains(s.token(p))) {
                return true;
            }
            if (!s.token(p).isWord() || s.token(p).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** The end of the gathering word of "the G7 summit" or of a body named "NATO summit", or 0. */
    private static int gatheringEnd(Sentence s, ActorMention a) {
        if (Words.GATHERINGS.contains(s.token(a.end() - 1))) {
            return a.end();
        }
        return a.end() < s.size() && Words.GATHERINGS.contains(s.token(a.end())) ? a.end() + 1 : 0;
    }

    /** "the G7 summit in Hiroshima": the place named right after a venue's gathering, or null. */
    static ActorMention placeOfVenue(Sentence s, List<ActorMention> mentions, ActorMention venue) {
        for (ActorMention a : mentions) {
            int in = gatheringEnd(s, venue);
            if (a.start() == in + 1 && s.lower(in).equals("in") && a.placeCode() != null) {
                return a;
            }
        }
        return null;
    }

    /**
     * The one "in the presence of" whom a mutual act was done ("signed the accord in the presence of Modi and Putin"): a
     * witness, not the other party. The pattern's target when it took the witness; with no target, for a pact (057), the
     * first actor after "presence of" in the verb's clause ("twelve agreements were signed on Monday in the presence
     * of"); else null.
     */
    static ActorMention witness(Sentence s, List<ActorMention> mentions, VerbMatch m, String code) {
        if (m.target() != null || m.pattern().reverseCode() == null) {
            return m.target() != null && m.pattern().reverseCode() != null && presenceBefore(s, m.target().start()) ? m.target() : null;
        }
        for (ActorMention a : mentions) {
            if (code != null && code.startsWith("057") && a.start() > m.end() && a.start() <= m.end() + 10 && presenceBefore(s, a.start())
                    && !Clauses.commaBetween(s, m.end(), a.start())) {
                return a;
            }
        }
        return null;
    }

    private static boolean presenceBefore(Sentence s, int t) {
        return t >= 2 && s.lower(t - 1).equals("of") && s.lower(t - 2).equals("presence");
    }

    /** The partner named after "with" between a mutual act and the "in the presence of" its witness follows; none. */
    static List<ActorMention> partnerBeforeWitness(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        for (ActorMention a : mentions) {
            if (a.start() > m.end() && a.start() < m.target().start() && s.lower(a.start() - 1).equals("with")) {
                return Subjects.expandForward(s, mentions, a);
            }
        }
        return List.of();
    }

    /** A nominal of a reciprocal act (talks, fighting, a meeting) followed by "between". */
    static boolean reciprocalBetween(Sentence s, VerbMatch m, String code) {
        boolean reciprocal = m.pattern().reverseCode() != null || code != null && code.startsWith("19");
        return reciprocal && (m.formText().endsWith("between") || betweenAt(s, m) >= 0);
    }

    /**
     * The "between" that names a nominal's parties: right after it, or after what happened to it in the same
     * clause ("Fighting erupted in Khartoum between Sudan's army and the RSF"); -1 when none.
     */
    private static int betweenAt(Sentence s, VerbMatch m) {
        // from the form itself: a pattern's slot may have run past the "between" ("a phone call between the
        // Japanese and Turkish foreign ministers")
        for (int i = m.end(); i < Math.min(s.size(), m.last() + 7); i++) {
            String w = s.lower(i);
            if (w.equals("between")) {
                return i;
            }
            if (w.equals(",") || Words.CLAUSE_BOUNDARIES.contains(w) || w.equals("and")) {
                return -1;
            }
        }
        return -1;
    }

    static List<ActorMention> betweenParties(Sentence s, List<ActorMention> mentions, VerbMatch m) {
        int from = m.formText().endsWith("between") ? m.start() : Math.max(m.start(), betweenAt(s, m));
        for (ActorMention a : mentions) {
            if (a.start() >= from && a.start() <= Math.max(m.last(), from) + 2 && a.isResolved()) {
                return Subjects.expandForward(s, mentions, a);
            }
        }
        return List.of();
    }
}
