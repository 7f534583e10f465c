package org.touchstone.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgLineChartTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesWellFormedSvgWithAxesTicksLegendAndMarkers() throws Exception {
        SvgLineChart chart = new SvgLineChart("Poles & wars <test>", "year");
        chart.panel("poles").series("poles", new double[] {1900, 1910, 1920}, new Double[] {3.0, 5.5, 4.0});
        chart.panel("count").includeZero().series("wars", new double[] {1900, 1910, 1920}, new Double[] {1.0, null, 2.0});
        chart.marker(1910, "1910");
        String svg = chart.toSvg();
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg).contains("<title>Poles &amp; wars &lt;test&gt;</title>");
        // the gap in the wars series leaves two single-point runs, plus the poles line
        assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(3);
        assertThat(svg).contains(">1900</text>").contains(">1920</text>");
        assertThat(svg).contains(">poles</text>").contains(">wars</text>").contains("stroke-dasharray");
        // y ticks of the count panel start at zero
        assertThat(svg).contains(">0.0</text>").contains(">2.0</text>");
    }

    @Test
    void roundStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(ChartScale.niceStep(0.03)).isEqualTo(0.05);
        assertThat(ChartScale.niceStep(13)).isEqualTo(20);
        assertThat(ChartScale.niceStep(40)).isEqualTo(50);
        assertThat(ChartScale.around(2.4, 6.1).ticks()).containsExactly(2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
        assertThat(ChartScale.exact(1816, 2016, 10).ticks()).startsWith(1820.0).endsWith(2000.0).hasSize(10);
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        SvgLineChart a = new SvgLineChart("t", "x");
        a.panel("y").series("s", new double[] {0, 1}, new Double[] {0.1, 0.2});
        SvgLineChart b = new SvgLineChart("t", "x");
        b.panel("y").series("s", new double[] {0, 1}, new Double[] {0.1, 0.2});
        assertThat(a.toSvg()).isEqualTo(b.toSvg());
    }
}
