package org.touchstone.coder.verb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.touchstone.coder.dict.VerbDictionaryReader;

/** A regular lemma stressed on its last syllable doubles the final consonant as a one-syllable lemma does. */
class StressedFinalSyllableInflectionTest {

    @Test
    void prefixBeforeAStressedRootDoubles() {
        assertThat(VerbDictionaryReader.inflect("admit")).containsExactly("admit", "admits", "admitted", "admitting");
        assertThat(VerbDictionaryReader.inflect("expel")).contains("expelled", "expelling");
        assertThat(VerbDictionaryReader.inflect("confer")).contains("conferred", "conferring");
        assertThat(VerbDictionaryReader.inflect("unplug")).contains("unplugged", "unplugging");
        assertThat(VerbDictionaryReader.inflect("overrun")).contains("overrunning");
        assertThat(VerbDictionaryReader.inflect("reset")).contains("resetting");
    }

    @Test
    void earlierStressDoesNotDouble() {
        assertThat(VerbDictionaryReader.inflect("visit")).contains("visited", "visiting");
        assertThat(VerbDictionaryReader.inflect("deliver")).contains("delivered");
        assertThat(VerbDictionaryReader.inflect("reckon")).contains("reckoned");
        assertThat(VerbDictionaryReader.inflect("cancel")).contains("canceled");
        assertThat(VerbDictionaryReader.inflect("consider")).contains("considered");
    }
}
