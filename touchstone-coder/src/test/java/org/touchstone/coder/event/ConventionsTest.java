package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;

/**
 * Conventions the studied gold keeps across its splits where the coder did not (session 18, counted over every gold
 * line of the context, not only the misses). Killing by armed men: counted non-combatants are a mass killing (202)
 * from twenty on, not only from a hundred; combatants killed are fighting (19x, by the weapon when one is said), not
 * the unconventional violence of 180. Constructed sentences in wire style, never gold or tuning sentences.
 */
class ConventionsTest {
    private static List<String> events(String text) {
        return CoderTestSupport.events(text, LocalDate.of(2023, 5, 1));
    }

    @Test
    void countedCiviliansKilledByArmedMenAreAMassKilling() {
        assertThat(events("Al-Shabaab militants killed 35 villagers in central Somalia on Sunday, officials said."))
                .containsExactly("SOMREB>SOMCVL:202");
        assertThat(events("Rapid Support Forces fighters killed at least 60 ethnic Masalit civilians in West Darfur."))
                .containsExactly("SDNREB>SDNCVL:202");
        assertThat(events("Islamic State fighters killed dozens of villagers in northern Mozambique on Friday."))
                .containsExactly("IMGMOSISI>MOZCVL:202");
        assertThat(events("Malian troops killed at least 30 villagers in the central region of Mopti, a UN report said."))
                .containsExactly("MLIMIL>MLICVL:202");
        assertThat(events("Ethiopian soldiers killed at least 45 civilians in the Ethiopian town of Merawi in January."))
                .containsExactly("ETHMIL>ETHCVL:202");
    }

    @Test
    void aFewVictimsOrACrowdAreNoMassKilling() {
        // a handful killed stays 180; protesters shot by the police are repression (175)
        assertThat(events("Boko Haram fighters killed three farmers near Maiduguri on Saturday.")).containsExactly("NGAREB>NGACVL:180");
        assertThat(events("Myanmar security forces killed 38 protesters on Wednesday.")).containsExactly("MMRCOP>MMRCVL:175");
        // no place named: the victims of troops are no state's people (no event), as before the change
        assertThat(events("Russian troops killed dozens of civilians.")).isEmpty();
        // a strike that kills is coded by its weapon (R17), whatever the count
        assertThat(events("Russian missiles killed 25 civilians in Kharkiv on Monday.")).doesNotContain("RUSMIL>UKRCVL:202");
        assertThat(events("Sudanese army aircraft killed 40 civilians in an air strike on a market in Nyala."))
                .doesNotContain("SDNMIL>SDNCVL:202");
    }

    @Test
    void combatantsKilledByTroopsAreFighting() {
        assertThat(events("French and Malian troops killed dozens of fighters from the Islamic State in the Greater Sahara."))
                .containsExactlyInAnyOrder("FRAMIL>IMGMOSISI:190", "MLIMIL>IMGMOSISI:190");
        assertThat(events("Nigerian troops killed 30 Boko Haram militants in an operation in Borno state."))
                .containsExactly("NGAMIL>NGAREB:190");
        assertThat(events("Israeli troops killed three Palestinian gunmen in Jenin on Monday.")).containsExactly("ISRMIL>PSEREB:190");
        assertThat(events("Six Ethiopian soldiers were killed in an ambush by Eritrean troops near the border."))
                .containsExactly("ERIMIL>ETHMIL:190");
        assertThat(events("Iraqi troops killed the insurgents near Mosul.")).containsExactly("IRQMIL>IRQREB:190");
    }

    @Test
    void theWeaponSaidAfterTheKillingDecidesTheRoot() {
        assertThat(events("Ugandan forces killed at least 20 fighters of the Allied Democratic Forces in an air strike in eastern Congo."))
                .containsExactly("UGAMIL>UGAREB:195");
        assertThat(events("Nigerian troops killed 30 Boko Haram militants in a drone strike in Borno state."))
                .containsExactly("NGAMIL>NGAREB:195");
        assertThat(events("Sudanese soldiers killed 40 civilians in an air strike on a market in Nyala."))
                .containsExactly("SDNMIL>SDNCVL:195");
        assertThat(events("Turkish troops killed 12 Kurdish fighters in artillery fire near Afrin.")).isNotEmpty().allMatch(e -> e.endsWith(":194"));
    }

    @Test
    void aLeaderKilledStaysAnAssassination() {
        // R16 comes first: a named commander is no count of fighters
        assertThat(events("Israeli troops killed Hamas commander Yahya Sinwar in Rafah on Wednesday.")).containsExactly("ISRMIL>PSEREB:186");
    }

    @Test
    void haftarsForcesFightTheRecognisedGovernmentAsRebels() {
        // the Libyan National Army is accepted by no recognised government: REB, as the gold codes it, not UAF
        assertThat(events("Khalifa Haftar's forces shelled Misrata on Tuesday.")).containsExactly("LBYREB>LBYCVL:194");
        assertThat(events("The Libyan National Army attacked positions of the Tripoli government on Sunday."))
                .isNotEmpty().allMatch(e -> e.startsWith("LBYREB>"));
    }
}
