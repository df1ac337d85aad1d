package org.nkululeko.feats.opensmile;

/**
 * Stream A of eGeMAPS (egemaps.md §3.1-3.4, §3.9, §4.6): 20 ms Hamming frames giving loudness,
 * alpha ratio, Hammarberg index, the two spectral slopes, spectral flux, MFCC 1-4 and the LPC
 * formants, plus the unwindowed frame energies of the equivalent sound level.
 *
 * <p>The tables depend on the sample rate only; {@link #analyze} keeps its state in locals and
 * may run on several threads at once.
 */
final class ShortFrameAnalysis {

    /** Indices of the ten E-set descriptors in {@link Result#lld}. */
    static final int LOUDNESS = 0;
    static final int ALPHA = 1;
    static final int HAMMARBERG = 2;
    static final int SLOPE0 = 3;
    static final int SLOPE500 = 4;
    static final int FLUX = 5;
    static final int MFCC1 = 6;
    static final int E_COUNT = 10;

    private static final int BANDS = 26;
    private static final int MFCCS = 4;
    private static final float LOUDNESS_FLOOR = 9.3e-10f;
    private static final float HTK_SCALE = 32767f * 32767f;

    private final Framing framing;
    private final int bins;
    private final float[] hamming;
    private final double[] binHz;

    private final int[] melBand;
    private final float[] melWeight;
    private final int melFirstBin;
    private final int melLastBin;
    private final float[] loudnessWeight = new float[BANDS];
    private final float[][] dct = new float[MFCCS][BANDS];
    private final float[] lifter = new float[MFCCS];
    private final float dctScale = (float) Math.sqrt(2.0 / BANDS);

    private final int lastBelow5k;
    private final int alphaEnd;
    private final Slope slope0;
    private final Slope slope500;

    private final Formants formants;

    ShortFrameAnalysis(Framing framing) {
        this.framing = framing;
        int n = framing.shortFrameSamples();
        int nf = framing.shortFftSize();
        bins = nf / 2 + 1;
        hamming = new float[n];
        for (int i = 0; i < n; i++) {
            hamming[i] = (float) (0.54 - 0.46 * Math.cos(2 * Math.PI * i / (n - 1)));
        }
        double binsPerHz = 0.020 * nf / n;
        binHz = new double[bins];
        for (int k = 0; k < bins; k++) {
            binHz[k] = k / binsPerHz;
        }

        float binStep = (float) (1.0 / binsPerHz);
        double nyquist = binStep * (bins - 1);
        double hiHz = Math.min(8000.0, nyquist);
        float melLo = mel(20.0);
        float melHi = mel(hiHz);
        float[] edges = new float[BANDS + 2];
        for (int m = 0; m < edges.length; m++) {
            edges[m] = melLo + m * (melHi - melLo) / (BANDS + 1);
        }
        melFirstBin = (int) Math.round(20.0 / binStep) + 1;
        melLastBin = (int) Math.round(hiHz / binStep) - 1;
        melBand = new int[bins];
        melWeight = new float[bins];
        java.util.Arrays.fill(melBand, Integer.MIN_VALUE);
        for (int k = melFirstBin; k <= melLastBin; k++) {
            float mu = mel(k * binStep);
            for (int m = 0; m < edges.length - 1; m++) {
                if (edges[m] < mu && mu <= edges[m + 1]) {
                    melBand[k] = m;
                    melWeight[k] = (edges[m + 1] - mu) / (edges[m + 1] - edges[m]);
                    break;
                }
            }
        }
        for (int b = 0; b < BANDS; b++) {
            double centreHz = 700.0 * (Math.exp(edges[b + 1] / 1127.0) - 1.0);
            loudnessWeight[b] = (float) equalLoudness(centreHz);
        }
        for (int i = 0; i < MFCCS; i++) {
            int c = i + 1;
            for (int b = 0; b < BANDS; b++) {
                dct[i][b] = (float) Math.cos(Math.PI * c * (b + 0.5) / BANDS);
            }
            lifter[i] = (float) (1.0 + 11.0 * Math.sin(Math.PI * c / 22.0));
        }

        int k5 = 0;
        int end = bins;
        for (int k = 0; k < bins; k++) {
            if (binHz[k] < 5000) {
                k5 = k;
            }
            if (binHz[k] > 5000) {
                end = k;
                break;
            }
        }
        lastBelow5k = k5;
        alphaEnd = end;
        slope0 = new Slope(binHz, 0, 500);
        slope500 = new Slope(binHz, 500, 1500);
        formants = new Formants(framing);
    }

