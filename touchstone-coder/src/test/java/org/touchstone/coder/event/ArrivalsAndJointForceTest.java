package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;
import static org.touchstone.coder.CoderTestSupport.expectedEvents;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arrivals that are no visit (a rescue team, peacekeepers, someone flown there by others, a refugee landing where he
 * was granted asylum, goods taken delivery of, a visit called off) and force by two co-subjects that is no fight
 * between them. Constructed sentences in wire style, each with near misses whose visit or fight stays.
 */
class ArrivalsAndJointForceTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a team sent to rescue or heal brings aid (073), it pays no visit
            "A Turkish search and rescue team arrived in Morocco on Sunday. | TUR>MAR:073",
            "A Cuban medical team landed in Italy on Saturday. | CUBCVL>ITA:073",
            "Israeli rescuers arrived in Turkey on Tuesday. | ISRCVL>TUR:073",
            // a craft or a cargo arriving is no visitor: aid aboard is aid delivered (073), other goods nothing (fp36)
            "A Turkish cargo plane carrying tents and medicine landed in Beirut on Friday. | TUR>LBN:073",
            "Two Egyptian aid convoys arrived in Khartoum on Sunday. | EGY>SDN:073",
            "A cargo of Russian oil bought by India arrived in Mumbai on Friday. | ",
            "A Japanese cargo plane landed in Ankara on Monday. | ",
            // peacekeepers arriving are deployed there, as troops and police are (074, the host's 0861)
            "Senegalese peacekeepers arrived in Gambia on Friday. | SENMIL>GMB:074 GMB>SENMIL:0861",
            "UN peacekeepers arrived in Monrovia on Monday. | IGOUNO>LBR:074 LBR>IGOUNO:0861",
            "Peacekeepers arrived in Monrovia on Monday. | IGOPKO>LBR:074 LBR>IGOPKO:0861",
            // so are a body's troops (fp36)
            "African Union troops arrived in Mogadishu on Monday. | IGOAFRAFU>SOM:074 SOM>IGOAFRAFU:0861",
            "The first troops of the Russian-led Collective Security Treaty Organization arrived in Armenia. | IGOCASCST>ARM:074 ARM>IGOCASCST:0861",
            // someone carried there by the subject: no visit by anyone
            "Honduran soldiers detained the president and flew him to Costa Rica. | HNDMIL>HNDGOV:173",
            "Pakistan flew 200 Afghans to Islamabad on Thursday. | ",
            // the landing of a man granted asylum earlier in the sentence is his flight into exile
            "Ecuador granted asylum to the former Peruvian president, and he landed in Quito on Tuesday. | ECU>PEROPP:075",
            // goods taken delivery of are no visitor received: arms bought from their maker (062, session 26)
            "India took delivery of the first parts of the Russian S-400 missile defence system on Friday. | IND>RUS:062",
            "India took delivery of fighter jets from France. | FRA>IND:072",
            // a visit called off, a participle set off by commas between: it did not take place
            "Xi Jinping's state visit to Tokyo, planned for April, was cancelled. | ",
            "Japan said that Xi Jinping's state visit to Tokyo, planned for April, would be postponed. | ",
    })
    void arrivalsThatAreNoVisit(String text, String expected) {
        assertThat(events(text)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // near misses: officials and delegations arriving, and travellers flying themselves, still visit
            "A Chinese trade delegation arrived in Turkey on Tuesday. | CHNGOV>TUR:042 TUR>CHNGOV:043",
            "Turkey's foreign minister arrived in Morocco on Sunday. | TURGOV>MAR:042 MAR>TURGOV:043",
            "The head of the African Union commission arrived in Mogadishu on Monday. | IGOAFRAFU>SOM:042 SOM>IGOAFRAFU:043",
            "The Honduran president flew to Costa Rica on Sunday. | HNDGOV>CRI:042 CRI>HNDGOV:043",
            "Peru's president landed in Quito on Tuesday. | PERGOV>ECU:042 ECU>PERGOV:043",
            "Xi Jinping's state visit to Tokyo, hailed as historic, was a success. | CHNGOV>JPN:042 JPN>CHNGOV:043",
    })
    void visitsStay(String text, String expected) {
        assertThat(events(text)).containsExactlyInAnyOrder(expectedEvents(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // two co-subjects of one-sided force act on the victims, not on each other
            "Ethiopian forces and militias killed four Sudanese soldiers. | ETHMIL>SDNMIL:190 ETHUAF>SDNMIL:190",
            "Ethiopian forces and allied militias attacked the town, killing four soldiers. | ",
            // near misses: a verb of fighting between them keeps the pair
            "Armenian and Azerbaijani forces clashed on the border. | ARMMIL>AZEMIL:190 AZEMIL>ARMMIL:190",
            "Indian and Chinese troops fought in the Galwan Valley. | INDMIL>CHNMIL:190 CHNMIL>INDMIL:190",
            "Israel and Hamas exchanged fire on Sunday. | ISR>PSEREB:190 PSEREB>ISR:190",
            // a ceasefire breached by both is theirs together
            "Armenia and Azerbaijan breached the humanitarian ceasefire within hours. | ARM>AZE:196 AZE>ARM:196",
    })
    void jointForceIsNoFightBetweenItsSides(String text, String expected) {
        assertThat(events(text)).containsExactlyInAnyOrder(expectedEvents(expected));
    }
}
