package org.nkululeko.feats.praat;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The dataset-level columns (praat.md §4): JitterPCA and ShimmerPCA, the first two principal
 * component scores of the 11 jitter and shimmer columns (mean-centred, not scaled; each
 * component's largest loading made positive, as scikit-learn 1.5 and later do), and pF, the mean
 * of the population z-scores of the four formant medians.
 */
final class DatasetLevel {

    private DatasetLevel() {
    }

    /**
     * Fills the three columns of every row, with nkululeko's NaN rules: NaNs in the PCA input
     * become 0 only if row 0 has one; any other NaN gives 0 for row 0 and NaN elsewhere.
     *
     * @param rows one 45-column row per file, modified in place
     */
    static void fill(double[][] rows) {
        int n = rows.length;
        if (n == 0) {
            return;
        }
        int p = 11;
        double[][] x = new double[n][p];
        boolean nanInFirst = false;
        for (int j = 0; j < p; j++) {
            nanInFirst |= Double.isNaN(rows[0][PraatFeatures.JITTER + j]);
        }
        boolean nanLeft = false;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double v = rows[i][PraatFeatures.JITTER + j];
                if (Double.isNaN(v) && nanInFirst) {
                    v = 0;
                }
                nanLeft |= Double.isNaN(v);
                x[i][j] = v;
            }
        }
        double[][] scores = nanLeft ? failedPca(n) : pca(x);
        for (int i = 0; i < n; i++) {
            rows[i][PraatFeatures.JITTER_PCA] = scores[i][0];
            rows[i][PraatFeatures.SHIMMER_PCA] = scores[i][1];
        }
        fillPf(rows);
    }

    private static double[][] failedPca(int n) {
        double[][] s = new double[n][2];
        for (int i = 1; i < n; i++) {
            s[i][0] = Double.NaN;
            s[i][1] = Double.NaN;
        }
        return s;
    }

    /** Scores on the first two components of the sample covariance; zeros for n &lt; 2. */
    static double[][] pca(double[][] x) {
        int n = x.length;
        int p = x[0].length;
        double[][] scores = new double[n][2];
        if (n < 2) {
            return scores;
        }
        double[] mean = new double[p];
        for (double[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= n;
        }
        double[][] xc = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                xc[i][j] = x[i][j] - mean[j];
            }
        }
        double[][] cov = new double[p][p];
        for (double[] row : xc) {
            for (int a = 0; a < p; a++) {
                for (int b = a; b < p; b++) {
                    cov[a][b] += row[a] * row[b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                cov[a][b] /= n - 1;
                cov[b][a] = cov[a][b];
            }
        }
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(cov, false));
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[p];
        for (int j = 0; j < p; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (u, w) -> Double.compare(values[w], values[u]));
        for (int c = 0; c < 2; c++) {
            double[] v = eig.getEigenvector(order[c]).toArray();
            int big = 0;
            for (int j = 1; j < p; j++) {
                if (Math.abs(v[j]) > Math.abs(v[big])) {
                    big = j;
                }
            }
            double sign = Math.signum(v[big]);
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < p; j++) {
                    s += xc[i][j] * v[j] * sign;
                }
                scores[i][c] = s;
            }
        }
        return scores;
    }

    private static void fillPf(double[][] rows) {
        int n = rows.length;
        double[] pf = new double[n];
        for (int k = 0; k < 4; k++) {
            int col = PraatFeatures.F_MEDIAN + k;
            double mean = 0;
            for (double[] row : rows) {
                mean += row[col];
            }
            mean /= n;
            double ss = 0;
            for (double[] row : rows) {
                ss += (row[col] - mean) * (row[col] - mean);
            }
            double sd = Math.sqrt(ss / n);
            for (int i = 0; i < n; i++) {
                pf[i] += (rows[i][col] - mean) / sd;
            }
        }
        for (int i = 0; i < n; i++) {
            rows[i][PraatFeatures.PF] = pf[i] / 4;
        }
    }
}
