package org.touchstone.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.touchstone.core.Actor;

class ActorCodebookTest {
    private static final ActorCodebook CODEBOOK = ActorCodebook.standard();
    private static final String HEADER = "code\tkind\tname\tiso2\tiso3\tcow\tnotes\n";

    @Test
    void findsEntriesOfEveryKind() {
        ActorCodeEntry usa = CODEBOOK.find("USA").orElseThrow();
        assertThat(usa.kind()).isEqualTo(ActorCodeKind.COUNTRY);
        assertThat(usa.name()).isEqualTo("United States");
        assertThat(usa.iso2()).isEqualTo("US");
        assertThat(usa.cow()).isEqualTo(2);
        assertThat(CODEBOOK.find("MEA").orElseThrow().kind()).isEqualTo(ActorCodeKind.REGION);
        assertThat(CODEBOOK.find("WSB").orElseThrow().kind()).isEqualTo(ActorCodeKind.DOMESTIC_REGION);
        assertThat(CODEBOOK.find("NAT").orElseThrow().name()).contains("NATO");
        assertThat(CODEBOOK.find("GOV").orElseThrow().kind()).isEqualTo(ActorCodeKind.SECTOR);
        assertThat(CODEBOOK.find("IGO").orElseThrow().kind()).isEqualTo(ActorCodeKind.SECTOR);
        assertThat(CODEBOOK.find("KUR").orElseThrow().kind()).isEqualTo(ActorCodeKind.ETHNIC);
        assertThat(CODEBOOK.find("kur").orElseThrow().kind()).isEqualTo(ActorCodeKind.ETHNIC);
        assertThat(CODEBOOK.find("SUN").orElseThrow().kind()).isEqualTo(ActorCodeKind.RELIGION);
        assertThat(CODEBOOK.find("XYZ")).isEmpty();
        assertThat(CODEBOOK.find("usa")).as("codes are case-sensitive").isEmpty();
        assertThat(ActorCodebook.standard()).isSameAs(CODEBOOK);
    }

    @Test
    void countriesIncludeCameoSpecialAndHistoricalCodes() {
        assertThat(CODEBOOK.isCountry("ROM")).isTrue();
        assertThat(CODEBOOK.isCountry("USR")).isTrue();
        assertThat(CODEBOOK.isCountry("GOV")).isFalse();
        assertThat(CODEBOOK.isCountry(null)).isFalse();
        assertThat(CODEBOOK.countries()).extracting(ActorCodeEntry::code)
                .contains("USA", "CHN", "RUS", "PSE", "TWN", "TMP", "YUG", "GME", "GMW")
                .doesNotContain("AFR", "IGO", "KSV");
        assertThat(CODEBOOK.countries()).allSatisfy(c -> assertThat(c.isCountry()).isTrue());
    }

    @Test
    void mapsBetweenIsoCameoAndCow() {
        assertThat(CODEBOOK.countryByIso2("RO").orElseThrow().code()).isEqualTo("ROM");
        assertThat(CODEBOOK.countryByIso2("tl").orElseThrow().code()).isEqualTo("TMP");
        assertThat(CODEBOOK.countryByIso3("ROU").orElseThrow().code()).isEqualTo("ROM");
        assertThat(CODEBOOK.countryByIso3("MNE").orElseThrow().code()).isEqualTo("MTN");
        assertThat(CODEBOOK.countryByIso3("USA").orElseThrow().iso2()).isEqualTo("US");
        assertThat(CODEBOOK.countryByIso2("SU").orElseThrow().code()).isEqualTo("USR");
        assertThat(CODEBOOK.countryByIso2("XX")).isEmpty();
        assertThat(CODEBOOK.countriesByCow(2)).extracting(ActorCodeEntry::code).containsExactly("USA");
        assertThat(CODEBOOK.countriesByCow(365)).extracting(ActorCodeEntry::code).containsExactly("RUS", "USR");
        assertThat(CODEBOOK.countriesByCow(260)).extracting(ActorCodeEntry::code).containsExactly("GMW");
        assertThat(CODEBOOK.countriesByCow(9999)).isEmpty();
    }

    @Test
    void parsesCountryAndRole() {
        ActorCode code = CODEBOOK.parse("USAGOV");
        assertThat(code.country()).isEqualTo("USA");
        assertThat(code.primarySector()).isEqualTo("GOV");
        assertThat(code.parts()).containsExactly(
                new ActorCode.Part("USA", ActorCodeKind.COUNTRY), new ActorCode.Part("GOV", ActorCodeKind.SECTOR));

        ActorCode opposition = CODEBOOK.parse("RUSOPP");
        assertThat(opposition.country()).isEqualTo("RUS");
        assertThat(opposition.primarySector()).isEqualTo("OPP");
    }

    @Test
    void parsesSeveralRolesInOrder() {
        ActorCode code = CODEBOOK.parse("CHNMILGOV");
        assertThat(code.country()).isEqualTo("CHN");
        assertThat(code.primarySector()).isEqualTo("MIL");
        assertThat(code.sectors()).containsExactly("MIL", "GOV");
    }

