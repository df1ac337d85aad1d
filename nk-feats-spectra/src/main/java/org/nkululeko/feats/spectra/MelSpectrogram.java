package org.nkululeko.feats.spectra;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * A log-mel spectrogram at one sample rate, as nkululeko computes before turning it into an
 * image (torchaudio's {@code MelSpectrogram} defaults, nkululeko-reference.md §4.3): periodic
 * Hann window of {@code fft_win_dur}, FFT length = window length, frames centred on
 * {@code t * hop} with the signal reflected at both ends, power spectrum, triangular HTK mel
 * filters from 0 Hz to sr/2 without area normalisation, then {@code 10 log10(max(x, 1e-10))}.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class MelSpectrogram {

    /** The power floor before the logarithm. */
    static final double FLOOR = 1e-10;
    /** The dB value of the floor, used for padding. */
    static final double FLOOR_DB = 10 * Math.log10(FLOOR);

    private final int windowSamples;
    private final int hopSamples;
    private final double[] window;
    private final double[][] filters;
    private final int[] firstBin;

    /**
     * @param sampleRateHz the sample rate
     * @param windowMs the window length in ms
     * @param hopMs the frame step in ms
     * @param bands the number of mel bands
     */
    MelSpectrogram(int sampleRateHz, double windowMs, double hopMs, int bands) {
        // whole samples, truncated (25 ms at 22050 Hz is 551 samples, 10 ms 220)
        windowSamples = Math.max(2, (int) (windowMs * sampleRateHz / 1000.0 + 1e-9));
        hopSamples = Math.max(1, (int) (hopMs * sampleRateHz / 1000.0 + 1e-9));
        window = new double[windowSamples];
        for (int i = 0; i < windowSamples; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / windowSamples);
        }
        int bins = windowSamples / 2 + 1;
        filters = new double[bands][];
        firstBin = new int[bands];
        buildFilters(sampleRateHz, bins, bands);
    }

    /** @return the window length in samples (also the FFT length) */
    int windowSamples() {
        return windowSamples;
    }

    /** @return the frame step in samples */
    int hopSamples() {
        return hopSamples;
    }

    /**
     * @param samples the mono signal
     * @return the number of centred frames, {@code 1 + n / hop}
     */
    int frameCount(int samples) {
        return 1 + samples / hopSamples;
    }

    /**
     * @param samples the mono signal (any length, also 0)
     * @param frames the number of frames to return; later frames are dropped, missing ones
     *     are {@link #FLOOR_DB}
     * @return {@code [bands][frames]} in dB
     */
    double[][] compute(double[] samples, int frames) {
        int bands = filters.length;
        double[][] out = new double[bands][frames];
        for (double[] row : out) {
            java.util.Arrays.fill(row, FLOOR_DB);
        }
        if (samples.length == 0) {
            return out;
        }
        int n = Math.min(frames, frameCount(samples.length));
        DoubleFFT_1D fft = new DoubleFFT_1D(windowSamples);
        double[] buf = new double[2 * windowSamples];
        int half = windowSamples / 2;
        int bins = windowSamples / 2 + 1;
        double[] power = new double[bins];
        for (int t = 0; t < n; t++) {
            int start = t * hopSamples - half;
            java.util.Arrays.fill(buf, 0);
            for (int i = 0; i < windowSamples; i++) {
                buf[i] = window[i] * reflected(samples, start + i);
            }
            fft.realForwardFull(buf);
            for (int k = 0; k < bins; k++) {
                double re = buf[2 * k];
                double im = buf[2 * k + 1];
                power[k] = re * re + im * im;
            }
            for (int b = 0; b < bands; b++) {
                double sum = 0;
                double[] f = filters[b];
                for (int k = 0; k < f.length; k++) {
                    sum += f[k] * power[firstBin[b] + k];
                }
                out[b][t] = 10 * Math.log10(Math.max(sum, FLOOR));
            }
        }
        return out;
    }

    /** Mirror at both ends without repeating the edge sample (numpy's "reflect"). */
    private static double reflected(double[] x, int i) {
        int n = x.length;
        if (n == 1) {
            return x[0];
        }
        int period = 2 * (n - 1);
        int j = Math.floorMod(i, period);
        return j < n ? x[j] : x[period - j];
    }

    /** Triangular filters on the HTK mel scale, mel(f) = 2595 log10(1 + f / 700). */
    private void buildFilters(int sampleRateHz, int bins, int bands) {
        double nyquist = sampleRateHz / 2.0;
        double melMax = hzToMel(nyquist);
        double[] edges = new double[bands + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = melToHz(melMax * i / (bands + 1));
        }
        for (int b = 0; b < bands; b++) {
            double lo = edges[b];
            double centre = edges[b + 1];
            double hi = edges[b + 2];
            double[] weights = new double[bins];
            int first = -1;
            int last = -1;
            for (int k = 0; k < bins; k++) {
                double f = nyquist * k / (bins - 1);
                double up = (f - lo) / (centre - lo);
                double down = (hi - f) / (hi - centre);
                double w = Math.max(0, Math.min(up, down));
                weights[k] = w;
                if (w > 0) {
                    if (first < 0) {
                        first = k;
                    }
                    last = k;
                }
            }
            if (first < 0) {
                // a band narrower than one FFT bin gets no weight, as in torchaudio
                firstBin[b] = 0;
                filters[b] = new double[0];
            } else {
                firstBin[b] = first;
                filters[b] = java.util.Arrays.copyOfRange(weights, first, last + 1);
            }
        }
    }

    static double hzToMel(double hz) {
        return 2595 * Math.log10(1 + hz / 700);
    }

    static double melToHz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
