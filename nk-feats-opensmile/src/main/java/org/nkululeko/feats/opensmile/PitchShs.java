package org.nkululeko.feats.opensmile;

/**
 * Sub-harmonic summation pitch candidates of one 60 ms Gaussian-windowed magnitude spectrum
 * (egemaps.md §3.5.1-3.5.2; Hermes 1988): peak enhancement, smoothing, a natural cubic spline
 * onto a log2 frequency axis from 25 Hz, auditory weighting, 15 compressed sub-harmonics and the
 * six best parabolic-interpolated peaks in 55-1000 Hz.
 */
final class PitchShs {

    /** Candidate slots per frame. */
    static final int SLOTS = 6;

    private static final int HARMONICS = 15;
    private static final float COMPRESSION = 0.85f;
    private static final double MIN_HZ = 25;
    private static final double CAND_MIN_HZ = 55;
    private static final double CAND_MAX_HZ = 1000;

    private final int bins;
    private final double[] knots;
    private final int[] upper;
    private final double[] weight;
    private final int[] shift;
    private final float[] targetX;
    private final double[] splineZ;

    PitchShs(Framing framing) {
        int nf = framing.longFftSize();
        bins = nf / 2 + 1;
        float s = (float) (0.060 * nf / framing.longFrameSamples());
        double delta = 1.0 / s;
        double fmax = delta * (bins - 1);
        knots = new double[bins];
        for (int k = 1; k < bins; k++) {
            knots[k] = log2(k * delta);
        }
        knots[0] = 2 * knots[1] - knots[2];
        int m = bins;
        double z0 = log2(MIN_HZ);
        double step = (log2(fmax) - z0) / (m - 1);
        upper = new int[m];
        int knot = 0;
        for (int i = 0; i < m; i++) {
            double z = z0 + i * step;
            while (knot < bins - 1 && knots[knot] < z) {
                knot++;
            }
            upper[i] = Math.max(knot, 1);
        }
        double octaves = log2(fmax / MIN_HZ);
        double ppo = m / octaves;
        double sh = ppo * log2(65.0 / 50.0) - 1;
        weight = new double[m];
        for (int i = 0; i < m; i++) {
            weight[i] = 0.5 + Math.atan(3 * (i + 1 - sh) / ppo) / Math.PI;
        }
        float ppoF = (float) ppo;
        shift = new int[HARMONICS + 1];
        for (int h = 2; h <= HARMONICS; h++) {
            shift[h] = (int) Math.floor(ppoF * log2(h));
        }
        float z0f = (float) log2(MIN_HZ);
        float stepF = (float) (((float) log2(fmax) - z0f) / (m - 1));
        targetX = new float[m];
        for (int i = 0; i < m; i++) {
            targetX[i] = (float) (i * stepF + z0f);
        }
        splineZ = new double[m];
        for (int i = 0; i < m; i++) {
            splineZ[i] = z0 + i * step;
        }
    }

    static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    /** @return the sub-harmonic shifts d_h, index h = 2..15 (for tests) */
    int[] shifts() {
        return shift.clone();
    }

    /**
     * @param magnitude |X_k| of the 60 ms frame, k = 0..K-1
     * @param freqs receives 6 candidate frequencies in Hz (0 for empty slots)
     * @param voicing receives their voicing probabilities
     */
    void candidates(float[] magnitude, float[] freqs, float[] voicing) {
        double[] a = new double[bins];
        for (int k = 0; k < bins; k++) {
            a[k] = magnitude[k];
        }
        enhancePeaks(a);
        double[] sm = new double[bins];
        for (int k = 0; k < bins - 1; k++) {
            double left = k == 0 ? 0 : a[k - 1];
            sm[k] = (left + 2 * a[k] + a[k + 1]) / 4;
        }
        sm[bins - 1] = a[bins - 1];
        float[] y = logSpectrum(sm);
        float[] ss = subharmonicSum(y);
        pick(ss, freqs, voicing);
    }

    private void enhancePeaks(double[] a) {
        int n = a.length;
        int[] peaks = new int[n];
        int count = 0;
        for (int k = 0; k < n; k++) {
            boolean peak;
            if (k == 0) {
                peak = a[0] > a[1];
            } else if (k == n - 1) {
                peak = a[n - 1] > a[n - 2];
            } else {
                peak = a[k] > a[k - 1] && a[k] >= a[k + 1];
            }
            if (peak) {
                peaks[count++] = k;
            }
        }
        if (count == 1) {
            for (int k = 3; k < n; k++) {
                a[k] = 0;
            }
            return;
        }
        for (int p = 0; p + 1 < count; p++) {
            for (int k = peaks[p] + 3; k <= peaks[p + 1] - 3; k++) {
                a[k] = 0;
            }
        }
    }

