package org.touchstone.app.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.touchstone.analysis.Evidence;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;

/**
 * A document's sentences as the coder numbered them, so that an event's sentence index finds the
 * very sentence it was coded from. One instance serves one request: it remembers the documents it
 * split, since the items of a page often come from the same few documents.
 */
final class CodedSentences implements Evidence.Sentences {
    private final SentenceSplitter splitter = new SentenceSplitter(new Tokenizer());
    private final Map<String, List<Sentence>> split = new HashMap<>();

    @Override
    public String sentence(String documentText, int index) {
        List<Sentence> sentences = split.computeIfAbsent(documentText, splitter::split);
        if (index < 0 || index >= sentences.size()) {
            return null;
        }
        Sentence s = sentences.get(index);
        return documentText.substring(s.start(), s.end());
    }
}
