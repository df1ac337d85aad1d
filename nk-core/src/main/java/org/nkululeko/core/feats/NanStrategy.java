package org.nkululeko.core.feats;

import java.util.List;
import org.nkululeko.api.UserException;

/**
 * {@code [FEATS] nan_strategy}: what replaces an undefined feature value (NaN or infinite):
 * {@code zero} (default), or the column's {@code mean} or {@code median} over the training
 * rows. Applied before scaling.
 */
public final class NanStrategy {

    /** The accepted names. */
    public static final List<String> NAMES = List.of("zero", "mean", "median");

    private final String kind;

    /**
     * @param kind one of {@link #NAMES}
     * @throws UserException for another name
     */
    public NanStrategy(String kind) {
        if (!NAMES.contains(kind)) {
            throw new UserException("featureset", "unknown nan_strategy: " + kind
                    + " ([FEATS] nan_strategy; available: zero, mean, median)");
        }
        this.kind = kind;
    }

    /**
     * Replaces undefined values in place.
     *
     * @param train training rows; means and medians come from these
     * @param others dev and test rows
     * @return how many values were replaced
     */
    public int apply(double[][] train, List<double[][]> others) {
        double[] fill = fillValues(train);
        int replaced = replace(train, fill);
        for (double[][] x : others) {
            replaced += replace(x, fill);
        }
        return replaced;
    }

    /**
     * @param train training rows (not modified)
     * @return per column the value that replaces an undefined one
     */
    public double[] fillValues(double[][] train) {
        int d = train.length == 0 ? 0 : train[0].length;
        double[] fill = new double[d];
        if (!kind.equals("zero")) {
            for (int j = 0; j < d; j++) {
                double[] col = new double[train.length];
                for (int i = 0; i < train.length; i++) {
                    col[i] = Double.isFinite(train[i][j]) ? train[i][j] : Double.NaN;
                }
                fill[j] = kind.equals("mean") ? Scaler.mean(col) : Scaler.quantile(col, 0.5);
            }
        }
        return fill;
    }

    /**
     * @param x rows, modified in place
     * @param fill per column the replacement
     * @return how many values were replaced
     */
    public static int replace(double[][] x, double[] fill) {
        int n = 0;
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j])) {
                    row[j] = fill[j];
                    n++;
                }
            }
        }
        return n;
    }
}
