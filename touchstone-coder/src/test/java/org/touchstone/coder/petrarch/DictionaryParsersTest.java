package org.touchstone.coder.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsers on small files written here: each quirk, and malformed entries reported by line. */
class DictionaryParsersTest {

    @Test
    void actorsWithCommentsDatesAndBadEntries() {
        List<String> lines = List.of(
                "<!-- header",                          // 1
                "# inside the comment -->",             // 2
                "ARNOR_  [ARN] # pas",                  // 3
                "+ARNORIAN",                            // 4
                "\t[ARNGOV 950101-991231]",            // 5
                "\t[ARNMIL <19991231] [ARNREB >000101]", // 6
                "[XYZ]",                                // 7 (belongs to ARNOR_)
                "GONDOR",                               // 8
                "\t[GON 951301-991231]",                // 9  bad month
                "\t[GON 991231-950101]",                // 10 inverted
                "\t[GON 9501011-991231]",               // 11 7 digits
                "ROHAN [ROH",                           // 12 unclosed
                "MORDOR",                               // 13 joins the uncoded ROHAN just above
                "",                                     // 14
                "ISENGARD [ISE 20000101]");             // 15 bare date
        ActorDictionary actors = ActorDictionaryParser.parse("test.actors.txt", lines);

        assertThat(actors.entries()).extracting(ActorEntry::name).containsExactly("ARNOR_");
        ActorEntry arnor = actors.entries().get(0);
        assertThat(arnor.synonyms()).extracting(ActorEntry.ActorSynonym::phrase).containsExactly("ARNORIAN");
        assertThat(arnor.codes()).extracting(ActorCode::code, ActorCode::restriction, ActorCode::line).containsExactly(
                tuple("ARN", null, 3),
                tuple("ARNGOV", new DateRestriction(DateRestriction.Kind.BETWEEN, LocalDate.of(1995, 1, 1),
                        LocalDate.of(1999, 12, 31)), 5),
                tuple("ARNMIL", new DateRestriction(DateRestriction.Kind.BEFORE, null, LocalDate.of(1999, 12, 31)), 6),
                tuple("ARNREB", new DateRestriction(DateRestriction.Kind.AFTER, LocalDate.of(2000, 1, 1), null), 6),
                tuple("XYZ", null, 7));
        assertThat(actors.rejected()).extracting(DictionaryProblem::line, DictionaryProblem::reason).containsExactly(
                tuple(9, "code GON: date '951301' is not a calendar date"),
                tuple(10, "code GON: date range 991231-950101 ends before it starts"),
                tuple(11, "code GON: date '9501011' is neither YYMMDD nor YYYYMMDD"),
                tuple(8, "actor GONDOR has no usable code"),
                tuple(12, "code bracket '[' is not closed"),
                tuple(12, "actor ROHAN has no usable code"),
                tuple(15, "code ISE: date restriction '20000101' is none of <DATE, >DATE, DATE-DATE"),
                tuple(15, "actor ISENGARD has no usable code"));
        assertThat(actors.rejected().get(0).file()).isEqualTo("test.actors.txt");
    }

    @Test
    void consecutiveUncodedRootsShareTheCodesBelow() {
        ActorDictionary actors = ActorDictionaryParser.parse("a.txt", List.of(
                "LEONID_BREZHNEV_", "SECRETARY_BREZHNEV", "\t[RUSGOV 641014-821110]", "", "LONE_NAME", "", "OTHER [OTH]"));

        assertThat(actors.entries()).extracting(ActorEntry::name).containsExactly("LEONID_BREZHNEV_", "OTHER");
        assertThat(actors.entries().get(0).synonyms()).extracting(ActorEntry.ActorSynonym::phrase)
                .containsExactly("SECRETARY_BREZHNEV");
        assertThat(actors.warnings()).extracting(DictionaryProblem::line).containsExactly(2);
        assertThat(actors.rejected()).extracting(DictionaryProblem::line).containsExactly(5);
    }

