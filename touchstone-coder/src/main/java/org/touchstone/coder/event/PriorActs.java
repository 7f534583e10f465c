package org.touchstone.coder.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;

/**
 * GOLD-SET.md R6 across sentences: a verbal act aimed at an act named only by its noun ("North Korea fired two
 * missiles. South Korea's military condemned the launches.", "Kyiv welcomed the announcement") is aimed at the one
 * whose act the previous sentence reported, its subject. Only when the sentence names no actor but the act's own
 * source and the noun does not name its author or object itself ("the launches by", "the attack on Kyiv").
 */
public final class PriorActs {
    private static final WordSet REFERRING = WordSet.of("the", "this", "these", "that", "those");
    /**
     * The act nouns this reading leaves to the same sentence: "the vote" a sentence later is an assembly's, not the
     * last voter's ("The UN General Assembly voted ... China voted against ... Russia called the vote illegitimate").
     */
    private static final WordSet ACT_NOUNS = ActNouns.ALL.without("vote");
    /** Nouns of words: "the remarks" are the previous sentence's speaker's own, not what it spoke of. */
    private static final WordSet WORDS = WordSet.of("remark", "remarks", "comment", "comments", "statement");
    /** Nouns that name no act unless an earlier sentence named it ("launched an offensive ... condemned the offensive"). */
    private static final WordSet NAMED_BEFORE = WordSet.of("offensive", "operation", "mobilization", "mobilisation");
    /**
     * Kinds of act, by the verbs and nouns that name them: "the attack" is the one an earlier sentence reported as
     * "attacked", "struck" or "a strike"; "the visit" the one it reported as "visited" or "arrived".
     */
    private static final Map<String, String> KINDS = kinds(
            "attack", "attack attacks attacked strike strikes struck raid raids raided shelling shelled bombing bombed",
            "launch", "launch launches launched fired test tests tested",
            "visit", "visit visited trip arrived",
            "decision", "decision decided",
            "seizure", "seizure seized",
            "killing", "killing killings killed",
            "arrest", "arrest arrests arrested detained",
            "expulsion", "expulsion expulsions expelled",
            "deployment", "deployment deployed",
            "invasion", "invasion invaded incursion",
            "offensive", "offensive operation",
            "announcement", "announcement announced",
            "sanctions", "sanctions sanctioned",
            "ban", "ban banned",
            "mobilization", "mobilization mobilisation mobilized mobilised",
            "meeting", "meeting met summit",
            "agreement", "agreement agreements pact pacts deal deals accord accords treaty treaties signed agreed",
            "talks", "talks negotiations held",
            "allegation", "allegation allegations accusation accusations accused");
    private static final WordSet OWN_COMPLEMENT = WordSet.of("of", "by", "on", "against", "to", "in", "from", "with");

    private PriorActs() {
    }

    /**
     * The acts with each untargeted speech act on such a noun aimed at the previous sentence's subject; those aimed are
     * taken from {@code untargeted} (changed in place).
     */
    public static List<CodedAct> resolve(Sentence s, List<ActorMention> mentions, List<CodedAct> acts,
                                         List<CodedAct> untargeted, Coreference coreference) {
        coreference.rememberSentence(s); // which acts it names is asked only when a later sentence needs it
        coreference.rememberJointParties(s.index(), jointParties(acts, coreference.subjectOf(s.index())));
        coreference.rememberMeetingParties(s.index(), meetingParties(acts));
        if (untargeted.isEmpty() || s.index() == 0) {
            return acts;
        }
        List<CodedAct> out = null;
        List<CodedAct> all = List.copyOf(untargeted);
        for (CodedAct a : all) {
            if (a.target() != null || !onActNoun(s, a.verb().end()) || namesOthers(mentions, all, a)) {
                continue;
            }
            String author = authorBefore(s, a.verb().end() + 1, a.source(), coreference);
            if (author == null || all.stream().anyMatch(x -> x.verb() == a.verb() && Coreference.sameCountry(x.source(), author))) {
                continue; // "The two leaders welcomed the agreement": those who speak together are not each other's targets
            }
            coreference.rememberActReferent(s.index(), author);
            if (out == null) {
                out = new ArrayList<>(acts);
            }
            untargeted.remove(a);
            for (String party : parties(author, s.index(), KINDS.get(s.lower(a.verb().end() + 1)), a.source(), coreference)) {
                out.add(new CodedAct(a.source(), party, a.code(), a.verb(), a.fromToken(), a.toToken(), a.entries()));
            }
        }
        return out == null ? acts : out;
    }