    /** Natural cubic spline through (u_k, a_k) evaluated on the log2 grid, weighted. */
    private float[] logSpectrum(double[] a) {
        int n = bins;
        double[] y2 = new double[n];
        double[] u = new double[n];
        for (int i = 1; i < n - 1; i++) {
            double sig = (knots[i] - knots[i - 1]) / (knots[i + 1] - knots[i - 1]);
            double p = sig * y2[i - 1] + 2.0;
            y2[i] = (sig - 1.0) / p;
            double d = (a[i + 1] - a[i]) / (knots[i + 1] - knots[i])
                    - (a[i] - a[i - 1]) / (knots[i] - knots[i - 1]);
            u[i] = (6.0 * d / (knots[i + 1] - knots[i - 1]) - sig * u[i - 1]) / p;
        }
        y2[n - 1] = 0;
        for (int k = n - 2; k >= 0; k--) {
            y2[k] = y2[k] * y2[k + 1] + u[k];
        }
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            int hi = upper[i];
            int lo = hi - 1;
            double h = knots[hi] - knots[lo];
            double z = splineZ[i];
            double wa = (knots[hi] - z) / h;
            double wb = (z - knots[lo]) / h;
            double v = wa * a[lo] + wb * a[hi]
                    + ((wa * wa * wa - wa) * y2[lo] + (wb * wb * wb - wb) * y2[hi]) * (h * h)
                    / 6.0;
            float vf = (float) v;
            y[i] = vf > 0 ? (float) (vf * weight[i]) : 0f;
        }
        return y;
    }

    private float[] subharmonicSum(float[] y) {
        int m = y.length;
        float[] ss = new float[m];
        for (int i = 0; i < m; i++) {
            float sum = y[i];
            float c = 1f;
            for (int h = 2; h <= HARMONICS; h++) {
                c *= COMPRESSION;
                int j = i + shift[h];
                if (j < m) {
                    sum += c * y[j];
                }
            }
            sum /= HARMONICS;
            ss[i] = Math.max(0f, sum);
        }
        return ss;
    }

    private void pick(float[] ss, float[] freqs, float[] voicing) {
        int m = ss.length;
        int[] best = new int[SLOTS];
        int found = 0;
        double mean = 0;
        for (int i = 0; i < m; i++) {
            mean += ss[i];
        }
        mean /= m;
        for (int i = 1; i < m - 1; i++) {
            if (ss[i - 1] < ss[i] && ss[i] > ss[i + 1]) {
                int pos = found;
                while (pos > 0 && ss[best[pos - 1]] < ss[i]) {
                    pos--;
                }
                if (pos < SLOTS) {
                    int last = Math.min(found, SLOTS - 1);
                    for (int q = last; q > pos; q--) {
                        best[q] = best[q - 1];
                    }
                    best[pos] = i;
                    found = Math.min(found + 1, SLOTS);
                }
            }
        }
        java.util.Arrays.fill(freqs, 0f);
        java.util.Arrays.fill(voicing, 0f);
        double[] score = new double[SLOTS];
        int kept = 0;
        for (int c = 0; c < found; c++) {
            int i = best[c];
            double[] v = parabola(targetX[i - 1], ss[i - 1], targetX[i], ss[i],
                    targetX[i + 1], ss[i + 1]);
            float f = (float) Math.pow(2, v[0]);
            double ys = v[1];
            if (f < CAND_MIN_HZ || f > CAND_MAX_HZ) {
                continue;
            }
            freqs[kept] = f;
            voicing[kept] = ys > 0 && ys > mean ? (float) (1 - mean / ys) : 0f;
            score[kept] = ys;
            kept++;
        }
        int top = 0;
        for (int c = 1; c < kept; c++) {
            if (score[c] > score[top]) {
                top = c;
            }
        }
        if (top != 0) {
            float tf = freqs[0];
            freqs[0] = freqs[top];
            freqs[top] = tf;
            float tv = voicing[0];
            voicing[0] = voicing[top];
            voicing[top] = tv;
        }
    }

    /**
     * Vertex of the parabola through three points (closed form of §3.5.2), or the highest point
     * when the points are degenerate.
     *
     * @return {x*, y*}
     */
    static double[] parabola(double x1, double y1, double x2, double y2, double x3, double y3) {
        double d = x1 * x1 * x2 + x2 * x2 * x3 + x3 * x3 * x1
                - x3 * x3 * x2 - x2 * x2 * x1 - x1 * x1 * x3;
        if (d != 0) {
            double alpha = (y1 * x2 + y2 * x3 + y3 * x1 - y3 * x2 - y2 * x1 - y1 * x3) / d;
            if (alpha != 0) {
                double beta = (x1 * x1 * y2 + x2 * x2 * y3 + x3 * x3 * y1
                        - x3 * x3 * y2 - x2 * x2 * y1 - x1 * x1 * y3) / d;
                double gamma = (x1 * x1 * x2 * y3 + x2 * x2 * x3 * y1 + x3 * x3 * x1 * y2
                        - x3 * x3 * x2 * y1 - x2 * x2 * x1 * y3 - x1 * x1 * x3 * y2) / d;
                double xs = -beta / (2 * alpha);
                return new double[] {xs, gamma - alpha * xs * xs};
            }
        }
        if (y1 >= y2 && y1 >= y3) {
            return new double[] {x1, y1};
        }
        return y2 >= y3 ? new double[] {x2, y2} : new double[] {x3, y3};
    }
}
