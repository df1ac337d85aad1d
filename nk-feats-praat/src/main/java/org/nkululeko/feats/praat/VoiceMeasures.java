package org.nkululeko.feats.praat;

/**
 * Jitter (praat.md A.2.4) and shimmer (A.2.5) over the whole pulse train, with shortest period
 * 0.1 ms, longest period 20 ms, maximum period factor 1.3 and maximum amplitude factor 1.6.
 */
final class VoiceMeasures {

    static final double PERIOD_FLOOR = 0.0001;
    static final double PERIOD_CEILING = 0.02;
    static final double MAX_PERIOD_FACTOR = 1.3;
    static final double MAX_AMPLITUDE_FACTOR = 1.6;

    private VoiceMeasures() {
    }

    private static boolean inRange(double p) {
        return p >= PERIOD_FLOOR && p <= PERIOD_CEILING;
    }

    private static double ratio(double a, double b) {
        return Math.max(a, b) / Math.min(a, b);
    }

    /**
     * @param t pulse times, ascending
     * @return local, local absolute, rap, ppq5, ddp (NaN where undefined)
     */
    static double[] jitter(double[] t) {
        int nPeriods = t.length - 1;
        double[] out = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        if (nPeriods < 1) {
            return out;
        }
        double[] p = new double[nPeriods];
        for (int k = 0; k < nPeriods; k++) {
            p[k] = t[k + 1] - t[k];
        }
        double meanPeriod = meanPeriod(p);
        double abs = jitterSum(p, 2, 1);
        double rap = jitterSum(p, 3, 1);
        double ppq5 = jitterSum(p, 5, 2);
        out[1] = abs;
        out[0] = abs / meanPeriod;
        out[2] = rap / meanPeriod;
        out[3] = ppq5 / meanPeriod;
        out[4] = 3 * out[2];
        return out;
    }

    /**
     * Mean of the intervals that count as periods: positive, in range, and not differing by more
     * than the factor from both of two existing neighbours (verified against Praat 6.3.07).
     */
    private static double meanPeriod(double[] p) {
        double sum = 0;
        int count = 0;
        for (int k = 0; k < p.length; k++) {
            if (!(p[k] > 0 && inRange(p[k]))) {
                continue;
            }
            // excluded only when both neighbours exist and both differ too much
            boolean leftBad = k > 0 && ratio(p[k - 1], p[k]) > MAX_PERIOD_FACTOR;
            boolean rightBad = k < p.length - 1 && ratio(p[k], p[k + 1]) > MAX_PERIOD_FACTOR;
            if (leftBad && rightBad) {
                continue;
            }
            sum += p[k];
            count++;
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /**
     * Sum over windows of {@code width} consecutive periods of |P_centre - mean(window)| (for
     * width 2: |P_k - P_k+1|), divided by M - (width - 1) where M = number of periods minus
     * rejected windows.
     */
    private static double jitterSum(double[] p, int width, int centre) {
        int m = p.length;
        if (m < width) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = 0; k + width <= p.length; k++) {
            boolean ok = true;
            for (int j = k; j < k + width && ok; j++) {
                ok = inRange(p[j]) && (j == k || ratio(p[j - 1], p[j]) <= MAX_PERIOD_FACTOR);
            }
            if (!ok) {
                m--;
                continue;
            }
            if (width == 2) {
                sum += Math.abs(p[k] - p[k + 1]);
            } else {
                double mean = 0;
                for (int j = k; j < k + width; j++) {
                    mean += p[j];
                }
                mean /= width;
                sum += Math.abs(p[k + centre] - mean);
            }
        }
        if (m < width) {
            return Double.NaN;
        }
        return sum / (m - (width - 1));
    }

    /**
     * @param sound the sound
     * @param t pulse times, ascending
     * @return local, local_dB, apq3, apq5, apq11, dda (NaN where undefined)
     */
    static double[] shimmer(Sound sound, double[] t) {
        double[] out = new double[6];
        java.util.Arrays.fill(out, Double.NaN);
        int n = t.length;
        if (n < 3) {
            return out;
        }
        double[] at = new double[n];
        double[] a = new double[n];
        int count = 0;
        for (int k = 1; k < n - 1; k++) {
            double pl = t[k] - t[k - 1];
            double pr = t[k + 1] - t[k];
            if (!(inRange(pl) && inRange(pr) && ratio(pl, pr) <= MAX_PERIOD_FACTOR)) {
                continue;
            }
            double amp = hannRms(sound, t[k], 0.2 * pl, 0.2 * pr);
            if (amp > 0) {
                at[count] = t[k];
                a[count] = amp;
                count++;
            }
        }
        if (count < 1) {
            return out;
        }
        double denominator = 0;
        for (int i = 0; i < count - 1; i++) {
            denominator += a[i];
        }
        denominator = count > 1 ? denominator / (count - 1) : Double.NaN;

        double local = 0;
        double localDb = 0;
        int pairs = 0;
        for (int i = 0; i + 1 < count; i++) {
            if (windowOk(at, a, i, 2)) {
                local += Math.abs(a[i] - a[i + 1]);
                localDb += Math.abs(Math.log10(a[i] / a[i + 1]));
                pairs++;
            }
        }
        if (pairs > 0) {
            out[0] = denominator == 0 ? Double.NaN : local / pairs / denominator;
            out[1] = 20 * localDb / pairs;
        }
        out[2] = apq(at, a, count, 3, denominator);
        out[3] = apq(at, a, count, 5, denominator);
        out[4] = apq(at, a, count, 11, denominator);
        out[5] = 3 * out[2];
        return out;
    }

    /** All time steps of the window in range and all neighbour amplitude ratios <= 1.6. */
    private static boolean windowOk(double[] at, double[] a, int first, int width) {
        for (int j = first + 1; j < first + width; j++) {
            if (!inRange(at[j] - at[j - 1]) || ratio(a[j - 1], a[j]) > MAX_AMPLITUDE_FACTOR) {
                return false;
            }
        }
        return true;
    }

    private static double apq(double[] at, double[] a, int count, int width, double denominator) {
        double sum = 0;
        int windows = 0;
        int half = width / 2;
        for (int first = 0; first + width <= count; first++) {
            if (!windowOk(at, a, first, width)) {
                continue;
            }
            double mean = 0;
            for (int j = first; j < first + width; j++) {
                mean += a[j];
            }
            mean /= width;
            sum += Math.abs(a[first + half] - mean);
            windows++;
        }
        if (windows == 0 || denominator == 0 || Double.isNaN(denominator)) {
            return Double.NaN;
        }
        return sum / windows / denominator;
    }

    /**
     * Hann-windowed RMS around a pulse (A.2.5 step 2): widths {@code wl} before and {@code wr}
     * after t; NaN if fewer than 3 samples.
     */
    static double hannRms(Sound sound, double t, double wl, double wr) {
        int first = sound.windowFirst(t - wl);
        int last = sound.windowLast(t + wr);
        if (last - first + 1 < 3) {
            return Double.NaN;
        }
        double num = 0;
        double den = 0;
        for (int i = first; i <= last; i++) {
            double u = sound.time(i);
            double width = u < t ? wl : wr;
            double h = 0.5 + 0.5 * Math.cos(Math.PI * (u - t) / width);
            double v = sound.y[i] * h;
            num += v * v;
            den += h * h;
        }
        return Math.sqrt(num / den);
    }
}
