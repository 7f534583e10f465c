package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.touchstone.coder.text.PhraseIndex;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;

/**
 * R11's two charges of standing behind a wrong, one look-up since session 26 ({@code StanceLexicon.Backing}): backing
 * armed groups is aggression (1123), helping another to a deed of stealth or subversion an allegation (112). Each
 * keeps its own reach and stop words. The stance found, with its words ("-" none): past the help's stop words a later
 * phrase may still be read on its own ("undermine"), never the help.
 */
class ChargesOfBackingTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Tokenizer());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            a neighbouring country was sponsoring militants in Balochistan    | 1123 sponsoring militants
            the United States was arming Kurdish militias                     | 1123 arming Kurdish militias
            Tehran was arming and funding rebels in Yemen                     | 1123 arming and funding rebels
            the regime was harbouring foreign terrorist groups                | 1123 harbouring foreign terrorist
            a project funded by militants                                     | -
            Kabul was training its own police recruits and soldiers           | -
            China was helping Russia to disrupt the peace conference          | 112 helping Russia to disrupt
            Beijing had aided Moscow in evading sanctions                     | 112 aided Moscow in evading
            the bank helped Tehran circumvent the embargo                     | 112 helped Tehran circumvent
            the donors were helping Kyiv to rebuild its grid                  | -
            the allies helped Kyiv and sought to undermine Moscow             | 111 undermine
            they aided the exiles, who plotted to overthrow the government    | 112 plotted to
            Iran helped the groups that were bypassing the checkpoints        | -
            """)
    void aVerbOfSupportWithItsWrongWithinReach(String words, String code) {
        Sentence s = SPLITTER.split(words + ".").get(0);
        PhraseIndex.Hit<String> h = StanceLexicon.evaluation(s, 0, s.size());
        assertThat(h == null ? null : h.value() + " " + s.text(h.start(), h.start() + h.length())).isEqualTo(code);
    }
}
