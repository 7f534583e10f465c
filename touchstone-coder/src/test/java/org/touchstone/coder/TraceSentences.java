package org.touchstone.coder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.ActorRecognizer;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.event.CodedAct;
import org.touchstone.coder.event.EventAssembler;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;
import org.touchstone.coder.verb.VerbMatch;
import org.touchstone.coder.verb.VerbPatternMatcher;

/**
 * A debugging aid for dev-split gold sentences: prints the actors, verb matches and acts the
 * pipeline finds. Run with -Dtest=TraceSentences -Dids=g-001,g-003 (dev ids only).
 */
class TraceSentences {
    @Test
    void trace() throws Exception {
        String ids = System.getProperty("ids", "");
        if (ids.isBlank()) {
            return;
        }
        Set<String> wanted = Set.of(ids.split(","));
        Coder coder = new Coder();
        ActorRecognizer actors = new ActorRecognizer(coder.dictionaries().actors());
        VerbPatternMatcher verbs = new VerbPatternMatcher(coder.dictionaries().verbs());
        EventAssembler assembler = new EventAssembler();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(getClass().getResourceAsStream(
                "/org/touchstone/coder/gold/gold-sentences.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode row = mapper.readTree(line);
                if (!wanted.contains(row.get("id").asText()) || !"dev".equals(row.get("split").asText())) {
                    continue;
                }
                System.out.println(row.get("id").asText() + " " + row.get("text").asText());
                for (Sentence s : new SentenceSplitter(new Tokenizer()).split(row.get("text").asText())) {
                    List<ActorMention> ms = actors.recognize(s, LocalDate.parse(row.get("date").asText()), new Coreference());
                    for (ActorMention m : ms) {
                        System.out.println("   actor " + m.start() + "-" + m.end() + " '" + s.text(m.start(), m.end()) + "' " + m.codes()
                                + " " + m.kind() + (m.locative() ? " loc" : "") + (m.possessive() ? " poss" : ""));
                    }
                    List<VerbMatch> vs = verbs.match(s, ms);
                    for (VerbMatch v : vs) {
                        System.out.println("   verb " + v.start() + "-" + v.last() + " '" + v.formText() + "' " + v.provenance()
                                + " code " + v.pattern().code() + (v.nominal() ? " nominal" : ""));
                    }
                    for (CodedAct a : assembler.assemble(s, ms, vs)) {
                        System.out.println("   act " + a.source() + ">" + a.target() + ":" + a.code());
                    }
                }
                System.out.println("   gold " + row.get("events") + " " + row.get("statements"));
            }
        }
    }
}
