package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.evaluation.GoldSetEvaluation;

/**
 * Inter-annotator agreement on the dev split: a second annotator coded the dev sentences blind, from
 * docs/GOLD-SET.md alone (gold-dev-second.jsonl). Scored with the coder's own measures, it shows how far
 * two careful human codings of the same sentences agree, the ceiling a one-annotator gold set can show.
 * Prints the table (docs/GOLD-SET.md records it).
 */
class GoldSetAgreementTest {
    private static final String GOLD = "/org/touchstone/coder/gold/";

    @Test
    void secondAnnotationAgainstDev() {
        GoldSetEvaluation first = read("gold-sentences.jsonl");
        GoldSetEvaluation second = read("gold-dev-second.jsonl");

        GoldSetEvaluation.Result agreement = first.agreementWith(second, "dev");
        System.out.println("inter-annotator agreement (second annotator scored against the dev gold)");
        System.out.println(agreement.table());
        assertThat(agreement.sentences()).isEqualTo(160);

        // the same matching seen from the other side: one side's false positives are the other's false negatives
        GoldSetEvaluation.Result reverse = second.agreementWith(first, "dev-second");
        assertThat(reverse.sentences()).isEqualTo(160);
        assertThat(reverse.eventsRoot().tp()).isEqualTo(agreement.eventsRoot().tp());
        assertThat(reverse.eventsRoot().fp()).isEqualTo(agreement.eventsRoot().fn());
        assertThat(reverse.eventsRoot().fn()).isEqualTo(agreement.eventsRoot().fp());

        // the coder was tuned on the first annotation of these sentences; against the second it shows how much of
        // its dev score is that annotator's own way of coding
        System.out.println("the coder scored against the second annotation");
        System.out.println(second.evaluate(CoderTestSupport.CODER, "dev-second").table());
    }

    @Test
    void anAnnotationAgreesFullyWithItself() {
        GoldSetEvaluation dev = read("gold-sentences.jsonl");
        GoldSetEvaluation.Result self = dev.agreementWith(dev, "dev");
        assertThat(self.eventsRoot().f1()).isEqualTo(1.0);
        assertThat(self.eventsRoot().fp() + self.eventsRoot().fn()).isZero();
        assertThat(self.speakers().f1()).isEqualTo(1.0);
        assertThat(self.targets().f1()).isEqualTo(1.0);
        assertThat(self.audiences().f1()).isEqualTo(1.0);
    }

    private GoldSetEvaluation read(String file) {
        return new GoldSetEvaluation(new InputStreamReader(getClass().getResourceAsStream(GOLD + file), StandardCharsets.UTF_8));
    }
}
