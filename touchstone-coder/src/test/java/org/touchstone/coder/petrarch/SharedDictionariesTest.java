package org.touchstone.coder.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.touchstone.testing.SharedData;

/**
 * Every dictionary of the PETRARCH distribution in ../shared/data, parsed in place: counts, entries
 * checked by hand against the files, and the complete list of rejections, each one justified.
 */
class SharedDictionariesTest {

    private static Path dict(String name) {
        return SharedData.file("petrarch2/dictionaries/" + name);
    }

    private static List<Integer> lines(List<DictionaryProblem> problems) {
        return problems.stream().map(DictionaryProblem::line).toList();
    }

    @Test
    void cameoVerbs() throws IOException {
        VerbDictionary verbs = VerbDictionaryParser.parse(dict("CAMEO.2.0.txt"));

        assertThat(verbs.dialect()).isEqualTo(VerbDialect.PETRARCH2);
        assertThat(verbs.rejected()).isEmpty();
        assertThat(verbs.synsets()).hasSize(40);
        assertThat(verbs.blocks()).hasSize(397);
        assertThat(verbs.verbCount()).isEqualTo(1817);
        assertThat(verbs.patternCount()).isEqualTo(4668);
        assertThat(verbs.transformations()).hasSize(8);
        // two patterns name synsets the file never defines (PETRARCH skips them)
        assertThat(verbs.warnings()).extracting(DictionaryProblem::line).containsExactly(8443, 8444);

        Synset auxiliary = verbs.synsets().get(0);
        assertThat(auxiliary.name()).isEqualTo("&AUXVERB1_");
        assertThat(auxiliary.noPlurals()).isTrue();
        assertThat(auxiliary.referenceName()).isEqualTo("&AUXVERB1");
        assertThat(auxiliary.members()).extracting(Synset.Member::phrase).containsExactly("WAS", "WERE", "BEEN");

        VerbBlock accelerate = verbs.blocks().get(0);
        assertThat(accelerate.name()).isEqualTo("ACCELERATE");
        assertThat(accelerate.line()).isEqualTo(709);
        assertThat(accelerate.code().isNull()).isTrue();
        assertThat(accelerate.verbs()).extracting(VerbForm::word)
                .containsExactly("ACCELERATE", "EXPEDITE", "HASTEN", "HURRY", "QUICKEN", "RACE", "RUSH", "SPEED");
        assertThat(accelerate.verbs().get(3).forms()).containsExactly("HURRIES", "HURRYING", "HURRIED");
        assertThat(accelerate.verbs().get(0).forms()).isNull();
        VerbPattern first = accelerate.patterns().get(0);
        assertThat(first.text()).isEqualTo("* (TO)");
        assertThat(first.code()).isEqualTo(new VerbCode("042:043", "042", "043"));
        assertThat(accelerate.patterns().get(3).afterTokens()).containsExactly("{RELIEF", "ASSISTANCE}");
        assertThat(accelerate.patterns().get(9).before()).isEqualTo("&MILITARY");

        VerbBlock anger = verbs.blocks().stream().filter(block -> block.name().equals("ANGER")).findFirst().orElseThrow();
        assertThat(anger.verbs().get(0)).satisfies(verb -> {
            assertThat(verb.word()).isEqualTo("+ANGERED_BY");
            assertThat(verb.forms()).isEmpty();
            assertThat(verb.isMultiWord()).isTrue();
        });
        assertThat(verbs.transformations().get(0)).isEqualTo(
                new VerbTransformation("a (a b ATTACK) SAY", "a b 015", 9178));
    }

