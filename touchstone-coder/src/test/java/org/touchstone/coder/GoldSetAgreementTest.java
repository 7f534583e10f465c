package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.evaluation.GoldSetEvaluation;

/**
 * Inter-annotator agreement: a second annotator coded sentences blind, from docs/GOLD-SET.md alone (the dev split in
 * session 7, gold-dev-second.jsonl; the third held-out set, studied as tune12 since session 29, in session 26,
 * gold-tuning-12-second.jsonl). Scored with the coder's own measures, it shows how far two careful human codings of
 * the same sentences agree, the ceiling a one-annotator gold set can show. Prints the tables (docs/GOLD-SET.md records them).
 */
class GoldSetAgreementTest {
    private static final String GOLD = "/org/touchstone/coder/gold/";

    @ParameterizedTest(name = "{1} against {3}")
    @CsvSource({
        "gold-sentences.jsonl, dev, gold-dev-second.jsonl, dev-second, 160",
        "gold-tuning-12.jsonl, tune12, gold-tuning-12-second.jsonl, tune12-second, 200"})
    void secondAnnotationAgainstFirst(String firstFile, String firstSplit, String secondFile, String secondSplit,
                                      int sentences) {
        GoldSetEvaluation first = read(firstFile);
        GoldSetEvaluation second = read(secondFile);

        GoldSetEvaluation.Result agreement = first.agreementWith(second, firstSplit);
        System.out.println("inter-annotator agreement (second annotator scored against the " + firstSplit + " gold)");
        System.out.println(agreement.table());
        assertThat(agreement.sentences()).isEqualTo(sentences);

        // the same matching seen from the other side: one side's false positives are the other's false negatives
        GoldSetEvaluation.Result reverse = second.agreementWith(first, secondSplit);
        assertThat(reverse.sentences()).isEqualTo(sentences);
        assertThat(reverse.eventsRoot().tp()).isEqualTo(agreement.eventsRoot().tp());
        assertThat(reverse.eventsRoot().fp()).isEqualTo(agreement.eventsRoot().fn());
        assertThat(reverse.eventsRoot().fn()).isEqualTo(agreement.eventsRoot().fp());

        // the coder against the second annotation shows how much of its score is the first annotator's own way of coding
        System.out.println("the coder scored against the second annotation of " + firstSplit);
        System.out.println(second.evaluate(CoderTestSupport.CODER, secondSplit).table());
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