    /**
     * The author of the act the previous sentence reported: its subject, or, when that sentence itself spoke of an act
     * by its noun, that act's author ("Putin ordered a mobilization. Ukraine mocked the announcement. NATO called the
     * move reckless": Putin's); when that is the speaker's own state ("Britain seized an Iranian tanker. Iran summoned
     * the British envoy. The ministry called the seizure piracy"), the one the sentence before it reported; null when
     * that too is the speaker's own or there is none.
     */
    private static String authorBefore(Sentence s, int noun, String source, Coreference coreference) {
        int sentence = s.index();
        String previous = coreference.subjectOf(sentence - 1);
        if (WORDS.contains(s.token(noun))) {
            return previous == null || Coreference.sameCountry(previous, source) ? null : previous;
        }
        String kind = KINDS.get(s.lower(noun));
        for (int back = sentence - 1; kind != null && back >= 0 && back >= sentence - 3; back--) {
            // the sentence that named the act by its verb or noun ("attacked" ... "the attack"): its subject's act
            String author = coreference.actReferentOf(back) != null ? coreference.actReferentOf(back) : coreference.subjectOf(back);
            if (namedAct(coreference.sentence(back), kind) && author != null && !Coreference.sameCountry(author, source)) {
                return author;
            }
        }
        if (NAMED_BEFORE.contains(s.token(noun))) {
            return null;
        }
        for (int back = sentence - 1; back >= 0 && back >= sentence - 2; back--) {
            String referent = coreference.actReferentOf(back);
            String author = referent != null ? referent : coreference.subjectOf(back);
            if (author == null) {
                return null;
            }
            if (!Coreference.sameCountry(author, source)) {
                return author;
            }
        }
        return null;
    }

    /**
     * The parties of the act that {@code author} did with others in one of the three sentences before ("Saudi Arabia
     * and Iran agreed to restore ties. Israel criticized the agreement": both, R6), in the latest sentence that named
     * an act of the noun's kind when it has one, leaving out the speaker's own state; else the author alone.
     */
    private static List<String> parties(String author, int sentence, String kind, String source, Coreference coreference) {
        for (int back = sentence - 1; back >= 0 && back >= sentence - 3; back--) {
            if (kind != null && !namedAct(coreference.sentence(back), kind)) {
                continue;
            }
            List<String> joint = coreference.jointPartiesOf(back);
            if (!joint.isEmpty() && joint.get(0).equals(author)) {
                return joint.stream().filter(p -> !Coreference.sameCountry(p, source)).toList();
            }
            if (kind != null) {
                break; // the sentence that named the act decides ("arrived ... She met Tsai ... the visit": hers)
            }
        }
        return List.of(author);
    }