    /** @return the first and last bin of the mel filter bank (for tests) */
    int[] melBinRange() {
        return new int[] {melFirstBin, melLastBin};
    }

    Slope slope0() {
        return slope0;
    }

    Slope slope500() {
        return slope500;
    }

    static float mel(double hz) {
        return (float) (1127.0 * Math.log(1.0 + hz / 700.0));
    }

    /** Equal-loudness weighting q(f) of §3.1 step 3. */
    static double equalLoudness(double hz) {
        double w = 2 * Math.PI * hz;
        double w2 = w * w;
        double num = 1e32 * (w2 + 56.8e6) * w2 * w2;
        double den = (w2 + 6.3e6) * (w2 + 6.3e6) * (w2 + 0.38e9) * (Math.pow(w, 7) + 1.7e31);
        return num / den;
    }

    /** Per-frame outputs. */
    static final class Result {
        /** [frame][descriptor], the ten unsmoothed E-set values, L20 frames. */
        final float[][] lld;
        /** Unwindowed mean square per 20 ms frame, L20 frames. */
        final float[] energy;
        /** [frame][0..4 frequencies Hz, 5..9 bandwidths Hz], for frames below L60. */
        final float[][] formants;

        Result(float[][] lld, float[] energy, float[][] formants) {
            this.lld = lld;
            this.energy = energy;
            this.formants = formants;
        }
    }

