package org.nkululeko.feats.praat;

import java.util.Arrays;

/**
 * {@code To Intensity: minimumPitch, 0, yes} and the statistics the syllable-nuclei script reads
 * from it (praat.md A.5).
 */
final class Intensity {

    /** Frame values in dB, 1-based; as a Sound on the frame grid. */
    final Sound contour;

    private Intensity(Sound contour) {
        this.contour = contour;
    }

    /**
     * @param sound the sound
     * @param minimumPitchHz the minimum pitch (50)
     * @return the contour, or null if the sound is shorter than the window
     */
    static Intensity analyse(Sound sound, double minimumPitchHz) {
        double dt = 0.8 / minimumPitchHz;
        double logical = 3.2 / minimumPitchHz;
        double physical = 6.4 / minimumPitchHz;
        double d = sound.duration();
        if (physical > d) {
            return null;
        }
        int n = (int) Math.floor((d - physical) / dt) + 1;
        double t1 = (sound.x1 - 0.5 * sound.dx + 0.5 * d) - 0.5 * n * dt + 0.5 * dt;
        int half = (int) Math.floor(logical / sound.dx);
        double[] window = new double[2 * half + 1];
        double beta = 2 * Math.PI * Math.PI + 0.5;
        for (int k = -half; k <= half; k++) {
            double x = k * sound.dx / logical;
            double root = 1 - x * x;
            window[k + half] = besselI0(beta * Math.sqrt(Math.max(0, root)));
        }
        double[] y = sound.y;
        double[] db = new double[n + 2];
        for (int f = 1; f <= n; f++) {
            double t = t1 + (f - 1) * dt;
            int c = sound.nearestIndex(t);
            int first = Math.max(1, c - half);
            int last = Math.min(sound.nx, c + half);
            double mean = 0;
            for (int i = first; i <= last; i++) {
                mean += y[i];
            }
            mean /= last - first + 1;
            double sum = 0;
            double weights = 0;
            for (int i = first; i <= last; i++) {
                double w = window[i - c + half];
                double v = y[i] - mean;
                sum += v * v * w;
                weights += w;
            }
            double ratio = sum / weights / 4e-10;
            db[f] = ratio < 1e-30 ? -300 : 10 * Math.log10(ratio);
        }
        return new Intensity(new Sound(db, n, sound.xmin, sound.xmax, t1, dt));
    }

    /** I0 by Abramowitz and Stegun 9.8.1 and 9.8.2. */
    static double besselI0(double x) {
        double ax = Math.abs(x);
        if (ax < 3.75) {
            double t = x / 3.75;
            t *= t;
            return 1 + t * (3.5156229 + t * (3.0899424 + t * (1.2067492 + t * (0.2659732
                    + t * (0.0360768 + t * 0.0045813)))));
        }
        double t = 3.75 / ax;
        return Math.exp(ax) / Math.sqrt(ax) * (0.39894228 + t * (0.01328592 + t * (0.00225319
                + t * (-0.00157565 + t * (0.00916281 + t * (-0.02057706 + t * (0.02635537
                + t * (-0.01647633 + t * 0.00392377))))))));
    }

    int frames() {
        return contour.nx;
    }

    double value(int i) {
        return contour.y[i];
    }

    /** "Get quantile: 0, 0, q". */
    double quantile(double q) {
        int n = frames();
        double[] v = Arrays.copyOfRange(contour.y, 1, n + 1);
        Arrays.sort(v);
        if (n == 1) {
            return v[0];
        }
        double p = q * n + 0.5;
        int l = (int) Math.floor(p);
        l = Math.max(1, Math.min(n - 1, l));
        return v[l - 1] + (p - l) * (v[l] - v[l - 1]);
    }

    /** "Get maximum: 0, 0, Parabolic". */
    double maximumParabolic() {
        return extremumParabolic(1);
    }

    /** "Get minimum: 0, 0, Parabolic". */
    double minimumParabolic() {
        return -extremumParabolic(-1);
    }

    private double extremumParabolic(int sign) {
        double[] y = contour.y;
        int n = frames();
        double best = Math.max(sign * y[1], sign * y[n]);
        for (int i = 2; i < n; i++) {
            double a = sign * y[i - 1];
            double b = sign * y[i];
            double c = sign * y[i + 1];
            if (b > a && b >= c) {
                double dy = 0.5 * (c - a);
                double d2y = 2 * b - a - c;
                double v = b + 0.5 * dy * dy / d2y;
                best = Math.max(best, v);
            }
        }
        return best;
    }

    /** "Get minimum: ta, tb, None". */
    double minimumNone(double ta, double tb) {
        Sound s = contour;
        int first = s.windowFirst(ta);
        int last = s.windowLast(tb);
        if (first > last) {
            return Math.min(nearestValue(ta), nearestValue(tb));
        }
        double min = s.y[first];
        for (int i = first + 1; i <= last; i++) {
            min = Math.min(min, s.y[i]);
        }
        return min;
    }

    private double nearestValue(double t) {
        int i = contour.nearestIndex(t);
        i = Math.max(1, Math.min(frames(), i));
        return contour.y[i];
    }
}
