package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X did A to Y, and Y did B": a second clause after ", and" (or ", but") whose subject the first clause acted on, and
 * whose act names no target of its own, answers the first clause's doer. Not when the replier was not named in the
 * first clause, not without the comma, not for blows, passives or pledges. Session 26 (second26), after tune11 w-024.
 */
class RepliesAfterAndTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mexico agreed on Monday to deploy troops to its border with the United States, and Washington paused its planned tariffs for a month.|USAGOV>MEX:085",
        "Canada agreed to extradite the suspect to the United States, and Washington lifted its sanctions.|USAGOV>CAN:085",
        "Japan lifted its export curbs on South Korea, and Seoul eased its restrictions in return.|KORGOV>JPN:085",
        "Australia imposed tariffs on Chinese steel, and Beijing suspended imports of Australian coal.|CHNGOV>AUS:163",
        "The United States imposed tariffs on Chinese steel, and Beijing retaliated with sanctions.|CHNGOV>USA:163",
    })
    void theSideActedOnAnswersTheDoer(String text, String event) {
        assertThat(CodedActs.events(text)).contains(event);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the replier is not named in the first clause: no one it answers
        "Mexico agreed on Monday to deploy troops to its border, and Guatemala paused its planned tariffs for a month.",
        "Mexico sent troops to its border with Guatemala, and the United States paused its planned tariffs for a month.",
        // no comma: "and" may join two subjects of one verb, so it is not read as a new clause
        "Mexico agreed on Monday to deploy troops to its border with the United States and Washington paused its planned tariffs.",
        // a passive's agent after the verb, and a blow, reply to no one
        "Iran launched about 180 ballistic missiles at Israel on Tuesday, and Israel's military said most had been intercepted by its air defences.",
        // a pledge or intent that answers a blow is no promise to its doer
        "The Biden administration quadrupled tariffs on Chinese electric vehicles, and Beijing vowed to take 'all necessary measures' to defend its interests.",
    })
    void noReplyIsRead(String text) {
        assertThat(CodedActs.events(text)).noneMatch(e -> e.startsWith("GTM>") || e.startsWith("USAGOV>MEX")
                || e.startsWith("USA>MEX") || e.startsWith("ISRMIL>") || e.startsWith("CHNGOV>USAGOV:03"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The EU imposed sanctions on China over the detention of Uyghurs, and Beijing retaliated with sanctions on European lawmakers.|CHNGOV>IGOEUREECLEG:163",
        "Beijing imposed sanctions on European lawmakers.|CHNGOV>IGOEUREECLEG:163",
    })
    void europeanLawmakersAreTheParliament(String text, String event) {
        // a reply that names its own target keeps it; "European lawmakers" are the European Parliament's members
        assertThat(CodedActs.events(text)).contains(event).doesNotContain("CHNGOV>IGOEUREEC:163");
    }
}
