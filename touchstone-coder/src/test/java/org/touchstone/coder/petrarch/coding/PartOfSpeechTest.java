package org.touchstone.coder.petrarch.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.input.DocumentReader;
import org.touchstone.coder.input.DocumentReaders;
import org.touchstone.coder.input.PetrarchRecord;
import org.touchstone.coder.input.PetrarchRecordReader;
import org.touchstone.coder.input.ReaderOptions;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Token;
import org.touchstone.coder.text.Tokenizer;
import org.touchstone.core.Document;
import org.touchstone.testing.SharedData;

/** The greedy tagger of {@link PartOfSpeech} and its features against OpenNLP's beam-search tagger and feature generator on the same model. */
class PartOfSpeechTest {
    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());

    @Test
    void tagsAsOpenNlpsTaggerOnTheSampleCorpus() {
        String name = "/org/touchstone/coder/corpus/sample-news.jsonl";
        InputStream in = getClass().getResourceAsStream(name);
        List<String> texts = new ArrayList<>();
        try (DocumentReader reader = DocumentReaders.open(in, name, ReaderOptions.defaults().withDate(LocalDate.of(2020, 1, 1)),
                problem -> {
                    throw new IllegalStateException(problem.toString());
                })) {
            reader.stream().map(Document::text).forEach(texts::add);
        }
        assertThat(compare(texts)).isGreaterThan(500);
    }

    @Test
    void tagsAsOpenNlpsTaggerOnPetrarchsSentences() {
        List<String> texts = new ArrayList<>();
        for (String file : List.of("petrarch2/GigaWord.sample.PETR.xml", "petrarch2/PETR.UnitTest.records.xml")) {
            Path path = SharedData.file(file);
            for (PetrarchRecord r : PetrarchRecordReader.readAll(path, problem -> {
            })) {
                texts.add(r.text());
            }
        }
        assertThat(compare(texts)).isGreaterThan(300);
    }

    /** Tags every sentence of the texts both ways and asserts they agree; the number of sentences. */
    private int compare(List<String> texts) {
        assertThat(PartOfSpeech.available()).isTrue();
        assertThat(PartOfSpeech.ownFeatures()).isTrue();
        POSTaggerME openNlp = new POSTaggerME(PartOfSpeech.model(), POSTagFormat.UD);
        POSContextGenerator generator = PartOfSpeech.model().getFactory().getPOSContextGenerator();
        int sentences = 0;
        for (String text : texts) {
            for (Sentence s : splitter.split(text)) {
                String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
                String[] tags = openNlp.tag(words);
                assertThat(PartOfSpeech.tag(words)).as(String.join(" ", words)).containsExactly(tags);
                assertThat(TaggerFeatures.sameAs(generator, words, tags)).as(String.join(" ", words)).isTrue();
                sentences++;
            }
        }
        return sentences;
    }
}