    @Test
    void validationVerbs() throws IOException {
        VerbDictionary verbs = VerbDictionaryParser.parse(dict("PETR.Validate.verbs.txt"));

        assertThat(verbs.dialect()).isEqualTo(VerbDialect.PETRARCH1);
        assertThat(verbs.rejected()).isEmpty();
        assertThat(verbs.synsets()).hasSize(17);
        assertThat(verbs.blocks()).hasSize(261);
        assertThat(verbs.verbCount()).isEqualTo(269);
        assertThat(verbs.patternCount()).isEqualTo(474);
        // DELAY's header carries two codes; LASH OUT and RULE OUT are written with a blank
        assertThat(lines(verbs.warnings())).containsExactly(447, 688, 1025);

        VerbBlock abandon = verbs.blocks().get(0);
        assertThat(abandon.name()).isEqualTo("ABANDON");
        assertThat(abandon.code().primary()).isEqualTo("345");
        assertThat(abandon.verbs()).extracting(VerbForm::word, verb -> verb.code() == null ? null : verb.code().raw())
                .containsExactly(tuple("ABANDON", null), tuple("+ABC_DEF_GHI", null), tuple("KLM_NOP_+RST", "002"),
                        tuple("+ABC_AARDVARK_ADVOCATE", "003"));
        assertThat(abandon.patterns().get(0).after()).isEqualTo("NEW_&TIETYPES_RELATIONS");
        assertThat(abandon.patterns().get(0).code().primary()).isEqualTo("903");

        Synset accord = verbs.synsets().stream().filter(s -> s.name().equals("&ACCORDSYN")).findFirst().orElseThrow();
        assertThat(accord.members()).extracting(Synset.Member::phrase)
                .containsExactly("&TIETYPES", "CLOSER", "NEARER", "&CURRENCY");
        // "--- TROUBLED [---] # NOUN ---": the comment swallows the closing dashes
        assertThat(verbs.blocks()).anySatisfy(block -> assertThat(block.name()).isEqualTo("TROUBLED"));
        // "[###]" is a code, not a comment
        assertThat(verbs.blocks().stream().flatMap(block -> block.patterns().stream())
                .filter(pattern -> pattern.line() == 992)).singleElement()
                .satisfies(pattern -> assertThat(pattern.code().raw()).isEqualTo("###"));
    }

    @Test
    void countryActors() throws IOException {
        ActorDictionary actors = ActorDictionaryParser.parse(dict("Phoenix.Countries.actors.txt"));

        assertThat(actors.entries()).hasSize(18352);
        assertThat(actors.phraseCount()).isEqualTo(25911);
        // justified: impossible dates (9008223, 201005011, 1920030320 x2, 1920050709), a range that ends
        // before it starts (20121207-20120802), dates without < > or a range (20121204, 19820101), and two
        // departments the file leaves without a code ("Open for suggestions on a better code")
        assertThat(lines(actors.rejected()))
                .containsExactly(2039, 14190, 18010, 22508, 22519, 31715, 43613, 50802, 50839, 51384);
        assertThat(actors.warnings()).hasSize(36).allSatisfy(warning ->
                assertThat(warning.reason()).contains("read as its synonym"));

        ActorEntry afghanistan = actors.entries().get(0);
        assertThat(afghanistan.name()).isEqualTo("AFGHANISTAN_");
        assertThat(afghanistan.line()).isEqualTo(45);
        assertThat(afghanistan.codes()).containsExactly(new ActorCode("AFG", null, 45));
        assertThat(afghanistan.synonyms().get(0).phrase()).isEqualTo("AFGHAN_");

        ActorEntry king = byName(actors, "MOHAMMAD_ZAHIR_SHAH_");
        assertThat(king.codes()).containsExactly(
                new ActorCode("AFGELI", new DateRestriction(DateRestriction.Kind.BETWEEN,
                        LocalDate.of(1932, 1, 1), LocalDate.of(1933, 11, 8)), 106),
                new ActorCode("AFGGOV", new DateRestriction(DateRestriction.Kind.BETWEEN,
                        LocalDate.of(1933, 11, 8), LocalDate.of(1973, 7, 17)), 107),
                new ActorCode("AFGELI", new DateRestriction(DateRestriction.Kind.BETWEEN,
                        LocalDate.of(1973, 7, 17), LocalDate.of(2007, 7, 23)), 108));
        ActorEntry brezhnev = byName(actors, "LEONID_BREZHNEV_");
        assertThat(brezhnev.synonyms()).extracting(ActorEntry.ActorSynonym::phrase)
                .contains("LEONID_ILYICH_BREZHNEV", "COMMUNIST_LEADER_LEONID_BREZHNEV");
        assertThat(brezhnev.codes()).extracting(ActorCode::code).containsExactly("RUSELI", "RUSGOV", "RUSGOV");
    }