    @Test
    void agentsWithPluralsMarkersAndErrors() {
        AgentDictionary agents = AgentDictionaryParser.parse("test.agents.txt", List.of(
                "!PERSON! = MAN, MEN , WOMAN",          // 1
                "CONGRESS!PERSON! [~LEG]",              // 2
                "POLICE {} [ ~COP]",                    // 3
                "GOOSE {GEESE} [~GGS] # note",          // 4
                "RIGHTS_BODY  [  NGO~]",                // 5
                "NO_CODE",                              // 6
                "BROKEN [~ENV}",                        // 7
                "HALF {PLURAL [~GOV]",                  // 8
                "NO_TILDE [GOV]",                       // 9
                "!UNKNOWN!_MAN [~GOV]"));               // 10

        assertThat(agents.substitutions()).singleElement().satisfies(set -> {
            assertThat(set.marker()).isEqualTo("PERSON");
            assertThat(set.values()).containsExactly("MAN", "MEN", "WOMAN");
        });
        assertThat(agents.entries()).containsExactly(
                new AgentEntry("CONGRESS!PERSON!", null, "LEG", AgentEntry.Placement.AFTER_ACTOR_CODE, 2),
                new AgentEntry("POLICE", "", "COP", AgentEntry.Placement.AFTER_ACTOR_CODE, 3),
                new AgentEntry("GOOSE", "GEESE", "GGS", AgentEntry.Placement.AFTER_ACTOR_CODE, 4),
                new AgentEntry("RIGHTS_BODY", null, "NGO", AgentEntry.Placement.BEFORE_ACTOR_CODE, 5));
        assertThat(agents.rejected()).extracting(DictionaryProblem::line).containsExactly(6, 7, 8, 9, 10);
        assertThat(agents.rejected().get(4).reason()).isEqualTo("substitution marker !UNKNOWN! is not defined above");
    }

    @Test
    void tabariVerbsMakeOneBlockPerVerb() {
        List<String> lines = List.of(
                "- * ORPHAN [010]",                          // 1 before any verb
                "ABANDON  [---] ;OY 25 Jul 2003",            // 2
                "- SAID + MUST * POLICY  [100] ;ab 10 Jul 2003",
                "- + IN_ $ { WAS | WERE } *  [181]",
                "ABIDE  [---] ;shan   2/20/93",              // 5
                "- WOULD NOT *  [120]",
                "- NO VERB HERE [120]",                      // 7 no '*'
                "- * NO CODE",                               // 8
                "SPEED {SPEEDS SPED");                        // 9 unclosed brace
        VerbDictionary verbs = VerbDictionaryParser.parse("CAMEO.master.verbs", lines);

        assertThat(verbs.dialect()).isEqualTo(VerbDialect.TABARI);
        assertThat(verbs.blocks()).extracting(VerbBlock::name, block -> block.patterns().size())
                .containsExactly(tuple("ABANDON", 2), tuple("ABIDE", 1));
        assertThat(verbs.blocks().get(0).patterns().get(1).text()).isEqualTo("+ IN_ $ { WAS | WERE } *");
        assertThat(verbs.rejected()).extracting(DictionaryProblem::line, DictionaryProblem::reason).containsExactly(
                tuple(1, "pattern before any verb"),
                tuple(7, "pattern without '*' (the place of the verb)"),
                tuple(8, "pattern without [CODE]"),
                tuple(9, "verb line is not WORD {FORMS} [CODE] (unclosed or stray brace or bracket?)"));
    }

