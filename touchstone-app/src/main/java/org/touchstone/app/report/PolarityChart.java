package org.touchstone.app.report;

import java.util.List;
import java.util.function.Function;

import org.touchstone.analysis.PolarityEra;
import org.touchstone.analysis.PolarityYear;

/** The polarity chart: poles, CON and the conflict counts per year, in four panels, eras marked. */
public final class PolarityChart {

    private PolarityChart() {
    }

    public static String svg(List<PolarityYear> years) {
        double[] x = new double[years.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = years.get(i).year();
        }
        SvgLineChart chart = new SvgLineChart("Polarity and conflict, " + years.get(0).year() + "-"
                + years.get(years.size() - 1).year(), "year (eras dashed)");
        chart.panel("effective poles").series("effective number of poles", x, values(years, PolarityYear::poles));
        chart.panel("CON").series("concentration (CON)", x, values(years, PolarityYear::con));
        SvgLineChart.Panel counts = chart.panel("count per year").includeZero()
                .series("MID onsets", x, values(years, PolarityYear::midOnsets));
        SvgLineChart.Panel rare = chart.panel("count per year").includeZero()
                .series("wars (MID level 5)", x, values(years, PolarityYear::wars));
        if (years.stream().anyMatch(y -> y.ucdpConflicts() != null)) {
            counts.series("UCDP active conflicts", x, values(years, PolarityYear::ucdpConflicts));
            rare.series("UCDP onsets", x, values(years, PolarityYear::ucdpOnsets));
        }
        for (PolarityEra era : PolarityEra.STANDARD) {
            if (era.firstYear() > years.get(0).year()) {
                chart.marker(era.firstYear(), Integer.toString(era.firstYear()));
            }
        }
        return chart.toSvg();
    }

    private static Double[] values(List<PolarityYear> years, Function<PolarityYear, ? extends Number> value) {
        Double[] values = new Double[years.size()];
        for (int i = 0; i < values.length; i++) {
            Number v = value.apply(years.get(i));
            values[i] = v == null ? null : v.doubleValue();
        }
        return values;
    }
}
