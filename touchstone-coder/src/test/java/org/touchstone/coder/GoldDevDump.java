package org.touchstone.coder;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.touchstone.coder.evaluation.GoldSetEvaluation;

/**
 * Prints the coder's errors on the gold set's dev split (-Dtouchstone.dump=dev) or on a tuning set
 * (-Dtouchstone.dump=tune, tune2 ... tune19: {@link GoldSetEvaluationTest#TUNING_SETS}), or on several of them
 * (-Dtouchstone.dump=dev,tune,tune2 in one JVM), never on the held-out test split, for tuning: a printing aid, not
 * a check, so it runs only when asked, with -Dtest=GoldDevDump.
 */
@EnabledIfSystemProperty(named = "touchstone.dump", matches = "(dev|tune(1[0-9]|[2-9])?)(,(dev|tune(1[0-9]|[2-9])?))*")
class GoldDevDump {
    @Test
    void dump() {
        for (String split : System.getProperty("touchstone.dump").split(",")) {
            dump(split);
        }
    }

    private void dump(String split) {
        String file = Arrays.stream(GoldSetEvaluationTest.TUNING_SETS).filter(t -> t[0].equals(split))
                .map(t -> t[1]).findFirst().orElse("gold-sentences.jsonl");
        GoldSetEvaluation eval = new GoldSetEvaluation(new InputStreamReader(
                getClass().getResourceAsStream("/org/touchstone/coder/gold/" + file), StandardCharsets.UTF_8));
        Coder coder = new Coder();
        for (GoldSetEvaluation.Comparison c : eval.compare(coder, split)) {
            boolean same = new java.util.HashSet<>(c.goldEvents()).equals(new java.util.HashSet<>(c.codedEvents()));
            if (!same || !c.goldStatements().equals(c.codedStatements())) {
                System.out.println(c.id() + " " + c.text());
                System.out.println("   gold  " + c.goldEvents() + "  " + c.goldStatements());
                System.out.println("   coded " + c.codedEvents() + "  " + c.codedStatements());
            }
        }
        System.out.println(eval.evaluate(coder, split).table());
    }
}
