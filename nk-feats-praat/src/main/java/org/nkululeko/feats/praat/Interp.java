package org.nkululeko.feats.praat;

/**
 * Interpolation and peak refinement on sampled signals, 1-based as in praat.md Part II (A.0):
 * arrays hold their samples in {@code y[1..n]}; {@code y[0]} is unused.
 */
final class Interp {

    /** Depth of Praat's "Sinc70" interpolation. */
    static final int SINC70 = 70;
    /** Depth of Praat's "Sinc700" interpolation. */
    static final int SINC700 = 700;
    /** Depth of the "cubic" rule. */
    static final int CUBIC = 2;

    private static final double SQRT_EPSILON = Math.sqrt(Math.ulp(1.0) / 2);
    private static final double GOLDEN = (3 - Math.sqrt(5.0)) / 2;

    private Interp() {
    }

    /**
     * Windowed-sinc interpolation (praat.md A.0) of {@code y[1..n]} at real index {@code x}.
     *
     * @param y the samples, 1-based
     * @param n the number of samples
     * @param x the real index (1 = first sample)
     * @param maxDepth the number of samples used on each side, before clipping at the edges
     * @return the interpolated value
     */
    static double sinc(double[] y, int n, double x, int maxDepth) {
        if (x < 1) {
            return y[1];
        }
        if (x > n) {
            return y[n];
        }
        int l = (int) Math.floor(x);
        if (x == l) {
            return y[l];
        }
        int r = l + 1;
        int depth = Math.min(maxDepth, Math.min(r - 1, n - l));
        if (depth <= 0) {
            return y[(int) Math.floor(x + 0.5)];
        }
        double phi = x - l;
        if (depth == 1) {
            return y[l] + phi * (y[r] - y[l]);
        }
        if (depth == 2) {
            return cubic(y, l, phi);
        }
        // sin(pi (x - k)) = +-sin(pi phi) on both sides; the tapers by rotation recurrences;
        // left term j and right term j share one division
        double psi = 1 - phi;
        double stepL = Math.PI / (phi + depth);
        double stepR = Math.PI / (psi + depth);
        double cL = Math.cos(phi * stepL);
        double sL = Math.sin(phi * stepL);
        double cR = Math.cos(psi * stepR);
        double sR = Math.sin(psi * stepR);
        double cStepL = Math.cos(stepL);
        double sStepL = Math.sin(stepL);
        double cStepR = Math.cos(stepR);
        double sStepR = Math.sin(stepR);
        double even = 0;
        double odd = 0;
        for (int j = 0; j < depth; j++) {
            double dl = phi + j;
            double dr = psi + j;
            double term = (y[l - j] * (1 + cL) * dr + y[r + j] * (1 + cR) * dl) / (dl * dr);
            if ((j & 1) == 0) {
                even += term;
            } else {
                odd += term;
            }
            double c = cL * cStepL - sL * sStepL;
            sL = sL * cStepL + cL * sStepL;
            cL = c;
            c = cR * cStepR - sR * sStepR;
            sR = sR * cStepR + cR * sStepR;
            cR = c;
        }
        return Math.sin(Math.PI * phi) / Math.PI * 0.5 * (even - odd);
    }

    /**
     * The weights of {@link #sinc} at full depth for one fractional position, to apply at many
     * positions with the same fraction (a resampler whose rate ratio repeats).
     */
    static final class SincWeights {
        private final double[] left;
        private final double[] right;

        /**
         * @param phi the fraction x - floor(x), in (0, 1)
         * @param depth samples on each side
         */
        SincWeights(double phi, int depth) {
            left = new double[depth];
            right = new double[depth];
            double sinPiPhi = Math.sin(Math.PI * phi) / Math.PI;
            double angleStep = Math.PI / (phi + depth);
            double c = Math.cos(phi * angleStep);
            double s = Math.sin(phi * angleStep);
            double cStep = Math.cos(angleStep);
            double sStep = Math.sin(angleStep);
            double sign = 1;
            for (int j = 0; j < depth; j++) {
                left[j] = sinPiPhi * sign * 0.5 * (1 + c) / (phi + j);
                double cNext = c * cStep - s * sStep;
                s = s * cStep + c * sStep;
                c = cNext;
                sign = -sign;
            }
            double psi = 1 - phi;
            angleStep = Math.PI / (psi + depth);
            c = Math.cos(psi * angleStep);
            s = Math.sin(psi * angleStep);
            cStep = Math.cos(angleStep);
            sStep = Math.sin(angleStep);
            sign = 1;
            for (int j = 0; j < depth; j++) {
                right[j] = sinPiPhi * sign * 0.5 * (1 + c) / (psi + j);
                double cNext = c * cStep - s * sStep;
                s = s * cStep + c * sStep;
                c = cNext;
                sign = -sign;
            }
        }

