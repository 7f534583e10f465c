package org.touchstone.coder.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;

class OutletsTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter(new Tokenizer());

    /** The country of the first outlet named in the text, or null. */
    private static String country(String text) {
        Sentence s = SPLITTER.split(text).get(0);
        for (int i = 0; i < s.size(); i++) {
            Outlets.Outlet o = Outlets.at(s, i);
            if (o != null) {
                return o.country();
            }
        }
        return null;
    }

    @Test
    void outletsOfTheSameWordAreToldApartByTheirWholeName() {
        assertThat(country("She wrote in the New York Times.")).isEqualTo("USA");
        assertThat(country("She wrote in the Financial Times.")).isEqualTo("GBR");
        assertThat(country("She wrote in the Times of India.")).isEqualTo("IND");
        assertThat(country("He spoke to Al Arabiya.")).isEqualTo("SAU");
        assertThat(country("He spoke to Al Jazeera.")).isEqualTo("QAT");
        assertThat(country("He spoke to Euronews.")).isEqualTo(Outlets.INTERNATIONAL);
    }

    @Test
    void aWordOrALongerNameIsNoOutlet() {
        assertThat(country("The talks began at dawn.")).isNull();
        assertThat(country("Iran's Guardian Council approved the law.")).isNull();
        assertThat(country("Russia's Sputnik V vaccine was approved.")).isNull();
        assertThat(country("He spoke on Fox News Sunday.")).isEqualTo("USA");
    }
}
