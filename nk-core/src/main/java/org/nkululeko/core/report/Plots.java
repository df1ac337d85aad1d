package org.nkululeko.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nkululeko.core.io.AtomicFiles;

/**
 * The PNG plots of an experiment (reference §6), drawn headless and written whole or not at
 * all. Line and scatter plots use XChart; the confusion matrix is drawn with Java2D, because
 * XChart's heat map can show only one number per cell and orders rows bottom-up.
 */
public final class Plots {

    /** Pixels per layout unit: images are drawn at twice their nominal size for sharp text. */
    private static final int SCALE = 2;

    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = new Color(0xBB, 0xBB, 0xBB);
    // matplotlib's "Blues" colour map end and middle points
    private static final Color LIGHT = new Color(247, 251, 255);
    private static final Color MIDDLE = new Color(107, 174, 214);
    private static final Color DARK = new Color(8, 48, 107);

    private Plots() {
    }

    /**
     * Draws a confusion matrix: rows = truth (y axis "True"), columns = prediction ("Predicted"),
     * each cell showing its count and, below it, its share of the row in percent; a cell's
     * colour grows with that share (a row without samples shows counts only).
     *
     * @param png the file to write
     * @param counts K x K counts, rows = truth; no negative count
     * @param classNames the K class names, in code order
     * @param titleLines lines above the matrix, e.g. "Confusion Matrix",
     *     "UAR: 0.612 (0.541/0.680)", "Epoch: 17"; may be empty
     * @throws IllegalArgumentException if the matrix is not K x K for the K class names
     * @throws IOException if writing fails (the file is then unchanged)
     */
    public static void confusionMatrix(Path png, int[][] counts, List<String> classNames,
            List<String> titleLines) throws IOException {
        checkConfusion(counts, classNames);
        BufferedImage image = new ConfusionMatrixPainter(counts, classNames,
                titleLines == null ? List.of() : titleLines).paint();
        AtomicFiles.write(png, encode(image));
    }

    /**
     * Draws the per-epoch curves: "train set" (green), "dev set" (red), "losses" (black),
     * "losses_eval" (grey); x = epoch index. A series with any value above 1 is divided by 100
     * so that all fit one axis (reference §6). NaN values are skipped; a series that is null or
     * has only NaN values is left out.
     *
     * @param png the file to write
     * @param trainMeasure the measure on the training set per epoch
     * @param devMeasure the measure on the dev (or test) set per epoch
     * @param trainLoss the mean training loss per epoch
     * @param evalLoss the mean evaluation loss per epoch
     * @param measureName the y axis label, e.g. "UAR"
     * @throws IllegalArgumentException if no series has a value
     * @throws IOException if writing fails (the file is then unchanged)
     */
    public static void epochProgression(Path png, double[] trainMeasure, double[] devMeasure,
            double[] trainLoss, double[] evalLoss, String measureName) throws IOException {
        XYChart chart = new XYChartBuilder().width(800).height(600)
                .xAxisTitle("epochs").yAxisTitle(measureName).build();
        styleXY(chart);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0.0#");

        int added = 0;
        added += addEpochSeries(chart, "train set", trainMeasure, new Color(0, 128, 0));
        added += addEpochSeries(chart, "dev set", devMeasure, Color.RED);
        added += addEpochSeries(chart, "losses", trainLoss, Color.BLACK);
        added += addEpochSeries(chart, "losses_eval", evalLoss, Color.GRAY);
        if (added == 0) {
            throw new IllegalArgumentException("epoch progression " + png.getFileName()
                    + ": no series has a value to plot");
        }
        AtomicFiles.write(png, encode(render(chart)));
    }

