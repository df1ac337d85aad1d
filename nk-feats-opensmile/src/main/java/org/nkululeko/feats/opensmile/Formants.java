package org.nkululeko.feats.opensmile;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * F1-F5 frequencies and bandwidths from order-11 LPC of the 20 ms spectrum resampled to about
 * 11 kHz (egemaps.md §3.9). No pre-emphasis; frames are independent.
 *
 * <p>TODO(#4): the float LPC is ill-conditioned (§6.3 item 3); this port agrees with openSMILE
 * to a median 1e-5 but a few frames per file differ by up to 1e-2, enough to change the harmonic
 * chosen for a formant amplitude. Matching openSMILE's float rounding bit for bit would fix it;
 * the test-scope FormantSensitivity report shows the differing frames are those that move under a
 * rounding-only change of the input.
 */
final class Formants {

    private static final int ORDER = 11;
    private static final int MAX_FORMANTS = 5;
    private static final double MIN_HZ = 50;
    private static final double MAX_HZ = 5450;

    private final int outSamples;
    private final int halfBins;
    private final float scale;
    private final double periodSeconds;
    private final float[][] cos;
    private final float[][] sin;

    Formants(Framing framing) {
        int n20 = framing.shortFrameSamples();
        int kc = framing.shortFftSize();
        int fs = framing.sampleRateHz();
        outSamples = (int) Math.round(n20 * 11000.0 / fs);
        double nu = (double) kc * outSamples / n20;
        double rate = (double) fs * outSamples / n20;
        periodSeconds = 1.0 / rate;
        int kmax = Math.min(kc, outSamples) / 2 * 2;
        halfBins = kmax / 2;
        scale = kc / 2f;
        cos = new float[halfBins][outSamples];
        sin = new float[halfBins][outSamples];
        for (int b = 1; b < halfBins; b++) {
            for (int i = 0; i < outSamples; i++) {
                double arg = 2 * Math.PI * b * i / nu;
                cos[b][i] = (float) Math.cos(arg);
                sin[b][i] = (float) Math.sin(arg);
            }
        }
    }

    /** Scratch arrays of one thread. */
    static final class Work {
        final float[] y;
        final float[] r = new float[ORDER + 1];
        final float[] a = new float[ORDER + 1];
        final float[] tmp = new float[ORDER + 1];

        Work(int n) {
            y = new float[n];
        }
    }

    Work newWork() {
        return new Work(outSamples);
    }

    /**
     * @param re real parts of the 20 ms Hamming spectrum
     * @param im imaginary parts (standard sign)
     * @param work scratch arrays
     * @param out receives 5 frequencies then 5 bandwidths in Hz, 0 where missing
     */
    void analyze(float[] re, float[] im, Work work, float[] out) {
        java.util.Arrays.fill(out, 0f);
        float[] y = work.y;
        for (int i = 0; i < outSamples; i++) {
            // openSMILE's packed FFT stores -Im; both products are added in turn, in float.
            float sum = re[0];
            for (int b = 1; b < halfBins; b++) {
                sum += re[b] * cos[b][i];
                sum += (-im[b]) * sin[b][i];
            }
            y[i] = sum / scale;
        }
        if (!lpc(y, work)) {
            return;
        }
        roots(work.a, out);
    }

    /** Autocorrelation method and Levinson-Durbin recursion in float; false if r0 = 0. */
    private boolean lpc(float[] y, Work w) {
        float[] r = w.r;
        for (int l = 0; l <= ORDER; l++) {
            float sum = 0f;
            for (int n = l; n < y.length; n++) {
                sum += y[n] * y[n - l];
            }
            r[l] = sum;
        }
        float[] a = w.a;
        java.util.Arrays.fill(a, 0f);
        if (r[0] == 0f) {
            return false;
        }
        float err = r[0];
        for (int i = 1; i <= ORDER; i++) {
            float acc = r[i];
            for (int j = 1; j < i; j++) {
                acc += a[j] * r[i - j];
            }
            float k = -acc / err;
            System.arraycopy(a, 0, w.tmp, 0, i);
            for (int j = 1; j < i; j++) {
                a[j] = w.tmp[j] + k * w.tmp[i - j];
            }
            a[i] = k;
            err *= 1f - k * k;
            if (err == 0f) {
                break;
            }
        }
        return true;
    }

    /** Roots of z^11 - a1 z^10 - ... - a11 (§3.9 step 3, sign quirk) to formants. */
    private void roots(float[] a, float[] out) {
        double[][] companion = new double[ORDER][ORDER];
        for (int k = 0; k < ORDER; k++) {
            companion[0][k] = a[k + 1];
        }
        for (int k = 1; k < ORDER; k++) {
            companion[k][k - 1] = 1.0;
        }
        double[] rr;
        double[] ri;
        try {
            EigenDecomposition eig = new EigenDecomposition(
                    new Array2DRowRealMatrix(companion, false));
            rr = eig.getRealEigenvalues();
            ri = eig.getImagEigenvalues();
        } catch (RuntimeException e) {
            return;
        }
        double[] hz = new double[ORDER];
        double[] bw = new double[ORDER];
        int found = 0;
        for (int k = 0; k < rr.length && found < MAX_FORMANTS; k++) {
            double zr = rr[k];
            double zi = ri[k];
            double mod = Math.hypot(zr, zi);
            if (mod > 1) {
                zr = zr / (mod * mod);
                zi = zi / (mod * mod);
                mod = 1 / mod;
            }
            if (zi < 0) {
                continue;
            }
            double f = Math.abs(Math.atan2(zi, zr)) / (2 * Math.PI * periodSeconds);
            if (f >= MIN_HZ && f <= MAX_HZ) {
                hz[found] = f;
                bw[found] = -Math.log(mod) / (Math.PI * periodSeconds);
                found++;
            }
        }
        Integer[] order = new Integer[found];
        for (int i = 0; i < found; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (p, q) -> Double.compare(hz[p], hz[q]));
        for (int i = 0; i < found; i++) {
            out[i] = (float) hz[order[i]];
            out[MAX_FORMANTS + i] = (float) bw[order[i]];
        }
    }
}
