package org.touchstone.coder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Document;
import org.touchstone.core.Event;
import org.touchstone.core.Statement;

/** Prints the events and statements of sample-corpus documents. Run with -Dtest=TraceSample -Dids=sn-013,sn-015. */
class TraceSample {
    @Test
    void trace() throws Exception {
        String ids = System.getProperty("ids", "");
        if (ids.isBlank()) {
            return;
        }
        Set<String> wanted = Set.of(ids.split(","));
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/org/touchstone/coder/corpus/sample-news.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode n = mapper.readTree(line);
                if (!wanted.contains(n.get("id").asText())) {
                    continue;
                }
                Document d = new Document(n.get("id").asText(), LocalDate.parse(n.get("date").asText()), n.get("provider").asText(),
                        n.get("provider_country").asText(), n.get("url").asText(), n.get("title").asText(), n.get("text").asText(),
                        n.get("venue").asText());
                CodedDocument c = CoderTestSupport.CODER.code(d);
                System.out.println(d.id() + " " + d.venue());
                for (Event e : c.events()) {
                    System.out.println("   event " + e.provenance().sentenceIndex() + " " + e.source().code() + ">" + e.target().code() + ":" + e.code());
                }
                for (Statement s : c.statements()) {
                    System.out.println("   stmt  " + s.sentenceIndex() + " " + s.speaker() + " " + s.targets() + " " + s.code() + " "
                            + s.audience().code() + " named=" + s.named() + " | " + s.quote());
                }
            }
        }
    }
}
