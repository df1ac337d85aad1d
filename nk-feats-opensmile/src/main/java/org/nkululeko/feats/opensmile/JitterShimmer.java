package org.nkululeko.feats.opensmile;

/**
 * Period-synchronous jitter (local) and shimmer (local, dB) on the raw waveform, guided by the
 * gated F0 (egemaps.md §3.6). The tracker is stateful: its read pointer, carry, last period and
 * held values pass from frame to frame, as in openSMILE.
 */
final class JitterShimmer {

    private static final double SEARCH_RANGE = 0.1;
    private static final double MIN_CORRELATION = 0.5;

    private final float[] x;
    private final int fs;
    private final int hop;
    private final int step;
    private final int frameMax;

    private int rho;
    private int mu;
    private float tauPrev;
    private float jitterHeld;
    private float shimmerHeld;

    private JitterShimmer(float[] x, Framing framing) {
        this.x = x;
        fs = framing.sampleRateHz();
        hop = framing.hopSamples();
        step = (int) Math.ceil(0.01 / (1.0 / fs));
        frameMax = framing.longFrameSamples();
    }

    /** Sums over the accepted periods of one frame. */
    private static final class Periods {
        float sumTau;
        int count;
        float sumDelta;
        int deltas;
        float sumAmp;
        float sumAmpDelta;
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
        JitterShimmer tracker = new JitterShimmer(x, framing);
        float[] out = new float[2];
        for (int t = 0; t < f0Hz.length; t++) {
            tracker.frame(t, f0Hz[t], out);
            jitter[t] = out[0];
            shimmer[t] = out[1];
        }
    }

    /** Analyses frame t (steps 1-7 of §3.6); out receives {jitter, shimmer dB}. */
    private void frame(int t, float f, float[] out) {
        int r0 = step + mu;
        boolean continuous = t * hop - mu == rho;
        if (!continuous) {
            // Step 2: the read pointer lost the frame grid (only when hop != step).
            rho = t * hop;
        }
        if (f <= 0) {
            rho += r0;
            mu = 0;
            tauPrev = 0f;
            jitterHeld = 0f;
            shimmerHeld = 0f;
            out[0] = 0f;
            out[1] = 0f;
            return;
        }
        double t0 = (1.0 / f) / (1.0 / fs);
        int tmin = (int) Math.floor((1 - SEARCH_RANGE) * t0);
        int tmax = (int) Math.ceil((1 + SEARCH_RANGE) * t0);
        int r = Math.min(Math.max(r0, 2 * tmax + 2), mu + frameMax);
        if (!continuous) {
            r = Math.min(r, frameMax);
        }
        int available = Math.max(0, Math.min(r, x.length - rho));
        Periods p = new Periods();
        int consumed = scan(available, r0, tmin, tmax, (int) Math.round(t0), p);
        mu = r0 - consumed;
        rho += consumed;

        if (p.count > 0 && p.deltas > 0) {
            jitterHeld = Math.min((p.sumDelta / p.deltas) / (p.sumTau / p.count), 1f);
            out[0] = jitterHeld;
        } else {
            out[0] = p.count == 0 ? Math.min(jitterHeld, 1f) : 0f;
        }
        if (p.count > 0) {
            shimmerHeld = p.sumAmp > 0 ? p.sumAmpDelta / p.sumAmp : 0f;
        }
        shimmerHeld = Math.min(shimmerHeld, 1f);
        out[1] = (float) (20 * Math.log10(1 + shimmerHeld));
    }

    /**
     * Walks the periods of the segment x[rho .. rho+length) (§3.6 step 4).
     *
     * @return the consumed boundary beta
     */
    private int scan(int length, int r0, int tmin, int tmax, int t0i, Periods p) {
        int s = 0;
        int beta = 0;
        int range = tmax - tmin + 1;
        double[] c = new double[range];
        while (s < length - 2 * tmax - 1) {
            for (int i = 0; i < range; i++) {
                c[i] = correlation(x, rho + s, tmin + i);
            }
            int best = -1;
            for (int i = 1; i <= range - 3; i++) {
                if (c[i] > c[i - 1] && c[i] > c[i + 1] && (best < 0 || c[i] > c[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                s += t0i;
            } else {
                int m = tmin + best;
                int s0 = s;
                s += m;
                accept(p, c, best, tmin, peakToPeak(x, rho + s0, m), peakToPeak(x, rho + s, m));
            }
            if (s < r0 - 1) {
                beta = s;
            }
        }
        return beta;
    }

    /** Refines the period by a parabola and keeps it when the correlation exceeds 0.5. */
    private void accept(Periods p, double[] c, int best, int tmin, float a0, float a1) {
        double[] v = PitchShs.parabola(best - 1, c[best - 1], best, c[best], best + 1,
                c[best + 1]);
        if (!(v[1] > MIN_CORRELATION)) {
            return;
        }
        float tau = (float) (Math.abs(tmin + v[0]) / fs);
        p.sumTau += tau;
        p.count++;
        if (tauPrev > 0) {
            p.sumDelta += Math.abs(tauPrev - tau);
            p.deltas++;
        }
        tauPrev = tau;
        p.sumAmp += (a0 + a1) / 2f;
        p.sumAmpDelta += Math.abs(a0 - a1);
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
