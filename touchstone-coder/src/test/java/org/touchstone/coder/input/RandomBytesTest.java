package org.touchstone.coder.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the bytes, the readers report problems and never throw. Seeded, so failures repeat. */
class RandomBytesTest {

    private static final String[] NAMES = {"x.txt", "x.jsonl", "x.json", "x.html", "x.rss", "x.xml", "x.gz", "x"};
    /** Starts that steer the sniffing and the parsers into their deeper paths. */
    private static final String[] PREFIXES = {"", "{\"id\": \"a\", ", "[", "<rss><channel><item>",
            "<feed><entry>", "<Sentences><Sentence date=\"20080804\" id=\"a\"><Text>", "<html><body>",
            "\u001f\u008b"};

    private static final String SYNTAX = "<>{}[]\"&;:, \n\tabc=/-1";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2022, 31337})
    void randomInputNeverThrows(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 40; round++) {
            byte[] noise = new byte[random.nextInt(4000)];
            random.nextBytes(noise);
            if (random.nextBoolean()) {
                for (int i = 0; i < noise.length; i++) {
                    noise[i] = (byte) SYNTAX.charAt(random.nextInt(SYNTAX.length()));
                }
            }
            byte[] prefix = PREFIXES[random.nextInt(PREFIXES.length)].getBytes(StandardCharsets.ISO_8859_1);
            byte[] input = new byte[prefix.length + noise.length];
            System.arraycopy(prefix, 0, input, 0, prefix.length);
            System.arraycopy(noise, 0, input, prefix.length, noise.length);
            String name = NAMES[random.nextInt(NAMES.length)];
            ReaderOptions options = random.nextBoolean() ? ReaderOptions.defaults()
                    : ReaderOptions.defaults().withDate(LocalDate.of(2022, 2, 4)).withMaxDocumentChars(1000);
            List<InputProblem> problems = new ArrayList<>();

            List<?> documents = Inputs.readAll(DocumentReaders.open(new ByteArrayInputStream(input), name, options,
                    problems::add));

            assertThat(documents.size() + problems.size()).as("seed %d round %d", seed, round).isGreaterThanOrEqualTo(0);
            assertThat(problems).allSatisfy(problem -> assertThat(problem.reason()).isNotBlank());
        }
    }
}
