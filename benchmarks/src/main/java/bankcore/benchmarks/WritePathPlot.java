package bankcore.benchmarks;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Draws the write-path medians (the CSV of {@code benchmarks/write-path-summary.py}) as one PNG:
 * transfers per second on a logarithmic axis, one transfer per commit next to a thousand.
 * {@code java -cp benchmarks/target/benchmarks.jar bankcore.benchmarks.WritePathPlot medians.csv out.png}
 */
public final class WritePathPlot {
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 600;

    private WritePathPlot() {
    }

    public static void main(String[] args) throws IOException {
        List<String> rows = Files.readAllLines(Path.of(args[0]));
        DefaultCategoryDataset perCommit = new DefaultCategoryDataset();
        DefaultCategoryDataset callers = new DefaultCategoryDataset();
        for (String row : rows.subList(1, rows.size())) {
            String[] cell = row.split(",");
            DefaultCategoryDataset target = cell[0].equals("per-commit") ? perCommit : callers;
            target.addValue(Double.parseDouble(cell[3]), cell[2], cell[1]);
        }
        LogarithmicAxis transfersPerSecond = new LogarithmicAxis("transfers per second (median of the rounds)");
        // Ranges are computed as panels are added, before they hold data; an empty range is not an error.
        transfersPerSecond.setStrictValuesFlag(false);
        CombinedRangeCategoryPlot plot = new CombinedRangeCategoryPlot(transfersPerSecond);
        plot.add(panel(perCommit, "one caller, transfers per durable commit"), 1);
        plot.add(panel(callers, "concurrent callers, one transfer each"), 1);
        JFreeChart chart = new JFreeChart("bankcore write path, synchronous=FULL", JFreeChart.DEFAULT_TITLE_FONT,
                plot, true);
        ChartUtils.saveChartAsPNG(Path.of(args[1]).toFile(), chart, WIDTH, HEIGHT);
    }

    private static CategoryPlot panel(DefaultCategoryDataset data, String title) {
        BarRenderer bars = new BarRenderer();
        bars.setShadowVisible(false);
        // A logarithmic axis has no zero: bars grow from 10 transfers/s, below every score here.
        bars.setBase(10);
        bars.setIncludeBaseInRange(false);
        bars.setItemMargin(0.05);
        CategoryPlot panel = new CategoryPlot(data, new CategoryAxis(title), null, bars);
        panel.setOrientation(PlotOrientation.VERTICAL);
        return panel;
    }
}