    @Test
    void internationalAndNonStateActors() throws IOException {
        ActorDictionary international = ActorDictionaryParser.parse(dict("Phoenix.International.actors.txt"));
        assertThat(international.entries()).hasSize(7838);
        // justified: U.N._ has no code, a 7-digit date, "JOHN_J MCCLOY_" whose synonym lost its '+',
        // and a stray "Source: MNC.MLH.actors" heading
        assertThat(lines(international.rejected())).containsExactly(22, 40, 266, 3694);
        ActorEntry pascoe = byName(international, "B._LYNN_PASCOE_");
        assertThat(pascoe.codes()).extracting(ActorCode::code).containsExactly("USAGOV", "USAGOV", "IGOUNO");
        assertThat(pascoe.codes().get(2).restriction())
                .isEqualTo(new DateRestriction(DateRestriction.Kind.AFTER, LocalDate.of(2007, 2, 1), null));

        ActorDictionary nonState = ActorDictionaryParser.parse(dict("Phoenix.MilNonState.actors.txt"));
        assertThat(nonState.entries()).hasSize(1021);
        assertThat(nonState.phraseCount()).isEqualTo(1793);
        assertThat(nonState.rejected()).isEmpty();
    }

    @Test
    void validationActors() throws IOException {
        ActorDictionary actors = ActorDictionaryParser.parse(dict("PETR.Validate.actors.txt"));

        assertThat(actors.rejected()).isEmpty();
        assertThat(actors.warnings()).isEmpty();
        assertThat(actors.entries()).hasSize(128);
        ActorEntry gollum = byName(actors, "GOLLUM");
        assertThat(gollum.synonyms()).extracting(ActorEntry.ActorSynonym::phrase)
                .containsExactly("SMEAGOL", "SLINKER", "STINKER");
        assertThat(gollum.codes()).extracting(ActorCode::code, ActorCode::restriction).containsExactly(
                tuple("HOB", new DateRestriction(DateRestriction.Kind.BEFORE, null, LocalDate.of(1995, 6, 1))),
                tuple("HOBGOV", new DateRestriction(DateRestriction.Kind.BETWEEN, LocalDate.of(1995, 6, 1),
                        LocalDate.of(1999, 8, 15))),
                tuple("HOBREB", new DateRestriction(DateRestriction.Kind.AFTER, LocalDate.of(1999, 8, 16), null)));
        assertThat(byName(actors, "ENT").codes()).extracting(ActorCode::code).containsExactly("ENT");
        assertThat(byName(actors, "LORIEN").codes().get(0).alternatives()).containsExactly("ELR", "GAL");
        assertThat(byName(actors, "INTERNATIONAL_CRIMINAL_POLICE_ORGANIZATION_").codes())
                .extracting(ActorCode::code).containsExactly("IGOCOPITP");
    }

    @Test
    void agents() throws IOException {
        AgentDictionary phoenix = AgentDictionaryParser.parse(dict("Phoenix.agents.txt"));
        assertThat(phoenix.entries()).hasSize(2243);
        // justified: "[~ENV}" closes with a brace, ISLAMIC_EXTREMIST has no code
        assertThat(lines(phoenix.rejected())).containsExactly(544, 1927);
        assertThat(lines(phoenix.warnings())).containsExactly(904, 925, 930, 1041, 1065, 1069);

        AgentDictionary validation = AgentDictionaryParser.parse(dict("PETR.Validate.agents.txt"));
        assertThat(validation.rejected()).isEmpty();
        assertThat(validation.entries()).hasSize(88);
        assertThat(validation.substitutions()).extracting(AgentDictionary.SubstitutionSet::marker)
                .containsExactly("PERSON", "MINST");
        assertThat(validation.substitutions().get(0).values()).containsExactly("MAN", "MEN", "WOMAN", "WOMEN", "PERSON");
        assertThat(validation.entries()).contains(
                new AgentEntry("ATTORNEY_GENERAL", "ATTORNEYS_GENERAL", "GOV", AgentEntry.Placement.AFTER_ACTOR_CODE, 14),
                new AgentEntry("PARLIAMENTARY_OPPOSITION", "", "OPP", AgentEntry.Placement.AFTER_ACTOR_CODE, 8),
                new AgentEntry("AMBASSADOR", null, "GOV", AgentEntry.Placement.AFTER_ACTOR_CODE, 9),
                new AgentEntry("HUMAN_RIGHTS_BODY", null, "NGO", AgentEntry.Placement.BEFORE_ACTOR_CODE, 47),
                new AgentEntry("CONGRESS!PERSON!", null, "LEG", AgentEntry.Placement.AFTER_ACTOR_CODE, 19));
        assertThat(validation.entries()).anySatisfy(entry -> {
            assertThat(entry.phrase()).isEqualTo("POLICE");
            assertThat(entry.plural()).isEmpty();
            assertThat(entry.code()).isEqualTo("COP");
        });
    }

