package org.touchstone.coder.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.coder.CoderTestSupport;
import org.touchstone.coder.dict.Dictionaries;
import org.touchstone.coder.text.Sentence;
import org.touchstone.coder.text.SentenceSplitter;
import org.touchstone.coder.text.Tokenizer;

/**
 * "it" and "them" as the object of a verb acting on a party, or after a noun of relations, take up the one state or body
 * named before them that is not their clause's subject (session 27, {@link StateObjectPronouns}); several candidates, a
 * thing's verb or a subject "it" leave the pronoun alone. Constructed wire-style sentences, not gold or tuning lines.
 */
class StateObjectPronounTest {
    private static final LocalDate DATE = LocalDate.of(2024, 5, 10);

    private static List<String> events(String text) {
        return CoderTestSupport.events(text, DATE);
    }

    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(Dictionaries.builtIn().actors());

    /** The mentions this rule resolved, as "words=CODE+CODE", after the recognizer and the object pronouns, as the coder runs them. */
    private static List<String> resolved(String text) {
        List<String> out = new ArrayList<>();
        for (Sentence s : new SentenceSplitter(new Tokenizer()).split(text)) {
            List<ActorMention> found = new ObjectPronouns().resolve(s, RECOGNIZER.recognize(s, DATE, new Coreference()));
            for (ActorMention m : new StateObjectPronouns().resolve(s, found)) {
                if (m.entries().contains("coreference:state-object")) {
                    out.add(s.text(m.start(), m.end()) + "=" + String.join("+", m.codes()));
                }
            }
        }
        return out;
    }

    @Test
    void itAfterAVerbActingOnAPartyIsTheOtherStateNamed() {
        assertThat(events("Turkey said Greece was arming islands near its coast and warned it to stop.")).contains("TUR>GRC:130");
        assertThat(events("The United States imposed sanctions on Venezuela and pressed it to hold free elections."))
                .contains("USA>VEN:0253");
    }

    @Test
    void itAfterANounOfRelationsIsTheOtherState() {
        assertThat(events("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar and closed their borders to it."))
                .contains("SAU>QAT:191", "ARE>QAT:191", "BHR>QAT:191", "EGY>QAT:191");
        assertThat(events("Poland accused Belarus of orchestrating the migrant crisis and closed its border with it."))
                .contains("POL>BLR:191");
    }

    @Test
    void themIsTheOneListOfStatesNamedBefore() {
        assertThat(resolved("The African Union said it had heard nothing from Mali, Burkina Faso or Niger and remained ready "
                + "to find a negotiated solution with them.")).containsExactly("them=MLI+BFA+NER");
    }

    @Test
    void theSubjectLeftOutIsThatOfThePronounsOwnVerb() {
        assertThat(resolved("North Korea launched a satellite and Japan urged it to stop.")).containsExactly("it=PRK");
        assertThat(events("Russia seized a Ukrainian patrol boat and Kyiv urged it to release the crew."))
                .contains("UKRGOV>RUS:0253");
    }

    @Test
    void twoCandidatesLeaveThePronounAlone() {
        assertThat(resolved("Russia said Finland had erred by joining NATO and warned it of countermeasures.")).isEmpty();
        assertThat(resolved("After Azerbaijan attacked Armenia, Russia urged it to halt the offensive.")).isEmpty();
        assertThat(resolved("The United States sold arms to Taiwan, and China warned it against further sales.")).isEmpty();
    }

    @Test
    void theEnvoyOneSummonsIsTheOtherStates() {
        assertThat(resolved("Japan protested to China over the detention and summoned its ambassador."))
                .containsExactly("ambassador=CHNGOV");
        assertThat(resolved("Ukraine criticised Hungary and summoned its ambassador to Budapest for consultations.")).isEmpty();
    }

    @Test
    void aThingOrASubjectItIsNoParty() {
        assertThat(resolved("Russia signed a grain deal with Turkey and later abandoned it.")).isEmpty();
        assertThat(resolved("Japan protested to China and warned it would respond.")).isEmpty();
        assertThat(resolved("Iran said it would retaliate against Israel.")).isEmpty();
    }
}
