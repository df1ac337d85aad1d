package org.nkululeko.feats.praat;

import java.util.Arrays;
import org.apache.commons.math3.special.Erf;

/**
 * The six pause-distribution columns (praat.md §3 columns 24-29): a log-normal fit with location
 * 0 (maximum likelihood), a two-sided one-sample Kolmogorov-Smirnov test of the pauses against
 * it with the exact p-value (Marsaglia, Tsang and Wang 2003), and mean, SD and CV.
 */
final class PauseStatistics {

    /** Fewer pauses than this give NaN for all six columns. */
    static final int MIN_PAUSES = 3;

    private PauseStatistics() {
    }

    /**
     * @param d pause durations in s, all positive
     * @return mu, sigma, KS p-value, mean, SD (ddof 0), CV; NaN if fewer than 3 pauses
     */
    static double[] compute(double[] d) {
        double[] out = new double[6];
        Arrays.fill(out, Double.NaN);
        int n = d.length;
        if (n < MIN_PAUSES) {
            return out;
        }
        double sum = 0;
        double sumLog = 0;
        for (double v : d) {
            sum += v;
            sumLog += Math.log(v);
        }
        double mean = sum / n;
        double mu = sumLog / n;
        double ss = 0;
        double ssLog = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
            double l = Math.log(v) - mu;
            ssLog += l * l;
        }
        double sd = Math.sqrt(ss / n);
        double sigma = Math.sqrt(ssLog / n);
        out[0] = mu;
        out[1] = sigma;
        out[3] = mean;
        out[4] = sd;
        out[5] = mean > 0 ? sd / mean : 0;
        if (sigma > 0) {
            double[] w = d.clone();
            Arrays.sort(w);
            double dPlus = -1e300;
            double dMinus = -1e300;
            for (int i = 1; i <= n; i++) {
                double z = (Math.log(w[i - 1]) - mu) / sigma;
                double cdf = 0.5 * Erf.erfc(-z / Math.sqrt(2));
                dPlus = Math.max(dPlus, (double) i / n - cdf);
                dMinus = Math.max(dMinus, cdf - (double) (i - 1) / n);
            }
            double stat = Math.max(dPlus, dMinus);
            out[2] = Math.min(1, Math.max(0, 1 - ksCdf(n, stat)));
        }
        return out;
    }

    /**
     * P(D_n &lt; d) for the two-sided one-sample KS statistic, exact, by the matrix method of
     * Marsaglia, Tsang and Wang (2003, J. Stat. Softw. 8(18)), with their power scaling.
     */
    static double ksCdf(int n, double d) {
        if (d <= 0) {
            return 0;
        }
        if (d >= 1) {
            return 1;
        }
        int k = (int) Math.floor(n * d) + 1;
        int m = 2 * k - 1;
        double h = k - n * d;
        double[][] hm = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                hm[i][j] = i - j + 1 >= 0 ? 1 : 0;
            }
        }
        for (int i = 0; i < m; i++) {
            hm[i][0] -= Math.pow(h, i + 1);
            hm[m - 1][i] -= Math.pow(h, m - i);
        }
        if (2 * h - 1 > 0) {
            hm[m - 1][0] += Math.pow(2 * h - 1, m);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                if (i - j + 1 > 0) {
                    for (int g = 1; g <= i - j + 1; g++) {
                        hm[i][j] /= g;
                    }
                }
            }
        }
        int[] exponent = new int[1];
        double[][] q = power(hm, n, exponent);
        double s = q[k - 1][k - 1];
        int e = exponent[0];
        for (int i = 1; i <= n; i++) {
            s = s * i / n;
            if (s < 1e-140) {
                s *= 1e140;
                e -= 140;
            }
        }
        return s * Math.pow(10, e);
    }

    /** a^n with decimal exponent tracking (values kept below 1e140). */
    private static double[][] power(double[][] a, int n, int[] exponent) {
        if (n == 1) {
            exponent[0] = 0;
            return copy(a);
        }
        double[][] half = power(a, n / 2, exponent);
        double[][] r = multiply(half, half);
        int e = 2 * exponent[0];
        if (n % 2 == 1) {
            r = multiply(a, r);
        }
        int m = r.length;
        if (r[m / 2][m / 2] > 1e140) {
            for (double[] row : r) {
                for (int j = 0; j < m; j++) {
                    row[j] *= 1e-140;
                }
            }
            e += 140;
        }
        exponent[0] = e;
        return r;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int m = a.length;
        double[][] c = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < m; k++) {
                double v = a[i][k];
                if (v == 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    c[i][j] += v * b[k][j];
                }
            }
        }
        return c;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