    @Test
    void parsesInternationalOrganizations() {
        ActorCode un = CODEBOOK.parse("IGOUNO");
        assertThat(un.country()).isNull();
        assertThat(un.primarySector()).isEqualTo("IGO");
        assertThat(un.organizations()).containsExactly("UNO");

        ActorCode who = CODEBOOK.parse("IGOUNOHLHWHO");
        assertThat(who.sectors()).containsExactly("IGO", "HLH");
        assertThat(who.organizations()).containsExactly("UNO", "WHO");

        ActorCode nato = CODEBOOK.parse("IGOWSTNAT");
        assertThat(nato.region()).isEqualTo("WST");
        assertThat(nato.organizations()).containsExactly("NAT");

        // A country after an international type is the actor's home country.
        assertThat(CODEBOOK.parse("MNCUSA").country()).isEqualTo("USA");
    }

    @Test
    void parsesRegionsEthnicGroupsReligionsAndUnknownParts() {
        ActorCode westBank = CODEBOOK.parse("PSEWSB");
        assertThat(westBank.country()).isEqualTo("PSE");
        assertThat(westBank.domesticRegion()).isEqualTo("WSB");

        ActorCode africa = CODEBOOK.parse("AFR");
        assertThat(africa.country()).isNull();
        assertThat(africa.region()).isEqualTo("AFR");

        ActorCode separatists = CODEBOOK.parse("catSEP");
        assertThat(separatists.ethnicGroups()).containsExactly("cat");
        assertThat(separatists.primarySector()).isEqualTo("SEP");
        // A lower-case part is an ethnic code even when the table does not list it.
        assertThat(CODEBOOK.parse("qqqGOV").ethnicGroups()).containsExactly("qqq");

        ActorCode sunni = CODEBOOK.parse("LBNMOSSUN");
        assertThat(sunni.religions()).containsExactly("MOS", "SUN");
        assertThat(sunni.primarySector()).isNull();

        ActorCode taliban = CODEBOOK.parse("AFGINSTAL");
        assertThat(taliban.primarySector()).isEqualTo("INS");
        assertThat(taliban.unknownParts()).containsExactly("TAL");
        assertThat(taliban.parts().get(2).kind()).isNull();
    }

    @Test
    void partyIsNeverThePrimarySector() {
        assertThat(CODEBOOK.parse("GOVPTY").primarySector()).isEqualTo("GOV");
        assertThat(CODEBOOK.parse("PTY").primarySector()).isNull();
        assertThat(CODEBOOK.parse("PTY").sectors()).containsExactly("PTY");
    }

    @Test
    void parseRejectsTextThatIsNotAnActorCode() {
        for (String bad : new String[] {"", "US", "USAG", "USA GOV", "USA123", "ÄÖÜ"}) {
            assertThatThrownBy(() -> CODEBOOK.parse(bad))
                    .as("'%s'", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a CAMEO actor code");
        }
        assertThatThrownBy(() -> CODEBOOK.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsedCodeBecomesAnEventActor() {
        Actor actor = CODEBOOK.parse("CHNMILGOV").toActor("Chinese defence ministry");
        assertThat(actor).isEqualTo(new Actor("CHNMILGOV", "Chinese defence ministry", "CHN", "MIL"));
    }

    @Test
    void malformedTablesFailWithSourceLineAndReason() {
        assertMalformed("code\tkind\tname\n", 1, "expected the header");
        assertMalformed(HEADER + "USA\tcountry\tUnited States\tUS\tUSA\t2\n", 2, "expected 7 tab-separated columns");
        assertMalformed(HEADER + "USA\tstate\tUnited States\tUS\tUSA\t2\t-\n", 2, "kind must be one of");
        assertMalformed(HEADER + "US\tcountry\tUnited States\tUS\tUSA\t2\t-\n", 2, "'US' is not a three-letter");
        assertMalformed(HEADER + "usa\tcountry\tUnited States\tUS\tUSA\t2\t-\n", 2, "lower case only for ethnic");
        assertMalformed(HEADER + "GOV\tsector\tGovernment\tUS\t-\t-\t-\n", 2, "for countries only");
        assertMalformed(HEADER + "USA\tcountry\tUnited States\tUSA\tUSA\t2\t-\n", 2, "iso2 must be two capital letters");
        assertMalformed(HEADER + "USA\tcountry\tUnited States\tUS\tUSA\ttwo\t-\n", 2, "cow must be a COW state number");
        assertMalformed(HEADER + "USA\tcountry\tUnited States\tUS\tUSA\t2\t-\n"
                + "USA\tcountry\tUnited States\tUS\tUSA\t2\t-\n", 3, "code USA appears twice (first on line 2");
        assertMalformed(HEADER + "USA\tcountry\tUnited States\tUS\tUSA\t2\t-\n"
                + "UMI\tcountry\tUS Minor Outlying Islands\tUS\tUMI\t-\t-\n", 3, "iso2 US appears twice");
    }

    private static void assertMalformed(String table, int line, String reason) {
        assertThatThrownBy(() -> ActorCodebook.read("broken.tsv", new StringReader(table)))
                .isInstanceOfSatisfying(CodebookFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("broken.tsv line " + line + ": ").contains(reason);
                });
    }
}