    /**
     * @param x mono samples
     * @param formantFrames how many frames get formants (L60)
     * @return the descriptors of all L20 frames
     */
    Result analyze(float[] x, int formantFrames) {
        int n = framing.shortFrameSamples();
        int hop = framing.hopSamples();
        int frames = framing.shortFrameCount(x.length);
        RealFft fft = new RealFft(framing.shortFftSize());
        float[] re = new float[bins];
        float[] im = new float[bins];
        float[] mag = new float[bins];
        float[] prevMag = new float[bins];
        float[] power = new float[bins];
        float[] bands = new float[BANDS];
        Formants.Work work = formants.newWork();
        float[][] lld = new float[frames][E_COUNT];
        float[] energy = new float[frames];
        float[][] form = new float[Math.min(formantFrames, frames)][10];
        for (int t = 0; t < frames; t++) {
            int start = t * hop;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                float v = x[start + i];
                sum += v * v;
            }
            energy[t] = (float) (sum / n);

            fft.forward(x, start, hamming, n, re, im);
            RealFft.magnitudes(re, im, mag);
            for (int k = 0; k < bins; k++) {
                power[k] = mag[k] * mag[k];
            }
            float[] row = lld[t];
            melBands(power, bands);
            row[LOUDNESS] = loudness(bands);
            row[ALPHA] = alphaRatio(power);
            row[HAMMARBERG] = hammarberg(power);
            float[] db = new float[bins];
            for (int k = 0; k < bins; k++) {
                db[k] = power[k] <= 1e-14f ? -140f : (float) (10.0 * Math.log10(power[k]));
            }
            row[SLOPE0] = slope0.of(db);
            row[SLOPE500] = slope500.of(db);
            row[FLUX] = t == 0 ? 0f : flux(mag, prevMag);
            mfcc(bands, row);
            float[] swap = prevMag;
            prevMag = mag;
            mag = swap;
            if (t < form.length) {
                formants.analyze(re, im, work, form[t]);
            }
        }
        return new Result(lld, energy, form);
    }

    private void melBands(float[] power, float[] bands) {
        java.util.Arrays.fill(bands, 0f);
        for (int k = melFirstBin; k <= melLastBin; k++) {
            int m = melBand[k];
            if (m == Integer.MIN_VALUE) {
                continue;
            }
            double p = power[k];
            double falling = p * melWeight[k];
            if (m - 1 >= 0 && m - 1 < BANDS) {
                bands[m - 1] = (float) (bands[m - 1] + falling);
            }
            if (m < BANDS) {
                bands[m] = (float) (bands[m] + (p - falling));
            }
        }
    }

    private float loudness(float[] bands) {
        float sum = 0f;
        for (int b = 0; b < BANDS; b++) {
            double e = Math.max(bands[b], LOUDNESS_FLOOR);
            sum += (float) Math.pow(e * loudnessWeight[b], 0.33);
        }
        return sum / BANDS;
    }

    private float alphaRatio(float[] power) {
        float lo = 0f;
        float hi = 0f;
        for (int k = 0; k < alphaEnd; k++) {
            if (binHz[k] < 1000) {
                lo += power[k];
            } else {
                hi += power[k];
            }
        }
        if (lo <= 0f) {
            return 0f;
        }
        return (float) (10.0 * Math.log10((hi <= 1e-14f ? 1e-14 : hi) / lo));
    }

    private float hammarberg(float[] power) {
        float lo = 0f;
        float hi = 0f;
        for (int k = 0; k < alphaEnd; k++) {
            if (binHz[k] < 2000) {
                lo = Math.max(lo, power[k]);
            } else {
                hi = Math.max(hi, power[k]);
            }
        }
        if (hi <= 0f) {
            return 0f;
        }
        return (float) (10.0 * Math.log10((lo <= 1e-14f ? 1e-14 : lo) / hi));
    }

    private float flux(float[] mag, float[] prev) {
        double sum = 0;
        for (int k = 0; k <= lastBelow5k; k++) {
            double d = mag[k] - prev[k];
            sum += d * d;
        }
        return (float) Math.sqrt(sum / (lastBelow5k + 1));
    }

    private void mfcc(float[] bands, float[] row) {
        float[] logs = new float[BANDS];
        for (int b = 0; b < BANDS; b++) {
            float e = bands[b] * HTK_SCALE;
            logs[b] = e >= 1f ? (float) Math.log(e) : 0f;
        }
        for (int i = 0; i < MFCCS; i++) {
            float sum = 0f;
            for (int b = 0; b < BANDS; b++) {
                sum += logs[b] * dct[i][b];
            }
            // DCT sum first, then the sqrt(2/26) scale, then the lifter, all in float.
            sum *= dctScale;
            row[MFCC1 + i] = sum * lifter[i];
        }
    }

    /** Least-squares slope of the dB spectrum over a band with fractional edges (§3.2). */
    static final class Slope {
        final int left;
        final int right;
        final double leftWeight;
        final double rightWeight;
        private final double[] hz;

        Slope(double[] binHz, double loHz, double hiHz) {
            hz = binHz;
            int iA = 1;
            while (iA < binHz.length - 1 && !(binHz[iA] > loHz)) {
                iA++;
            }
            left = Math.max(iA - 1, 0);
            double wl = (binHz[iA] - loHz) / (binHz[iA] - binHz[iA - 1]);
            int iB = 1;
            while (iB < binHz.length - 1 && !((float) binHz[iB] >= (float) hiHz)) {
                iB++;
            }
            right = binHz[iB] == hiHz ? iB : iB - 1;
            double wr = (hiHz - binHz[iB - 1]) / (binHz[iB] - binHz[iB - 1]);
            leftWeight = wl == 0 ? 1 : wl;
            rightWeight = wr == 0 ? 1 : wr;
        }

        float of(float[] db) {
            double sf = 0;
            double s2f = 0;
            double sa = 0;
            double sb = 0;
            for (int k = left; k <= right; k++) {
                double w = k == left ? leftWeight : k == right ? rightWeight : 1.0;
                double wf = w * hz[k];
                sf += wf;
                s2f += wf * wf;
                sa += wf * db[k];
                sb += w * db[k];
            }
            double n = right - left;
            double den = n * s2f - sf * sf;
            return den == 0 ? 0f : (float) ((n * sa - sf * sb) / den);
        }
    }
}