    @Test
    void petrarchVerbsWithSynsetsCodesAndTransformations() {
        List<String> lines = List.of(
                "####### SYNONYM SETS #######",
                "&CURRENCY",
                "+DOLLAR",
                "+CASH_",
                "####### VERB PATTERNS #######",
                "--- GRANT [070] ---",                         // 6
                "GIVE {GAVE GIVEN GIVING }  # jw  11/14/91",
                "+HAND_OVER [0313]",
                "- * &CURRENCY [903]",
                "- * (TO {BANNED PARTIES}) $ [:1722]",
                "- * &UNDEFINED [904]",
                "--- VISIT ---",                               // 12
                "LEFT [032:033]",
                "######## TRANSFORMATIONS ##########",
                "~ a (a b ATTACK) SAY = a b 015",
                "~ no equals sign");                           // 16
        VerbDictionary verbs = VerbDictionaryParser.parse("CAMEO.test.txt", lines);

        assertThat(verbs.dialect()).isEqualTo(VerbDialect.PETRARCH2);
        assertThat(verbs.synsets()).singleElement().satisfies(synset -> {
            assertThat(synset.noPlurals()).isFalse();
            assertThat(synset.members()).extracting(Synset.Member::phrase).containsExactly("DOLLAR", "CASH_");
        });
        VerbBlock grant = verbs.blocks().get(0);
        assertThat(grant.code().primary()).isEqualTo("070");
        assertThat(grant.verbs()).extracting(VerbForm::word).containsExactly("GIVE", "+HAND_OVER");
        assertThat(grant.verbs().get(0).forms()).containsExactly("GAVE", "GIVEN", "GIVING");
        assertThat(grant.verbs().get(1).code().primary()).isEqualTo("0313");
        assertThat(grant.patterns().get(1).code()).isEqualTo(new VerbCode(":1722", null, "1722"));
        VerbBlock visit = verbs.blocks().get(1);
        assertThat(visit.code()).isNull();
        assertThat(visit.verbs().get(0).code()).isEqualTo(new VerbCode("032:033", "032", "033"));
        assertThat(verbs.transformations()).singleElement().isEqualTo(
                new VerbTransformation("a (a b ATTACK) SAY", "a b 015", 15));
        assertThat(verbs.rejected()).extracting(DictionaryProblem::line).containsExactly(16);
        assertThat(verbs.warnings()).extracting(DictionaryProblem::line).containsExactly(11);
    }

    @Test
    void petrarchOneDialectWithoutPrepositionalGroups() {
        VerbDictionary verbs = VerbDictionaryParser.parse("PETR.test.verbs.txt", List.of(
                "--- ABANDON  [345]  ---", "ABANDON", "- * EFFORT  [987]", "VERB_OUTSIDE"));
        assertThat(verbs.dialect()).isEqualTo(VerbDialect.PETRARCH1);
        assertThat(VerbDictionaryParser.parse("x", List.of("ORPHAN", "--- B [010] ---")).rejected())
                .extracting(DictionaryProblem::reason).containsExactly("verb before any --- block --- header");
    }

    /** Found by fuzzing: a header holding a line separator (U+2028, U+0085) failed its own pattern and threw. */
    @Test
    void aBlockHeaderWithALineSeparatorInsideIsReadNotThrown() {
        VerbDictionary verbs = VerbDictionaryParser.parse("v.txt", List.of(
                "--- ABANDON\u2028 [345] ---", "ABANDON", "--- ABIDE\u0085 [010] ---", "ABIDE", "- * BY  [010]"));
        assertThat(verbs.blocks()).extracting(VerbBlock::name).containsExactly("ABANDON", "ABIDE\u0085");
        assertThat(verbs.rejected()).isEmpty();
    }

