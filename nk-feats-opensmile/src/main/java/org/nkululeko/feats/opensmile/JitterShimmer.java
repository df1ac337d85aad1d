package org.nkululeko.feats.opensmile;

/**
 * Period-synchronous jitter (local) and shimmer (local, dB) on the raw waveform, guided by the
 * gated F0 (egemaps.md §3.6). The tracker is stateful: its read pointer, carry, last period and
 * held values pass from frame to frame.
 */
final class JitterShimmer {

    private JitterShimmer() {
    }

    /**
     * @param x mono samples
     * @param f0Hz gated F0 per 60 ms frame, 0 = unvoiced
     * @param framing the framing
     * @param jitter receives jitterLocal per frame
     * @param shimmer receives shimmerLocaldB per frame
     */
    static void compute(float[] x, float[] f0Hz, Framing framing, float[] jitter,
            float[] shimmer) {
        int fs = framing.sampleRateHz();
        int hop = framing.hopSamples();
        int p = (int) Math.ceil(0.01 / (1.0 / fs));
        int frameMax = framing.longFrameSamples();
        int rho = 0;
        int mu = 0;
        float tauPrev = 0f;
        float jHeld = 0f;
        float sHeld = 0f;
        for (int t = 0; t < f0Hz.length; t++) {
            float f = f0Hz[t];
            int r0 = p + mu;
            int r = r0;
            int tmin = 0;
            int tmax = 0;
            int t0i = 0;
            if (f > 0) {
                double t0 = (1.0 / f) / (1.0 / fs);
                t0i = (int) Math.round(t0);
                tmin = (int) Math.floor(0.9 * t0);
                tmax = (int) Math.ceil(1.1 * t0);
                r = Math.max(r0, 2 * tmax + 2);
            }
            r = Math.min(r, mu + frameMax);
            if (t * hop - mu != rho) {
                rho = t * hop;
                r = Math.min(r, frameMax);
            }
            int avail = Math.max(0, Math.min(r, x.length - rho));
            int beta;
            if (f > 0) {
                int s = 0;
                beta = 0;
                float sumTau = 0f;
                int nPeriods = 0;
                float sumDelta = 0f;
                int nDelta = 0;
                float sumAmp = 0f;
                float sumAmpDelta = 0f;
                int range = tmax - tmin + 1;
                double[] c = new double[range];
                while (s < avail - 2 * tmax - 1) {
                    for (int i = 0; i < range; i++) {
                        c[i] = correlation(x, rho + s, tmin + i);
                    }
                    int best = -1;
                    for (int i = 1; i <= range - 3; i++) {
                        if (c[i] > c[i - 1] && c[i] > c[i + 1]
                                && (best < 0 || c[i] > c[best])) {
                            best = i;
                        }
                    }
                    if (best < 0) {
                        s += t0i;
                    } else {
                        int m = tmin + best;
                        int s0 = s;
                        s += m;
                        float a0 = peakToPeak(x, rho + s0, m);
                        float a1 = peakToPeak(x, rho + s, m);
                        float da = Math.abs(a0 - a1);
                        double[] v = PitchShs.parabola(best - 1, c[best - 1], best, c[best],
                                best + 1, c[best + 1]);
                        if (v[1] > 0.5) {
                            float tau = (float) (Math.abs(tmin + v[0]) / fs);
                            sumTau += tau;
                            nPeriods++;
                            if (tauPrev > 0) {
                                sumDelta += Math.abs(tauPrev - tau);
                                nDelta++;
                            }
                            tauPrev = tau;
                            sumAmp += (a0 + a1) / 2f;
                            sumAmpDelta += da;
                        }
                    }
                    if (s < r0 - 1) {
                        beta = s;
                    }
                }
                mu = r0 - beta;
                if (nPeriods > 0 && nDelta > 0) {
                    jHeld = Math.min((sumDelta / nDelta) / (sumTau / nPeriods), 1f);
                    jitter[t] = jHeld;
                } else if (nPeriods == 0) {
                    jitter[t] = Math.min(jHeld, 1f);
                } else {
                    jitter[t] = 0f;
                }
                if (nPeriods > 0) {
                    sHeld = sumAmp > 0 ? sumAmpDelta / sumAmp : 0f;
                }
                sHeld = Math.min(sHeld, 1f);
                shimmer[t] = (float) (20 * Math.log10(1 + sHeld));
            } else {
                beta = r0;
                mu = 0;
                tauPrev = 0f;
                jHeld = 0f;
                sHeld = 0f;
                jitter[t] = 0f;
                shimmer[t] = 0f;
            }
            rho += beta;
        }
    }

    /** Pearson correlation of x[a..a+m-1] with x[a+m..a+2m-1], means removed. */
    private static double correlation(float[] x, int a, int m) {
        double s1 = 0;
        double s2 = 0;
        for (int i = 0; i < m; i++) {
            s1 += x[a + i];
            s2 += x[a + m + i];
        }
        double m1 = s1 / m;
        double m2 = s2 / m;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < m; i++) {
            double u = x[a + i] - m1;
            double v = x[a + m + i] - m2;
            sxy += u * v;
            sxx += u * u;
            syy += v * v;
        }
        double den = Math.sqrt(sxx * syy);
        return den > 0 ? sxy / den : 0;
    }

    /** max - min of x[a+1 .. a+m-2] (first and last sample left out). */
    private static float peakToPeak(float[] x, int a, int m) {
        float max = Float.NEGATIVE_INFINITY;
        float min = Float.POSITIVE_INFINITY;
        for (int i = 1; i < m - 1; i++) {
            max = Math.max(max, x[a + i]);
            min = Math.min(min, x[a + i]);
        }
        return max >= min ? max - min : 0f;
    }
}
