package org.nkululeko.core.feats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nkululeko.api.UserException;
import org.nkululeko.core.metrics.Metrics;

/**
 * Feature scaling fitted on the training rows only, then applied to every split:
 * {@code standard} (z-scores, population deviation), {@code robust} (median and
 * inter-quartile range), {@code minmax} (to [0, 1]), {@code maxabs} (to [-1, 1]) and
 * {@code speaker} (z-scores per speaker, fitted on each speaker's own rows, test speakers
 * included, as nkululeko does). A constant column gets scale 1, as in scikit-learn.
 */
public final class Scaler {

    /** The scaler names {@code [FEATS] scale} accepts. */
    public static final List<String> NAMES = List.of("standard", "robust", "minmax", "maxabs",
            "speaker");

    private final String kind;

    /**
     * @param kind one of {@link #NAMES}
     * @throws UserException for another name
     */
    public Scaler(String kind) {
        if (!NAMES.contains(kind)) {
            throw new UserException("scaler", "unknown scaler: " + kind + " ([FEATS] scale; "
                    + "available: " + String.join(", ", NAMES) + ")");
        }
        this.kind = kind;
    }

    /**
     * Scales the splits in place.
     *
     * @param train training rows; the statistics come from these
     * @param others dev and test rows
     * @param speakers for {@code speaker}: the speaker of every row of {@code train} then of
     *     each of {@code others}, in order; ignored otherwise
     */
    public void apply(double[][] train, List<double[][]> others, List<String[]> speakers) {
        if (kind.equals("speaker")) {
            perSpeaker(train, speakers.get(0));
            for (int i = 0; i < others.size(); i++) {
                perSpeaker(others.get(i), speakers.get(i + 1));
            }
            return;
        }
        Fitted fitted = fit(train);
        fitted.transform(train);
        others.forEach(fitted::transform);
    }

    /**
     * A scaler fitted on training rows: {@code (x - centre) / scale} per column.
     *
     * @param kind the scaler name
     * @param centre per column
     * @param scale per column, never 0
     */
    public record Fitted(String kind, double[] centre, double[] scale) {

        /**
         * Scales rows in place.
         *
         * @param x rows with as many columns as were fitted
         */
        public void transform(double[][] x) {
            Scaler.transform(x, new double[][] {centre, scale});
        }
    }

    /**
     * @param train training rows
     * @return the fitted statistics
     * @throws UnsupportedOperationException for {@code speaker}, which is fitted per speaker
     */
    public Fitted fit(double[][] train) {
        if (kind.equals("speaker")) {
            throw new UnsupportedOperationException("the speaker scaler is fitted per speaker");
        }
        double[][] stats = stats(train);
        return new Fitted(kind, stats[0], stats[1]);
    }

    private double[][] stats(double[][] x) {
        int d = x.length == 0 ? 0 : x[0].length;
        double[] centre = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double[] col = column(x, j);
            switch (kind) {
                case "standard" -> {
                    centre[j] = mean(col);
                    scale[j] = std(col, centre[j]);
                }
                case "robust" -> {
                    centre[j] = quantile(col, 0.5);
                    scale[j] = quantile(col, 0.75) - quantile(col, 0.25);
                }
                case "minmax" -> {
                    centre[j] = Arrays.stream(col).filter(v -> !Double.isNaN(v)).min().orElse(0);
                    scale[j] = Arrays.stream(col).filter(v -> !Double.isNaN(v)).max().orElse(0)
                            - centre[j];
                }
                default -> scale[j] = Arrays.stream(col).filter(v -> !Double.isNaN(v))
                        .map(Math::abs).max().orElse(0);
            }
            if (!(scale[j] > 0) || !Double.isFinite(scale[j])) {
                scale[j] = 1;
            }
        }
        return new double[][] {centre, scale};
    }

    private static void transform(double[][] x, double[][] stats) {
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (row[j] - stats[0][j]) / stats[1][j];
            }
        }
    }

    private void perSpeaker(double[][] x, String[] speakers) {
        Map<String, List<Integer>> bySpeaker = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            bySpeaker.computeIfAbsent(String.valueOf(speakers[i]), k -> new java.util.ArrayList<>())
                    .add(i);
        }
        Scaler standard = new Scaler("standard");
        for (List<Integer> rows : bySpeaker.values()) {
            double[][] part = rows.stream().map(i -> x[i]).toArray(double[][]::new);
            standard.fit(part).transform(part);
        }
    }

    private static double[] column(double[][] x, int j) {
        double[] col = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            col[i] = x[i][j];
        }
        return col;
    }

    static double mean(double[] v) {
        return Arrays.stream(v).filter(d -> !Double.isNaN(d)).average().orElse(0);
    }

    private static double std(double[] v, double mean) {
        return Math.sqrt(Arrays.stream(v).filter(d -> !Double.isNaN(d))
                .map(d -> (d - mean) * (d - mean)).average().orElse(0));
    }

    /** Linear interpolation between order statistics, as numpy's default. */
    static double quantile(double[] v, double q) {
        double[] s = Arrays.stream(v).filter(d -> !Double.isNaN(d)).sorted().toArray();
        return s.length == 0 ? 0 : Metrics.quantileOfSorted(s, q);
    }
}
