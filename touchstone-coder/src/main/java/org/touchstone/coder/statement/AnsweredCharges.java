package org.touchstone.coder.statement;

import java.util.ArrayList;
import java.util.List;
import org.touchstone.coder.event.CodedAct;

/**
 * GOLD-SET.md R8: a denial is aimed at the accuser when the sentence names one. A denial that names no accuser
 * ("..., Ukrainian officials said, as Moscow denied targeting civilian sites"; "accused 'a foreign country' of
 * conspiring ..., an apparent reference to the United States, which denied the charge"; "Kyiv accused Russian troops of
 * shelling the plant, a charge Moscow rejected") answers the speaker in the same sentence whose words charge or criticize
 * (11x) the denier's state: the denial's event and statement are turned to that speaker. A denial that names someone of
 * the accuser's state keeps its own target.
 */
public final class AnsweredCharges {
    private AnsweredCharges() {
    }

    /** The acts with each such denial turned to its accuser; the drafts are changed in place. */
    public static List<CodedAct> answer(List<CodedAct> acts, List<CodedAct> untargeted, List<StatementDraft> drafts) {
        List<CodedAct> out = acts;
        for (int i = 0; i < drafts.size(); i++) {
            StatementDraft d = drafts.get(i);
            String accuser = d.code().equals("016") ? accuser(d, drafts) : null;
            if (accuser == null) {
                continue;
            }
            List<CodedAct> turned = new ArrayList<>();
            CodedAct denial = null;
            for (CodedAct a : out) {
                if (a.source().equals(d.speaker()) && a.code().equals("016")) {
                    denial = denial == null ? a : denial;
                } else {
                    turned.add(a);
                }
            }
            for (CodedAct u : untargeted) {
                if (denial == null && u.source().equals(d.speaker()) && u.code().equals("016")) {
                    denial = u;
                }
            }
            if (denial == null) {
                continue; // a denial only in reported words ("said the accusations were farcical") is left as it is
            }
            turned.add(new CodedAct(d.speaker(), accuser, "016", denial.verb(), denial.fromToken(), denial.toToken(), denial.entries()));
            out = turned;
            drafts.set(i, d.withTargets(List.of(accuser)).withEvaluation(d.evaluation(), List.of()));
        }
        return out;
    }

    /** The other speaker whose charge (11x) names the denier's state, when the denial names no one of the accuser's state. */
    private static String accuser(StatementDraft denial, List<StatementDraft> drafts) {
        String denier = denial.speaker();
        for (StatementDraft a : drafts) {
            if (a == denial || !a.code().startsWith("11") || SpokenAbout.aboutCountryOf(List.of(a.speaker()), denier)) {
                continue;
            }
            if (SpokenAbout.aboutCountryOf(a.targets(), denier) && !SpokenAbout.aboutCountryOf(denial.targets(), a.speaker())) {
                return a.speaker();
            }
        }
        return null;
    }
}