    /**
     * Draws truth against prediction with the red least-squares line (left out when the truth
     * is constant). Pairs with a NaN are skipped.
     *
     * @param png the file to write
     * @param truth true values
     * @param pred predictions, same length
     * @param title e.g. "Scatter plot: CCC: 0.412 (0.351/0.470), PCC: 0.455, Epoch: 3"
     * @throws IllegalArgumentException if the lengths differ or no pair is finite
     * @throws IOException if writing fails (the file is then unchanged)
     */
    public static void scatter(Path png, double[] truth, double[] pred, String title)
            throws IOException {
        if (truth.length != pred.length) {
            throw new IllegalArgumentException("scatter " + png.getFileName() + ": truth has "
                    + truth.length + " values but prediction has " + pred.length);
        }
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        SimpleRegression regression = new SimpleRegression();
        for (int i = 0; i < truth.length; i++) {
            if (Double.isFinite(truth[i]) && Double.isFinite(pred[i])) {
                xs.add(truth[i]);
                ys.add(pred[i]);
                regression.addData(truth[i], pred[i]);
            }
        }
        if (xs.isEmpty()) {
            throw new IllegalArgumentException("scatter " + png.getFileName()
                    + ": no finite (truth, prediction) pair");
        }

        XYChart chart = new XYChartBuilder().width(800).height(600).title(title)
                .xAxisTitle("truth").yAxisTitle("prediction").build();
        styleXY(chart);
        chart.getStyler().setLegendVisible(false);
        XYSeries points = chart.addSeries("samples", xs, ys);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(new Color(31, 119, 180));

        double slope = regression.getSlope();
        if (Double.isFinite(slope)) {
            double lo = xs.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
            double hi = xs.stream().mapToDouble(Double::doubleValue).max().getAsDouble();
            XYSeries line = chart.addSeries("least squares", new double[] {lo, hi},
                    new double[] {regression.predict(lo), regression.predict(hi)});
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            line.setLineColor(Color.RED);
        }
        AtomicFiles.write(png, encode(render(chart)));
    }

