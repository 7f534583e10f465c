package org.touchstone.coder;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.touchstone.coder.evaluation.GoldSetEvaluation;

/**
 * Prints the coder's errors on the dev split (never on test), for tuning: a printing aid, not a
 * check, so it runs only when asked, with -Dtest=GoldDevDump -Dtouchstone.dump=dev.
 */
@EnabledIfSystemProperty(named = "touchstone.dump", matches = "dev")
class GoldDevDump {
    @Test
    void dump() {
        GoldSetEvaluation eval = new GoldSetEvaluation(new InputStreamReader(
                getClass().getResourceAsStream("/org/touchstone/coder/gold/gold-sentences.jsonl"), StandardCharsets.UTF_8));
        Coder coder = new Coder();
        for (GoldSetEvaluation.Comparison c : eval.compare(coder, "dev")) {
            boolean same = new java.util.HashSet<>(c.goldEvents()).equals(new java.util.HashSet<>(c.codedEvents()));
            if (!same || !c.goldStatements().equals(c.codedStatements())) {
                System.out.println(c.id() + " " + c.text());
                System.out.println("   gold  " + c.goldEvents() + "  " + c.goldStatements());
                System.out.println("   coded " + c.codedEvents() + "  " + c.codedStatements());
            }
        }
        System.out.println(eval.evaluate(coder, "dev").table());
    }
}