    @Test
    void discardsAndIssues() throws IOException {
        DiscardList phoenix = DiscardListParser.parse(dict("Phoenix.discards.txt"));
        assertThat(phoenix.rejected()).isEmpty();
        assertThat(phoenix.entries()).hasSize(506);
        assertThat(phoenix.entries().stream().filter(DiscardEntry::wholeStory)).hasSize(64);

        DiscardList validation = DiscardListParser.parse(dict("PETR.Validate.discards.txt"));
        assertThat(validation.entries()).extracting(DiscardEntry::phrase, DiscardEntry::wholeStory).containsExactly(
                tuple("MONTHS LATER", false), tuple("YEARS LATER", false), tuple("World Golf Championships", true),
                tuple("Manchester United", true), tuple("AFRICAN NATIONS CUP", false), tuple("BALLCLUB", false),
                tuple("BASEBALL", false), tuple("TYPHOON", true), tuple("ESPN2", true));

        IssueDictionary issues = IssueDictionaryParser.parse(dict("Phoenix.IssueCoding.txt"));
        assertThat(issues.entries()).hasSize(3159);
        // justified: phrases written without a code, which PETRARCH skips as well
        assertThat(lines(issues.rejected()))
                .containsExactly(141, 142, 143, 144, 145, 146, 147, 1040, 1183, 1219, 1220, 1221, 2250);
        // two lines hold two entries each (a lost line break), one a doubled code, one trailing stars
        assertThat(lines(issues.warnings())).containsExactly(1198, 2521, 2889, 3053);
        assertThat(issues.entries().stream().filter(entry -> entry.line() == 1198))
                .extracting(IssueEntry::phrase).containsExactly("intimidation of press", "intimidation of the media");
        assertThat(issues.entries().get(0)).isEqualTo(new IssueEntry("EDUCATION", "n:preschool",
                "EARLY_CHILDHOOD_EDUCATION", IssueEntry.Kind.ISSUE, 6));
        assertThat(issues.entries()).contains(new IssueEntry("EDUCATION", "a head start", null,
                IssueEntry.Kind.EXCLUDE_IN_SENTENCE, 14));
        assertThat(issues.entries().stream().filter(entry -> entry.kind() == IssueEntry.Kind.EXCLUDE_IN_STORY))
                .isNotEmpty();
    }

    @Test
    void detectsTheSharedDirectory() {
        Path dir = dict("CAMEO.2.0.txt").getParent();

        assertThat(DictionaryFormat.detect(dir)).isEqualTo(DictionaryFormat.PETRARCH2);
        DictionaryFiles operational = DictionaryFiles.locate(dir, DictionaryFormat.PETRARCH2);
        assertThat(operational.verbs().getFileName()).hasToString("CAMEO.2.0.txt");
        assertThat(operational.actors()).extracting(path -> path.getFileName().toString()).containsExactly(
                "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
        assertThat(operational.agents().getFileName()).hasToString("Phoenix.agents.txt");
        assertThat(operational.discards().getFileName()).hasToString("Phoenix.discards.txt");
        assertThat(operational.issues().getFileName()).hasToString("Phoenix.IssueCoding.txt");
        DictionaryFiles validation = DictionaryFiles.locate(dir, DictionaryFormat.PETRARCH1);
        assertThat(validation.verbs().getFileName()).hasToString("PETR.Validate.verbs.txt");
        assertThat(validation.actors()).extracting(path -> path.getFileName().toString())
                .containsExactly("PETR.Validate.actors.txt");
    }

    private static ActorEntry byName(ActorDictionary dictionary, String name) {
        return dictionary.entries().stream().filter(entry -> entry.name().equals(name)).findFirst().orElseThrow();
    }
}
