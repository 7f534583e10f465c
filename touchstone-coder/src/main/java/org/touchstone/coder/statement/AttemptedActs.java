package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.WordSet;
import org.touchstone.coder.text.Words;

/**
 * GOLD-SET.md R3c, R11: an act that another actor is said to have tried, planned or prepared against the speaker's own
 * side ("Moldova's president said Russia had planned to overthrow her government", "Kosovo's premier told the BBC that
 * Serbia had been preparing to annex the north", "Armenia said Azerbaijan had sought to seize its territory") is not
 * asserted as done, nor announced by its actor (R9 codes a plan its own side announces): it is the victim's charge
 * against the would-be actor (112x), not the act. An act the words assert ("Ukraine said Russia had shelled Kharkiv"),
 * or one a third party's words attempt against another ("Germany said Russia had tried to ..." about Moldova) keeps
 * its coding, and so does a verb that names the attempt itself ("tried to kill" 185).
 */
public final class AttemptedActs {
    /** Verbs that put the infinitive after "to" as an attempt, plan or preparation, not a deed. */
    private static final WordSet LEADS = WordSet.of("tried", "trying", "tries", "attempted", "attempting", "attempts",
            "planned", "planning", "plans", "preparing", "prepared", "prepares", "plotting", "plotted", "sought", "seeking",
            "seeks", "conspiring", "conspired", "scheming", "schemed", "intending", "intended", "aiming", "aimed");

    private AttemptedActs() {
    }

    /** The acts without such attempts; the speaker's draft is made to carry the charge as its event, in place. */
    public static List<CodedAct> charge(Sentence s, List<CodedAct> acts, List<StatementDraft> drafts) {
        List<CodedAct> out = null; // made when an act is charged: most sentences have none
        for (int k = 0; k < acts.size(); k++) {
            CodedAct a = acts.get(k);
            StatementDraft victim = victim(s, a, drafts);
            if (victim == null) {
                if (out != null) {
                    out.add(a);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(acts.subList(0, k));
            }
            int i = drafts.indexOf(victim);
            StatementDraft d = drafts.get(i);
            // a planned attack, blockade or occupation the intent verb made a threat of force (138x) is aggression all the same
            String charge = SpeechActs.isForce(a.code()) ? SpeechActs.allegationOf(a.code()) : a.code().startsWith("138") ? "1123" : "112";
            if (!d.code().startsWith("11") && !d.code().equals("010")) {
                // another stance of the speaker ("... and urged Moscow to stop") keeps the statement; the charge is a further event
                drafts.set(i, d.withFurther(new StatementDraft.Stance(charge, a.source())));
                continue;
            }
            String code = d.code().startsWith("11") ? d.code() : charge;
            List<String> targets = new ArrayList<>(d.evaluation() ? d.eventTargets() : List.of());
            if (!targets.contains(a.source())) {
                targets.add(a.source());
            }
            drafts.set(i, d.withCode(code).withEvaluation(true, List.copyOf(targets)));
        }
        return out == null ? acts : out;
    }

    /** The statement whose words say that the act was attempted against its speaker's side, or null. */
    private static StatementDraft victim(Sentence s, CodedAct a, List<StatementDraft> drafts) {
        int v = a.verb().start();
        if (a.verb().nominal() || !attempted(s, v) || foughtAttempt(s, a) || a.target() == null || a.source() == null) {
            return null;
        }
        for (StatementDraft d : drafts) {
            if (v > d.fromToken() && v < d.toToken() && Coreference.sameCountry(d.speaker(), a.target())
                    && !Coreference.sameCountry(d.speaker(), a.source()) && d.targets().contains(a.source())) {
                return d;
            }
        }
        return null;
    }

    /**
     * Whether the verb at {@code v} is the infinitive of an attempt or plan ("had tried to annex"), or of the purpose of
     * one ("planned to use saboteurs to overthrow her government", "tried to buy votes to derail"), within its clause.
     */
    private static boolean attempted(Sentence s, int v) {
        if (v < 2 || !s.lower(v - 1).equals("to")) {
            return false;
        }
        for (int k = v - 2; k >= 0 && k >= v - 9; k--) {
            if (!s.token(k).isWord() || CLAUSE_OPENERS.contains(s.token(k))) {
                return false;
            }
            if (LEADS.contains(s.token(k)) && s.lower(k + 1).equals("to")) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of an attempt made, as against a plan. */
    private static final WordSet TRIES = WordSet.of("tried", "trying", "tries", "attempted", "attempting", "attempts");

    /**
     * An assault that was attempted was fought ("Russian forces had tried to storm Bakhmut, Ukraine said" is 190): a
     * tried act of force other than taking territory (192, "tried to annex") stays the act.
     */
    private static boolean foughtAttempt(Sentence s, CodedAct a) {
        String c = a.code();
        boolean fought = (c.startsWith("18") || c.startsWith("19") || c.startsWith("20")) && !c.startsWith("192");
        return fought && TRIES.contains(s.token(a.verb().start() - 2));
    }

    /** Words that open another clause, before which no attempt governs the verb. */
    private static final WordSet CLAUSE_OPENERS = Words.SUBORDINATORS.with("that", "which", "who", "and", "but", "said", "says", "told");
}
