package org.nkululeko.core.audio;

/**
 * Band-limited resampling by windowed-sinc interpolation (Kaiser window), for extractors that
 * need a fixed rate. The cut-off is at 0.95 of the lower Nyquist frequency.
 */
public final class Resampler {

    private static final int HALF_TAPS = 32;
    private static final double KAISER_BETA = 8.0;

    private Resampler() {
    }

    /**
     * @param x samples at {@code fromHz}
     * @param fromHz source rate, positive
     * @param toHz target rate, positive
     * @return samples at {@code toHz}; {@code round(x.length * toHz / fromHz)} of them; a copy
     *     of {@code x} when the rates are equal
     */
    public static double[] resample(double[] x, int fromHz, int toHz) {
        if (fromHz <= 0 || toHz <= 0) {
            throw new IllegalArgumentException("rates must be positive: " + fromHz + " -> " + toHz);
        }
        if (fromHz == toHz) {
            return x.clone();
        }
        int n = (int) Math.round(x.length * (double) toHz / fromHz);
        double[] y = new double[n];
        double ratio = (double) toHz / fromHz;
        double cutoff = 0.95 * Math.min(1.0, ratio);
        double step = 1.0 / ratio;
        int half = (int) Math.ceil(HALF_TAPS / cutoff);
        double i0Beta = besselI0(KAISER_BETA);
        for (int j = 0; j < n; j++) {
            double centre = j * step;
            int lo = (int) Math.floor(centre) - half + 1;
            double sum = 0;
            for (int k = lo; k < lo + 2 * half; k++) {
                if (k < 0 || k >= x.length) {
                    continue;
                }
                double t = k - centre;
                double w = kaiser(t / half, i0Beta);
                sum += x[k] * cutoff * sinc(cutoff * t) * w;
            }
            y[j] = sum;
        }
        return y;
    }

    private static double sinc(double t) {
        return t == 0 ? 1 : Math.sin(Math.PI * t) / (Math.PI * t);
    }

    private static double kaiser(double r, double i0Beta) {
        if (Math.abs(r) > 1) {
            return 0;
        }
        return besselI0(KAISER_BETA * Math.sqrt(1 - r * r)) / i0Beta;
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-12 * sum) {
                break;
            }
        }
        return sum;
    }
}
