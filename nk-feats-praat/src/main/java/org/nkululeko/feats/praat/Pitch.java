package org.nkululeko.feats.praat;

/**
 * A pitch contour after the path finder (praat.md A.1.3, A.1.4): one F0 per frame, NaN where
 * the frame is unvoiced.
 */
final class Pitch {

    final int nFrames;
    final double t1;
    final double dt;
    final double xmin;
    final double xmax;
    /** F0 in Hz per frame, 1-based; NaN for unvoiced frames. */
    final double[] f0;
    /** Strength of the chosen candidate per frame, 1-based (0 for unvoiced). */
    final double[] strength;

    Pitch(int nFrames, double t1, double dt, double xmin, double xmax, double[] f0,
            double[] strength) {
        this.nFrames = nFrames;
        this.t1 = t1;
        this.dt = dt;
        this.xmin = xmin;
        this.xmax = xmax;
        this.f0 = f0;
        this.strength = strength;
    }

    /** A contour without frames (sound too short for the analysis). */
    static Pitch empty(double xmin, double xmax) {
        return new Pitch(0, 0, 1, xmin, xmax, new double[1], new double[1]);
    }

    double frameTime(int i) {
        return t1 + (i - 1) * dt;
    }

    boolean voiced(int i) {
        return i >= 1 && i <= nFrames && !Double.isNaN(f0[i]);
    }

    /** "Get value at time: t, Hertz, Linear" (A.1.4); NaN where undefined. */
    double valueAt(double t) {
        if (t < xmin || t > xmax) {
            return Double.NaN;
        }
        double q = (t - t1) / dt + 1;
        int lo = (int) Math.floor(q);
        double phi = q - lo;
        int near;
        int far;
        if (phi < 0.5) {
            near = lo;
            far = lo + 1;
        } else {
            near = lo + 1;
            far = lo;
            phi = 1 - phi;
        }
        if (!voiced(near)) {
            return Double.NaN;
        }
        if (!voiced(far)) {
            return f0[near];
        }
        return f0[near] + phi * (f0[far] - f0[near]);
    }

    /** "Get mean: 0, 0, Hertz": the plain mean over voiced frames, NaN if none. */
    double mean() {
        double sum = 0;
        int n = 0;
        for (int i = 1; i <= nFrames; i++) {
            if (voiced(i)) {
                sum += f0[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** "Get standard deviation: 0, 0, Hertz": sample SD (n - 1), NaN if fewer than 2. */
    double standardDeviation() {
        double mean = mean();
        double ss = 0;
        int n = 0;
        for (int i = 1; i <= nFrames; i++) {
            if (voiced(i)) {
                double d = f0[i] - mean;
                ss += d * d;
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
    }
}
