package org.nkululeko.feats.praat;

import java.util.Arrays;

/**
 * Glottal pulses by cross-correlation, {@code To PointProcess (periodic, cc)} (praat.md A.2.1
 * to A.2.3): a first pulse at the absolute extremum in the middle of each voiced interval, then
 * period by period to the left and right at the best waveform match.
 */
final class Pulses {

    private Pulses() {
    }

    /** A growing sorted list of times (A.2.2 "adding a point"). */
    static final class Points {
        private double[] t = new double[256];
        private int n;

        void add(double time) {
            if (n == 0 || time >= t[n - 1]) {
                append(time);
                return;
            }
            // insert after the last point <= time, unless that point equals time
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (t[mid] <= time) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo > 0 && t[lo - 1] == time) {
                return;
            }
            if (n == t.length) {
                t = Arrays.copyOf(t, 2 * n);
            }
            System.arraycopy(t, lo, t, lo + 1, n - lo);
            t[lo] = time;
            n++;
        }

        private void append(double time) {
            if (n == t.length) {
                t = Arrays.copyOf(t, 2 * n);
            }
            t[n++] = time;
        }

        double[] toArray() {
            return Arrays.copyOf(t, n);
        }
    }

    /**
     * @param sound the sound
     * @param pitch its pitch contour (the same analysis as {@code To Pitch: 0, floor, ceiling})
     * @return the pulse times in s, ascending
     */
    static double[] compute(Sound sound, Pitch pitch) {
        double[] y = sound.y;
        double globalPeak = 0;
        for (int i = 1; i <= sound.nx; i++) {
            globalPeak = Math.max(globalPeak, Math.abs(y[i]));
        }
        Points points = new Points();
        if (pitch.nFrames == 0) {
            return points.toArray();
        }
        double addedRight = Double.NEGATIVE_INFINITY;
        double t = sound.xmin;
        double[] interval = new double[2];
        double[] corr = new double[3];
        while (nextVoicedInterval(pitch, t, interval)) {
            double tLeft = interval[0];
            double tRight = interval[1];
            double tMid = 0.5 * (tLeft + tRight);
            double fMid = pitch.valueAt(tMid);
            double tau = extremum(sound, tMid - 0.5 / fMid, tMid + 0.5 / fMid);
            points.add(tau);
            double tau0 = tau;
            // leftwards
            while (true) {
                double f = pitch.valueAt(tau);
                if (Double.isNaN(f)) {
                    break;
                }
                double period = 1 / f;
                boolean found = maxCorr(sound, tau, period, tau - 1.25 * period,
                        tau - 0.8 * period, corr);
                double c = found ? corr[0] : -1;
                double peak = corr[2];
                tau = found ? corr[1] : tau - period;
                if (tau < tLeft) {
                    if (c > 0.7 && peak > 0.023333 * globalPeak
                            && tau - addedRight > 0.8 * period) {
                        points.add(tau);
                    }
                    break;
                }
                if (c > 0.3 && (peak == 0 || peak > 0.01 * globalPeak)
                        && tau - addedRight > 0.8 * period) {
                    points.add(tau);
                }
            }
            // rightwards
            tau = tau0;
            while (true) {
                double f = pitch.valueAt(tau);
                if (Double.isNaN(f)) {
                    break;
                }
                double period = 1 / f;
                boolean found = maxCorr(sound, tau, period, tau + 0.8 * period,
                        tau + 1.25 * period, corr);
                double c = found ? corr[0] : -1;
                double peak = corr[2];
                tau = found ? corr[1] : tau + period;
                if (tau > tRight) {
                    if (c > 0.7 && peak > 0.023333 * globalPeak) {
                        points.add(tau);
                        addedRight = tau;
                    }
                    break;
                }
                if (c > 0.3 && (peak == 0 || peak > 0.01 * globalPeak)) {
                    points.add(tau);
                    addedRight = tau;
                }
            }
            t = tRight;
        }
        return points.toArray();
    }

    /** A.2.1; fills {@code out} with [t_left, t_right]. */
    static boolean nextVoicedInterval(Pitch pitch, double after, double[] out) {
        int i = (int) Math.ceil((after - pitch.t1) / pitch.dt + 1);
        if (i < 1) {
            i = 1;
        }
        while (i <= pitch.nFrames && !pitch.voiced(i)) {
            i++;
        }
        if (i > pitch.nFrames) {
            return false;
        }
        int j = i;
        while (j + 1 <= pitch.nFrames && pitch.voiced(j + 1)) {
            j++;
        }
        double left = pitch.frameTime(i) - 0.5 * pitch.dt;
        double right = pitch.frameTime(j) + 0.5 * pitch.dt;
        if (left >= pitch.xmax - 0.5 * pitch.dt) {
            return false;
        }
        left = Math.max(left, pitch.xmin);
        right = Math.min(right, pitch.xmax);
        if (right <= after) {
            return false;
        }
        out[0] = left;
        out[1] = right;
        return true;
    }

    /** A.2.2 "absolute extremum" between ta and tb. */
    static double extremum(Sound sound, double ta, double tb) {
        double[] y = sound.y;
        int first = Math.max(1, sound.lowIndex(ta));
        int last = Math.min(sound.nx, sound.highIndex(tb));
        int n = last - first + 1;
        if (n <= 0) {
            return 0.5 * (ta + tb);
        }
        double pos;
        if (n == 1) {
            pos = 1;
        } else if (n == 2) {
            double a = Math.abs(y[first]);
            double b = Math.abs(y[last]);
            pos = a > b ? 1 : b > a ? 2 : 1.5;
        } else {
            int iMin = first;
            int iMax = first;
            for (int i = first + 1; i <= last; i++) {
                if (y[i] < y[iMin]) {
                    iMin = i;
                }
                if (y[i] > y[iMax]) {
                    iMax = i;
                }
            }
            if (y[iMin] == y[iMax]) {
                pos = 0.5 * (n + 1);
            } else {
                int i = Math.abs(y[iMin]) > Math.abs(y[iMax]) ? iMin : iMax;
                if (i == first || i == last) {
                    pos = i - first + 1;
                } else {
                    double d2 = 2 * y[i] - y[i - 1] - y[i + 1];
                    pos = i - first + 1 + 0.5 * (y[i + 1] - y[i - 1]) / d2;
                }
            }
        }
        return sound.x1 + (first - 1 + pos - 1) * sound.dx;
    }

    /**
     * A.2.2 "best cross-correlation": fills {@code out} with [correlation, time, peak].
     *
     * @return false when no maximum was accepted (c = -1)
     */
    static boolean maxCorr(Sound sound, double t0, double period, double ta, double tb,
            double[] out) {
        double[] y = sound.y;
        int nx = sound.nx;
        int i1 = sound.nearestIndex(t0 - 0.5 * period);
        int j1 = sound.nearestIndex(t0 + 0.5 * period);
        int kMin = sound.lowIndex(ta - 0.5 * period);
        int kMax = sound.highIndex(tb - 0.5 * period);
        int len = j1 - i1;
        double rPrev2;
        double rPrev = 0;
        double rCur = 0;
        double best = -1;
        double bestLeft = 0;
        double bestRight = 0;
        int bestPos = 0;
        double peak = 0;
        boolean found = false;
        // the reference energy over the full stretch, used whenever no index is clipped
        double sxxFull = Double.NaN;
        if (i1 >= 1 && i1 + len <= nx) {
            sxxFull = 0;
            for (int j = 0; j <= len; j++) {
                sxxFull += y[i1 + j] * y[i1 + j];
            }
        }
        for (int k = kMin; k <= kMax; k++) {
            double syy = 0;
            double sxy = 0;
            double pk = 0;
            // the index pairs with both samples inside [1, nx], in increasing j
            int jFirst = Math.max(0, Math.max(1 - i1, 1 - k));
            int jLast = Math.min(len, Math.min(nx - i1, nx - k));
            boolean full = jFirst == 0 && jLast == len && !Double.isNaN(sxxFull);
            double sxx = 0;
            for (int j = jFirst; j <= jLast; j++) {
                double yv = y[k + j];
                syy += yv * yv;
                sxy += y[i1 + j] * yv;
                pk = Math.max(pk, Math.abs(yv));
            }
            if (full) {
                sxx = sxxFull;
            } else {
                for (int j = jFirst; j <= jLast; j++) {
                    sxx += y[i1 + j] * y[i1 + j];
                }
            }
            double rho = sxy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
            rPrev2 = rPrev;
            rPrev = rCur;
            rCur = rho;
            if (rPrev > best && rPrev >= rPrev2 && rPrev >= rCur) {
                best = rPrev;
                bestLeft = rPrev2;
                bestRight = rCur;
                bestPos = k - 1;
                peak = pk;
                found = true;
            }
        }
        if (!found) {
            out[2] = 0;
            return false;
        }
        double pos = bestPos;
        double d2 = 2 * best - bestLeft - bestRight;
        if (d2 != 0) {
            double dr = 0.5 * (bestRight - bestLeft);
            best += 0.5 * dr * dr / d2;
            pos += dr / d2;
        }
        out[0] = best;
        out[1] = t0 + (pos - i1) * sound.dx;
        out[2] = peak;
        return true;
    }
}
