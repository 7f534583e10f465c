package org.touchstone.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.touchstone.coder.actor.ActorMention;
import org.touchstone.coder.actor.ActorRecognizer;
import org.touchstone.coder.actor.Coreference;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;
import org.touchstone.core.Document;
import org.touchstone.core.Statement;

/** One coder for all the coder's tests, in every package (dictionaries are read once), and helpers to code a sentence. */
public final class CoderTestSupport {
    public static final Coder CODER = new Coder();
    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Dictionaries.builtIn().actors());

    private CoderTestSupport() {
    }

    public static CodedDocument code(String text, LocalDate date) {
        return CODER.code(new Document("t", date, null, null, null, null, text, null));
    }

    /** "SRC>TGT:CODE" of every event of a text dated 2023-03-15. */
    public static List<String> events(String text) {
        return events(text, LocalDate.of(2023, 3, 15));
    }

    /** The events (or codes) a table row expects, "SRC>TGT:CODE" separated by spaces; none when the cell is empty. */
    public static String[] expectedEvents(String cell) {
        return cell == null ? new String[0] : cell.split(" ");
    }

    /** "SRC>TGT:CODE" of every event of a text with its date. */
    public static List<String> events(String text, LocalDate date) {
        return events(code(text, date));
    }

    /** Asserts a table row: exactly the events {@code expected} lists ("SRC>TGT:CODE" separated by spaces), "-" for none. */
    public static void assertEvents(String sentence, LocalDate date, String expected) {
        if (expected.equals("-")) {
            assertThat(events(sentence, date)).isEmpty();
        } else {
            assertThat(events(sentence, date)).containsExactlyInAnyOrder(expected.split(" "));
        }
    }

    /** "SRC>TGT:CODE" of every event of a coded document. */
    public static List<String> events(CodedDocument coded) {
        return coded.events().stream().map(e -> e.source().code() + ">" + e.target().code() + ":" + e.code()).toList();
    }

    /** The one statement of a text (fails when there is not exactly one). */
    public static Statement onlyStatement(String text, LocalDate date) {
        List<Statement> all = code(text, date).statements();
        assertThat(all).as(text).hasSize(1);
        return all.get(0);
    }

    /** The codes of the mentions {@code which} keeps, left to right, each sentence recognized on its own. */
    public static List<String> actors(String text, LocalDate date, Predicate<ActorMention> which) {
        return mentions(text, date, which, (s, m) -> m.code());
    }

    /** The mentions {@code which} keeps as "words=CODE+CODE", left to right, each sentence recognized on its own. */
    public static List<String> actorWords(String text, LocalDate date, Predicate<ActorMention> which) {
        return mentions(text, date, which, (s, m) -> s.text(m.start(), m.end()) + "=" + String.join("+", m.codes()));
    }

    private static List<String> mentions(String text, LocalDate date, Predicate<ActorMention> which,
                                         BiFunction<Sentence, ActorMention, String> shown) {
        List<String> out = new ArrayList<>();
        for (Sentence s : new SentenceSplitter(new Tokenizer()).split(text)) {
            for (ActorMention m : RECOGNIZER.recognize(s, date, new Coreference())) {
                if (which.test(m)) {
                    out.add(shown.apply(s, m));
                }
            }
        }
        return out;
    }
}
