package org.touchstone.coder.statement;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.event.CodedAct;

/**
 * Speakers that speak together (R12: "Britain, France and Germany said in a joint statement ..."): each says it, and
 * they do not speak about one another, except when they speak of no one else (states of as many countries: "India and
 * Pakistan said they would observe the ceasefire") or report what their sides did to each other ("Armenian and
 * Azerbaijani forces exchanged fire, the two defence ministries said"). Stateless.
 */
final class JointSpeakers {
    private JointSpeakers() {
    }

    /** Whether the speaker and its co-speakers are each one state, of as many different countries. */
    static boolean distinctStates(String code, List<ActorMention> coSpeakers) {
        Set<String> countries = new HashSet<>();
        if (!Coreference.isCountryCode(code) || !countries.add(code.substring(0, 3))) {
            return false;
        }
        for (ActorMention c : coSpeakers) {
            if (c.codes().size() != 1 || !Coreference.isCountryCode(c.code()) || !countries.add(c.code().substring(0, 3))) {
                return false;
            }
        }
        return true;
    }

    /** The members of a list of joint speakers other than {@code member}, in their order. */
    static List<String> othersOf(List<String> all, String member) {
        return all.stream().filter(c -> !c.equals(member)).toList();
    }

    /**
     * "Armenian and Azerbaijani forces exchanged fire, the two defence ministries said": two states that together report
     * what their own sides did to each other each speak of the other side, as the words name it (its forces), though
     * those who speak together otherwise speak of neither. Only for a speaker left with no target, and only for acts in
     * the words running from one state's side to the other's.
     */
    static void otherSideOfClash(Map<String, StatementDraft> bySpeaker, List<String> two, List<CodedAct> acts,
                                 int from, int to) {
        if (two.size() != 2 || SpokenAbout.sameCountry(two.get(0), two.get(1))) {
            return;
        }
        for (String member : two) {
            String other = two.get(0).equals(member) ? two.get(1) : two.get(0);
            StatementDraft d = bySpeaker.get(member);
            if (d == null || !d.targets().isEmpty()) {
                continue;
            }
            Set<String> theirs = new LinkedHashSet<>();
            for (CodedAct a : acts) {
                if (a.target() == null || a.fromToken() < from || a.fromToken() >= to) {
                    continue;
                }
                if (SpokenAbout.sameCountry(a.source(), member) && SpokenAbout.sameCountry(a.target(), other)) {
                    theirs.add(a.target());
                } else if (SpokenAbout.sameCountry(a.source(), other) && SpokenAbout.sameCountry(a.target(), member)) {
                    theirs.add(a.source());
                }
            }
            if (!theirs.isEmpty()) {
                bySpeaker.put(member, d.withTargets(List.copyOf(theirs)).withNamed(true));
            }
        }
    }
}
