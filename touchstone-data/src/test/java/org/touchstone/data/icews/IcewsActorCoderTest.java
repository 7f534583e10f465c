package org.touchstone.data.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.touchstone.core.Actor;

class IcewsActorCoderTest {

    private final IcewsActorCoder coder = IcewsActorCoder.withDefaultTables();

    @Test
    void countriesBecomeCameoCodes() {
        assertThat(coder.countryCode("China")).isEqualTo("CHN");
        assertThat(coder.countryCode("Russian Federation")).isEqualTo("RUS");
        assertThat(coder.countryCode("United States")).isEqualTo("USA");
        assertThat(coder.countryCode("Occupied Palestinian Territory")).isEqualTo("PSE");
        assertThat(coder.countryCode("the former Yugoslav Republic of Macedonia")).isEqualTo("MKD");
        assertThat(coder.countryCode("Moldova, Republic of")).isEqualTo("MDA");
        assertThat(coder.countryCode("Democratic Republic of Congo")).isEqualTo("COD");
        assertThat(coder.countryCode("Congo")).isEqualTo("COG");
        assertThat(coder.countryCode("Holy See")).isEqualTo("VAT");
        assertThat(coder.countryCode("Romania")).isEqualTo("ROM");
        assertThat(coder.countryCode("NA")).isNull();
        assertThat(coder.unmappedCountries()).isEmpty();
    }

    @Test
    void sectorListsBecomeRoleCodesMostSpecificFirst() {
        assertThat(coder.sectorCode("Executive,Foreign Ministry,Government")).isEqualTo("GOV");
        assertThat(coder.sectorCode("Military")).isEqualTo("MIL");
        assertThat(coder.sectorCode("Military,Government")).isEqualTo("MIL");
        assertThat(coder.sectorCode("Government,Police")).isEqualTo("COP");
        assertThat(coder.sectorCode("Insurgents,International Religious,Sunni,Fundamentalist,Dissident,Ideological"))
                .isEqualTo("REB");
        assertThat(coder.sectorCode("Rebel")).isEqualTo("REB");
        assertThat(coder.sectorCode("Parties,Opposition Major Party (Out Of Government),(National) Major Party"))
                .isEqualTo("OPP");
        assertThat(coder.sectorCode("Business,Social")).isEqualTo("BUS");
        assertThat(coder.sectorCode("Social,Media")).isEqualTo("MED");
        assertThat(coder.sectorCode("News")).isEqualTo("MED");
        assertThat(coder.sectorCode("Government,Upper House,Legislative / Parliamentary")).isEqualTo("LEG");
        assertThat(coder.sectorCode("Judicial,Government")).isEqualTo("JUD");
        // a head of government who is also a soldier and a legislator is coded by the office
        assertThat(coder.sectorCode("(National) Major Party,Parties,Government Major Party (In Government),"
                + "Legislative / Parliamentary,Government,Executive Office,Military,Executive,Elite,Unicameral"))
                .isEqualTo("GOV");
        assertThat(coder.sectorCode("Elite")).isEqualTo("ELI");
        assertThat(coder.sectorCode("Parties,Secular,Ideological,(National) Minor Party")).isNull();
        assertThat(coder.sectorCode("NA")).isNull();
        assertThat(coder.unmappedSectors()).isEmpty();
    }

    @Test
    void actorCodeIsCountryPlusSectorOrCountryAlone() {
        assertThat(coder.actor("Foreign Affairs (Bangladesh)", "Executive,Foreign Ministry,Government", "Bangladesh"))
                .isEqualTo(new Actor("BGDGOV", "Foreign Affairs (Bangladesh)", "BGD", "GOV"));
        assertThat(coder.actor("Japan", null, "Japan")).isEqualTo(new Actor("JPN", "Japan", "JPN", null));
        // no country (an IGO): the role alone, as GDELT writes it
        assertThat(coder.actor("European Union", "International Government Organization,Regional Diplomatic IGOs,Regional", null))
                .isEqualTo(new Actor("IGO", "European Union", null, "IGO"));
        assertThat(coder.actor("Africa", null, null)).isEqualTo(new Actor(null, "Africa", null, null));
    }

    @Test
    void unknownNamesAreKeptAndCounted() {
        Actor actor = coder.actor("Citizen (Atlantis)", "Mermaids,Government", "Atlantis");
        assertThat(actor).isEqualTo(new Actor(null, "Citizen (Atlantis)", null, "GOV"));
        coder.actor("Citizen (Atlantis)", "Mermaids", "Atlantis");

        assertThat(coder.unmappedCountries()).isEqualTo(Map.of("Atlantis", 2L));
        assertThat(coder.unmappedSectors()).isEqualTo(Map.of("Mermaids", 2L));
    }

    @Test
    void otherTablesCanBeGivenAndBadOnesAreRefused() throws IOException {
        IcewsActorCoder custom = IcewsActorCoder.withTables(
                new StringReader("Atlantis = ATL # legendary\n"), new StringReader("Mermaids = CVL\nGovernment = GOV\n"));
        assertThat(custom.actor("x", "Government,Mermaids", "Atlantis").code()).isEqualTo("ATLCVL");

        assertThatThrownBy(() -> IcewsActorCoder.withTables(new StringReader("Atlantis ATL\n"), new StringReader("")))
                .isInstanceOf(IOException.class).hasMessageContaining("countries line 1");
        assertThatThrownBy(() -> IcewsActorCoder.withTables(new StringReader(""), new StringReader("Police = cop\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("sectors line 1");
    }
}
