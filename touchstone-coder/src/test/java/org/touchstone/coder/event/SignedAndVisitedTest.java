package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Agreements signed and visits paid that were read but not coded (session 19): a visit stated as setting foot in a
 * country, a welcome given to a guest, a visit beside a meeting with the host, a visit in a "during" phrase under a
 * negated or unrelated main verb, a guest embraced on arrival, a pact whose partner follows what it is for, and acts
 * that "failed" to happen. Constructed wire-style sentences, not gold or tuning lines, each rule with paraphrases that
 * must code and near misses that must not.
 */
class SignedAndVisitedTest {
    private static List<String> events(String text, int year) {
        return CoderTestSupport.events(text, LocalDate.of(year, 6, 15));
    }

    // --- 1. "set foot in" a country is a visit

    @Test
    void settingFootInACountryIsAVisit() {
        assertThat(events("Chinese President Xi Jinping set foot in Taiwan on Saturday.", 2024))
                .containsExactlyInAnyOrder("CHNGOV>TWN:042", "TWN>CHNGOV:043");
        assertThat(events("Emmanuel Macron became the first French president to set foot in Libya since the revolution.", 2024))
                .containsExactlyInAnyOrder("FRAGOV>LBY:042", "LBY>FRAGOV:043");
    }

    @Test
    void settingFootInAPlaceVowedAgainstOrAtHomeIsNoVisit() {
        assertThat(events("Vladimir Putin said he would never set foot in Ukraine.", 2024)).doesNotContain("RUSGOV>UKR:042");
        assertThat(events("Xi Jinping set foot in Shanghai on Saturday.", 2024)).isEmpty();
        // a subject quantified by "no" is negated (R8); "No sooner had" quantifies no subject
        assertThat(events("No Chinese leader has set foot in Taiwan since 1949.", 2024)).isEmpty();
        assertThat(events("No US president had visited North Korea before.", 2024)).isEmpty();
        assertThat(events("No sooner had Xi Jinping arrived in Moscow than the talks began.", 2024))
                .contains("CHNGOV>RUS:042");
    }

    // --- 2. a visit beside a meeting with a person of the visited state has that person as host (S7-2)

    @Test
    void aVisitBesideAMeetingWithTheHostIsAVisitToTheHost() {
        assertThat(events("Antony Blinken flew to Beijing on Sunday and met Xi Jinping.", 2023))
                .containsExactlyInAnyOrder("USAGOV>CHNGOV:042", "CHNGOV>USAGOV:043");
        assertThat(events("Antony Blinken travelled to China on Sunday, meeting Xi Jinping.", 2023))
                .containsExactlyInAnyOrder("USAGOV>CHNGOV:042", "CHNGOV>USAGOV:043");
        assertThat(events("Joe Biden set foot in Ukraine on Monday when he met Volodymyr Zelensky.", 2023))
                .containsExactlyInAnyOrder("USAGOV>UKRGOV:042", "UKRGOV>USAGOV:043");
    }

    @Test
    void aMeetingWithAPersonOfAnotherStateLeavesTheVisitToTheBareState() {
        // Scholz is no host in China: the visit stays China's and the meeting stays a meeting
        assertThat(events("Emmanuel Macron flew to Beijing on Sunday and met Olaf Scholz.", 2023))
                .contains("FRAGOV>CHN:042").doesNotContain("FRAGOV>DEUGOV:042");
    }

    // --- 3. a welcome given to the guest named between the verb and the welcome

    @Test
    void aWelcomeGivenToAGuestIsAVisitToTheOneWhoGivesIt() {
        assertThat(events("Mongolia gave Vladimir Putin a red-carpet welcome in Ulaanbaatar on Tuesday.", 2024))
                .containsExactlyInAnyOrder("MNG>RUSGOV:043", "RUSGOV>MNG:042");
        assertThat(events("China accorded the Russian leader a lavish welcome in Beijing.", 2024))
                .containsExactlyInAnyOrder("CHN>RUSGOV:043", "RUSGOV>CHN:042");
    }

    @Test
    void somethingElseGivenIsNoWelcome() {
        assertThat(events("Mongolia gave Ukraine tanks on Tuesday.", 2024)).doesNotContain("MNG>UKR:043");
    }

    // --- 4. a visit in a "during" phrase survives the negation of the main verb, and "his" after a state is a person

