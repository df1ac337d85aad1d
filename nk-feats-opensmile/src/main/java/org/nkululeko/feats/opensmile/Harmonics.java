package org.nkululeko.feats.opensmile;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Harmonics-based descriptors of a voiced 60 ms frame (egemaps.md §3.7-3.8): HNR from the
 * autocorrelation, H1-H2, H1-A3 and the F1-F3 amplitudes relative to the F0 peak. openSMILE
 * counts harmonics from 0, so "H1" is the 2nd harmonic (2 F0) and "H2" the 3rd.
 */
final class Harmonics {

    /** Value of levels and amplitudes that do not exist. */
    static final float SENTINEL = -201f;

    private static final int COUNT = 100;

    private final int bins;
    private final int fftSize;
    private final double[] binHz;

    Harmonics(Framing framing) {
        fftSize = framing.longFftSize();
        bins = fftSize / 2 + 1;
        double binsPerHz = 0.060 * fftSize / framing.longFrameSamples();
        binHz = new double[bins];
        for (int k = 0; k < bins; k++) {
            binHz[k] = k / binsPerHz;
        }
    }

    DoubleFFT_1D newFft() {
        return new DoubleFFT_1D(fftSize);
    }

    /**
     * HNR in dB (§3.7).
     *
     * @param mag |X_k| of the frame
     * @param f0Hz the gated F0, > 0
     * @param fft an inverse FFT of the long size
     * @return HNRdBACF
     */
    float hnr(float[] mag, float f0Hz, DoubleFFT_1D fft) {
        double[] buf = new double[fftSize];
        buf[0] = (float) (mag[0] * mag[0]);
        buf[1] = (float) (mag[bins - 1] * mag[bins - 1]);
        for (int k = 1; k < bins - 1; k++) {
            buf[2 * k] = (float) (mag[k] * mag[k]);
        }
        fft.realInverse(buf, false);
        double[] psi = new double[bins];
        for (int n = 0; n < bins; n++) {
            psi[n] = (float) (Math.abs(buf[n] * 0.5) / bins);
        }
        int n0 = (int) Math.floor(2 * binHz[bins - 1] / f0Hz);
        int best = refine(psi, Math.min(Math.max(n0, 0), bins - 1));
        if (best == 0) {
            return 0f;
        }
        double den = psi[0] - psi[best];
        double r = den == 0 ? 1e11 : psi[best] / den;
        if (r > 1e11) {
            return 110f;
        }
        if (r < 1e-9) {
            return -90f;
        }
        return (float) (10 * Math.log10(r));
    }

    private static boolean isPeak(double[] v, int n) {
        int last = v.length - 1;
        if (n == 0) {
            return v[0] > v[1];
        }
        if (n == last) {
            return v[last] > v[last - 1];
        }
        return v[n] > v[n - 1] && v[n] > v[n + 1];
    }

    private static int refine(double[] psi, int n0) {
        int k = psi.length;
        if (isPeak(psi, n0)) {
            return n0;
        }
        for (int o = 1; o < k; o++) {
            boolean any = false;
            if (n0 - o > 0) {
                any = true;
                if (isPeak(psi, n0 - o)) {
                    return n0 - o;
                }
            }
            if (n0 + o < k - 1) {
                any = true;
                if (isPeak(psi, n0 + o)) {
                    return n0 + o;
                }
            }
            if (!any) {
                break;
            }
        }
        double first = psi[0];
        double mid = psi[n0];
        double last = psi[k - 1];
        if (first > mid && mid >= last) {
            return 0;
        }
        if (first <= mid && mid < last) {
            return k - 1;
        }
        if (first > mid && last > mid) {
            return n0 < k / 2 ? 0 : k - 1;
        }
        return n0;
    }