        /** @return the interpolated value between y[l] and y[l+1] (no edge clipping) */
        double apply(double[] y, int l) {
            double sum = 0;
            for (int j = 0; j < left.length; j++) {
                sum += y[l - j] * left[j];
            }
            double sumR = 0;
            for (int j = 0; j < right.length; j++) {
                sumR += y[l + 1 + j] * right[j];
            }
            return sum + sumR;
        }
    }

    /** The "cubic" rule of A.0 between y[l] and y[l+1]; needs y[l-1] and y[l+2]. */
    private static double cubic(double[] y, int l, double a) {
        int r = l + 1;
        double yl = y[l];
        double yr = y[r];
        double dyl = 0.5 * (yr - y[l - 1]);
        double dyr = 0.5 * (y[r + 1] - yl);
        double b = 1 - a;
        return yl * b + yr * a
                - a * b * (0.5 * (dyr - dyl) + (a - 0.5) * (dyl + dyr - 2 * (yr - yl)));
    }

    /**
     * Refines a local maximum at integer index i (praat.md A.0 "improveMax").
     *
     * @param y the samples, 1-based
     * @param n the number of samples
     * @param i the index of the local maximum
     * @param depth {@code 0} for the parabolic rule, otherwise a sinc depth (70 or 700)
     * @param out receives {@code out[0]} = the real index, {@code out[1]} = the value
     */
    static void improveMax(double[] y, int n, int i, int depth, double[] out) {
        improve(y, n, i, depth, 1, out);
    }

    /** As {@link #improveMax} for a local minimum. */
    static void improveMin(double[] y, int n, int i, int depth, double[] out) {
        improve(y, n, i, depth, -1, out);
    }

    private static void improve(double[] y, int n, int i, int depth, int sign, double[] out) {
        if (i <= 1) {
            out[0] = 1;
            out[1] = y[1];
            return;
        }
        if (i >= n) {
            out[0] = n;
            out[1] = y[n];
            return;
        }
        if (depth == 0) {
            double dy = 0.5 * (y[i + 1] - y[i - 1]);
            double d2y = 2 * y[i] - y[i - 1] - y[i + 1];
            out[0] = i + dy / d2y;
            out[1] = y[i] + 0.5 * dy * dy / d2y;
            return;
        }
        brentMinimum(y, n, depth, sign, i - 1, i + 1, out);
        out[1] = -out[1] * sign;
    }

    /**
     * Brent's one-dimensional minimiser (golden section with parabolic steps; Brent 1973,
     * Forsythe, Malcolm and Moler's {@code fmin}) of {@code -sign * sinc(y, x, depth)} on [a, b],
     * with tolerance 1e-10 and at most 60 iterations.
     */
    private static void brentMinimum(double[] y, int n, int depth, int sign, double a, double b,
            double[] out) {
        final double tol = 1e-10;
        double v = a + GOLDEN * (b - a);
        double fv = -sign * sinc(y, n, v, depth);
        double x = v;
        double w = v;
        double fx = fv;
        double fw = fv;
        for (int iter = 1; iter <= 60; iter++) {
            double range = b - a;
            double middle = 0.5 * (a + b);
            double tolAct = SQRT_EPSILON * Math.abs(x) + tol / 3;
            if (Math.abs(x - middle) + 0.5 * range <= 2 * tolAct) {
                break;
            }
            double newStep = GOLDEN * (x < middle ? b - x : a - x);
            if (Math.abs(x - w) >= tolAct) {
                double t = (x - w) * (fx - fv);
                double q = (x - v) * (fx - fw);
                double p = (x - v) * q - (x - w) * t;
                q = 2 * (q - t);
                if (q > 0) {
                    p = -p;
                } else {
                    q = -q;
                }
                if (Math.abs(p) < Math.abs(newStep * q) && p > q * (a - x + 2 * tolAct)
                        && p < q * (b - x - 2 * tolAct)) {
                    newStep = p / q;
                }
            }
            if (Math.abs(newStep) < tolAct) {
                newStep = newStep > 0 ? tolAct : -tolAct;
            }
            double t = x + newStep;
            double ft = -sign * sinc(y, n, t, depth);
            if (ft <= fx) {
                if (t < x) {
                    b = x;
                } else {
                    a = x;
                }
                v = w;
                w = x;
                x = t;
                fv = fw;
                fw = fx;
                fx = ft;
            } else {
                if (t < x) {
                    a = t;
                } else {
                    b = t;
                }
                if (ft <= fw || w == x) {
                    v = w;
                    w = t;
                    fv = fw;
                    fw = ft;
                } else if (ft <= fv || v == x || v == w) {
                    v = t;
                    fv = ft;
                }
            }
        }
        out[0] = x;
        out[1] = fx;
    }
}