    @Test
    void aVisitDuringANegatedActIsStillAVisit() {
        assertThat(events("Kenya did not arrest Sudanese President Omar al-Bashir during his visit to Nairobi.", 2015))
                .containsExactlyInAnyOrder("SDNGOV>KEN:042", "KEN>SDNGOV:043");
        assertThat(events("Xi Jinping did not mention Ukraine during his visit to Moscow.", 2023))
                .containsExactlyInAnyOrder("CHNGOV>RUS:042", "RUS>CHNGOV:043");
        assertThat(events("Nigeria did not detain Omar al-Bashir during his trip to Abuja last week.", 2015))
                .containsExactlyInAnyOrder("SDNGOV>NGA:042", "NGA>SDNGOV:043");
    }

    @Test
    void aNegatedVisitItselfIsStillNothing() {
        assertThat(events("Xi Jinping did not visit Moscow during the summit.", 2023)).isEmpty();
    }

    // --- 5. a guest embraced as he arrives is received

    @Test
    void aGuestEmbracedOnArrivalIsReceived() {
        assertThat(events("Mohammed bin Salman embraced Qatar's emir as he stepped off his plane in Riyadh.", 2021))
                .containsExactlyInAnyOrder("SAUGOV>QATGOV:043", "QATGOV>SAUGOV:042");
        assertThat(events("Vladimir Putin hugged Kim Jong Un on his arrival at the Vostochny cosmodrome.", 2023))
                .containsExactlyInAnyOrder("RUSGOV>PRKGOV:043", "PRKGOV>RUSGOV:042");
    }

    @Test
    void anIdeaOrAPartnerEmbracedIsNoVisit() {
        assertThat(events("Hungary embraced China as a partner.", 2023)).isEmpty();
        assertThat(events("Ukraine embraced the European Union's plan on Monday.", 2023)).isEmpty();
    }

    // --- 6. a pact's partner after what it is for

    @Test
    void aPactsPartnerAfterWhatItIsForSignsIt() {
        assertThat(events("Hugo Chavez signed contracts for Sukhoi fighter jets and helicopters with Russia.", 2008))
                .containsExactlyInAnyOrder("VENGOV>RUS:057", "RUS>VENGOV:057");
        assertThat(events("Kazakhstan signed agreements on oil and gas exploration projects with China on Monday.", 2008))
                .containsExactlyInAnyOrder("KAZ>CHN:057", "CHN>KAZ:057");
        assertThat(events("Egypt signed deals covering energy, transport and mining with Russia.", 2008))
                .containsExactlyInAnyOrder("EGY>RUS:057", "RUS>EGY:057");
    }

    @Test
    void aPactOnlyPlannedOrRefusedIsNotSigned() {
        assertThat(events("Egypt plans to sign contracts for Sukhoi fighter jets and helicopters with Russia.", 2008))
                .doesNotContain("EGY>RUS:057");
        assertThat(events("Egypt refused to sign contracts for fighter jets and helicopters with Russia.", 2008))
                .doesNotContain("EGY>RUS:057");
    }

    // --- 7. a thing handed over in person in one party's country, with no other verb in the sentence (S7-2)

    @Test
    void aThingHandedOverInPersonIsAVisitEvenWithNoOtherVerb() {
        assertThat(events("Javier Solana handed Iran's foreign minister a package of proposals in Tehran on Tuesday.", 2006))
                .containsExactlyInAnyOrder("IGOEUREEC>IRNGOV:042", "IRNGOV>IGOEUREEC:043");
        assertThat(events("Emmanuel Macron presented Xi Jinping with an invitation in Beijing.", 2023))
                .containsExactlyInAnyOrder("FRAGOV>CHNGOV:042", "CHNGOV>FRAGOV:043");
    }

    @Test
    void aThingHandedWithNoPlaceOrADefeatHandedIsNoVisit() {
        assertThat(events("Emmanuel Macron handed Xi Jinping a letter.", 2023)).isEmpty();
        assertThat(events("Russia handed Ukraine a defeat in Bakhmut.", 2023)).isEmpty();
    }

    // --- 8. an act that "failed" to happen is not done (R8)

    @Test
    void anActThatFailedToHappenCodesNothing() {
        assertThat(events("Egypt failed to sign a deal with Russia.", 2008)).isEmpty();
        assertThat(events("Egypt failed to visit Russia.", 2008)).isEmpty();
        assertThat(events("Nigeria failed to arrest Sudanese President Omar al-Bashir.", 2015)).isEmpty();
        // talks that failed to reach agreement keep their own code
        assertThat(events("Egypt failed to reach an agreement with Russia.", 2008))
                .containsExactlyInAnyOrder("EGY>RUS:164", "RUS>EGY:164");
    }
}
