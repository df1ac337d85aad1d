package org.nkululeko.core.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.ToDoubleBiFunction;

/**
 * Evaluation measures as nkululeko reports them (reference §5.6): audmetric's UAR, accuracy,
 * MSE, MAE, CCC and PCC, sklearn's r², confusion counts and seeded bootstrap intervals.
 *
 * <p>Class labels are integer codes {@code 0..K-1}. Every method rejects empty input and
 * arrays of different lengths with an {@link IllegalArgumentException}.
 */
public final class Metrics {

    /** Lower percentile of the bootstrap interval (alpha 5 %, two-sided). */
    public static final double LOW_PERCENTILE = 2.5;

    /** Upper percentile of the bootstrap interval. */
    public static final double HIGH_PERCENTILE = 97.5;

    private Metrics() {
    }

    /**
     * Unweighted average recall as audmetric computes it: the mean per-class recall over the
     * union of the classes present in truth or prediction. A class that is predicted but absent
     * from the truth has recall 0 (truth [0, 0], prediction [0, 1] gives 0.25).
     *
     * @param truth true class codes
     * @param pred predicted class codes, same length
     * @return UAR in [0, 1]
     */
    public static double uar(int[] truth, int[] pred) {
        checkPair(truth.length, pred.length);
        TreeSet<Integer> classes = new TreeSet<>();
        for (int i = 0; i < truth.length; i++) {
            classes.add(truth[i]);
            classes.add(pred[i]);
        }

        double recallSum = 0;
        for (int c : classes) {
            int support = 0;
            int hits = 0;
            for (int i = 0; i < truth.length; i++) {
                if (truth[i] == c) {
                    support++;
                    if (pred[i] == c) {
                        hits++;
                    }
                }
            }
            recallSum += support == 0 ? 0 : (double) hits / support;
        }
        return recallSum / classes.size();
    }

