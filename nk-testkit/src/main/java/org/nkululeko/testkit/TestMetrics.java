package org.nkululeko.testkit;

import java.util.TreeSet;

/** Test metrics as nkululeko (audmetric) computes them. */
public final class TestMetrics {

    private TestMetrics() {
    }

    /** @return per row, the index of the largest value (the first on ties) */
    public static double[] argmax(double[][] scores) {
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            int best = 0;
            for (int c = 1; c < scores[i].length; c++) {
                if (scores[i][c] > scores[i][best]) {
                    best = c;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** @return the first value of every row */
    public static double[] column(double[][] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i][0];
        }
        return out;
    }

    /** UAR: mean recall over the classes present in truth or prediction. */
    public static double uar(double[] truth, double[] pred) {
        TreeSet<Double> classes = new TreeSet<>();
        for (int i = 0; i < truth.length; i++) {
            classes.add(truth[i]);
            classes.add(pred[i]);
        }
        double sum = 0;
        for (double c : classes) {
            int total = 0;
            int hit = 0;
            for (int i = 0; i < truth.length; i++) {
                if (truth[i] == c) {
                    total++;
                    hit += pred[i] == c ? 1 : 0;
                }
            }
            sum += total == 0 ? 0 : (double) hit / total;
        }
        return sum / classes.size();
    }

    /** @return the mean squared error */
    public static double mse(double[] truth, double[] pred) {
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            sum += (truth[i] - pred[i]) * (truth[i] - pred[i]);
        }
        return sum / truth.length;
    }

    /** @return Lin's concordance correlation coefficient (population moments) */
    public static double ccc(double[] truth, double[] pred) {
        int n = truth.length;
        double mt = 0;
        double mp = 0;
        for (int i = 0; i < n; i++) {
            mt += truth[i] / n;
            mp += pred[i] / n;
        }
        double vt = 0;
        double vp = 0;
        double cov = 0;
        for (int i = 0; i < n; i++) {
            vt += (truth[i] - mt) * (truth[i] - mt) / n;
            vp += (pred[i] - mp) * (pred[i] - mp) / n;
            cov += (truth[i] - mt) * (pred[i] - mp) / n;
        }
        return 2 * cov / (vt + vp + (mt - mp) * (mt - mp));
    }
}