    /**
     * H1-H2, H1-A3 and the F1-F3 amplitudes (§3.8).
     *
     * @param mag |X_k| of the frame
     * @param f0Hz gated F0, > 0
     * @param formantHz F1..F5 of the same frame index, 0 where missing
     * @param out receives {H1-H2, H1-A3, F1amp, F2amp, F3amp}
     */
    void levels(float[] mag, float f0Hz, float[] formantHz, float[] out) {
        int[] bin = new int[COUNT];
        float[] freq = new float[COUNT];
        float[] raw = new float[COUNT];
        float[] interp = new float[COUNT];
        int b0 = nearest(f0Hz / 2f, 1);
        int prev = b0;
        for (int i = 0; i < COUNT; i++) {
            float h = i + 1;
            int cand = nearest(h * f0Hz, prev);
            int peak = -1;
            if (isPeakF(mag, cand)) {
                peak = cand;
            } else {
                int lo = nearest((h - 0.5f) * f0Hz, prev);
                int hi = nearest((h + 0.5f) * f0Hz, cand);
                for (int o = 1; ; o++) {
                    boolean up = cand + o <= hi;
                    boolean down = cand - o >= lo;
                    if (!up && !down) {
                        break;
                    }
                    if (up && isPeakF(mag, cand + o)) {
                        peak = cand + o;
                        break;
                    }
                    if (down && isPeakF(mag, cand - o)) {
                        peak = cand - o;
                        break;
                    }
                }
            }
            if (peak >= b0 && peak < bins - 1 && peak > 0) {
                bin[i] = peak;
                raw[i] = mag[peak];
                double[] v = PitchShs.parabola(binHz[peak - 1], mag[peak - 1], binHz[peak],
                        mag[peak], binHz[peak + 1], mag[peak + 1]);
                freq[i] = (float) v[0];
                interp[i] = (float) v[1];
            } else {
                bin[i] = cand;
            }
            prev = cand;
        }
        float[] level = new float[COUNT];
        if (raw[0] == 0f) {
            java.util.Arrays.fill(level, SENTINEL);
            level[0] = 0f;
        } else {
            float ref = (float) Math.log10(raw[0]);
            for (int i = 1; i < COUNT; i++) {
                float l = interp[i] > 0 ? (float) (20 * (Math.log10(interp[i]) - ref)) : -200f;
                level[i] = Math.max(l, -200f);
            }
        }
        for (int i = 1; i < COUNT; i++) {
            if (bin[i] == bin[i - 1]) {
                bin[i] = 0;
                freq[i] = 0f;
                raw[i] = 0f;
                interp[i] = 0f;
                level[i] = SENTINEL;
            }
        }
        out[0] = clamp(level[1] - level[2]);
        float[] amp = new float[3];
        boolean hasA3 = false;
        for (int j = 0; j < 3; j++) {
            float fj = formantHz[j];
            float lo = 0.8f * fj;
            float hi = 1.2f * fj;
            int chosen = -1;
            for (int i = 0; i < COUNT; i++) {
                if (freq[i] >= lo && freq[i] <= hi && raw[i] > 0
                        && (chosen < 0 || raw[i] > raw[chosen])) {
                    chosen = i;
                }
            }
            amp[j] = chosen < 0 ? 0f : level[chosen];
            if (j == 2) {
                hasA3 = chosen >= 0;
            }
        }
        out[1] = hasA3 ? clamp(level[1] - amp[2]) : clamp(level[1] - 201f);
        out[2] = amp[0];
        out[3] = amp[1];
        out[4] = amp[2];
    }

    private static float clamp(float v) {
        return Math.max(-201f, Math.min(201f, v));
    }

    private boolean isPeakF(float[] v, int n) {
        int last = v.length - 1;
        if (n == 0) {
            return v[0] > v[1];
        }
        if (n == last) {
            return v[last] > v[last - 1];
        }
        return v[n] > v[n - 1] && v[n] > v[n + 1];
    }

    /** First bin k >= start with f_k > f, or its left neighbour if that is closer; 0 if none. */
    private int nearest(double f, int start) {
        for (int k = Math.max(start, 0); k < bins; k++) {
            if (binHz[k] > f) {
                if (k > 0 && binHz[k] - f > f - binHz[k - 1]) {
                    return k - 1;
                }
                return k;
            }
        }
        return 0;
    }
}
