package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;

/**
 * The look-ups of the resolved mention that starts at a token (or after its "the") or ends right before it, in the actor
 * package since session 26: the event step (targets, encounters, meetings) and the statement step (the referent of an
 * allusion) share them.
 */
class MentionLookUpTest {
    // Ethiopia(0) accused(1) the(2) TPLF(3) of(4) attacking(5) the(6) army(7) in(8) Tigray(9) .(10)
    private static final Sentence S = new SentenceSplitter(new Tokenizer())
            .split("Ethiopia accused the TPLF of attacking the army in Tigray.").get(0);

    private static final List<ActorMention> MENTIONS = List.of(
            mention(0, 1, "ETH"),
            mention(3, 4, "ETHREB"),
            new ActorMention(7, 8, List.of(), ActorMention.Kind.AGENT_ONLY, false, false, null, false, List.of()),
            mention(9, 10, "ETH"));

    private static ActorMention mention(int start, int end, String code) {
        return new ActorMention(start, end, List.of(code), ActorMention.Kind.NAMED, false, false, code, false, List.of());
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            0  | ETH
            2  | ETHREB
            3  | ETHREB
            1  | -
            4  | -
            6  | -
            7  | -
            9  | ETH
            10 | -
            11 | -
            """)
    void startingAtPassesOneArticle(int at, String code) {
        ActorMention found = ActorMention.startingAt(S, MENTIONS, at);
        assertThat(found == null ? null : found.code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "at {0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            0 | ETH
            3 | ETHREB
            2 | -
            7 | -
            """)
    void startsAtTakesTheTokenItself(int at, String code) {
        ActorMention found = ActorMention.startsAt(MENTIONS, at);
        assertThat(found == null ? null : found.code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "before {0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1  | ETH
            4  | ETHREB
            10 | ETH
            3  | -
            8  | -
            """)
    void endingAtTakesTheMentionRightBefore(int at, String code) {
        ActorMention found = ActorMention.endingAt(MENTIONS, at);
        assertThat(found == null ? null : found.code()).isEqualTo(code);
    }
}
