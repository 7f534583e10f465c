package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Document;

/** No input makes the coder throw, and every document of a batch is coded on its own (seeded, repeatable). */
class RobustnessTest {
    private static final LocalDate DATE = LocalDate.of(2022, 2, 24);

    private static Document doc(String id, String text) {
        return new Document(id, DATE, null, null, null, null, text, "press_conference");
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(20240601L);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            CodedDocument d = CoderTestSupport.CODER.code(doc("r" + i, new String(bytes, StandardCharsets.UTF_8)));
            assertThat(d.errors()).isEmpty();
        }
    }

    @Test
    void randomWordSoupFromTheDictionariesNeverThrows() {
        String[] words = {"Russia", "China", "said", "not", "refused", "to", "sign", "\"", "by", "was", "the", "'s",
                "visit", "and", ",", ".", "President", "Putin", "he", "both", "sides", "on", "Tuesday", "June", "28",
                "called", "on", "U.S.", "according", "who", "that", "will", "accused", "of", "Kremlin", "in", "former"};
        Random random = new Random(7L);
        for (int i = 0; i < 500; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(80); k > 0; k--) {
                sb.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            assertThat(CoderTestSupport.CODER.code(doc("w" + i, sb.toString())).errors()).isEmpty();
        }
    }

    @Test
    void emptyHugeAndMixedScriptDocuments() {
        assertThat(CoderTestSupport.CODER.code(doc("empty", "")).events()).isEmpty();
        assertThat(CoderTestSupport.CODER.code(doc("blank", " \n\t ")).sentences()).isZero();
        String huge = "Russia criticized Ukraine and " .repeat(20000);
        CodedDocument h = CoderTestSupport.CODER.code(doc("huge", huge));
        assertThat(h.errors()).isEmpty();
        String mixed = "Россия заявила 中国外交部 said China criticized 日本 🇺🇸 Japan. مرحبا Iran condemned Israel.";
        CodedDocument m = CoderTestSupport.CODER.code(doc("mixed", mixed));
        assertThat(m.errors()).isEmpty();
        assertThat(m.events()).extracting(e -> e.code()).contains("111");
        assertThat(CoderTestSupport.CODER.code(null).errors()).isNotEmpty();
    }

    @Test
    void documentsInABatchAreIndependent() {
        List<Document> batch = new ArrayList<>();
        batch.add(doc("a", "Putin met Xi."));
        batch.add(doc("b", "He criticized the ministry."));
        batch.add(null);
        batch.add(doc("c", "Germany condemned Russia."));
        List<CodedDocument> coded = CoderTestSupport.CODER.codeAll(batch);
        assertThat(coded.get(1).events()).isEmpty(); // "he" does not reach back into document a
        assertThat(coded.get(2).errors()).isNotEmpty();
        assertThat(coded.get(3).events()).extracting(e -> e.source().code()).containsExactly("DEU");
        assertThat(CoderTestSupport.CODER.code(batch.get(3))).isEqualTo(coded.get(3));
    }
}