    private static int addEpochSeries(XYChart chart, String name, double[] values,
            Color color) {
        if (values == null) {
            return 0;
        }
        boolean scale = false;
        for (double v : values) {
            scale |= v > 1;
        }
        List<Integer> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int e = 0; e < values.length; e++) {
            if (!Double.isNaN(values[e])) {
                xs.add(e);
                ys.add(scale ? values[e] / 100 : values[e]);
            }
        }
        if (xs.isEmpty()) {
            return 0;
        }
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setLineColor(color);
        series.setMarkerColor(color);
        series.setMarker(SeriesMarkers.CIRCLE);
        return 1;
    }

    private static void styleXY(XYChart chart) {
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(true);
        styler.setChartTitleBoxVisible(false);
        styler.setLegendBorderColor(GRID);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setMarkerSize(6);
    }

    private static BufferedImage render(Chart<?, ?> chart) {
        int width = chart.getWidth();
        int height = chart.getHeight();
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            chart.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        return bytes.toByteArray();
    }

    private static void checkConfusion(int[][] counts, List<String> classNames) {
        int k = classNames.size();
        if (k == 0) {
            throw new IllegalArgumentException("confusion matrix: no class names");
        }
        if (counts.length != k) {
            throw new IllegalArgumentException("confusion matrix has " + counts.length
                    + " rows but there are " + k + " class names " + classNames);
        }
        for (int r = 0; r < k; r++) {
            if (counts[r].length != k) {
                throw new IllegalArgumentException("confusion matrix is not square: row " + r
                        + " has " + counts[r].length + " columns, expected " + k);
            }
            for (int c = 0; c < k; c++) {
                if (counts[r][c] < 0) {
                    throw new IllegalArgumentException("confusion matrix: negative count "
                            + counts[r][c] + " at row " + r + ", column " + c);
                }
            }
        }
    }

    /** Lays out and draws one confusion matrix; sizes are in layout units (1/SCALE px). */
    private static final class ConfusionMatrixPainter {

        private static final int PAD = 16;
        private static final int GAP = 8;
        private static final int BAR_WIDTH = 16;

        private final int[][] counts;
        private final List<String> names;
        private final List<String> titleLines;
        private final int k;
        private final int cell;
        private final Font titleFont;
        private final Font subtitleFont;
        private final Font labelFont;
        private final Font axisFont;
        private final Font countFont;
        private final Font shareFont;

        ConfusionMatrixPainter(int[][] counts, List<String> names, List<String> titleLines) {
            this.counts = counts;
            this.names = names;
            this.titleLines = titleLines;
            this.k = names.size();
            this.cell = Math.max(56, Math.min(110, 480 / k));
            this.titleFont = new Font(Font.SANS_SERIF, Font.BOLD, 16);
            this.subtitleFont = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
            this.labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
            this.axisFont = new Font(Font.SANS_SERIF, Font.BOLD, 14);
            this.countFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.min(18, cell / 4));
            this.shareFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.min(13, cell / 5));
        }

        BufferedImage paint() {
            // measure with a scratch context
            BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            Graphics2D m = scratch.createGraphics();
            quality(m);
            FontMetrics label = m.getFontMetrics(labelFont);
            FontMetrics axis = m.getFontMetrics(axisFont);
            FontMetrics bar = m.getFontMetrics(labelFont);
            int maxLabel = 0;
            for (String name : names) {
                maxLabel = Math.max(maxLabel, label.stringWidth(name));
            }
            int titleHeight = 0;
            int titleWidth = 0;
            for (int i = 0; i < titleLines.size(); i++) {
                FontMetrics fm = m.getFontMetrics(i == 0 ? titleFont : subtitleFont);
                titleHeight += fm.getHeight();
                titleWidth = Math.max(titleWidth, fm.stringWidth(titleLines.get(i)));
            }
            m.dispose();

            boolean rotate = maxLabel > cell - 6;
            int xLabelsHeight = rotate
                    ? (int) Math.ceil((maxLabel + label.getAscent()) * Math.sqrt(0.5))
                    : label.getHeight();
            int grid = cell * k;
            int left = PAD + axis.getHeight() + GAP + maxLabel + GAP;
            int top = PAD + titleHeight + (titleHeight > 0 ? GAP * 2 : 0);
            int right = GAP * 3 + BAR_WIDTH + GAP + bar.stringWidth("100%") + PAD;
            int bottom = GAP + xLabelsHeight + GAP + axis.getHeight() + PAD;
            int width = Math.max(left + grid + right, titleWidth + 2 * PAD);
            left += (width - (left + grid + right)) / 2; // centre the grid under a wide title
            int height = top + grid + bottom;

            BufferedImage image = new BufferedImage(width * SCALE, height * SCALE,
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.scale(SCALE, SCALE);
                quality(g);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                drawTitle(g, width);
                drawCells(g, left, top);
                drawLabels(g, left, top, maxLabel, rotate, xLabelsHeight);
                drawColourBar(g, left + grid + GAP * 3, top, grid);
            } finally {
                g.dispose();
            }
            return image;
        }

        private void drawTitle(Graphics2D g, int width) {
            int y = PAD;
            for (int i = 0; i < titleLines.size(); i++) {
                g.setFont(i == 0 ? titleFont : subtitleFont);
                FontMetrics fm = g.getFontMetrics();
                String line = titleLines.get(i);
                g.setColor(TEXT);
                g.drawString(line, (width - fm.stringWidth(line)) / 2, y + fm.getAscent());
                y += fm.getHeight();
            }
        }

        private void drawCells(Graphics2D g, int left, int top) {
            for (int r = 0; r < k; r++) {
                int rowTotal = 0;
                for (int c = 0; c < k; c++) {
                    rowTotal += counts[r][c];
                }
                for (int c = 0; c < k; c++) {
                    double share = rowTotal == 0 ? 0 : (double) counts[r][c] / rowTotal;
                    int x = left + c * cell;
                    int y = top + r * cell;
                    g.setColor(blues(share));
                    g.fillRect(x, y, cell, cell);
                    Color ink = share > 0.5 ? Color.WHITE : TEXT;
                    String percent = rowTotal == 0 ? null
                            : "(" + String.format(Locale.ROOT, "%.1f", 100 * share) + "%)";
                    drawCellText(g, x, y, Integer.toString(counts[r][c]), percent, ink);
                }
            }
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1f));
            for (int i = 0; i <= k; i++) {
                g.drawLine(left, top + i * cell, left + k * cell, top + i * cell);
                g.drawLine(left + i * cell, top, left + i * cell, top + k * cell);
            }
        }

        private void drawCellText(Graphics2D g, int x, int y, String count, String percent,
                Color ink) {
            g.setColor(ink);
            FontMetrics cf = g.getFontMetrics(countFont);
            FontMetrics sf = g.getFontMetrics(shareFont);
            int blockHeight = cf.getAscent() + (percent == null ? 0 : 3 + sf.getAscent());
            int baseline = y + (cell - blockHeight) / 2 + cf.getAscent();
            g.setFont(countFont);
            g.drawString(count, x + (cell - cf.stringWidth(count)) / 2, baseline);
            if (percent != null) {
                g.setFont(shareFont);
                g.drawString(percent, x + (cell - sf.stringWidth(percent)) / 2,
                        baseline + 3 + sf.getAscent());
            }
        }

        private void drawLabels(Graphics2D g, int left, int top, int maxLabel, boolean rotate,
                int xLabelsHeight) {
            int grid = cell * k;
            g.setColor(TEXT);
            g.setFont(labelFont);
            FontMetrics fm = g.getFontMetrics();
            for (int i = 0; i < k; i++) {
                String name = names.get(i);
                int w = fm.stringWidth(name);
                int yMid = top + i * cell + cell / 2;
                g.drawString(name, left - GAP - w, yMid + fm.getAscent() / 2 - 1);

                int xMid = left + i * cell + cell / 2;
                int yTop = top + grid + GAP;
                if (rotate) {
                    AffineTransform saved = g.getTransform();
                    g.translate(xMid + fm.getAscent() / 2.0, yTop);
                    g.rotate(-Math.PI / 4);
                    g.drawString(name, -w, 0);
                    g.setTransform(saved);
                } else {
                    g.drawString(name, xMid - w / 2, yTop + fm.getAscent());
                }
            }

            g.setFont(axisFont);
            FontMetrics am = g.getFontMetrics();
            String predicted = "Predicted";
            g.drawString(predicted, left + (grid - am.stringWidth(predicted)) / 2,
                    top + grid + GAP + xLabelsHeight + GAP + am.getAscent());
            AffineTransform saved = g.getTransform();
            int axisX = left - GAP - maxLabel - GAP - am.getDescent();
            g.translate(axisX, top + (grid + am.stringWidth("True")) / 2.0);
            g.rotate(-Math.PI / 2);
            g.drawString("True", 0, 0);
            g.setTransform(saved);
        }

        private void drawColourBar(Graphics2D g, int x, int top, int height) {
            for (int y = 0; y < height; y++) {
                g.setColor(blues(1 - (double) y / (height - 1)));
                g.fillRect(x, top + y, BAR_WIDTH, 1);
            }
            g.setColor(GRID);
            g.drawRect(x, top, BAR_WIDTH, height);
            g.setColor(TEXT);
            g.setFont(labelFont);
            FontMetrics fm = g.getFontMetrics();
            String[] ticks = {"100%", "50%", "0%"};
            for (int i = 0; i < ticks.length; i++) {
                int y = top + i * (height - 1) / 2;
                g.drawLine(x + BAR_WIDTH, y, x + BAR_WIDTH + 3, y);
                int baseline = Math.min(Math.max(y + fm.getAscent() / 2 - 1, top + fm.getAscent()),
                        top + height);
                g.drawString(ticks[i], x + BAR_WIDTH + GAP, baseline);
            }
        }

        private static Color blues(double share) {
            double t = Math.max(0, Math.min(1, share));
            return t < 0.5 ? mix(LIGHT, MIDDLE, t * 2) : mix(MIDDLE, DARK, (t - 0.5) * 2);
        }

        private static Color mix(Color a, Color b, double t) {
            return new Color((int) Math.round(a.getRed() + t * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + t * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + t * (b.getBlue() - a.getBlue())));
        }

        private static void quality(Graphics2D g) {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
                    RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        }
    }
}