    /**
     * @param truth true class codes
     * @param pred predicted class codes, same length
     * @return the share of equal entries, in [0, 1]
     */
    public static double accuracy(int[] truth, int[] pred) {
        checkPair(truth.length, pred.length);
        int hits = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == pred[i]) {
                hits++;
            }
        }
        return (double) hits / truth.length;
    }

    /**
     * Bootstrap interval of the UAR: the 2.5 and 97.5 percentiles (numpy's linear
     * interpolation) of {@code bootstraps} UARs, each over samples drawn with replacement.
     *
     * @param truth true class codes
     * @param pred predicted class codes, same length
     * @param bootstraps number of resamples, at least 1 (nkululeko uses 1000)
     * @param seed seeds the resampling: the same seed gives the same interval
     * @return {low, high}
     */
    public static double[] uarInterval(int[] truth, int[] pred, int bootstraps, long seed) {
        checkPair(truth.length, pred.length);
        checkBootstraps(bootstraps);
        SplittableRandom random = new SplittableRandom(seed);
        int n = truth.length;
        int[] t = new int[n];
        int[] p = new int[n];
        double[] values = new double[bootstraps];
        for (int b = 0; b < bootstraps; b++) {
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                t[i] = truth[k];
                p[i] = pred[k];
            }
            values[b] = uar(t, p);
        }
        return interval(values);
    }

    /**
     * @param t true values
     * @param p predictions, same length
     * @return mean squared error
     */
    public static double mse(double[] t, double[] p) {
        checkPair(t.length, p.length);
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            double d = t[i] - p[i];
            sum += d * d;
        }
        return sum / t.length;
    }

    /**
     * @param t true values
     * @param p predictions, same length
     * @return mean absolute error
     */
    public static double mae(double[] t, double[] p) {
        checkPair(t.length, p.length);
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            sum += Math.abs(t[i] - p[i]);
        }
        return sum / t.length;
    }

    /**
     * Lin's concordance correlation coefficient, as audmetric computes it:
     * {@code 2 r sd_t sd_p / (var_t + var_p + (mean_t - mean_p)^2)} with population moments.
     * When it is undefined (fewer than 2 values, a constant vector) nkululeko reports -1, and
     * so does this method.
     *
     * @param t true values
     * @param p predictions, same length
     * @return CCC in [-1, 1]; -1 when undefined
     */
    public static double ccc(double[] t, double[] p) {
        double value = rawCcc(t, p);
        return Double.isNaN(value) ? -1 : value;
    }

    /**
     * Pearson's correlation coefficient. Undefined (fewer than 2 values, a constant vector)
     * gives -1, as nkululeko does for CCC (reference §5.6: "CCC or PCC NaN -> -1").
     *
     * @param t true values
     * @param p predictions, same length
     * @return PCC in [-1, 1]; -1 when undefined
     */
    public static double pcc(double[] t, double[] p) {
        double value = rawPcc(t, p);
        return Double.isNaN(value) ? -1 : value;
    }

    /**
     * Coefficient of determination as sklearn's {@code r2_score}: {@code 1 - SS_res / SS_tot};
     * for constant truth 1.0 when the prediction is perfect, else 0.0.
     *
     * @param t true values
     * @param p predictions, same length
     * @return r², at most 1 (may be negative)
     */
    public static double r2(double[] t, double[] p) {
        checkPair(t.length, p.length);
        double mean = mean(t);
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < t.length; i++) {
            ssRes += (t[i] - p[i]) * (t[i] - p[i]);
            ssTot += (t[i] - mean) * (t[i] - mean);
        }
        if (ssTot == 0) {
            return ssRes == 0 ? 1.0 : 0.0;
        }
        return 1 - ssRes / ssTot;
    }

    /**
     * Bootstrap interval of a regression measure, as {@link #uarInterval}. Resamples where
     * CCC or PCC is undefined (a constant draw) are left out.
     *
     * @param measure {@code mse}, {@code mae}, {@code ccc} or {@code pcc} (any case)
     * @param t true values
     * @param p predictions, same length
     * @param bootstraps number of resamples, at least 1
     * @param seed seeds the resampling
     * @return {low, high}; {NaN, NaN} when no resample gives a defined value
     */
    public static double[] regressionInterval(String measure, double[] t, double[] p,
            int bootstraps, long seed) {
        checkPair(t.length, p.length);
        checkBootstraps(bootstraps);
        ToDoubleBiFunction<double[], double[]> fn = regressionMeasure(measure);
        SplittableRandom random = new SplittableRandom(seed);
        int n = t.length;
        double[] ts = new double[n];
        double[] ps = new double[n];
        double[] values = new double[bootstraps];
        int kept = 0;
        for (int b = 0; b < bootstraps; b++) {
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                ts[i] = t[k];
                ps[i] = p[k];
            }
            double v = fn.applyAsDouble(ts, ps);
            if (!Double.isNaN(v)) {
                values[kept++] = v;
            }
        }
        if (kept == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return interval(Arrays.copyOf(values, kept));
    }

    /**
     * @param truth true class codes in {@code 0..classCount-1}
     * @param pred predicted class codes in {@code 0..classCount-1}
     * @param classCount number of classes K, at least 1
     * @return K x K counts, rows = truth, columns = prediction
     */
    public static int[][] confusion(int[] truth, int[] pred, int classCount) {
        checkPair(truth.length, pred.length);
        if (classCount < 1) {
            throw new IllegalArgumentException("classCount must be >= 1, got " + classCount);
        }
        checkCodes("truth", truth, classCount);
        checkCodes("prediction", pred, classCount);
        int[][] counts = new int[classCount][classCount];
        for (int i = 0; i < truth.length; i++) {
            counts[truth[i]][pred[i]]++;
        }
        return counts;
    }

    /**
     * numpy's default percentile: linear interpolation between the closest ranks.
     *
     * @param values any non-empty array (not modified)
     * @param percent in [0, 100]
     * @return the percentile
     */
    public static double percentile(double[] values, double percent) {
        if (values.length == 0) {
            throw new IllegalArgumentException("percentile of no values");
        }
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in [0, 100], got " + percent);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return quantileOfSorted(sorted, percent / 100);
    }

    /**
     * numpy's default quantile of sorted values: linear interpolation between the closest
     * ranks. The one implementation of it in the project.
     *
     * @param sorted a non-empty array in ascending order
     * @param q in [0, 1]
     * @return the quantile
     */
    public static double quantileOfSorted(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = rank - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    static void checkCodes(String what, int[] codes, int classCount) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] < 0 || codes[i] >= classCount) {
                throw new IllegalArgumentException(what + " code " + codes[i] + " at index " + i
                        + " is outside 0.." + (classCount - 1));
            }
        }
    }

    static void checkPair(int truthLength, int predLength) {
        if (truthLength == 0) {
            throw new IllegalArgumentException("no samples to evaluate");
        }
        if (truthLength != predLength) {
            throw new IllegalArgumentException("truth has " + truthLength
                    + " values but prediction has " + predLength);
        }
    }

    private static void checkBootstraps(int bootstraps) {
        if (bootstraps < 1) {
            throw new IllegalArgumentException("bootstraps must be >= 1, got " + bootstraps);
        }
    }

    private static double[] interval(double[] values) {
        return new double[] {percentile(values, LOW_PERCENTILE),
                percentile(values, HIGH_PERCENTILE)};
    }

    private static ToDoubleBiFunction<double[], double[]> regressionMeasure(String measure) {
        switch (measure == null ? "" : measure.toLowerCase(java.util.Locale.ROOT)) {
            case "mse":
                return Metrics::mse;
            case "mae":
                return Metrics::mae;
            case "ccc":
                return Metrics::rawCcc;
            case "pcc":
                return Metrics::rawPcc;
            default:
                throw new IllegalArgumentException("unknown regression measure: " + measure
                        + " (available: mse, mae, ccc, pcc)");
        }
    }

    private static double rawPcc(double[] t, double[] p) {
        checkPair(t.length, p.length);
        double mt = mean(t);
        double mp = mean(p);
        double cov = 0;
        double vt = 0;
        double vp = 0;
        for (int i = 0; i < t.length; i++) {
            cov += (t[i] - mt) * (p[i] - mp);
            vt += (t[i] - mt) * (t[i] - mt);
            vp += (p[i] - mp) * (p[i] - mp);
        }
        if (t.length < 2 || vt == 0 || vp == 0) {
            return Double.NaN;
        }
        return Math.max(-1, Math.min(1, cov / Math.sqrt(vt * vp)));
    }

    private static double rawCcc(double[] t, double[] p) {
        double r = rawPcc(t, p);
        if (Double.isNaN(r)) {
            return Double.NaN;
        }
        double mt = mean(t);
        double mp = mean(p);
        double vt = 0;
        double vp = 0;
        for (int i = 0; i < t.length; i++) {
            vt += (t[i] - mt) * (t[i] - mt);
            vp += (p[i] - mp) * (p[i] - mp);
        }
        vt /= t.length;
        vp /= t.length;
        return 2 * r * Math.sqrt(vt) * Math.sqrt(vp) / (vt + vp + (mt - mp) * (mt - mp));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
