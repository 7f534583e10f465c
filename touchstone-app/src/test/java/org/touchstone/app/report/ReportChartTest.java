package org.touchstone.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The chart model and its two renderers. */
class ReportChartTest {

    private static List<Double> values(Double... v) {
        return Arrays.asList(v);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** The elements whose class list holds {@code name}. */
    static List<Element> withClass(Document doc, String name) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (Arrays.asList(e.getAttribute("class").split(" ")).contains(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Chart lineChart() {
        return Chart.line("net-cooperation", "Net <cooperation> & \"conflict\"", List.of("2020-01", "2020-02",
                        "2020-03", "2020-04"))
                .axes("month", "net cooperation")
                .yRange(-1, 1)
                .description("A test chart")
                .series(ChartSeries.of("CHN-RUS", values(0.5, null, 0.25, 1.0)))
                .series(ChartSeries.withInterval("USA-CHN", values(-0.5, -0.25, null, null),
                        values(-0.75, -0.5, null, null), values(-0.25, 0.0, null, null)))
                .build();
    }

    @Test
    void lineChartSvgIsXmlWithAMarkPerPointAndLinesBrokenAtGaps() throws Exception {
        String svg = SvgChart.render(lineChart());
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("class")).isEqualTo("chart");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Net <cooperation> & \"conflict\"");
        assertThat(doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).isEqualTo("A test chart");
        // CHN-RUS: points at 1, 3, 4 and one line over 3-4 (the gap at 2 breaks it); USA-CHN: points at 1, 2, one line
        assertThat(withClass(doc, "point")).hasSize(5);
        assertThat(withClass(doc, "line")).hasSize(2);
        assertThat(withClass(doc, "mark")).hasSize(7);
        assertThat(withClass(doc, "band")).as("the interval of USA-CHN as a band").hasSize(1);
        assertThat(svg).contains(">CHN-RUS</text>").contains(">USA-CHN</text>").contains("shaded: 95% interval");
        assertThat(svg).contains("<title>USA-CHN, 2020-01: -0.500 (95% interval -0.750 to -0.250)</title>");
    }

    @Test
    void barChartHasABarPerValueAndAWhiskerPerInterval() throws Exception {
        Chart chart = Chart.bars("gap", "Words minus deeds", List.of("2019", "2020", "2021"))
                .axes("year", "gap")
                .series(ChartSeries.withInterval("gap", values(1.5, null, -2.0), values(0.5, null, -3.0),
                        values(2.5, null, -1.0)))
                .build();
        Document doc = parse(SvgChart.render(chart));
        assertThat(withClass(doc, "bar")).hasSize(2);
        assertThat(withClass(doc, "mark")).hasSize(2);
        assertThat(withClass(doc, "interval")).as("a stem and two caps per interval").hasSize(6);
        // the y axis covers the intervals (-3 to 2.5) in round steps of 2
        List<String> ticks = withClass(doc, "tick").stream().map(Element::getTextContent).toList();
        assertThat(ticks).containsExactly("-4", "-2", "0", "2", "4", "2019", "2020", "2021");
    }

    @Test
    void countsGetWholeNumberTicks() throws Exception {
        Chart chart = Chart.bars("counts", "Counts", List.of("a", "b")).counts()
                .series(ChartSeries.of("n", values(1.0, 2.0))).build();
        List<String> ticks = withClass(parse(SvgChart.render(chart)), "tick").stream().map(Element::getTextContent)
                .toList();
        assertThat(ticks).containsExactly("0", "1", "2", "a", "b");
    }

    @Test
    void pngDecodesAtTwiceTheSvgSizeAndIsNotBlank() throws Exception {
        Chart chart = lineChart();
        byte[] png = PngChart.render(chart);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        ChartPainter painter = new ChartPainter(chart);
        assertThat(image.getWidth()).isEqualTo(painter.width() * PngChart.SCALE);
        assertThat(image.getHeight()).isEqualTo(painter.height() * PngChart.SCALE);
        // the first series' colour is drawn somewhere
        int blue = 0x0072B2;
        boolean found = false;
        for (int x = 0; x < image.getWidth() && !found; x++) {
            for (int y = 0; y < image.getHeight() && !found; y++) {
                found = (image.getRGB(x, y) & 0xffffff) == blue;
            }
        }
        assertThat(found).as("a line or point in the first series' colour").isTrue();
    }

    @Test
    void theSameChartGivesTheSameBytes() {
        assertThat(SvgChart.render(lineChart())).isEqualTo(SvgChart.render(lineChart()));
        assertThat(PngChart.render(lineChart())).isEqualTo(PngChart.render(lineChart()));
    }

    @Test
    void aChartWithoutValuesSaysSoAndBadShapesAreRefused() {
        Chart empty = Chart.line("empty", "Nothing", List.of("a")).series(ChartSeries.of("s", values((Double) null)))
                .build();
        assertThat(empty.hasValues()).isFalse();
        assertThat(lineChart().hasValues()).isTrue();
        assertThatThrownBy(() -> Chart.line("x", "t", List.of("a", "b")).series(ChartSeries.of("s", values(1.0)))
                .build()).hasMessageContaining("1 values for 2 categories");
        assertThatThrownBy(() -> Chart.line("Bad Name", "t", List.of()).build())
                .hasMessageContaining("lower-case letters, digits and hyphens");
    }

    @Test
    void scalesHaveRoundTicksAroundTheData() {
        ChartScale s = ChartScale.around(-0.33, 0.9);
        assertThat(s.step()).isEqualTo(0.5);
        assertThat(s.ticks()).containsExactly(-0.5, 0.0, 0.5, 1.0);
        assertThat(s.label(-0.0)).isEqualTo("0.0");
        assertThat(ChartScale.around(0, 1234).ticks()).containsExactly(0.0, 500.0, 1000.0, 1500.0);
        assertThat(ChartScale.around(2, 2).ticks()).isNotEmpty();
    }
}