    /**
     * The parties of a joint act whose subject is {@code subject}: the sources of one verb's acts of one code, each
     * of them also its target ("China and Russia held joint drills": CHN>RUS, RUS>CHN), the subject first; else none
     * (a visit and its hosting, 042 and 043, are two acts).
     */
    static List<String> jointParties(List<CodedAct> acts, String subject) {
        for (CodedAct a : acts) {
            if (subject != null && !a.source().equals(subject)) {
                continue; // a subject the recognizer remembers; "the two countries" and "they" it does not
            }
            Set<String> sources = new LinkedHashSet<>();
            Set<String> targets = new LinkedHashSet<>();
            sources.add(a.source());
            // "Biden, Yoon and Kishida met at Camp David": the visits to the host and the guests' 044 pair are one meeting
            boolean meeting = a.code().startsWith("04") && a.verb() != null && acts.stream().anyMatch(b -> "044".equals(b.code())
                    && b.verb() != null && b.verb().start() == a.verb().start());
            for (CodedAct b : acts) {
                if (b.verb() != null && a.verb() != null && b.verb().start() == a.verb().start()
                        && (b.code().equals(a.code()) || meeting && b.code().startsWith("04"))) {
                    sources.add(b.source());
                    targets.add(b.target());
                }
            }
            if (sources.size() >= 2 && targets.containsAll(sources)) {
                return List.copyOf(sources);
            }
        }
        return List.of();
    }

    /**
     * The parties of a meeting the sentence reports: the guest and host of a visit, one verb's 042 and its 043 back ("The
     * presidents of Kenya and Uganda met in Nairobi": UGAGOV>KENGOV 042, KENGOV>UGAGOV 043), or those of a meeting,
     * call or talks (04x each way); else none. A visit's are not joint parties: "China condemned the visit" is the guest's.
     */
    static List<String> meetingParties(List<CodedAct> acts) {
        List<CodedAct> meetings = null;
        for (CodedAct a : acts) {
            if (a.code().startsWith("04")) {
                meetings = meetings == null ? new ArrayList<>() : meetings;
                meetings.add(a);
            }
        }
        if (meetings == null) {
            return List.of();
        }
        List<String> joint = jointParties(meetings, null);
        return joint.isEmpty() ? visitParties(meetings) : joint;
    }

    private static List<String> visitParties(List<CodedAct> acts) {
        for (CodedAct a : acts) {
            if (!a.code().equals("042") || a.verb() == null || a.source() == null || a.target() == null) {
                continue;
            }
            for (CodedAct b : acts) {
                if (b.code().equals("043") && b.verb() != null && b.verb().start() == a.verb().start()
                        && a.source().equals(b.target()) && a.target().equals(b.source())) {
                    return List.of(a.source(), a.target());
                }
            }
        }
        return List.of();
    }

    /** Whether the sentence names an act of this kind by a verb or a noun ("attacked", "the strike": attack). */
    private static boolean namedAct(Sentence s, String kind) {
        for (int i = 0; s != null && i < s.size(); i++) {
            if (kind.equals(KINDS.get(s.lower(i)))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> kinds(String... pairs) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String w : pairs[i + 1].split(" ")) {
                out.put(w, pairs[i]);
            }
        }
        return Map.copyOf(out);
    }

    /** "the launches." or "these moves," right after the verb: a noun of an act, with nothing of its own after it. */
    private static boolean onActNoun(Sentence s, int at) {
        int noun = at + 1;
        if (noun >= s.size() || !REFERRING.contains(s.token(at)) || !ACT_NOUNS.contains(s.token(noun))) {
            return false;
        }
        return noun + 1 >= s.size() || !OWN_COMPLEMENT.contains(s.token(noun + 1))
                || noun + 2 < s.size() && Words.DAYS.contains(s.token(noun + 2)); // "the remark on Thursday"
    }

    /**
     * Whether the sentence names an actor other than the act's source, its co-sources ("Poland and Germany") and its
     * own state's ("China opposes the remarks, Mao said").
     */
    private static boolean namesOthers(List<ActorMention> mentions, List<CodedAct> untargeted, CodedAct act) {
        for (ActorMention m : mentions) {
            if (m.isResolved() && !m.locative() && !Coreference.sameCountry(m.code(), act.source())
                    && untargeted.stream().noneMatch(u -> u.verb() == act.verb() && m.codes().contains(u.source()))) {
                return true;
            }
        }
        return false;
    }
}
