package org.touchstone.coder.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.touchstone.coder.CoderTestSupport.events;

import org.junit.jupiter.api.Test;

/**
 * Session 21 (intent21): a speaker's stated future act is its intent (03x by the act, R8/R9), also when an aspect verb
 * stands between the modal and the act, and when a second announced course after "but / though / although" opens with a
 * pronoun. Constructed sentences in wire style, never gold or tuning sentences, with near misses that must code otherwise.
 */
class AnnouncedCoursesTest {
    @Test
    void anActKeptUpUnderAModalIsIntended() {
        // "would keep buying": the aspect verb belongs to the modal's verb group, so the purchase is announced (0311)
        assertThat(events("Turkey said it would keep buying Iranian gas.")).containsExactly("TUR>IRN:0311");
        assertThat(events("Seoul said it would keep supplying ammunition to Poland.")).containsExactly("KORGOV>POL:0332");
        assertThat(events("Japan will keep providing humanitarian aid to Ukraine, the foreign minister said."))
                .containsExactly("JPN>UKR:0333");
        // refused under the same modal: the refusal of the purchase
        assertThat(events("Turkey said it would not keep buying Iranian gas.")).containsExactly("TUR>IRN:1211");
    }

    @Test
    void anActKeptUpWithoutAModalStaysTheDeed() {
        assertThat(events("Turkey kept buying Iranian gas despite the sanctions.")).containsExactly("TUR>IRN:061");
        assertThat(events("Russian forces kept shelling Kharkiv.")).containsExactly("RUSMIL>UKR:194");
    }

    @Test
    void aPronounOpeningAContrastedCourseIsTheSubjectOfTheCourseBefore() {
        assertThat(events("Israel said it would not supply weapons to Ukraine, but it would send humanitarian aid to Moldova."))
                .containsExactly("ISR>UKR:1222", "ISR>MDA:0333");
        assertThat(events("Austria said it would not send troops to Kosovo, though it was ready to send police officers to Bosnia."))
                .containsExactly("AUT>KSV:1224", "AUT>BIH:0334");
        assertThat(events("Hungary said it would not supply weapons to Ukraine, although it was prepared to send humanitarian aid to Moldova."))
                .containsExactly("HUN>UKR:1222", "HUN>MDA:0333");
        assertThat(events("Brazil will not sell ammunition to Germany, but it will buy tanks from Italy, the defence minister said."))
                .containsExactly("BRA>DEU:1212", "BRA>ITA:0312");
    }

    @Test
    void aPronounAfterButBeforeADeedIsNotTheCourseSubject() {
        // a deed after "but" may be the other side's ("it" = Ukraine): no source
        assertThat(events("Russia attacked Ukraine, but it repelled the assault.")).containsExactly("RUS>UKR:190");
        // an announced refusal, then a deed reported done: the deed is not read as the speaker's course
        assertThat(events("Israel would not supply weapons to Ukraine, but it had sent helmets to Moldova."))
                .containsExactly("ISR>UKR:1222");
    }

    @Test
    void aMeetingNamedAsANounAndAnnouncedForLaterIsIntended() {
        // the talks are the subject of a future clause: each side intends to meet the other (036), none was held (046)
        assertThat(events("Talks between Serbia and Kosovo will take place in Brussels next week, the EU said."))
                .containsExactlyInAnyOrder("SRB>KSV:036", "KSV>SRB:036");
        assertThat(events("Talks between Ethiopia and Egypt are scheduled to resume in Cairo next month."))
                .containsExactlyInAnyOrder("ETH>EGY:036", "EGY>ETH:036");
    }

    @Test
    void aMeetingHeldOrSaidNotToTakePlaceIsNoIntent() {
        assertThat(events("Talks between Serbia and Kosovo took place in Brussels on Monday."))
                .containsExactlyInAnyOrder("SRB>KSV:046", "KSV>SRB:046");
        // a future clause inside a relative clause is not the talks' own predicate
        assertThat(events("Talks between Serbia and Kosovo, which will resume next week, ended without a deal."))
                .containsExactlyInAnyOrder("SRB>KSV:046", "KSV>SRB:046");
        // said not to be going to take place: no meeting held, none intended
        assertThat(events("Talks between Serbia and Kosovo would not take place this month, the EU said.")).isEmpty();
    }
}
