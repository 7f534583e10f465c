package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.core.Statement;

/**
 * The reporter of a clause (session 24): one after the clause (", South Korea's military said", "according to ...") is
 * never the target of the act it reports, an unknown doer is not replaced by the speaker, a weapon's own participle of
 * firing names no firer, and a speaker in apposition who goes on after "said on Wednesday" without "that" opens the
 * words after the verb. Constructed wire-style sentences, not gold or tuning lines.
 */
class TrailingReporterTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 24);

    private static List<String> events(String text) {
        return CoderTestSupport.events(text, DATE);
    }

    // --- 1. a reporter after a weekday and a comma, or after "according to", is no slot of the verb

    @ParameterizedTest
    @ValueSource(strings = {
            "North Korea fired two ballistic missiles off its east coast on Sunday, South Korea's military said.",
            "North Korea fired two ballistic missiles into the sea on Sunday, the South Korean military said.",
            "North Korea fired two ballistic missiles on Sunday, South Korea's military said.",
            "North Korea fired two ballistic missiles off its east coast on Sunday, Seoul said.",
            "North Korea fired two ballistic missiles off its east coast on Sunday, according to South Korea's military.",
            "Israel launched air strikes on Sunday, the military said.",
    })
    void aReporterAfterTheClauseIsNoTarget(String text) {
        assertThat(events(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the target the clause names stays; the reporter is not added
            "Israel launched air strikes in Gaza on Sunday, the military said.|ISR>PSE:195",
            "Israel launched air strikes across Gaza on Sunday, the Israeli military said.|ISR>PSE:195",
            "Israeli jets struck targets in southern Lebanon on Sunday, the military said.|ISRMIL>LBN:195",
            "Russia fired a cruise missile at western Ukraine.|RUS>UKR:194",
    })
    void theClausesOwnTargetStays(String text, String event) {
        assertThat(events(text)).as(text).containsExactly(event);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "North Korea fired two ballistic missiles on Sunday, South Korea's military said.",
            "North Korea fired two ballistic missiles off its east coast on Sunday, according to South Korea's military.",
    })
    void theReporterStillSpeaksAboutTheDoer(String text) {
        Statement st = CoderTestSupport.onlyStatement(text, DATE);
        assertThat(st.speaker()).isEqualTo("KORMIL");
        assertThat(st.targets()).containsExactly("PRK");
    }

    // --- 2. troops the speaker calls foreign or unidentified are an unknown doer, not the speaker

    @ParameterizedTest
    @ValueSource(strings = {
            "Erdogan said foreign troops had attacked Turkish positions.",
            "Erdogan said foreign troops had attacked Turkish positions in Syria.",
            "Kyrgyzstan said unidentified soldiers had attacked Kyrgyz border guards.",
            "Erdogan said unknown gunmen had attacked Turkish soldiers.",
    })
    void anUnknownDoerIsNotTheSpeaker(String text) {
        assertThat(events(text)).as(text).isEmpty();
    }

    // --- 3. a weapon's own participle of firing names no firer

    @ParameterizedTest
    @ValueSource(strings = {
            "Poland scrambled fighter jets early on Sunday after a Russian cruise missile fired at western Ukraine briefly entered Polish airspace, the army's operational command said.",
            "A Russian cruise missile fired at western Ukraine briefly entered Polish airspace.",
            "A Russian cruise missile fired at Kyiv was shot down.",
    })
    void aFiredWeaponNamesNoFirer(String text) {
        assertThat(events(text)).as(text).noneMatch(e -> e.endsWith(":193") || e.endsWith(":194") || e.endsWith(":195"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // near misses: the firer as subject, a passive with its agent, a main verb of the weapon
            "Iran launched drones and missiles at Israel overnight.|IRN>ISR:195",
            "Missiles were fired at Kyiv by Russian forces.|RUSMIL>UKR:193",
            "Israeli aircraft struck military sites in Iran on Saturday.|ISRMIL>IRN:195",
            // the weapon as the object of the defence: the firer's attack stays
            "Saudi Arabia intercepted a Houthi missile fired at Riyadh.|YEMREB>SAU:194",
    })
    void theFirerNamedStillActs(String text, String event) {
        assertThat(events(text)).as(text).contains(event);
    }

    // --- 4. a speaker in apposition going on after the day of saying, without "that"

    @ParameterizedTest
    @ValueSource(strings = {
            "Turkey's foreign minister, Hakan Fidan, said on Wednesday Israel was committing genocide in Gaza.",
            "Hakan Fidan, Turkey's foreign minister, said on Wednesday Israel was committing genocide in Gaza.",
            "Turkey's foreign minister, Hakan Fidan, said on Wednesday that Israel was committing genocide in Gaza.",
            // near misses: a true trailing attribution, with or without a circumstance after the day
            "Israel was committing genocide in Gaza, Turkey's foreign minister, Hakan Fidan, said on Wednesday.",
            "Israel was committing genocide in Gaza, Turkey's foreign minister, Hakan Fidan, said on Wednesday in a statement.",
            "Israel was committing genocide in Gaza, Turkey's foreign minister said on Wednesday night.",
    })
    void theWordsAreThoseOfTheClauseAboutIsrael(String text) {
        Statement st = CoderTestSupport.onlyStatement(text, DATE);
        assertThat(st.speaker()).as(text).isEqualTo("TURGOV");
        assertThat(st.targets()).as(text).containsExactly("ISR");
        assertThat(st.code()).as(text).isEqualTo("1124");
    }
}