    @Test
    void discardsAndIssues() {
        DiscardList discards = DiscardListParser.parse("d.txt", List.of("+ASIAN GAMES # x", "BASEBALL_", "+", "1914"));
        assertThat(discards.entries()).containsExactly(new DiscardEntry("ASIAN GAMES", true, false, 1),
                new DiscardEntry("BASEBALL", false, true, 2), new DiscardEntry("1914", false, false, 4));
        assertThat(discards.rejected()).extracting(DictionaryProblem::line).containsExactly(3);

        IssueDictionary issues = IssueDictionaryParser.parse("i.txt", List.of(
                "<ISSUE CATEGORY=\"ENERGY\" TYPE=\"ALL\">", "n:oil n:field [OIL]", "~oil painting", "~~Oil of Olay",
                "no code here", "</ISSUE>", "outside [CODE]***"));
        assertThat(issues.entries()).containsExactly(
                new IssueEntry("ENERGY", "n:oil n:field", "OIL", IssueEntry.Kind.ISSUE, 2),
                new IssueEntry("ENERGY", "oil painting", null, IssueEntry.Kind.EXCLUDE_IN_SENTENCE, 3),
                new IssueEntry("ENERGY", "Oil of Olay", null, IssueEntry.Kind.EXCLUDE_IN_STORY, 4),
                new IssueEntry(null, "outside", "CODE", IssueEntry.Kind.ISSUE, 7));
        assertThat(issues.rejected()).extracting(DictionaryProblem::line).containsExactly(5);
        assertThat(issues.warnings()).extracting(DictionaryProblem::line).containsExactly(7);
    }

    /**
     * Found by fuzzing: the entry pattern was tried from every position of a line, in quadratic time
     * or worse, so one long line hung the parser (a regression hangs this test until surefire's fork
     * timeout fails the build; the fixed parser takes milliseconds).
     */
    @Test
    void aLongIssueLineWithoutCodeIsRejected() {
        IssueDictionary issues = IssueDictionaryParser.parse("i.txt", List.of("<ISSUE CATEGORY=\"ENERGY\">",
                "oil ".repeat(50_000), "a" + " ".repeat(50_000) + "[b", "n:oil [OIL] n:gas [GAS]", "</ISSUE>"));
        assertThat(issues.rejected()).extracting(DictionaryProblem::line, DictionaryProblem::reason)
                .containsExactly(tuple(2, "no [CODE] (PETRARCH skips such lines too)"), tuple(3, "not PHRASE [CODE]"));
        assertThat(issues.entries()).extracting(IssueEntry::phrase, IssueEntry::code)
                .containsExactly(tuple("n:oil", "OIL"), tuple("n:gas", "GAS"));
    }

    @Test
    void detectsTheFormatOfADirectory(@TempDir Path dir) throws IOException {
        Path validation = Files.createDirectory(dir.resolve("validation"));
        Files.writeString(validation.resolve("PETR.Validate.verbs.txt"), "--- ABANDON [345] ---\nABANDON\n");
        Files.writeString(validation.resolve("PETR.Validate.actors.txt"), "ARNOR [ARN]\n");
        assertThat(DictionaryFormat.detect(validation)).isEqualTo(DictionaryFormat.PETRARCH1);

        Path tabari = Files.createDirectory(dir.resolve("tabari"));
        Files.writeString(tabari.resolve("CAMEO.091003.master.verbs"), "ABANDON [---]\n- * EFFORT [987]\n");
        Files.writeString(tabari.resolve("Phoenix.actors"), "ARNOR [ARN]\n");
        assertThat(DictionaryFormat.detect(tabari)).isEqualTo(DictionaryFormat.TABARI);
        DictionaryFiles files = DictionaryFiles.locate(tabari, DictionaryFormat.TABARI);
        assertThat(files.verbs().getFileName()).hasToString("CAMEO.091003.master.verbs");
        assertThat(files.actors()).hasSize(1);

        Path petrarch2 = Files.createDirectory(dir.resolve("p2"));
        Files.writeString(petrarch2.resolve("CAMEO.2.0.txt"), "####### VERB PATTERNS #######\n--- A [010] ---\nA\n");
        assertThat(DictionaryFormat.detect(petrarch2)).isEqualTo(DictionaryFormat.PETRARCH2);

        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> DictionaryFormat.detect(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no PETRARCH or TABARI verb dictionary");
    }
}
