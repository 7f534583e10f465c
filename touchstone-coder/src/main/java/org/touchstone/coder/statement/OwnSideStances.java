package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.event.CodedAct;

/**
 * GOLD-SET.md R3c, R11: a stance in a state official's reported words whose subject is the official's own country
 * ("Kishida told Xi that Japan was seriously concerned about China's military activities", "the minister said Britain
 * was appalled by ...") is the speaker's own evaluation, so its source is the speaker ({@code JPNGOV}), not the bare
 * country. Only evaluations move: concern and optimism (012, 013), praise (051), criticism and allegations (111,
 * 112x). An act or intent the words report of the country keeps the country as its source (R3a, R3b, S7-7: "said
 * Japan would send aid", "said Turkey would not approve").
 */
public final class OwnSideStances {
    /** The sectors that speak for their state (an opposition leader's words about the country are not the state's). */
    private static final Set<String> STATE_VOICES = Set.of("GOV", "GOVMIL", "MIL");

    private OwnSideStances() {
    }

    /** The acts, each evaluation whose source is the bare country of the speaker whose words hold it given to that speaker. */
    public static List<CodedAct> voice(List<CodedAct> acts, List<StatementDraft> drafts) {
        List<CodedAct> out = null; // made when an act moves: most sentences have none
        for (int k = 0; k < acts.size(); k++) {
            CodedAct a = acts.get(k);
            StatementDraft d = evaluation(a.code()) ? speakerOf(a, drafts) : null;
            if (d != null && out == null) {
                out = new ArrayList<>(acts.subList(0, k));
            }
            if (out != null) {
                out.add(d == null ? a : new CodedAct(d.speaker(), a.target(), a.code(), a.verb(), a.fromToken(), a.toToken(),
                        a.entries()));
            }
        }
        return out == null ? acts : out;
    }

    private static boolean evaluation(String code) {
        return code.equals("012") || code.equals("013") || code.equals("051") || code.startsWith("111") || code.startsWith("112");
    }

    /** The official of the act's bare country whose words hold the act's verb, or null. */
    private static StatementDraft speakerOf(CodedAct a, List<StatementDraft> drafts) {
        String source = a.source();
        if (source == null || source.length() != 3 || !Coreference.isCountryCode(source) || a.verb().nominal()) {
            return null;
        }
        int v = a.verb().start();
        for (StatementDraft d : drafts) {
            String speaker = d.speaker();
            if (speaker.startsWith(source) && STATE_VOICES.contains(speaker.substring(3)) && Coreference.isCountryCode(speaker)
                    && v > d.fromToken() && v < d.toToken() && !speaker.equals(a.target())) {
                return d;
            }
        }
        return null;
    }
}
